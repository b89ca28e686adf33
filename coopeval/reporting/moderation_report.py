"""The moderation report: `build_story(data)` turns a `ReportData` into ReportLab flowables, and
`render_report` writes them as a PDF.

Sections, each a bookmark: cover (tender, authority, status, dates, panel); method (frameworks
with licence and attribution, measures and weights, the scale, scoring formulas, thresholds,
disagreement cut-offs); conflicts register; results (ranking, theme subtotals, chart,
sensitivity, threshold failures); each bid, measure by measure (response, every evaluator's score
and rationale, the consensus and its reason, committed and accepted quantities); sign-off
(statements and the signature field). Every page carries the tender reference, "Page X of Y"
and the audit head the data was read at.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from decimal import Decimal
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from coopeval import i18n
from coopeval.domain.progress import CancelFn, ProgressFn, Steps
from coopeval.i18n import N_, _
from coopeval.reporting import wording
from coopeval.reporting.bid_sections import bids
from coopeval.reporting.blocks import (
    CELL,
    DRAFT,
    FRAME_WIDTH,
    MUTED,
    SUBTITLE,
    TITLE,
    before_table,
    cols,
    head,
    heading,
    key_values,
    p,
    paras,
    table,
)
from coopeval.reporting.charts import results_chart
from coopeval.reporting.data import ReportData
from coopeval.reporting.layout import (
    IDENTITY_KEY,
    PDF_LANG,
    ProgressMark,
    ReportDocument,
    RunningText,
    SignatureBox,
    bookmarked,
    language_parts,
)
from coopeval.reporting.quoting import bounded
from coopeval.reporting.whole_section import whole_section

DRAFT_LABEL = N_("DRAFT — not signed off")
SIGNATURE_CAPTION = N_("Digital signature (PAdES) of this report. Check it with: coopeval verify REPORT.pdf")
PAGE_OF = N_("Page {page} of {total}")
KIND = "moderation report"  # i18n: no - the report's identity for `coopeval verify`, never translated


def running_text(data: ReportData) -> RunningText:
    """The running header and footer, in the current language."""
    t = data.tender
    return RunningText(
        header_left=_("Moderation report · {reference}").format(reference=t.reference),
        header_right=wording.shorten(t.authority or t.title, 70)[0],
        footer_left=f"{t.reference} · {wording.shorten(t.title, 60)[0]}",
        footer_note=_("Made from audit head {head}").format(head=data.audit_head),
        draft_label=_(DRAFT_LABEL) if data.draft else "",  # i18n: no
        page_of=_(PAGE_OF),  # i18n: no
    )


def metadata(data: ReportData) -> dict[str, str]:
    t = data.tender
    subject = (_("Evaluation record of tender {reference} (draft, not signed off)") if data.draft
               else _("Evaluation record of tender {reference}")).format(reference=t.reference)
    return {
        "title": _("Moderation report — {reference} — {title}").format(reference=t.reference, title=t.title),
        "author": t.authority or data.made_by,
        "subject": subject,
        "creator": f"CoopEval {data.app_version}",
        "keywords": keywords(t.reference, data.audit_head, KIND),
    }


def keywords(reference: str, audit_head: str, kind: str) -> str:
    """The PDF's Keywords, for people and search tools. `coopeval verify` reads the report's identity
    from `identity_info` instead (and from these only in reports made before it existed)."""
    return f"CoopEval {kind}; tender={reference}; audit-head={audit_head}"  # i18n: no - read back by verify


def identity_info(reference: str, audit_head: str, kind: str) -> dict[str, str]:
    """The report's identity as its own document-info key, /CoopEvalReport: JSON that names the tender
    exactly whatever its reference holds (";", "tender=", quotes). It is in the revision a signature
    covers, so `coopeval verify` can trust it as far as it trusts the signature."""
    return {IDENTITY_KEY: json.dumps({"format": 1, "kind": kind, "tender_ref": reference, "audit_head": audit_head},
                                     ensure_ascii=True, sort_keys=True)}


def render_report(data: ReportData | Sequence[tuple[str, ReportData]], target: str | BinaryIO, *,
                  deterministic: bool = False, progress: ProgressFn | None = None,
                  cancel: CancelFn | None = None) -> int:
    """Write the report to `target` (a path or a binary file); returns the number of pages.
    `data` is one `ReportData` (written in the current language) or the document's language parts in order,
    each (language, the data read in that language): "cy+en" is [("cy", …), ("en", …)], one file, Welsh first
    (issue 22); every part must be read at the same audit head.
    `deterministic` fixes the document's dates and ids so the same data always gives the same bytes.
    Long stored text is quoted within its field's limit (see `quoting`)."""
    parts = [(i18n.current(), data)] if isinstance(data, ReportData) else list(data)
    if len({d.audit_head for _code, d in parts}) != 1:
        raise ValueError("the language parts of a report must be read at one audit head")  # i18n: no - a bug
    parts = [(code, bounded(d)) for code, d in parts]
    steps = Steps(sum(total_steps(d) for _code, d in parts), progress, cancel)
    steps.check()
    built = []
    for n, (code, d) in enumerate(parts):
        with i18n.language(code):
            built.append((code, running_text(d), build_story(d, signature=n == 0, signature_in=None if n == 0
                                                             else parts[0][0])))
    first_code, first = parts[0]
    with i18n.language(first_code):
        meta = metadata(first)
    doc = ReportDocument(target, running=built[0][1], steps=steps, deterministic=deterministic,
                         info=identity_info(first.tender.reference, first.audit_head, KIND),
                         lang=PDF_LANG.get(first_code, "en-GB"), **meta)
    doc.build(language_parts(built))
    pages: int = doc.page
    return pages


