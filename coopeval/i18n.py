"""Languages outside Qt: the gettext catalogue for the services', reporting's and domain's fixed text (issue 22).

The UI translates its own strings with Qt (`coopeval.ui.i18n`); everything below the UI, which never imports Qt,
marks its text with `_()` here and Babel extracts it (`make translations`) into `resources/i18n/coopeval.pot` and
the Welsh catalogue `resources/i18n/cy/LC_MESSAGES/coopeval.po`. One glossary (`resources/i18n/glossary-cy.toml`)
keeps the two catalogues' words the same.

Which language `_()` answers in:
- the app's language (`set_app_language`, from Settings → Language; English by default, and always for the CLI);
- inside `with language("cy"):` the given one, for this thread only: a document is written in the tender's
  language whatever the officer's screen shows (`document_parts("cy+en")` gives the parts in order, Welsh first).

Placeholders are named and filled after translation: `_("{bid} has no score").format(bid=name)`, never an f-string
inside `_()` (it could not be extracted). Bidders' and officers' own text is never translated.

A council may correct the Welsh without rebuilding the app: a compiled `coopeval.mo` (and the UI's
`coopeval_cy.qm`) in `<user data folder>/i18n/cy/` takes precedence over the shipped catalogue (which still
gives what it lacks, or all of it when it cannot be read; the command line uses it too). The shipped `.mo`
is built from the `.po` by `make translations`; when it is missing or older than the `.po` (a source checkout),
the `.po` is read directly with Babel.
"""

from __future__ import annotations

import contextvars
import gettext
import io
import string
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

DOMAIN = "coopeval"
LANGUAGES = ("en", "cy")  # the languages a screen or a document part can be in
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}
DOCUMENT_LANGUAGES = ("en", "cy", "cy+en")  # a document: English, Welsh, or both with Welsh first
DocumentLanguage = Literal["en", "cy", "cy+en"]

_app_language = "en"
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("coopeval_language", default=None)
_cache: dict[str, gettext.NullTranslations] = {}
_lock = threading.Lock()
_extra_dirs: list[Path] = []  # the user data folder's i18n/, searched first (set by the app at start)


# -- which language -------------------------------------------------------------------------------------------------
def current() -> str:
    """The language `_()` answers in on this thread now: "en" or "cy"."""
    return _override.get() or _app_language


def set_app_language(code: str) -> None:
    """The language of the app's screens and the messages services give them (Settings → Language)."""
    global _app_language
    _app_language = code if code in LANGUAGES else "en"


def app_language() -> str:
    return _app_language


