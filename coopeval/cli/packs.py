"""`coopeval pack …`: export one member's evaluator pack from a workspace, import a returned one.

`coopeval pack export FILE --tender REF --member NAME --out PACK.coopeval-pack`
`coopeval pack import FILE PACK [--prefer pack --reason TEXT]`
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from coopeval.cli.common import EXIT_OK
from coopeval.domain.errors import CoopEvalError
from coopeval.services.workspace import Workspace


def add_commands(commands: argparse._SubParsersAction) -> None:
    pack = commands.add_parser("pack", help="export or import an evaluator pack (score away from the office)")
    pack_sub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    export = pack_sub.add_parser("export", help="write one panel member's evaluator pack")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--tender", required=True, metavar="REF")
    export.add_argument("--member", required=True, metavar="NAME", help="the evaluator's name as on the panel")
    export.add_argument("--out", required=True, type=Path, metavar="PACK.coopeval-pack")
    export.set_defaults(handler=_export)
    imp = pack_sub.add_parser("import", help="merge a returned evaluator pack's declarations and scores")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("pack", type=Path, metavar="PACK")
    imp.add_argument("--prefer", choices=["pack"],
                     help="where the workspace holds different submitted scores, use the pack's (needs --reason)")
    imp.add_argument("--reason", default="", metavar="TEXT", help="why the pack's scores are preferred (audited)")
    imp.set_defaults(handler=_import)


def _export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.packs.export import export_pack

    with Workspace.open(args.file) as ws:
        pack, _ = export_pack(ws, args.tender, args.member, args.out)
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
        result, _ = import_pack(ws, args.pack, prefer=args.prefer, reason=args.reason)
    print(result.summary(), file=out)
    return EXIT_OK
