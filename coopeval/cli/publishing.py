"""Tender documents out, bids in (issue 18): `questionnaire` writes the tender's social value questionnaire for
bidders (PDF or DOCX), `bids template` the XLSX response template, `bids import` reads bidders' returns.

Writing a document keeps it in the tender's record (every version), so each of these changes the workspace and
takes --as NAME.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from coopeval.cli.common import EXIT_OK, add_identity_options, sign_in_from_args
from coopeval.services.workspace import Workspace


def add_commands(commands: argparse._SubParsersAction) -> None:  # noqa: SLF001 - argparse's own type
    q = commands.add_parser("questionnaire", help="write the tender's social value questionnaire for bidders "
                            "(PDF or DOCX); every version is kept in the workspace")
    q.add_argument("file", type=Path, metavar="WORKSPACE")
    q.add_argument("--tender", required=True, metavar="REF")
    q.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.docx",
                   help="the file to write; its name's ending chooses PDF or Word")
    add_identity_options(q)
    q.set_defaults(handler=_questionnaire)

    bids = commands.add_parser("bids", help="the response template for bidders, and importing their returns")
    sub = bids.add_subparsers(dest="bids_command", metavar="COMMAND", required=True)
    template = sub.add_parser("template", help="write the XLSX response template bidders fill in")
    template.add_argument("file", type=Path, metavar="WORKSPACE")
    template.add_argument("--tender", required=True, metavar="REF")
    template.add_argument("--out", required=True, type=Path, metavar="RESPONSE.xlsx")
    add_identity_options(template)
    template.set_defaults(handler=_template)

    imp = sub.add_parser("import", help="read bidders' returns (filled response templates) into the tender's bids, "
                         "all or nothing")
    imp.add_argument("file", type=Path, metavar="WORKSPACE")
    imp.add_argument("--tender", required=True, metavar="REF")
    imp.add_argument("returns", type=Path, nargs="+", metavar="FILE.xlsx",
                     help="one or more returns, or folders of them")
    imp.add_argument("--dry-run", action="store_true",
                     help="check every file and show what would be created or changed; write nothing")
    add_identity_options(imp)
    imp.set_defaults(handler=_import)


def _questionnaire(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.publishing.questionnaire import publish_questionnaire

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        kept, _ = publish_questionnaire(ws, args.tender, args.out)
    print(f"Wrote {args.out} (questionnaire version {kept.version}, {kept.media.upper()}, SHA-256 {kept.sha256}); "
          f"made from set-up fingerprint {kept.setup_fingerprint}. A copy is kept in the workspace.", file=out)
    return EXIT_OK


def _template(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.publishing.questionnaire import write_template

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        kept, _ = write_template(ws, args.tender, args.out)
    print(f"Wrote {args.out} (response template version {kept.version}, SHA-256 {kept.sha256}) for set-up "
          f"fingerprint {kept.setup_fingerprint}. A copy is kept in the workspace.", file=out)
    return EXIT_OK


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    raise NotImplementedError("bids import: being written (issue 18)")