@contextmanager
def language(code: str) -> Iterator[None]:
    """Within the block, on this thread, `_()` answers in `code` ("en" or "cy")."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    token = _override.set(code)
    try:
        yield
    finally:
        _override.reset(token)


def document_language(text: str | None, default: str = "en") -> str:
    """A document language as given (CLI `--language`, a tender's setting): "en", "cy" or "cy+en".
    "en+cy" is read as "cy+en" (Welsh always comes first); anything else raises ValueError in the current language."""
    value = (text or default).strip().lower().replace(" ", "")
    if value == "en+cy":
        value = "cy+en"
    if value not in DOCUMENT_LANGUAGES:
        raise ValueError(_("The document language must be en (English), cy (Welsh) or cy+en (both, Welsh first); "
                           "{given!r} is none of them.").format(given=text))
    return value


def document_parts(doc_language: str) -> tuple[str, ...]:
    """The languages a document is written in, in order: ("cy", "en") for "cy+en"."""
    return ("cy", "en") if document_language(doc_language) == "cy+en" else (document_language(doc_language),)


def pick(english: str, welsh: str | None) -> str:
    """Framework or shipped text in the current language: the Welsh when asked for and present, else the English."""
    return welsh if welsh and current() == "cy" else english


def other(english: str, welsh: str | None) -> str | None:
    """The same text in the language not shown by `pick` (None when there is no Welsh to switch between)."""
    if not welsh:
        return None
    return english if current() == "cy" else welsh


class Bilingual:
    """For data with optional Welsh beside its English in `<field>_cy` (framework and scale text): `local(field)` is
    the text in the current language, `other(field)` the same text in the other one (None when there is no Welsh)."""

    def local(self, field: str) -> str:
        return pick(getattr(self, field) or "", getattr(self, f"{field}_cy", "") or None)

    def other(self, field: str) -> str | None:
        return other(getattr(self, field) or "", getattr(self, f"{field}_cy", "") or None)


# -- catalogues -----------------------------------------------------------------------------------------------------
def shipped_dir() -> Path:
    """`resources/i18n`, in a checkout, an installed wheel or a frozen build."""
    here = Path(__file__).resolve().parent
    candidates = [here.parent / "resources" / "i18n", here / "resources" / "i18n"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources" / "i18n")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def set_override_dirs(dirs: list[Path]) -> None:
    """Folders searched before the shipped catalogue (the user data folder's `i18n`), most important first."""
    with _lock:
        _extra_dirs[:] = [Path(d) for d in dirs]
        _cache.clear()


def override_dirs() -> list[Path]:
    return list(_extra_dirs)


def catalogue_source(code: str) -> Path | None:
    """The file the `code` catalogue is read from first: an override `.mo`, the shipped `.mo` (when not older than
    its `.po`) or the shipped `.po`; None for English or when there is none."""
    sources = catalogue_sources(code)
    return sources[0] if sources else None


def catalogue_sources(code: str) -> list[Path]:
    """Every file the `code` catalogue is read from, most important first: the override `.mo` files, then the
    shipped catalogue. A message an override lacks (a council's few corrections) comes from the next one."""
    if code == "en":
        return []
    found = [candidate for base in _extra_dirs
             for candidate in (base / code / f"{DOMAIN}.mo", base / code / "LC_MESSAGES" / f"{DOMAIN}.mo")
             if candidate.is_file()]
    folder = shipped_dir() / code / "LC_MESSAGES"
    mo, po = folder / f"{DOMAIN}.mo", folder / f"{DOMAIN}.po"
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        found.append(mo)
    elif po.is_file():
        found.append(po)
    return found


def translations(code: str) -> gettext.NullTranslations:
    with _lock:
        found = _cache.get(code)
        if found is None:
            found = _cache[code] = _load(code)
        return found


def _load(code: str) -> gettext.NullTranslations:
    """The `code` catalogue: each source in turn falling back to the next; an unreadable one is left out, loudly
    (English when none can be read)."""
    chain: gettext.NullTranslations | None = None
    for source in catalogue_sources(code):
        read = _read(code, source)
        if read is None:
            continue
        if chain is None:
            chain = read
        else:
            chain.add_fallback(read)
    return chain or gettext.NullTranslations()


def _read(code: str, source: Path) -> gettext.NullTranslations | None:
    try:
        if source.suffix == ".mo":
            with source.open("rb") as handle:
                return _Checked(handle)
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        with source.open("rb") as handle:
            catalog = read_po(handle, locale=code)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        return _Checked(buffer)
    except Exception as exc:  # noqa: BLE001 - an unreadable catalogue (empty, cut short: struct.error…) is left
        # out, loudly, never a traceback on every message
        print(f"CoopEval: the {code} catalogue {source} could not be read ({exc}); it is not used.", file=sys.stderr)
        return None


_FORMATTER = string.Formatter()


def fields_of(text: str) -> frozenset[str] | None:
    """The `{fields}` `text.format()` would fill, or None when `text` is no valid format string."""
    return _fields(text)


def _fields(text: str) -> frozenset[str] | None:
    """The names of the `{fields}` `text.format()` fills ("{bid!r}" and "{bid.name}" → "bid"); None when `text` is
    no format string (an unmatched brace)."""
    try:
        return frozenset(name.split(".")[0].split("[")[0] for _lit, name, _spec, _conv in _FORMATTER.parse(text)
                         if name is not None)
    except ValueError:
        return None


class _Checked(gettext.GNUTranslations):
    """A catalogue whose translations must keep the English's `{fields}`: one that drops, renames or adds a field, or
    breaks a brace (a council's own `.mo`, made without CoopEval's checks) would make `_("…").format(…)` raise
    KeyError or lose the value, so that message stays English (said once on standard error)."""

    def __init__(self, fp: object = None) -> None:
        self._verdicts: dict[tuple[str, ...], bool] = {}
        super().__init__(fp)  # type: ignore[arg-type]

    def _keeps_fields(self, sources: tuple[str, ...], translated: str, *, plural: bool) -> bool:
        key = (*sources, translated)
        verdict = self._verdicts.get(key)
        if verdict is None:
            wanted = [_fields(s) for s in sources]
            got = _fields(translated)
            if any(w is None for w in wanted):  # the English is no format string: nothing to keep
                verdict = True
            else:
                union = frozenset().union(*wanted)  # type: ignore[arg-type]
                # a plural form may leave out the count ("un cynnig"), never add a field
                verdict = got is not None and (got <= union if plural else got == union)
            if not verdict:
                print(f"CoopEval: a catalogue's translation of {sources[0]!r} does not keep its {{fields}} "
                      f"({translated!r}); using the English.", file=sys.stderr)
            self._verdicts[key] = verdict
        return verdict

    def gettext(self, message: str) -> str:
        translated = super().gettext(message)
        if translated is message or self._keeps_fields((message,), translated, plural=False):
            return translated
        nxt = getattr(self, "_fallback", None)  # the next catalogue's, or English
        return nxt.gettext(message) if nxt else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        translated = super().ngettext(msgid1, msgid2, n)
        if translated in (msgid1, msgid2) or self._keeps_fields((msgid1, msgid2), translated, plural=True):
            return translated
        nxt = getattr(self, "_fallback", None)
        return nxt.ngettext(msgid1, msgid2, n) if nxt else (msgid1 if n == 1 else msgid2)


def _(message: str) -> str:
    """`message` in the current language (English when the catalogue has no translation for it)."""
    code = current()
    if code == "en" or not message:
        return message
    return translations(code).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    code = current()
    if code == "en":
        return singular if n == 1 else plural
    return translations(code).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - gettext's name
    """Marks `message` for extraction without translating it now: translate it with `_()` where it is shown."""
    return message


# -- dates in words -------------------------------------------------------------------------------------------------
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"),
}
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "cy": ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"),
}


def month_name(month: int, *, short: bool = False) -> str:
    """A month's name in the current language: 12 → "December" / "Rhagfyr" ("Dec" / "Rhag" when short)."""
    table = (_SHORT_MONTHS if short else _MONTHS).get(current(), _MONTHS["en"])
    return table[month - 1]


_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "cy": ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"),
}


def weekday_name(weekday: int) -> str:
    """A day's name in the current language: 4 (as `date.weekday()` gives Friday) → "Friday" / "Dydd Gwener"."""
    return _WEEKDAYS.get(current(), _WEEKDAYS["en"])[weekday]
