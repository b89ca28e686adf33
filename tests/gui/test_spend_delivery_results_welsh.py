"""Issue 22, the spend, portfolio, delivery and results screens: every string reaches Qt's catalogue under a context
it is looked up in at run time, tables made when their module is imported still show their headers in the language
the app started in, and the words shown for codes (checks, answers, ratings, criterion kinds, register kinds) and
dates follow the language. A tiny Welsh catalogue built here stands in for the shipped one (the lead merges that)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from tests.helpers.catalogues import lupdate_messages, welsh_qt, write_qm

ROOT = Path(__file__).resolve().parents[2]
AREA = [ROOT / "coopeval" / "ui" / d for d in ("spend", "portfolio", "delivery", "results")]
FILES = [f for d in AREA for f in sorted(d.rglob("*.py")) if "__pycache__" not in f.parts]


def test_every_string_is_extracted_under_a_real_context(tmp_path: Path) -> None:
    """A helper such as `_tr(text)` or `model.tr(…)` hid strings from lupdate (or gave it a variable's name as the
    context): each context is now a class name or a `translate` context, and those strings are extracted."""
    found = set(lupdate_messages(FILES, tmp_path / "area.ts"))
    contexts = {c for c, _ in found}
    assert all(c and c[0].isupper() and "." not in c for c in contexts), sorted(contexts)
    for expected in [("SpendTables", "Supplier"), ("SpendTables", "Ownership model"),
                     ("SpendTables", "Dissolved {date}"), ("MappingDialog", "Payment date"),
                     ("SpendDecisions", "Cancel"), ("PortfolioModels", "not recorded"),
                     ("DeliveryGrid", "Accepted"), ("DeliveryGrid", "Requires improvement"),
                     ("DeliveryGrid", "{figure} or fewer"), ("OtherCriteria", "Price"),
                     ("WholeResult", "Total /100"), ("DeliveryReturnsActions", "Excel workbook (*.xlsx)"),
                     ("SpendWindow", "Spend files (*.csv *.txt *.tsv);;All files (*)")]:
        assert expected in found, expected


def test_nothing_left_unwrapped() -> None:
    from tests.helpers.i18n_scan import scan

    assert [str(f) for f in scan(AREA)] == []


def test_placeholders_are_named_and_plurals_chosen_in_code() -> None:
    """No `%1` filled by `.replace` (named `{fields}` instead), no `%n` numerus forms, and no translation call
    inside an f-string (lupdate cannot see it there)."""
    numbered, hidden = [], []
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        if "%1" in text or "%n" in text:
            numbered.append(str(path.relative_to(ROOT)))
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.JoinedStr):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Call) and getattr(sub.func, "attr", getattr(sub.func, "id", "")) in (
                            "tr", "translate"):
                        hidden.append(f"{path.relative_to(ROOT)}:{sub.lineno}")
    assert numbered == [] and hidden == []


@pytest.fixture
def welsh(qapp, tmp_path: Path) -> Iterator[None]:
    """A tiny Welsh Qt catalogue, installed for one test, with the app language set to Welsh."""
    entries = {
        "SpendTables": {"Supplier": "Cyflenwr", "All the supplier's spend": "Holl wariant y cyflenwr",
                        "Dissolved {date}": "Diddymwyd {date}", "Co-operatives UK": "Co-operatives UK (cydweithfeydd)",
                        "Awaiting review": "Yn aros am adolygiad"},
        "MappingDialog": {"Payment date": "Dyddiad talu"},
        "PortfolioModels": {"yes": "ydy", "not recorded": "heb ei gofnodi"},
        "DeliveryGrid": {"Accepted": "Derbyniwyd", "Yes": "Ydy", "Partly": "Yn rhannol", "Good": "Da",
                         "Requires improvement": "Angen gwella", "{figure} or fewer": "{figure} neu lai"},
        "OtherCriteria": {"Price": "Pris"},
        "WholeResult": {"Rank": "Safle", "Bid": "Cynnig", "Social value": "Gwerth cymdeithasol",
                        "Total /100": "Cyfanswm /100",
                        "<b>Whole result: complete, but tied.</b>":
                            "<b>Y canlyniad cyfan: cyflawn, ond yn gyfartal.</b>"},
    }
    with welsh_qt(write_qm(tmp_path, entries)):
        yield


def test_table_headers_follow_the_language_the_app_started_in(welsh) -> None:
    """The spend tables' columns are defined when the module is imported (before Settings → Language applies):
    their headers and tooltips are translated when shown, not when defined."""
    from coopeval.ui.spend.tables import EntriesModel, ReviewModel, kind_label, status_label

    model = ReviewModel()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Cyflenwr"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Holl wariant y cyflenwr"
    assert kind_label("coops-uk") == "Co-operatives UK (cydweithfeydd)"
    assert status_label("awaiting-review") == "Yn aros am adolygiad"
    assert status_label("some-new-status") == "some-new-status"  # an unknown code is shown as it is
    entry = SimpleNamespace(live=False, dissolved_on="2026-03-03", name="Riverside Care Co-operative Ltd")
    state = EntriesModel.columns[-1].cell(entry)  # type: ignore[arg-type]
    assert state == "Diddymwyd 3 Maw 2026"  # the date in Welsh too


def test_codes_shown_as_words_in_welsh(welsh) -> None:
    from coopeval.ui.delivery.grid import answer_text, check_text, promised_text, rating_label
    from coopeval.ui.portfolio.models import _yes_no
    from coopeval.ui.results.other_criteria import kind_label
    from coopeval.ui.spend.mapping_dialog import field_label

    assert check_text("accepted") == "✓ Derbyniwyd"
    assert answer_text("yes") == "Ydy" and answer_text("partly") == "Yn rhannol"
    assert rating_label("good") == "Da" and rating_label("improvement") == "Angen gwella"
    assert promised_text(SimpleNamespace(target="12", unit="t", direction="lower")) == "12 t neu lai"  # type: ignore[arg-type]
    assert kind_label("price") == "Pris" and kind_label("mystery") == "mystery"
    assert field_label("date") == "Dyddiad talu"
    assert _yes_no(True) == "ydy" and _yes_no(None) == "heb ei gofnodi"


def test_whole_result_in_welsh_keeps_bidders_names(welsh) -> None:
    from coopeval.services.criteria.views import WholeLine, WholeResult
    from coopeval.ui.results.other_criteria import whole_html

    line = WholeLine(1, "B1", "Caerffili Cares Ltd", "12.00", (("Price", "50.00"),), "62.00", 1, False)
    result = WholeResult(True, True, (), (line, line), None)
    html = whole_html(result, lambda s: s)  # a caller's own tr is no longer needed, nor used
    assert "<b>Y canlyniad cyfan: cyflawn, ond yn gyfartal.</b>" in html
    assert "<th>Safle</th>" in html and "Cyfanswm /100" in html and "Gwerth cymdeithasol" in html
    assert "Caerffili Cares Ltd (B1)" in html  # a bidder's name is never translated


def test_english_is_unchanged(qapp) -> None:
    from coopeval.ui.delivery.grid import answer_text, check_text, promised_text, rating_label
    from coopeval.ui.spend.tables import ReviewModel

    assert ReviewModel().headerData(0, Qt.Orientation.Horizontal) == "Supplier"
    assert check_text("accepted") == "✓ Accepted" and check_text("queried") == "? Queried"
    assert answer_text("partly") == "Partly" and rating_label("approaching") == "Approaching target"
    assert promised_text(SimpleNamespace(target="12", unit="t", direction="lower")) == "12 t or fewer"  # type: ignore[arg-type]
    assert promised_text(SimpleNamespace(target=None, unit="t", direction="lower")) == "—"  # type: ignore[arg-type]
