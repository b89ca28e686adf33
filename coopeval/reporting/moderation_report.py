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
from decimal import Decimal
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from coopeval.domain.progress import CancelFn, ProgressFn, Steps
from coopeval.reporting import wording
from coopeval.reporting.bid_sections import bids
from coopeval.reporting.blocks import FRAME_WIDTH, before_table, cols, head, heading, key_values, p, paras, table
from coopeval.reporting.charts import results_chart
from coopeval.reporting.data import ReportData
from coopeval.reporting.layout import IDENTITY_KEY, ProgressMark, ReportDocument, RunningText, SignatureBox, bookmarked
from coopeval.reporting.quoting import bounded
from coopeval.reporting.whole_section import whole_section

DRAFT_LABEL = "DRAFT — not signed off"
SIGNATURE_CAPTION = "Digital signature (PAdES) of this report. Check it with: coopeval verify REPORT.pdf"


def running_text(data: ReportData) -> RunningText:
    t = data.tender
    return RunningText(
        header_left=f"Moderation report · {t.reference}",
        header_right=wording.shorten(t.authority or t.title, 70)[0],
        footer_left=f"{t.reference} · {wording.shorten(t.title, 60)[0]}",
        footer_note=f"Made from audit head {data.audit_head}",
        draft_label=DRAFT_LABEL if data.draft else "",
    )


def metadata(data: ReportData) -> dict[str, str]:
    t = data.tender
    return {
        "title": f"Moderation report — {t.reference} — {t.title}",
        "author": t.authority or data.made_by,
        "subject": f"Evaluation record of tender {t.reference}" + (" (draft, not signed off)" if data.draft else ""),
        "creator": f"CoopEval {data.app_version}",
        "keywords": keywords(t.reference, data.audit_head, "moderation report"),
    }


def keywords(reference: str, audit_head: str, kind: str) -> str:
    """The PDF's Keywords, for people and search tools. `coopeval verify` reads the report's identity
    from `identity_info` instead (and from these only in reports made before it existed)."""
    return f"CoopEval {kind}; tender={reference}; audit-head={audit_head}"


def identity_info(reference: str, audit_head: str, kind: str) -> dict[str, str]:
    """The report's identity as its own document-info key, /CoopEvalReport: JSON that names the tender
    exactly whatever its reference holds (";", "tender=", quotes). It is in the revision a signature
    covers, so `coopeval verify` can trust it as far as it trusts the signature."""
    return {IDENTITY_KEY: json.dumps({"format": 1, "kind": kind, "tender_ref": reference, "audit_head": audit_head},
                                     ensure_ascii=True, sort_keys=True)}


