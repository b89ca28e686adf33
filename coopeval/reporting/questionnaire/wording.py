"""The questionnaire's words, shared by its PDF and its DOCX so the two say exactly the same: money and numbers as
people write them, each method's formula, worked examples, what a missed threshold means and how the panel
moderates.

Worked examples are computed, never typed: the example quantities go through the same marking arithmetic the
evaluation uses (`domain.measure_methods`), so a bidder checking an example by hand gets what CoopEval will give.
Points are shown rounded half up to 2 places, as the evaluation report shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from coopeval.domain.measure_methods import banded_share, qualitative_share, relative_shares, target_share
from coopeval.domain.numbers import number_text
from coopeval.domain.rounding import round_half_up
from coopeval.domain.scoring import Band
from coopeval.i18n import N_, _
from coopeval.reporting.questionnaire.data import QuestionMeasure, QuestionnaireData, ScalePointInfo

METHOD_NAMES = {"relative": N_("Compared with the best bid"), "target": N_("Against a target"),
                "banded": N_("In bands"), "record_only": N_("Recorded, not scored")}  # translate with _() where shown
METHOD_ORDER = ("relative", "target", "banded", "record_only")


def method_name(method: str | None) -> str:
    """A method's name in the current language ('' for none)."""
    name = METHOD_NAMES.get(method or "")
    return _(name) if name else ""  # i18n: no - marked with N_ above


def number(value: str | Decimal | Fraction | int) -> str:
    """'14000' → '14,000'; '12.50' → '12.5'; a fraction to at most 2 places ('66.67')."""
    if isinstance(value, Fraction):
        return number_text(round_half_up(value, 2))
    return number_text(value)


def points(value: Fraction) -> str:
    return number_text(round_half_up(value, 2), 2)


def percent(share: Fraction) -> str:
    return f"{number(share * 100)}%"


def money(pence: int | None) -> str:
    """Whole pounds without pence ('£2,100,000'), otherwise to the penny."""
    if pence is None:
        return ""
    places = None if pence % 100 == 0 else 2
    return "£" + number_text(Decimal(pence) / 100, places)


def quantity(value: str | Fraction, unit: str | None) -> str:
    """A quantity with its unit where the unit reads well beside a number ('50%', '£1,000', '120 hours'); a long
    unit ('ratio (highest to lowest, as x to 1)') is named once by the sentence instead (`unit_note`)."""
    figure = number(value if isinstance(value, Fraction) else Decimal(value))
    unit = (unit or "").strip()
    if unit == "%":
        return f"{figure}%"
    if unit == "£":
        return f"£{figure}"
    return f"{figure} {unit}" if unit and _short(unit) else figure


def _short(unit: str) -> bool:
    return len(unit) <= 15 and "(" not in unit


def unit_note(unit: str | None) -> str:
    """' (quantities in ratio (highest to lowest, as x to 1))' when `quantity` leaves the unit out, else ''."""
    unit = (unit or "").strip()
    return _(" (quantities as {unit})").format(unit=unit) if unit and unit not in ("%", "£") and not _short(unit) \
        else ""


def made_from(data: QuestionnaireData) -> str:
    """The line on every page: which set-up, version and date the document states."""
    if data.version:
        return _("Made from set-up fingerprint {fingerprint} · version {version} · {date}").format(
            fingerprint=data.setup_fingerprint, version=data.version, date=data.made_on)
    return _("Made from set-up fingerprint {fingerprint} · preview, not published · {date}").format(
        fingerprint=data.setup_fingerprint, date=data.made_on)


def scale_span(data: QuestionnaireData) -> tuple[int, int]:
    return (data.scale[0].value, data.scale[-1].value) if data.scale else (0, 0)


def scale_point(data: QuestionnaireData, value: str) -> ScalePointInfo | None:
    return next((s for s in data.scale if str(s.value) == value.strip()), None)


# --- how a measure is scored -----------------------------------------------------------------------------

def kind_text(m: QuestionMeasure) -> str:
    if m.kind == "qualitative":
        return _("Written response, scored by the panel on the scale")
    unit = f" ({m.unit})" if m.unit else ""
    if m.method == "record_only":
        return _("A quantity you commit to{unit}, recorded but not scored").format(unit=unit)
    method = method_name(m.method).lower()
    if m.direction == "lower":
        return _("A quantity you commit to{unit}, scored by formula: {method}, lower is better").format(
            unit=unit, method=method)
    return _("A quantity you commit to{unit}, scored by formula: {method}, higher is better").format(
        unit=unit, method=method)


def weight_text(m: QuestionMeasure) -> str:
    return _("{percent}% of the social value section; {share}% of the whole tender evaluation").format(
        percent=number(Decimal(m.weight)), share=number(Decimal(m.share_of_tender)))


