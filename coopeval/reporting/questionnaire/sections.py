"""The questionnaire as a sequence of plain blocks (headings, paragraphs, fact lists, tables, page breaks), built
once from `QuestionnaireData`; the PDF and the DOCX renderers only lay these blocks out, so both formats state the
same things in the same order with the same words.

Order: cover (the tender, the deadline, clarification questions), how to respond, the measures at a glance, one
page per measure, the scale, how quantities are scored, minimum standards, how the panel evaluates, the
frameworks' licences, and a closing note naming the set-up fingerprint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from coopeval import i18n
from coopeval.i18n import LANGUAGE_NAMES, N_, _
from coopeval.reporting.questionnaire import wording as w
from coopeval.reporting.questionnaire.data import QuestionMeasure, QuestionnaireData, parts_of

DOCUMENT_TITLE = N_("Social value questionnaire")  # translate with `document_title()`


def document_title() -> str:
    """The document's title in the current language."""
    return _(DOCUMENT_TITLE)  # i18n: no - marked with N_ above


def each_language(parts: Sequence[QuestionnaireData], make: Callable[[QuestionnaireData], str], sep: str = " / ") -> str:
    """`make(part)` in each part's language, joined (Welsh first); the same text once when the parts agree."""
    texts = []
    for part in parts:
        with i18n.language(part.language):
            texts.append(make(part))
    return sep.join(dict.fromkeys(texts))


def metadata(data: QuestionnaireData | Sequence[QuestionnaireData]) -> dict[str, str]:
    """The document's properties, the same in the PDF and the Word file: title, author, subject, creator, keywords."""
    parts = parts_of(data)  # type: ignore[arg-type]
    first = parts[0]
    return {
        "title": f"{each_language(parts, lambda d: document_title())} — {first.reference} — {first.title}",
        "author": first.authority or "CoopEval",
        "subject": each_language(parts, lambda d: _("Social value questionnaire for bidders, tender {reference}").format(
            reference=d.reference)),
        "creator": "CoopEval",
        "keywords": f"CoopEval questionnaire; tender={first.reference}; setup={first.setup_fingerprint}; "  # i18n: no
                    f"version={first.version}" + ("" if first.language == "en" and len(parts) == 1 else
                                                  f"; language={'+'.join(d.language for d in parts)}"),  # i18n: no
    }


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
    duration = _("{months} months").format(months=data.duration_months) if data.duration_months else ""
    version = _("Version {version}, made {date}").format(version=data.version, date=data.made_on) if data.version \
        else _("Preview made {date}").format(date=data.made_on)
    section = w.number(Decimal(data.section_weight))
    out: list[Block] = [
        Heading(document_title(), 0), Text(data.title, "subtitle"),
        Facts(((_("Tender reference"), data.reference), (_("Contracting authority"), data.authority),
               (_("Contract value"), w.money(data.contract_value_pence)), (_("Contract duration"), duration),
               (_("Social value weight"), _("{percent}% of the whole tender evaluation").format(percent=section)),
               (_("Deadline for returns"), _("{deadline} (UK time)").format(deadline=data.deadline)),
               (_("Clarification questions"), data.clarification_route),
               (_("This document"), version), (_("Set-up fingerprint"), data.setup_fingerprint))),
    ]
    if data.description:
        out += [Heading(_("About the contract"), 2), Text(data.description)]
    about = _("{authority} will evaluate social value as {percent}% of the whole tender. This questionnaire sets out "
              "every social value measure you will be asked to respond to, how much each is worth, what evidence to "
              "give, how your response will be scored and how the commitments you make will be checked during the "
              "contract.") if data.authority else \
        _("The contracting authority will evaluate social value as {percent}% of the whole tender. This questionnaire "
          "sets out every social value measure you will be asked to respond to, how much each is worth, what evidence "
          "to give, how your response will be scored and how the commitments you make will be checked during the "
          "contract.")
    out += [Heading(_("About this questionnaire"), 2), Text(about.format(authority=data.authority, percent=section))]
    out.append(NewPage())
    return out


