"""After the award (issue 19): `award` records the contract award and prints the last day of standstill,
`commitments` lists the contract's commitments, `delivery template|import|report` handles suppliers' delivery
returns and the delivery report, `performance-notice` writes what a contract performance notice needs.

Each part is added by its own function (`_add_award`, `_add_commitments`, `_add_delivery`, `_add_ratings`).
Commands that change the workspace take --as NAME (see cli/common.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from coopeval.cli.common import EXIT_FAILED, EXIT_OK, add_identity_options, print_json, sign_in_from_args
from coopeval.cli.reports import add_signing_options
from coopeval.services.workspace import Workspace

# The `delivery` group's sub-commands (template/import from helper C, report from helper D).
delivery_sub: argparse._SubParsersAction | None = None


def add_commands(commands: argparse._SubParsersAction) -> None:
    _add_award(commands)
    _add_commitments(commands)
    _add_delivery(commands)
    _add_ratings(commands)


def _not_available(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Placeholder handler until the command's helper fills it in."""
    print("coopeval: this command is not available yet.", file=err)
    return EXIT_FAILED


# --- award (helper A) -------------------------------------------------------------------------------------------


def _add_award(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "award", help="record the contract award of a signed-off tender and print the last day of standstill")
    p.add_argument("file", type=Path, metavar="WORKSPACE")
    p.add_argument("--tender", required=True, metavar="REF")
    p.add_argument("--bid", required=True, metavar="ID", help="the winning bid (its identifier)")
    p.add_argument("--notice-date", required=True, metavar="YYYY-MM-DD",
                   help="the day the contract award notice is published")
    p.add_argument("--start", required=True, metavar="YYYY-MM-DD", help="the contract's start date")
    p.add_argument("--end", required=True, metavar="YYYY-MM-DD", help="the contract's end date")
    p.add_argument("--value", required=True, metavar="POUNDS", help="the awarded value in pounds, e.g. 1250000")
    p.add_argument("--entered", metavar="YYYY-MM-DD",
                   help="the day the contract is entered into (after standstill ends)")
    p.add_argument("--json", action="store_true", help="print the award as JSON")
    add_identity_options(p)
    p.set_defaults(handler=_award)


