"""`coopeval portfolio WORKSPACE [WORKSPACE …] [--year 2026-27] [--baseline 2024-25] [--json] [--out FILE.pdf|.xlsx]`
(issue 20): the share of awards and of the council's spend reaching co-operative and democratic businesses, across
the tenders of the workspaces given. Every workspace is read only; one that cannot be read is a note, not a failure
(unless none can be read). Plain text by default, the answer first; --json for scripts (docs/portfolio-json.md);
--out writes the PDF or spreadsheet. Reading needs no sign-in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from coopeval.cli.common import EXIT_FAILED, EXIT_OK, print_json
from coopeval.services.portfolio import documents
from coopeval.services.portfolio.build import build_portfolio
from coopeval.services.reports.destinations import refuse_overwrite


def add_commands(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "portfolio", help="the share of awards and spend reaching co-operative and democratic businesses, across "
        "the tenders of one or more workspaces")
    p.add_argument("files", type=Path, nargs="+", metavar="WORKSPACE", help="workspaces to read (read only)")
    p.add_argument("--year", metavar="2026-27", help="the financial year to answer for (default: the latest)")
    p.add_argument("--baseline", metavar="2024-25", help="a year to compare with, in percentage points")
    p.add_argument("--json", action="store_true", help="print the figures as JSON (see docs/portfolio-json.md)")
    p.add_argument("--out", type=Path, metavar="FILE.pdf|FILE.xlsx", help="also write the portfolio as PDF or XLSX")
    p.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    p.set_defaults(handler=_portfolio)


def _portfolio(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.out:  # before the work: an existing file (never a workspace) is replaced only when asked
        refuse_overwrite(args.out, args.overwrite)
    view = build_portfolio(None, list(args.files), year=args.year, baseline=args.baseline)
    if _none_read(view, args.files):
        for note in view.notes:
            print(f"coopeval: {note}", file=err)
        return EXIT_FAILED
    written = documents.write_portfolio(view, args.out) if args.out else None
    if args.json:
        print_json(documents.portfolio_json(view), out)
    else:
        for line in documents.portfolio_text(view):
            print(line, file=out)
    if written is not None:
        print(f"Wrote {written}", file=err if args.json else out)
    return EXIT_OK


def _none_read(view, files: list[Path]) -> bool:  # noqa: ANN001 - PortfolioView
    """Every file given became a "was not read" note."""
    unread = sum(1 for n in view.notes if " was not read: " in n)
    return unread >= len({Path(f).expanduser().resolve() for f in files})
