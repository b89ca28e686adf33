"""Settings → Language, the Welsh catalogues a council can put in the user data folder, and `--language` (issue 22).

The catalogues here are tiny ones built in tmp_path, so the tests do not depend on how much of the shipped Welsh
is filled in; every test puts the app back in English (the default the other tests assume)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from coopeval import i18n
from coopeval.ui import i18n as ui_i18n
from coopeval.ui.application import build_window
from coopeval.ui.i18n import apply_language, qm_file, translate
from coopeval.ui.language_dialog import LanguageDialog
from tests.helpers.catalogues import write_mo, write_qm


# -- the dialog --------------------------------------------------------------------------------------------------
def test_the_language_dialog_saves_the_choice_for_the_next_start(qtbot, settings):
    assert settings.language == "system"  # nothing chosen yet: the system's language
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.buttons["system"].isChecked()
    assert "draft translation, to be reviewed" in dialog.buttons["cy"].text()
    assert dialog.buttons["cy"].text().startswith("Cymraeg") and dialog.buttons["en"].text() == "English"
    assert "next time CoopEval starts" in dialog.note.text()
    dialog.buttons["cy"].setChecked(True)
    dialog.accept()
    assert settings.language == "cy"

    again = LanguageDialog(settings)  # it opens on what was saved
    qtbot.addWidget(again)
    assert again.buttons["cy"].isChecked()
    again.buttons["en"].setChecked(True)
    again.reject()  # Cancel keeps the saved choice
    assert settings.language == "cy"


def test_the_settings_menu_offers_the_language(window, monkeypatch):
    titles = {a.text(): a for a in window.menuBar().actions()}
    assert "&Settings" in titles
    items = [a.text() for a in titles["&Settings"].menu().actions()]
    assert items == ["&Language…"]
    opened = []
    monkeypatch.setattr(LanguageDialog, "exec", lambda self: opened.append(self) or 0)
    titles["&Settings"].menu().actions()[0].trigger()
    assert opened and opened[0].settings is window.settings


def test_the_about_box_says_the_welsh_is_a_draft_and_where_a_correction_goes(window, user_i18n):
    text = window.about_text()
    assert "draft" in text and "reviewed" in text
    assert "coopeval_cy.qm" in text and "coopeval.mo" in text
    assert str(user_i18n / "cy") in text


# -- the catalogues ----------------------------------------------------------------------------------------------
def test_apply_language_loads_the_welsh_catalogue_from_the_user_data_folder(qtbot, user_i18n):
    app = QApplication.instance()
    qm = write_qm(user_i18n, {"LanguageTest": {"Hello": "Shwmae"}})
    write_mo(user_i18n, {"Hello from a service": "Shwmae o wasanaeth"})
    assert qm_file("cy", override_dirs=[user_i18n]) == qm

    assert apply_language("cy", app) == "cy"
    assert qm_file("cy") == qm  # the user data folder's catalogue comes before the shipped one
    assert translate("LanguageTest", "Hello") == "Shwmae"
    assert i18n.app_language() == "cy"
    assert i18n._("Hello from a service") == "Shwmae o wasanaeth"  # gettext's override too
    assert i18n.month_name(12) == "Rhagfyr"

    assert apply_language("en", app) == "en"  # and back: the translators are removed
    assert translate("LanguageTest", "Hello") == "Hello"
    assert i18n._("Hello from a service") == "Hello from a service"


def test_without_a_user_catalogue_the_shipped_one_is_used(user_i18n):
    shipped = qm_file("cy", override_dirs=[user_i18n])
    assert shipped is not None and user_i18n not in shipped.parents
    assert qm_file("en", override_dirs=[user_i18n]) is None


def test_the_window_in_welsh_keeps_its_page_keys(qtbot, catalogue, settings, user_i18n):
    """Tab titles and menus come out in Welsh; the pages are still found by their English keys."""
    write_qm(user_i18n, {"MainWindow": {"&Settings": "G&osodiadau", "&Help": "&Cymorth"},
                         "TenderPage": {"Scoring": "Sgorio", "Overview": "Trosolwg"},
                         "FileActions": {"&Open…": "&Agor…"}})
    assert apply_language("cy", QApplication.instance()) == "cy"
    window = build_window(catalogue, settings=settings)
    qtbot.addWidget(window)
    try:
        menus = [a.text() for a in window.menuBar().actions()]
        assert "G&osodiadau" in menus and "&Cymorth" in menus
        assert "&Agor…" in [a.text() for a in window.file_actions.file_menu.actions()]
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs[0] == "Trosolwg" and "Sgorio" in tabs
        assert window.select_page("Scoring") is window.scoring_page
        assert window.tabs.tabText(window.tabs.currentIndex()) == "Sgorio"
    finally:
        window.controller.close(emit=False)


def test_an_unreadable_user_catalogue_is_left_out_and_the_shipped_welsh_stays(user_i18n, capsys):
    (user_i18n / "cy").mkdir()
    (user_i18n / "cy" / "coopeval_cy.qm").write_bytes(b"not a catalogue")
    assert apply_language("cy", QApplication.instance()) == "cy"  # review of issue 22: was English
    assert "could not be loaded; it is not used" in capsys.readouterr().err
    assert i18n.app_language() == "cy"


# -- --language --------------------------------------------------------------------------------------------------
def test_the_app_accepts_language_on_its_command_line(monkeypatch):
    from coopeval import __main__ as entry
    from coopeval import app

    started: list[dict[str, object]] = []
    monkeypatch.setattr(app, "run_gui", lambda **kwargs: started.append(kwargs) or 0)
    assert entry.main(["--language", "cy", "--exit-after-startup"]) == 0
    assert started[0]["language"] == "cy"
    assert entry.main([]) == 0 and started[1]["language"] is None  # Settings → Language decides
    with pytest.raises(SystemExit):
        entry.main(["--language", "fr"])


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stacking
def test_in_welsh_the_user_guide_opens_at_its_welsh_quick_start(window, monkeypatch):
    from coopeval.ui.help_window import HelpWindow, guide_path

    if guide_path() is None:
        pytest.skip("this installation has no user guide")
    monkeypatch.setattr(i18n, "_app_language", "cy")  # the words do not matter here, only the language chosen
    window._user_guide()  # Help → User guide
    guide = window.findChild(HelpWindow)
    assert guide is not None and guide.found
    assert guide.contents.currentItem().text().strip().startswith("Cychwyn cyflym yn Gymraeg")


def test_qt_own_buttons_take_their_welsh_from_our_catalogue(qtbot, user_i18n):
    """Qt ships no Welsh of its own: our catalogue carries its button words, in the contexts Qt asks for them."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    assert "OK" in ui_i18n.QT_OWN_WORDS and "Show Details..." in ui_i18n.QT_OWN_WORDS
    write_qm(user_i18n, {"QPlatformTheme": {"OK": "Iawn", "Cancel": "Canslo"},
                         "QMessageBox": {"Show Details...": "Dangos y manylion..."}})
    assert apply_language("cy", QApplication.instance()) == "cy"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Canslo", "Iawn"]
    message = QMessageBox()
    qtbot.addWidget(message)
    message.setDetailedText("details")
    assert "Dangos y manylion..." in [b.text() for b in message.buttons()]


def test_a_user_translation_that_breaks_its_fields_is_not_used_and_nothing_crashes(qapp, user_i18n):
    """A council's .qm made without CoopEval's checks: a translation that renames a {field} would make
    `tr(…).format(…)` raise KeyError; it is skipped (the shipped Welsh or the English is used), the rest is used."""
    write_qm(user_i18n, {"Probe": {"{bid} has no score": "Nid oes sgôr gan {cynnig}", "Plain words": "Geiriau plaen"},
                         "MainWindow": {"&File": "&Ffeil (wedi'i gywiro)"}})
    assert apply_language("cy", qapp) == "cy"
    assert QCoreApplication.translate("Probe", "{bid} has no score").format(bid="X") == "X has no score"
    assert QCoreApplication.translate("Probe", "Plain words") == "Geiriau plaen"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil (wedi'i gywiro)"
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Cymorth"  # not in the user's: the shipped Welsh