def how_to_respond(data: QuestionnaireData) -> list[Block]:
    limited = [m for m in data.measures if m.word_limit]
    out: list[Block] = [Heading(_("How to respond"), 1),
                        Text(_("Return your response by {deadline} (UK time).").format(deadline=data.deadline)),
                        Text(_("Questions about this questionnaire: {route}").format(route=data.clarification_route)),
                        Text(_("Answer in the response template (an Excel workbook) issued with this questionnaire. "
                               "Give your organisation's details on its \"About you\" sheet and one response for "
                               "each measure on its \"Responses\" sheet: a written response for every measure, and "
                               "for a measure scored by formula the quantity you commit to, in the unit stated. Say "
                               "where your evidence is (document and page). Do not add, remove or reorder rows or "
                               "sheets.")),
                        Text(_("Everything you commit to will be written into the contract if you win it, and checked "
                               "during the contract as set out for each measure. Commit only to what you can "
                               "deliver."))]
    if limited:
        out.append(Text(_("Keep each response within its word limit: {limits}.").format(
            limits="; ".join(_("{code} {limit} words").format(code=m.code, limit=f"{m.word_limit:,}")
                             for m in limited))))
    if data.record_fields:
        out += [Heading(_("About your organisation (recorded, not scored)"), 2),
                Text(_("The \"About you\" sheet also asks the following. Your answers are recorded and never "
                       "scored.")),
                Grid((_("Question"), _("What to give")),
                     tuple((f.title, _record_answer(f.kind, f.choices, f.evidence)) for f in data.record_fields),
                     (2, 3))]
    section = w.number(Decimal(data.section_weight))
    total = w.number(sum((Decimal(m.weight) for m in data.measures), Decimal(0)))
    out += [Heading(_("The measures at a glance"), 2),
            Text(_("Weights are points out of 100 for the social value section; the share of the whole tender is "
                   "that weight × {section} ÷ 100.").format(section=section), "muted"),
            Grid((_("Code"), _("Measure"), _("How it is scored"), _("Weight"), _("Share of the tender"),
                  _("Word limit")),
                 tuple((m.code, m.title, _short_kind(m), f"{w.number(Decimal(m.weight))}%",
                        f"{w.number(Decimal(m.share_of_tender))}%", f"{m.word_limit:,}" if m.word_limit else "—")
                       for m in data.measures),
                 (1.2, 3.2, 1.6, 0.9, 1, 0.9),
                 total=("", _("Total"), "", f"{total}%", f"{section}%", "")),
            NewPage()]
    return out


def _record_answer(kind: str, choices: tuple[str, ...], evidence: bool) -> str:
    listed = "; ".join(choices)
    if kind == "choice":
        text = _("One of: {choices}").format(choices=listed)
    elif kind == "choices":
        text = _("Any of: {choices}").format(choices=listed)
    else:
        text = _("Text")
    return _("{answer}, with a reference to your evidence").format(answer=text) if evidence else text


def _short_kind(m: QuestionMeasure) -> str:
    return _("Panel score") if m.kind == "qualitative" else w.method_name(m.method)


def measures(data: QuestionnaireData) -> list[Block]:
    out: list[Block] = [Heading(_("The measures"), 1)]
    for n, m in enumerate(data.measures):
        if n:
            out.append(NewPage())
        out += measure(m, data)
    out.append(NewPage())
    return out


def measure(m: QuestionMeasure, data: QuestionnaireData) -> list[Block]:
    framework = _("{name} (a quality companion measure)").format(name=m.framework) if m.companion \
        else m.framework
    facts = [(_("Theme"), m.theme), (_("Outcome"), m.outcome), (_("Framework"), framework),
             (_("Weight"), w.weight_text(m)), (_("How it is scored"), w.kind_text(m)),
             (_("Word limit"), _("{limit} words").format(limit=f"{m.word_limit:,}") if m.word_limit else ""),
             (_("Minimum"), w.minimum_text(m, data))]
    out: list[Block] = [Heading(f"{m.code} {m.title}", 2), Facts(tuple(facts))]
    parts = [(_("What we ask"), m.bidder_guidance), (_("Evidence required"), m.evidence)]
    for title, body in parts:
        if body:
            out += [Heading(title, 3), Text(body)]
    if m.kpi or m.verification or m.contract_clause:
        out.append(Heading(_("Delivery: how it will be measured and checked"), 3))
        out.append(Text(_("If you win the contract, what you commit to on this measure becomes a term of the "
                          "contract, measured and checked as follows.")))
        out.append(Facts(((_("Key performance indicator"), m.kpi), (_("How it will be verified"), m.verification))))
    if m.contract_clause:
        out += [Heading(_("Model contract clause"), 3), Text(m.contract_clause, "quote")]
    if m.proportionality:
        out += [Heading(_("Proportionality"), 3), Text(m.proportionality)]
    out += [Heading(_("How it is scored"), 3), Text(w.formula(m, data))]
    example = w.worked_example(m, data)
    out.append(Text(_("Worked example. {intro}").format(intro=example.intro), "muted"))
    if example.rows:
        out.append(Grid(example.header, example.rows, (2, 2.6, 1.6, 1) if len(example.header) == 4 else (3, 1)))
    if m.minimum is not None:
        out.append(Text(_("Minimum: {minimum}. {consequence}").format(
            minimum=w.minimum_text(m, data), consequence=w.threshold_consequence(data.disqualify_on_threshold))))
    return out