def total_steps(data: ReportData) -> int:
    return 4 + sum(len(b.items) for b in data.bids) + 1


def build_story(data: ReportData, *, signature: bool = True, signature_in: str | None = None) -> list[Flowable]:
    """The report's flowables in the current language. A bilingual report has one signature field: the first
    part carries it, and the others (`signature=False`) say which part it is in (`signature_in`)."""
    story: list[Flowable] = []
    story += cover(data)
    story.append(ProgressMark(_("Cover")))
    story += method(data)
    story.append(ProgressMark(_("Method")))
    story += conflicts(data)
    story.append(ProgressMark(_("Conflicts register")))
    story += results(data)
    story.append(ProgressMark(_("Results")))
    story += whole_section(data)  # issue 21: the other award criteria and the whole result
    story += bids(data)
    story += signoff(data, signature=signature, signature_in=signature_in)
    story.append(ProgressMark(_("Sign-off")))
    return story


# --- sections ------------------------------------------------------------------------------------

def _bids_line(data: ReportData) -> str:
    assessed = sum(1 for b in data.bids if not b.withdrawn)
    withdrawn = sum(1 for b in data.bids if b.withdrawn)
    if withdrawn:
        return _("{assessed} assessed, {withdrawn} withdrawn").format(assessed=assessed, withdrawn=withdrawn)
    return _("{assessed} assessed").format(assessed=assessed)


