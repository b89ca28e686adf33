"""Tiny Welsh catalogues built in a temporary folder (issue 22), so a test checks the wiring, not how much of the
shipped Welsh is filled in.

- `write_mo` / `write_po`: a gettext catalogue `folder/cy/coopeval.mo` (or `.po`), built with Babel;
- `welsh_gettext`: one written and put in front of the shipped one (`i18n.set_override_dirs`) for a block;
- `write_qm`: a compiled Qt catalogue `folder/cy/coopeval_cy.qm` ({context: {source: Welsh}}), by pyside6-lrelease;
- `welsh_qt`: a `.qm` installed in Qt and the app's language set to Welsh for a block, both undone after;
- `pyside_tool` and `lupdate_messages`: Qt's tools, and what lupdate extracts from some files.

PySide6 is imported only inside `welsh_qt`, so the unit tests may import this module.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo as babel_write_mo
from babel.messages.pofile import write_po as babel_write_po

from coopeval import i18n


def _catalog(entries: dict[str, str]) -> Catalog:
    catalog = Catalog(locale="cy", domain="coopeval")
    for source, welsh in entries.items():
        catalog.add(source, welsh)
    return catalog


def write_mo(folder: Path, entries: dict[str, str]) -> Path:
    """A gettext catalogue `folder/cy/coopeval.mo` with these {English: Welsh}."""
    return _write(folder / "cy" / "coopeval.mo", entries, babel_write_mo)


def write_po(folder: Path, entries: dict[str, str]) -> Path:
    """The same as `write_mo`, uncompiled: `folder/cy/coopeval.po`."""
    return _write(folder / "cy" / "coopeval.po", entries, babel_write_po)


def _write(target: Path, entries: dict[str, str], writer: Callable[[BinaryIO, Catalog], None]) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as handle:
        writer(handle, _catalog(entries))
    return target


@contextmanager
def welsh_gettext(folder: Path, entries: dict[str, str]) -> Iterator[Path]:
    """Within the block, `write_mo(folder, entries)` comes before the shipped catalogue; the override folders that
    were in place are put back after. Yields `folder`."""
    write_mo(folder, entries)
    before = i18n.override_dirs()
    i18n.set_override_dirs([folder])
    try:
        yield folder
    finally:
        i18n.set_override_dirs(before)


def pyside_tool(name: str) -> list[str]:
    """The command for one of PySide6's Qt tools ("lrelease", "lupdate"): the script beside this Python, or the
    module that runs it."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    return [str(here)] if here.exists() else [sys.executable, "-m", "PySide6.scripts.pyside_tool", name]


def write_qm(folder: Path, messages: dict[str, dict[str, str]]) -> Path:
    """A compiled Qt catalogue `folder/cy/coopeval_cy.qm` with these {context: {source: Welsh}}."""
    target = folder / "cy"
    target.mkdir(parents=True, exist_ok=True)
    root = ET.Element("TS", version="2.1", language="cy_GB")
    for context, table in messages.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, welsh in table.items():
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = welsh
    ts, qm = target / "coopeval_cy.ts", target / "coopeval_cy.qm"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode"),
                  encoding="utf-8")
    subprocess.run([*pyside_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    ts.unlink()  # only the compiled catalogue, as a council would put it there
    return qm


@contextmanager
def welsh_qt(qm: Path) -> Iterator[None]:
    """Within the block, the Qt catalogue `qm` is installed and the app's language is Welsh; after it, the
    translator is removed and the language put back. Needs a Qt application (the `qapp` fixture)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        raise AssertionError(f"Qt could not load {qm}")
    if not QCoreApplication.installTranslator(translator):
        raise AssertionError("no Qt application to install the catalogue in")
    before = i18n.app_language()
    i18n.set_app_language("cy")
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.set_app_language(before)


def lupdate_messages(files: Iterable[Path], ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every string pyside6-lupdate extracts from `files`, by way of the .ts file `ts`."""
    subprocess.run([*pyside_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *map(str, files), "-ts",
                    str(ts)], check=True, timeout=300)
    root = ET.parse(ts).getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context")
            for m in c.iter("message")]
