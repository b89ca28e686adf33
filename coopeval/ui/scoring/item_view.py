"""What the evaluator reads for one item: the measure (what it asks, the guidance for evaluators,
what low, middle and high responses look like), the scale's descriptors, and the bid's response with
its commitments. Read-only; one text browser, so moving between items is one cheap update."""

from __future__ import annotations

from collections import OrderedDict
from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from coopeval import i18n
from coopeval.domain.scales import Scale
from coopeval.services.evaluation.items import Commitment, ScoringItem


def _para(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


class _Shown:
    """The item's text as set (what `QLabel.text()` gave before the view became a text browser)."""

    def __init__(self) -> None:
        self.html = ""

    def text(self) -> str:
        return self.html


class ItemView(QTextBrowser):
    """A read-only text browser: moving to the next item lays the text out once for the view's
    width (a word-wrapped rich-text label in a scroll area laid it out several times, ~4x slower).

    Each item's text is kept as its own document, parsed and laid out once; `prepare` makes the neighbours' documents
    while the evaluator reads, so moving on only swaps documents (parsing the HTML took ~6 ms of a ~17 ms move)."""

    KEPT = 64  # documents kept, the most recently shown or prepared

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("The item to score"))
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)  # Tab moves on to the score, as from any other reading pane
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.document().setDocumentMargin(8)
        self.text = _Shown()
        self._holder = QObject(self)  # owns the kept documents: a document parented to the view dies on a swap
        self._docs: OrderedDict[str, QTextDocument] = OrderedDict()

    def show_item(self, item: ScoringItem | None, scale: Scale | None, position: str = "",
                  commitments: tuple[Commitment, ...] = ()) -> None:
        self._set(self.html(item, scale, position, commitments))

    def prepare(self, item: ScoringItem | None, scale: Scale | None, position: str = "",
                commitments: tuple[Commitment, ...] = ()) -> None:
        """Make (parse and lay out) an item's document ahead of showing it."""
        html = self.html(item, scale, position, commitments)
        if html:
            self._document(html)

    def forget_prepared(self) -> None:
        """Let go of every kept document but the one shown."""
        shown = self.document()
        for doc in self._docs.values():
            if doc is not shown:
                doc.deleteLater()
        self._docs = OrderedDict((h, d) for h, d in self._docs.items() if d is shown)

    def html(self, item: ScoringItem | None, scale: Scale | None, position: str = "",
             commitments: tuple[Commitment, ...] = ()) -> str:
        """The item's text as rich text ("" for no item)."""
        if item is None or scale is None:
            return ""
        words = {  # out of the f-strings below: pyside6-lupdate does not read calls inside f-strings
            "reference": self.tr("Bidder reference"),
            "response": self.tr("The bid’s response"),
            "where": self.tr("Where in the bid"),
            "not_given": self.tr("not given"),
            "scale": self.tr("The scale"),
            "quantity": self.tr("Committed quantity"),
            "guidance": self.tr("Guidance for evaluators"),
            "evidence": self.tr("Evidence to look for"),
            "commitments": self.tr("This bid’s quantitative commitments"),
            "for_information": self.tr("For information: these are scored from the quantities, not by you."),
            "no_response": self.tr("The bidder gave no response to this measure."),
        }
        parts = [
            f"<p style='color:#605e5c'>{escape(position)} · {escape(item.theme)} › {escape(item.outcome)}</p>",  # i18n: no
            f"<h2 style='margin:0'>{escape(item.bid_name)}</h2>"  # i18n: no
            f"<p style='color:#605e5c'>{escape(words['reference'])} {escape(item.bid_identifier)}</p>",
            f"<h3>{escape(item.code)} {escape(item.title)}</h3>",
        ]
        if item.description:
            parts.append(f"<p>{_para(item.description)}</p>")
        parts.append(f"<h3>{escape(words['response'])}</h3>")
        parts.append("<table width='100%' cellpadding='8' style='background:#f3f2f1'><tr><td>"  # i18n: no
                     + (_para(item.response_text) or f"<i>{escape(words['no_response'])}</i>")
                     + "</td></tr></table>")
        parts.append(f"<p><b>{escape(words['where'])}:</b> {escape(item.page_refs or words['not_given'])}</p>")
        if item.quantity is not None:
            parts.append(f"<p><b>{escape(words['quantity'])}:</b> {escape(item.quantity)}</p>")
        if item.evaluator_guidance:
            parts.append(f"<h3>{escape(words['guidance'])}</h3><p>{_para(item.evaluator_guidance)}</p>")
        if item.evaluator_guidance_other:  # the framework's other language, a glance away (issue 22)
            other = self.tr("The same guidance in English") if i18n.current() == "cy" else self.tr(
                "The same guidance in Welsh")
            parts.append(f"<p style='color:#605e5c'><b>{escape(other)}:</b> "  # i18n: no
                         f"{_para(item.evaluator_guidance_other)}</p>")
        if item.anchors:
            names = {"low": self.tr("A low response"), "middle": self.tr("A middling response"), "high": self.tr("A high response")}
            rows = "".join(f"<li><b>{escape(names.get(k, k))}:</b> {_para(v)}</li>" for k, v in item.anchors)
            parts.append(f"<ul style='margin-left:-20px'>{rows}</ul>")  # i18n: no
        if item.evidence:
            parts.append(f"<p><b>{escape(words['evidence'])}:</b> {_para(item.evidence)}</p>")
        if commitments:
            rows = "".join(
                f"<tr><td>{escape(c.code)} {escape(c.title)}</td>"
                f"<td align='right'><b>{escape(c.quantity if c.quantity is not None else '—')}</b></td>"
                f"<td>{escape(c.unit or '')}</td></tr>" for c in commitments)
            parts.append(f"<h3>{escape(words['commitments'])}</h3>"  # i18n: no
                         f"<p>{escape(words['for_information'])}</p>"
                         f"<table cellpadding='2'>{rows}</table>")
        points = "".join(f"<tr><td valign='top'><b>{p.value}</b></td><td valign='top'><b>{escape(p.local('label'))}</b></td>"
                         f"<td>{escape(p.local('descriptor'))}</td></tr>" for p in scale.points)
        parts.append(f"<h3>{escape(words['scale'])}: {escape(scale.local('name'))}</h3><table cellpadding='2'>{points}</table>")  # i18n: no
        return "".join(parts)

    def _document(self, html: str) -> QTextDocument:
        doc = self._docs.get(html)
        if doc is not None:
            self._docs.move_to_end(html)
        else:
            doc = QTextDocument(self._holder)
            doc.setDocumentMargin(8)
            doc.setDefaultFont(self.font())
            doc.setDefaultStyleSheet(self.document().defaultStyleSheet())
            doc.setHtml(html)
            self._docs[html] = doc
            while len(self._docs) > self.KEPT:
                _, old = self._docs.popitem(last=False)
                if old is not self.document():
                    old.deleteLater()
        doc.setTextWidth(self.viewport().width())  # laid out now, for the width it will be shown at
        return doc

    def _set(self, html: str) -> None:
        if html == self.text.html:
            return
        self.text.html = html
        self.setDocument(self._document(html))
        self.verticalScrollBar().setValue(0)