def cover(data: ReportData) -> list[Flowable]:
    t = data.tender
    out: list[Flowable] = [bookmarked(p(_("Moderation report"), TITLE), _("Cover"), 0), p(t.title, SUBTITLE)]
    if data.draft:
        out.append(p(_("{draft}: this tender is in {status}. Scores and results may still change.").format(
            draft=_(DRAFT_LABEL), status=t.status_label), DRAFT))  # i18n: no
    status = t.status_label if data.draft else _("{status} (final)").format(status=t.status_label)
    out.append(key_values([
        (_("Tender reference"), t.reference),
        (_("Contracting authority"), t.authority),
        (_("Status"), status),
        (_("Contract value"), t.contract_value),
        (_("Duration"), _("{months} months").format(months=t.duration_months) if t.duration_months else ""),
        (_("Social value weight"), _("{weight_num}% of the whole evaluation").format(
            weight_num=wording.number(t.section_weight))),
        (_("Bids"), _bids_line(data)),
    ]))
    out.append(Spacer(1, 6))
    if t.description:
        out += [p(_("About the contract"), "H2"), *paras(t.description)]
    out += [p(_("Dates"), "H2"), key_values([(what, wording.when(at)) for what, at in t.dates])]
    out += before_table(_("The panel"))
    rows = [head(_("Name"), _("Role"), _("Email"))] + [
        [p(m.name, CELL), p(wording.role_label(m.role), CELL), p(m.email, CELL)] for m in data.panel]
    out.append(table(rows, cols(3, 1.4, 3.6)))
    out += [Spacer(1, 8), p(_("Made by {who} on {when} with CoopEval {version}, from the workspace's audit log at "
                              "head {head}. That hash identifies the exact record this report was made from; "
                              "`coopeval verify REPORT.pdf --workspace FILE` checks it.").format(
                                  who=data.made_by, when=wording.when(data.made_at), version=data.app_version,
                                  head=data.audit_head), MUTED),
            PageBreak()]
    return out


def method(data: ReportData) -> list[Flowable]:
    t, scale = data.tender, data.scale
    out: list[Flowable] = [heading(_("Method"))]
    out += before_table(_("Frameworks used"))
    rows = [head(_("Framework"), _("Licence"), _("Source and attribution"))]
    for f in data.frameworks:
        name = f"{f.name} {f.version}" + (f" — {f.publisher}" if f.publisher else "")
        name = _("{name} ({count} measures)").format(name=name, count=f.measures)
        rows.append([p(name, CELL), paras(f.licence, CELL),
                     paras("\n".join(x for x in (f.source, f.attribution) if x), CELL)])
    out.append(table(rows, cols(2.2, 1.4, 3.4)))

    out.append(p(_("Measures and weights"), "H2"))
    out.append(p(_("Weights are points out of 100 for the social value section, which is {weight_num}% of the whole "
                   "evaluation.").format(weight_num=wording.number(t.section_weight)), MUTED))
    rows = [head(_("Code"), _("Measure"), _("Theme"), _("Type"), _("Weight"), _("Min."))]
    for m in data.measures:
        kind = _("qualitative") if m.kind == "qualitative" else _("quantitative: {method}").format(
            method=wording.method_name(m.method))
        rows.append([p(m.code, CELL), paras(m.title, CELL), p(f"{m.theme} ({m.framework})", CELL), p(kind, CELL),
                     p(wording.number(m.weight), "CellRight"), p(m.minimum or "—", "CellRight")])
    total = sum((m.weight for m in data.measures), Decimal(0))
    rows.append([p("", CELL), p(_("Total"), "CellBold"), p("", CELL), p("", CELL),
                 p(wording.number(total), "CellRight"), p("", CELL)])
    out.append(table(rows, cols(1.1, 3, 2.2, 1.4, 0.8, 0.9)))

    out.append(p(_("Scale: {name}").format(name=scale.name), "H2"))
    if scale.description:
        out += paras(scale.description, MUTED)
    rows = [head(_("Score"), _("Label"), _("Descriptor"))] + [
        [p(str(pt.value), CELL), p(pt.label, "CellBold"), paras(pt.descriptor, CELL)] for pt in scale.points]
    out.append(table(rows, cols(0.6, 1.3, 5.1)))

    out += before_table(_("Scoring methods and formulas"))
    rows = [head(_("Code"), _("How it is scored"), _("Scores available"))]
    rows += [[p(m.code, CELL), p(wording.method_text(m, scale), CELL), p(wording.available_text(m, scale), CELL)]
             for m in data.measures]
    out.append(table(rows, cols(1.1, 4.4, 1.8)))
    out.append(p(_("A bid's section total is the sum of its points (out of 100); its points in the whole tender are "
                   "that total × {weight_num} ÷ 100. Figures are exact until shown, then rounded half up to 2 "
                   "places.").format(weight_num=wording.number(t.section_weight)), MUTED))

    out.append(p(_("Thresholds"), "H2"))
    minimums = [m for m in data.measures if m.minimum is not None]
    if minimums:
        rule = (_("A bid below any minimum is disqualified and not ranked.") if t.disqualify_on_threshold
                else _("A bid below a minimum is reported but still ranked."))
        out.append(p(rule))
        out += paras("; ".join(_("{code} {title}: at least {minimum}").format(code=m.code, title=m.title,
                                                                              minimum=m.minimum) for m in minimums))
    else:
        out.append(p(_("No measure sets a minimum.")))

    out.append(p(_("Disagreement cut-offs"), "H2"))
    out.append(p(_("The spread of the individual scores for a bid on a measure (highest − lowest) as a share of the "
                   "scale's range: under {discuss}% the panel agrees; {discuss}% to {split}% is discussed; over "
                   "{split}% is a split the panel must resolve. Every consensus score is agreed by the panel with its "
                   "reason; the individual scores are kept beside it. Each rationale needed at least {chars} "
                   "characters.").format(discuss=wording.number(t.discuss_at), split=wording.number(t.split_above),
                                         chars=t.min_rationale_chars)))
    out.append(PageBreak())
    return out


