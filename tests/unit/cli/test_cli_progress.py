"""`tender import` reports its progress on standard error when asked (or at a terminal), and the
import writes a large table in chunks with the same rows, events and chain as in one go."""

from __future__ import annotations

import json

import pytest
from sqlmodel import col, select

from coopeval.cli import workspace as cli_workspace
from coopeval.domain.errors import InvalidFileError
from coopeval.services.interchange import restore as restore_module
from coopeval.services.interchange import tender_json as interchange
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AUDITED_TABLES, TenderRow
from tests.unit.cli.test_cli_identity import (  # noqa: F401 - fixtures
    _no_secrets_in_the_environment,
    as_officer,
    in_evaluation,
    workspace,
)


@pytest.fixture
def exported(request, tmp_path, monkeypatch):
    source = request.getfixturevalue("in_evaluation")
    path = tmp_path / "t1.json"
    code, _, err = as_officer(monkeypatch, "tender", "export", source, "--tender", "T1", "--out", path)
    assert code == 0, err
    return source, path


def test_tender_import_with_progress_reports_each_step_on_stderr(exported, tmp_path, monkeypatch):
    source, document = exported
    target = tmp_path / "copy.coopeval"
    Workspace.create(target).close()
    code, out, err = as_officer(monkeypatch, "tender", "import", source, document, "--progress")
    assert code == 1  # T1 is already there: refused, but reading and checking were reported first
    assert err.startswith("reading and checking t1.json…\n")
    code, out, err = as_officer(monkeypatch, "tender", "import", tmp_path / "fresh.coopeval", document, "--progress")
    assert code == 0, err
    assert "Imported tender T1" in out
    lines = err.splitlines()
    assert lines[0] == "reading and checking t1.json…"
    assert "checking the tender…" not in lines  # read and checked once, not checked again by the import
    assert "writing bid rows: 2 of 2" in lines
    assert "writing member rows: 1 of 1" in lines
    assert all("of" in line for line in lines[2:])


def test_tender_import_is_quiet_without_a_terminal_or_the_flag(exported, tmp_path, monkeypatch):
    _, document = exported
    code, out, err = as_officer(monkeypatch, "tender", "import", tmp_path / "fresh.coopeval", document)
    assert code == 0, err
    assert err == ""


def test_the_progress_line_is_rewritten_in_place_at_a_terminal():
    class Terminal:
        def __init__(self) -> None:
            self.text = ""

        def isatty(self) -> bool:
            return True

        def write(self, text: str) -> int:
            self.text += text
            return len(text)

        def flush(self) -> None:
            pass

    terminal = Terminal()
    report = cli_workspace._progress_printer(terminal)
    report(0, 0, "reading and checking big.json")
    report(10_000, 20_000, "writing bid rows")
    report(20_000, 20_000, "writing bid rows")
    report(0, 0, "")
    assert terminal.text.startswith("\rreading and checking big.json…\rwriting bid rows: 10,000 of 20,000")
    assert "\rwriting bid rows: 20,000 of 20,000" in terminal.text and terminal.text.endswith("\n")
    assert "\n" not in terminal.text[:-1]


MADE_AT_IMPORT = {"person": ("created_at", "updated_at"), "framework": ("imported_at",)}


def as_imported(entity: str, values: dict) -> dict:
    """A row's values without the moments the import itself made (now, different in each import);
    every moment the document gave (a tender's, a score's created_at …) stays, and must be equal."""
    return {k: v for k, v in values.items() if k not in MADE_AT_IMPORT.get(entity, ())}


def test_writing_in_chunks_gives_the_same_rows_and_events(exported, tmp_path, monkeypatch):
    _, document_path = exported
    document = interchange.read_tender_json(document_path)

    def imported(name: str) -> tuple[list[tuple], dict[str, list[dict]]]:
        path = tmp_path / name
        with Workspace.create(path) as ws:
            steps: list[tuple[int, int, str]] = []
            interchange.import_tender(ws, document, source_name="t1.json",
                                      progress=lambda done, total, what: steps.append((done, total, what)))
            with ws.reading() as session:
                assert audit.verify(session).ok
                events = [(e.seq, e.entity, e.entity_id, e.action, e.tender_ref, e.note, e.before is None,
                           None if e.after is None else as_imported(e.entity, json.loads(e.after)))
                          for e in audit.history(session)]
                rows = {table.__entity__: [as_imported(table.__entity__, row.snapshot())
                                           for row in session.exec(select(table).order_by(col(table.id)))]
                        for table in AUDITED_TABLES}
        assert steps[0] == (1, 1, "writing framework rows")  # read_tender_json checked it: not checked again
        assert "checking the tender" not in {what for *_, what in steps}
        return events, rows

    whole_events, whole_rows = imported("whole.coopeval")
    monkeypatch.setattr(restore_module, "WRITE_CHUNK", 1)
    chunked_events, chunked_rows = imported("chunked.coopeval")
    assert chunked_events == whole_events
    assert chunked_rows == whole_rows
    assert whole_rows["bid"] and whole_rows["member"] and whole_rows["person"]


def test_a_document_given_directly_is_checked_before_importing(exported, tmp_path):
    _, document_path = exported
    document = json.loads(document_path.read_text(encoding="utf-8"))
    document["bids"][0]["identifier"] = document["bids"][1]["identifier"]
    with Workspace.create(tmp_path / "w.coopeval") as ws:
        steps: list[str] = []
        with pytest.raises(InvalidFileError, match="repeats the bid identifier"):
            interchange.import_tender(ws, document, source_name="t1.json", progress=lambda d, t, what: steps.append(what))
        assert steps == ["checking the tender"]
        with ws.reading() as session:
            assert session.exec(select(TenderRow)).first() is None  # nothing written


def test_a_copy_of_a_read_document_is_checked_again_when_imported(exported, tmp_path):
    import copy

    _, document_path = exported
    document = copy.deepcopy(interchange.read_tender_json(document_path))
    document["bids"][0]["identifier"] = document["bids"][1]["identifier"]
    with Workspace.create(tmp_path / "w.coopeval") as ws:
        with pytest.raises(InvalidFileError, match="repeats the bid identifier"):
            interchange.import_tender(ws, document, source_name="t1.json")
