"""What an assessment summary must contain (Procurement Act 2023 s.50; Procurement Regulations 2024 regulation 31),
checked on what the summary would say. Pure: the service builds a `Summary` from the record and asks for its
problems (which stop the summaries being written unless the officer forces them) and its warnings.

For each bidder the summary must give the award criteria with their relative importance and how they are scored
(the scores available); the bidder's score on each criterion with an explanation by reference to its tender; the
sub-totals and total; the same for the most advantageous tender; and, for a bidder that lost, why the winning bid
scored better on each criterion where it did (both tenders' explanations). It must not name any other losing
bidder. While the council's other award criteria are not recorded (or the whole result is not complete), the
summary is the social value part of the council's assessment summary: a warning, not a problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from coopeval.domain.rationale_quality import refers_to_bid
from coopeval.i18n import _

# Problem codes
NO_CRITERIA = "no_criteria"
NO_WEIGHT = "no_weight"
NO_SCALE = "no_scale"
NO_SCORE = "no_score"
NO_REASONS = "no_reasons"
NOT_BY_REFERENCE = "not_by_reference"
NO_TOTALS = "no_totals"
NO_WINNER = "no_winner"
WHY_BETTER = "why_better"
OTHER_BIDDER_NAMED = "other_bidder_named"
# Warning code
OTHER_CRITERIA = "other_criteria"


@dataclass(frozen=True)
class Criterion:
    """One award criterion as the summary states it."""

    code: str  # the social value measure's code; "" for one of the council's other award criteria
    title: str
    weight: Decimal | None  # relative importance; None when not stated
    scale: str  # how it is scored and the scores available, in words; "" when not stated
    other: bool = False  # one of the council's other award criteria (price, quality…)


@dataclass(frozen=True)
class Score:
    """One tender's score on one criterion, as the summary states it."""

    code: str
    title: str
    value: str  # the score (or accepted quantity) as text; "" when none
    points: Decimal | None  # points earned; None when not stated
    reasons: str  # the explanation given
    response: str = ""  # the tender's own response on the criterion, when held (the reasons must refer to it)
    other: bool = False
    common: tuple[str, ...] = ()  # texts whose words say nothing of this tender (the criterion's title, the scale)

    @property
    def key(self) -> str:
        return self.code or self.title


@dataclass(frozen=True)
class Assessed:
    """A tender as its summary states it: the bidder's own, or the most advantageous."""

    identifier: str
    name: str
    scores: tuple[Score, ...]
    total: Decimal | None
    subtotals: tuple[Decimal | None, ...] = ()


@dataclass(frozen=True)
class Explained:
    """Why the winning bid scored better on one criterion: both tenders' explanations."""

    key: str  # the criterion's code, or an other criterion's name
    own_reasons: str
    winner_reasons: str
    other: bool = False


@dataclass(frozen=True)
class Summary:
    criteria: tuple[Criterion, ...]
    bidder: Assessed
    winner: Assessed | None  # None when the bidder's tender is the most advantageous
    successful: bool
    explained: tuple[Explained, ...]  # the "why the winner scored better" entries
    other_bidders: tuple[tuple[str, ...], ...] = ()  # each other losing bidder's names (legal, trading, identifier)
    whole: bool = False  # the whole result (every award criterion) is stated
    whole_missing: tuple[str, ...] = ()  # why it is not, in words


class Where(NamedTuple):
    """What fixes a gap: the bid (identifier, "" for the tender as a whole) and the criterion (a measure code,
    or an other criterion's name with `other` set)."""

    bidder: str
    code: str
    other: bool = False


class Problem(NamedTuple):
    code: str
    message: str
    where: Where


