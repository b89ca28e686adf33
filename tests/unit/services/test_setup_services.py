"""The set-up helpers: equal weights, shipped frameworks, readiness to start, band text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coopeval.domain.numbers import InputError
from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir
from coopeval.services.panel import members as panel
from coopeval.services.setup import frameworks, start, tenders
from coopeval.services.setup.params import bands_text, parse_bands
from coopeval.services.setup.shipped import add_shipped_frameworks, missing_shipped
from coopeval.services.setup.start import freeze_summary, start_problem
from coopeval.services.setup.weights import equal_shares, share_weights_equally
from coopeval.services.workspace import Workspace


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "unit.coopeval", actor="officer") as workspace:
        yield workspace


@pytest.fixture
def tender(ws):
    scale = load_scales(resources_dir() / "scales.toml")["0-5"]
    t, _ = tenders.create_tender(ws, reference="T1", title="Meals", scale=scale)
    return t


@pytest.mark.parametrize(("count", "expected"), [
    (1, ["100.00"]), (3, ["33.34", "33.33", "33.33"]), (6, ["16.67"] * 4 + ["16.66"] * 2), (7, ["14.29"] * 4 + ["14.28"] * 3),
])
def test_equal_shares_total_exactly_100(count, expected):
    shares = equal_shares(count)
    assert [f"{s:.2f}" for s in shares] == expected
    assert sum(shares) == 100


@pytest.mark.parametrize("count", [0, 10_001])
def test_equal_shares_refuses_impossible_counts(count):
    with pytest.raises(InputError):
        equal_shares(count)


def test_shipped_frameworks_are_added_once(ws):
    assert {s.framework_id for s in missing_shipped(ws)} == {"coop-values", "example-local-measures"}
    result, changes = add_shipped_frameworks(ws)
    assert "framework" in changes.kinds
    assert len(result.added) == 2 and result.problems == ()
    assert missing_shipped(ws) == []
    again, changes = add_shipped_frameworks(ws)
    assert again.added == () and not changes.kinds
    assert len(frameworks.list_frameworks(ws)) == 2


def test_a_bad_shipped_file_does_not_stop_the_others(ws, tmp_path):
    bad = tmp_path / "broken.toml"
    bad.write_text("format = 1\n[framework]\nid = 'broken'\n", encoding="utf-8")
    good = resources_dir().parent / "frameworks" / "example-local-measures.toml"
    result, _ = add_shipped_frameworks(ws, [bad, good])
    assert result.added == ("Elmbridge Vale local measures (fictional example)",)
    assert len(result.problems) == 1 and result.problems[0].startswith("broken.toml:")


def test_share_equally_then_start(ws, tender):
    add_shipped_frameworks(ws)
    tenders.add_measures(ws, tender.id, "coop-values", set_name="light")
    assert "choose" not in (start_problem(ws, tender.id) or "")
    assert "the measure weights total 0, not 100" in start_problem(ws, tender.id)
    changes = share_weights_equally(ws, tender.id)
    assert "tender_measure" in changes.kinds
    weights = [m.weight for m in tenders.list_measures(ws, tender.id)]
    assert weights == ["16.67"] * 4 + ["16.66"] * 2
    assert tenders.weight_total(ws, tender.id) == Decimal(100)
    assert not share_weights_equally(ws, tender.id).kinds  # already equal: nothing audited
    assert start_problem(ws, tender.id) == "Evaluation cannot start: add at least one evaluator to the panel."
    panel.add_member(ws, tender.id, name="Ann", role="evaluator")
    assert start_problem(ws, tender.id) is None
    summary = freeze_summary(ws, tender.id)
    assert summary.scale_name == "0 to 5" and len(summary.measures) == 6
    assert summary.measures[0].method == "banded" and summary.measures[1].weight == "16.67"
    start.start_evaluation(ws, tender.id)
    assert "only a draft" in start_problem(ws, tender.id).lower()
    with pytest.raises(Exception, match="frozen"):
        share_weights_equally(ws, tender.id)


def test_band_text_round_trip():
    assert parse_bands("10: 0.25; 25:0.5\n50 : 1") == [["10", "0.25"], ["25", "0.5"], ["50", "1"]]
    assert parse_bands("  ") == []
    assert bands_text('[["10", "0.25"], ["50", "1"]]') == "10: 0.25; 50: 1"
    assert bands_text(None) == ""
    with pytest.raises(InputError, match="threshold: share"):
        parse_bands("10 0.25")
