"""`coopeval pack …`: export one member's evaluator pack from a workspace, import a returned one.

`coopeval pack export FILE --tender REF --member NAME --out PACK.coopeval-pack --as OFFICER`
`coopeval pack import FILE PACK [--prefer pack --reason TEXT] --as NAME`

Both change the workspace, so both take --as (cli/common.py). The pack is encrypted under a pack
passphrase agreed at export, read from COOPEVAL_PACK_PASSPHRASE or asked for twice.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from coopeval.cli.common import EXIT_OK, PACK_PASSPHRASE_ENV, add_identity_options, secret, sign_in_from_args
from coopeval.domain.errors import CoopEvalError
from coopeval.services.workspace import Workspace


def add_commands(commands: argparse._SubParsersAction) -> None:
    pack = commands.add_parser("pack", help="export or import an evaluator pack (score away from the office)")
    pack_sub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    export = pack_sub.add_parser("export", help="write one panel member's evaluator pack",
                                 description="Write one panel member's evaluator pack, encrypted under a pack "
                                 "passphrase read from COOPEVAL_PACK_PASSPHRASE or asked for twice.")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--tender", required=True, metavar="REF")
    export.add_argument("--member", required=True, metavar="NAME", help="the evaluator's name as on the panel")
    export.add_argument("--out", required=True, type=Path, metavar="PACK.coopeval-pack")
    add_identity_options(export)
    export.set_defaults(handler=_export)
    imp = pack_sub.add_parser("import", help="merge a returned evaluator pack's declarations and scores",
                              description="Merge a returned evaluator pack, opened with the pack passphrase read "
                              "from COOPEVAL_PACK_PASSPHRASE or asked for.")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("pack", type=Path, metavar="PACK")
    imp.add_argument("--prefer", choices=["pack"],
                     help="where the workspace holds different submitted scores, use the pack's (needs --reason)")
    imp.add_argument("--reason", default="", metavar="TEXT", help="why the pack's scores are preferred (audited)")
    add_identity_options(imp)
    imp.set_defaults(handler=_import)


def _export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.packs.export import export_pack

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        passphrase = secret(PACK_PASSPHRASE_ENV, "Pack passphrase (agree it with the member and give it to them "
                            "another way than the file): ", twice=True)
        pack, _ = export_pack(ws, args.tender, args.member, args.out, passphrase=passphrase)
    withheld = f" ({pack.withheld} bid(s) they may not see travel as names only)" if pack.withheld else ""
    print(f"Wrote {pack.path}: {pack.member}'s evaluator pack for {pack.tender_reference}, {pack.bids} bid(s) to "
          f"score{withheld}. Pack head {pack.pack_head}.", file=out)
    return EXIT_OK


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.packs.importing import import_pack

    if args.reason and not args.prefer:
        raise CoopEvalError("--reason goes with --prefer pack; without it nothing is overridden, so leave it out.")
    if args.prefer and not args.reason.strip():
        raise CoopEvalError("--prefer pack needs --reason TEXT saying why the pack's scores replace the workspace's; "
                            "the reason is kept in the audit log.")
    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        passphrase = secret(PACK_PASSPHRASE_ENV, f"Pack passphrase for {args.pack.name}: ")
        result, _ = import_pack(ws, args.pack, passphrase=passphrase, prefer=args.prefer, reason=args.reason)
    print(result.summary(), file=out)
    return EXIT_OK
