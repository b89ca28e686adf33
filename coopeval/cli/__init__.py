"""The command line: the same services the desktop app uses, for scripts and officers.

Every command prints what a user can act on and exits non-zero on failure; errors a user can cause
never show a traceback. Each module here adds one group of commands and calls services only:
`frameworks` (framework files), `workspace` (tenders, results, check, audit, backups, tender JSON,
demo), `reports` (reports, summaries, exports, signing certificate), `packs` (evaluator packs),
`people` (init, people and their passphrases), `publishing` (the questionnaire, the response template and
bidders' returns), `delivery` (the award, commitments, delivery returns, ratings and notices), `spend` (the
council's spend files), `registers` (co-operative registers and supplier matches) and `portfolio` (the share of
awards and spend reaching co-operative and democratic businesses across tenders and workspaces).

Who acts: every command that changes a workspace takes `--as NAME` and reads the passphrase from
COOPEVAL_PASSPHRASE or a prompt, never from an argument; read-only commands need no sign-in. The
rule and its one helper live in `common` (`add_identity_options`, `sign_in_from_args`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from coopeval import __version__
from coopeval.cli import (
    criteria,
    delivery,
    frameworks,
    packs,
    people,
    portfolio,
    publishing,
    records,
    registers,
    reports,
    spend,
    workspace,
)
from coopeval.cli.common import EXIT_FAILED, EXIT_OK, PASSPHRASE_ENV
from coopeval.crashlog import plain_message, record_unexpected
from coopeval.domain.errors import CoopEvalError, InvalidFileError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coopeval",
        description="Score the co-operative social value of tender bids. With no command, opens the "
        "desktop app: coopeval [FILE] [--demo] [--read-only] [--exit-after-startup]. "
        "`coopeval --selftest` checks an installation end to end.",
        epilog="Commands that change a workspace need --as NAME (your name as the workspace knows it); the "
        f"passphrase comes from the {PASSPHRASE_ENV} environment variable or a prompt, never from the command "
        "line. Reading commands (tenders, results, check, audit, backups list, verify, people list) need no "
        "sign-in. Start a workspace with `coopeval init FILE --as NAME`.",
    )
    parser.add_argument("--version", action="version", version=f"CoopEval {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    frameworks.add_commands(commands)
    workspace.add_commands(commands)
    reports.add_commands(commands)
    packs.add_commands(commands)
    people.add_commands(commands)
    publishing.add_commands(commands)
    delivery.add_commands(commands)
    spend.add_commands(commands)
    registers.add_commands(commands)
    portfolio.add_commands(commands)
    criteria.add_commands(commands)
    records.add_commands(commands)
    return parser


def _use_the_councils_catalogue() -> None:
    """A Welsh document written here (`--language cy`) uses the council's corrected catalogue in the user data
    folder, as the app does (issue 22): the same report from the app and from the command line says the same."""
    from coopeval import i18n
    from coopeval.paths import user_data_dir

    try:
        i18n.set_override_dirs([user_data_dir() / "i18n"])
    except OSError:  # no user data folder: the shipped catalogue
        pass


def command_names() -> list[str]:
    parser = build_parser()
    for action in parser._actions:  # noqa: SLF001 - argparse keeps subcommands here
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return list(action.choices)
    return []


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    _use_the_councils_catalogue()
    try:
        return args.handler(args, out, err)
    except InvalidFileError as exc:
        for problem in exc.problems:
            print(problem, file=err)
        return EXIT_FAILED
    except CoopEvalError as exc:
        print(f"coopeval: {exc}", file=err)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; that is not an error of ours.
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("coopeval: interrupted", file=err)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place an unexpected error becomes a plain message
        print(f"coopeval: {plain_message(exc, record_unexpected(exc))}", file=err)
        return 3
