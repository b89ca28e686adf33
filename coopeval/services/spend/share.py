"""The share of the council's spend reaching co-operative and democratic businesses (issue 20), summed in SQL.

Each supplier (by its normalised name) is classed by its supplier-match decisions: an applied decision (a register
match or one set by hand) makes it democratic or not, with its ownership model; only candidates waiting for review
make it "awaiting"; nothing at all makes it "unmatched". Awaiting and unmatched spend is shown, never counted as "not
co-op". Lines are summed by GROUP BY (year, expense area, class, model): never one Python object per line.

Across workspaces a line is counted once by its key: `buckets(..., exclude_keys=…)` leaves out the lines an earlier
workspace already counted (the keys are put in a temporary table of the reading connection).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlmodel import Session

from coopeval.domain.portfolio import by_model, part_share
from coopeval.i18n import N_
from coopeval.services.workspace import Workspace

DEMOCRATIC, NOT_DEMOCRATIC, AWAITING, UNMATCHED = "democratic", "not_democratic", "awaiting", "unmatched"
CLASSES = (DEMOCRATIC, NOT_DEMOCRATIC, AWAITING, UNMATCHED)
CLASS_WORDS = {DEMOCRATIC: N_("co-operative or democratic"), NOT_DEMOCRATIC: N_("not co-operative or democratic"),
               AWAITING: N_("awaiting review"), UNMATCHED: N_("not yet matched")}  # English; _() where shown

# Lines are summed per (year, area, supplier) first and only those sums meet the decisions: joining 100,000 lines to
# the decisions line by line made SQLite scan the decisions once per line (3 s on a council's year; 0.4 s so).
_CLASSED = """
WITH latest AS (SELECT supplier_key, MAX(id) AS id FROM supplier_match WHERE status = 'applied' GROUP BY supplier_key),
     decided AS (SELECT m.supplier_key, m.democratic, m.model FROM supplier_match m JOIN latest ON latest.id = m.id),
     waiting AS (SELECT DISTINCT supplier_key FROM supplier_match WHERE status = 'candidate'),
     per AS (SELECT year, expense_area, supplier_key, SUM(amount_pence) AS pence, COUNT(*) AS lines
             FROM spend_line{where} GROUP BY 1, 2, 3)
SELECT l.year, l.expense_area,
       CASE WHEN d.supplier_key IS NOT NULL THEN (CASE WHEN d.democratic THEN 'democratic' ELSE 'not_democratic' END)
            WHEN w.supplier_key IS NOT NULL THEN 'awaiting' ELSE 'unmatched' END AS class,
       COALESCE(d.model, '') AS model, SUM(l.pence) AS pence, SUM(l.lines) AS lines
FROM per l
LEFT JOIN decided d ON d.supplier_key = l.supplier_key
LEFT JOIN waiting w ON w.supplier_key = l.supplier_key
GROUP BY 1, 2, 3, 4
"""
_CLASSED_NEW = _CLASSED.format(where=" WHERE key NOT IN (SELECT key FROM temp.portfolio_seen_keys)")
_CLASSED = _CLASSED.format(where="")

_INSERT_SEEN = text("INSERT OR IGNORE INTO temp.portfolio_seen_keys (key) VALUES (:k)")


@dataclass(frozen=True)
class Bucket:
    """Spend lines of one year, expense area, class and ownership model, summed."""

    year: str
    area: str
    cls: str  # one of CLASSES
    model: str
    pence: int
    lines: int


@dataclass(frozen=True)
class YearShare:
    year: str
    total_pence: int
    democratic_pence: int
    not_democratic_pence: int
    awaiting_pence: int
    unmatched_pence: int
    share: str | None
    lines: int


@dataclass(frozen=True)
class AreaSum:
    year: str
    area: str
    total_pence: int
    democratic_pence: int
    unmatched_pence: int
    share: str | None


@dataclass(frozen=True)
class SpendShare:
    years: tuple[YearShare, ...]
    areas: tuple[AreaSum, ...]
    models: tuple[tuple[str, bool | None, int, str | None], ...]  # (model, democratic, pence, share)
    lines: int


def has_spend(session: Session) -> bool:
    """Whether the workspace's schema holds spend (a workspace of an older version opened read-only may not)."""
    names = set(inspect(session.connection()).get_table_names())
    return {"spend_line", "supplier_match"} <= names


