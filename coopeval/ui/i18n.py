"""The app's language (issue 22): Qt's translators for the UI's own strings, gettext's (`coopeval.i18n`) for the
messages services give it, and the locale Qt uses for dates and numbers in its widgets.

Settings → Language stores "en", "cy" or "system"; the choice applies when CoopEval next starts. A catalogue in the
user data folder (`<user data>/i18n/cy/coopeval_cy.qm` and `coopeval.mo`) takes precedence over the shipped one, so
a council can correct the Welsh without a new build. When the shipped `.qm` is missing or older than its `.ts` (a
source checkout that has not run `make translations`), it is compiled into the user cache first.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coopeval import i18n

LANGUAGE_CHOICES = ("system", "en", "cy")


def translate(context: str, text: str) -> str:
    """Qt's translation of `text` in `context` (pyside6-lupdate extracts calls to this name too)."""
    return QCoreApplication.translate(context, text)  # i18n: no - the wrapper itself


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, which lupdate looks for
    """Marks `text` for extraction in `context`; translate it with `translate(context, text)` where it is shown."""
    return text


# Said beside Cymraeg wherever the language is chosen (shown with translate("LanguageDialog", DRAFT_NOTE)).
DRAFT_NOTE = QT_TRANSLATE_NOOP("LanguageDialog", "draft translation, to be reviewed")


# Qt's own words in its standard buttons, message boxes and text fields' menus. Qt ships no Welsh catalogue of its
# own (no qtbase_cy.qm), so ours carries them, in Qt's own contexts, for the translator installed by apply_language.
QT_OWN_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"), QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"), QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"), QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"), QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"), QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"), QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"), QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."), QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"), QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"), QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"), QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"), QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"), QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"), QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"), QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)


def resolve(choice: str | None) -> str:
    """The language a stored choice means: "en" or "cy" ("system" follows the system's locale)."""
    if choice in i18n.LANGUAGES:
        return str(choice)
    system = QLocale.system()
    return "cy" if system.language() == QLocale.Language.Welsh else "en"


def user_catalogue_dir() -> Path:
    from coopeval.paths import user_data_dir

    return user_data_dir() / "i18n"


def qm_file(code: str, *, override_dirs: list[Path] | None = None) -> Path | None:
    """The compiled Qt catalogue for `code`: one in the user data folder first, then the shipped one (compiled into
    the cache when missing or stale). None for English or when there is none."""
    if code == "en":
        return None
    users = _user_qm_files(code, override_dirs)
    if users:
        return users[0]
    shipped = i18n.shipped_dir()
    qm, ts = shipped / f"coopeval_{code}.qm", shipped / f"coopeval_{code}.ts"
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if ts.is_file():
        return _compile_to_cache(ts, code)
    return None


def _user_qm_files(code: str, override_dirs: list[Path] | None = None) -> list[Path]:
    """The user data folder's compiled catalogues for `code`, most important first."""
    bases = override_dirs if override_dirs is not None else i18n.override_dirs()
    return [qm for qm in (base / code / f"coopeval_{code}.qm" for base in bases) if qm.is_file()]


def _compile_to_cache(ts: Path, code: str) -> Path | None:
    import subprocess  # here, not at the top: the window's first paint does not wait for it (~3 ms with locale)

    from platformdirs import user_cache_path

    target = user_cache_path("CoopEval", "CoopEval", ensure_exists=True) / f"coopeval_{code}.qm"
    if target.is_file() and target.stat().st_mtime >= ts.stat().st_mtime:
        return target
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    command = [str(tool)] if tool.exists() else [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]
    try:
        subprocess.run([*command, "-silent", str(ts), "-qm", str(target)], check=True, timeout=60,
                       capture_output=True)
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"CoopEval: could not compile {ts} ({exc}); the interface stays in English.", file=sys.stderr)
        return None
    return target if target.is_file() else None


_installed: list[QTranslator] = []


class _CheckedTranslator(QTranslator):
    """A council's own `.qm` (made without CoopEval's checks): a translation that drops, renames or adds a `{field}`
    of its English, or breaks a brace, is not used (Qt then asks the shipped catalogue), because
    `self.tr("…").format(…)` would otherwise raise KeyError on the screen that shows it."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        translated = super().translate(context, source, disambiguation, n)  # i18n: no
        if not translated:
            return None  # a null string: Qt asks the next catalogue (an empty one would be taken as the answer)
        if "{" not in source + translated:
            return translated
        wanted, got = i18n.fields_of(source), i18n.fields_of(translated)
        if wanted is not None and got != wanted:
            return None  # not found here: the next catalogue, or the English
        return translated


def apply_language(code: str, app: QCoreApplication | None = None) -> str:
    """Makes `code` ("en" or "cy") the language of the UI and of the services' messages; returns what applied
    ("en" when the Welsh catalogue cannot be loaded)."""
    app = app or QCoreApplication.instance()
    i18n.set_override_dirs([_safe_user_dir()])
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    applied = code if code in i18n.LANGUAGES else "en"
    if applied != "en" and app is not None:
        # The shipped catalogue first, then the user data folder's: Qt asks the last installed first and falls back
        # to the others, so a council's few corrections (or a broken file) never leave the rest in English.
        paths = [qm_file(applied, override_dirs=[]), *reversed(_user_qm_files(applied))]
        for path in paths:
            translator = QTranslator(app) if path == paths[0] else _CheckedTranslator(app)
            if path is not None and translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
            elif path is not None:
                print(f"CoopEval: the catalogue {path} could not be loaded; it is not used.", file=sys.stderr)
        if not _installed:
            print(f"CoopEval: no {applied} catalogue could be loaded; the interface stays in English.",
                  file=sys.stderr)
            applied = "en"
        else:
            qt_own = QTranslator(app)  # Qt's own dialogs' words (OK, Cancel…), where Qt ships them
            if qt_own.load(QLocale(QLocale.Language.Welsh), "qtbase", "_",
                           QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
    i18n.set_app_language(applied)
    QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom) if applied == "cy"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return applied


def _safe_user_dir() -> Path:
    try:
        return user_catalogue_dir()
    except OSError:  # no writable user data folder: only the shipped catalogue
        return Path("/nonexistent")