RESOLUTIONS = {"no_action": N_("No action"), "mitigated": N_("Mitigated"), "excluded": N_("Excluded")}
INTERESTS = {"personal": N_("personal"), "professional": N_("professional"), "financial": N_("financial")}
NATURES = {"actual": N_("actual"), "potential": N_("potential"), "perceived": N_("perceived")}


def _code_word(table: dict[str, str], code: str) -> str:
    """A stored code in words, in the current language; an unknown code as it is stored."""
    known = table.get(code)
    return _(known) if known else code.replace("_", " ")  # i18n: no


def conflicts(data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [heading(_("Conflicts of interest register"))]
    out.append(p(_("Every declaration made, in order, including those later superseded. A member declares before "
                   "seeing any bid; an interest is resolved by the officer."), MUTED))
    if not data.declarations:
        return out + [p(_("No declarations were recorded.")), PageBreak()]
    rows = [head(_("Member"), _("Scope"), _("Interest"), _("Declared"), _("Resolution"))]
    for d in data.declarations:
        if d.interest == "none":
            interest = _("None")
        else:
            interest = f"{_code_word(INTERESTS, d.interest)}, {_code_word(NATURES, d.nature or '')}" + (
                f": {d.details}" if d.details else "")
        if d.interest == "none":
            resolution = _("No action needed")
        elif d.resolution is None:
            resolution = _("Awaiting resolution")
        else:
            resolution = wording.capital(_code_word(RESOLUTIONS, d.resolution)) + (f": {d.resolution_note}" if d.resolution_note else "")
            resolution += f"\n({d.resolved_by}, {wording.when(d.resolved_at)})"
        if d.superseded:
            resolution += "\n" + _("Superseded by a later declaration.")
        rows.append([p(d.member, CELL), p(d.scope, CELL), paras(interest, CELL),
                     p(wording.when(d.declared_at), CELL), paras(resolution, CELL)])
    out.append(table(rows, cols(1.3, 1.4, 3, 1.1, 2.6)))
    out.append(PageBreak())
    return out


def results(data: ReportData) -> list[Flowable]:
    r, t = data.results, data.tender
    out: list[Flowable] = [heading(_("Results"))]
    if r.provisional:
        out.append(p(_("Provisional: the tender is not signed off. Each item uses the panel's consensus where there "
                       "is one, otherwise the median of the individual scores or the committed quantity."), DRAFT))
    if r.section_weight_warning:
        out.append(p(_("Note: {warning}").format(warning=r.section_weight_warning), MUTED))
    out += before_table(_("Ranking"))
    rows = [head(_("Rank"), _("Bid"), _("Total /100"),
                 _("Tender points /{weight_num}").format(weight_num=wording.number(t.section_weight)), _("Below a minimum"))]
    for b in r.ranking:
        rank = "—" if b.rank is None else str(b.rank)
        failed = ", ".join(b.failed_thresholds)
        if b.disqualified:
            failed = _("{measure_codes} (disqualified)").format(measure_codes=failed).strip()
        rows.append([p(rank, CELL), p(f"{b.name}\n{b.identifier}", CELL), p(wording.points(b.total), "CellRight"),
                     p(wording.points(b.tender_points), "CellRight"), p(failed or "—", CELL)])
    out.append(table(rows, cols(0.6, 3.6, 1, 1.2, 1.6)))

    out += before_table(_("Subtotals by theme"))
    tables = max(1, math.ceil(len(r.themes) / 4))  # at most 4 theme columns a table, spread evenly
    per_table = max(1, math.ceil(len(r.themes) / tables))
    for chunk_start in range(0, len(r.themes), per_table):
        chunk = r.themes[chunk_start:chunk_start + per_table]
        header = [p(_("Bid"), "CellHead")] + [p(f"{h.theme} /{wording.number(h.available)}", "CellHeadRight")
                                              for h in chunk]
        rows = [header]
        for b in r.ranking:
            rows.append([p(f"{b.name}", CELL)] +
                        [p(wording.points(b.themes[chunk_start + i]), "CellRight") for i in range(len(chunk))])
        out.append(table(rows, cols(2.6, *([1] * len(chunk)))))
        out.append(Spacer(1, 4))

    out.append(CondPageBreak(120 * mm))
    out.append(p(_("Chart"), "H2"))
    out.append(results_chart(r, FRAME_WIDTH))

    out.append(p(_("Sensitivity"), "H2"))
    out.append(p(r.sensitivity))
    out += before_table(_("Threshold failures"))
    if r.threshold_failures:
        rows = [head(_("Bid"), _("Measure"), _("Minimum"), _("Scored"))]
        rows += [[p(f"{f.name} ({f.identifier})", CELL), p(f.code, CELL), p(f.minimum, "CellRight"),
                  p(f.value, "CellRight")] for f in r.threshold_failures]
        out.append(table(rows, cols(3.6, 1.2, 1, 1)))
    else:
        out.append(p(_("No bid fell below a minimum.")))
    out.append(PageBreak())
    return out


def signoff(data: ReportData, *, signature: bool = True, signature_in: str | None = None) -> list[Flowable]:
    out: list[Flowable] = [heading(_("Sign-off"))]
    if data.draft:
        out.append(p(_("{draft}. Any statements below do not make a completed sign-off: the chair finalises the "
                       "sign-off once every scoring member has signed.").format(draft=_(DRAFT_LABEL)),  # i18n: no
                     DRAFT))
    if data.signoffs:
        rows = [head(_("Member"), _("Statement"), _("Signed"), _("Round"))]
        rows += [[p(f"{s.member}\n{wording.role_label(s.role)}", CELL), paras(s.statement, CELL),
                  p(wording.when(s.signed_at), CELL), p(str(s.round), "CellRight")] for s in data.signoffs]
        out.append(table(rows, cols(1.6, 4.2, 1.5, 0.6)))
    else:
        out.append(p(_("No member has signed off yet.")))
    out.append(Spacer(1, 14))
    if signature:
        out.append(KeepTogether([SignatureBox(90 * mm, 32 * mm, _(SIGNATURE_CAPTION))]))  # i18n: no
    else:
        where = _("the Welsh part") if signature_in == "cy" else _("the English part")
        out.append(p(_("The digital signature of this report is in the sign-off section of {part}, before this "
                       "part; it covers the whole document.").format(part=where), MUTED))
    return out
