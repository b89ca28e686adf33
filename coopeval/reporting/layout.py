"""The page machinery every CoopEval PDF shares: a canvas that knows the page count, a document
template with a running header and footer, bookmarks from headings, progress marks, and the
empty signature field on the sign-off page.

"Page X of Y" needs Y before any page is finished. `NumberedCanvas` holds every page back until
the end, then writes the footers and the pages. It also advances the document's page counter as
each page is held, so bookmarks and annotations made meanwhile point at the right page (the
textbook version of this canvas sends them all to page 1).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfdoc import format as pdf_format
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from coopeval.domain.progress import Steps
from coopeval.reporting.fonts import BOLD, REGULAR
from coopeval.reporting.styles import DRAFT_RED, INK, MARGIN, MUTED, PAGE_BOTTOM_GAP, PAGE_TOP_GAP, RULE

SIGNATURE_FIELD = "SignOff"
IDENTITY_KEY = "CoopEvalReport"  # document-info key: the report's tender and audit head, as JSON


@dataclass(frozen=True)
class RunningText:
    """What the header and footer of every page say."""

    header_left: str
    header_right: str
    footer_left: str  # e.g. the tender reference
    footer_note: str  # e.g. "Made from audit head …"
    draft_label: str = ""  # e.g. "DRAFT — not signed off"; empty for a final document
    page_of: str = "Page {page} of {total}"  # i18n: no - the document gives it in its own language (issue 22)


class NumberedCanvas(Canvas):
    def __init__(self, *args: Any, running: RunningText, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._running = running
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held.append(dict(self.__dict__))
        self._doc.pageCounter += 1  # references made on the next page name the next page
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        self._doc.pageCounter = 1
        for state in self._held:
            self.__dict__.update(state)
            self._draw_running(total)
            Canvas.showPage(self)
        self._held = []
        Canvas.save(self)

    def _draw_running(self, total: int) -> None:
        r = self._running
        width, height = self._pagesize
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        top = height - PAGE_TOP_GAP + 4
        self.setFont(REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, top + 2, r.header_left)
        self.drawRightString(width - MARGIN, top + 2, r.header_right)
        self.line(MARGIN, top, width - MARGIN, top)
        if r.draft_label:
            self.setFont(BOLD, 8)
            self.setFillColor(DRAFT_RED)
            self.drawCentredString(width / 2, top + 11, r.draft_label)
        bottom = PAGE_BOTTOM_GAP - 6
        self.line(MARGIN, bottom, width - MARGIN, bottom)
        self.setFont(REGULAR, 7.5)
        self.setFillColor(INK)
        self.drawString(MARGIN, bottom - 9, r.footer_left)
        self.drawRightString(width - MARGIN, bottom - 9, r.page_of.format(page=self._pageNumber, total=total))
        self.setFont(REGULAR, 6.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, bottom - 18, r.footer_note)
        self.restoreState()


class ReportDocument(BaseDocTemplate):
    """A4 portrait, one frame, running header and footer; headings become bookmarks; progress
    marks report progress and give the user a chance to cancel."""

    def __init__(self, target: Any, *, running: RunningText, steps: Steps | None = None,
                 deterministic: bool = False, info: dict[str, str] | None = None, lang: str = "en-GB",
                 **meta: Any) -> None:  # meta: title, author, subject, ...; info: extra document-info keys
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=PAGE_TOP_GAP + 6,
                         bottomMargin=PAGE_BOTTOM_GAP + 6, invariant=1 if deterministic else 0,
                         displayDocTitle=1, lang=lang, **meta)
        self.running = running
        self.steps = steps
        self.extra_info = dict(info or {})
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._bookmarks = 0

    def build(self, flowables: list[Flowable]) -> None:
        super().build(flowables, canvasmaker=self._canvas)

    def _canvas(self, *args: Any, **kwargs: Any) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, running=self.running, **kwargs)
        if self.extra_info:
            canvas._doc.info = ExtraInfo(self.extra_info)  # noqa: SLF001 - before the title etc. are set on it
        canvas.showOutline()
        return canvas

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        mark = getattr(flowable, "bookmark", None)
        if mark is not None:
            title, level = mark
            self._bookmarks += 1
            key = f"b{self._bookmarks}"
            self.canv.bookmarkPage(key, fit="XYZ", top=self.frame._y + flowable.height + 2)  # noqa: SLF001
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        if isinstance(flowable, ProgressMark) and self.steps is not None:
            self.steps.step(flowable.what, flowable.count)
        if isinstance(flowable, SetRunning):  # a language part begins: its pages carry its own header and footer
            self.running = flowable.running
            self.canv._running = flowable.running  # noqa: SLF001 - held with each page the canvas keeps back


class ExtraInfo(PDFInfo):
    """ReportLab's document information dictionary plus keys of our own (e.g. /CoopEvalReport, which
    `coopeval verify` reads back), each a PDF text string. ReportLab writes only its fixed keys."""

    def __init__(self, extra: dict[str, str] | None = None) -> None:  # ReportLab's copy() calls it bare
        super().__init__()
        self.extra = dict(extra or {})

    def format(self, document: Any) -> bytes:
        body: bytes = super().format(document)
        if not body.endswith(b"\n>>"):
            raise RuntimeError("ReportLab's document information layout changed; update ExtraInfo")  # i18n: no - a bug
        keys = b"".join(b"\n " + pdf_format(PDFName(k), document) + b" " + pdf_format(PDFString(v), document)
                        for k, v in self.extra.items())
        return body[:-3] + keys + b"\n>>"


def bookmarked(flowable: Flowable, title: str, level: int = 0) -> Flowable:
    flowable.bookmark = (title, level)
    return flowable


class ProgressMark(Flowable):
    """Takes no space; when laid out it reports `count` steps done (and checks for a cancel)."""

    def __init__(self, what: str, count: int = 1):
        super().__init__()
        self.what, self.count = what, count
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class SetRunning(Flowable):
    """Takes no space; from the page it is laid out on, the running header and footer are `running` (the next
    language part of a bilingual document, issue 22). Put it straight after the page break that starts the part."""

    def __init__(self, running: RunningText):
        super().__init__()
        self.running = running
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


PDF_LANG = {"en": "en-GB", "cy": "cy-GB"}


def language_parts(parts: list[tuple[str, RunningText, list[Flowable]]]) -> list[Flowable]:
    """One story from the same document in several languages, in the order given (Welsh first, issue 22). Each part
    starts on a new page with its own heading line in its language ("Cymraeg" / "English"), its own running header
    and footer, and a top-level bookmark; the part's own bookmarks nest under it. A single part comes back as it is."""
    if len(parts) == 1:
        return list(parts[0][2])
    from coopeval.i18n import LANGUAGE_NAMES
    from coopeval.reporting.blocks import p

    out: list[Flowable] = []
    for n, (code, running, story) in enumerate(parts):
        if n:
            out += [PageBreak(), SetRunning(running)]
        name = LANGUAGE_NAMES.get(code, code)
        out.append(bookmarked(p(name, "PartLanguage"), name, 0))
        for flowable in story:
            mark = getattr(flowable, "bookmark", None)
            if mark is not None:
                flowable.bookmark = (mark[0], mark[1] + 1)
            out.append(flowable)
    return out


