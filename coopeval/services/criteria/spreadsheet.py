"""Importing the other award criteria and their scores from a spreadsheet (CSV or XLSX) the council kept them in.

One row per criterion × bid, with the columns Criterion, Kind, Weight, Out of, Bid (its identifier), Score and
Reasons (Method optional). The file is read as untrusted (`safe_spreadsheet` for a CSV, `return_reader` for an XLSX:
size and zip-bomb caps, no formulas evaluated, numbers as the exact text the file holds). Every problem is found
before anything is written, each as `FILE: Sheet!CELL: message`; importing is one transaction; importing the same
file again changes nothing. Criteria the file does not name are left as they are.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl.utils import get_column_letter
from sqlmodel import Session, select

from coopeval.domain import text as text_rules
from coopeval.domain.errors import CoopEvalError, InvalidFileError
from coopeval.domain.numbers import InputError
from coopeval.i18n import _
from coopeval.services.bids.return_reader import as_text, read_return
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.criteria import criteria as crit_service
from coopeval.services.rows import row_id, save, tender_row
from coopeval.services.setup.safe_spreadsheet import BadCell, read_grid
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import BidRow, OtherCriterionRow, OtherScoreRow, TenderRow

COLUMNS = ("criterion", "kind", "weight", "out of", "bid", "score", "reasons")
_ALIASES = {"criterion": "criterion", "award criterion": "criterion", "name": "criterion", "kind": "kind",
            "type": "kind", "weight": "weight", "weight %": "weight", "weight (%)": "weight", "out of": "out of",
            "max": "out of", "max score": "out of", "maximum": "out of", "bid": "bid", "bid identifier": "bid",
            "bidder": "bid", "score": "score", "reasons": "reasons", "reason": "reasons", "method": "method"}
MAX_PROBLEMS = 100


@dataclass(frozen=True)
class CriterionPlan:
    name: str
    kind: str
    weight: str
    max_score: str
    method: str
    action: str  # "create" | "update" | "unchanged"


@dataclass(frozen=True)
class ScorePlan:
    criterion: str
    bid_identifier: str
    score: str
    reasons: str
    action: str  # "create" | "update" | "unchanged"


@dataclass(frozen=True)
class CriteriaPreview:
    file: str
    criteria: tuple[CriterionPlan, ...]
    scores: tuple[ScorePlan, ...]
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changes_anything(self) -> bool:
        return any(p.action != "unchanged" for p in self.criteria) or \
            any(p.action != "unchanged" for p in self.scores)


class CriteriaImportError(CoopEvalError):
    """The file has problems; nothing was written. `problems` lists every one."""

    def __init__(self, problems: Sequence[str]):
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class _Cell:
    text: str
    where: str  # "Sheet!C4" or "C4" (a CSV)
    bad: str = ""  # why the cell cannot be used (a formula, an error value)


def _read(path: Path) -> tuple[str, list[dict[str, _Cell]], list[str]]:
    """The file's name, its rows below the header (canonical column → cell) and problems with the header."""
    path = Path(path)
    name = path.name or str(path)
    grid: list[tuple[int, list[_Cell | None]]] = []
    if path.suffix.lower() == ".csv":
        g = read_grid(path)
        for number, values in g.rows:
            row: list[_Cell | None] = []
            for i, v in enumerate(values):
                ref = f"{get_column_letter(i + 1)}{number}"
                if v is None:
                    row.append(None)
                elif isinstance(v, BadCell):
                    row.append(_Cell("", ref, v.message))
                else:
                    row.append(_Cell(as_text(v).strip(), ref))
            grid.append((number, row))
    else:
        wb, _kind = read_return(path, what=_("a spreadsheet of other award criteria"))
        if not wb.sheets:
            raise InvalidFileError([])
        sheet = next((s for s in wb.sheets if s.strip().casefold() == "other criteria"), next(iter(wb.sheets)))
        cells = wb.sheets[sheet]
        by_row: dict[int, dict[int, _Cell]] = {}
        for (r, c), raw in cells.items():
            ref = f"{sheet}!{get_column_letter(c)}{r}"
            if raw.formula:
                by_row.setdefault(r, {})[c] = _Cell("", ref, _("holds a formula; type the value itself (CoopEval never "
                                                             "works out formulas)"))
            elif raw.error:
                by_row.setdefault(r, {})[c] = _Cell("", ref, _("holds the error {value}").format(value=raw.value))
            else:
                text = raw.number if raw.number is not None else as_text(raw.value)
                by_row.setdefault(r, {})[c] = _Cell(text.strip(), ref)
        for r in sorted(by_row):
            width = max(by_row[r])
            grid.append((r, [by_row[r].get(c) for c in range(1, width + 1)]))
    grid = [(n, cells_) for n, cells_ in grid if any(c is not None and (c.text or c.bad) for c in cells_)]
    if not grid:
        return name, [], [_("{name}: the file is empty: there is no header row").format(name=name)]
    header_number, header = grid[0]
    columns: dict[str, int] = {}
    problems: list[str] = []
    for i, head in enumerate(header):
        if head is None:
            continue
        canon = _ALIASES.get(" ".join(head.text.split()).casefold().rstrip("*:").strip())
        if canon is None:
            continue
        if canon in columns:
            problems.append(_("{name}: {where}: a second column gives the {canon}; keep one").format(name=name, where=head.where, canon=canon))
        else:
            columns[canon] = i
    missing = [c for c in COLUMNS if c not in columns]
    if missing:
        message = (_("{name}: row {row}: missing columns {items}; the header row needs Criterion, Kind, Weight, "
                     "Out of, Bid, Score and Reasons") if len(missing) > 1 else
                   _("{name}: row {row}: missing column {items}; the header row needs Criterion, Kind, Weight, "
                     "Out of, Bid, Score and Reasons"))
        problems.append(message.format(name=name, row=header_number, items=", ".join(
            m.title() if m != "out of" else "Out of" for m in missing)))
    rows = []
    prefix = header_prefix(header)
    for number, cells_in_row in grid[1:]:
        row_cells = {}
        for canon, i in columns.items():
            found = cells_in_row[i] if i < len(cells_in_row) else None
            row_cells[canon] = found if found is not None else _Cell("", f"{prefix}{get_column_letter(i + 1)}{number}")
        rows.append(row_cells)
    return name, rows, problems