def summary_problems(summary: Summary) -> list[Problem]:
    """Every element regulation 31 requires that this summary lacks, in the order a reader meets them."""
    out: list[Problem] = []
    out += _criteria(summary)
    tenders = [summary.bidder] + ([summary.winner] if summary.winner is not None else [])
    for tender in tenders:
        whose = _("Your tender") if tender is summary.bidder else _("The tender shown as the best ({identifier})").format(identifier=tender.identifier)
        out += _scores(tender, whose)
        out += _totals(tender, whose)
    if not summary.successful:
        out += _why_better(summary)
    out += _names(summary)
    return out


def summary_warnings(summary: Summary) -> list[Problem]:
    """What the summary may go without but the officer should know: it covers only the social value part."""
    if summary.whole:
        return []
    missing = "; ".join(summary.whole_missing) or _("the other award criteria, such as price and quality, are not recorded")
    return [Problem(OTHER_CRITERIA, _("This summary is only the social value part of the council's assessment summary: "
                    "{sentence} Record the other award criteria and their scores to state the whole result.").format(sentence=_sentence(missing)),
                    Where("", "", True))]


def _criteria(summary: Summary) -> list[Problem]:
    if not summary.criteria:
        return [Problem(NO_CRITERIA, _("The award criteria are not stated."), Where("", ""))]
    out = []
    for c in summary.criteria:
        name = _name(c.code, c.title)
        where = Where("", c.code or c.title, c.other)
        if c.weight is None:
            out.append(Problem(NO_WEIGHT, _("{name}: its relative importance (weight) is not stated.").format(name=name), where))
        if not c.scale.strip():
            out.append(Problem(NO_SCALE, _("{name}: how it is scored and the scores available are not stated.").format(name=name), where))
    return out


def _scores(tender: Assessed, whose: str) -> list[Problem]:
    out = []
    for s in tender.scores:
        name = _name(s.code, s.title)
        where = Where(tender.identifier, s.code or s.title, s.other)
        if not s.value.strip() or s.points is None:
            out.append(Problem(NO_SCORE, _("{whose}, {name}: no score is recorded.").format(whose=whose, name=name), where))
        if not s.reasons.strip():
            out.append(Problem(NO_REASONS, _("{whose}, {name}: the score has no reasons.").format(whose=whose, name=name), where))
        elif not s.other and not refers_to_bid(s.reasons, s.response, other_words=s.common):
            out.append(Problem(NOT_BY_REFERENCE, _("{whose}, {name}: the reasons do not refer to the tender (no page "
                               "or section reference, and no words from its response).").format(whose=whose, name=name), where))
    return out


def _totals(tender: Assessed, whose: str) -> list[Problem]:
    if tender.total is None or any(x is None for x in tender.subtotals):
        return [Problem(NO_TOTALS, _("{whose}: the sub-totals and total are not stated.").format(whose=whose), Where(tender.identifier, ""))]
    return []


def _why_better(summary: Summary) -> list[Problem]:
    winner, bidder = summary.winner, summary.bidder
    if winner is None:
        return [Problem(NO_WINNER, _("The most advantageous tender's scores are not stated, so this losing bidder is not "
                        "told why it lost."), Where(bidder.identifier, ""))]
    theirs = {s.key: s for s in winner.scores}
    explained = {e.key: e for e in summary.explained}
    out = []
    for own in bidder.scores:
        best = theirs.get(own.key)
        if best is None or best.points is None or own.points is None or best.points <= own.points:
            continue
        e = explained.get(own.key)
        name = _name(own.code, own.title)
        if e is None or not e.own_reasons.strip() or not e.winner_reasons.strip():
            missing_own = e is None or not e.own_reasons.strip()
            fixes = bidder.identifier if missing_own else winner.identifier
            out.append(Problem(WHY_BETTER, _("{name}: the winning bid scored better, but the summary does not say why "
                               "(both tenders' reasons are needed).").format(name=name), Where(fixes, own.code or own.title, own.other)))
    return out


