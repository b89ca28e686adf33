"""Review of issue 22: a council's own compiled Qt catalogue with only a few corrections takes precedence for those,
and the shipped Welsh still gives the rest of the interface."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from coopeval.ui.i18n import apply_language, translate
from tests.helpers.catalogues import write_qm


def test_a_few_corrections_keep_the_rest_of_the_shipped_welsh(qapp, user_i18n):
    write_qm(user_i18n, {"MainWindow": {"&File": "&Ffeil (wedi'i chywiro)"}})
    assert apply_language("cy", QApplication.instance()) == "cy"
    assert translate("MainWindow", "&File") == "&Ffeil (wedi'i chywiro)"  # the council's correction
    assert translate("MainWindow", "&Help") == "&Cymorth"  # the shipped Welsh for the rest


def test_lupdate_sees_the_overview_and_moderation_labels_that_sat_inside_f_strings(tmp_path: Path) -> None:
    import subprocess
    import xml.etree.ElementTree as ET

    from tests.helpers.catalogues import pyside_tool

    ts = tmp_path / "seen.ts"
    subprocess.run([*pyside_tool("lupdate"), "-silent", "coopeval/ui/pages/overview.py",
                    "coopeval/ui/pages/moderation.py", "-ts", str(ts)], check=True, timeout=120)
    seen = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().iter("context")
            for m in c.iter("message")}
    assert ("OverviewPage", "Next step:") in seen
    assert {("ModerationPage", h) for h in ("Evaluator", "Scored", "Submitted", "Drafts")} <= seen


def test_the_overview_names_panel_roles_in_the_language() -> None:
    from coopeval import i18n as core
    from coopeval.domain import lifecycle

    source = Path("coopeval/ui/pages/overview.py").read_text(encoding="utf-8")
    assert "lifecycle.role_label(m.role)" in source and "({m.role})" not in source
    with core.language("cy"):
        assert lifecycle.role_label("evaluator") != "evaluator"
