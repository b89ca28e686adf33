"""The translation catalogues are complete and consistent (issue 22).

- every UI string is wrapped for Qt's translation, and every message and document text below the UI for gettext's
  (tests/helpers/i18n_scan.py);
- the committed catalogues hold exactly the strings the sources mark (`make translations` was run), and the Welsh
  one has a translation for each, keeping its placeholders, HTML tags and & accelerator, and following the glossary;
- the list of reviewed and unreviewed catalogues names each catalogue.
"""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

from tests.helpers import i18n_scan

REPO = Path(__file__).resolve().parents[3]


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", REPO / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations_tool", module)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def test_every_ui_string_and_message_is_wrapped_for_translation() -> None:
    findings = [str(f) for f in i18n_scan.scan([REPO / "coopeval"])]
    assert findings == [], "text not wrapped for translation (wrap it, or mark it `# i18n: no`):\n" + "\n".join(
        findings[:60])


def test_the_scanner_finds_unwrapped_text(tmp_path: Path) -> None:
    """The scan above could fail: a label, an f-string in tr(), and a raised message are each caught."""
    ui, svc = tmp_path / "ui_probe.py", tmp_path / "service_probe.py"
    ui.write_text('from PySide6.QtWidgets import QLabel\nclass P(QLabel):\n    def f(self, n):\n'
                  '        self.setText("Open the tender")\n        self.setToolTip(self.tr(f"{n} bids"))\n'
                  '        self.setObjectName("Open the tender")\n        return self.tr("Fine")\n',
                  encoding="utf-8")
    svc.write_text('from coopeval.i18n import _\ndef f(x):\n    if x:\n        raise ValueError(f"No bid {x}.")\n'
                   '    raise ValueError(_("No bid {x}.").format(x=x))\n', encoding="utf-8")
    found = [(f.path.name, f.line, f.why) for f in i18n_scan.scan([ui], mode="qt")]
    found += [(f.path.name, f.line, f.why) for f in i18n_scan.scan([svc], mode="gettext")]
    assert ("ui_probe.py", 4, "not wrapped for translation") in found
    assert ("ui_probe.py", 5, "tr() given something other than a plain literal") in found
    assert ("service_probe.py", 4, "message not wrapped in _()") in found
    assert len(found) == 3  # the object name and the wrapped texts are not findings


def test_the_qt_catalogue_holds_exactly_the_ui_strings(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    tool.lupdate(tool.UI_SOURCES, fresh)
    extracted = {(m.context, m.source) for m in tool.read_ts(fresh)}
    committed = {(m.context, m.source) for m in tool.read_ts(tool.TS)}
    assert extracted, "lupdate found no strings"
    assert sorted(extracted - committed) == [], "strings not in coopeval_cy.ts: run `make translations`"
    assert sorted(committed - extracted) == [], "coopeval_cy.ts holds strings the UI no longer has: run `make translations`"


def test_the_gettext_catalogue_holds_exactly_the_marked_strings() -> None:
    extracted = {m.id if isinstance(m.id, str) else m.id[0] for m in tool.extract_pot(tool.GETTEXT_SOURCES) if m.id}
    committed = set(tool.po_entries())
    assert extracted, "Babel found no strings"
    assert sorted(extracted - committed) == [], "strings not in coopeval.po: run `make translations`"
    assert sorted(committed - extracted) == [], "coopeval.po holds strings no longer marked: run `make translations`"


def test_every_ui_string_has_a_welsh_translation_that_keeps_its_placeholders() -> None:
    problems = []
    for m in tool.read_ts(tool.TS):
        if not m.context:
            problems.append(f"{m.source!r}: no context (a bare tr() or an alias of it)")
        if not m.finished:
            problems.append(f"{m.context}: {m.source!r}: no Welsh translation")
            continue
        for text in m.translation if isinstance(m.translation, list) else [m.translation]:
            problems += [f"{m.context}: {m.source!r}: {p}" for p in tool.placeholder_problems(m.source, text)]
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems[:60])


def test_every_message_has_a_welsh_translation_that_keeps_its_placeholders() -> None:
    problems = []
    for source, text in tool.po_entries().items():
        if not text:
            problems.append(f"{source!r}: no Welsh translation")
            continue
        for one in text if isinstance(text, tuple) else (text,):
            problems += [f"{source!r}: {p}" for p in tool.placeholder_problems(source, one)]
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems[:60])


def test_both_catalogues_follow_the_one_glossary() -> None:
    terms = tool.glossary()
    assert {"tender", "bid", "evaluator", "workspace", "assessment_summary"} <= set(terms)
    problems = []
    for m in tool.read_ts(tool.TS):
        for text in m.translation if isinstance(m.translation, list) else [m.translation]:
            if not text:
                continue  # reported as missing by the test above
            problems += [f"qt {m.context}: {m.source!r} → {text!r}: {p}" for p in tool.glossary_problems(m.source, text, terms)]
    for source, text in tool.po_entries().items():
        for one in text if isinstance(text, tuple) else (text,):
            if not one:
                continue
            problems += [f"po {source!r} → {one!r}: {p}" for p in tool.glossary_problems(source, one, terms)]
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems[:60])


def test_the_glossary_check_is_mutation_aware_and_can_fail() -> None:
    terms = tool.glossary()
    assert tool.glossary_problems("Open the bid", "Agor y cynnig", terms) == []
    assert tool.glossary_problems("Your bid", "Eich cynnig", terms) == []
    assert tool.glossary_problems("Her bid", "Ei chynnig", terms) == []  # aspirate
    assert tool.glossary_problems("My bid", "Fy nghynnig", terms) == []  # nasal
    assert tool.glossary_problems("Open the bid", "Agor y tendr", terms) != []
    assert tool.glossary_problems("Create a workspace", "Creu ffeil", terms) != []


@pytest.mark.parametrize(("source", "translation", "ok"), [
    ("{bid} has no score", "Nid oes sgôr gan {bid}", True),
    ("{bid} has no score", "Nid oes sgôr gan {bidder}", False),
    ("<b>Total</b>", "Cyfanswm", False),
    ("&Open", "&Agor", True),
    ("&Open", "Agor", False),
    ("Save && close", "Cadw a chau", True),
    ("%1 of %2", "%1 o %2", True),
    ("%1 of %2", "%1 o", False),
])
def test_placeholder_checks(source: str, translation: str, ok: bool) -> None:
    assert (tool.placeholder_problems(source, translation) == []) is ok


def test_the_reviewed_list_names_every_catalogue_and_says_none_is_reviewed_yet() -> None:
    marks = tomllib.loads((REPO / "resources" / "i18n" / "catalogues.toml").read_text(encoding="utf-8"))
    names = set(marks["catalogue"])
    assert {"coopeval_cy.ts", "cy/LC_MESSAGES/coopeval.po", "glossary-cy.toml"} <= names
    for name, mark in marks["catalogue"].items():
        assert isinstance(mark["reviewed"], bool), name
        if mark["reviewed"]:
            assert mark["reviewer"] and mark["reviewed_on"], f"{name}: a review names its reviewer and date"
    rows = {row["catalogue"]: row for row in tool.status()}
    assert set(rows) == {"coopeval_cy.ts", "cy/LC_MESSAGES/coopeval.po"}
    for row in rows.values():
        assert row["complete"] is (row["translated"] == row["strings"])
