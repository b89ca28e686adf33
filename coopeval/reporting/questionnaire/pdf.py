"""The social value questionnaire as a PDF, laid out by the report machinery every CoopEval PDF shares (`layout`,
`blocks`, `styles`): the bundled fonts, "Page X of Y", a running header and footer, and bookmarks for every section
and measure. The words come from `sections` (the same blocks the DOCX lays out); the footer of every page names the
set-up fingerprint, version and date the document was made from.

The same data always gives the same bytes (ReportLab's invariant mode), so a published file can be made again and
compared with the one kept in the workspace.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from coopeval import i18n
from coopeval.i18n import _
from coopeval.reporting.blocks import cols, head, heading, key_values, p, paras, table
from coopeval.reporting.layout import ReportDocument, RunningText
from coopeval.reporting.questionnaire import sections as s
from coopeval.reporting.questionnaire import wording
from coopeval.reporting.questionnaire.data import QuestionnaireData, parts_of
from coopeval.reporting.wording import shorten

_TEXT_STYLES = {"body": "Body", "muted": "Muted", "quote": "Quote", "subtitle": "Subtitle"}  # i18n: no
_HEADING_STYLES = {0: "Title", 1: "H1", 2: "H2", 3: "H3"}  # i18n: no


def render_questionnaire_pdf(data: QuestionnaireData | Sequence[QuestionnaireData]) -> bytes:
    """The questionnaire as PDF bytes: one part, or (issue 22) a Welsh part and then an English part in one file,
    each starting on a new page under its own heading ("Cymraeg", "English")."""
    parts = parts_of(data)  # type: ignore[arg-type]
    out = io.BytesIO()
    doc = ReportDocument(out, running=running_text(parts), steps=None, deterministic=True, info=None,
                         **s.metadata(parts))
    doc.build(story(parts))
    return out.getvalue()


def running_text(data: QuestionnaireData | Sequence[QuestionnaireData]) -> RunningText:
    parts = parts_of(data)  # type: ignore[arg-type]
    first = parts[0]
    with i18n.language(first.language):
        note = wording.made_from(first)  # one line only: the first part's language (the fingerprint is the same)
    return RunningText(
        header_left=s.each_language(parts, lambda d: s.document_title()) + f" · {first.reference}",
        header_right=shorten(first.authority or first.title, 70)[0],
        footer_left=s.each_language(parts, lambda d: _("{reference} · returns by {deadline} (UK time)").format(
            reference=d.reference, deadline=d.deadline)) if len(parts) == 1 else
        f"{first.reference} · " + s.each_language(parts, lambda d: _("returns by {deadline} (UK time)").format(
            deadline=d.deadline)),
        footer_note=note,
    )


def story(data: QuestionnaireData | Sequence[QuestionnaireData]) -> list[Flowable]:
    parts = parts_of(data)  # type: ignore[arg-type]
    out: list[Flowable] = []
    for n, part in enumerate(parts):
        if len(parts) > 1:
            if n:
                out.append(PageBreak())
            out.append(heading(s.part_heading(part.language), "H1", level=0))
        with i18n.language(part.language):
            out += _story(part)
    return out


def _story(data: QuestionnaireData) -> list[Flowable]:
    out: list[Flowable] = []
    blocks = s.document(data)
    for n, block in enumerate(blocks):
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        if n and isinstance(block, s.Grid) and isinstance(blocks[n - 1], s.Text) and s.small(block):
            continue  # laid out with the sentence that introduces it
        if isinstance(block, s.Text) and isinstance(following, s.Grid) and s.small(following):
            out.append(KeepTogether(flowables(block) + flowables(following)[1:]))
            continue
        out += flowables(block)
    return out


def flowables(block: s.Block) -> list[Flowable]:
    if isinstance(block, s.Heading):
        style = _HEADING_STYLES[block.level]
        if block.level == 3:
            return [p(block.text, style)]
        return [heading(block.text, style, level=max(0, block.level - 1))]
    if isinstance(block, s.Text):
        return paras(block.text, _TEXT_STYLES[block.style])
    if isinstance(block, s.Facts):
        return [key_values(list(block.pairs)), Spacer(1, 2)]
    if isinstance(block, s.Grid):
        rows = [head(*block.header)]
        rows += [[paras(cell, "Cell") for cell in row] for row in block.rows]  # i18n: no
        if block.total:
            rows.append([p(cell, "CellBold") for cell in block.total])
        return [CondPageBreak(30), table(rows, cols(*block.widths))]
    return [PageBreak()]
