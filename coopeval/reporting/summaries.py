"""Assessment summaries (Procurement Act 2023 s.50; Procurement Regulations 2024 reg. 31): one PDF
per bidder, rendered from a `SummaryData` that holds only that bidder and the highest-scoring
tender (the most advantageous tender when the whole result is stated).

What was assessed is said exactly. When the council's other award criteria (price, quality…) are
recorded and the whole result is complete, the summary states it: every criterion with its weight,
each score with its reasons, the whole total, and the most advantageous tender. Until then it is the
social value part of the council's assessment summary (the tender's section weight) and says so; a
bid is never called the most advantageous tender on that part alone.

Contents: the award criteria (title, relative importance, how scored, scores available); the
bidder's score for each criterion with its explanation, sub-totals and total; the same for the
winning tender; and, for any other bidder, why the winning tender scored better on each criterion
where it did (both tenders' explanations), largest difference first.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import BinaryIO

from reportlab.platypus import Flowable, Spacer

from coopeval import i18n
from coopeval.i18n import N_, _
from coopeval.reporting import wording
from coopeval.reporting.blocks import (
    CELL,
    FRAME_WIDTH,
    MUTED,
    QUOTE,
    SUBTITLE,
    TITLE,
    before_table,
    cols,
    head,
    key_values,
    markup,
    p,
    paras,
    table,
)
from coopeval.reporting.data import SummaryData, SummaryTender, WholeTender
from coopeval.reporting.layout import PDF_LANG, ReportDocument, RunningText, bookmarked, language_parts
from coopeval.reporting.moderation_report import PAGE_OF, identity_info, keywords
from coopeval.reporting.quoting import bounded
from coopeval.reporting.styles import text
from coopeval.reporting.whole_section import kind_label

LEGAL_BASIS = N_("Procurement Act 2023, section 50; Procurement Regulations 2024, regulation 31")
MOST_ADVANTAGEOUS = N_("the most advantageous tender")
KIND = "assessment summary"  # i18n: no - the summary's identity for `coopeval verify`, never translated


def winner_words(data: SummaryData) -> str:
    """What the winning tender is called: the most advantageous tender only on the whole result."""
    return _(MOST_ADVANTAGEOUS) if data.whole else wording.highest()  # i18n: no


def social_value_part_of_summary(data: SummaryData) -> str:
    authority = data.tender.authority.strip()
    if authority:
        return _("the social value part of {authority}'s assessment summary").format(authority=authority)
    return _("the social value part of the contracting authority's assessment summary")


def running_text(data: SummaryData) -> RunningText:
    t = data.tender
    return RunningText(
        header_left=_("Assessment summary · {reference}").format(reference=t.reference),
        header_right=wording.shorten(t.authority or t.title, 70)[0],
        footer_left=_("{reference} · for {bidder_name}").format(reference=t.reference,
                                                           bidder_name=wording.shorten(data.bidder.name, 60)[0]),
        footer_note=_("Made from audit head {head}").format(head=data.audit_head),
        page_of=_(PAGE_OF),  # i18n: no
    )


def render_summary(data: SummaryData | Sequence[tuple[str, SummaryData]], target: str | BinaryIO, *,
                   deterministic: bool = False) -> int:
    """One bidder's summary. `data` is one `SummaryData` (written in the current language) or the document's
    language parts in order, each (language, that bidder's data read in that language): "cy+en" is one file,
    the Welsh part first (issue 22)."""
    parts = [(i18n.current(), data)] if isinstance(data, SummaryData) else list(data)
    parts = [(code, bounded(d)) for code, d in parts]  # long stored text quoted within its field's limit
    built = []
    for code, d in parts:
        with i18n.language(code):
            built.append((code, running_text(d), build_story(d)))
    first_code, first = parts[0]
    t = first.tender
    with i18n.language(first_code):
        title = _("Assessment summary — {reference} — {bidder_name}").format(reference=t.reference,
                                                                         bidder_name=first.bidder.name)
        subject = _("Assessment summary for {bidder_name} ({identifier}), tender {reference}").format(
            bidder_name=first.bidder.name, identifier=first.bidder.identifier, reference=t.reference)
    doc = ReportDocument(
        target, running=built[0][1], deterministic=deterministic, lang=PDF_LANG.get(first_code, "en-GB"),
        info=identity_info(t.reference, first.audit_head, KIND), title=title, author=t.authority, subject=subject,
        creator=f"CoopEval {first.app_version}", keywords=keywords(t.reference, first.audit_head, KIND))
    doc.build(language_parts(built))
    pages: int = doc.page
    return pages


def build_story(data: SummaryData) -> list[Flowable]:
    """The summary's flowables in the current language."""
    t, bidder = data.tender, data.bidder
    out: list[Flowable] = [bookmarked(p(_("Assessment summary"), TITLE), _("Assessment summary")),
                           p(t.title, SUBTITLE), p(_(LEGAL_BASIS), MUTED)]  # i18n: no
    if not data.whole:
        out.insert(2, p(wording.capital(social_value_part_of_summary(data)), SUBTITLE))
    if data.whole:
        criteria_list = "; ".join(f"{c.name} ({wording.number(c.weight)}%)" for c in data.other_criteria)
        assessed = _("All the award criteria: social value ({weight_num}%) and {others}").format(
            weight_num=wording.number(t.section_weight), others=criteria_list)
    else:
        assessed = wording.capital(wording.social_value_part(t.section_weight, t.authority))
    out.append(key_values([
        (_("For"), f"{bidder.name} ({bidder.identifier})"),
        (_("Tender"), f"{t.reference}: {t.title}"),
        (_("Contracting authority"), t.authority),
        (_("Assessed here"), assessed),
        (_("Date"), wording.when(data.made_at)),
    ]))
    out.append(Spacer(1, 6))
    out += outcome(data)
    if data.withheld_names:
        out.append(p(_("Where a quoted explanation named another bidder, the name has been withheld as "
                       "“[another bidder]”."), MUTED))
    out += criteria(data)
    out += assessment(data, bidder, _("Your tender"), 1, data.bidder_whole)
    if data.winner is not None:
        out += assessment(data, data.winner, wording.capital(winner_words(data)), 1, data.winner_whole)
        out += why_not(data)
    return out


def outcome(data: SummaryData) -> list[Flowable]:
    """The result on this part, and what this part is: never the award decision itself."""
    bidder, t = data.bidder, data.tender
    if data.whole:
        return whole_outcome(data)
    total = wording.points(bidder.total)
    missing = "; ".join(data.whole_missing)
    if missing:
        what = _("This is {part}: {missing}. The assessment on the other award criteria is sent separately.").format(
            part=social_value_part_of_summary(data), missing=_no_stop(missing))
    else:
        what = _("This is {part}. The assessment on the other award criteria is sent separately.").format(
            part=social_value_part_of_summary(data))
    part = p(what)
    scope = p(_("This summary covers {part} only. The most advantageous tender is decided on all the award "
                "criteria, not on this part alone.").format(part=wording.social_value_part(t.section_weight,
                                                                                           t.authority)))
    if data.successful:
        return [p(_("Your tender is the highest-scoring tender on social value. It scored {total} out of 100 on "
                    "social value.").format(total=total), "H2"), part, scope]
    if bidder.disqualified:
        return [p(_("Your tender did not meet the minimum score for {measure_codes}, so it was excluded. It scored "
                    "{total} out of 100 on social value.").format(measure_codes=", ".join(bidder.failed_thresholds),
                                                                  total=total), "H2"), part, scope]
    winner = data.winner
    assert winner is not None  # not the highest-scoring, so another tender is
    return [p(_("Your tender was not the highest-scoring tender on social value. It scored {total} out of 100 on "
                "social value; the highest-scoring tender, from {winner}, scored {winner_total}.").format(
                    total=total, winner=winner.name, winner_total=wording.points(winner.total)), "H2"), part, scope]


def whole_outcome(data: SummaryData) -> list[Flowable]:
    """The result on all the award criteria: the award decision's scores."""
    bidder, own = data.bidder, data.bidder_whole
    total = _pts(own.total if own else None)
    scope = p(_("This summary states the council's whole assessment: social value, in detail below, and its other "
                "award criteria."))
    if data.successful:
        return [p(_("Your tender is the most advantageous tender. It scored {total} out of 100 across all the award "
                    "criteria.").format(total=total), "H2"), scope]
    if bidder.disqualified:
        return [p(_("Your tender did not meet the minimum score for {measure_codes}, so it was excluded.").format(
            measure_codes=", ".join(bidder.failed_thresholds)), "H2"), scope]
    winner, theirs = data.winner, data.winner_whole
    assert winner is not None  # not the most advantageous, so another tender is
    return [p(_("Your tender was not the most advantageous tender. It scored {total} out of 100 across all the award "
                "criteria; the most advantageous tender, from {winner}, scored {winner_total}.").format(
                    total=total, winner=winner.name, winner_total=_pts(theirs.total if theirs else None)), "H2"),
            scope]


def _pts(value: Decimal | None) -> str:
    return "—" if value is None else wording.points(value)


def _no_stop(text: str) -> str:
    return text.rstrip(". ")


def criteria(data: SummaryData) -> list[Flowable]:
    t = data.tender
    out: list[Flowable] = [bookmarked(p(_("The award criteria"), "H1"), _("The award criteria"))]
    if data.whole:
        out += other_criteria(data)
        out += before_table(_("Social value"), "H2")
    out.append(p(_("Social value is {weight_num}% of the award criteria. Each criterion's relative importance is given "
                   "as points out of 100 for social value, and as its share of the whole evaluation.").format(
                       weight_num=wording.number(t.section_weight)), MUTED))
    rows = [head(_("Criterion"), _("Relative importance"), _("How it is scored"), _("Scores available"))]
    for m in data.measures:
        share = m.weight * t.section_weight / Decimal(100)
        rows.append([paras(f"{m.code} {m.title}\n{m.theme}", CELL),
                     p(_("{weight_num} of 100\n({share}% overall)").format(
                         weight_num=wording.number(m.weight), share=wording.number(share.quantize(Decimal("0.01")))),
                       CELL),
                     p(wording.method_text(m, data.scale), CELL), p(wording.available_text(m, data.scale), CELL)])
    out.append(table(rows, cols(2.4, 1.2, 3.2, 1.3)))
    if any(m.kind == "qualitative" for m in data.measures):
        out += before_table(_("The {scale} scale").format(scale=data.scale.name), "H3")
        rows = [head(_("Score"), _("Label"), _("What it means"))] + [
            [p(str(pt.value), CELL), p(pt.label, "CellBold"), paras(pt.descriptor, CELL)] for pt in data.scale.points]
        out.append(table(rows, cols(0.6, 1.3, 5.1)))
    minimums = [m for m in data.measures if m.minimum is not None]
    if minimums:
        out.append(Spacer(1, 6))
        each = "; ".join(_("{code} at least {minimum}").format(code=m.code, minimum=m.minimum) for m in minimums)
        if t.disqualify_on_threshold:
            out.append(p(_("Minimum scores (below it a tender is excluded): {minimums}.").format(minimums=each)))
        else:
            out.append(p(_("Minimum scores (a tender below it is reported): {minimums}.").format(minimums=each)))
    return out


def other_criteria(data: SummaryData) -> list[Flowable]:
    out: list[Flowable] = [p(_("Each criterion's relative importance is its weight: its share of the whole "
                               "evaluation, out of 100 points."), MUTED)]
    rows = [head(_("Criterion"), _("Relative importance"), _("How it is scored"), _("Scores available"))]
    weight = wording.number(data.tender.section_weight)
    rows.append([p(_("Social value (the criteria below)"), CELL), p(f"{weight}%", CELL),
                 p(_("As set out below."), CELL), p(_("0–{weight_num} points").format(weight_num=weight), CELL)])
    for c in data.other_criteria:
        kind = kind_label(c.kind)
        plain = c.name.strip().lower() in (kind.lower(), c.kind.lower())  # "Price" needs no "Price"/"Pris" under it
        formula = _("points = score ÷ {out_of} × {weight_num}").format(out_of=wording.number(c.max_score),
                                                                  weight_num=wording.number(c.weight))
        rows.append([paras(c.name if plain else f"{c.name}\n{kind}", CELL),
                     p(f"{wording.number(c.weight)}%", CELL),
                     paras(f"{c.method.strip() or '—'}\n{formula}", CELL),
                     p(_("0–{out_of}; 0–{weight_num} points").format(out_of=wording.number(c.max_score),
                                                              weight_num=wording.number(c.weight)), CELL)])
    out.append(table(rows, cols(2.4, 1.2, 3.2, 1.3)))
    return out


def whole_tables(data: SummaryData, whole: WholeTender) -> list[Flowable]:
    out = before_table(_("The other award criteria"), "H3")
    rows = [head(_("Criterion"), _("Score"), _("Points"), _("Explanation"))]
    for line in whole.lines:
        score = _("{score_text} out of {out_of}").format(score_text=wording.number(line.score) if line.score else "—",
                                                    out_of=wording.number(line.max_score))
        rows.append([p(line.name, CELL), p(score, CELL),
                     p(f"{_pts(line.points)} / {wording.number(line.weight)}", "CellRight"),
                     paras(line.reasons or "—", CELL)])
    out.append(table(rows, cols(1.9, 1.3, 1.1, 4.0)))
    out += before_table(_("The whole result"), "H3")
    rows = [head(_("Award criterion"), _("Points"))]
    rows.append([p(_("Social value"), CELL), p(f"{wording.points(whole.social_value_points)} / "
                                              f"{wording.number(data.tender.section_weight)}", "CellRight")])
    for line in whole.lines:
        rows.append([p(line.name, CELL), p(f"{_pts(line.points)} / {wording.number(line.weight)}", "CellRight")])
    rows.append([p(_("Total across all the award criteria"), "CellBold"), p(f"{_pts(whole.total)} / 100", "CellRight")])
    out.append(table(rows, [FRAME_WIDTH * 0.7, FRAME_WIDTH * 0.3]))
    return out


def assessment(data: SummaryData, tender: SummaryTender, title: str, level: int,
               whole: WholeTender | None = None) -> list[Flowable]:
    heading = f"{title}: {tender.name}" if tender is not data.bidder else f"{title}"
    out: list[Flowable] = [Spacer(1, 8), *before_table(heading, "H1", bookmark=0)]
    rows = [head(_("Criterion"), _("Score"), _("Points"), _("Explanation"))]
    weights = {m.code: m.weight for m in data.measures}
    for line in tender.lines:
        rows.append([p(f"{line.code} {line.title}", CELL), p(wording.quantity(line.value) or "—", CELL),
                     p(f"{wording.points(line.points)} / {wording.number(weights.get(line.code, line.weight))}",
                       "CellRight"),
                     paras(line.explanation or "—", CELL)])
    out.append(table(rows, cols(1.9, 1.3, 1.1, 4.0)))
    out += before_table(_("Sub-totals and total"), "H3")
    rows = [head(_("Theme"), _("Points"))]
    for heading_, value in zip(data.themes, tender.themes):
        rows.append([p(f"{heading_.theme} ({heading_.framework})", CELL),
                     p(f"{wording.points(value)} / {wording.number(heading_.available)}", "CellRight")])
    rows.append([p(_("Total for social value"), "CellBold"), p(f"{wording.points(tender.total)} / 100", "CellRight")])
    rows.append([p(_("Points in the whole evaluation ({weight_num}% weight)").format(
                     weight_num=wording.number(data.tender.section_weight)), "CellBold"),
                 p(f"{wording.points(tender.tender_points)} / {wording.number(data.tender.section_weight)}",
                   "CellRight")])
    out.append(table(rows, [FRAME_WIDTH * 0.7, FRAME_WIDTH * 0.3]))
    if whole is not None:
        out += whole_tables(data, whole)
    return out


def why_not(data: SummaryData) -> list[Flowable]:
    bidder, winner = data.bidder, data.winner
    assert winner is not None  # only an unsuccessful bidder is told why
    heading = _("Why the most advantageous tender scored better") if data.whole else \
        _("Where your tender scored lower on social value")
    out: list[Flowable] = [bookmarked(p(heading, "H1"), heading)]
    if bidder.disqualified:
        out.append(p(_("Your tender did not reach the minimum score set for {measure_codes}. The minimums were published "
                       "with the award criteria, and a tender below any of them is excluded whatever its other "
                       "scores.").format(measure_codes=", ".join(bidder.failed_thresholds))))
    named = winner_words(data)
    own_whole, their_whole = data.bidder_whole, data.winner_whole
    if data.whole and own_whole and their_whole and own_whole.total is not None and their_whole.total is not None:
        difference = their_whole.total - own_whole.total
        if difference > 0:
            out.append(p(_("Your tender scored {points} points fewer out of 100 across all the award criteria than "
                           "{winner}.").format(points=wording.points(difference), winner=named)))
    else:
        difference = winner.total - bidder.total
        if difference > 0:
            out.append(p(_("Your tender scored {points} points fewer out of 100 on social value than "
                           "{winner}.").format(points=wording.points(difference), winner=named)))
    if not data.gaps:
        out.append(p(_("Your tender did not score below {winner} on any single criterion.").format(winner=named)))
        return out
    out.append(p(_("It scored lower than {winner} on each of these criteria, furthest behind first:").format(
        winner=named)))
    for gap in data.gaps:
        name = text(f"{gap.code} {gap.title}".strip())
        values = {"name": f"<b>{name}</b>", "own": wording.points(gap.own_points),
                  "theirs": wording.points(gap.winner_points), "difference": wording.points(gap.difference)}
        if not gap.code:
            line = (_("{name}: your tender earned {own} points of the whole evaluation and the most advantageous "
                      "tender {theirs}, {difference} more.") if data.whole else
                    _("{name}: your tender earned {own} points of the whole evaluation and the highest-scoring "
                      "tender {theirs}, {difference} more."))
        else:
            line = (_("{name}: your tender earned {own} points and the most advantageous tender {theirs}, "
                      "{difference} more.") if data.whole else
                    _("{name}: your tender earned {own} points and the highest-scoring tender {theirs}, "
                      "{difference} more."))
        out.append(markup(line.format(**values)))
        if gap.own_explanation:
            own = (_("The panel's reason for your score: {reason}") if gap.code else
                   _("The council's reason for your score: {reason}"))
            out += paras(own.format(reason=gap.own_explanation), QUOTE)
        if gap.winner_explanation:
            theirs = (_("Its reason for the most advantageous tender's score: {reason}") if data.whole else
                      _("Its reason for the highest-scoring tender's score: {reason}"))
            out += paras(theirs.format(reason=gap.winner_explanation), QUOTE)
    return out
