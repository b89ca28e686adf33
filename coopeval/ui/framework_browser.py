"""The framework browser: a tree of frameworks → themes → outcomes → measures, with a search box,
and the selected item's full detail beside it. Read-only.

Framework text is shown in the user's language (issue 22): Welsh where the framework has it (`model.local(...)`),
else English. When the selected framework has any Welsh, a switch above the detail shows its text in the other
language too, and the framework's overview says how much of it is in Welsh."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopeval import i18n
from coopeval.domain.framework import REGISTERS, Framework, Measure, Outcome, RecordField, Theme
from coopeval.domain.vocab import CONTRACT_KINDS, ICA_IDENTIFIERS, NPPS_PRIORITIES, PPN002_OUTCOMES, TOMS_THEMES
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "FrameworkBrowser"

_ROLES = {  # what a record field holds, by its role
    "legal_form": QT_TRANSLATE_NOOP("FrameworkBrowser", "legal form"),
    "status": QT_TRANSLATE_NOOP("FrameworkBrowser", "status"),
    "ownership": QT_TRANSLATE_NOOP("FrameworkBrowser", "ownership and governance"),
    "register_id": QT_TRANSLATE_NOOP("FrameworkBrowser", "register identifier"),
}
_TYPES = {
    "qualitative": QT_TRANSLATE_NOOP("FrameworkBrowser", "qualitative"),
    "quantitative": QT_TRANSLATE_NOOP("FrameworkBrowser", "quantitative"),
}


def _vocab(label: str) -> str:
    """A label from the shipped vocabularies (`domain.vocab`, `REGISTERS`): gettext's, in the current language."""
    return i18n._(label)


def companion_label() -> str:
    """What a quality companion is called beside its title (the measure picker uses it too)."""
    return translate("FrameworkBrowser", "quality companion")


def measure_label(m: Measure) -> str:
    """A measure's line in a tree: code, whether it is a quality companion (before the title, so a
    narrow tree never cuts the mark off), title (in the current language)."""
    return f"{m.code}  " + (f"({companion_label()})  " if m.companion else "") + m.local("title")


def _label(payload: object) -> str:
    """The tree line of a framework, theme, outcome or measure, in the current language."""
    if isinstance(payload, Framework):
        return f"{payload.info.local('name')}  ({payload.info.version})"
    if isinstance(payload, tuple) and len(payload) == 2:
        return payload[1].local("name")
    if isinstance(payload, tuple) and len(payload) == 3:
        return payload[2].local("name")
    if isinstance(payload, tuple) and len(payload) == 4:
        return measure_label(payload[3])
    return ""


def _both(model: object, *fields: str) -> str:
    """The English and Welsh of some text fields, for the search box (it finds either)."""
    words: list[str] = []
    for field in fields:
        words += [str(getattr(model, field, "") or ""), str(getattr(model, f"{field}_cy", "") or "")]
    return " ".join(w for w in words if w)


def build_tree_model(frameworks: tuple[Framework, ...]) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels([translate("FrameworkBrowser", "Framework, theme, outcome, measure")])
    for fw in frameworks:
        fw_item = _item(_label(fw), fw, _both(fw.info, "name"))
        for theme in fw.themes:
            theme_item = _item(_label((fw, theme)), (fw, theme), f"{theme.id} {_both(theme, 'name')}")
            for outcome in theme.outcomes:
                payload = (fw, theme, outcome)
                outcome_item = _item(_label(payload), payload, f"{outcome.id} {_both(outcome, 'name')}")
                for m in outcome.measures:
                    text = " ".join([m.code, _both(m, "title", "description", "unit"),
                                     companion_label() if m.companion else ""])
                    outcome_item.appendRow(_item(_label((fw, theme, outcome, m)), (fw, theme, outcome, m), text))
                theme_item.appendRow(outcome_item)
            fw_item.appendRow(theme_item)
        model.appendRow(fw_item)
    return model


