"""The questionnaire as a sequence of plain blocks (headings, paragraphs, fact lists, tables, page breaks), built
once from `QuestionnaireData`; the PDF and the DOCX renderers only lay these blocks out, so both formats state the
same things in the same order with the same words.

Order: cover (the tender, the deadline, clarification questions), how to respond, the measures at a glance, one
page per measure, the scale, how quantities are scored, minimum standards, how the panel evaluates, the
frameworks' licences, and a closing note naming the set-up fingerprint.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from coopeval.reporting.questionnaire import wording as w
from coopeval.reporting.questionnaire.data import QuestionMeasure, QuestionnaireData

DOCUMENT_TITLE = "Social value questionnaire"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 0 the document title, 1 a section, 2 a measure or sub-section, 3 a part of a measure


@dataclass(frozen=True)
class Text:
    text: str
    style: str = "body"  # body | muted | quote | subtitle


@dataclass(frozen=True)
class Facts:
    pairs: tuple[tuple[str, str], ...]  # (label, value); empty values are left out


@dataclass(frozen=True)
class Grid:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative column widths
    total: tuple[str, ...] | None = None  # a last row shown in bold


@dataclass(frozen=True)
class NewPage:
    pass


Block = Heading | Text | Facts | Grid | NewPage
SMALL_TABLE = 8  # rows: a table this short is kept on one page with the sentence before it


def small(grid: Grid) -> bool:
    return len(grid.rows) <= SMALL_TABLE


def document(data: QuestionnaireData) -> list[Block]:
    return [*cover(data), *how_to_respond(data), *measures(data), *scale(data), *methods(data),
            *thresholds(data), *moderation(data), *credits(data)]


def cover(data: QuestionnaireData) -> list[Block]:
    duration = f"{data.duration_months} months" if data.duration_months else ""
    version = f"Version {data.version}, made {data.made_on}" if data.version else f"Preview made {data.made_on}"
    out: list[Block] = [
        Heading(DOCUMENT_TITLE, 0), Text(data.title, "subtitle"),
        Facts((("Tender reference", data.reference), ("Contracting authority", data.authority),
               ("Contract value", w.money(data.contract_value_pence)), ("Contract duration", duration),
               ("Social value weight", f"{w.number(Decimal(data.section_weight))}% of the whole tender evaluation"),
               ("Deadline for returns", f"{data.deadline} (UK time)"),
               ("Clarification questions", data.clarification_route),
               ("This document", version), ("Set-up fingerprint", data.setup_fingerprint))),
    ]
    if data.description:
        out += [Heading("About the contract", 2), Text(data.description)]
    out += [Heading("About this questionnaire", 2), Text(
        f"{data.authority or 'The contracting authority'} will evaluate social value as "
        f"{w.number(Decimal(data.section_weight))}% of the whole tender. This questionnaire sets out every social "
        "value measure you will be asked to respond to, how much each is worth, what evidence to give, how your "
        "response will be scored and how the commitments you make will be checked during the contract.")]
    out.append(NewPage())
    return out


def how_to_respond(data: QuestionnaireData) -> list[Block]:
    limited = [m for m in data.measures if m.word_limit]
    out: list[Block] = [Heading("How to respond", 1),
                        Text(f"Return your response by {data.deadline} (UK time)."),
                        Text(f"Questions about this questionnaire: {data.clarification_route}"),
                        Text("Answer in the response template (an Excel workbook) issued with this questionnaire. "
                             "Give your organisation's details on its \"About you\" sheet and one response for each "
                             "measure on its \"Responses\" sheet: a written response for every measure, and for a "
                             "measure scored by formula the quantity you commit to, in the unit stated. Say where "
                             "your evidence is (document and page). Do not add, remove or reorder rows or sheets."),
                        Text("Everything you commit to will be written into the contract if you win it, and checked "
                             "during the contract as set out for each measure. Commit only to what you can deliver.")]
    if limited:
        out.append(Text("Keep each response within its word limit: "
                        + "; ".join(f"{m.code} {m.word_limit:,} words" for m in limited) + "."))
    if data.record_fields:
        out += [Heading("About your organisation (recorded, not scored)", 2),
                Text("The \"About you\" sheet also asks the following. Your answers are recorded and never scored."),
                Grid(("Question", "What to give"),
                     tuple((f.title, _record_answer(f.kind, f.choices, f.evidence)) for f in data.record_fields),
                     (2, 3))]
    out += [Heading("The measures at a glance", 2),
            Text("Weights are points out of 100 for the social value section; the share of the whole tender is that "
                 f"weight × {w.number(Decimal(data.section_weight))} ÷ 100.", "muted"),
            Grid(("Code", "Measure", "How it is scored", "Weight", "Share of the tender", "Word limit"),
                 tuple((m.code, m.title, _short_kind(m), f"{w.number(Decimal(m.weight))}%",
                        f"{w.number(Decimal(m.share_of_tender))}%", f"{m.word_limit:,}" if m.word_limit else "—")
                       for m in data.measures),
                 (1.2, 3.2, 1.6, 0.9, 1, 0.9),
                 total=("", "Total", "", f"{w.number(sum((Decimal(m.weight) for m in data.measures), Decimal(0)))}%",
                        f"{w.number(Decimal(data.section_weight))}%", "")),
            NewPage()]
    return out


def _record_answer(kind: str, choices: tuple[str, ...], evidence: bool) -> str:
    what = {"choice": "One of: ", "choices": "Any of: "}.get(kind, "Text")
    text = what + "; ".join(choices) if kind in ("choice", "choices") else what
    return text + (", with a reference to your evidence" if evidence else "")


def _short_kind(m: QuestionMeasure) -> str:
    return "Panel score" if m.kind == "qualitative" else w.METHOD_NAMES.get(m.method or "", "")


def measures(data: QuestionnaireData) -> list[Block]:
    out: list[Block] = [Heading("The measures", 1)]
    for n, m in enumerate(data.measures):
        if n:
            out.append(NewPage())
        out += measure(m, data)
    out.append(NewPage())
    return out


def measure(m: QuestionMeasure, data: QuestionnaireData) -> list[Block]:
    facts = [("Theme", m.theme), ("Outcome", m.outcome),
             ("Framework", m.framework + (" (a quality companion measure)" if m.companion else "")),
             ("Weight", w.weight_text(m)), ("How it is scored", w.kind_text(m)),
             ("Word limit", f"{m.word_limit:,} words" if m.word_limit else ""),
             ("Minimum", w.minimum_text(m, data))]
    out: list[Block] = [Heading(f"{m.code} {m.title}", 2), Facts(tuple(facts))]
    parts = [("What we ask", m.bidder_guidance), ("Evidence required", m.evidence)]
    for title, body in parts:
        if body:
            out += [Heading(title, 3), Text(body)]
    if m.kpi or m.verification or m.contract_clause:
        out.append(Heading("Delivery: how it will be measured and checked", 3))
        out.append(Text("If you win the contract, what you commit to on this measure becomes a term of the contract, "
                        "measured and checked as follows."))
        out.append(Facts((("Key performance indicator", m.kpi), ("How it will be verified", m.verification))))
    if m.contract_clause:
        out += [Heading("Model contract clause", 3), Text(m.contract_clause, "quote")]
    if m.proportionality:
        out += [Heading("Proportionality", 3), Text(m.proportionality)]
    out += [Heading("How it is scored", 3), Text(w.formula(m, data))]
    example = w.worked_example(m, data)
    out.append(Text("Worked example. " + example.intro, "muted"))
    if example.rows:
        out.append(Grid(example.header, example.rows, (2, 2.6, 1.6, 1) if len(example.header) == 4 else (3, 1)))
    if m.minimum is not None:
        out.append(Text(f"Minimum: {w.minimum_text(m, data)}. {w.threshold_consequence(data.disqualify_on_threshold)}"))
    return out


def scale(data: QuestionnaireData) -> list[Block]:
    low, high = w.scale_span(data)
    return [Heading("The scoring scale", 1),
            Text(f"The panel scores every written response on the {data.scale_name} scale, from {low} to {high}. "
                 "Each score means:"),
            Grid(("Score", "Label", "What a response at this score looks like"),
                 tuple((str(s.value), s.label, s.descriptor) for s in data.scale), (0.7, 1.6, 5))]


def methods(data: QuestionnaireData) -> list[Block]:
    out: list[Block] = [Heading("How scores become points", 1), Text(w.totals_text(data))]
    qualitative = [m for m in data.measures if m.kind == "qualitative"]
    if qualitative:
        low_high = w.scale_span(data)
        out += [Heading("Written responses scored on the scale", 2),
                Text(f"points = agreed score ÷ {low_high[1]} × the measure's weight. "
                     f"Used by: {', '.join(m.code for m in qualitative)}.")]
    used: dict[tuple[str, str], list[QuestionMeasure]] = {}
    for m in data.measures:
        if m.kind == "quantitative" and m.method:
            used.setdefault((m.method, m.direction or "higher"), []).append(m)
    for (method, direction), group in sorted(used.items(), key=lambda kv: (w.METHOD_ORDER.index(kv[0][0]), kv[0][1])):
        first = group[0]
        out += [Heading(f"{w.METHOD_NAMES[method]} ({'lower' if direction == 'lower' else 'higher'} is better)", 2),
                Text(w.method_summary(method, direction)),
                Text(f"Used by: {', '.join(m.code for m in group)}.", "muted")]
        example = w.worked_example(first, data)
        out += [Text(f"For example, {first.code}: {w.formula(first, data)}", "muted"),
                Text(f"Worked example. {example.intro}", "muted")]
        if example.rows:
            out.append(Grid(example.header, example.rows, (2, 2.6, 1.6, 1)))
    return out


def thresholds(data: QuestionnaireData) -> list[Block]:
    minimums = [m for m in data.measures if m.minimum is not None]
    out: list[Block] = [Heading("Minimum standards", 1)]
    if not minimums:
        return out + [Text("No measure in this questionnaire sets a minimum standard.")]
    out += [Text("These measures set a minimum a bid must reach:"),
            Grid(("Code", "Measure", "Minimum"), tuple((m.code, m.title, w.minimum_text(m, data)) for m in minimums),
                 (1.2, 3.4, 2.6)),
            Text(w.threshold_consequence(data.disqualify_on_threshold))]
    return out


def moderation(data: QuestionnaireData) -> list[Block]:
    return [Heading("How the panel evaluates", 1), *(Text(t) for t in w.moderation_paragraphs(data))]


def credits(data: QuestionnaireData) -> list[Block]:
    out: list[Block] = [NewPage(), Heading("Frameworks, licence and attribution", 1),
                        Text("The measures in this questionnaire come from these frameworks, used under their "
                             "licences:")]
    for f in data.frameworks:
        out += [Heading(f"{f.name} {f.version}", 2),
                Facts((("Publisher", f.publisher), ("Licence", f.licence), ("Source", f.source),
                       ("Attribution", f.attribution)))]
    out += [Heading("About this document", 2),
            Text(f"Made with CoopEval on {data.made_on}"
                 + (f" as version {data.version} of this questionnaire" if data.version else " as a preview") + ". "
                 f"It states the tender's set-up with fingerprint {data.setup_fingerprint}; the response template "
                 "carries the same fingerprint, so each return can be matched to the exact set-up it answers. If the "
                 "set-up changes, a new version is published.")]
    return out