def _score_under(out_of: str | None, text: str) -> str:
    return crit_service.checked_score(text, out_of) if out_of else text


def header_prefix(header: list[_Cell | None]) -> str:
    first = next((h for h in header if h is not None), None)
    return first.where.rsplit("!", 1)[0] + "!" if first is not None and "!" in first.where else ""


def _plan(session: Session, tender: TenderRow, path: Path) -> CriteriaPreview:
    name, rows, problems = _read(path)
    tid = row_id(tender)
    bids = {text_rules.identity_key(b.identifier): b for b in session.exec(select(BidRow).where(BidRow.tender_id == tid))}
    existing = {text_rules.identity_key(c.name): c for c in crit_service._live(session, tid)}  # noqa: SLF001
    crit_plans: dict[str, CriterionPlan] = {}
    crit_first: dict[str, str] = {}  # criterion key → where it was first given
    score_plans: list[ScorePlan] = []
    seen: dict[tuple[str, int], str] = {}

    def bad(cell: _Cell, message: str) -> None:
        problems.append(f"{name}: {cell.where}: {message}")

    def value(cell: _Cell, check: Callable[[str], str], label: str) -> str | None:
        if cell.bad:
            bad(cell, cell.bad)
            return None
        try:
            return check(cell.text)
        except InputError as exc:
            bad(cell, "; ".join(m.removeprefix(f"{label}: ") for m in exc.messages))
            return None

    if not problems and not rows:
        problems.append(_("{name}: there are no rows below the header").format(name=name))
    for row in rows if not any("missing column" in p for p in problems) else []:
        cname = value(row["criterion"], lambda t: text_rules.clean(t, "other_criterion.name", "Criterion",
                                                                   required=True), "Criterion")
        kind = value(row["kind"], crit_service.checked_kind, "Kind")
        weight = value(row["weight"], lambda t: crit_service.checked_weight(t.removesuffix("%")), "Weight")
        out_of = value(row["out of"], crit_service.checked_max, "Out of")
        method = value(row["method"], lambda t: text_rules.clean(t, "other_criterion.method", "Method"), "Method") \
            if "method" in row else ""
        bid = None
        bid_cell = row["bid"]
        if bid_cell.bad:
            bad(bid_cell, bid_cell.bad)
        elif not bid_cell.text:
            bad(bid_cell, _("the bid's identifier is missing"))
        else:
            bid = bids.get(text_rules.identity_key(bid_cell.text))
            if bid is None:
                bad(bid_cell, _("{reference} has no bid {text!r}").format(reference=tender.reference, text=bid_cell.text))
            elif bid.withdrawn:
                bad(bid_cell, _("bid {identifier} is withdrawn; it is not scored").format(identifier=bid.identifier))
                bid = None
        score = value(row["score"], functools.partial(_score_under, out_of), "Score")
        if out_of is None:
            score = None
        reasons = value(row["reasons"], lambda t: text_rules.clean(t, "other_score.reasons", "Reasons",
                                                                   required=True), "Reasons")
        if cname is None:
            continue
        key = text_rules.identity_key(cname)
        if kind and weight and out_of and method is not None:
            plan = CriterionPlan(cname, kind, weight, out_of, method, "create")
            held = existing.get(key)
            if held is not None:
                same = (held.kind, Decimal(held.weight), Decimal(held.max_score), held.method) == \
                    (kind, Decimal(weight), Decimal(out_of), method if method else held.method)
                plan = CriterionPlan(held.name, kind, weight, out_of, method or held.method,
                                     "unchanged" if same else "update")
            first = crit_plans.get(key)
            if first is None:
                crit_plans[key] = plan
                crit_first[key] = row["criterion"].where
            elif (first.kind, Decimal(first.weight), Decimal(first.max_score)) != \
                    (plan.kind, Decimal(plan.weight), Decimal(plan.max_score)):
                bad(row["criterion"], _("\"{cname}\" is given a different kind, weight or out of than at "
                                      "{crit_first}; give a criterion the same on every row").format(cname=cname, crit_first=crit_first[key]))
        if bid is None or score is None or reasons is None:
            continue
        pair = (key, row_id(bid))
        if pair in seen:
            bad(row["bid"], _("\"{cname}\" is scored for {identifier} again (first at {seen}); give each bid "
                            "one row per criterion").format(cname=cname, identifier=bid.identifier, seen=seen[pair]))
            continue
        seen[pair] = row["bid"].where
        action = "create"
        held_crit = existing.get(key)
        if held_crit is not None:
            stored = session.exec(select(OtherScoreRow).where(OtherScoreRow.criterion_id == held_crit.id,
                                                              OtherScoreRow.bid_id == bid.id)).first()
            if stored is not None:
                action = "unchanged" if Decimal(stored.score) == Decimal(score) and stored.reasons == reasons \
                    else "update"
        score_plans.append(ScorePlan(crit_plans[key].name if key in crit_plans else cname, bid.identifier, score,
                                     reasons, action))
    if len(problems) > MAX_PROBLEMS:
        problems = problems[:MAX_PROBLEMS] + [_("{name}: … and {value} more problems").format(name=name, value=len(problems) - MAX_PROBLEMS)]
    return CriteriaPreview(name, tuple(crit_plans.values()), tuple(score_plans), tuple(problems))