def scale(data: QuestionnaireData) -> list[Block]:
    low, high = w.scale_span(data)
    return [Heading(_("The scoring scale"), 1),
            Text(_("The panel scores every written response on the {scale} scale, from {low} to {high}. Each score "
                   "means:").format(scale=data.scale_name, low=low, high=high)),
            Grid((_("Score"), _("Label"), _("What a response at this score looks like")),
                 tuple((str(s.value), s.label, s.descriptor) for s in data.scale), (0.7, 1.6, 5))]


def methods(data: QuestionnaireData) -> list[Block]:
    out: list[Block] = [Heading(_("How scores become points"), 1), Text(w.totals_text(data))]
    qualitative = [m for m in data.measures if m.kind == "qualitative"]
    if qualitative:
        low_high = w.scale_span(data)
        out += [Heading(_("Written responses scored on the scale"), 2),
                Text(_("points = agreed score ÷ {top} × the measure's weight. Used by: {codes}.").format(
                    top=low_high[1], codes=", ".join(m.code for m in qualitative)))]
    used: dict[tuple[str, str], list[QuestionMeasure]] = {}
    for m in data.measures:
        if m.kind == "quantitative" and m.method:
            used.setdefault((m.method, m.direction or "higher"), []).append(m)
    for (method, direction), group in sorted(used.items(), key=lambda kv: (w.METHOD_ORDER.index(kv[0][0]), kv[0][1])):
        first = group[0]
        title = _("{method} (lower is better)") if direction == "lower" else _("{method} (higher is better)")
        out += [Heading(title.format(method=w.method_name(method)), 2),
                Text(w.method_summary(method, direction)),
                Text(_("Used by: {codes}.").format(codes=", ".join(m.code for m in group)), "muted")]
        example = w.worked_example(first, data)
        out += [Text(_("For example, {code}: {formula}").format(code=first.code, formula=w.formula(first, data)),
                     "muted"),
                Text(_("Worked example. {intro}").format(intro=example.intro), "muted")]
        if example.rows:
            out.append(Grid(example.header, example.rows, (2, 2.6, 1.6, 1)))
    return out


def thresholds(data: QuestionnaireData) -> list[Block]:
    minimums = [m for m in data.measures if m.minimum is not None]
    out: list[Block] = [Heading(_("Minimum standards"), 1)]
    if not minimums:
        return out + [Text(_("No measure in this questionnaire sets a minimum standard."))]
    out += [Text(_("These measures set a minimum a bid must reach:")),
            Grid((_("Code"), _("Measure"), _("Minimum")),
                 tuple((m.code, m.title, w.minimum_text(m, data)) for m in minimums), (1.2, 3.4, 2.6)),
            Text(w.threshold_consequence(data.disqualify_on_threshold))]
    return out


def moderation(data: QuestionnaireData) -> list[Block]:
    return [Heading(_("How the panel evaluates"), 1), *(Text(t) for t in w.moderation_paragraphs(data))]


def credits(data: QuestionnaireData) -> list[Block]:
    out: list[Block] = [NewPage(), Heading(_("Frameworks, licence and attribution"), 1),
                        Text(_("The measures in this questionnaire come from these frameworks, used under their "
                               "licences:"))]
    for f in data.frameworks:
        out += [Heading(f"{f.name} {f.version}", 2),
                Facts(((_("Publisher"), f.publisher), (_("Licence"), f.licence), (_("Source"), f.source),
                       (_("Attribution"), f.attribution)))]
    made = _("Made with CoopEval on {date} as version {version} of this questionnaire.") if data.version else \
        _("Made with CoopEval on {date} as a preview.")
    out += [Heading(_("About this document"), 2),
            Text(made.format(date=data.made_on, version=data.version) + " " + _(
                "It states the tender's set-up with fingerprint {fingerprint}; the response template carries the same "
                "fingerprint, so each return can be matched to the exact set-up it answers. If the set-up changes, a "
                "new version is published.").format(fingerprint=data.setup_fingerprint))]
    return out


def part_heading(language: str) -> str:
    """The line that starts each part of a document in Welsh and English: "Cymraeg" or "English"."""
    return LANGUAGE_NAMES.get(language, language)
