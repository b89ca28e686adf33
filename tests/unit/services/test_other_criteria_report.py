"""The moderation report's "Whole result" section (issue 21): the other criteria, scores with reasons, the whole
result and the most advantageous tender when complete; what is missing when not; the social value part when none."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from coopeval.reporting.moderation_report import render_report
from coopeval.services.criteria import criteria
from coopeval.services.reports.data import report_data
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import staged_file


@pytest.fixture
def ws(tmp_path_factory, tmp_path):
    path = tmp_path / "w.coopeval"
    staged_file(tmp_path_factory, path, "signed_off")
    with Workspace.open(path, actor="officer") as opened:
        yield opened


def _text(ws, tmp_path: Path) -> str:
    out = tmp_path / "r.pdf"
    render_report(report_data(ws, "T1"), str(out), deterministic=True)
    reader = pypdf.PdfReader(out)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_a_complete_whole_result_names_the_most_advantageous_tender(ws, tmp_path):
    price, _ = criteria.add_criterion(ws, "T1", name="Price", kind="price", weight="60", max_score="100",
                                      method="lowest price ÷ bid price × 100")
    quality, _ = criteria.add_criterion(ws, "T1", name="Quality", kind="quality", weight="30", max_score="5")
    for c, bid, score in ((price, "IP000", "100"), (price, "IP001", "50"), (quality, "IP000", "4"),
                          (quality, "IP001", "5")):
        criteria.record_other_score(ws, c.id, bid, score=score, reasons=f"Tender section 4 for {bid}.")
    data = report_data(ws, "T1")
    assert data.whole is not None and data.whole.complete and data.whole.most_advantageous == "IP000"
    text = _text(ws, tmp_path)
    assert "Whole result" in text and "lowest price ÷ bid price × 100" in text
    assert "Tender section 4 for IP001." in text
    assert "The most advantageous tender on every award criterion is Bidder 0 Co-operative Ltd (IP000)." in text


def test_an_incomplete_whole_result_says_what_is_missing(ws, tmp_path):
    price, _ = criteria.add_criterion(ws, "T1", name="Price", kind="price", weight="60", max_score="100")
    criteria.record_other_score(ws, price.id, "IP000", score="100", reasons="Pricing schedule.")
    text = _text(ws, tmp_path)
    assert "The whole result cannot be stated yet" in text
    assert '"Price" has no score for IP001.' in text and "add up to 70%" in text
    assert "most advantageous tender on every award criterion" not in text


def test_no_other_criteria_says_the_report_is_the_social_value_part(ws, tmp_path):
    assert report_data(ws, "T1").whole is None
    assert "states the social value part of" in _text(ws, tmp_path)