def _item(label: str, payload: object, search_text: str) -> QStandardItem:
    item = QStandardItem(label)
    item.setEditable(False)
    item.setData(payload, PAYLOAD_ROLE)
    item.setData(search_text, SEARCH_ROLE)
    item.setToolTip(label)
    return item


class FrameworkBrowser(QWidget):
    """Browse the frameworks the app knows about. Emits `measure_selected(code)`."""

    measure_selected = Signal(str)

    def __init__(self, frameworks: tuple[Framework, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self._model = build_tree_model(frameworks)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterRole(SEARCH_ROLE)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._proxy.setRecursiveFilteringEnabled(True)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search codes, titles and descriptions (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search measures"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        find_shortcut.activated.connect(self.search.setFocus)

        self.tree = QTreeView(self)
        self.tree.setModel(self._proxy)
        self.tree.setAccessibleName(self.tr("Frameworks, themes, outcomes and measures"))
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderHidden(True)
        self.tree.selectionModel().currentChanged.connect(self._show_current)

        # The language of the framework's own text: the user's, with the other one a click away when the
        # selected framework has Welsh.
        self.text_language = QComboBox(self)
        for code in i18n.LANGUAGES:
            self.text_language.addItem(i18n.LANGUAGE_NAMES[code], code)  # each language named in itself
        self.text_language.setCurrentIndex(max(0, self.text_language.findData(i18n.current())))
        self.text_language.setAccessibleName(self.tr("Language of the framework's text"))
        self.text_language.currentIndexChanged.connect(self._language_changed)
        self.language_label = QLabel(self.tr("Framework text in:"), self)
        self.language_label.setBuddy(self.text_language)
        self.language_bar = QWidget(self)
        bar = QHBoxLayout(self.language_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.language_label)
        bar.addWidget(self.text_language)
        bar.addStretch(1)
        self.language_bar.setVisible(False)

        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Selected item's detail"))
        self.detail.setOpenExternalLinks(False)
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree)
        left_layout.addWidget(self.empty_note)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.language_bar)
        right_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.tree.expandToDepth(1)
        self._update_empty_note()
        if self._proxy.rowCount():
            self.tree.setCurrentIndex(self._proxy.index(0, 0))

    def text_language_code(self) -> str:
        """The language the framework's text is shown in now: "en" or "cy"."""
        return str(self.text_language.currentData() or "en")

    def set_text_language(self, code: str) -> None:
        """Show the framework's text in `code` ("en" or "cy"), as the switch does."""
        self.text_language.setCurrentIndex(max(0, self.text_language.findData(code)))

    def select_code(self, code: str) -> bool:
        """Select the measure with this code; False if no visible measure has it."""
        matches = self._proxy.match(
            self._proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, f"{code}  ",
            -1, Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive,
        )
        if not matches:
            return False
        self.tree.setCurrentIndex(matches[0])
        self.tree.scrollTo(matches[0])
        return True

    def _filter(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
        self._update_empty_note()

    def _update_empty_note(self) -> None:
        if self._model.rowCount() == 0:
            self.empty_note.setText(self.tr("No frameworks are available."))
        elif self._proxy.rowCount() == 0:
            self.empty_note.setText(self.tr("No measure matches “{text}”.").format(text=self.search.text()))
        else:
            self.empty_note.setText("")
        self.empty_note.setVisible(bool(self.empty_note.text()))

    def _language_changed(self, _index: int) -> None:
        with i18n.language(self.text_language_code()):
            self._relabel(self._model.invisibleRootItem())
        self._show_current(self.tree.currentIndex(), QModelIndex())

    def _relabel(self, parent: QStandardItem) -> None:
        for row in range(parent.rowCount()):
            item = parent.child(row)
            label = _label(item.data(PAYLOAD_ROLE))
            item.setText(label)
            item.setToolTip(label)
            self._relabel(item)

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        payload = current.data(PAYLOAD_ROLE) if current.isValid() else None
        framework = payload if isinstance(payload, Framework) else (
            payload[0] if isinstance(payload, tuple) and payload else None)
        has_welsh = isinstance(framework, Framework) and framework.welsh_coverage().any_welsh
        self.language_bar.setVisible(has_welsh)
        # a framework without Welsh: its text is English whatever is chosen; the labels around it follow the app
        with i18n.language(self.text_language_code() if has_welsh else i18n.current()):
            if isinstance(payload, Framework):
                self.detail.setHtml(framework_html(payload))
            elif isinstance(payload, tuple) and len(payload) == 2:
                self.detail.setHtml(theme_html(payload[1]))
            elif isinstance(payload, tuple) and len(payload) == 3:
                self.detail.setHtml(outcome_html(payload[1], payload[2]))
            elif isinstance(payload, tuple) and len(payload) == 4:
                self.detail.setHtml(measure_html(*payload[1:]))
            else:
                self.detail.clear()
        if isinstance(payload, tuple) and len(payload) == 4:
            self.measure_selected.emit(payload[3].code)


def _para(label: str, text: str) -> str:
    if not text or not text.strip():
        return ""
    body = escape(text.strip()).replace("\n\n", "</p><p>").replace("\n", " ")
    return f"<h3>{escape(label)}</h3><p>{body}</p>"


def welsh_coverage_text(fw: Framework) -> str:
    """How much of a framework is in Welsh ("Welsh: 54 of 55 measures."), or that it has none."""
    coverage = fw.welsh_coverage()
    if coverage.any_welsh:
        if coverage.complete:
            return translate("FrameworkBrowser", "Welsh: all {total} measures and the rest of the framework.").format(
                total=coverage.measures)
        return translate("FrameworkBrowser", "Welsh: {done} of {total} measures.").format(
            done=coverage.measures_welsh, total=coverage.measures)
    return translate("FrameworkBrowser", "This framework has no Welsh text: it is shown in English.")


def framework_html(fw: Framework) -> str:
    info = fw.info
    sets = "".join(_set_html(s.name, len(s.measures), s.suits, s.local("description")) for s in fw.sets)
    records = "".join(_record_field_html(f) for f in fw.record_fields)
    companions = sum(m.companion for _t, _o, m in fw.measures())
    counts = {"themes": len(fw.themes), "measures": len(fw.measures()) - companions, "companions": companions}
    if companions == 0:
        summary = translate("FrameworkBrowser", "{themes} themes, {measures} measures.").format(**counts)
    elif companions == 1:
        summary = translate("FrameworkBrowser", "{themes} themes, {measures} measures and 1 quality companion.").format(
            **counts)
    else:
        summary = translate("FrameworkBrowser",
                            "{themes} themes, {measures} measures and {companions} quality companions.").format(**counts)
    version = translate("FrameworkBrowser", "Version {version}").format(version=info.version)
    welsh = fw.welsh_coverage().any_welsh or i18n.app_language() == "cy"
    return (
        f"<h2>{escape(info.local('name'))}</h2><p>{escape(version)}"
        f"{' · ' + escape(info.publisher) if info.publisher else ''}</p>"
        + _para(translate("FrameworkBrowser", "About"), info.local("description"))
        + _para(translate("FrameworkBrowser", "Licence"), info.licence)
        + _para(translate("FrameworkBrowser", "Source"), info.source)
        + _para(translate("FrameworkBrowser", "Attribution"), info.local("attribution"))
        + (f"<h3>{escape(translate('FrameworkBrowser', 'Suggested measure sets'))}</h3><ul>{sets}</ul>"
           if sets else "")
        + (f"<h3>{escape(translate('FrameworkBrowser', 'Recorded about each bidder (never scored)'))}</h3>"
           f"<ul>{records}</ul>" if records else "")
        + f"<p>{escape(summary)}</p>"
        + (f"<p>{escape(welsh_coverage_text(fw))}</p>" if welsh else "")
    )


def _set_html(name: str, count: int, suits: tuple[str, ...], description: str) -> str:
    if suits:
        kinds = ", ".join(_vocab(CONTRACT_KINDS[k]).lower() for k in suits)
        line = translate("FrameworkBrowser", "({count} measures; suits {kinds})").format(count=count, kinds=kinds)
    else:
        line = translate("FrameworkBrowser", "({count} measures)").format(count=count)
    return f"<li><b>{escape(name)}</b> {escape(line)}: {escape(description)}</li>"  # i18n: no


def _record_field_html(f: RecordField) -> str:
    facts = [translate(CONTEXT, _ROLES[f.role]) if f.role in _ROLES else ""]  # i18n: no
    if f.kind == "choices":
        facts.append(translate("FrameworkBrowser", "any number of the choices"))
    if f.evidence:
        facts.append(translate("FrameworkBrowser", "with evidence"))
    if f.public_register:
        facts.append(_vocab(REGISTERS[f.public_register]))
    democratic = translate("FrameworkBrowser", "(democratic)")
    choices = ", ".join(escape(f.local_choice(c)) + (f" <i>{escape(democratic)}</i>" if c in f.democratic else "")
                        for c in f.choices)
    detail = "; ".join(x for x in facts if x)
    return (f"<li><b>{escape(f.local('title'))}</b>{' (' + escape(detail) + ')' if detail else ''}"
            + (f": {choices}" if choices else "") + "</li>")


def theme_html(theme: Theme) -> str:
    outcomes = "".join(f"<li>{escape(o.local('name'))}</li>" for o in theme.outcomes)
    return (f"<h2>{escape(theme.local('name'))}</h2>"
            + _para(translate("FrameworkBrowser", "What it means"), theme.local("statement"))
            + f"<h3>{escape(translate('FrameworkBrowser', 'Outcomes'))}</h3><ul>{outcomes}</ul>")


def outcome_html(theme: Theme, outcome: Outcome) -> str:
    measures = "".join(f"<li>{escape(m.code)} {escape(m.local('title'))}</li>" for m in outcome.measures)
    return (
        f"<p>{escape(theme.local('name'))}</p><h2>{escape(outcome.local('name'))}</h2>"
        + _para(translate("FrameworkBrowser", "What it means"), outcome.local("statement"))
        + f"<h3>{escape(translate('FrameworkBrowser', 'Measures'))}</h3><ul>{measures}</ul>"
    )


def _fact(label: str, value: str) -> str:
    """One "<b>Label:</b> value" line; `label` is translated and ends with its colon, `value` is plain text."""
    return f"<b>{escape(label)}</b> {escape(value)}"


def measure_html(theme: Theme, outcome: Outcome, m: Measure) -> str:
    facts = [_fact(translate("FrameworkBrowser", "Type:"), translate(CONTEXT, _TYPES.get(m.type, m.type)))]  # i18n: no
    if m.is_quantitative:
        facts.append(_fact(translate("FrameworkBrowser", "Unit:"), m.local("unit")))
        facts.append(_fact(translate("FrameworkBrowser", "Method:"), _method_text(m)))
        if m.proxy:
            facts.append(_fact(translate("FrameworkBrowser", "Proxy value:"),
                               translate("FrameworkBrowser", "£{value} per unit ({year}; {source})").format(
                                   value=m.proxy.value, year=m.proxy.year, source=m.proxy.source)))
    if m.toms_theme:
        facts.append(_fact(translate("FrameworkBrowser", "Sits beside TOMs theme:"), _vocab(TOMS_THEMES[m.toms_theme])))
    if m.ica:
        links = ", ".join(f"{_vocab(ICA_IDENTIFIERS[i])} ({i})" for i in m.ica)
        facts.append(_fact(translate("FrameworkBrowser", "Co-operative identity:"), links))
    if m.ppn002:
        facts.append(_fact(translate("FrameworkBrowser", "PPN 002 Social Value Model:"),
                           "; ".join(_vocab(PPN002_OUTCOMES[i]) for i in m.ppn002)))
    if m.npps:
        facts.append(_fact(translate("FrameworkBrowser", "National Procurement Policy Statement:"),
                           "; ".join(_vocab(NPPS_PRIORITIES[i]) for i in m.npps)))
    if m.s52_kpi is not None:
        facts.append(_fact(translate("FrameworkBrowser", "PA 2023 s.52 KPI (contracts over £5m):"),
                           translate("FrameworkBrowser", "suits") if m.s52_kpi else translate("FrameworkBrowser", "does not suit")))
    if m.companion:
        facts.insert(0, _fact(translate("FrameworkBrowser", "Quality companion:"),
                              translate("FrameworkBrowser", "service quality rather than co-operative value; in none of "
                                                    "the scored sets")))
    anchors = ""
    if m.anchors:
        rows = "".join(f"<tr><td><b>{escape(label)}</b></td><td>{escape(m.anchors.local(key))}</td></tr>"
                       for label, key in ((translate("FrameworkBrowser", "Low"), "low"),
                                          (translate("FrameworkBrowser", "Middle"), "middle"),
                                          (translate("FrameworkBrowser", "High"), "high")))
        anchors = (f"<h3>{escape(translate('FrameworkBrowser', 'What responses look like'))}</h3>"  # i18n: no
                   f"<table cellpadding='4'>{rows}</table>")
    return (
        f"<p>{escape(theme.local('name'))} › {escape(outcome.local('name'))}</p>"
        f"<h2>{escape(m.code)}: {escape(m.local('title'))}</h2>"
        + "<p>" + "<br>".join(facts) + "</p>"
        + _para(translate("FrameworkBrowser", "Description"), m.local("description"))
        + _para(translate("FrameworkBrowser", "Guidance for bidders"), m.local("bidder_guidance"))
        + _para(translate("FrameworkBrowser", "Guidance for evaluators"), m.local("evaluator_guidance"))
        + anchors
        + _para(translate("FrameworkBrowser", "Evidence required at tender"), m.local("evidence"))
        + _para(translate("FrameworkBrowser", "Delivery KPI"), m.local("kpi"))
        + _para(translate("FrameworkBrowser", "How delivery is verified"), m.local("verification"))
        + _para(translate("FrameworkBrowser", "Model contract clause"), m.local("contract_clause"))
        + _para(translate("FrameworkBrowser", "Why it does or does not suit a s.52 KPI"), m.local("s52_note"))
        + _para(translate("FrameworkBrowser", "Why these numbers"), m.local("method_rationale"))
        + _para(translate("FrameworkBrowser", "Small and micro suppliers"), m.local("proportionality"))
        + _para(translate("FrameworkBrowser", "Overlap with TOMs measures"), m.local("overlap"))
    )


def _method_text(m: Measure) -> str:
    lower = m.better == "lower"
    if m.method == "relative":
        return (translate("FrameworkBrowser", "relative to the best bid (lower is better)") if lower
                else translate("FrameworkBrowser", "relative to the best bid (higher is better)"))
    if m.method == "target":
        values = {"target": m.target, "unit": m.local("unit")}
        return (translate("FrameworkBrowser", "against a target of {target} {unit} (lower is better)") if lower
                else translate("FrameworkBrowser", "against a target of {target} {unit} (higher is better)")).format(
            **values)
    if m.method == "banded":
        bands = "; ".join(translate("FrameworkBrowser", "{at} → {share}% of the marks").format(
            at=b.at, share=f"{(b.share * 100).normalize():f}") for b in m.bands)
        return (translate("FrameworkBrowser", "banded (lower is better): {bands}") if lower
                else translate("FrameworkBrowser", "banded (higher is better): {bands}")).format(bands=bands)
    return translate("FrameworkBrowser", "recorded only, not scored")
