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
from coopeval.reporting.questionnaire.data import QuestionMeasure, QuestionnaireData, ScalePointInfo

METHOD_NAMES = {"relative": "Compared with the best bid", "target": "Against a target",
                "banded": "In bands", "record_only": "Recorded, not scored"}
METHOD_ORDER = ("relative", "target", "banded", "record_only")


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
    return f" (quantities as {unit})" if unit and unit not in ("%", "£") and not _short(unit) else ""


def made_from(data: QuestionnaireData) -> str:
    """The line on every page: which set-up, version and date the document states."""
    version = f"version {data.version}" if data.version else "preview, not published"
    return f"Made from set-up fingerprint {data.setup_fingerprint} · {version} · {data.made_on}"


def scale_span(data: QuestionnaireData) -> tuple[int, int]:
    return (data.scale[0].value, data.scale[-1].value) if data.scale else (0, 0)


def scale_point(data: QuestionnaireData, value: str) -> ScalePointInfo | None:
    return next((s for s in data.scale if str(s.value) == value.strip()), None)


# --- how a measure is scored -----------------------------------------------------------------------------

def kind_text(m: QuestionMeasure) -> str:
    if m.kind == "qualitative":
        return "Written response, scored by the panel on the scale"
    unit = f" ({m.unit})" if m.unit else ""
    if m.method == "record_only":
        return f"A quantity you commit to{unit}, recorded but not scored"
    better = "lower is better" if m.direction == "lower" else "higher is better"
    return f"A quantity you commit to{unit}, scored by formula: {METHOD_NAMES.get(m.method or '', '').lower()}, {better}"


def weight_text(m: QuestionMeasure) -> str:
    return (f"{number(Decimal(m.weight))}% of the social value section; "
            f"{number(Decimal(m.share_of_tender))}% of the whole tender evaluation")


def formula(m: QuestionMeasure, data: QuestionnaireData) -> str:
    """How one measure is scored, as a sentence with its own numbers."""
    w, low_high = number(Decimal(m.weight)), scale_span(data)
    if m.kind == "qualitative":
        return (f"The panel's agreed score on the {data.scale_name} scale is turned into points: "
                f"points = score ÷ {low_high[1]} × {w}. A score of {low_high[1]} earns all {w} points.")
    if m.method == "relative":
        if m.direction == "lower":
            return (f"Lower is better{unit_note(m.unit)}. The lowest quantity offered by any bid earns all {w} points; every other bid "
                    f"earns points = {w} × lowest quantity ÷ your quantity. A commitment of 0 earns all {w} points.")
        return (f"Higher is better{unit_note(m.unit)}. The highest quantity offered by any bid earns all {w} points; every other bid "
                f"earns points = {w} × your quantity ÷ highest quantity. If no bid offers more than 0, no bid scores.")
    if m.method == "target":
        target = quantity(m.target or "0", m.unit)
        if m.direction == "lower":
            return (f"Lower is better, against a target of {target}{unit_note(m.unit)}. At or below the target you earn all {w} points; "
                    f"above it, points = {w} × target ÷ your quantity.")
        return (f"Higher is better, against a target of {target}{unit_note(m.unit)}: points = {w} × your quantity ÷ target, "
                f"at most {w} points (reaching the target earns them all).")
    if m.method == "banded":
        if m.direction == "lower":
            bands = "; ".join(f"at most {quantity(at, m.unit)}: {percent(Fraction(share))} of the points"
                              for at, share in m.bands)
            return (f"Lower is better, in bands{unit_note(m.unit)}. Your quantity earns the share of the {w} points of the first band it "
                    f"stays within: {bands}. Above the last band it earns no points.")
        bands = "; ".join(f"at least {quantity(at, m.unit)}: {percent(Fraction(share))} of the points"
                          for at, share in m.bands)
        return (f"Higher is better, in bands{unit_note(m.unit)}. Your quantity earns the share of the {w} points of the highest band it "
                f"reaches: {bands}. Below the first band it earns no points.")
    return ("Recorded for information and for the contract, but not scored: it earns no points and "
            "does not change the ranking.")


