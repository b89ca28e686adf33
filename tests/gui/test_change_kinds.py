"""The change vocabulary is matched on both sides: every kind a service emits makes something
reload, and every page (and the window's tender list) listens only for kinds some service emits."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import coopeval.ui.pages
from coopeval.services.changes import ChangeKind
from coopeval.ui import main_window
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.portfolio.window import PortfolioWindow
from coopeval.ui.spend import window as spend_window

SERVICES = Path(__file__).resolve().parents[2] / "coopeval" / "services"


def emitted() -> set[ChangeKind]:
    """Every `ChangeKind.X` the services name (they name kinds only to return them)."""
    kinds = set()
    for path in SERVICES.rglob("*.py"):
        if path.name == "changes.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "ChangeKind":
                kinds.add(ChangeKind[node.attr])
    return kinds


def pages() -> list[type[TenderPage]]:
    for module in pkgutil.iter_modules(coopeval.ui.pages.__path__):  # the window imports pages only after first paint
        importlib.import_module(f"coopeval.ui.pages.{module.name}")
    found, todo = [], list(TenderPage.__subclasses__())
    while todo:
        page = todo.pop()
        found.append(page)
        todo.extend(page.__subclasses__())
    return found


def listened() -> set[ChangeKind]:
    kinds = {ChangeKind.TENDER} | set(main_window.LIST_COUNTS)  # the window's tender list
    kinds |= PortfolioWindow.relevant  # File → Portfolio… reads again while open
    kinds |= spend_window.WATCHED  # File → Spend and registers… too
    for page in pages():
        kinds |= set(page.relevant)
    return kinds


def test_every_page_names_its_kinds_from_the_vocabulary():
    assert len(pages()) >= 9
    for page in pages():
        assert page.relevant, f"{page.__name__} reloads on nothing"
        assert all(isinstance(kind, ChangeKind) for kind in page.relevant), page.__name__


def test_every_emitted_kind_is_heard_and_every_heard_kind_is_emitted():
    assert emitted() - listened() == set(), "a service emits a kind no page listens for"
    assert listened() - emitted() == set(), "a page listens for a kind no service emits"


def test_the_vocabulary_has_no_unused_word():
    assert set(ChangeKind) == emitted()
