"""Finds text shown to people that is not wrapped for translation (issue 22).

    python -m tests.helpers.i18n_scan [PATH …]      # defaults to the whole of coopeval/

In `coopeval/ui` (Qt's catalogue), a string literal or f-string with words in it must be inside `self.tr(…)` or
`translate(context, …)` / `QT_TRANSLATE_NOOP(context, …)`, unless it is a docstring, a comparison operand, a dict key
or subscript, or an argument to a call that never shows text (object names, settings keys, style sheets, key
sequences, formats, logging…).

Below the UI (services, reporting, domain: gettext's catalogue), the message of a raised exception or of a Problem
must be inside `_()`; in the documents that can be written in Welsh (`DOCUMENTS`) every literal with words in it
must be too.

Everywhere, the text given to a translation function must be a plain literal (never an f-string or a variable), or
it cannot be extracted. A line that holds text on purpose not translated (a stored record, a file format's own
words, a name) says so with the comment `# i18n: no` (on the line or the first line of its statement).
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "qsTr"}
GETTEXT_WRAPPERS = {"_", "N_", "ngettext", "pgettext"}
# Calls whose string arguments are never shown to people.
NEVER_TEXT = {
    "setObjectName", "objectName", "setProperty", "property", "QKeySequence", "QSettings", "setStyleSheet", "Signal",
    "Slot", "getattr", "setattr", "hasattr", "isinstance", "debug", "info", "warning", "exception", "error",
    "critical_log", "compile", "match", "search", "fullmatch", "sub", "QColor", "QIcon", "fromTheme", "QFont",
    "setFamily", "Path", "open", "startswith", "endswith", "split", "rsplit", "join", "replace", "strip", "lstrip",
    "rstrip", "setDisplayFormat", "setInputMask", "QRegularExpression", "toString", "fromString", "strftime",
    "strptime", "value", "setValue", "get", "pop", "setdefault", "environ", "getenv", "import_module", "resources_dir",
    "shipped", "QUrl", "fromLocalFile", "setAttribute", "addSearchPath", "loadFromData", "QPixmap", "QImage", "save",
    "mkdtemp", "NamedTemporaryFile", "encode", "decode", "namedtuple", "TypeVar", "cast", "field", "Field",
    "ParagraphStyle", "add_style", "getSampleStyleSheet", "registerFont", "TTFont", "setFont", "setFontName",
    "count", "index", "find", "rfind", "removeprefix", "removesuffix", "lower", "upper", "casefold", "hexdigest",
    "new", "sha256", "execute", "text", "select", "where", "order_by", "filter_by", "Column", "ForeignKey",
    "UniqueConstraint", "Index", "sa_column", "Relationship", "label", "literal", "func", "json_extract", "dumps",
    "loads", "add_argument", "add_parser", "add_mutually_exclusive_group", "add_argument_group", "exit",
    "print", "write", "which", "run", "Popen", "check_output", "setOrganizationName", "setApplicationName",
    "setOrganizationDomain", "setDesktopFileName", "setApplicationDisplayName", "QFile", "QDir", "findChild",
    "findChildren", "mimeData", "hasFormat", "setData", "data_for", "record", "event", "audit", "log_event",
    "QLocale", "currentText_is", "setAccessibleIdentifier", "setWhatsThisCode", "sizeHint", "font_path",
    "QFontDatabase", "addApplicationFont", "warn", "filterwarnings", "simplefilter", "format_exc",
}
# The documents that can be written in Welsh or both (issue 22): every literal with words in it is translated. The
# other reports (delivery, portfolio, exports) are English for now; their raised messages are still translated.
DOCUMENTS = (
    "coopeval/reporting/moderation_report.py", "coopeval/reporting/summaries.py", "coopeval/reporting/whole_section.py",
    "coopeval/reporting/bid_sections.py", "coopeval/reporting/wording.py", "coopeval/reporting/blocks.py",
    "coopeval/reporting/questionnaire/",
)
WORDS = re.compile(r"[A-Za-z]{2,}")
MARK = "i18n: no"


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        where = self.path.relative_to(ROOT) if ROOT in self.path.parents else self.path
        return f"{where}:{self.line}: {self.why}: {self.text[:90]!r}"


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def _looks_like_text(text: str) -> bool:
    """Words a person reads: two letters or more and a space, or a capitalised word ("Save", "Bids")."""
    stripped = text.strip()
    if not WORDS.search(stripped):
        return False
    if " " in stripped:
        return True
    return bool(re.fullmatch(r"[&]?[A-Z][a-z]+[a-z…:.?!]*", stripped))


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, source: str, *, mode: str):
        self.path, self.mode = path, mode
        self.lines = source.splitlines()
        self.findings: list[Finding] = []
        self.stack: list[ast.AST] = []
        self.marked = {i + 1 for i, line in enumerate(self.lines) if MARK in line}

    # the walk keeps its parents
    def generic_visit(self, node: ast.AST) -> None:
        self.stack.append(node)
        super().generic_visit(node)
        self.stack.pop()

    def _statement_lines(self) -> set[int]:
        for parent in reversed(self.stack):
            if isinstance(parent, ast.stmt):
                end = getattr(parent, "end_lineno", parent.lineno) or parent.lineno
                return set(range(parent.lineno, end + 1)) if parent.lineno in self.marked else {parent.lineno}
        return set()

    def _is_marked(self, node: ast.AST) -> bool:
        lineno = getattr(node, "lineno", 0)
        end = getattr(node, "end_lineno", lineno) or lineno
        if any(n in self.marked for n in range(lineno, end + 1)):
            return True
        for parent in reversed(self.stack):
            if isinstance(parent, ast.stmt):
                return parent.lineno in self.marked
        return False

    def _inside(self, names: set[str]) -> ast.Call | None:
        for parent in reversed(self.stack):
            if isinstance(parent, ast.Call) and _call_name(parent) in names:
                return parent
        return None

    def _excluded_position(self, node: ast.AST) -> bool:
        parent = self.stack[-1] if self.stack else None
        if isinstance(parent, ast.Expr):  # a docstring or a bare literal
            return True
        if isinstance(parent, ast.Compare) or isinstance(parent, ast.Subscript) and parent.slice is node:
            return True
        if isinstance(parent, ast.Dict) and any(k is node for k in parent.keys):
            return True
        if isinstance(parent, ast.keyword) and parent.arg in ("objectName", "key", "name", "sep", "end", "encoding"):
            return True
        for p in reversed(self.stack):
            if isinstance(p, ast.Compare | ast.match_case):
                return True
            if isinstance(p, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in p.targets):
                return True
            if isinstance(p, ast.FunctionDef | ast.ClassDef | ast.Module):
                break
        call = self._inside(NEVER_TEXT)
        return call is not None

    def _check(self, node: ast.AST) -> None:
        text = _literal_text(node)
        if text is None or not _looks_like_text(text) or self._is_marked(node):
            return
        wrappers = QT_WRAPPERS if self.mode == "qt" else GETTEXT_WRAPPERS
        if self._inside(wrappers):
            return
        if self._excluded_position(node):
            return
        if self.mode == "qt" or self.mode == "gettext-all":
            self.findings.append(Finding(self.path, getattr(node, "lineno", 0), text, "not wrapped for translation"))
            return
        # services and domain: the messages people are given
        for parent in reversed(self.stack):
            if isinstance(parent, ast.Raise):
                self.findings.append(Finding(self.path, node.lineno, text, "raised message not wrapped in _()"))
                return
            if isinstance(parent, ast.Call) and re.search(r"(Error|Problem|Warning)$", _call_name(parent)):
                self.findings.append(Finding(self.path, node.lineno, text, "message not wrapped in _()"))
                return
            if isinstance(parent, ast.stmt):
                return

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        wrappers = QT_WRAPPERS if self.mode == "qt" else GETTEXT_WRAPPERS
        if (self.mode == "qt" and name in QT_WRAPPERS and not self._is_marked(node)
                and any(isinstance(p, ast.JoinedStr) for p in self.stack)):
            self.findings.append(Finding(self.path, node.lineno, ast.unparse(node)[:60], "a translation call inside "
                                         "an f-string is not extracted by lupdate: translate first, then format"))
        if (self.mode == "qt" and name == "tr" and isinstance(node.func, ast.Attribute) and not self._is_marked(node)
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls"))):
            self.findings.append(Finding(self.path, node.lineno, ast.unparse(node)[:60], "x.tr() on anything but self "
                                         "gets a context lupdate cannot know: use self.tr or translate(\"Context\", …)"))
        if self.mode == "qt" and isinstance(node.func, ast.Name) and node.func.id == "tr" and not self._is_marked(node):
            self.findings.append(Finding(self.path, node.lineno, ast.unparse(node)[:60], "a bare tr() has no context "
                                         "lupdate can see: use self.tr(…) or translate(\"Context\", …)"))
        if name in wrappers and node.args and not self._is_marked(node):
            index = 1 if name in ("translate", "QT_TRANSLATE_NOOP", "pgettext") else 0
            if len(node.args) > index:
                arg = node.args[index]
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    self.findings.append(Finding(self.path, node.lineno, ast.unparse(arg),
                                                 f"{name}() given something other than a plain literal"))
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        self._check(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self._check(node)  # its parts are not visited on their own


def mode_for(path: Path) -> str | None:
    if ROOT not in path.resolve().parents:
        return None
    rel = path.resolve().relative_to(ROOT).as_posix()
    if rel.startswith("coopeval/ui/"):
        return None if rel.endswith(("screenshots.py", "qt_imports.py")) else "qt"
    if rel.startswith(DOCUMENTS):  # the documents written in the tender's language: all their text
        return "gettext-all"
    if rel.startswith("coopeval/reporting/"):
        return "gettext"
    if rel.startswith(("coopeval/services/", "coopeval/domain/")):
        return None if rel.endswith("services/demo.py") else "gettext"
    return None


def scan(paths: list[Path], *, mode: str | None = None) -> Iterator[Finding]:
    """Findings in `paths`, each file in the mode its place in the repository asks for (or in `mode`: "qt",
    "gettext" or "gettext-all")."""
    for base in paths:
        for path in sorted(base.rglob("*.py")) if base.is_dir() else [base]:
            if "__pycache__" in path.parts:
                continue
            file_mode = mode or mode_for(path)
            if file_mode is None:
                continue
            source = path.read_text(encoding="utf-8")
            scanner = _Scanner(path, source, mode=file_mode)
            scanner.visit(ast.parse(source))
            yield from scanner.findings


def main(argv: list[str]) -> int:
    paths = [Path(p).resolve() for p in argv] or [ROOT / "coopeval"]
    findings = list(scan(paths))
    for finding in findings:
        print(finding)
    print(f"{len(findings)} strings to wrap or mark", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