def method_summary(method: str, direction: str) -> str:
    """A method in general terms (the section on how quantities are scored)."""
    better = "lower is better" if direction == "lower" else "higher is better"
    if method == "relative":
        best = "lowest" if direction == "lower" else "highest"
        rule = "lowest ÷ your quantity" if direction == "lower" else "your quantity ÷ highest"
        return (f"Compared with the best bid ({better}): the {best} quantity offered earns all the measure's points; "
                f"the others earn weight × {rule}.")
    if method == "target":
        rule = ("all the points at or below the target, otherwise weight × target ÷ your quantity"
                if direction == "lower" else "weight × your quantity ÷ target, capped at the full weight")
        return f"Against a fixed target ({better}): {rule}."
    if method == "banded":
        return (f"In bands ({better}): the quantity earns the share of the points of the band it "
                f"{'stays within' if direction == 'lower' else 'reaches'}.")
    return "Recorded, not scored: the quantity is asked for and becomes a contract commitment, but earns no points."


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
        return WorkedExample(f"What each score on the scale earns on {m.code} (weight {number(Decimal(m.weight))}):",
                             ("Panel score", "Points"), marks)
    if m.method == "record_only":
        return WorkedExample(f"Whatever quantity is committed on {m.code}, it earns 0 points.", (), ())
    direction = m.direction or "higher"
    examples = _example_quantities(m, direction)
    if m.method == "relative":
        shares = relative_shares(examples, direction)
        intro = (f"Three example bids on {m.code} (weight {number(Decimal(m.weight))}); the best of the three sets "
                 "the benchmark:")
    elif m.method == "target":
        target = Fraction(Decimal(m.target or "1"))
        shares = [target_share(q, target, direction) for q in examples]
        intro = f"Example bids on {m.code} (weight {number(Decimal(m.weight))}, target {quantity(target, m.unit)}):"
    else:
        bands = [Band(Fraction(Decimal(at)), Fraction(Decimal(share))) for at, share in m.bands]
        shares = [banded_share(q, bands, direction) for q in examples]
        intro = f"Example bids on {m.code} (weight {number(Decimal(m.weight))}), one at each band and one outside:"
    rows: tuple[tuple[str, ...], ...] = tuple((f"Bid {chr(65 + i)}", quantity(q, m.unit), percent(s), points(s * weight))
                 for i, (q, s) in enumerate(zip(examples, shares)))
    committed = "Quantity committed" + (f" ({(m.unit or '').strip()})" if unit_note(m.unit) else "")
    return WorkedExample(intro, ("Example", committed, "Share of the points", "Points"), rows)


def _example_quantities(m: QuestionMeasure, direction: str) -> list[Fraction]:
    if m.method == "relative":
        return [Fraction(4), Fraction(5), Fraction(8)] if direction == "lower" else [Fraction(40), Fraction(30),
                                                                                    Fraction(10)]
    if m.method == "target":
        t = Fraction(Decimal(m.target or "1"))
        return [t, t * 5 / 4, t * 2] if direction == "lower" else [t / 2, t * 3 / 4, t]
    ats = [Fraction(Decimal(at)) for at, _ in m.bands]
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
        return f"a panel score of at least {m.minimum}" + (f" ({point.label})" if point else "")
    word = "at most" if m.direction == "lower" else "at least"
    return f"a committed quantity of {word} {quantity(m.minimum, m.unit)}"


def threshold_consequence(disqualify: bool) -> str:
    """What happens to a bid below a minimum: exactly what `domain.scoring.compute_results` does."""
    if disqualify:
        return ("A bid that falls below the minimum on any of these measures is excluded: it is not ranked and "
                "cannot be the highest-scoring bid on social value. An unanswered measure does not meet its minimum. "
                "The quantities an excluded bid commits to still count when other bids are compared with the best "
                "bid.")
    return ("A bid that falls below a minimum is not excluded: it keeps the points its response earns on that "
            "measure and is still ranked, and the shortfall is recorded against the bid in the evaluation report. "
            "An unanswered measure does not meet its minimum.")


def moderation_paragraphs(data: QuestionnaireData) -> list[str]:
    low, high = scale_span(data)
    span = high - low
    discuss = Fraction(Decimal(data.discuss_at)) / 100
    discuss_points = discuss * span
    shown = number(discuss_points)
    return [
        "Every member of the evaluation panel declares any conflict of interest before seeing a bid.",
        "Each scoring member first reads and scores every written response alone, without seeing anyone else's "
        "scores, and writes down the reason for each score.",
        f"The panel then compares the scores for each response. Where they are {number(Decimal(data.discuss_at))}% "
        f"or more of the scale's range apart (a difference of {shown} point{'s' if discuss_points != 1 else ''} or "
        f"more on the {low} to {high} scale), the panel discusses the response before agreeing a score; a spread "
        f"of more than {number(Decimal(data.split_above))}% of the range is a split the panel must resolve.",
        "For every response the panel agrees one consensus score and records its reasons; the individual scores are "
        "kept beside it. Quantities are scored by the formula given for each measure.",
        "When every response has a consensus score, each scoring member signs a statement that the evaluation was "
        "carried out fairly, and the chair signs it off. The signed evaluation report records every score, reason "
        "and decision.",
    ]


def totals_text(data: QuestionnaireData) -> str:
    section = number(Decimal(data.section_weight))
    return (f"A bid's social value score is the sum of its points on every measure, out of 100. It counts for "
            f"{section}% of the whole tender evaluation: tender points = social value score × {section} ÷ 100. "
            "Figures are kept exact while they are added up and rounded half up to 2 places only when shown.")
