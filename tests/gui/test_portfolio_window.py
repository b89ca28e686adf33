"""File → Portfolio…: the table models read back from hand-built portfolio views (no window), the charts' words,
the headline cards, and the real window on real workspace files through build_portfolio on the task runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.portfolio.views import (
    AreaShare,
    AwardYear,
    Conflict,
    MeasureTotal,
    ModelShare,
    PortfolioTender,
    PortfolioView,
    SpendYear,
    Trend,
)
from coopeval.ui.portfolio import models
from coopeval.ui.portfolio.charts import AwardModelChart, SpendShareChart
from coopeval.ui.portfolio.window import PortfolioWindow, awarded_by_model
from tests.helpers.awarded import awarded_tender
from tests.helpers.widgets import unnamed_controls

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stacking
DISPLAY = Qt.ItemDataRole.DisplayRole


def cells(model, column: int) -> list:
    return [model.data(model.index(row, column), DISPLAY) for row in range(model.rowCount())]


def tender(reference: str, year: str, value: int, *, democratic: bool | None = True, model: str = "worker co-operative",
           notice: str = "2026-06-15") -> PortfolioTender:
    return PortfolioTender(reference=reference, title=f"Tender {reference}", authority="Elmbridge Vale Council",
                           workspaces=("a.coopeval", "b.coopeval"), year=year, notice_date=notice, value_pence=value,
                           supplier="Greenways Parks Co-operative Ltd", legal_form="co-operative society",
                           model=model, democratic=democratic, coop_bid=True, bids=4, status="in_delivery",
                           supply_chain_promised_pence=5_000_000, supply_chain_delivered_pence=None)


def a_view(year: str | None = None, baseline: str | None = None) -> PortfolioView:
    spend = (SpendYear("2025-26", 100_000_000, 10_000_000, 60_000_000, 5_000_000, 25_000_000, "10.0", 4_000),
             SpendYear("2026-27", 80_000_000, 10_000_000, 40_000_000, 0, 30_000_012, "12.5", 3_100))
    awards = (AwardYear("2025-26", 1, 20_000_000, 0, "0.0", 1, 0,
                        (ModelShare("investor-owned", False, 20_000_000, "100.0"),)),
              AwardYear("2026-27", 2, 30_000_000, 25_000_000, "83.3", 2, 1,
                        (ModelShare("worker co-operative", True, 25_000_000, "83.3"),
                         ModelShare("not recorded", None, 5_000_000, "16.7"))))
    return PortfolioView(
        workspaces=("a.coopeval", "b.coopeval"), year=year, baseline=baseline, years=("2025-26", "2026-27"),
        tenders=(tender("EVC-1", "2025-26", 20_000_000, democratic=False, model="investor-owned", notice="2025-05-01"),
                 tender("EVC-2", "2026-27", 25_000_000), tender("EVC-3", "2026-27", 5_000_000, democratic=None, model="")),
        award_years=awards,
        measures=(MeasureTotal("CV-CC-01", "Spend with co-operatives in the supply chain", "£", "higher", 2,
                               "50000", "12500.5", "25.0"),),
        spend_years=spend,
        spend_areas=(AreaShare("2026-27", "Environment", 50_000_000, 10_000_000, 0, "20.0"),
                     AreaShare("2026-27", "", 30_000_000, 0, 30_000_000, "0.0"),
                     AreaShare("2025-26", "Housing", 100_000_000, 10_000_000, 25_000_000, "10.0")),
        spend_models=(ModelShare("worker co-operative", True, 10_000_000, "12.5"),
                      ModelShare("unmatched", None, 30_000_012, "37.5")),
        trend=(Trend("2025-26", "0.0", "0.0", "10.0", "0.0"), Trend("2026-27", "83.3", "+83.3", "12.5", "+2.5")),
        conflicts=(Conflict("EVC-9", ("a.coopeval", "b.coopeval"), "the award differs: value £1.00 against £2.00"),),
        supply_chain_promised_pence=10_000_000, supply_chain_delivered_pence=1_250_050,
        spend_lines=7_100, duplicate_lines=1_234, notes=("c.coopeval could not be read: it does not exist.",))


# the table models, without a window --------------------------------------------------------------------------------
def test_tender_model_shows_money_dates_and_unknowns_plainly(qtmodeltester):
    model = models.TenderTableModel()
    model.set_rows(a_view().tenders)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    assert cells(model, models.T_REFERENCE) == ["EVC-1", "EVC-2", "EVC-3"]
    assert cells(model, models.T_VALUE) == ["£200,000.00", "£250,000.00", "£50,000.00"]
    assert cells(model, models.T_AWARDED)[0] == "1 May 2025"
    assert cells(model, models.T_DEMOCRATIC) == ["no", "yes", "not recorded"]
    assert cells(model, models.T_MODEL)[2] == "not recorded"
    assert cells(model, models.T_CHAIN_DELIVERED) == ["—", "—", "—"]  # nothing accepted yet is not £0
    assert cells(model, models.T_STATUS)[0] == "in delivery"
    assert cells(model, models.T_WORKSPACES)[0] == "a.coopeval, b.coopeval"
    value = model.index(0, models.T_VALUE)
    assert model.data(value, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight.value
    assert not model.flags(value) & Qt.ItemFlag.ItemIsEditable  # read only
    assert "co-operative society" in model.data(model.index(0, models.T_SUPPLIER), Qt.ItemDataRole.ToolTipRole)
    model.set_rows(())
    assert model.rowCount() == 0


def test_measure_area_model_and_conflict_models(qtmodeltester):
    view = a_view()
    measures = models.MeasureTableModel()
    measures.set_rows(view.measures)
    qtmodeltester.check(measures)
    assert cells(measures, models.M_PROMISED) == ["£50,000"]
    assert cells(measures, models.M_DELIVERED) == ["£12,500.5"]
    assert cells(measures, models.M_SHARE) == ["25.0%"]
    areas = models.AreaTableModel()
    areas.set_rows(view.spend_areas)
    qtmodeltester.check(areas)
    assert cells(areas, models.A_AREA) == ["Environment", "not given", "Housing"]
    assert cells(areas, models.A_UNMATCHED) == ["£0.00", "£300,000.00", "£250,000.00"]
    assert cells(areas, models.A_SHARE)[0] == "20.0%"
    shares = models.ModelShareTableModel()
    shares.set_rows(view.spend_models)
    qtmodeltester.check(shares)
    assert cells(shares, models.O_AMOUNT) == ["£100,000.00", "£300,000.12"]
    assert cells(shares, models.O_DEMOCRATIC) == ["yes", "not recorded"]
    conflicts = models.ConflictTableModel()
    conflicts.set_rows(view.conflicts)
    qtmodeltester.check(conflicts)
    assert cells(conflicts, models.C_MESSAGE) == ["the award differs: value £1.00 against £2.00"]


def test_a_share_with_nothing_to_divide_by_is_a_dash_not_zero():
    assert models.percent(None) == "—" and models.percent("0.0") == "0.0%"
    assert models.figure("1200", "hours") == "1,200 hours" and models.figure("12.5", "%") == "12.5%"
    assert models.figure(None, "£") == "—"


# the charts' words ---------------------------------------------------------------------------------------------------
def test_the_spend_chart_says_every_figure_in_words(qtbot):
    chart = SpendShareChart()
    qtbot.addWidget(chart)
    chart.set_years(a_view().spend_years, "2026-27")
    said = chart.accessibleDescription()
    assert "2026-27: £800,000.00 spent; £100,000.00 co-operative or democratic (12.5%)" in said
    assert "£300,000.12 unmatched" in said and "£50,000.00 awaiting review" in said
    assert chart.toolTip() == said and chart.accessibleName()
    chart.resize(420, 240)
    assert not chart.grab().isNull()
    chart.set_years((), empty_text="No spend")
    assert chart.accessibleDescription() == "No spend"


def test_awarded_value_by_model_for_a_year_or_summed_over_all():
    assert [(s.model, s.pence) for s in awarded_by_model(a_view(year="2025-26"))] == [("investor-owned", 20_000_000)]
    every = {s.model: (s.pence, s.share) for s in awarded_by_model(a_view())}
    assert every == {"investor-owned": (20_000_000, "40.0"), "worker co-operative": (25_000_000, "50.0"),
                     "not recorded": (5_000_000, "10.0")}


def test_the_award_chart_lists_the_models_largest_first(qtbot):
    chart = AwardModelChart()
    qtbot.addWidget(chart)
    chart.set_shares(awarded_by_model(a_view()), "All years:")
    lines = chart.accessibleDescription().splitlines()
    assert lines == ["All years:", "worker co-operative: £250,000.00 (50.0%)", "investor-owned: £200,000.00 (40.0%)",
                     "not recorded: £50,000.00 (10.0%)"]


# the window from a hand-built view ----------------------------------------------------------------------------------
@pytest.fixture
def portfolio(qtbot, window):
    win = PortfolioWindow(window.controller, window.settings, window)
    qtbot.addWidget(win)
    return win


def test_the_cards_say_this_year_against_last_year_with_unmatched_beside(portfolio):
    portfolio.show_view(a_view(baseline="2025-26"))
    spend = portfolio.spend_card.text()
    assert ("This year (2026-27): 12.5% of spend went to co-operative and democratic businesses; "
            "last year (2025-26): 10.0%.") in spend
    assert "£300,000.12 unmatched" in spend and "3,100 lines" in spend
    assert "2026-27 against 2025-26: spend share +2.5 points, award share +83.3 points." in portfolio.change_card.text()
    assert "£100,000.00 promised, £12,500.50 delivered" in portfolio.change_card.text()
    assert "1,234 spend lines found in more than one workspace" in portfolio.change_card.text()
    assert "£500,000.00 across 3 tenders" in portfolio.award_card.text()
    assert [portfolio.year.itemData(i) for i in range(portfolio.year.count())] == [None, "2025-26", "2026-27"]
    assert portfolio.baseline.currentData() == "2025-26"
    assert portfolio.tabs.tabText(5) == "Conflicts and notes (2)"
    assert portfolio.notes_model.stringList() == ["c.coopeval could not be read: it does not exist."]


def test_a_chosen_year_narrows_the_tenders_areas_and_awards(portfolio):
    portfolio.show_view(a_view(year="2025-26"))
    assert cells(portfolio.tender_model, models.T_REFERENCE) == ["EVC-1"]
    assert cells(portfolio.area_model, models.A_AREA) == ["Housing"]
    assert "This year (2025-26): 10.0%" in portfolio.spend_card.text()
    assert "no spend imported for the year before" in portfolio.spend_card.text()
    assert "Awarded in 2025-26: £200,000.00 across 1 tender;" in portfolio.award_card.text()
    assert portfolio.year.currentData() == "2025-26"
    assert "Choose a baseline year" in portfolio.change_card.text()


def test_nothing_yet_is_said_plainly(portfolio):
    empty = PortfolioView(("a.coopeval",), None, None, (), (), (), (), (), (), (), (), (), 0, 0, 0, 0, ())
    portfolio.show_view(empty)
    assert "No spend has been imported" in portfolio.spend_card.text()
    assert "No tender in these workspaces has been awarded yet." in portfolio.award_card.text()
    assert portfolio.tender_model.rowCount() == 0


def test_the_window_fits_900_by_600(portfolio):
    portfolio.show_view(a_view())
    portfolio.show()
    portfolio.resize(900, 600)
    hint = portfolio.minimumSizeHint()
    assert hint.width() <= 900 and hint.height() <= 600
    assert (portfolio.width(), portfolio.height()) == (900, 600)


# the real window on real files -----------------------------------------------------------------------------------
@pytest.fixture
def awarded(tmp_path):
    """Two workspace files holding the same awarded tender (counted once) — the open one and another."""
    ws, built, _ = awarded_tender(tmp_path)
    ws.close()
    other = tmp_path / "other.coopeval"
    other.write_bytes((tmp_path / "awarded.coopeval").read_bytes())
    return tmp_path / "awarded.coopeval", other


def test_file_portfolio_reads_the_open_workspace_and_others_remembered(qtbot, sync_window, awarded, settings):
    here, other = awarded
    assert sync_window.file_actions.open_path(here)
    sync_window.file_actions.portfolio_action.trigger()
    win = sync_window.file_actions.portfolio_window
    qtbot.waitUntil(lambda: win.view is not None)
    assert win.isVisible() and win.view.workspaces == ("awarded.coopeval",)
    assert win.workspaces.count() == 1 and win.workspaces.item(0).text() == "awarded.coopeval (open)"
    assert not win.workspaces.item(0).flags() & Qt.ItemFlag.ItemIsSelectable  # the open one is never removed
    assert win.tender_model.rowCount() == 1 and win.view.award_years[0].year == "2026-27"
    assert "Awarded in every year: £1,250,000.00 across 1 tender" in win.award_card.text()

    win.add_paths([other, here])  # the open one is in already
    qtbot.waitUntil(lambda: win.view is not None and len(win.view.workspaces) == 2)
    assert settings.portfolio_workspaces == [str(other)]
    assert win.tender_model.rowCount() == 1  # the same tender in two files is counted once
    assert cells(win.tender_model, models.T_WORKSPACES) == ["awarded.coopeval, other.coopeval"]

    win.workspaces.item(1).setSelected(True)
    assert win.remove_button.isEnabled()
    win.remove_workspaces()
    qtbot.waitUntil(lambda: win.view is not None and len(win.view.workspaces) == 1)
    assert settings.portfolio_workspaces == [] and win.workspaces.count() == 1


def test_a_missing_file_is_a_note_and_the_year_chooser_reads_again(qtbot, sync_window, awarded, settings, tmp_path):
    here, _ = awarded
    settings.portfolio_workspaces = [str(tmp_path / "gone.coopeval")]
    assert sync_window.file_actions.open_path(here)
    sync_window.file_actions.open_portfolio()
    win = sync_window.file_actions.portfolio_window
    qtbot.waitUntil(lambda: win.view is not None)
    assert any("gone.coopeval" in note for note in win.view.notes)
    assert "gone.coopeval" in win.workspaces.item(1).text()
    win.year.setCurrentIndex(win.year.findData("2026-27"))
    win.year.activated.emit(win.year.currentIndex())
    qtbot.waitUntil(lambda: win.view is not None and win.view.year == "2026-27")
    assert win.tender_model.rowCount() == 1


def test_a_change_elsewhere_reads_again_and_other_changes_do_not(qtbot, sync_window, awarded):
    here, _ = awarded
    assert sync_window.file_actions.open_path(here)
    sync_window.file_actions.open_portfolio()
    win = sync_window.file_actions.portfolio_window
    qtbot.waitUntil(lambda: win.view is not None)
    first = win.view
    sync_window.controller.data_changed.emit(Changes.of(ChangeKind.SCORE))
    qtbot.wait(400)
    assert win.view is first
    sync_window.controller.data_changed.emit(Changes.of(ChangeKind.SUPPLIER_MATCH))
    qtbot.waitUntil(lambda: win.view is not first)


def test_export_writes_the_portfolio_through_the_service(qtbot, sync_window, awarded, tmp_path):
    here, _ = awarded
    assert sync_window.file_actions.open_path(here)
    sync_window.file_actions.open_portfolio()
    win = sync_window.file_actions.portfolio_window
    qtbot.waitUntil(lambda: win.view is not None)
    win.export_to(tmp_path / "portfolio", xlsx=True)
    qtbot.waitUntil(lambda: (tmp_path / "portfolio.xlsx").exists())
    assert (tmp_path / "portfolio.xlsx").read_bytes()[:2] == b"PK"
    assert "Exported to" in win.status.text()


def test_closing_the_workspace_leaves_nothing_of_it_in_the_window(qtbot, sync_window, awarded):
    here, _ = awarded
    assert sync_window.file_actions.open_path(here)
    sync_window.file_actions.open_portfolio()
    win = sync_window.file_actions.portfolio_window
    qtbot.waitUntil(lambda: win.view is not None)
    sync_window.controller.close()
    assert win.tender_model.rowCount() == 0 and win.workspaces.count() == 0
    qtbot.waitUntil(lambda: win.view is not None)  # read again, with no workspace open: nothing to show
    assert win.view.tenders == () and win.tender_model.rowCount() == 0


def test_the_file_menu_says_portfolio_with_a_letter_of_its_own(sync_window):
    action = sync_window.file_actions.portfolio_action
    assert action.text() == "Por&tfolio…" and action.isEnabled()  # read only: open with or without a workspace
    letters = [a.text().lower().split("&")[1][:1] for a in sync_window.file_actions.file_menu.actions() if "&" in a.text()]
    assert letters.count("t") == 1


def test_every_control_on_every_tab_has_a_name(qtbot, portfolio):
    portfolio.show_view(a_view())
    portfolio.show()
    for index in range(portfolio.tabs.count()):
        portfolio.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        assert unnamed_controls(portfolio) == [], portfolio.tabs.tabText(index)
    assert "2026-27: £800,000.00 spent" in portfolio.spend_chart.accessibleDescription()


def test_the_window_shows_at_once_saying_reading_and_fills_in_from_the_background(qtbot, window, awarded):
    here, _ = awarded
    assert window.file_actions.open_path(here)
    window.file_actions.open_portfolio()
    win = window.file_actions.portfolio_window
    assert win.isVisible() and win.view is None  # the build runs on the task runner, not before the window shows
    assert win.spend_card.text() == "Reading…" and win.status.text() == "Reading 1 workspace…"
    assert not win.export_button.isEnabled()
    qtbot.waitUntil(lambda: win.view is not None)
    assert win.status.text() == "Read 1 workspace." and win.export_button.isEnabled()
    window.file_actions.open_portfolio()
    assert window.file_actions.portfolio_window is win  # one window, raised again


def test_a_change_while_the_runner_is_busy_reads_once_it_is_free(qtbot, sync_window, awarded):
    here, _ = awarded
    assert sync_window.file_actions.open_path(here)
    sync_window.file_actions.open_portfolio()
    win = sync_window.file_actions.portfolio_window
    qtbot.waitUntil(lambda: win.view is not None)
    first = win.view
    sync_window.controller._set_busy("importing spend")  # another operation holds the one runner
    win.rebuild()
    assert win.view is first and win.reading and not win.export_button.isEnabled()
    sync_window.controller._set_busy(None)
    qtbot.waitUntil(lambda: win.view is not first)
    assert not win.reading
