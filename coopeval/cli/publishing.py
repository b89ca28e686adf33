"""Tender documents out, bids in (issue 18): `questionnaire` writes the tender's social value questionnaire for
bidders (PDF or DOCX), `bids template` the XLSX response template, `bids import` reads bidders' returns.

Writing a document keeps it in the tender's record (every version), so each of these changes the workspace and
takes --as NAME.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from coopeval.cli.common import EXIT_FAILED, EXIT_OK, add_identity_options, sign_in_from_args
from coopeval.services.workspace import Workspace

if TYPE_CHECKING:
    from coopeval.services.bids.returns import ReturnPlan, ReturnsError


def add_commands(commands: argparse._SubParsersAction) -> None:
    q = commands.add_parser("questionnaire", help="write the tender's social value questionnaire for bidders "
                            "(PDF or DOCX); every version is kept in the workspace")
    q.add_argument("file", type=Path, metavar="WORKSPACE")
    q.add_argument("--tender", required=True, metavar="REF")
    q.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.docx",
                   help="the file to write; its name's ending chooses PDF or Word")
    _language_option(q)
    add_identity_options(q)
    q.set_defaults(handler=_questionnaire)

    bids = commands.add_parser("bids", help="the response template for bidders, and importing their returns")
    sub = bids.add_subparsers(dest="bids_command", metavar="COMMAND", required=True)
    template = sub.add_parser("template", help="write the XLSX response template bidders fill in")
    template.add_argument("file", type=Path, metavar="WORKSPACE")
    template.add_argument("--tender", required=True, metavar="REF")
    template.add_argument("--out", required=True, type=Path, metavar="RESPONSE.xlsx")
    _language_option(template)
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


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", metavar="en|cy|cy+en", default=None,
                        help="write it in English (en), Welsh (cy) or both, Welsh first (cy+en); by default the "
                             "tender's document language")


def _questionnaire(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.publishing.questionnaire import publish_questionnaire

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        kept, _ = publish_questionnaire(ws, args.tender, args.out, language=args.language)
    print(f"Wrote {args.out} (questionnaire version {kept.version}, {kept.media.upper()}, SHA-256 {kept.sha256}); "
          f"made from set-up fingerprint {kept.setup_fingerprint}. A copy is kept in the workspace.", file=out)
    return EXIT_OK


def _template(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.publishing.questionnaire import write_template

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        kept, _ = write_template(ws, args.tender, args.out, language=args.language)
    print(f"Wrote {args.out} (response template version {kept.version}, SHA-256 {kept.sha256}) for set-up "
          f"fingerprint {kept.setup_fingerprint}. A copy is kept in the workspace.", file=out)
    return EXIT_OK


def checked_returns(args: argparse.Namespace, err: TextIO, *, find: Callable[[Sequence[Path]], list[Path]],
                    preview: Callable[..., Any], apply: Callable[..., tuple[Any, object]], empty: Callable[[tuple], Any],
                    errors: type[ReturnsError]) -> Any | None:
    """What `bids import` and `delivery import` share: find the returns, sign in (a dry run reads only, so it needs
    no --as; given, --as signs in as usual), preview or import them all, and print every problem on `err`, one line
    each (`FILE: Sheet!CELL: message`). The preview, or None when nothing was written because of problems."""
    paths = find(args.returns)
    if not paths:
        print("coopeval: no .xlsx returns found in " + ", ".join(str(p) for p in args.returns), file=err)
        return None
    with Workspace.open(args.file) as ws:
        if not args.dry_run or getattr(args, "as_name", None):
            sign_in_from_args(ws, args)
        try:
            result = preview(ws, args.tender, paths) if args.dry_run else apply(ws, args.tender, paths)[0]
        except errors as exc:
            result = empty(exc.problems)
    if result.problems:
        for problem in result.problems:
            print(problem, file=err)
        print(f"coopeval: {len(result.problems)} problem(s) in the returns; nothing was written.", file=err)
        return None
    return result


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Check every return, print what each does (the bid it creates or updates, every change), then import them all
    in one transaction, or with --dry-run write nothing. Problems: one line each, `FILE: Sheet!CELL: message`, exit 1."""
    from coopeval.services.bids import returns

    preview = checked_returns(args, err, find=returns.return_files, preview=returns.preview_returns,
                              apply=returns.import_returns, empty=lambda problems: returns.ImportPreview((), problems),
                              errors=returns.ReturnsError)
    if preview is None:
        return EXIT_FAILED
    for plan in preview.plans:
        _print_plan(plan, out)
    changed = sum(p.action != "unchanged" for p in preview.plans)
    if args.dry_run:
        print(f"Dry run: {changed} of {len(preview.plans)} return(s) would change the tender; nothing was written.",
              file=out)
    elif changed:
        print(f"Imported {changed} of {len(preview.plans)} return(s) into tender {args.tender}; each is kept in the "
              "workspace with its SHA-256.", file=out)
    else:
        print("Nothing to change: every return matches what the workspace holds; nothing was written.", file=out)
    return EXIT_OK


def _print_plan(plan: ReturnPlan, out: TextIO) -> None:
    verb = {"create": "new bid", "update": "updates the bid of", "unchanged": "unchanged:"}[plan.action]
    print(f"{plan.file}: {verb} {plan.legal_name} ({plan.bid_identifier}), SHA-256 {plan.sha256}", file=out)
    if plan.action == "unchanged":
        print("  nothing to change", file=out)
        return
    if plan.action == "create":
        for line in plan.responses:
            quantity = f"; quantity {line.quantity}{' ' + line.unit if line.unit else ''}" if line.quantity else ""
            text = " ".join(line.text.split())
            print(f"  {line.code}: {text[:70] + '…' if len(text) > 70 else text or '(no response)'}{quantity}", file=out)
        return
    for change in plan.changes:
        before, after = (" ".join(v.split()) or "(empty)" for v in (change.before, change.after))
        print(f"  {change.what}: {before[:60]} → {after[:60]}", file=out)