def preview_other_criteria(ws: Workspace, tender: int | str, path: str | Path) -> CriteriaPreview:
    """What importing the file would do, and every problem with it; nothing is written."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        return _file_plan(session, row, Path(path))


def _file_plan(session: Session, tender: TenderRow, path: Path) -> CriteriaPreview:
    try:
        return _plan(session, tender, path)
    except InvalidFileError as exc:
        return CriteriaPreview(path.name, (), (), tuple(str(p) for p in exc.problems) or
                               (_("{name}: cannot be read").format(name=path.name),))


def import_other_criteria(ws: Workspace, tender: int | str, path: str | Path) -> tuple[CriteriaPreview, Changes]:
    """Import the file all or nothing (CriteriaImportError listing every problem, nothing written)."""
    path = Path(path)
    with ws.writing() as session:
        row = crit_service.editable_tender(ws, session, tender)
        preview = _file_plan(session, row, path)
        if preview.problems:
            raise CriteriaImportError(preview.problems)
        if not preview.changes_anything:
            return preview, Changes.none()
        tid = row_id(row)
        note = f"imported from {preview.file}"
        live = {text_rules.identity_key(c.name): c for c in crit_service._live(session, tid)}  # noqa: SLF001
        position = max((c.position for c in session.exec(select(OtherCriterionRow).where(
            OtherCriterionRow.tender_id == tid))), default=0)
        for plan in preview.criteria:
            key = text_rules.identity_key(plan.name)
            held = live.get(key)
            if held is None:
                position += 1
                held = OtherCriterionRow(tender_id=tid, position=position, name=plan.name, kind=plan.kind,
                                         weight=plan.weight, max_score=plan.max_score, method=plan.method,
                                         made_at=audit.now_utc())
                save(ws, session, held, "create", None, row.reference, note=note)
                live[key] = held
            elif plan.action == "update":
                over = [s for s in session.exec(select(OtherScoreRow).where(OtherScoreRow.criterion_id == held.id))
                        if Decimal(s.score) > Decimal(plan.max_score)]
                file_scored = {s.bid_identifier for s in preview.scores if s.criterion == plan.name}
                ids = {b.id: b.identifier for b in session.exec(select(BidRow).where(BidRow.tender_id == tid))}
                if any(ids.get(s.bid_id) not in file_scored for s in over):
                    raise CriteriaImportError([_("{file}: \"{name}\" would be out of {max_score} but "
                                               "scores the file does not replace are above it; nothing was imported").format(file=preview.file, name=plan.name, max_score=plan.max_score)])
                before = held.snapshot()
                held.kind, held.weight, held.max_score, held.method = plan.kind, plan.weight, plan.max_score, \
                    plan.method
                save(ws, session, held, "update", before, row.reference, note=note)
        bids = {b.identifier: b for b in session.exec(select(BidRow).where(BidRow.tender_id == tid))}
        for s in preview.scores:
            if s.action == "unchanged":
                continue
            crit_service.write_score(ws, session, row, live[text_rules.identity_key(s.criterion)],
                                     bids[s.bid_identifier], score=s.score, reasons=s.reasons, source=preview.file,
                                     note=note)
        return preview, Changes.of(ChangeKind.OTHER_CRITERIA, tender_id=tid)
