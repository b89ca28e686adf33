"""The tender's other award criteria (issue 21): `criteria list WORKSPACE --tender REF [--json]` shows them with every
bid's score and the whole result; `criteria add|score|remove … --as NAME` record them; `criteria import WORKSPACE
--tender REF FILE.xlsx|FILE.csv [--dry-run] --as NAME` imports them from the council's spreadsheet (all or nothing)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any, TextIO

from coopeval.cli.common import EXIT_FAILED, EXIT_OK, add_identity_options, print_json, sign_in_from_args
from coopeval.services.workspace import Workspace


def add_commands(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("criteria", help="the tender's other award criteria (price, quality…), their scores and "
                            "the whole result")
    sub = p.add_subparsers(dest="criteria_command", metavar="COMMAND", required=True)

    listed = sub.add_parser("list", help="list the other criteria, each bid's scores and the whole result")
    listed.add_argument("file", type=Path, metavar="WORKSPACE")
    listed.add_argument("--tender", required=True, metavar="REF")
    listed.add_argument("--json", action="store_true", help="print the criteria and the whole result as JSON")
    listed.set_defaults(handler=_list)

    add = sub.add_parser("add", help="add an award criterion other than social value")
    add.add_argument("file", type=Path, metavar="WORKSPACE")
    add.add_argument("--tender", required=True, metavar="REF")
    add.add_argument("--name", required=True, metavar="N")
    add.add_argument("--kind", required=True, choices=("price", "quality", "other"))
    add.add_argument("--weight", required=True, metavar="PCT", help="its weight, as %% of the whole tender")
    add.add_argument("--out-of", required=True, metavar="MAX", help="the top of its scale (100 for price points)")
    add.add_argument("--method", default="", metavar="TEXT", help="how it is scored, in the council's words")
    add_identity_options(add)
    add.set_defaults(handler=_add)

    score = sub.add_parser("score", help="record a bid's score on a criterion, with the reasons")
    score.add_argument("file", type=Path, metavar="WORKSPACE")
    score.add_argument("--tender", required=True, metavar="REF")
    score.add_argument("--criterion", required=True, metavar="NAME")
    score.add_argument("--bid", required=True, metavar="ID", help="the bid's identifier")
    score.add_argument("--score", required=True, metavar="X")
    score.add_argument("--reasons", required=True, metavar="TEXT",
                       help="why, by reference to the bid (its section or page)")
    add_identity_options(score)
    score.set_defaults(handler=_score)

    remove = sub.add_parser("remove", help="take a criterion out of the tender (kept in the record)")
    remove.add_argument("file", type=Path, metavar="WORKSPACE")
    remove.add_argument("--tender", required=True, metavar="REF")
    remove.add_argument("--criterion", required=True, metavar="NAME")
    remove.add_argument("--reason", required=True, metavar="TEXT")
    add_identity_options(remove)
    remove.set_defaults(handler=_remove)

    imp = sub.add_parser("import", help="import criteria and scores from a spreadsheet: one row per criterion and "
                         "bid with Criterion, Kind, Weight, Out of, Bid, Score, Reasons (Method optional)")
    imp.add_argument("file", type=Path, metavar="WORKSPACE")
    imp.add_argument("--tender", required=True, metavar="REF")
    imp.add_argument("sheet", type=Path, metavar="FILE.xlsx|FILE.csv")
    imp.add_argument("--dry-run", action="store_true", help="show what importing would do; change nothing")
    imp.add_argument("--json", action="store_true", help="print the preview as JSON")
    add_identity_options(imp)
    imp.set_defaults(handler=_import)


def _criterion_id(ws: Workspace, tender: str, name: str) -> int:
    from coopeval.domain.text import identity_key
    from coopeval.services.criteria.criteria import list_criteria
    from coopeval.services.workspace import NotFoundError

    found = [c for c in list_criteria(ws, tender) if identity_key(c.name) == identity_key(name.strip())]
    if not found:
        names = ", ".join(f'"{c.name}"' for c in list_criteria(ws, tender)) or "none yet"
        raise NotFoundError(f"{tender} has no criterion {name!r} (its other criteria: {names}).")
    return found[0].id


def whole_json(ws: Workspace, tender: str) -> dict[str, Any]:
    from coopeval.services.criteria.criteria import list_criteria
    from coopeval.services.criteria.whole import whole_result

    return {"criteria": [dataclasses.asdict(c) for c in list_criteria(ws, tender)],
            "whole_result": dataclasses.asdict(whole_result(ws, tender))}


def _list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.domain.numbers import number_text
    from coopeval.services.criteria.criteria import list_criteria
    from coopeval.services.criteria.whole import whole_result
    from coopeval.services.setup.tenders import get_tender

    with Workspace.open(args.file, read_only=True) as ws:
        if args.json:
            print_json(whole_json(ws, args.tender), out)
            return EXIT_OK
        tender = get_tender(ws, args.tender)
        listed = list_criteria(ws, args.tender)
        result = whole_result(ws, args.tender)
    print(f"{tender.reference}: social value {number_text(tender.section_weight)}% of the whole tender", file=out)
    if not listed:
        print("No other award criteria are recorded.", file=out)
    for c in listed:
        print(f"{c.name} ({c.kind}): {number_text(c.weight)}%, out of {number_text(c.max_score)}"
              + (f"; {c.method}" if c.method else ""), file=out)
        for s in c.scores:
            print(f"  {s.bid_identifier:<14}{number_text(s.score):>8}  {s.reasons}", file=out)
    if result.complete:
        print("Whole result (weighted points of 100):", file=out)
        for ln in result.lines:
            rank = "out" if ln.disqualified else str(ln.rank)
            print(f"  {rank:<5}{ln.bid_identifier:<14}{ln.total or '–':>8}  {ln.name}", file=out)
        if result.most_advantageous:
            print(f"Most advantageous tender: {result.most_advantageous}", file=out)
    for problem in result.problems:
        print(f"Note: {problem}", file=out)
    return EXIT_OK


def _add(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.criteria.criteria import add_criterion

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        view, _ = add_criterion(ws, args.tender, name=args.name, kind=args.kind, weight=args.weight,
                                max_score=args.out_of, method=args.method)
    print(f'Added "{view.name}" ({view.kind}, {view.weight}% of the whole tender, out of {view.max_score}).', file=out)
    return EXIT_OK


def _score(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.criteria.criteria import record_other_score

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        view, changes = record_other_score(ws, _criterion_id(ws, args.tender, args.criterion), args.bid,
                                           score=args.score, reasons=args.reasons)
    said = "Recorded" if changes.kinds else "Unchanged:"
    print(f"{said} {view.bid_identifier} scores {view.score} on {args.criterion}.", file=out)
    return EXIT_OK


def _remove(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.criteria.criteria import remove_criterion

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        remove_criterion(ws, _criterion_id(ws, args.tender, args.criterion), args.reason)
    print(f'Took "{args.criterion}" out of {args.tender} (kept in the record).', file=out)
    return EXIT_OK


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.criteria import spreadsheet

    with Workspace.open(args.file, read_only=args.dry_run) as ws:
        if args.dry_run:
            preview = spreadsheet.preview_other_criteria(ws, args.tender, args.sheet)
        else:
            sign_in_from_args(ws, args)
            try:
                preview, _ = spreadsheet.import_other_criteria(ws, args.tender, args.sheet)
            except spreadsheet.CriteriaImportError as exc:
                for problem in exc.problems:
                    print(problem, file=err)
                print("Nothing was imported.", file=err)
                return EXIT_FAILED
    if args.json:
        print_json(dataclasses.asdict(preview), out)
        return EXIT_OK if preview.ok else EXIT_FAILED
    for problem in preview.problems:
        print(problem, file=err)
    if preview.problems:
        print("Nothing would be imported until every problem is fixed.", file=err)
        return EXIT_FAILED
    verb = "Would" if args.dry_run else "Did"
    for c in preview.criteria:
        print(f"{c.action:<10}criterion {c.name} ({c.kind}, {c.weight}%, out of {c.max_score})", file=out)
    for s in preview.scores:
        print(f"{s.action:<10}{s.criterion}: {s.bid_identifier} {s.score}", file=out)
    changed = sum(c.action != "unchanged" for c in preview.criteria) + \
        sum(s.action != "unchanged" for s in preview.scores)
    print(f"{verb} change {changed} of {len(preview.criteria) + len(preview.scores)} rows"
          + (" (nothing new: the workspace already holds this file's criteria and scores)" if not changed else "")
          + ".", file=out)
    return EXIT_OK
