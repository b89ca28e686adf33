"""What the panel reads for one bid × measure: any conflict of interest (with the prompt to leave),
the statistics, every evaluator's score and rationale (named, or anonymised on request; drafts and
withdrawn drafts marked and kept visible), the consensus so far, the scale's descriptors and the
bid's response. The HTML pieces are shared with meeting mode."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from coopeval.domain.scales import Scale
from coopeval.services.moderation.view import EvaluatorScore, ModerationItem
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.moderation.grid_model import level_text, number_text
from coopeval.ui.moderation.palette import CONFLICT_STYLE, swatch

# the services' codes for a declared interest and how a consensus was reached, as words
WORDS = {
    "none": QT_TRANSLATE_NOOP("ModerationItem", "no"), "personal": QT_TRANSLATE_NOOP("ModerationItem", "personal"),
    "professional": QT_TRANSLATE_NOOP("ModerationItem", "professional"),
    "financial": QT_TRANSLATE_NOOP("ModerationItem", "financial"),
    "actual": QT_TRANSLATE_NOOP("ModerationItem", "actual"), "potential": QT_TRANSLATE_NOOP("ModerationItem", "potential"),
    "perceived": QT_TRANSLATE_NOOP("ModerationItem", "perceived"),
    "no_action": QT_TRANSLATE_NOOP("ModerationItem", "no action"),
    "mitigated": QT_TRANSLATE_NOOP("ModerationItem", "mitigated"),
    "excluded": QT_TRANSLATE_NOOP("ModerationItem", "excluded"),
    "discussion": QT_TRANSLATE_NOOP("ModerationItem", "discussion"),
    "within_tolerance": QT_TRANSLATE_NOOP("ModerationItem", "within tolerance"),
}


def word(code: str) -> str:
    """A service's code as a word in the reader's language (an unknown code is shown as it is, underscores as spaces)."""
    return translate("ModerationItem", WORDS[code]) if code in WORDS else code.replace("_", " ")  # i18n: no


def _para(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def who(score: EvaluatorScore, anonymise: bool) -> str:
    return translate("ModerationItem", "Evaluator %1").replace("%1", score.alias) if anonymise else score.name


def conflict_text(item: ModerationItem) -> str:
    """One line per member with a declared interest, each asking them to leave the discussion."""
    lines = []
    for c in item.conflicts:
        scope = translate("ModerationItem", "the whole tender") if c.whole_tender else item.bid_name
        kind = f"{word(c.interest)}, {word(c.nature)}" if c.nature else word(c.interest)
        resolved = word(c.resolution) if c.resolution else translate("ModerationItem", "not yet resolved")
        lines.append(translate("ModerationItem", "⚠ %1 declared a %2 interest in %3 (resolution: %4). Ask %1 to leave the room while this bid "
                        "is discussed.").replace("%1", c.name).replace("%2", kind).replace("%3", scope)
                     .replace("%4", resolved))
    return "\n".join(lines)


def less_favourable_hint(item: ModerationItem) -> str:
    if item.direction == "lower":
        return translate("ModerationItem", "Quantitative, lower is better: no individual scores. The panel accepts the commitment, or a higher "
                  "(less favourable) figure with the reason.")
    return translate("ModerationItem", "Quantitative: no individual scores. The panel accepts the commitment, or a lower figure with the reason.")


def heading_html(item: ModerationItem, position: str = "") -> str:
    lead = f"<p style='color:#605e5c'>{escape(position)}</p>" if position else ""  # i18n: no
    reference = translate("ModerationItem", "Bidder reference")
    return (f"{lead}<h2 style='margin:0'>{escape(item.bid_name)}</h2>"  # i18n: no
            f"<p style='color:#605e5c'>{escape(reference)} {escape(item.bid_identifier)}</p>"
            f"<h3>{escape(item.code)} {escape(item.title)}</h3>")


def level_html(item: ModerationItem) -> str:
    sw = swatch(item.level)
    return (f"<span style='background:{sw.background}; color:{sw.text}; font-weight:bold'>&nbsp;"  # i18n: no
            f"{escape(level_text(item.level))}&nbsp;</span>")


def stats_html(item: ModerationItem) -> str:
    s = item.stats
    if s is None:
        committed = item.committed if item.committed is not None else "—"
        unit = f" {escape(item.unit)}" if item.unit else ""
        committed_by = translate("ModerationItem", "Committed by the bid")
        return (f"<p>{level_html(item)} <b>{escape(committed_by)}:</b> {escape(committed)}{unit}. "
                f"{escape(less_favourable_hint(item))}</p>")
    of_scale = translate("ModerationItem", "of the scale")
    facts = [(translate("ModerationItem", "Scores counted"), str(s.count)), (translate("ModerationItem", "Abstentions"), str(s.abstentions)),
             (translate("ModerationItem", "Median"), number_text(s.median)), (translate("ModerationItem", "Mean"), number_text(s.mean)),
             (translate("ModerationItem", "Range"), f"{s.min}–{s.max}" if s.count else "—"),
             (translate("ModerationItem", "Spread"), f"{float(s.range_share) * 100:.0f}% {of_scale}" if s.range_share is not None else "—")]
    line = " &nbsp;·&nbsp; ".join(f"<b>{escape(k)}</b>&nbsp;{escape(v).replace(' ', '&nbsp;')}" for k, v in facts)
    proposed = ""
    if s.proposed is not None:
        proposed = "<p>" + escape(translate("ModerationItem", "Within tolerance: the median, %1, is proposed. The panel confirms it with a rationale.")
                                  .replace("%1", str(s.proposed))) + "</p>"
    return f"<p>{level_html(item)}</p><p>{line}</p>{proposed}"


def scores_html(item: ModerationItem, anonymise: bool) -> str:
    if item.kind != "qualitative":
        return ""
    if not item.scores:
        nobody = translate("ModerationItem", "Nobody scored this item.")
        return f"<p><i>{escape(nobody)}</i></p>"
    status = {"submitted": "", "draft": translate("ModerationItem", "DRAFT: to be submitted or withdrawn"),
              "withdrawn": translate("ModerationItem", "WITHDRAWN: kept, not counted")}
    because, where_in = translate("ModerationItem", "Abstained because"), translate("ModerationItem", "Where in the bid")
    rows = []
    for s in item.scores:
        value = translate("ModerationItem", "abstained") if s.abstained else ("—" if s.value is None else str(s.value))
        note = status.get(s.status, s.status)
        reason = f"<br><i>{escape(because)}: {escape(s.abstain_reason)}</i>" if s.abstained else ""  # i18n: no
        where = f"<br><span style='color:#605e5c'>{escape(where_in)}: {escape(s.evidence_refs)}</span>" if s.evidence_refs else ""  # i18n: no
        flag = f"<br><b>{escape(note)}</b>" if note else ""
        rows.append(f"<tr><td valign='top'><b>{escape(who(s, anonymise))}</b>{flag}</td>"  # i18n: no
                    f"<td valign='top' align='center' style='font-size:large'><b>{escape(value)}</b></td>"
                    f"<td valign='top'>{_para(s.rationale) or '—'}{reason}{where}</td></tr>")
    evaluator, score, rationale = (translate("ModerationItem", "Evaluator"), translate("ModerationItem", "Score"),
                                   translate("ModerationItem", "Rationale"))
    head = (f"<tr><th align='left'>{escape(evaluator)}</th><th>{escape(score)}</th>"  # i18n: no
            f"<th align='left'>{escape(rationale)}</th></tr>")
    return f"<table width='100%' cellpadding='4' border='1' style='border-collapse:collapse'>{head}{''.join(rows)}</table>"  # i18n: no


def flags_html(flags: Sequence[str]) -> str:
    """A recorded rationale's quality flags: words with a mark, not colour alone."""
    if not flags:
        return ""
    lines = "".join(f"<br>⚠ {escape(flag)}" for flag in flags)
    title = translate("ModerationItem", "Rationale checks (flags, not refusals)")
    return (f"<p style='background:#fff4ce; color:#3b2e00'><b>{escape(title)}:</b>"  # i18n: no
            f"{lines}</p>")


