"""Issue 18: publishing the questionnaire. The PDF or DOCX is written and kept in the tender's record with its
SHA-256 (every version); an incomplete set-up, a folder or another file type is refused with nothing written; the
command line does the same; a changed set-up makes the published questionnaire out of date until it is published
again."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from coopeval import cli
from coopeval.domain.errors import CoopEvalError
from coopeval.services.publishing import files
from coopeval.services.publishing.questionnaire import (
    NotReadyToPublishError,
    publication_status,
    publish_questionnaire,
    questionnaire_data,
)
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import create_workspace, draft_tender


@pytest.fixture()
def ready(tmp_path: Path):
    ws = create_workspace(tmp_path / "w.coopeval")
    built = draft_tender(ws)
    tenders.update_tender(ws, built.reference, deadline="15/01/2027 12:00",
                          clarification_route="Through the portal's messaging, by 8 January 2027.")
    yield ws, built
    ws.close()


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_publishing_writes_the_pdf_and_keeps_it_with_its_sha256(ready, tmp_path: Path) -> None:
    ws, built = ready
    out = tmp_path / "questionnaire.pdf"
    kept, changes = publish_questionnaire(ws, built.reference, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert kept.sha256 == hashlib.sha256(data).hexdigest() and kept.size == len(data)
    assert (kept.kind, kept.media, kept.version, kept.name) == ("questionnaire", "pdf", 1, "questionnaire.pdf")
    assert changes
    fingerprint = questionnaire_data(ws, built.reference).setup_fingerprint
    assert kept.setup_fingerprint == fingerprint
    text = pdf_text(data)
    assert f"Made from set-up fingerprint {fingerprint} · version 1" in text
    assert "12:00 on Friday 15 January 2027" in text
    for code in ("LOC-01", "LOC-02", "LOC-03", "LOC-04", "LOC-05"):
        assert code in text
    copy = files.save_copy(ws, kept.id, tmp_path / "copy.pdf")
    assert copy.read_bytes() == data


def test_publishing_a_docx_keeps_it_too(ready, tmp_path: Path) -> None:
    ws, built = ready
    kept, _ = publish_questionnaire(ws, built.reference, tmp_path / "Questionnaire.DOCX")
    data = (tmp_path / "Questionnaire.DOCX").read_bytes()
    assert kept.media == "docx" and kept.sha256 == hashlib.sha256(data).hexdigest()
    headings = [p.text for p in Document(io.BytesIO(data)).paragraphs if p.style.name == "Heading 2"]
    assert any(h.startswith("LOC-01 ") for h in headings)


def test_publishing_again_is_the_next_version_and_every_version_is_kept(ready, tmp_path: Path) -> None:
    ws, built = ready
    first, _ = publish_questionnaire(ws, built.reference, tmp_path / "v1.pdf")
    second, _ = publish_questionnaire(ws, built.reference, tmp_path / "v2.pdf")
    assert (first.version, second.version) == (1, 2)
    kept = files.list_files(ws, built.reference, "questionnaire")
    assert [(k.name, k.version) for k in kept] == [("v1.pdf", 1), ("v2.pdf", 2)]
    assert "version 2" in pdf_text((tmp_path / "v2.pdf").read_bytes())
    assert files.save_copy(ws, first.id, tmp_path / "again.pdf").read_bytes() == (tmp_path / "v1.pdf").read_bytes()
    status = publication_status(ws, built.reference)
    assert status.versions == 2 and status.latest is not None and status.latest.version == 2


def test_an_incomplete_set_up_is_refused_naming_what_is_missing_and_nothing_is_written(tmp_path: Path) -> None:
    ws = create_workspace(tmp_path / "w.coopeval")
    try:
        built = draft_tender(ws)
        out = tmp_path / "questionnaire.pdf"
        with pytest.raises(NotReadyToPublishError) as refused:
            publish_questionnaire(ws, built.reference, out)
        assert "deadline" in str(refused.value) and "clarification" in str(refused.value)
        assert not out.exists()
        assert files.list_files(ws, built.reference, "questionnaire") == []
    finally:
        ws.close()


@pytest.mark.parametrize("name", ["folder", "questionnaire.txt", "questionnaire"])
def test_a_folder_or_another_kind_of_file_is_refused(ready, tmp_path: Path, name: str) -> None:
    ws, built = ready
    target = tmp_path / name
    if name == "folder":
        target = tmp_path / "folder.pdf"
        target.mkdir()
    with pytest.raises(CoopEvalError, match="folder|.pdf or .docx"):
        publish_questionnaire(ws, built.reference, target)
    assert files.list_files(ws, built.reference, "questionnaire") == []
    assert not (tmp_path / "questionnaire.txt").exists()


def test_a_changed_set_up_makes_it_out_of_date_until_published_again(ready, tmp_path: Path) -> None:
    ws, built = ready
    publish_questionnaire(ws, built.reference, tmp_path / "v1.pdf")
    assert not publication_status(ws, built.reference).out_of_date
    tenders.set_measure(ws, built.measures[0], word_limit=300)
    status = publication_status(ws, built.reference)
    assert status.out_of_date and "out of date" in status.message
    kept, _ = publish_questionnaire(ws, built.reference, tmp_path / "v2.pdf")
    status = publication_status(ws, built.reference)
    assert not status.out_of_date and kept.version == 2
    assert "300 words" in pdf_text((tmp_path / "v2.pdf").read_bytes())


def test_the_command_line_publishes_the_questionnaire(tmp_path: Path) -> None:
    path = tmp_path / "w.coopeval"
    with create_workspace(path) as ws:
        built = draft_tender(ws)
        tenders.update_tender(ws, built.reference, deadline="15/01/2027 12:00",
                              clarification_route="Through the portal.")
    out_file = tmp_path / "q.docx"
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["questionnaire", str(path), "--tender", built.reference, "--out", str(out_file)], out=out, err=err)
    assert code == 0, err.getvalue()
    sha = hashlib.sha256(out_file.read_bytes()).hexdigest()
    assert "questionnaire version 1" in out.getvalue() and sha in out.getvalue()
    with Workspace.open(path) as ws:
        assert [k.sha256 for k in files.list_files(ws, built.reference, "questionnaire")] == [sha]
    code = cli.main(["questionnaire", str(path), "--tender", built.reference, "--out", str(tmp_path / "q.txt")],
                    out=io.StringIO(), err=(err := io.StringIO()))
    assert code == 1 and ".pdf or .docx" in err.getvalue() and "Traceback" not in err.getvalue()