class OtherNames:
    """Finds other bidders' names in a text, as a reader would take them for names.

    A name is matched as a whole word or phrase, case ignored, with two exceptions that keep ordinary words
    ordinary: a name made only of words ("Care", "The Kitchen") written without the capitals that make it a name
    ("the care plan"; "The kitchen garden", where only a sentence's first word has one) is not that bidder; and the names of the tenders the summary is about (`shown`: the
    bidder's own, the winner's) are read first, so "Home Care Ltd" is never taken for another bidder called
    "Care"."""

    def __init__(self, others: Iterable[str], shown: Iterable[str] = ()) -> None:
        self.others = {n.strip().casefold(): n.strip() for n in others if n.strip()}
        self._keys = tuple(self.others)
        self.shown = {n.strip().casefold() for n in shown if n.strip()} - set(self.others)
        names = sorted(set(self.others) | self.shown, key=len, reverse=True)
        self._pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), re.IGNORECASE) \
            if self.others else None

    def _other(self, found: re.Match[str]) -> bool:
        name = self.others.get(found.group(0).casefold())
        if name is None:
            return False  # a shown tender's own name
        said = found.group(0)
        if not all(w.isalpha() for w in name.replace("'", "").split()) or said.isupper():
            return True  # a code or a name with digits or signs, or written in capitals: a name
        capitals = [w[0].isupper() for w in name.split()]
        written = [w[0].isupper() for w in said.split()]
        later = [i for i in range(1, len(capitals)) if capitals[i]]
        if later:  # "The Kitchen": "the Kitchen" is the bidder; "The kitchen", at a sentence's start, is not
            return any(written[i] for i in later)
        return written[0] or not capitals[0]

    def _may_name(self, text: str) -> bool:
        """False when `text` cannot name another bidder: no other bidder's name is in it, case ignored. A quick look
        before the pattern's (which tries every name at every word): a name is found only where its casefolded form
        is, and casefolding goes character by character, so the casefolded text then holds it too."""
        folded = text.casefold()
        return any(k in folded for k in self._keys)

    def search(self, text: str) -> str | None:
        """The first other bidder's name in `text`, as written there, or None."""
        if self._pattern is None or not self._may_name(text):
            return None
        return next((m.group(0) for m in self._pattern.finditer(text) if self._other(m)), None)

    def subn(self, replacement: str, text: str) -> tuple[str, int]:
        """`text` with every other bidder's name replaced, and how many were."""
        if self._pattern is None or not self._may_name(text):
            return text, 0
        count = 0

        def swap(m: re.Match[str]) -> str:
            nonlocal count
            if not self._other(m):
                return m.group(0)
            count += 1
            return replacement

        return self._pattern.sub(swap, text), count


def _names(summary: Summary) -> list[Problem]:
    tenders = [summary.bidder] + ([summary.winner] if summary.winner is not None else [])
    names = OtherNames((n for group in summary.other_bidders for n in group if len(n.strip()) >= 3),
                       shown=[n for t in tenders for n in (t.identifier, t.name)])
    out = []
    for tender, text, where in _texts(summary):
        found = names.search(text)
        if found:
            out.append(Problem(OTHER_BIDDER_NAMED, _("Another losing bidder ({found}) is named in the "
                               "explanation for {tender}.").format(found=found, tender=tender), where))
    return out


def _texts(summary: Summary) -> Iterable[tuple[str, str, Where]]:
    tenders = [summary.bidder] + ([summary.winner] if summary.winner is not None else [])
    for tender in tenders:
        yield tender.identifier, tender.name, Where(tender.identifier, "")
        for s in tender.scores:
            yield f"{tender.identifier} on {_name(s.code, s.title)}", s.reasons, Where(tender.identifier, s.key, s.other)
    for e in summary.explained:
        yield f"{summary.bidder.identifier} on {e.key}", e.own_reasons, Where(summary.bidder.identifier, e.key, e.other)
        if summary.winner is not None:
            yield f"{summary.winner.identifier} on {e.key}", e.winner_reasons, Where(summary.winner.identifier, e.key, e.other)


def _name(code: str, title: str) -> str:
    return f"{code} {title}".strip()


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith(".") else text + "."