def buckets(session: Session, *, exclude_keys: Iterable[str] | None = None) -> list[Bucket]:
    """The workspace's spend summed per (year, area, class, model), leaving out lines whose key is in exclude_keys."""
    if not has_spend(session):
        return []
    query = _CLASSED
    if exclude_keys is not None:
        _seen_table(session, exclude_keys)
        query = _CLASSED_NEW
    rows = session.connection().execute(text(query))
    return [Bucket(r[0], r[1] or "", r[2], r[3] or "", int(r[4] or 0), int(r[5])) for r in rows]


def line_keys(session: Session) -> list[str]:
    """Every line's key, one column in one pass (for counting lines across workspaces once)."""
    if not has_spend(session):
        return []
    return list(session.connection().execute(text("SELECT key FROM spend_line")).scalars())


def counted_elsewhere(session: Session, keys: Iterable[str]) -> int:
    """How many of this workspace's lines have a key among `keys`."""
    if not has_spend(session):
        return 0
    _seen_table(session, keys)
    return int(session.connection().execute(
        text("SELECT COUNT(*) FROM spend_line WHERE key IN (SELECT key FROM temp.portfolio_seen_keys)")).scalar_one())


def decisions(session: Session) -> dict[str, bool]:
    """Each decided supplier's key → democratic (its latest applied decision)."""
    if not has_spend(session):
        return {}
    rows = session.connection().execute(text(
        "SELECT m.supplier_key, m.democratic FROM supplier_match m JOIN (SELECT supplier_key, MAX(id) AS id FROM "
        "supplier_match WHERE status = 'applied' GROUP BY supplier_key) latest ON latest.id = m.id"))
    return {r[0]: bool(r[1]) for r in rows}


def _seen_table(session: Session, keys: Iterable[str]) -> None:
    conn = session.connection()
    conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS portfolio_seen_keys (key TEXT PRIMARY KEY)"))
    conn.execute(text("DELETE FROM temp.portfolio_seen_keys"))
    batch: list[dict[str, str]] = []
    for key in keys:
        batch.append({"k": key})
        if len(batch) >= 5000:
            conn.execute(_INSERT_SEEN, batch)
            batch = []
    if batch:
        conn.execute(_INSERT_SEEN, batch)


def summarise(items: Iterable[Bucket], *, year: str | None = None) -> SpendShare:
    """Per year (every year), per expense area and per ownership model (the year asked for, or all years)."""
    per_year: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_area: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    models: list[tuple[str, bool | None, int]] = []
    chosen_total = 0
    lines = 0
    for b in items:
        per_year[b.year][b.cls] += b.pence
        per_year[b.year]["lines"] += b.lines
        lines += b.lines
        if year is None or b.year == year:
            per_area[(b.year, b.area)][b.cls] += b.pence
            chosen_total += b.pence
            model = b.model if b.cls in (DEMOCRATIC, NOT_DEMOCRATIC) else ""
            label = model or {DEMOCRATIC: "not recorded", NOT_DEMOCRATIC: "not recorded",
                              AWAITING: "awaiting review", UNMATCHED: "unmatched"}[b.cls]
            flag = True if b.cls == DEMOCRATIC else False if b.cls == NOT_DEMOCRATIC else None
            models.append((label, flag, b.pence))
    years = []
    for y in sorted(per_year):
        v = per_year[y]
        total = sum(v[c] for c in CLASSES)
        years.append(YearShare(y, total, v[DEMOCRATIC], v[NOT_DEMOCRATIC], v[AWAITING], v[UNMATCHED],
                               part_share(v[DEMOCRATIC], total), v["lines"]))
    areas = []
    for (y, area), v in sorted(per_area.items(), key=lambda x: (x[0][0], -sum(x[1].values()), x[0][1])):
        total = sum(v[c] for c in CLASSES)
        areas.append(AreaSum(y, area, total, v[DEMOCRATIC], v[UNMATCHED], part_share(v[DEMOCRATIC], total)))
    summed = tuple((m.model, m.democratic, m.pence, m.share) for m in by_model(models, chosen_total))
    return SpendShare(tuple(years), tuple(areas), summed, lines)


def spend_share(ws: Workspace, *, year: str | None = None) -> SpendShare:
    """The workspace's spend share per year, per expense area and per ownership model (for `year`, or all years)."""
    with ws.reading() as session:
        return summarise(buckets(session), year=year)
