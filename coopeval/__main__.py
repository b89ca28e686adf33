"""Entry point for `coopeval` and `python -m coopeval`: the desktop app, or the CLI with a command."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from coopeval import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.main(argv)
    from coopeval.app import run_gui

    return run_gui(demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
