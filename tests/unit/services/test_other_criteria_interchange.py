"""The tender JSON carries the other award criteria, their scores and the retention date (issue 21): round trip,
older files still import, hostile values refused at their paths with nothing written."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from coopeval.domain.errors import InvalidFileError
from coopeval.services.criteria import criteria, whole
from coopeval.services.interchange import tender_json as interchange
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import staged_file


@pytest.fixture
def source(tmp_path_factory, tmp_path):
    path = tmp_path / "s.coopeval"
    staged_file(tmp_path_factory, path, "signed_off")
    with Workspace.open(path, actor="officer") as ws:
        price, _ = criteria.add_criterion(ws, "T1", name="Price", kind="price", weight="60", max_score="100",
                                          method="lowest ÷ bid × 100")
        quality, _ = criteria.add_criterion(ws, "T1", name="Quality", kind="quality", weight="30", max_score="5")
        gone, _ = criteria.add_criterion(ws, "T1", name="Old", kind="other", weight="5", max_score="5")
        criteria.remove_criterion(ws, gone.id, "Not in the tender documents")
        for c, bid, score in ((price, "IP000", "100"), (price, "IP001", "87.5"), (quality, "IP000", "3"),
                              (quality, "IP001", "4")):
            criteria.record_other_score(ws, c.id, bid, score=score, reasons=f"Section 4 of {bid}'s tender.")
        yield ws


def _fresh(tmp_path: Path, name: str = "t.coopeval") -> Workspace:
    return Workspace.create(tmp_path / name, actor="officer")


def test_criteria_and_scores_travel_and_come_back_the_same(source, tmp_path):
    document = interchange.export_tender(source, "T1")
    assert [c["name"] for c in document["other_criteria"]] == ["Price", "Quality", "Old"]
    assert document["other_criteria"][2]["removed"] is True
    assert document["other_criteria"][0]["scores"][1] == {**document["other_criteria"][0]["scores"][1],
                                                          "bid": "IP001", "score": "87.5"}
    with _fresh(tmp_path) as target:
        interchange.import_tender(target, copy.deepcopy(document))
        assert interchange.export_tender(target, "T1") == document
        assert whole.whole_result(target, "T1") == whole.whole_result(source, "T1")


def test_a_file_without_them_reads_as_none(source, tmp_path):
    document = interchange.export_tender(source, "T1")
    del document["other_criteria"]
    del document["tender"]["retention_until"]
    with _fresh(tmp_path) as target:
        interchange.import_tender(target, document)
        assert criteria.list_criteria(target, "T1") == []


def test_hostile_values_are_refused_at_their_paths_and_nothing_is_written(source, tmp_path):
    document = interchange.export_tender(source, "T1")
    price, quality = document["other_criteria"][0], document["other_criteria"][1]
    price["weight"] = "120"
    quality["max_score"] = "0"
    price["scores"][0]["bid"] = "IP999"
    price["scores"][1]["score"] = "101"
    quality["scores"][1]["bid"] = "IP000"  # a second score for IP000
    document["other_criteria"][2]["removed"] = False
    document["other_criteria"][2]["name"] = "price"  # two criteria in use named alike
    with _fresh(tmp_path) as target:
        with pytest.raises(InvalidFileError) as exc:
            interchange.import_tender(target, document)
        text = "\n".join(str(p) for p in exc.value.problems)
        assert "other_criteria[0].weight" in text and "more than 0 and at most 100" in text
        assert "other_criteria[1].max_score" in text
        assert "other_criteria[0].scores[0].bid" in text and '"IP999"' in text
        assert "other_criteria[0].scores[1].score" in text
        assert "other_criteria[1].scores[1].bid" in text and "again" in text
        assert "other_criteria[2].name" in text
        from coopeval.services.setup.tenders import list_tenders
        assert list_tenders(target) == []
