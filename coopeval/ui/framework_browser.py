"""The framework browser: a tree of frameworks → themes → outcomes → measures, with a search box,
and the selected item's full detail beside it. Read-only."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.framework import REGISTERS, Framework, Measure, Outcome, RecordField, Theme
from coopeval.domain.vocab import CONTRACT_KINDS, ICA_IDENTIFIERS, NPPS_PRIORITIES, PPN002_OUTCOMES, TOMS_THEMES

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def companion_label() -> str:
    """What a quality companion is called beside its title (the measure picker uses it too)."""
    return QCoreApplication.translate("FrameworkBrowser", "quality companion")


def measure_label(m: Measure) -> str:
    """A measure's line in a tree: code, whether it is a quality companion (before the title, so a
    narrow tree never cuts the mark off), title."""
    return f"{m.code}  " + (f"({companion_label()})  " if m.companion else "") + m.title


def build_tree_model(frameworks: tuple[Framework, ...]) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels([QCoreApplication.translate("FrameworkBrowser", "Framework, theme, outcome, measure")])
    for fw in frameworks:
        fw_item = _item(f"{fw.info.name}  ({fw.info.version})", fw, fw.info.name)
        for theme in fw.themes:
            theme_item = _item(theme.name, (fw, theme), f"{theme.id} {theme.name}")
            for outcome in theme.outcomes:
                outcome_item = _item(outcome.name, (fw, theme, outcome), f"{outcome.id} {outcome.name}")
                for m in outcome.measures:
                    text = " ".join([m.code, m.title, m.description, m.unit or "",
                                     companion_label() if m.companion else ""])
                    outcome_item.appendRow(_item(measure_label(m), (fw, theme, outcome, m), text))
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
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.tree.expandToDepth(1)
        self._update_empty_note()
        if self._proxy.rowCount():
            self.tree.setCurrentIndex(self._proxy.index(0, 0))

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
            self.empty_note.setText(self.tr("No measure matches “%1”.").replace("%1", self.search.text()))
        else:
            self.empty_note.setText("")
        self.empty_note.setVisible(bool(self.empty_note.text()))

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        payload = current.data(PAYLOAD_ROLE) if current.isValid() else None
        if isinstance(payload, Framework):
            self.detail.setHtml(framework_html(payload))
        elif isinstance(payload, tuple) and len(payload) == 2:
            self.detail.setHtml(theme_html(payload[1]))
        elif isinstance(payload, tuple) and len(payload) == 3:
            self.detail.setHtml(outcome_html(payload[1], payload[2]))
        elif isinstance(payload, tuple) and len(payload) == 4:
            self.detail.setHtml(measure_html(*payload[1:]))
            self.measure_selected.emit(payload[3].code)
        else:
            self.detail.clear()


def _para(label: str, text: str) -> str:
    if not text or not text.strip():
        return ""
    body = escape(text.strip()).replace("\n\n", "</p><p>").replace("\n", " ")
    return f"<h3>{escape(label)}</h3><p>{body}</p>"


def framework_html(fw: Framework) -> str:
    info = fw.info
    sets = "".join(
        f"<li><b>{escape(s.name)}</b> ({len(s.measures)} measures"
        + (f"; suits {escape(', '.join(CONTRACT_KINDS[k].lower() for k in s.suits))}" if s.suits else "")
        + f"): {escape(s.description)}</li>" for s in fw.sets
    )
    records = "".join(_record_field_html(f) for f in fw.record_fields)
    companions = sum(m.companion for _, _, m in fw.measures())
    return (
        f"<h2>{escape(info.name)}</h2><p>Version {escape(info.version)}"
        f"{' · ' + escape(info.publisher) if info.publisher else ''}</p>"
        + _para("About", info.description)
        + _para("Licence", info.licence)
        + _para("Source", info.source)
        + _para("Attribution", info.attribution)
        + (f"<h3>Suggested measure sets</h3><ul>{sets}</ul>" if sets else "")
        + (f"<h3>Recorded about each bidder (never scored)</h3><ul>{records}</ul>" if records else "")
        + f"<p>{len(fw.themes)} themes, {len(fw.measures()) - companions} measures"
        + (f" and {companions} quality companion{'' if companions == 1 else 's'}" if companions else "") + ".</p>"
    )


def _record_field_html(f: RecordField) -> str:
    facts = [{"legal_form": "legal form", "status": "status", "ownership": "ownership and governance",
              "register_id": "register identifier", "other": ""}.get(f.role, "")]
    if f.kind == "choices":
        facts.append("any number of the choices")
    if f.evidence:
        facts.append("with evidence")
    if f.public_register:
        facts.append(REGISTERS[f.public_register])
    choices = ", ".join(escape(c) + (" <i>(democratic)</i>" if c in f.democratic else "") for c in f.choices)
    detail = "; ".join(x for x in facts if x)
    return (f"<li><b>{escape(f.title)}</b>{' (' + escape(detail) + ')' if detail else ''}"
            + (f": {choices}" if choices else "") + "</li>")


def theme_html(theme: Theme) -> str:
    outcomes = "".join(f"<li>{escape(o.name)}</li>" for o in theme.outcomes)
    return f"<h2>{escape(theme.name)}</h2>" + _para("What it means", theme.statement) + f"<h3>Outcomes</h3><ul>{outcomes}</ul>"


def outcome_html(theme: Theme, outcome: Outcome) -> str:
    measures = "".join(f"<li>{escape(m.code)} {escape(m.title)}</li>" for m in outcome.measures)
    return (
        f"<p>{escape(theme.name)}</p><h2>{escape(outcome.name)}</h2>"
        + _para("What it means", outcome.statement)
        + f"<h3>Measures</h3><ul>{measures}</ul>"
    )


def measure_html(theme: Theme, outcome: Outcome, m: Measure) -> str:
    facts = [f"<b>Type:</b> {escape(m.type)}"]
    if m.is_quantitative:
        facts.append(f"<b>Unit:</b> {escape(m.unit or '')}")
        facts.append(f"<b>Method:</b> {escape(_method_text(m))}")
        if m.proxy:
            facts.append(
                f"<b>Proxy value:</b> £{m.proxy.value} per unit ({m.proxy.year}; {escape(m.proxy.source)})"
            )
    if m.toms_theme:
        facts.append(f"<b>Sits beside TOMs theme:</b> {escape(TOMS_THEMES[m.toms_theme])}")
    if m.ica:
        links = ", ".join(f"{escape(ICA_IDENTIFIERS[i])} ({escape(i)})" for i in m.ica)
        facts.append(f"<b>Co-operative identity:</b> {links}")
    if m.ppn002:
        facts.append("<b>PPN 002 Social Value Model:</b> " + "; ".join(escape(PPN002_OUTCOMES[i]) for i in m.ppn002))
    if m.npps:
        facts.append("<b>National Procurement Policy Statement:</b> "
                     + "; ".join(escape(NPPS_PRIORITIES[i]) for i in m.npps))
    if m.s52_kpi is not None:
        facts.append("<b>PA 2023 s.52 KPI (contracts over £5m):</b> "
                     + ("suits" if m.s52_kpi else "does not suit"))
    if m.companion:
        facts.insert(0, "<b>Quality companion:</b> service quality rather than co-operative value; "
                        "in none of the scored sets")
    anchors = ""
    if m.anchors:
        anchors = (
            "<h3>What responses look like</h3><table cellpadding='4'>"
            f"<tr><td><b>Low</b></td><td>{escape(m.anchors.low)}</td></tr>"
            f"<tr><td><b>Middle</b></td><td>{escape(m.anchors.middle)}</td></tr>"
            f"<tr><td><b>High</b></td><td>{escape(m.anchors.high)}</td></tr></table>"
        )
    return (
        f"<p>{escape(theme.name)} › {escape(outcome.name)}</p>"
        f"<h2>{escape(m.code)}: {escape(m.title)}</h2>"
        + "<p>" + "<br>".join(facts) + "</p>"
        + _para("Description", m.description)
        + _para("Guidance for bidders", m.bidder_guidance)
        + _para("Guidance for evaluators", m.evaluator_guidance)
        + anchors
        + _para("Evidence required at tender", m.evidence)
        + _para("Delivery KPI", m.kpi)
        + _para("How delivery is verified", m.verification)
        + _para("Model contract clause", m.contract_clause)
        + _para("Why it does or does not suit a s.52 KPI", m.s52_note)
        + _para("Why these numbers", m.method_rationale)
        + _para("Small and micro suppliers", m.proportionality)
        + _para("Overlap with TOMs measures", m.overlap)
    )


def _method_text(m: Measure) -> str:
    better = "lower is better" if m.better == "lower" else "higher is better"
    if m.method == "relative":
        return f"relative to the best bid ({better})"
    if m.method == "target":
        return f"against a target of {m.target} {m.unit} ({better})"
    if m.method == "banded":
        bands = "; ".join(f"{b.at} → {(b.share * 100).normalize():f}% of the marks" for b in m.bands)
        return f"banded ({better}): {bands}"
    return "recorded only, not scored"
