"""The tender JSON carries the tender's document language (issue 22: `tender.document_language`, "en", "cy" or
"cy+en"): export writes it, import reads it, a version-2 file written before it and a version-1 file import as "en",
a version-1 file may not hold it, and any other value is refused at its path before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopeval.domain.errors import InvalidFileError
from coopeval.services.interchange import tender_json as interchange
from coopeval.services.interchange.schema import tender_schema
from coopeval.services.setup.tenders import document_language_of, get_tender, set_document_language
from coopeval.services.workspace import Workspace
from tests.unit.services.test_interchange import small_document, small_document_v2


@pytest.fixture
def target(tmp_path: Path) -> Workspace:
    ws = Workspace.create(tmp_path / "target.coopeval", actor="importer")
    yield ws
    ws.close()


@pytest.fixture
def other(tmp_path: Path) -> Workspace:
    ws = Workspace.create(tmp_path / "other.coopeval", actor="importer")
    yield ws
    ws.close()


def test_export_writes_the_document_language_and_import_reads_it(target: Workspace, other: Workspace,
                                                                   tmp_path: Path) -> None:
    interchange.import_tender(target, small_document_v2())
    assert interchange.export_tender(target, "S1")["tender"]["document_language"] == "en"
    set_document_language(target, "S1", "cy+en")
    exported = interchange.export_tender(target, "S1")
    assert exported["tender"]["document_language"] == "cy+en"
    out = interchange.write_tender_json(target, "S1", tmp_path / "s1.json")
    assert json.loads(out.read_text(encoding="utf-8"))["tender"]["document_language"] == "cy+en"

    view, _ = interchange.import_tender_file(other, out)
    assert get_tender(other, view.reference).document_language == "cy+en"
    assert document_language_of(other, "S1") == "cy+en" and document_language_of(other, "S1", "en") == "en"
    assert interchange.export_tender(other, "S1") == exported  # the round trip keeps it


def test_a_version_2_file_written_before_it_imports_as_english(target: Workspace) -> None:
    document = small_document_v2()
    assert "document_language" not in document["tender"]
    view, _ = interchange.import_tender(target, document)
    assert get_tender(target, view.reference).document_language == "en"


def test_a_version_1_file_imports_as_english_and_may_not_hold_it(target: Workspace) -> None:
    view, _ = interchange.import_tender(target, small_document())
    assert get_tender(target, view.reference).document_language == "en"
    document = small_document()
    document["tender"]["document_language"] = "cy"
    with pytest.raises(InvalidFileError) as refused:
        interchange.import_tender(target, {**document, "tender": {**document["tender"], "reference": "S9"}})
    assert "$.tender.document_language" in str(refused.value) and "version 1" in str(refused.value)


@pytest.mark.parametrize("value", ["fr", "CY", "en+cy", "", None])
def test_any_other_value_is_refused_at_its_path(target: Workspace, value: object) -> None:
    document = small_document_v2()
    document["tender"]["document_language"] = value
    with pytest.raises(InvalidFileError) as refused:
        interchange.import_tender(target, document)
    assert "$.tender.document_language" in str(refused.value)


def test_the_schema_documents_it() -> None:
    schema = json.dumps(tender_schema())
    assert '"document_language"' in schema and "cy+en" in schema
    docs = (Path(__file__).resolve().parents[3] / "docs" / "tender-json.md").read_text(encoding="utf-8")
    assert "tender.document_language" in docs
