"""The portfolio's arithmetic (issue 20), pure: which awarded tenders count once across workspaces and which conflict,
shares as exact one-decimal text, awarded value by year and ownership model, promised against delivered per measure,
and the change against a baseline year in percentage points.

- A tender is known by its reference and the fingerprint of its set-up. The same reference, fingerprint and award
  facts (winning bidder, value, notice date) in several files is one tender, counted once; its delivery figures come
  from the copy with the most delivery entries. The same reference with a different set-up, or the same set-up with
  a different award, is a conflict: reported and left out of every sum, since no one can say which file is right.
- Shares are Decimal, rounded half up to one place, as text ("12.5"); None where there is nothing to divide by.
- An award falls in the financial year of its notice date ("2026-27").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from coopeval.domain.periods import short_year_of

ONE_PLACE = Decimal("0.1")
NOT_RECORDED = "not recorded"


def share(part: int | Decimal, whole: int | Decimal) -> str | None:
    """part ÷ whole as a percentage, one decimal place, half up; None when whole is zero or negative (spend whose
    credits exceed its payments has no share to give)."""
    if whole <= 0:
        return None
    return str((Decimal(part) * 100 / Decimal(whole)).quantize(ONE_PLACE, rounding=ROUND_HALF_UP))


def part_share(part: int, whole: int) -> str | None:
    """`share` of a part of a whole that credits may make negative: None unless 0 ≤ part ≤ whole (a supplier whose
    credits exceed its payments, or spend that nets below what one group was paid, has no share to give)."""
    return share(part, whole) if 0 <= part <= whole else None


def change(now: str | None, base: str | None) -> str | None:
    """The change from `base` to `now` in percentage points, signed: "+3.2", "-1.0", "0.0"."""
    if now is None or base is None:
        return None
    diff = (Decimal(now) - Decimal(base)).quantize(ONE_PLACE, rounding=ROUND_HALF_UP)
    return f"+{diff}" if diff > 0 else str(diff)


def decimal_text(value: Decimal) -> str:
    """Exact decimal text without exponent or trailing zeros ("12.5", "3", "0.25")."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


@dataclass(frozen=True)
class MeasureFacts:
    """One quantitative commitment of a contract: its target and what was accepted as delivered to date."""

    code: str
    title: str
    unit: str
    direction: str
    level: bool  # a percentage, ratio or rate: a level at a point in time, never added up
    target: str | None
    delivered: str | None


@dataclass(frozen=True)
class TenderFacts:
    """An awarded tender as one workspace holds it."""

    workspace: str
    reference: str
    title: str
    authority: str
    fingerprint: str
    notice_date: str  # ISO
    value_pence: int
    bidder: str  # the winning bid's identifier
    supplier: str
    legal_form: str
    model: str
    democratic: bool | None
    coop_bid: bool
    bids: int
    status: str
    entries: int  # delivery entries recorded: the copy with most is the one whose delivery figures are used
    cc_promised_pence: int | None
    cc_delivered_pence: int | None
    measures: tuple[MeasureFacts, ...] = ()

    @property
    def year(self) -> str:
        return short_year_of(dt.date.fromisoformat(self.notice_date))

    @property
    def award(self) -> tuple[str, int, str]:
        return (self.bidder, self.value_pence, self.notice_date)


@dataclass(frozen=True)
class Counted:
    """A tender counted once, with every file holding it."""

    facts: TenderFacts
    workspaces: tuple[str, ...]


@dataclass(frozen=True)
class Clash:
    reference: str
    workspaces: tuple[str, ...]
    message: str


def _money(pence: int) -> str:
    return f"£{pence / 100:,.2f}"


def dedup(facts: Iterable[TenderFacts]) -> tuple[list[Counted], list[Clash]]:
    """Tenders counted once and conflicts, both in order of reference (see the module's note)."""
    by_ref: dict[str, list[TenderFacts]] = defaultdict(list)
    for f in facts:
        by_ref[f.reference].append(f)
    counted: list[Counted] = []
    clashes: list[Clash] = []
    for ref in sorted(by_ref):
        copies = by_ref[ref]
        names = tuple(dict.fromkeys(c.workspace for c in copies))
        prints = list(dict.fromkeys(c.fingerprint for c in copies))
        if len(prints) > 1:
            clashes.append(Clash(ref, names, "the set-up differs between the files (fingerprints "
                                 + ", ".join(p[:12] for p in prints) + "), so it may not be the same tender"))
            continue
        awards = list(dict.fromkeys(c.award for c in copies))
        if len(awards) > 1:
            parts = []
            for label, i in (("winning bidder", 0), ("value", 1), ("notice date", 2)):
                seen = list(dict.fromkeys(a[i] for a in awards))
                if len(seen) > 1:
                    parts.append(f"{label} " + " / ".join(_money(v) if isinstance(v, int) else v for v in seen))
            clashes.append(Clash(ref, names, "the award differs: " + "; ".join(parts)))
            continue
        best = max(copies, key=lambda c: c.entries)  # max keeps the first of equals: the order the files were given
        counted.append(Counted(best, names))
    return counted, clashes


@dataclass(frozen=True)
class ModelSum:
    model: str
    democratic: bool | None
    pence: int
    share: str | None


@dataclass(frozen=True)
class AwardSum:
    year: str
    tenders: int
    value_pence: int
    democratic_pence: int
    share: str | None
    coop_bid_tenders: int
    coop_won_tenders: int
    by_model: tuple[ModelSum, ...]