def consensus_html(item: ModerationItem, flags: Sequence[str] = ()) -> str:
    c = item.consensus
    if c is None:
        none_yet = translate("ModerationItem", "No consensus recorded yet.")
        return f"<p><i>{escape(none_yet)}</i></p>"
    if item.kind == "qualitative":
        what = translate("ModerationItem", "Consensus score %1").replace("%1", str(c.value))
    else:
        what = translate("ModerationItem", "Accepted quantity %1 (committed %2)").replace("%1", c.accepted_quantity or "—") \
            .replace("%2", item.committed or "—")
    why_lower = translate("ModerationItem", "Why lower")
    reason = f"<br><b>{escape(why_lower)}:</b> {escape(c.quantity_reason)}" if c.quantity_reason else ""
    present = translate("ModerationItem", "Present")
    recorded = translate("ModerationItem", "recorded by %1 at %2").replace("%1", c.recorded_by).replace(
        "%2", c.recorded_at[:16].replace("T", " "))
    return (f"<p><b>{escape(what)}</b> — {escape(word(c.reached_by))}<br>{_para(c.rationale)}{reason}<br>"  # i18n: no
            f"<span style='color:#605e5c'>{escape(present)}: {escape(', '.join(c.present_names) or '—')}; "
            f"{escape(recorded)}</span></p>"
            f"{flags_html(flags)}")