def formula(m: QuestionMeasure, data: QuestionnaireData) -> str:
    """How one measure is scored, as a sentence with its own numbers."""
    w, low_high = number(Decimal(m.weight)), scale_span(data)
    note = unit_note(m.unit)
    if m.kind == "qualitative":
        return _("The panel's agreed score on the {scale} scale is turned into points: points = score ÷ {top} × "
                 "{w}. A score of {top} earns all {w} points.").format(scale=data.scale_name, top=low_high[1], w=w)
    if m.method == "relative":
        if m.direction == "lower":
            return _("Lower is better{note}. The lowest quantity offered by any bid earns all {w} points; every other "
                     "bid earns points = {w} × lowest quantity ÷ your quantity. A commitment of 0 earns all {w} "
                     "points.").format(note=note, w=w)
        return _("Higher is better{note}. The highest quantity offered by any bid earns all {w} points; every other "
                 "bid earns points = {w} × your quantity ÷ highest quantity. If no bid offers more than 0, no bid "
                 "scores.").format(note=note, w=w)
    if m.method == "target":
        target = quantity(m.target or "0", m.unit)
        if m.direction == "lower":
            return _("Lower is better, against a target of {target}{note}. At or below the target you earn all {w} "
                     "points; above it, points = {w} × target ÷ your quantity.").format(target=target, note=note, w=w)
        return _("Higher is better, against a target of {target}{note}: points = {w} × your quantity ÷ target, at most "
                 "{w} points (reaching the target earns them all).").format(target=target, note=note, w=w)
    if m.method == "banded":
        if m.direction == "lower":
            bands = "; ".join(_("at most {quantity}: {share} of the points").format(
                quantity=quantity(at, m.unit), share=percent(Fraction(share))) for at, share in m.bands)
            return _("Lower is better, in bands{note}. Your quantity earns the share of the {w} points of the first "
                     "band it stays within: {bands}. Above the last band it earns no points.").format(
                note=note, w=w, bands=bands)
        bands = "; ".join(_("at least {quantity}: {share} of the points").format(
            quantity=quantity(at, m.unit), share=percent(Fraction(share))) for at, share in m.bands)
        return _("Higher is better, in bands{note}. Your quantity earns the share of the {w} points of the highest "
                 "band it reaches: {bands}. Below the first band it earns no points.").format(note=note, w=w,
                                                                                            bands=bands)
    return _("Recorded for information and for the contract, but not scored: it earns no points and does not change "
             "the ranking.")


def method_summary(method: str, direction: str) -> str:
    """A method in general terms (the section on how quantities are scored)."""
    lower = direction == "lower"
    if method == "relative":
        if lower:
            return _("Compared with the best bid (lower is better): the lowest quantity offered earns all the "
                     "measure's points; the others earn weight × lowest ÷ your quantity.")
        return _("Compared with the best bid (higher is better): the highest quantity offered earns all the measure's "
                 "points; the others earn weight × your quantity ÷ highest.")
    if method == "target":
        if lower:
            return _("Against a fixed target (lower is better): all the points at or below the target, otherwise "
                     "weight × target ÷ your quantity.")
        return _("Against a fixed target (higher is better): weight × your quantity ÷ target, capped at the full "
                 "weight.")
    if method == "banded":
        if lower:
            return _("In bands (lower is better): the quantity earns the share of the points of the band it stays "
                     "within.")
        return _("In bands (higher is better): the quantity earns the share of the points of the band it reaches.")
    return _("Recorded, not scored: the quantity is asked for and becomes a contract commitment, but earns no points.")


@dataclass(frozen=True)
class WorkedExample:
    intro: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def worked_example(m: QuestionMeasure, data: QuestionnaireData) -> WorkedExample:
    """Example bids and what they would earn on this measure, computed with the evaluation's own arithmetic."""
    weight = Fraction(Decimal(m.weight))
    if m.kind == "qualitative":
        top = scale_span(data)[1]
        marks: tuple[tuple[str, ...], ...] = tuple((f"{s.value} ({s.label})", points(qualitative_share(Fraction(s.value), top) * weight))
                     for s in data.scale)
        return WorkedExample(_("What each score on the scale earns on {code} (weight {weight}):").format(
            code=m.code, weight=number(Decimal(m.weight))), (_("Panel score"), _("Points")), marks)
    if m.method == "record_only":
        return WorkedExample(_("Whatever quantity is committed on {code}, it earns 0 points.").format(code=m.code),
                             (), ())
    direction = m.direction or "higher"
    examples = _example_quantities(m, direction)
    if m.method == "relative":
        shares = relative_shares(examples, direction)
        intro = _("Three example bids on {code} (weight {weight}); the best of the three sets the benchmark:").format(
            code=m.code, weight=number(Decimal(m.weight)))
    elif m.method == "target":
        target = Fraction(Decimal(m.target or "1"))
        shares = [target_share(q, target, direction) for q in examples]
        intro = _("Example bids on {code} (weight {weight}, target {target}):").format(
            code=m.code, weight=number(Decimal(m.weight)), target=quantity(target, m.unit))
    else:
        bands = [Band(Fraction(Decimal(at)), Fraction(Decimal(share))) for at, share in m.bands]
        shares = [banded_share(q, bands, direction) for q in examples]
        intro = _("Example bids on {code} (weight {weight}), one at each band and one outside:").format(
            code=m.code, weight=number(Decimal(m.weight)))
    rows: tuple[tuple[str, ...], ...] = tuple(
        (_("Bid {letter}").format(letter=chr(65 + i)), quantity(q, m.unit), percent(s), points(s * weight))
        for i, (q, s) in enumerate(zip(examples, shares)))
    committed = _("Quantity committed ({unit})").format(unit=(m.unit or "").strip()) if unit_note(m.unit) else \
        _("Quantity committed")
    return WorkedExample(intro, (_("Example"), committed, _("Share of the points"), _("Points")), rows)


