"""Issue 16: choosing a tender reads the page in front only; a page behind another tab reads the tender
when it is shown, and is then as correct as if it had read it at once. The Overview reads a large tender
on the worker, saying "Loading…" meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

from coopeval.services.setup import tenders
from coopeval.ui.pages import loading
from coopeval.ui.pages import overview as overview_module
from tests.helpers.workspaces import create_workspace, draft_tender


def two_tenders(path: Path, bids: tuple[int, int] = (2, 1), references: tuple[str, str] = ("T1", "T2")) -> Path:
    with create_workspace(path) as ws:
        draft_tender(ws, references[0], bid_count=bids[0])
        draft_tender(ws, references[1], bid_count=bids[1])
    return path


def choose(window, reference: str) -> int:
    ids = {t.reference: t.id for t in window.controller.read(tenders.list_tenders)}
    window.reload_tenders(ids[reference])
    assert window.current_tender_id() == ids[reference]
    return ids[reference]



def _threads_calling(monkeypatch, module, name: str) -> list[threading.Thread]:
    """The threads `module.name` is called on from now on (it still does its work)."""
    threads: list[threading.Thread] = []
    real = getattr(module, name)

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recording)
    return threads

def test_a_page_behind_another_tab_reads_the_tender_when_shown(window, tmp_path: Path):
    assert window.file_actions.open_path(two_tenders(tmp_path / "w.coopeval"))
    bids_page = window.select_page("Bids")
    first = choose(window, "T1")
    assert bids_page.tender_id == first and bids_page.model.rowCount() == 2  # in front: read at once
    overview = window.select_page("Overview")
    second = choose(window, "T2")
    assert bids_page.tender_id == second and bids_page._stale  # behind a tab: only noted
    assert bids_page.model.rowCount() == 2  # still what it read of T1 (nobody sees it)
    assert "T2" in overview.summary.text()  # the page in front shows the tender chosen
    window.select_page("Bids")
    assert not bids_page._stale and bids_page.model.rowCount() == 1  # shown: T2's one bid
    window.select_page("Overview")
    choose(window, "T1")
    window.select_page("Bids")
    assert bids_page.model.rowCount() == 2


def test_a_page_waiting_for_its_tender_forgets_it_when_another_workspace_opens(window, tmp_path: Path):
    """A page noted a tender to read later; another file opens (whose ids coincide): shown, the page reads
    the new file's tender, nothing of the old one."""
    assert window.file_actions.open_path(two_tenders(tmp_path / "a.coopeval"))
    bids_page = window.select_page("Bids")
    choose(window, "T1")
    window.select_page("Overview")
    choose(window, "T2")
    assert bids_page._stale
    assert window.file_actions.open_path(two_tenders(tmp_path / "b.coopeval", bids=(3, 4), references=("U1", "U2")))
    assert window.select_page("Overview").summary.text().count("U1") >= 1
    window.select_page("Bids")
    assert bids_page.tender_id == window.current_tender_id() and bids_page.model.rowCount() == 3


def test_the_overview_reads_a_large_tender_on_the_worker(window, tmp_path: Path, monkeypatch, qtbot):
    assert window.file_actions.open_path(two_tenders(tmp_path / "w.coopeval"))
    page = window.select_page("Overview")
    choose(window, "T1")
    assert "T1" in page.summary.text()
    monkeypatch.setattr(loading, "BACKGROUND_FROM", 0)  # every tender counts as large
    threads = _threads_calling(monkeypatch, overview_module, "overview_facts")
    choose(window, "T2")
    assert page.summary.text() == "Loading…"  # another tender's figures go at once
    qtbot.waitUntil(lambda: "T2" in page.summary.text() and not window.controller.busy)
    assert threads and threads[0] is not threading.main_thread()
    assert "2 active, 0 withdrawn" not in page.summary.text() and "1 active, 0 withdrawn" in page.summary.text()
    page.reload()  # the same tender again: its figures stay while they are read
    assert "T2" in page.summary.text()
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert "1 active, 0 withdrawn" in page.summary.text()


def test_the_bids_page_reads_a_large_tender_on_the_worker(window, tmp_path: Path, monkeypatch, qtbot):
    from coopeval.ui.pages import bids as bids_module

    assert window.file_actions.open_path(two_tenders(tmp_path / "w.coopeval"))
    page = window.select_page("Bids")
    choose(window, "T2")
    assert page.model.rowCount() == 1
    monkeypatch.setattr(loading, "BACKGROUND_FROM", 0)  # every tender counts as large
    threads = _threads_calling(monkeypatch, bids_module, "bids_page_data")
    choose(window, "T1")
    assert page.state_note.text() == "Loading…" and page.model.rowCount() == 0  # T2's bid goes at once
    assert not page.new_button.isEnabled() and not page.template_button.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not window.controller.busy)
    assert threads and threads[0] is not threading.main_thread()
    assert page.state_note.text() != "Loading…" and page.new_button.isEnabled()
    first, second = page.model.bid_at(0), page.model.bid_at(1)
    assert page.current_bid_id == first.id and page.details.bid == first
    calls = len(threads)
    page.table.selectRow(1)  # the page's own step: shown at once, as before
    assert page.current_bid_id == second.id and page.details.bid == second and len(threads) == calls + 1
    assert page.responses.bid_id == second.id


def test_the_setup_page_parses_a_large_tenders_frameworks_on_the_worker(window, tmp_path: Path, monkeypatch, qtbot):
    from coopeval.services.setup import frameworks, shipped

    assert window.file_actions.open_path(two_tenders(tmp_path / "w.coopeval"))
    page = window.select_page("Set-up")
    choose(window, "T1")
    assert page.picker.frameworks and page.details.title_edit.isEnabled()  # a small tender: read at once
    monkeypatch.setattr(loading, "BACKGROUND_FROM", 1)  # every tender counts as large (a cost of 0: nothing to parse)
    monkeypatch.setattr(frameworks, "_PARSED", {})  # nothing parsed yet in this session
    monkeypatch.setattr(shipped, "_HEADERS", {})
    threads = _threads_calling(monkeypatch, frameworks, "parse_framework")
    choose(window, "T2")
    assert page.banner.text() == "Loading…" and not page.picker.frameworks  # T1's set-up goes at once
    assert not page.details.title_edit.isEnabled() and not page.start_button.isEnabled()
    qtbot.waitUntil(lambda: bool(page.picker.frameworks) and not window.controller.busy)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert page.banner.text() != "Loading…" and page.details.title_edit.isEnabled() and page.start_button.isEnabled()
    parsed = len(threads)
    page.reload()  # parsed now: read at once, nothing parsed again
    assert page.picker.frameworks and page.banner.text() != "Loading…" and len(threads) == parsed
