"""Window and page sizes on the demo workspace (moderation opened on the tender in evaluation): the
tender list keeps its width whatever page shows, and long names are elided with the whole name in a
tooltip."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from coopeval.services.demo import build_demo
from coopeval.services.moderation import consensus as moderation
from coopeval.services.workspace import Workspace

EVALUATION = "EVC-2026-021"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = build_demo(tmp_path_factory.mktemp("sizes") / "demo.coopeval")
    with Workspace.open(path, actor="tom") as ws:
        moderation.open_moderation(ws, EVALUATION)  # so the Moderation grid appears
    return path


@pytest.fixture
def demo_window(window, template, tmp_path):
    path = tmp_path / "demo.coopeval"
    shutil.copyfile(template, path)
    assert window.file_actions.open_path(path)
    return window


def every_page(qtbot, window):
    """Show every page of every tender in turn, yielding (tender row, page)."""
    for row in range(window.tender_model.rowCount()):
        window.tender_list.setCurrentIndex(window.tender_model.index(row, 0))
        for index, page in enumerate(window.pages):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(1)
            yield row, page


@pytest.mark.parametrize("size", [(1280, 800)])
def test_switching_pages_and_tenders_leaves_the_sidebar_width_unchanged(qtbot, demo_window, size):
    demo_window.resize(*size)
    qtbot.wait(1)
    width = demo_window.workspace_view.sizes()[0]
    assert width > 150
    moved = [(row, page.title, demo_window.workspace_view.sizes()[0])
             for row, page in every_page(qtbot, demo_window) if demo_window.workspace_view.sizes()[0] != width]
    assert moved == []


def test_the_user_may_still_drag_the_sidebar(qtbot, demo_window):
    demo_window.workspace_view.setSizes([300, 976])
    assert demo_window.workspace_view.sizes()[0] == 300
    assert [p.title for _, p in every_page(qtbot, demo_window) if demo_window.workspace_view.sizes()[0] != 300] == []


def test_the_scoring_members_full_names_are_in_their_tooltips(qtbot, demo_window):
    scoring = demo_window.select_page("Scoring")
    member = scoring.ui.member
    assert member.sizeAdjustPolicy() == member.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    names = [member.itemText(i) for i in range(1, member.count())]
    assert names
    assert [member.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(1, member.count())] == names


def test_the_bids_tables_full_names_are_in_their_tooltips(qtbot, demo_window):
    page = demo_window.select_page("Bids")
    model = page.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        assert model.data(index) in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_every_page_fits_a_900_by_600_window_and_the_score_descriptor_is_whole(qtbot, demo_window):
    """Issue 13: the window fits beside a bid's PDF on a 1920-px screen, on every page of both tenders."""
    too_big = []
    for row, page in every_page(qtbot, demo_window):
        hint = demo_window.minimumSizeHint()
        if hint.width() > 900 or hint.height() > 600:
            too_big.append((row, page.title, hint.width(), hint.height()))
    assert too_big == []
    model = demo_window.tender_model
    rows = [r for r in range(model.rowCount()) if EVALUATION in str(model.data(model.index(r, 0)))]
    demo_window.tender_list.setCurrentIndex(model.index(rows[0], 0))
    demo_window.resize(900, 600)
    ui = demo_window.select_page("Scoring").ui
    ui.member.setCurrentIndex(1)
    qtbot.waitUntil(lambda: ui.stack.currentWidget() is ui.work)
    descriptor = ui.editor.descriptor
    assert ui.editor.buttons
    clipped = []
    for button in ui.editor.buttons:  # every score's descriptor, the longest included
        button.click()
        qtbot.wait(5)
        assert descriptor.isVisible() and descriptor.text()
        if descriptor.heightForWidth(descriptor.width()) > descriptor.height():
            clipped.append((button.text(), descriptor.width(), descriptor.height()))
    assert clipped == []