class SignatureBox(Flowable):
    """A framed box with an empty PDF signature field over it: where a digital signature goes.

    The field is created here, with the page, so signing fills it in place; `placed` (if given)
    is called with (page index from 0, box) so a caller can tell where it went.
    """

    def __init__(self, width: float, height: float, caption: str,
                 placed: Callable[[int, tuple[float, float, float, float]], None] | None = None):
        super().__init__()
        self.width, self.height, self.caption, self._placed = width, height, caption, placed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height + 12

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(0, self.height + 3, self.caption)
        canv.setStrokeColor(RULE)
        canv.setDash(2, 2)
        canv.rect(0, 0, self.width, self.height)
        canv.restoreState()
        x1, y1 = canv.absolutePosition(0, 0)
        x2, y2 = canv.absolutePosition(self.width, self.height)
        box = (round(x1), round(y1), round(x2), round(y2))
        widget = PDFDictionary(dict(
            Type=PDFName("Annot"), Subtype=PDFName("Widget"), FT=PDFName("Sig"), T=PDFString(SIGNATURE_FIELD),
            Rect=PDFArray(list(box)), F=4, P=canv._doc.thisPageRef(),  # noqa: SLF001
            TU=PDFString("Digital signature of this report"),
        ))
        canv._addAnnotation(widget)  # noqa: SLF001 - ReportLab has no public API for a signature field
        form = canv.acroForm
        form.fields.append(form.getRef(widget))
        if self._placed is not None:
            self._placed(canv.getPageNumber() - 1, box)
