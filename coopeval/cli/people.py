"""`coopeval init` and `coopeval people …`: a new workspace with its first officer, and the people a
workspace knows.

`coopeval init FILE --as NAME`                      a new workspace; NAME is its first officer
`coopeval people list FILE`                          who is known, their roles, whether they have a passphrase
`coopeval people add FILE NAME [--email E] [--role officer|contract_manager ...] --as OFFICER`
`coopeval people roles FILE NAME [--role ...] --as OFFICER`
`coopeval people reset FILE NAME --as OFFICER`       prints a one-time code, once
`coopeval people set-passphrase FILE NAME`           first passphrase, or after a reset, or a change
`coopeval people recover FILE NAME`                  an officer's passphrase reset with the recovery code

Secrets never travel as arguments: the passphrase comes from COOPEVAL_PASSPHRASE, a new one from
COOPEVAL_NEW_PASSPHRASE, a one-time code from COOPEVAL_CODE and the recovery code from
COOPEVAL_RECOVERY_CODE, each else asked for at a prompt (cli/common.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from coopeval.cli.common import (
    CODE_ENV,
    EXIT_OK,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    RECOVERY_CODE_ENV,
    add_identity_options,
    print_json,
    require_as,
    secret,
    sign_in_from_args,
)
from coopeval.domain.identity import WORKSPACE_ROLE_LABELS, WORKSPACE_ROLES
from coopeval.services.workspace import Workspace


def add_commands(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser(
        "init", help="create a new workspace; the person named by --as becomes its first officer",
        description="Create a new, empty workspace. The person named by --as becomes its first officer; their "
        f"passphrase comes from {PASSPHRASE_ENV} or is asked for twice. The workspace's recovery code is "
        "printed once: keep it safe, away from the computer.")
    init.add_argument("file", type=Path, metavar="FILE")
    init.add_argument("--as", dest="as_name", metavar="NAME", help="your name: the workspace's first officer")
    init.add_argument("--email", default="", help="your email address (optional)")
    init.set_defaults(handler=_init)

    people = commands.add_parser("people", help="list people, add them, reset or set passphrases")
    sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="everyone the workspace knows, with roles and passphrase state")
    listing.add_argument("file", type=Path, metavar="FILE")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    add = sub.add_parser("add", help="add a person (an officer's act)")
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--email", default="")
    _role_option(add)
    add_identity_options(add)
    add.set_defaults(handler=_add)

    roles = sub.add_parser("roles", help="set a person's workspace roles (an officer's act)")
    roles.add_argument("file", type=Path, metavar="FILE")
    roles.add_argument("name", metavar="NAME")
    _role_option(roles)
    add_identity_options(roles)
    roles.set_defaults(handler=_roles)

    reset = sub.add_parser("reset", help="reset a person's passphrase: prints a one-time code, once (an officer's act)")
    reset.add_argument("file", type=Path, metavar="FILE")
    reset.add_argument("name", metavar="NAME")
    add_identity_options(reset)
    reset.set_defaults(handler=_reset)

    setp = sub.add_parser(
        "set-passphrase", help="set your passphrase (the first time, after a reset, or to change it)",
        description=f"Set NAME's passphrase. The new one comes from {NEW_PASSPHRASE_ENV} or is asked for twice. "
        f"After an officer's reset the one-time code comes from {CODE_ENV} or a prompt; to change a passphrase, "
        f"the current one comes from {PASSPHRASE_ENV} or a prompt.")
    setp.add_argument("file", type=Path, metavar="FILE")
    setp.add_argument("name", metavar="NAME")
    setp.set_defaults(handler=_set_passphrase)

    recover = sub.add_parser(
        "recover", help="reset an officer's forgotten passphrase with the workspace's recovery code",
        description=f"The recovery code comes from {RECOVERY_CODE_ENV} or a prompt, the new passphrase from "
        f"{NEW_PASSPHRASE_ENV} or a prompt asked twice. The code is then spent: a new one is printed once.")
    recover.add_argument("file", type=Path, metavar="FILE")
    recover.add_argument("name", metavar="NAME")
    recover.set_defaults(handler=_recover)


def _role_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--role", dest="roles", action="append", default=[], choices=WORKSPACE_ROLES,
                        help="a workspace role (repeatable); none: the person only sits on panels")


def first_officer(ws: Workspace, name: str, passphrase: str, email: str = "") -> str:
    """Make `name` the first officer of the new workspace `ws`; the recovery code, to print once."""
    from coopeval.services.identity.people import create_first_officer

    _, code, _ = create_first_officer(ws, name=name, passphrase=passphrase, email=email)
    return code


def print_recovery_code(path: Path, name: str, code: str, out: TextIO) -> None:
    print(f"{name} is the first officer of {path.name}.", file=out)
    print(f"Recovery code: {code}", file=out)
    print("It is shown only this once. Keep it safe and away from the computer (on paper, in the council's "
          "safe or password manager): with it an officer's forgotten passphrase can be reset when no other "
          f"officer can do it (`coopeval people recover {path.name} NAME`). Anyone holding it can take over "
          "the workspace.", file=out)


def _init(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.domain.errors import CoopEvalError
    from coopeval.domain.identity import passphrase_problem

    name = require_as(args)
    if args.file.exists():
        raise CoopEvalError(f"{args.file.name} already exists; `coopeval init` only creates a new workspace.")
    passphrase = secret(PASSPHRASE_ENV, f"Choose a passphrase for {name}: ", twice=True)
    problem = passphrase_problem(passphrase, name=name)  # checked before the file is made
    if problem:
        raise CoopEvalError(problem)
    created = False
    try:
        with Workspace.create(args.file) as ws:
            created = True
            ws.person = None  # the first officer signs in as they are made; nobody else acts here
            code = first_officer(ws, name, passphrase, args.email)
    except BaseException:
        if created:
            _remove(args.file)
        raise
    print(f"Created {args.file}.", file=out)
    print_recovery_code(args.file, name, code, out)
    return EXIT_OK


def _remove(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + tail) for tail in ("-wal", "-shm", "-journal"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def _list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.identity.people import people

    with Workspace.open(args.file, read_only=True) as ws:
        found = people(ws)
    if args.json:
        print_json([{"name": p.name, "email": p.email, "roles": list(p.roles), "has_passphrase": p.has_passphrase,
                     "reset_pending": p.has_reset_code} for p in found], out)
        return EXIT_OK
    if not found:
        print(f"Nobody is known to {args.file.name} yet.", file=out)
    for p in found:
        roles = ", ".join(WORKSPACE_ROLE_LABELS.get(r, r) for r in p.roles) or "panels only"
        state = ("reset: waiting for a new passphrase" if p.has_reset_code else
                 "passphrase set" if p.has_passphrase else "no passphrase yet")
        print(f"{p.name}\t{p.email or '-'}\t{roles}\t{state}", file=out)
    return EXIT_OK


def _add(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.identity.people import add_person

    with Workspace.open(args.file) as ws:
        actor = sign_in_from_args(ws, args)
        person, _ = add_person(ws, name=args.name, email=args.email, roles=tuple(args.roles))
    roles = ", ".join(WORKSPACE_ROLE_LABELS.get(r, r) for r in person.roles) or "no workspace role"
    print(f"Added {person.name} ({roles}), by {actor.name}. They set their passphrase with "
          f"`coopeval people set-passphrase {args.file.name} \"{person.name}\"` (or in the app) before they act.",
          file=out)
    return EXIT_OK


def _roles(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.identity.people import set_roles

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        person, _ = set_roles(ws, args.name, tuple(args.roles))
    roles = ", ".join(WORKSPACE_ROLE_LABELS.get(r, r) for r in person.roles) or "no workspace role"
    print(f"{person.name}: {roles}.", file=out)
    return EXIT_OK


def _reset(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.identity.people import issue_reset_code, person

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        name = person(ws, args.name).name
        code, _ = issue_reset_code(ws, args.name)
    print(f"{name}'s passphrase is reset; the old one no longer works.", file=out)
    print(f"One-time code: {code}", file=out)
    print(f"It is shown only this once. Give it to {name} in person or by phone; they replace it with their own "
          f"passphrase (`coopeval people set-passphrase {args.file.name} \"{name}\"`, or in the app).", file=out)
    return EXIT_OK


def _set_passphrase(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.identity.people import person, set_passphrase

    with Workspace.open(args.file) as ws:
        ws.person = None  # the person signs in by setting it
        who = person(ws, args.name)
        code = current = None
        if who.has_reset_code:
            code = secret(CODE_ENV, f"One-time code for {who.name}: ")
        elif who.has_passphrase:
            current = secret(PASSPHRASE_ENV, f"Current passphrase for {who.name}: ")
        new = secret(NEW_PASSPHRASE_ENV, f"New passphrase for {who.name}: ", twice=True)
        set_passphrase(ws, who.name, new, current=current, code=code)
    print(f"{who.name}'s passphrase is set. Use it with --as \"{who.name}\" (from {PASSPHRASE_ENV} or the prompt) "
          "and to sign in in the app.", file=out)
    return EXIT_OK


def _recover(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.identity.people import person, recover

    with Workspace.open(args.file) as ws:
        ws.person = None
        who = person(ws, args.name)
        code = secret(RECOVERY_CODE_ENV, "The workspace's recovery code: ")
        new = secret(NEW_PASSPHRASE_ENV, f"New passphrase for {who.name}: ", twice=True)
        _, new_code, _ = recover(ws, who.name, code, new)
    print(f"{who.name}'s passphrase is set. The old recovery code is spent.", file=out)
    print(f"New recovery code: {new_code}", file=out)
    print("It is shown only this once. Keep it safe and away from the computer, as before.", file=out)
    return EXIT_OK
