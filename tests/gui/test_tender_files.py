"""File → Export tender and File → Import tender, driven through the menu actions: the export runs
through the one runner and writes the tender JSON; the import brings it into another workspace in
one piece; a bad file is refused plainly and adds nothing."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog

from coopeval.services.catalogue import load_catalogue
from coopeval.services.setup import tenders


def answer_dialogs(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_a_tender_goes_out_through_the_menu_and_comes_back_in(qtbot, sync_window, tmp_path, monkeypatch):
    win = sync_window
    assert win.file_actions.open_path(tmp_path / "first.coopeval", create=True)
    created = win.controller.op(tenders.create_tender, reference="T-OUT", title="Meals on wheels",
                                scale=load_catalogue().scales["0-5"])
    assert created.ok
    win.reload_tenders(created.value.id)
    out = tmp_path / "t-out.json"
    answer_dialogs(monkeypatch, out)
    assert win.file_actions.export_action.isEnabled()
    win.file_actions.export_action.trigger()
    assert json.loads(out.read_text(encoding="utf-8"))["tender"]["reference"] == "T-OUT"
    assert "Exported to" in win.statusBar().currentMessage()
    assert win.controller.progress.dialog is None and not win.controller.busy

    assert win.file_actions.open_path(tmp_path / "second.coopeval", create=True)
    assert win.tender_model.rowCount() == 0
    win.file_actions.import_action.trigger()
    assert win.tender_model.rowCount() == 1 and "T-OUT — Meals on wheels" in win.tender_model.item(0).text()
    assert win.current_tender_id() == win.controller.read(tenders.get_tender, "T-OUT").id


def test_a_bad_tender_file_is_refused_plainly_and_adds_nothing(qtbot, sync_window, tmp_path, monkeypatch):
    win = sync_window
    assert win.file_actions.open_path(tmp_path / "w.coopeval", create=True)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"', encoding="utf-8")
    answer_dialogs(monkeypatch, bad)
    shown = []
    monkeypatch.setattr("coopeval.ui.ops.show_error", lambda parent, exc, title=None: shown.append((title, str(exc))))
    win.file_actions.import_action.trigger()
    assert len(shown) == 1 and shown[0][0] == "Cannot import the tender" and "bad.json" in shown[0][1]
    assert "Traceback" not in shown[0][1]
    assert win.controller.read(tenders.list_tenders) == [] and win.tender_model.rowCount() == 0


def test_importing_a_tender_reports_its_progress_in_the_progress_dialog(qtbot, sync_window, tmp_path, monkeypatch):
    win = sync_window
    assert win.file_actions.open_path(tmp_path / "first.coopeval", create=True)
    created = win.controller.op(tenders.create_tender, reference="T-BIG", title="Meals on wheels",
                                scale=load_catalogue().scales["0-5"])
    assert created.ok
    out = tmp_path / "t-big.json"
    answer_dialogs(monkeypatch, out)
    win.reload_tenders(created.value.id)
    win.file_actions.export_action.trigger()
    assert win.file_actions.open_path(tmp_path / "second.coopeval", create=True)
    steps: list[tuple[int, int, str]] = []
    labels: list[str] = []
    win.controller.progress.progressed.connect(lambda done, total, what: steps.append((done, total, what)))
    win.controller.progress.progressed.connect(
        lambda *_: labels.append(win.controller.progress.dialog.labelText()) if win.controller.progress.dialog else None)
    win.file_actions.import_action.trigger()
    assert win.tender_model.rowCount() == 1
    assert steps[0] == (0, 0, "reading and checking t-big.json")
    assert (1, 1, "writing tender rows") in steps
    assert labels and labels[0].startswith("Importing t-big.json…")
    assert win.controller.progress.dialog is None and not win.controller.busy
