"""What every command module shares: exit codes, JSON written the same way everywhere, and who is
acting.

THE RULE FOR COMMANDS THAT CHANGE A WORKSPACE (every one, including those later issues add): call
`add_identity_options(parser)` when building the command and `sign_in_from_args(ws, args)` once the
workspace is open, before calling the service. The person is named with `--as NAME`; their
passphrase comes from the `COOPEVAL_PASSPHRASE` environment variable or, when that is unset and
stdin is a terminal, a prompt. A passphrase is never taken as a command-line argument (other users
of the computer can see arguments). Without --as a changing command stops with a message naming
--as. Read-only commands take no --as: they need no sign-in, and the services hide from them what
blindness hides.

Other secrets are read the same way (`secret`): one-time codes from `COOPEVAL_CODE`, the recovery
code from `COOPEVAL_RECOVERY_CODE`, a new passphrase from `COOPEVAL_NEW_PASSPHRASE` (prompted
twice when asked for interactively), an evaluator pack's passphrase from `COOPEVAL_PACK_PASSPHRASE`.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any, TextIO

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Actor
from coopeval.services.workspace import Workspace

EXIT_OK, EXIT_FAILED = 0, 1  # argparse exits 2 on a usage error


def document_language_arg(text: str) -> str:
    """`--language` of a command that writes a document: en, cy or cy+en, in any case ("en+cy" is "cy+en"); an
    empty or unknown value is a usage error (argparse says so and exits 2, before any sign-in or file)."""
    from coopeval import i18n

    if not text.strip():
        raise argparse.ArgumentTypeError("give en, cy or cy+en")
    try:
        return i18n.document_language(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None

PASSPHRASE_ENV = "COOPEVAL_PASSPHRASE"
NEW_PASSPHRASE_ENV = "COOPEVAL_NEW_PASSPHRASE"
CODE_ENV = "COOPEVAL_CODE"
RECOVERY_CODE_ENV = "COOPEVAL_RECOVERY_CODE"
PACK_PASSPHRASE_ENV = "COOPEVAL_PACK_PASSPHRASE"

AS_HELP = (f"the person acting, by name as known to the workspace; their passphrase is read from "
           f"{PASSPHRASE_ENV} or asked for (never given as an argument)")
IDENTITY_EPILOG = (f"This command changes the workspace, so it needs --as NAME: the passphrase comes from the "
                   f"{PASSPHRASE_ENV} environment variable or, if that is unset, a prompt.")


def print_json(data: Any, out: TextIO, **options: Any) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False, **options)
    out.write("\n")


def add_identity_options(parser: argparse.ArgumentParser, *, required_help: str = "") -> None:
    """`--as NAME` on a command that changes a workspace (see the module docstring)."""
    parser.add_argument("--as", dest="as_name", metavar="NAME", help=required_help or AS_HELP)
    parser.epilog = ((parser.epilog + " ") if parser.epilog else "") + IDENTITY_EPILOG


class MissingIdentityError(CoopEvalError):
    """A command that changes a workspace was run without --as."""


def require_as(args: argparse.Namespace) -> str:
    """The name given with --as, or a plain refusal that names --as."""
    name = (getattr(args, "as_name", None) or "").strip()
    if not name:
        raise MissingIdentityError(
            f"`coopeval {_command(args)}` needs to know who is acting: add --as NAME (your name as the workspace "
            f"knows it); your passphrase is read from {PASSPHRASE_ENV} or asked for.")
    return name


def sign_in_from_args(ws: Workspace, args: argparse.Namespace) -> Actor:
    """Sign in the person named by --as on `ws` with their passphrase (environment or prompt).

    Without --as this refuses, unless someone is already acting on `ws` (never so for a workspace
    the command line has just opened; test harnesses set a stand-in)."""
    from coopeval.services.identity.sessions import sign_in

    if not getattr(args, "as_name", None) and ws.person is not None:
        return ws.person
    name = require_as(args)
    sign_in(ws, name, secret(PASSPHRASE_ENV, f"Passphrase for {name}: "))
    assert ws.person is not None
    return ws.person


def secret(env: str, prompt: str, *, twice: bool = False) -> str:
    """A secret from the environment variable `env`, else typed at a prompt (not echoed; asked
    twice when `twice`, for a new one). Never from the command line."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not _interactive():
        raise CoopEvalError(f"Set {env} in the environment, or run the command in a terminal to be asked; "
                            "secrets are never given as command-line arguments.")
    first = _ask(prompt)
    if twice and _ask("Again, to be sure: ") != first:
        raise CoopEvalError("The two entries differ; nothing was changed. Run the command again.")
    return first


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CoopEvalError("No input; nothing was changed.") from None


def _command(args: argparse.Namespace) -> str:
    words = [getattr(args, "command", None) or ""]
    for attr in ("fw_command", "pack_command", "audit_command", "backups_command", "tender_command",
                 "people_command", "spend_command", "registers_command", "matches_command", "records_command",
                 "criteria_command"):
        value = getattr(args, attr, None)
        if value:
            words.append(value)
    return " ".join(w for w in words if w)
