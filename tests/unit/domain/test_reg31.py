"""Regulation 31's check of an assessment summary: a complete summary passes; a deliberately incomplete one has each
missing element found, said in words, with where it is fixed; missing other award criteria is a warning only."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from coopeval.domain import reg31
from coopeval.domain.reg31 import Assessed, Criterion, Explained, Score, Summary, Where

RESPONSE = "We will hire twelve apprentices from Vale estates through the Northgate college partnership."
OTHER_RESPONSE = "Our kitchen garden gives surplus produce to three food banks every week."


def score(code: str, points: str, reasons: str, response: str = RESPONSE) -> Score:
    return Score(code, f"Measure {code}", "4 Good", Decimal(points), reasons, response)


def complete() -> Summary:
    own = Assessed("B1", "Loser Ltd", (
        score("A1", "12", "Twelve apprentices through the Northgate college partnership."),
        score("A2", "20", "Section 3.2 sets out the food bank rota.", OTHER_RESPONSE),
        Score("", "Price", "80", Decimal("48"), "Price of £1.2m in the pricing schedule, p. 2.", other=True),
    ), Decimal("80"), (Decimal("12"), Decimal("20")))
    winner = Assessed("W1", "Winner Co-op", (
        score("A1", "18", "Eighteen apprentices placed with the Northgate college partnership (p. 4)."),
        score("A2", "15", "The food bank pledge is in section 2 but has no timetable.", OTHER_RESPONSE),
        Score("", "Price", "100", Decimal("60"), "Lowest price, £1.0m (pricing schedule, p. 1).", other=True),
    ), Decimal("93"), (Decimal("18"), Decimal("15")))
    return Summary(
        criteria=(Criterion("A1", "Measure A1", Decimal("30"), "Panel score 0-5"),
                  Criterion("A2", "Measure A2", Decimal("20"), "Relative to the best bid"),
                  Criterion("", "Price", Decimal("60"), "Lowest ÷ price × 100 (out of 100)", other=True)),
        bidder=own, winner=winner, successful=False,
        explained=(Explained("A1", own.scores[0].reasons, winner.scores[0].reasons),
                   Explained("Price", own.scores[2].reasons, winner.scores[2].reasons, other=True)),
        other_bidders=(("Third Bidder Ltd", "Third", "C3"),), whole=True)


def codes(summary: Summary) -> list[str]:
    return [p.code for p in reg31.summary_problems(summary)]


def test_a_complete_summary_has_no_problems_and_no_warnings():
    assert reg31.summary_problems(complete()) == []
    assert reg31.summary_warnings(complete()) == []


def test_missing_weights_and_scales_are_found():
    s = complete()
    criteria = (replace(s.criteria[0], weight=None), replace(s.criteria[1], scale=" "), s.criteria[2])
    problems = reg31.summary_problems(replace(s, criteria=criteria))
    assert [(p.code, p.where) for p in problems] == [(reg31.NO_WEIGHT, Where("", "A1")), (reg31.NO_SCALE, Where("", "A2"))]
    assert "relative importance" in problems[0].message and "scores available" in problems[1].message
    assert codes(replace(s, criteria=())) == [reg31.NO_CRITERIA]


def test_a_score_without_reasons_is_found_for_the_bidder_and_for_the_winner():
    s = complete()
    own = replace(s.bidder, scores=(replace(s.bidder.scores[0], reasons="  "), *s.bidder.scores[1:]))
    winner = replace(s.winner, scores=(*s.winner.scores[:2], replace(s.winner.scores[2], reasons="")))
    problems = reg31.summary_problems(replace(s, bidder=own, winner=winner, explained=()))
    found = [(p.code, p.where) for p in problems if p.code == reg31.NO_REASONS]
    assert found == [(reg31.NO_REASONS, Where("B1", "A1")), (reg31.NO_REASONS, Where("W1", "Price", True))]
    assert codes(replace(s, bidder=replace(own, scores=(replace(own.scores[1], value=""),)))).count(reg31.NO_SCORE) == 1


def test_reasons_that_do_not_refer_to_the_bid_are_found():
    s = complete()
    vague = replace(s.bidder.scores[1], reasons="Meets the requirements well. A good answer overall.")
    problems = reg31.summary_problems(replace(s, bidder=replace(s.bidder, scores=(s.bidder.scores[0], vague,
                                                                                  s.bidder.scores[2]))))
    assert [(p.code, p.where) for p in problems] == [(reg31.NOT_BY_REFERENCE, Where("B1", "A2"))]
    assert "do not refer to the tender" in problems[0].message
    # a page reference alone is enough; words that are only the measure's own title are not
    cited = replace(vague, reasons="Meets the requirements well (p. 7).")
    assert codes(replace(s, bidder=replace(s.bidder, scores=(s.bidder.scores[0], cited, s.bidder.scores[2])))) == []
    titled = replace(vague, reasons="Food bank rota meets it.", common=("Food bank rota",))
    assert codes(replace(s, bidder=replace(s.bidder, scores=(s.bidder.scores[0], titled, s.bidder.scores[2])))) == [
        reg31.NOT_BY_REFERENCE]


def test_missing_totals_are_found():
    s = complete()
    assert codes(replace(s, bidder=replace(s.bidder, total=None))) == [reg31.NO_TOTALS]
    assert codes(replace(s, winner=replace(s.winner, subtotals=(Decimal(1), None)))) == [reg31.NO_TOTALS]


def test_a_losing_bidder_must_be_told_why_the_winner_scored_better_on_each_criterion():
    s = complete()
    problems = reg31.summary_problems(replace(s, explained=s.explained[:1]))  # Price left out
    assert [(p.code, p.where) for p in problems] == [(reg31.WHY_BETTER, Where("B1", "Price", True))]
    half = (Explained("A1", s.explained[0].own_reasons, ""), s.explained[1])  # the winner's reason missing
    assert [(p.code, p.where) for p in reg31.summary_problems(replace(s, explained=half))] == [
        (reg31.WHY_BETTER, Where("W1", "A1"))]
    assert codes(replace(s, winner=None)) == [reg31.NO_WINNER]
    # A2, where the loser scored better, needs no "why"; the successful bidder needs none at all
    assert codes(replace(s, winner=None, successful=True, explained=())) == []


def test_another_losing_bidder_named_is_found():
    s = complete()
    named = replace(s.bidder.scores[0], reasons="Twelve apprentices, more than THIRD BIDDER LTD offered (Northgate).")
    problems = reg31.summary_problems(replace(s, bidder=replace(s.bidder, scores=(named, *s.bidder.scores[1:]))))
    assert [(p.code, p.where) for p in problems] == [(reg31.OTHER_BIDDER_NAMED, Where("B1", "A1"))]
    assert "THIRD BIDDER LTD" in problems[0].message
    # "Third" is one of its names, but a word that merely contains it is not
    part = replace(s.bidder.scores[0], reasons="A thirdly-ranked Northgate offer (p. 3).")
    assert codes(replace(s, bidder=replace(s.bidder, scores=(part, *s.bidder.scores[1:])))) == []


def test_other_criteria_missing_is_a_warning_not_a_problem():
    s = complete()
    social_only = replace(s, whole=False, criteria=s.criteria[:2],
                          bidder=replace(s.bidder, scores=s.bidder.scores[:2]),
                          winner=replace(s.winner, scores=s.winner.scores[:2]), explained=s.explained[:1])
    assert reg31.summary_problems(social_only) == []
    warnings = reg31.summary_warnings(social_only)
    assert [w.code for w in warnings] == [reg31.OTHER_CRITERIA] and warnings[0].where.other
    assert "social value part" in warnings[0].message and "not recorded" in warnings[0].message
    why = reg31.summary_warnings(replace(social_only, whole_missing=("the weights add up to 90%, not 100%",)))
    assert "the weights add up to 90%, not 100%." in why[0].message
