"""What the portfolio returns: frozen views, never rows. Money is whole pence; shares are exact decimal text with
one decimal place ("12.5") or None where there is nothing to divide by."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PortfolioTender:
    """One awarded tender, once, whichever workspaces hold it."""

    reference: str
    title: str
    authority: str
    workspaces: tuple[str, ...]  # the files holding it (names)
    year: str  # the financial year of its award notice, "2026-27"
    notice_date: str  # ISO
    value_pence: int
    supplier: str  # the winning bidder's name
    legal_form: str  # from the winning bid's records ("" if not recorded)
    model: str  # ownership model from the winning bid's records ("" if not recorded)
    democratic: bool | None  # the winner counts as co-operative or democratic; None: not recorded
    coop_bid: bool  # at least one bid in the tender from a co-operative or democratic business
    bids: int
    status: str  # awarded | in_delivery | closed
    supply_chain_promised_pence: int | None  # CV-CC-01 committed, £; None if the contract has no such commitment
    supply_chain_delivered_pence: int | None  # CV-CC-01 accepted to date


@dataclass(frozen=True)
class MeasureTotal:
    """Promised against delivered for one measure (code and unit) across the tenders that committed to it."""

    code: str
    title: str
    unit: str
    direction: str  # higher | lower
    tenders: int
    promised: str  # exact decimal text, summed where the unit adds up (counts, £), else the latest level
    delivered: str | None
    delivered_share: str | None  # delivered ÷ promised, %, one decimal place


@dataclass(frozen=True)
class ModelShare:
    model: str  # an ownership model, or "not recorded" / "unmatched"
    democratic: bool | None
    pence: int
    share: str | None


@dataclass(frozen=True)
class SpendYear:
    """A financial year of the council's spend."""

    year: str  # "2026-27"
    total_pence: int
    democratic_pence: int
    not_democratic_pence: int  # matched or set by hand as not co-operative or democratic
    awaiting_pence: int  # suppliers with candidates waiting for review
    unmatched_pence: int  # suppliers nothing is known of: never counted as "not co-op"
    share: str | None  # democratic ÷ total, %
    lines: int


@dataclass(frozen=True)
class AreaShare:
    year: str
    area: str  # the expense area as the file names it ("" shown as "not given")
    total_pence: int
    democratic_pence: int
    unmatched_pence: int
    share: str | None


@dataclass(frozen=True)
class AwardYear:
    """A financial year of awards."""

    year: str
    tenders: int
    value_pence: int
    democratic_pence: int  # awarded to co-operative or democratic businesses
    share: str | None
    coop_bid_tenders: int  # tenders in which a co-operative or democratic business bid
    coop_won_tenders: int  # … and in which one won
    by_model: tuple[ModelShare, ...]


@dataclass(frozen=True)
class Trend:
    """A year against the baseline year: the change in share, in percentage points."""

    year: str
    award_share: str | None
    award_change: str | None  # percentage points against the baseline ("+3.2", "-1.0")
    spend_share: str | None
    spend_change: str | None


@dataclass(frozen=True)
class Conflict:
    reference: str
    workspaces: tuple[str, ...]
    message: str  # what differs: "the set-up differs (fingerprints …)", "the award differs: value …"


@dataclass(frozen=True)
class PortfolioView:
    workspaces: tuple[str, ...]  # files read, in the order given
    year: str | None  # the year asked for (None: all years)
    baseline: str | None
    years: tuple[str, ...]  # every year with awards or spend, oldest first
    tenders: tuple[PortfolioTender, ...]
    award_years: tuple[AwardYear, ...]
    measures: tuple[MeasureTotal, ...]
    spend_years: tuple[SpendYear, ...]
    spend_areas: tuple[AreaShare, ...]
    spend_models: tuple[ModelShare, ...]  # for the year asked for, or all years
    trend: tuple[Trend, ...]
    conflicts: tuple[Conflict, ...]
    supply_chain_promised_pence: int
    supply_chain_delivered_pence: int
    spend_lines: int  # distinct lines counted across the workspaces
    duplicate_lines: int  # lines found in more than one workspace, counted once
    notes: tuple[str, ...]  # what the reader must know (a workspace could not be read, lines awaiting review, …)