def by_model(items: Iterable[tuple[str, bool | None, int]], total: int) -> tuple[ModelSum, ...]:
    """(model, democratic, pence) summed per model, largest first; an empty model is "not recorded"."""
    sums: dict[str, int] = defaultdict(int)
    flags: dict[str, bool | None] = {}
    for model, democratic, pence in items:
        key = model or NOT_RECORDED
        sums[key] += pence
        flags[key] = democratic if key not in flags or flags[key] == democratic else None
    return tuple(ModelSum(m, flags[m], p, part_share(p, total)) for m, p in sorted(sums.items(), key=lambda x: (-x[1], x[0])))


def award_years(tenders: Sequence[TenderFacts]) -> list[AwardSum]:
    """Awards per financial year of their notice, oldest first."""
    years: dict[str, list[TenderFacts]] = defaultdict(list)
    for t in tenders:
        years[t.year].append(t)
    out = []
    for year in sorted(years):
        ts = years[year]
        value = sum(t.value_pence for t in ts)
        democratic = sum(t.value_pence for t in ts if t.democratic)
        out.append(AwardSum(year, len(ts), value, democratic, share(democratic, value),
                            sum(1 for t in ts if t.coop_bid), sum(1 for t in ts if t.coop_bid and t.democratic),
                            by_model(((t.model, t.democratic, t.value_pence) for t in ts), value)))
    return out


@dataclass(frozen=True)
class MeasureSum:
    code: str
    title: str
    unit: str
    direction: str
    tenders: int
    promised: str
    delivered: str | None
    delivered_share: str | None


def measure_totals(tenders: Sequence[TenderFacts]) -> list[MeasureSum]:
    """Promised against delivered per measure (code and unit): counts and £ added up across tenders; a level (a
    percentage, a ratio) is the latest contract's (by notice date), since levels do not add up."""
    groups: dict[tuple[str, str], list[tuple[TenderFacts, MeasureFacts]]] = defaultdict(list)
    for t in tenders:
        for m in t.measures:
            if m.target not in (None, ""):
                groups[(m.code, m.unit)].append((t, m))
    out = []
    for (code, unit), pairs in sorted(groups.items()):
        first = pairs[0][1]
        if first.level:
            _, latest = max(pairs, key=lambda x: x[0].notice_date)
            promised = Decimal(str(latest.target))
            delivered = Decimal(latest.delivered) if latest.delivered not in (None, "") else None
        else:
            promised = sum((Decimal(str(m.target)) for _, m in pairs), Decimal(0))
            given = [Decimal(m.delivered) for _, m in pairs if m.delivered not in (None, "")]
            delivered = sum(given, Decimal(0)) if given else None
        out.append(MeasureSum(code, first.title, unit, first.direction, len(pairs), decimal_text(promised),
                              decimal_text(delivered) if delivered is not None else None,
                              share(delivered, promised) if delivered is not None else None))
    return out


def supply_chain_pence(unit: str, target: str | None, awarded_pence: int, *, percent: bool) -> int | None:
    """CV-CC-01 in £ (whole pence): a target in pounds as it is; a percentage × the awarded value (the contract's
    third-party spend is not recorded, so the contract value is the base). Anything else: None."""
    if target in (None, ""):
        return None
    value = Decimal(str(target))
    words = (unit or "").lower()
    if percent:
        return int((value * awarded_pence / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if "£" in words or "pound" in words or "gbp" in words:
        return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return None




def pounds(pence: int) -> str:
    """Whole pounds with commas for prose ("£1,234,567"); pence kept when there are any ("£12.50")."""
    sign = "-" if pence < 0 else ""
    pence = abs(pence)
    return f"{sign}£{pence // 100:,}" if pence % 100 == 0 else f"{sign}£{pence / 100:,.2f}"


def spend_headline(year: str, total: int, democratic: int, unmatched: int, awaiting: int = 0) -> str:
    """The answer first: "In 2026-27, 4.2% of the council's spend (£… of £…) went to co-operative and democratic
    businesses; £… (…%) is not yet matched"."""
    if not total:
        return f"In {year}, no spend of the council is recorded."
    if total < 0:
        return (f"In {year}, the council's spend nets to {pounds(total)}: its credits exceed its payments, so no "
                "share can be given.")
    if not 0 <= democratic <= total:
        return (f"In {year}, credits make the council's spend net to {pounds(total)} while {pounds(democratic)} "
                "went to co-operative and democratic businesses, so no share can be given.")
    out = (f"In {year}, {share(democratic, total)}% of the council's spend ({pounds(democratic)} of {pounds(total)}) "
           "went to co-operative and democratic businesses")
    if unmatched:
        out += f"; {pounds(unmatched)} ({share(unmatched, total)}%) is not yet matched"
    if awaiting:
        out += f"; {pounds(awaiting)} ({share(awaiting, total)}%) awaits review"
    return out + "."


def award_headline(year: str, tenders: int, value: int, democratic: int, coop_bid: int, coop_won: int) -> str:
    if not tenders:
        return f"In {year}, no tender was awarded."
    if value <= 0:
        return (f"In {year}, {tenders} tender{'s were' if tenders != 1 else ' was'} awarded with no value recorded, "
                f"so no share of value can be given; co-operative and democratic businesses bid in {coop_bid} and "
                f"won {coop_won}.")
    return (f"In {year}, {share(democratic, value)}% of the value awarded ({pounds(democratic)} of {pounds(value)}, "
            f"{tenders} tender{'s' if tenders != 1 else ''}) went to co-operative and democratic businesses; "
            f"they bid in {coop_bid} and won {coop_won}.")