def _example_quantities(m: QuestionMeasure, direction: str) -> list[Fraction]:
    if m.method == "relative":
        return [Fraction(4), Fraction(5), Fraction(8)] if direction == "lower" else [Fraction(40), Fraction(30),
                                                                                    Fraction(10)]
    if m.method == "target":
        t = Fraction(Decimal(m.target or "1"))
        return [t, t * 5 / 4, t * 2] if direction == "lower" else [t / 2, t * 3 / 4, t]
    ats = [Fraction(Decimal(at)) for at, _share in m.bands]
    if direction == "lower":
        return ats + [ats[-1] * 3 / 2]
    return [ats[0] / 2] + ats


# --- thresholds, moderation, credits ---------------------------------------------------------------------

def minimum_text(m: QuestionMeasure, data: QuestionnaireData) -> str:
    """'a score of at least 3 (Meets requirements)', 'at most 8 ratio …', 'at least 50%'."""
    if m.minimum is None:
        return ""
    if m.kind == "qualitative":
        point = scale_point(data, m.minimum)
        if point:
            return _("a panel score of at least {minimum} ({label})").format(minimum=m.minimum, label=point.label)
        return _("a panel score of at least {minimum}").format(minimum=m.minimum)
    if m.direction == "lower":
        return _("a committed quantity of at most {quantity}").format(quantity=quantity(m.minimum, m.unit))
    return _("a committed quantity of at least {quantity}").format(quantity=quantity(m.minimum, m.unit))


def threshold_consequence(disqualify: bool) -> str:
    """What happens to a bid below a minimum: exactly what `domain.scoring.compute_results` does."""
    if disqualify:
        return _("A bid that falls below the minimum on any of these measures is excluded: it is not ranked and "
                 "cannot be the highest-scoring bid on social value. An unanswered measure does not meet its minimum. "
                 "The quantities an excluded bid commits to still count when other bids are compared with the best "
                 "bid.")
    return _("A bid that falls below a minimum is not excluded: it keeps the points its response earns on that "
             "measure and is still ranked, and the shortfall is recorded against the bid in the evaluation report. "
             "An unanswered measure does not meet its minimum.")


def moderation_paragraphs(data: QuestionnaireData) -> list[str]:
    low, high = scale_span(data)
    span = high - low
    discuss = Fraction(Decimal(data.discuss_at)) / 100
    discuss_points = discuss * span
    shown = number(discuss_points)
    compare = (_("The panel then compares the scores for each response. Where they are {discuss}% or more of the "
                 "scale's range apart (a difference of {points} points or more on the {low} to {high} scale), the "
                 "panel discusses the response before agreeing a score; a spread of more than {split}% of the range "
                 "is a split the panel must resolve.") if discuss_points != 1 else
               _("The panel then compares the scores for each response. Where they are {discuss}% or more of the "
                 "scale's range apart (a difference of {points} point or more on the {low} to {high} scale), the "
                 "panel discusses the response before agreeing a score; a spread of more than {split}% of the range "
                 "is a split the panel must resolve."))
    return [
        _("Every member of the evaluation panel declares any conflict of interest before seeing a bid."),
        _("Each scoring member first reads and scores every written response alone, without seeing anyone else's "
          "scores, and writes down the reason for each score."),
        compare.format(discuss=number(Decimal(data.discuss_at)), points=shown, low=low, high=high,
                       split=number(Decimal(data.split_above))),
        _("For every response the panel agrees one consensus score and records its reasons; the individual scores are "
          "kept beside it. Quantities are scored by the formula given for each measure."),
        _("When every response has a consensus score, each scoring member signs a statement that the evaluation was "
          "carried out fairly, and the chair signs it off. The signed evaluation report records every score, reason "
          "and decision."),
    ]


def totals_text(data: QuestionnaireData) -> str:
    section = number(Decimal(data.section_weight))
    return _("A bid's social value score is the sum of its points on every measure, out of 100. It counts for "
             "{section}% of the whole tender evaluation: tender points = social value score × {section} ÷ 100. "
             "Figures are kept exact while they are added up and rounded half up to 2 places only when shown.").format(
        section=section)
