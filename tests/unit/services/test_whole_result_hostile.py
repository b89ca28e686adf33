"""The other award criteria against careless and hostile input: numbers with absurd exponents are refused in words
(never a crash, never a hundred-million-digit message), weights must add up to exactly 100, names alike after
cleaning are one name, and a bid withdrawn after it was scored leaves the whole result."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coopeval.domain.numbers import InputError, parse_decimal
from coopeval.services.bids.entry import withdraw_bid
from coopeval.services.criteria import criteria, whole
from coopeval.services.setup.tenders import get_tender
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import staged_file


@pytest.fixture
def signed(tmp_path_factory, tmp_path):
    path = tmp_path / "w.coopeval"
    built = staged_file(tmp_path_factory, path, "signed_off")
    with Workspace.open(path, actor="officer") as ws:
        yield ws, built


@pytest.mark.parametrize("typed", ["1e99999999", "1e999999999999999999", "-1e99999999", "1e-99999999"])
def test_a_number_with_an_absurd_exponent_is_refused_in_words(signed, typed: str) -> None:
    ws, _ = signed
    for field in ("weight", "max_score"):
        values = {"weight": "10", "max_score": "5", field: typed}
        with pytest.raises(InputError) as caught:
            criteria.add_criterion(ws, "T1", name="Price", kind="price", **values)
        assert typed in str(caught.value) and len(str(caught.value)) < 200
    price, _ = criteria.add_criterion(ws, "T1", name="Price", kind="price", weight="10", max_score="5")
    with pytest.raises(InputError) as caught:
        criteria.record_other_score(ws, price.id, "IP000", score=typed, reasons="Pricing schedule tab 2.")
    assert len(str(caught.value)) < 200


def test_a_long_number_is_shown_shortened() -> None:
    with pytest.raises(InputError) as caught:
        parse_decimal("9" * 5000, "Out of", minimum=0, maximum=100)
    assert len(str(caught.value)) < 120


def test_zero_with_a_large_exponent_is_zero() -> None:
    assert parse_decimal("0e99999999", "Score", minimum=0, maximum=5, places=4) == 0


@pytest.mark.parametrize("weight, ok", [("99.999", False), ("100.0000", True), ("0", False), ("-5", False)])
def test_weights_are_exact_to_two_places(signed, weight: str, ok: bool) -> None:
    ws, _ = signed
    if ok:
        view, _ = criteria.add_criterion(ws, "T1", name="Price", kind="price", weight=weight, max_score="5")
        assert Decimal(view.weight) == Decimal(weight)
    else:
        with pytest.raises(InputError):
            criteria.add_criterion(ws, "T1", name="Price", kind="price", weight=weight, max_score="5")


@pytest.mark.parametrize("alike", ["price", " PRICE ", "Price\u200b", "Price  ", "\uff30rice"])
def test_criteria_named_alike_after_cleaning_are_one_name(signed, alike: str) -> None:
    ws, _ = signed
    criteria.add_criterion(ws, "T1", name="Price", kind="price", weight="10", max_score="5")
    with pytest.raises(InputError, match="already has a criterion"):
        criteria.add_criterion(ws, "T1", name=alike, kind="price", weight="10", max_score="5")


def test_a_bid_withdrawn_after_it_was_scored_leaves_the_whole_result(tmp_path_factory, tmp_path) -> None:
    path = tmp_path / "m.coopeval"
    staged_file(tmp_path_factory, path, "moderation")
    with Workspace.open(path, actor="officer") as ws:
        _withdrawn_after_scoring(ws)


def _withdrawn_after_scoring(ws: Workspace) -> None:
    section = Decimal(get_tender(ws, "T1").section_weight)
    price, _ = criteria.add_criterion(ws, "T1", name="Price", kind="price", weight=str(100 - section),
                                      max_score="100")
    result = whole.whole_result(ws, "T1")
    bids = [ln.bid_identifier for ln in result.lines]
    for i, bid in enumerate(bids):
        criteria.record_other_score(ws, price.id, bid, score=str(100 - i), reasons="Pricing schedule tab 2.")
    assert whole.whole_result(ws, "T1").complete
    gone = bids[0]
    bid_id = next(ln.bid_id for ln in whole.whole_result(ws, "T1").lines if ln.bid_identifier == gone)
    withdraw_bid(ws, bid_id, "Withdrew in writing.")
    after = whole.whole_result(ws, "T1")
    assert gone not in [ln.bid_identifier for ln in after.lines]
    assert after.most_advantageous != gone
