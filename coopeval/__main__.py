"""Entry point for `coopeval` and `python -m coopeval`: the desktop app, or the CLI with a command.

`coopeval` opens the app on the last workspace; `coopeval FILE` opens FILE; `coopeval --demo` opens
the demo workspace; `coopeval --selftest` checks the installation (no Qt until its last check);
`coopeval COMMAND …` is the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

# The command line's commands, known here without importing it: `coopeval` alone (or with a file)
# starts the desktop app without loading the CLI and the storage libraries it imports.
# tests/unit/test_startup_imports.py keeps this equal to `cli.command_names()`.
COMMANDS = frozenset({
    "audit", "award", "backups", "bids", "check", "commitments", "criteria", "delivery", "demo", "export",
    "frameworks", "init", "matches", "pack", "people", "performance-notice", "portfolio", "questionnaire", "records",
    "registers", "report", "results", "signing-cert", "spend", "summaries", "tender", "tenders", "verify",
})


def _gui_parser() -> argparse.ArgumentParser:
    from coopeval import __version__

    parser = argparse.ArgumentParser(prog="coopeval", description="Open the CoopEval desktop app.")
    parser.add_argument("--version", action="version", version=f"CoopEval {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="a workspace (*.coopeval) to open")
    parser.add_argument("--demo", action="store_true", help="open the demo workspace (built on first use)")
    parser.add_argument("--read-only", action="store_true", help="open the workspace read-only")
    parser.add_argument("--language", choices=["en", "cy"],
                        help="the interface's language this time (default: Settings → Language)")
    parser.add_argument("--exit-after-startup", action="store_true", help="quit once the window has painted (smoke checks)")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation end to end in a temporary folder; exit 0 when all pass")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in argv if not a.startswith("-")), None)
    if first in COMMANDS:
        from coopeval import cli

        return cli.main(argv)
    if argv[:1] in (["-h"], ["--help"]):
        from coopeval import cli

        cli.build_parser().print_help()
        return 0
    args = _gui_parser().parse_args(argv)
    if args.selftest:
        from coopeval.selftest import main as selftest

        return selftest()
    from coopeval.app import run_gui
    from coopeval.domain.errors import CoopEvalError

    try:
        return run_gui(path=args.file, demo=args.demo, read_only=args.read_only,
                       exit_after_startup=args.exit_after_startup, language=args.language)
    except CoopEvalError as exc:  # e.g. an incomplete installation: what to do, not a traceback
        print(f"coopeval: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