def response_html(item: ModerationItem) -> str:
    response, where_in = translate("ModerationItem", "The bid’s response"), translate("ModerationItem", "Where in the bid")
    return (f"<h3>{escape(response)}</h3><p>{_para(item.response_text) or '—'}</p>"  # i18n: no
            f"<p><b>{escape(where_in)}:</b> {escape(item.page_refs or '—')}</p>")


def scale_html(scale: Scale) -> str:
    points = "".join(f"<tr><td valign='top'><b>{p.value}</b></td><td valign='top'><b>{escape(p.local('label'))}</b></td>"
                     f"<td>{escape(p.local('descriptor'))}</td></tr>" for p in scale.points)
    title = translate("ModerationItem", "The scale")
    return f"<h3>{escape(title)}: {escape(scale.local('name'))}</h3><table cellpadding='2'>{points}</table>"  # i18n: no


class ItemView(QWidget):
    """The conflicts banner above a scrolling read-only page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.conflicts = QLabel(self)
        self.conflicts.setWordWrap(True)
        self.conflicts.setAccessibleName(self.tr("Conflicts of interest in this bid"))
        bg, fg = CONFLICT_STYLE
        self.conflicts.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; padding: 6px; font-weight: bold; }}")
        self.conflicts.hide()
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Scores, statistics and scale for this item"))
        self.text.setMargin(8)
        self.text.setAutoFillBackground(True)
        self.text.setBackgroundRole(QPalette.ColorRole.Base)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(self.tr("The item being moderated"))
        self.scroll_area.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.scroll_area, 1)

    def show_item(self, item: ModerationItem | None, scale: Scale | None, *, anonymise: bool, position: str = "",
                  flags: Sequence[str] = ()) -> None:
        """`flags`: the recorded consensus rationale's quality flags, shown beside it."""
        if item is None or scale is None:
            self.text.setText("")
            self.conflicts.hide()
            return
        conflict = conflict_text(item)
        self.conflicts.setText(conflict)
        self.conflicts.setVisible(bool(conflict))
        parts = [heading_html(item, position), stats_html(item)]
        if item.pending_drafts:
            drafts = translate("ModerationItem", "%1 draft score(s) here must be submitted or withdrawn by their evaluator "
                               "before a consensus can be recorded.").replace("%1", str(item.pending_drafts))
            parts.append(f"<p><b>⚠ {escape(drafts)}</b></p>")
        if item.kind == "qualitative":
            heading = translate("ModerationItem", "Individual scores")
            parts.append(f"<h3>{escape(heading)}</h3>{scores_html(item, anonymise)}")
        heading = translate("ModerationItem", "Consensus")
        parts.append(f"<h3>{escape(heading)}</h3>{consensus_html(item, flags)}")
        parts.append(response_html(item))
        if item.kind == "qualitative":
            parts.append(scale_html(scale))
        self.text.setText("".join(parts))
        self.scroll_area.verticalScrollBar().setValue(0)