def _award(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.delivery import award

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        view, _ = award.record_award(
            ws, args.tender, bid=args.bid, notice_date=args.notice_date, start_on=args.start, end_on=args.end,
            value=args.value, entered_on=args.entered)
    if args.json:
        print_json(award.award_json(view), out)
        return EXIT_OK
    for line in award.award_lines(view):
        print(line, file=out)
    return EXIT_OK


# --- commitments (helper B) -------------------------------------------------------------------------------------


def _add_commitments(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("commitments", help="list the contract's commitments: promised, delivered to date, the "
                            "latest rating and which are the s.52 KPIs")
    p.add_argument("file", type=Path, metavar="WORKSPACE")
    p.add_argument("--tender", required=True, metavar="REF")
    p.add_argument("--json", action="store_true", help="print the commitments, the s.52 warning and the measures "
                   "still to lift as JSON")
    p.set_defaults(handler=_commitments)


def _commitments(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import dataclasses

    from coopeval.domain.ratings import LABELS
    from coopeval.services.delivery import commitments

    with Workspace.open(args.file, read_only=True) as ws:
        listed = commitments.list_commitments(ws, args.tender)
        problem = commitments.kpi_problem(ws, args.tender)
        lift = commitments.to_lift(ws, args.tender)
    if args.json:
        print_json({"tender": args.tender, "commitments": [dataclasses.asdict(c) for c in listed],
                    "s52_warning": problem, "to_lift": lift}, out)
        return EXIT_OK
    if not listed:
        print(f"Tender {args.tender} has no award, so no contract commitments yet.", file=out)
        return EXIT_OK
    rows = [("code", "commitment", "promised", "delivered to date", "latest rating", "s.52 KPI")]
    for c in listed:
        rows.append((c.code, _shorten(c.text), _figure(c.target, c.unit), _figure(c.delivered, c.unit),
                     LABELS.get(c.latest_rating or "", c.latest_rating or "–"), "KPI" if c.s52_kpi else ""))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for r in rows:
        print(("  ".join(cell.ljust(w) for cell, w in zip(r, widths)) + "  " + r[-1]).rstrip(), file=out)
    marked = sum(1 for c in listed if c.s52_kpi)
    print(f"{len(listed)} commitment(s); {marked} marked as s.52 KPI(s).", file=out)
    if problem:
        print(f"Warning: {problem}", file=out)
    for code in lift:
        print(f"To do: {code} still holds only the measure's KPI wording; lift the specific commitments from the "
              "winning response.", file=out)
    return EXIT_OK


def _figure(value: str | None, unit: str | None) -> str:
    """A figure with its unit ("12,500 hours"); "–" for none."""
    if value is None:
        return "–"
    from decimal import Decimal

    number = f"{Decimal(value):,f}"
    return f"{number} {unit}" if unit else number


def _shorten(words: str, limit: int = 60) -> str:
    line = " ".join(words.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


# --- delivery returns (helper C; `delivery report` from helper D) ---------------------------------------------------


def _add_delivery(commands: argparse._SubParsersAction) -> None:
    """The `delivery` group: `template` and `import` here; `report` is helper D's, added by
    `add_delivery_report(delivery_sub)`. The group's sub-parsers stay in the module variable `delivery_sub`."""
    global delivery_sub
    p = commands.add_parser("delivery", help="suppliers' quarterly delivery returns, and the delivery report")
    delivery_sub = p.add_subparsers(dest="delivery_command", metavar="COMMAND", required=True)
    template = delivery_sub.add_parser("template", help="write the XLSX delivery return a supplier fills in for one "
                                       "quarter; a copy is kept in the workspace")
    template.add_argument("file", type=Path, metavar="WORKSPACE")
    template.add_argument("--tender", required=True, metavar="REF")
    template.add_argument("--period", required=True, metavar="YYYY-Qn",
                          help="the quarter: the year its financial year starts, then Q1 (April to June) to Q4")
    template.add_argument("--out", required=True, type=Path, metavar="RETURN.xlsx")
    add_identity_options(template)
    template.set_defaults(handler=_delivery_template)

    imp = delivery_sub.add_parser("import", help="read suppliers' delivery returns into the contract's delivery "
                                  "record, all or nothing; each entry waits for the officer's check")
    imp.add_argument("file", type=Path, metavar="WORKSPACE")
    imp.add_argument("--tender", required=True, metavar="REF")
    imp.add_argument("returns", type=Path, nargs="+", metavar="RETURN.xlsx", help="one or more returns, or folders "
                     "of them")
    imp.add_argument("--dry-run", action="store_true",
                     help="check every file and show what would be recorded; write nothing (needs no --as)")
    add_identity_options(imp)
    imp.set_defaults(handler=_delivery_import)
    add_delivery_report(delivery_sub)  # helper D's `delivery report`, defined below


def _delivery_template(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.delivery.returns import write_delivery_template

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        kept, _ = write_delivery_template(ws, args.tender, args.period, args.out)
    print(f"Wrote {args.out}: the delivery return for {args.period} (version {kept.version}, SHA-256 {kept.sha256}). "
          "A copy is kept in the workspace.", file=out)
    return EXIT_OK


def _delivery_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Check every return, print each entry it creates or changes, then import them all in one transaction, or with
    --dry-run write nothing (a dry run reads only, so it needs no --as). Problems: `FILE: Sheet!CELL: message`."""
    from coopeval.cli.publishing import checked_returns
    from coopeval.services.delivery import returns

    preview = checked_returns(args, err, find=returns.return_files, preview=returns.preview_delivery_returns,
                              apply=returns.import_delivery_returns,
                              empty=lambda problems: returns.DeliveryPreview((), problems), errors=returns.ReturnsError)
    if preview is None:
        return EXIT_FAILED
    for plan in preview.plans:
        print(f"{plan.file}: {plan.period}, SHA-256 {plan.sha256}", file=out)
        for line in plan.lines:
            what = line.answer if line.answer is not None else f"{line.actual} {line.unit}".strip()
            if line.action == "unchanged":
                print(f"  {line.code}: {what} (unchanged)", file=out)
                continue
            verb = "new entry" if line.action == "create" else f"changes {line.before or '(empty)'} to"
            reset = f"; its {line.resets_check} check goes back to pending" if line.resets_check else ""
            print(f"  {line.code}: {verb} {what}{reset}", file=out)
        if not plan.lines:
            print("  no rows filled in", file=out)
    changed = sum(p.action != "unchanged" for p in preview.plans)
    if args.dry_run:
        print(f"Dry run: {changed} of {len(preview.plans)} return(s) would change the delivery record; nothing was "
              "written.", file=out)
    elif changed:
        print(f"Imported {changed} of {len(preview.plans)} return(s) into tender {args.tender}; the entries wait for "
              "your check, and each file is kept in the workspace with its SHA-256.", file=out)
    else:
        print("Nothing to change: every return matches what the workspace holds; nothing was written.", file=out)
    return EXIT_OK


# --- ratings and notices (helper D) -----------------------------------------------------------------------------


def _add_ratings(commands: argparse._SubParsersAction) -> None:
    """`coopeval performance-notice WORKSPACE --tender REF --period YYYY-YYYY --out FILE.pdf|FILE.json`."""
    p = commands.add_parser("performance-notice", help="write the details a contract performance notice needs for "
                            "one rating period (PDF or JSON), for the officer to file; CoopEval does not publish it")
    p.add_argument("file", type=Path, metavar="WORKSPACE")
    p.add_argument("--tender", required=True, metavar="REF")
    p.add_argument("--period", required=True, metavar="YYYY-YYYY",
                   help="the rating period: a financial year, e.g. 2027-2028 (April 2027 to March 2028)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.json",
                   help="the file to write; its ending says which kind (JSON: see docs/delivery-json.md)")
    p.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    add_identity_options(p)
    p.set_defaults(handler=_performance_notice)


def _performance_notice(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.delivery.documents import write_performance_notice
    from coopeval.services.reports.destinations import refuse_overwrite

    refuse_overwrite(args.out, args.overwrite, workspace=args.file)
    with Workspace.open(args.file, read_only=True) as ws:
        sign_in_from_args(ws, args)
        path = write_performance_notice(ws, args.tender, args.period, args.out)
    print(f"Wrote {path}: the details of a contract performance notice for {args.period}. CoopEval does not publish "
          "it: file it on the central digital platform.", file=out)
    return EXIT_OK


def add_delivery_report(delivery: argparse._SubParsersAction) -> None:
    """`coopeval delivery report WORKSPACE --tender REF --out FILE.pdf|FILE.xlsx [--sign CERT.p12 | --self-signed]`,
    signed like `coopeval report`."""
    p = delivery.add_parser("report", help="write the delivery report: delivered against promised, ratings, queries, "
                            "evidence and contract changes; PDF (optionally signed, PAdES) or XLSX")
    p.add_argument("file", type=Path, metavar="WORKSPACE")
    p.add_argument("--tender", required=True, metavar="REF")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx")
    add_signing_options(p)
    p.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    add_identity_options(p)
    p.set_defaults(handler=_delivery_report)


def _delivery_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.cli.reports import own_signing_key, signing_key_from_args
    from coopeval.domain.errors import CoopEvalError
    from coopeval.services.delivery.documents import write_delivery_report
    from coopeval.services.reports.destinations import refuse_overwrite

    if (args.sign or args.self_signed) and args.out.suffix.lower() != ".pdf":
        raise CoopEvalError("Only a PDF delivery report can be signed: name --out FILE.pdf, or drop --sign and "
                            "--self-signed for a spreadsheet.")
    refuse_overwrite(args.out, args.overwrite, workspace=args.file)
    key = signing_key_from_args(args)  # a wrong password is reported before any work is done
    with Workspace.open(args.file, read_only=True) as ws:
        sign_in_from_args(ws, args)
        if args.self_signed:
            key = own_signing_key(args, ws)
        path = write_delivery_report(ws, args.tender, args.out, sign=key)
    signed = "" if key is None else ", digitally signed (check it with `coopeval verify`)"
    print(f"Wrote {path}: the delivery report of {args.tender}{signed}.", file=out)
    return EXIT_OK
