"""The social value questionnaire as a PDF, laid out by the report machinery every CoopEval PDF shares (`layout`,
`blocks`, `styles`): the bundled fonts, "Page X of Y", a running header and footer, and bookmarks for every section
and measure. The words come from `sections` (the same blocks the DOCX lays out); the footer of every page names the
set-up fingerprint, version and date the document was made from.

The same data always gives the same bytes (ReportLab's invariant mode), so a published file can be made again and
compared with the one kept in the workspace.
"""

from __future__ import annotations

import io

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from coopeval.reporting.blocks import cols, head, heading, key_values, p, paras, table
from coopeval.reporting.layout import ReportDocument, RunningText
from coopeval.reporting.questionnaire import sections as s
from coopeval.reporting.questionnaire import wording
from coopeval.reporting.questionnaire.data import QuestionnaireData
from coopeval.reporting.wording import shorten

_TEXT_STYLES = {"body": "Body", "muted": "Muted", "quote": "Quote", "subtitle": "Subtitle"}
_HEADING_STYLES = {0: "Title", 1: "H1", 2: "H2", 3: "H3"}


def render_questionnaire_pdf(data: QuestionnaireData) -> bytes:
    out = io.BytesIO()
    doc = ReportDocument(out, running=running_text(data), steps=None, deterministic=True, info=None,
                         **metadata(data))
    doc.build(story(data))
    return out.getvalue()


def running_text(data: QuestionnaireData) -> RunningText:
    return RunningText(
        header_left=f"{s.DOCUMENT_TITLE} · {data.reference}",
        header_right=shorten(data.authority or data.title, 70)[0],
        footer_left=f"{data.reference} · returns by {data.deadline} (UK time)",
        footer_note=wording.made_from(data),
    )


def metadata(data: QuestionnaireData) -> dict[str, str]:
    return {
        "title": f"{s.DOCUMENT_TITLE} — {data.reference} — {data.title}",
        "author": data.authority or "CoopEval",
        "subject": f"Social value questionnaire for bidders, tender {data.reference}",
        "creator": "CoopEval",
        "keywords": f"CoopEval questionnaire; tender={data.reference}; setup={data.setup_fingerprint}; "
                    f"version={data.version}",
    }


def story(data: QuestionnaireData) -> list[Flowable]:
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
        rows += [[paras(cell, "Cell") for cell in row] for row in block.rows]
        if block.total:
            rows.append([p(cell, "CellBold") for cell in block.total])
        return [CondPageBreak(30), table(rows, cols(*block.widths))]
    return [PageBreak()]
