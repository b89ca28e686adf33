"""The portfolio's arithmetic (domain/portfolio.py): tenders counted once or in conflict, exact shares, awards by
year and model, promised against delivered, the change in percentage points, CV-CC-01 in £."""

from __future__ import annotations

from dataclasses import replace

from coopeval.domain import portfolio as calc
from coopeval.domain.portfolio import MeasureFacts, TenderFacts

BASE = TenderFacts(workspace="a.coopeval", reference="T1", title="Meals", authority="EVC", fingerprint="f" * 64,
                   notice_date="2027-03-01", value_pence=1_000_000_00, bidder="IP000", supplier="Greenways",
                   legal_form="registered society", model="worker co-operative", democratic=True, coop_bid=True,
                   bids=3, status="awarded", entries=0, cc_promised_pence=None, cc_delivered_pence=None)


def test_share_is_exact_and_rounds_half_up():
    assert calc.share(1, 8) == "12.5"
    assert calc.share(1, 3) == "33.3"
    assert calc.share(2, 3) == "66.7"
    assert calc.share(5, 400) == "1.3"  # 1.25 → 1.3 (binary floating point would give 1.2)
    assert calc.share(0, 10) == "0.0"
    assert calc.share(3, 0) is None


def test_change_is_signed_percentage_points():
    assert calc.change("12.5", "9.3") == "+3.2"
    assert calc.change("4.0", "5.0") == "-1.0"
    assert calc.change("4.0", "4.0") == "0.0"
    assert calc.change(None, "4.0") is None and calc.change("4.0", None) is None


def test_copies_of_one_tender_count_once_using_the_copy_with_most_delivery():
    copies = [BASE, replace(BASE, workspace="b.coopeval", entries=5), replace(BASE, workspace="c.coopeval", entries=2)]
    counted, clashes = calc.dedup(copies)
    assert clashes == []
    assert len(counted) == 1
    assert counted[0].workspaces == ("a.coopeval", "b.coopeval", "c.coopeval")
    assert counted[0].facts.workspace == "b.coopeval"


def test_a_different_set_up_or_award_is_a_conflict_left_out():
    other_setup = replace(BASE, workspace="b.coopeval", fingerprint="e" * 64)
    counted, clashes = calc.dedup([BASE, other_setup])
    assert counted == [] and clashes[0].reference == "T1" and "set-up differs" in clashes[0].message
    other_award = replace(BASE, workspace="b.coopeval", value_pence=900_000_00, notice_date="2027-03-02")
    counted, clashes = calc.dedup([BASE, other_award, replace(BASE, reference="T2")])
    assert [c.facts.reference for c in counted] == ["T2"]
    assert clashes[0].workspaces == ("a.coopeval", "b.coopeval")
    assert "value £1,000,000.00 / £900,000.00" in clashes[0].message
    assert "notice date 2027-03-01 / 2027-03-02" in clashes[0].message and "winning bidder" not in clashes[0].message


def test_awards_fall_in_the_financial_year_of_their_notice_and_split_by_model():
    tenders = [BASE, replace(BASE, reference="T2", notice_date="2027-04-01", value_pence=300_00, democratic=False,
                             model="investor-owned", coop_bid=True),
               replace(BASE, reference="T3", notice_date="2027-05-01", value_pence=100_00, democratic=None, model="",
                       coop_bid=False)]
    years = calc.award_years(tenders)
    assert [y.year for y in years] == ["2026-27", "2027-28"]
    later = years[1]
    assert (later.tenders, later.value_pence, later.democratic_pence, later.share) == (2, 400_00, 0, "0.0")
    assert (later.coop_bid_tenders, later.coop_won_tenders) == (1, 0)
    assert [(m.model, m.democratic, m.share) for m in later.by_model] == [("investor-owned", False, "75.0"),
                                                                         ("not recorded", None, "25.0")]
    assert years[0].share == "100.0" and years[0].coop_won_tenders == 1


def test_counts_add_up_and_levels_take_the_latest_contract():
    jobs = MeasureFacts("LOC-01", "Jobs", "FTE jobs", "higher", False, "10", "4")
    wage = MeasureFacts("CV-EE-02", "Living wage", "%", "higher", True, "90", "80")
    t1 = replace(BASE, measures=(jobs, wage))
    t2 = replace(BASE, reference="T2", notice_date="2027-06-01",
                 measures=(replace(jobs, target="5", delivered=None), replace(wage, target="100", delivered="95")))
    totals = {m.code: m for m in calc.measure_totals([t1, t2])}
    assert (totals["LOC-01"].promised, totals["LOC-01"].delivered, totals["LOC-01"].delivered_share) == ("15", "4",
                                                                                                        "26.7")
    assert (totals["CV-EE-02"].promised, totals["CV-EE-02"].delivered, totals["CV-EE-02"].tenders) == ("100", "95", 2)


def test_supply_chain_in_pounds_from_pounds_or_a_percentage_of_the_award():
    assert calc.supply_chain_pence("% of third-party spend", "12.5", 1_000_000_00, percent=True) == 125_000_00
    assert calc.supply_chain_pence("£", "25000.50", 1_000_000_00, percent=False) == 2_500_050
    assert calc.supply_chain_pence("suppliers", "3", 1_000_000_00, percent=False) is None
    assert calc.supply_chain_pence("%", None, 1_000_000_00, percent=True) is None


def test_headline_says_the_share_and_what_is_not_yet_matched():
    text = calc.spend_headline("2026-27", 10_000_000_00, 420_000_00, 1_500_000_00)
    assert text == ("In 2026-27, 4.2% of the council's spend (£420,000 of £10,000,000) went to co-operative and "
                    "democratic businesses; £1,500,000 (15.0%) is not yet matched.")
