"""The translation catalogues (issue 22): `make translations` runs `update` then `compile`.

    python packaging/translations.py update     # sources → resources/i18n/coopeval_cy.ts and cy/LC_MESSAGES/coopeval.po
    python packaging/translations.py compile    # → coopeval_cy.qm and coopeval.mo (built, never committed)
    python packaging/translations.py status     # per catalogue: strings, translated, complete, reviewed
    python packaging/translations.py missing [--paths DIR_OR_FILE …] [--with PART.json …]
    python packaging/translations.py fill PART.json …

The UI's strings are Qt's (`self.tr`, `translate(context, …)`), extracted by pyside6-lupdate; the services',
reporting's and domain's are gettext's (`_()`, `N_()`, `ngettext`), extracted by Babel. A PART.json holds
translations made elsewhere, to be checked (`missing --with`) and merged (`fill`):
    {"qt": {"Context": {"English source": "Welsh"}}, "po": {"English msgid": "Welsh"}}
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TS = I18N / "coopeval_cy.ts"
QM = I18N / "coopeval_cy.qm"
POT = I18N / "coopeval.pot"
PO = I18N / "cy" / "LC_MESSAGES" / "coopeval.po"
MO = I18N / "cy" / "LC_MESSAGES" / "coopeval.mo"
STATUS = I18N / "catalogues.toml"
UI_SOURCES = [ROOT / "coopeval" / "ui"]
GETTEXT_SOURCES = [ROOT / "coopeval" / p for p in ("services", "reporting", "domain", "i18n.py")]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


# -- tools --------------------------------------------------------------------------------------------------------------
def _qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the PySide6-Essentials wheel ships both)."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} was not found: install PySide6-Essentials (make setup)")
    return found


def _py_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [f for f in files if "__pycache__" not in f.parts]


def lupdate(paths: list[Path], ts: Path) -> None:
    files = _py_files(paths)
    subprocess.run([_qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-target-language",
                    "cy_GB", *map(str, files), "-ts", str(ts)], check=True)


def extract_pot(paths: list[Path]):  # noqa: ANN201 - a babel Catalog
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    catalog = Catalog(project="CoopEval", domain="coopeval", charset="utf-8")
    for file in _py_files(paths):
        for lineno, message, comments, context in extract_from_file("python", str(file), keywords=KEYWORDS,
                                                                    comment_tags=("i18n:",)):
            catalog.add(message, None, [(str(file.relative_to(ROOT)), lineno)], auto_comments=comments,
                        context=context)
    return catalog


# -- the .ts file ---------------------------------------------------------------------------------------------------
@dataclass
class QtMessage:
    context: str
    source: str
    translation: str | list[str]
    finished: bool
    numerus: bool


def read_ts(path: Path) -> list[QtMessage]:
    if not path.exists():
        return []
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if tr is None:
                text: str | list[str] = ""
            elif numerus:
                text = [f.text or "" for f in tr.iter("numerusform")]
            else:
                text = tr.text or ""
            done = kind not in ("unfinished", "vanished", "obsolete") and (
                all(text) if isinstance(text, list) else bool(text))
            found.append(QtMessage(name, message.findtext("source") or "", text, done, numerus))
    return found


def write_ts_translations(path: Path, translations: dict[str, dict[str, str | list[str]]]) -> int:
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        table = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source not in table:
                continue
            value = table[source]
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                forms = list(tr.iter("numerusform")) or [ET.SubElement(tr, "numerusform") for _ in range(6)]
                values = value if isinstance(value, list) else [value] * len(forms)
                for form, text in zip(forms, values, strict=False):
                    form.text = text
            else:
                tr.text = value if isinstance(value, str) else value[0]
            tr.attrib.pop("type", None)
            filled += 1
    _write_ts(tree, path)
    return filled


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# -- checks shared with the tests ------------------------------------------------------------------------------------
_BRACES = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)?(?:[!:][^{}]*)?\}(?!\})")
_QT_ARGS = re.compile(r"%(?:\d+|n|L\d+)")
_PRINTF = re.compile(r"%(?:\([a-z_]+\))?[-+0#]*\d*(?:\.\d+)?[sdifr](?![a-z])")
_TAGS = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b")


def placeholder_problems(source: str, translation: str) -> list[str]:
    """What a translation must keep of its source: {named} fields, %1 / %n arguments, %s/%(name)s, HTML tags, and an
    & accelerator where the source has one."""
    problems = []
    for name, pattern in (("{fields}", _BRACES), ("%-arguments", _QT_ARGS), ("printf fields", _PRINTF)):
        a, b = sorted(pattern.findall(source)), sorted(pattern.findall(translation))
        if a != b:
            problems.append(f"{name} differ: {a} in the source, {b} in the translation")
    tags_a, tags_b = sorted(_TAGS.findall(source)), sorted(_TAGS.findall(translation))
    if tags_a != tags_b:
        problems.append(f"HTML tags differ: {tags_a} / {tags_b}")
    if re.search(r"(?<!&)&(?![&\s#a-z]+;)[^\s&]", source) and not re.search(r"(?<!&)&[^\s&]", translation):
        problems.append("the source has an & accelerator and the translation has none")
    return problems


# -- the glossary -----------------------------------------------------------------------------------------------------
GLOSSARY = I18N / "glossary-cy.toml"
_MUTATIONS = {  # radical → its soft, nasal and aspirate forms
    "c": ("g", "ngh", "ch"), "p": ("b", "mh", "ph"), "t": ("d", "nh", "th"), "g": ("", "ng"), "b": ("f", "m"),
    "d": ("dd", "n"), "ll": ("l",), "m": ("f",), "rh": ("r",),
}


def mutated_forms(word: str) -> set[str]:
    """`word` and its mutated forms: "cynnig" → {"cynnig", "gynnig", "nghynnig", "chynnig"}."""
    forms = {word}
    lower = word.lower()
    for radical in sorted(_MUTATIONS, key=len, reverse=True):
        if lower.startswith(radical):
            forms.update(m + lower[len(radical):] for m in _MUTATIONS[radical])
            break
    return forms


def glossary() -> dict[str, dict[str, object]]:
    return tomllib.loads(GLOSSARY.read_text(encoding="utf-8")).get("term", {}) if GLOSSARY.exists() else {}


def glossary_problems(source: str, translation: str, terms: dict[str, dict[str, object]] | None = None) -> list[str]:
    """The glossary terms whose English is in `source` and whose Welsh (any listed form, mutated or not, at the
    start of a word) is not in `translation`."""
    plain = re.sub(r"<[^>]+>|&(?=\w)|\{[^{}]*\}|%\d", " ", source)  # not the words inside tags or {fields}
    welsh = " " + re.sub(r"&(?=\w)", "", re.sub(r"<[^>]+>", " ", translation)).lower()
    problems = []
    for key, term in (terms if terms is not None else glossary()).items():
        english = [str(e) for e in term.get("en", [])]  # type: ignore[union-attr]
        if not any(re.search(rf"(?<![\w-]){re.escape(e)}(?![\w-])", plain, re.IGNORECASE) for e in english):
            continue
        forms = {f for w in term.get("cy", []) for f in mutated_forms(str(w))}  # type: ignore[union-attr]
        if not any(re.search(rf"(?<![\w]){re.escape(f.lower())}", welsh) for f in forms if f):
            problems.append(f"glossary: {key!r} should be one of {term.get('cy')}")
    return problems


# -- commands -------------------------------------------------------------------------------------------------------
def update() -> None:
    from babel.messages.pofile import read_po, write_po

    I18N.mkdir(parents=True, exist_ok=True)
    lupdate(UI_SOURCES, TS)
    template = extract_pot(GETTEXT_SOURCES)
    with POT.open("wb") as handle:
        write_po(handle, template, omit_header=False, no_location=True, sort_output=True, width=0)
    PO.parent.mkdir(parents=True, exist_ok=True)
    if PO.exists():
        with PO.open("rb") as handle:
            catalog = read_po(handle, locale="cy")
    else:
        from babel.messages.catalog import Catalog

        catalog = Catalog(locale="cy", project="CoopEval", domain="coopeval", charset="utf-8")
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    with PO.open("wb") as handle:
        write_po(handle, catalog, no_location=True, sort_output=True, width=0, include_previous=False)
    print(f"updated {TS.relative_to(ROOT)} and {PO.relative_to(ROOT)}")


def compile_all(quiet: bool = False) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    if TS.exists():
        subprocess.run([_qt_tool("lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)
    if PO.exists():
        with PO.open("rb") as handle:
            catalog = read_po(handle, locale="cy")
        with MO.open("wb") as handle:
            write_mo(handle, catalog)
    if not quiet:
        print(f"compiled {QM.relative_to(ROOT)} and {MO.relative_to(ROOT)}")


def po_entries(path: Path = PO) -> dict[str, str | tuple[str, ...]]:
    from babel.messages.pofile import read_po

    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale="cy")
    found: dict[str, str | tuple[str, ...]] = {}
    for message in catalog:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        found[key] = message.string if not message.fuzzy else ""
    return found


def _parts(files: list[Path]) -> tuple[dict[str, dict[str, object]], dict[str, object]]:
    qt: dict[str, dict[str, object]] = {}
    po: dict[str, object] = {}
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        for context, table in data.get("qt", {}).items():
            qt.setdefault(context, {}).update(table)
        po.update(data.get("po", {}))
    return qt, po


def missing(paths: list[Path], parts: list[Path]) -> int:
    """Strings in `paths` with no Welsh in the catalogues or in `parts`, and translations that drop placeholders."""
    qt_parts, po_parts = _parts(parts)
    ui = [p for p in paths if (ROOT / "coopeval" / "ui") in p.resolve().parents or p.resolve() == ROOT / "coopeval/ui"]
    other = [p for p in paths if p not in ui]
    count = 0
    known_qt = {(m.context, m.source): m for m in read_ts(TS)}
    if ui:
        with tempfile.TemporaryDirectory() as tmp:
            ts = Path(tmp) / "part.ts"
            lupdate(ui, ts)
            for m in read_ts(ts):
                value = qt_parts.get(m.context, {}).get(m.source)
                if value is None and (m.context, m.source) in known_qt and known_qt[(m.context, m.source)].finished:
                    value = known_qt[(m.context, m.source)].translation
                if not value:
                    print(f"qt  {m.context}: {m.source!r}")
                    count += 1
                    continue
                for text in value if isinstance(value, list) else [value]:
                    for problem in placeholder_problems(m.source, str(text)) + glossary_problems(m.source, str(text)):
                        print(f"qt  {m.context}: {m.source!r}: {problem}")
                        count += 1
    if other:
        known_po = po_entries()
        for message in extract_pot(other):
            if not message.id:
                continue
            key = message.id if isinstance(message.id, str) else message.id[0]
            value = po_parts.get(key) or known_po.get(key)
            if not value:
                print(f"po  {key!r}")
                count += 1
                continue
            for text in value if isinstance(value, list | tuple) else [value]:
                for problem in placeholder_problems(key, str(text)) + glossary_problems(key, str(text)):
                    print(f"po  {key!r}: {problem}")
                    count += 1
    print(f"{count} missing or wrong", file=sys.stderr, flush=True)
    return 1 if count else 0


def fill(parts: list[Path]) -> None:
    from babel.messages.pofile import read_po, write_po

    qt_parts, po_parts = _parts(parts)
    filled = write_ts_translations(TS, qt_parts)  # type: ignore[arg-type]
    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="cy")
    done = 0
    for message in catalog:
        key = message.id if isinstance(message.id, str) else (message.id[0] if message.id else "")
        if key and key in po_parts:
            value = po_parts[key]
            message.string = tuple(value) if isinstance(message.id, tuple) and isinstance(value, list) else (
                (str(value),) * 6 if isinstance(message.id, tuple) else str(value))
            message.flags.discard("fuzzy")
            done += 1
    with PO.open("wb") as handle:
        write_po(handle, catalog, no_location=True, sort_output=True, width=0, include_previous=False)
    print(f"filled {filled} Qt and {done} gettext translations")


def status() -> list[dict[str, object]]:
    marks = tomllib.loads(STATUS.read_text(encoding="utf-8")) if STATUS.exists() else {}
    rows = []
    qt = read_ts(TS)
    po = po_entries()
    for key, total, done in (("coopeval_cy.ts", len(qt), sum(m.finished for m in qt)),
                             ("cy/LC_MESSAGES/coopeval.po", len(po), sum(bool(v) for v in po.values()))):
        mark = marks.get("catalogue", {}).get(key, {})
        rows.append({"catalogue": key, "strings": total, "translated": done, "complete": total == done,
                     "reviewed": bool(mark.get("reviewed", False)), "reviewer": mark.get("reviewer", "")})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    comp = sub.add_parser("compile")
    comp.add_argument("--quiet", action="store_true")
    sub.add_parser("status")
    miss = sub.add_parser("missing")
    miss.add_argument("--paths", nargs="*", type=Path, default=[*UI_SOURCES, *GETTEXT_SOURCES])
    miss.add_argument("--with", dest="parts", nargs="*", type=Path, default=[])
    fil = sub.add_parser("fill")
    fil.add_argument("parts", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        compile_all(args.quiet)
    elif args.command == "status":
        for row in status():
            print("{catalogue}: {translated} of {strings} translated; complete: {complete}; reviewed: {reviewed}"
                  .format(**row))
    elif args.command == "missing":
        return missing([p.resolve() for p in args.paths], args.parts)
    elif args.command == "fill":
        fill(args.parts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
