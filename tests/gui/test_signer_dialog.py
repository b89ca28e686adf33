"""Who signs, asked in the app: before the first signing key is made, the Report page asks for the
signer's name (offering the signed-in person's), role and council; backing out makes no key and
writes nothing; "Make a new signing certificate…" replaces the key, keeping the old one aside."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

import coopeval.ui.pages.report as report_module
from coopeval.services.reports import writing as reports
from tests.gui.test_report_page import answer_signer_dialog, choose_file, on_demo
from tests.helpers.reports import DEMO_DONE


@pytest.fixture
def report_page(qtbot, sync_window, tmp_path_factory, tmp_path):
    """The Report page on a copy of the demo, its work run in step with the test."""
    return on_demo(sync_window, tmp_path_factory, tmp_path)


def test_the_first_signed_report_asks_who_signs_before_making_the_key(qtbot, report_page, tmp_path,
                                                                      monkeypatch):
    window, show = report_page
    page = show(DEMO_DONE)
    assert reports.user_signer() is None and "no signing certificate yet" in page.signer.text()
    out = tmp_path / "report.pdf"
    choose_file(monkeypatch, out)

    backed_out = []
    monkeypatch.setattr(report_module.SignerDialog, "exec", lambda dialog: backed_out.append(dialog) or 0)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert len(backed_out) == 1 and not out.exists() and reports.user_signer() is None  # Cancel: no key, no file
    offered = backed_out[0]
    assert offered.name.text() == window.controller.info.person  # the signed-in person, offered
    offered.name.setText("  ")
    assert not offered.ok_button.isEnabled()  # a certificate must name someone

    asked = answer_signer_dialog(monkeypatch, "Olu Adebayo", "Procurement officer", "Example Council")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and out.exists()
    assert "signed by Olu Adebayo, Procurement officer, Example Council" in page.result.text()
    assert "signs as Olu Adebayo, Procurement officer, Example Council" in page.signer.text()
    assert reports.verify_report(out).signer == "Olu Adebayo, Procurement officer, Example Council"

    out.unlink()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)  # the key exists now: not asked again
    assert len(asked) == 1 and out.exists()


def test_make_a_new_signing_certificate_replaces_it_and_keeps_the_old(qtbot, report_page, monkeypatch):
    window, show = report_page
    page = show(DEMO_DONE)
    first = reports.new_user_signing_key("Olu Adebayo", "Procurement officer")
    asked = answer_signer_dialog(monkeypatch, role="Head of procurement")
    qtbot.mouseClick(page.new_cert_button, Qt.MouseButton.LeftButton)
    assert asked[0].name.text() == "Olu Adebayo"  # the current certificate's details, offered for change
    now = asked[0].made
    assert now is not None and now.label == "Olu Adebayo, Head of procurement" and reports.user_signer() == replace(now, replaced=None)
    assert now.fingerprint != first.fingerprint and now.replaced is not None and now.replaced.is_dir()
    assert "Made a signing certificate for Olu Adebayo, Head of procurement" in page.result.text()
    assert str(now.replaced) in page.result.text()