def render_report(data: ReportData, target: str | BinaryIO, *, deterministic: bool = False,
                  progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> int:
    """Write the report to `target` (a path or a binary file); returns the number of pages.
    `deterministic` fixes the document's dates and ids so the same data always gives the same bytes.
    Long stored text is quoted within its field's limit (see `quoting`)."""
    data = bounded(data)
    steps = Steps(total_steps(data), progress, cancel)
    steps.check()
    story = build_story(data)
    doc = ReportDocument(target, running=running_text(data), steps=steps, deterministic=deterministic,
                         info=identity_info(data.tender.reference, data.audit_head, "moderation report"),
                         **metadata(data))
    doc.build(story)
    pages: int = doc.page
    return pages


def total_steps(data: ReportData) -> int:
    return 4 + sum(len(b.items) for b in data.bids) + 1


def build_story(data: ReportData) -> list[Flowable]:
    story: list[Flowable] = []
    story += cover(data)
    story.append(ProgressMark("Cover"))
    story += method(data)
    story.append(ProgressMark("Method"))
    story += conflicts(data)
    story.append(ProgressMark("Conflicts register"))
    story += results(data)
    story.append(ProgressMark("Results"))
    story += whole_section(data)  # issue 21: the other award criteria and the whole result
    story += bids(data)
    story += signoff(data)
    story.append(ProgressMark("Sign-off"))
    return story


# --- sections ------------------------------------------------------------------------------------

def cover(data: ReportData) -> list[Flowable]:
    t = data.tender
    out: list[Flowable] = [bookmarked(p("Moderation report", "Title"), "Cover", 0), p(t.title, "Subtitle")]
    if data.draft:
        out.append(p(f"{DRAFT_LABEL}: this tender is in {t.status_label}. Scores and results may still change.",
                     "Draft"))
    out.append(key_values([
        ("Tender reference", t.reference),
        ("Contracting authority", t.authority),
        ("Status", t.status_label + ("" if data.draft else " (final)")),
        ("Contract value", t.contract_value),
        ("Duration", f"{t.duration_months} months" if t.duration_months else ""),
        ("Social value weight", f"{wording.number(t.section_weight)}% of the whole evaluation"),
        ("Bids", f"{sum(1 for b in data.bids if not b.withdrawn)} assessed"
                 + (f", {sum(1 for b in data.bids if b.withdrawn)} withdrawn" if any(b.withdrawn for b in data.bids) else "")),
    ]))
    out.append(Spacer(1, 6))
    if t.description:
        out += [p("About the contract", "H2"), *paras(t.description)]
    out += [p("Dates", "H2"), key_values([(what, wording.when(at)) for what, at in t.dates])]
    out += before_table("The panel")
    rows = [head("Name", "Role", "Email")] + [[p(m.name, "Cell"), p(wording.ROLE_LABELS.get(m.role, m.role), "Cell"),
                                              p(m.email, "Cell")] for m in data.panel]
    out.append(table(rows, cols(3, 1.4, 3.6)))
    out += [Spacer(1, 8), p(f"Made by {data.made_by} on {wording.when(data.made_at)} with CoopEval {data.app_version}, "
                            f"from the workspace's audit log at head {data.audit_head}. That hash identifies the exact "
                            "record this report was made from; `coopeval verify REPORT.pdf --workspace FILE` checks it.",
                            "Muted"),
            PageBreak()]
    return out


def method(data: ReportData) -> list[Flowable]:
    t, scale = data.tender, data.scale
    out: list[Flowable] = [heading("Method")]
    out += before_table("Frameworks used")
    rows = [head("Framework", "Licence", "Source and attribution")]
    for f in data.frameworks:
        name = f"{f.name} {f.version}" + (f" — {f.publisher}" if f.publisher else "") + f" ({f.measures} measures)"
        rows.append([p(name, "Cell"), paras(f.licence, "Cell"),
                     paras("\n".join(x for x in (f.source, f.attribution) if x), "Cell")])
    out.append(table(rows, cols(2.2, 1.4, 3.4)))

    out.append(p("Measures and weights", "H2"))
    out.append(p(f"Weights are points out of 100 for the social value section, which is "
                 f"{wording.number(t.section_weight)}% of the whole evaluation.", "Muted"))
    rows = [head("Code", "Measure", "Theme", "Type", "Weight", "Min.")]
    for m in data.measures:
        rows.append([p(m.code, "Cell"), paras(m.title, "Cell"), p(f"{m.theme} ({m.framework})", "Cell"),
                     p(m.kind if m.kind == "qualitative" else f"quantitative: {m.method}", "Cell"),
                     p(wording.number(m.weight), "CellRight"), p(m.minimum or "—", "CellRight")])
    total = sum((m.weight for m in data.measures), Decimal(0))
    rows.append([p("", "Cell"), p("Total", "CellBold"), p("", "Cell"), p("", "Cell"),
                 p(wording.number(total), "CellRight"), p("", "Cell")])
    out.append(table(rows, cols(1.1, 3, 2.2, 1.4, 0.8, 0.9)))

    out.append(p(f"Scale: {scale.name}", "H2"))
    if scale.description:
        out += paras(scale.description, "Muted")
    rows = [head("Score", "Label", "Descriptor")] + [[p(str(pt.value), "Cell"), p(pt.label, "CellBold"),
                                                      paras(pt.descriptor, "Cell")] for pt in scale.points]
    out.append(table(rows, cols(0.6, 1.3, 5.1)))

    out += before_table("Scoring methods and formulas")
    rows = [head("Code", "How it is scored", "Scores available")]
    rows += [[p(m.code, "Cell"), p(wording.method_text(m, scale), "Cell"), p(wording.available_text(m, scale), "Cell")]
             for m in data.measures]
    out.append(table(rows, cols(1.1, 4.4, 1.8)))
    out.append(p("A bid's section total is the sum of its points (out of 100); its points in the whole tender are "
                 f"that total × {wording.number(t.section_weight)} ÷ 100. Figures are exact until shown, then "
                 "rounded half up to 2 places.", "Muted"))

    out.append(p("Thresholds", "H2"))
    minimums = [m for m in data.measures if m.minimum is not None]
    if minimums:
        rule = ("A bid below any minimum is disqualified and not ranked." if t.disqualify_on_threshold
                else "A bid below a minimum is reported but still ranked.")
        out.append(p(rule))
        out += paras("; ".join(f"{m.code} {m.title}: at least {m.minimum}" for m in minimums))
    else:
        out.append(p("No measure sets a minimum."))

    out.append(p("Disagreement cut-offs", "H2"))
    out.append(p(f"The spread of the individual scores for a bid on a measure (highest − lowest) as a share of the "
                 f"scale's range: under {wording.number(t.discuss_at)}% the panel agrees; "
                 f"{wording.number(t.discuss_at)}% to {wording.number(t.split_above)}% is discussed; over "
                 f"{wording.number(t.split_above)}% is a split the panel must resolve. Every consensus score is agreed "
                 f"by the panel with its reason; the individual scores are kept beside it. "
                 f"Each rationale needed at least {t.min_rationale_chars} characters."))
    out.append(PageBreak())
    return out


def conflicts(data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [heading("Conflicts of interest register")]
    out.append(p("Every declaration made, in order, including those later superseded. A member declares before "
                 "seeing any bid; an interest is resolved by the officer.", "Muted"))
    if not data.declarations:
        return out + [p("No declarations were recorded."), PageBreak()]
    rows = [head("Member", "Scope", "Interest", "Declared", "Resolution")]
    for d in data.declarations:
        interest = "None" if d.interest == "none" else f"{d.interest}, {d.nature}" + (f": {d.details}" if d.details else "")
        if d.interest == "none":
            resolution = "No action needed"
        elif d.resolution is None:
            resolution = "Awaiting resolution"
        else:
            resolution = d.resolution.replace("_", " ").capitalize() + (f": {d.resolution_note}" if d.resolution_note else "")
            resolution += f"\n({d.resolved_by}, {wording.when(d.resolved_at)})"
        if d.superseded:
            resolution += "\nSuperseded by a later declaration."
        rows.append([p(d.member, "Cell"), p(d.scope, "Cell"), paras(interest, "Cell"),
                     p(wording.when(d.declared_at), "Cell"), paras(resolution, "Cell")])
    out.append(table(rows, cols(1.3, 1.4, 3, 1.1, 2.6)))
    out.append(PageBreak())
    return out


def results(data: ReportData) -> list[Flowable]:
    r, t = data.results, data.tender
    out: list[Flowable] = [heading("Results")]
    if r.provisional:
        out.append(p("Provisional: the tender is not signed off. Each item uses the panel's consensus where there is "
                     "one, otherwise the median of the individual scores or the committed quantity.", "Draft"))
    if r.section_weight_warning:
        out.append(p(f"Note: {r.section_weight_warning}", "Muted"))
    out += before_table("Ranking")
    rows = [head("Rank", "Bid", "Total /100", f"Tender points /{wording.number(t.section_weight)}", "Below a minimum")]
    for b in r.ranking:
        rank = "—" if b.rank is None else str(b.rank)
        failed = ", ".join(b.failed_thresholds) + (" (disqualified)" if b.disqualified else "")
        rows.append([p(rank, "Cell"), p(f"{b.name}\n{b.identifier}", "Cell"), p(wording.points(b.total), "CellRight"),
                     p(wording.points(b.tender_points), "CellRight"), p(failed or "—", "Cell")])
    out.append(table(rows, cols(0.6, 3.6, 1, 1.2, 1.6)))

    out += before_table("Subtotals by theme")
    tables = max(1, math.ceil(len(r.themes) / 4))  # at most 4 theme columns a table, spread evenly
    per_table = max(1, math.ceil(len(r.themes) / tables))
    for chunk_start in range(0, len(r.themes), per_table):
        chunk = r.themes[chunk_start:chunk_start + per_table]
        header = [p("Bid", "CellHead")] + [p(f"{h.theme} /{wording.number(h.available)}", "CellHeadRight") for h in chunk]
        rows = [header]
        for b in r.ranking:
            rows.append([p(f"{b.name}", "Cell")] +
                        [p(wording.points(b.themes[chunk_start + i]), "CellRight") for i in range(len(chunk))])
        out.append(table(rows, cols(2.6, *([1] * len(chunk)))))
        out.append(Spacer(1, 4))

    out.append(CondPageBreak(120 * mm))
    out.append(p("Chart", "H2"))
    out.append(results_chart(r, FRAME_WIDTH))

    out.append(p("Sensitivity", "H2"))
    out.append(p(r.sensitivity))
    out += before_table("Threshold failures")
    if r.threshold_failures:
        rows = [head("Bid", "Measure", "Minimum", "Scored")]
        rows += [[p(f"{f.name} ({f.identifier})", "Cell"), p(f.code, "Cell"), p(f.minimum, "CellRight"),
                  p(f.value, "CellRight")] for f in r.threshold_failures]
        out.append(table(rows, cols(3.6, 1.2, 1, 1)))
    else:
        out.append(p("No bid fell below a minimum."))
    out.append(PageBreak())
    return out


def signoff(data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [heading("Sign-off")]
    if data.draft:
        out.append(p(f"{DRAFT_LABEL}. Any statements below do not make a completed sign-off: the chair finalises "
                     "the sign-off once every scoring member has signed.", "Draft"))
    if data.signoffs:
        rows = [head("Member", "Statement", "Signed", "Round")]
        rows += [[p(f"{s.member}\n{wording.ROLE_LABELS.get(s.role, s.role)}", "Cell"), paras(s.statement, "Cell"),
                  p(wording.when(s.signed_at), "Cell"), p(str(s.round), "CellRight")] for s in data.signoffs]
        out.append(table(rows, cols(1.6, 4.2, 1.5, 0.6)))
    else:
        out.append(p("No member has signed off yet."))
    out.append(Spacer(1, 14))
    out.append(KeepTogether([SignatureBox(90 * mm, 32 * mm, SIGNATURE_CAPTION)]))
    return out
