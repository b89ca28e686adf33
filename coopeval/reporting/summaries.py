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

from decimal import Decimal
from typing import BinaryIO

from reportlab.platypus import Flowable, Spacer

from coopeval.reporting import wording
from coopeval.reporting.blocks import FRAME_WIDTH, before_table, cols, head, key_values, markup, p, paras, table
from coopeval.reporting.data import SummaryData, SummaryTender, WholeTender
from coopeval.reporting.layout import ReportDocument, RunningText, bookmarked
from coopeval.reporting.moderation_report import identity_info, keywords
from coopeval.reporting.quoting import bounded
from coopeval.reporting.styles import text

LEGAL_BASIS = "Procurement Act 2023, section 50; Procurement Regulations 2024, regulation 31"
MOST_ADVANTAGEOUS = "the most advantageous tender"
KINDS = {"price": "Price", "quality": "Quality", "other": "Other"}


def winner_words(data: SummaryData) -> str:
    """What the winning tender is called: the most advantageous tender only on the whole result."""
    return MOST_ADVANTAGEOUS if data.whole else wording.HIGHEST


def social_value_part_of_summary(data: SummaryData) -> str:
    whose = f"{data.tender.authority.strip()}'s" if data.tender.authority.strip() else "the contracting authority's"
    return f"the social value part of {whose} assessment summary"


def render_summary(data: SummaryData, target: str | BinaryIO, *, deterministic: bool = False) -> int:
    data = bounded(data)  # long stored text quoted within its field's limit (see `quoting`)
    t = data.tender
    running = RunningText(
        header_left=f"Assessment summary · {t.reference}",
        header_right=wording.shorten(t.authority or t.title, 70)[0],
        footer_left=f"{t.reference} · for {wording.shorten(data.bidder.name, 60)[0]}",
        footer_note=f"Made from audit head {data.audit_head}",
    )
    doc = ReportDocument(
        target, running=running, deterministic=deterministic,
        info=identity_info(t.reference, data.audit_head, "assessment summary"),
        title=f"Assessment summary — {t.reference} — {data.bidder.name}", author=t.authority,
        subject=f"Assessment summary for {data.bidder.name} ({data.bidder.identifier}), tender {t.reference}",
        creator=f"CoopEval {data.app_version}", keywords=keywords(t.reference, data.audit_head, "assessment summary"))
    doc.build(build_story(data))
    pages: int = doc.page
    return pages


def build_story(data: SummaryData) -> list[Flowable]:
    t, bidder = data.tender, data.bidder
    out: list[Flowable] = [bookmarked(p("Assessment summary", "Title"), "Assessment summary"),
                           p(t.title, "Subtitle"), p(LEGAL_BASIS, "Muted")]
    if not data.whole:
        out.insert(2, p(wording.capital(social_value_part_of_summary(data)), "Subtitle"))
    assessed = (f"All the award criteria: social value ({wording.number(t.section_weight)}%) and "
                + "; ".join(f"{c.name} ({wording.number(c.weight)}%)" for c in data.other_criteria)
                if data.whole else wording.capital(wording.social_value_part(t.section_weight, t.authority)))
    out.append(key_values([
        ("For", f"{bidder.name} ({bidder.identifier})"),
        ("Tender", f"{t.reference}: {t.title}"),
        ("Contracting authority", t.authority),
        ("Assessed here", assessed),
        ("Date", wording.when(data.made_at)),
    ]))
    out.append(Spacer(1, 6))
    out += outcome(data)
    if data.withheld_names:
        out.append(p("Where a quoted explanation named another bidder, the name has been withheld as "
                     "“[another bidder]”.", "Muted"))
    out += criteria(data)
    out += assessment(data, bidder, "Your tender", 1, data.bidder_whole)
    if data.winner is not None:
        out += assessment(data, data.winner, wording.capital(winner_words(data)), 1, data.winner_whole)
        out += why_not(data)
    return out


def outcome(data: SummaryData) -> list[Flowable]:
    """The result on this part, and what this part is: never the award decision itself."""
    bidder, t = data.bidder, data.tender
    if data.whole:
        return whole_outcome(data)
    total = f"{wording.points(bidder.total)} out of 100"
    missing = "; ".join(data.whole_missing)
    part = p(f"This is {social_value_part_of_summary(data)}" + (f": {_no_stop(missing)}" if missing else "") + ". "
             "The assessment on the other award criteria is sent separately.", "Body")
    scope = p(f"This summary covers {wording.social_value_part(t.section_weight, t.authority)} only. The most "
              "advantageous tender is decided on all the award criteria, not on this part alone.", "Body")
    if data.successful:
        return [p(f"Your tender is {wording.HIGHEST}. It scored {total} on social value.", "H2"), part, scope]
    if bidder.disqualified:
        return [p(f"Your tender did not meet the minimum score for {', '.join(bidder.failed_thresholds)}, so it "
                  f"was excluded. It scored {total} on social value.", "H2"), part, scope]
    winner = data.winner
    assert winner is not None  # not the highest-scoring, so another tender is
    return [p(f"Your tender was not {wording.HIGHEST}. It scored {total} on social value; the highest-scoring "
              f"tender, from {winner.name}, scored {wording.points(winner.total)}.", "H2"), part, scope]


def whole_outcome(data: SummaryData) -> list[Flowable]:
    """The result on all the award criteria: the award decision's scores."""
    bidder, own = data.bidder, data.bidder_whole
    total = f"{_pts(own.total if own else None)} out of 100"
    scope = p("This summary states the council's whole assessment: social value, in detail below, and its other "
              "award criteria.", "Body")
    if data.successful:
        return [p(f"Your tender is {MOST_ADVANTAGEOUS}. It scored {total} across all the award criteria.", "H2"), scope]
    if bidder.disqualified:
        return [p(f"Your tender did not meet the minimum score for {', '.join(bidder.failed_thresholds)}, so it "
                  f"was excluded.", "H2"), scope]
    winner, theirs = data.winner, data.winner_whole
    assert winner is not None  # not the most advantageous, so another tender is
    return [p(f"Your tender was not {MOST_ADVANTAGEOUS}. It scored {total} across all the award criteria; the most "
              f"advantageous tender, from {winner.name}, scored {_pts(theirs.total if theirs else None)}.", "H2"), scope]


def _pts(value: Decimal | None) -> str:
    return "—" if value is None else wording.points(value)


def _no_stop(text: str) -> str:
    return text.rstrip(". ")


def criteria(data: SummaryData) -> list[Flowable]:
    t = data.tender
    out: list[Flowable] = [bookmarked(p("The award criteria", "H1"), "The award criteria")]
    if data.whole:
        out += other_criteria(data)
        out += before_table("Social value", "H2")
    out.append(p(f"Social value is {wording.number(t.section_weight)}% of the award criteria. Each criterion's "
                 f"relative importance is given as points out of 100 for social value, and as its share of the "
                 f"whole evaluation.", "Muted"))
    rows = [head("Criterion", "Relative importance", "How it is scored", "Scores available")]
    for m in data.measures:
        share = m.weight * t.section_weight / Decimal(100)
        rows.append([paras(f"{m.code} {m.title}\n{m.theme}", "Cell"),
                     p(f"{wording.number(m.weight)} of 100\n({wording.number(share.quantize(Decimal('0.01')))}% overall)",
                       "Cell"),
                     p(wording.method_text(m, data.scale), "Cell"), p(wording.available_text(m, data.scale), "Cell")])
    out.append(table(rows, cols(2.4, 1.2, 3.2, 1.3)))
    if any(m.kind == "qualitative" for m in data.measures):
        out += before_table(f"The {data.scale.name} scale", "H3")
        rows = [head("Score", "Label", "What it means")] + [
            [p(str(pt.value), "Cell"), p(pt.label, "CellBold"), paras(pt.descriptor, "Cell")] for pt in data.scale.points]
        out.append(table(rows, cols(0.6, 1.3, 5.1)))
    minimums = [m for m in data.measures if m.minimum is not None]
    if minimums:
        out.append(Spacer(1, 6))
        rule = "below it a tender is excluded" if t.disqualify_on_threshold else "a tender below it is reported"
        out.append(p("Minimum scores (" + rule + "): " + "; ".join(f"{m.code} at least {m.minimum}" for m in minimums)
                     + "."))
    return out


def other_criteria(data: SummaryData) -> list[Flowable]:
    out: list[Flowable] = [p("Each criterion's relative importance is its weight: its share of the whole evaluation, "
                             "out of 100 points.", "Muted")]
    rows = [head("Criterion", "Relative importance", "How it is scored", "Scores available")]
    rows.append([p("Social value (the criteria below)", "Cell"), p(f"{wording.number(data.tender.section_weight)}%", "Cell"),
                 p("As set out below.", "Cell"), p(f"0–{wording.number(data.tender.section_weight)} points", "Cell")])
    for c in data.other_criteria:
        kind = KINDS.get(c.kind, c.kind)
        rows.append([paras(c.name if kind.lower() == c.name.strip().lower() else f"{c.name}\n{kind}", "Cell"), p(f"{wording.number(c.weight)}%", "Cell"),
                     paras(f"{c.method.strip() or '—'}\npoints = score ÷ {wording.number(c.max_score)} × "
                           f"{wording.number(c.weight)}", "Cell"),
                     p(f"0–{wording.number(c.max_score)}; 0–{wording.number(c.weight)} points", "Cell")])
    out.append(table(rows, cols(2.4, 1.2, 3.2, 1.3)))
    return out


def whole_tables(data: SummaryData, whole: WholeTender) -> list[Flowable]:
    out = before_table("The other award criteria", "H3")
    rows = [head("Criterion", "Score", "Points", "Explanation")]
    for line in whole.lines:
        rows.append([p(line.name, "Cell"),
                     p(f"{wording.number(line.score) if line.score else '—'} out of {wording.number(line.max_score)}", "Cell"),
                     p(f"{_pts(line.points)} / {wording.number(line.weight)}", "CellRight"),
                     paras(line.reasons or "—", "Cell")])
    out.append(table(rows, cols(1.9, 1.3, 1.1, 4.0)))
    out += before_table("The whole result", "H3")
    rows = [head("Award criterion", "Points")]
    rows.append([p("Social value", "Cell"), p(f"{wording.points(whole.social_value_points)} / "
                                              f"{wording.number(data.tender.section_weight)}", "CellRight")])
    for line in whole.lines:
        rows.append([p(line.name, "Cell"), p(f"{_pts(line.points)} / {wording.number(line.weight)}", "CellRight")])
    rows.append([p("Total across all the award criteria", "CellBold"), p(f"{_pts(whole.total)} / 100", "CellRight")])
    out.append(table(rows, [FRAME_WIDTH * 0.7, FRAME_WIDTH * 0.3]))
    return out


def assessment(data: SummaryData, tender: SummaryTender, title: str, level: int,
               whole: WholeTender | None = None) -> list[Flowable]:
    heading = f"{title}: {tender.name}" if tender is not data.bidder else f"{title}"
    out: list[Flowable] = [Spacer(1, 8), *before_table(heading, "H1", bookmark=0)]
    rows = [head("Criterion", "Score", "Points", "Explanation")]
    weights = {m.code: m.weight for m in data.measures}
    for line in tender.lines:
        rows.append([p(f"{line.code} {line.title}", "Cell"), p(wording.quantity(line.value) or "—", "Cell"),
                     p(f"{wording.points(line.points)} / {wording.number(weights.get(line.code, line.weight))}", "CellRight"),
                     paras(line.explanation or "—", "Cell")])
    out.append(table(rows, cols(1.9, 1.3, 1.1, 4.0)))
    out += before_table("Sub-totals and total", "H3")
    rows = [head("Theme", "Points")]
    for heading_, value in zip(data.themes, tender.themes):
        rows.append([p(f"{heading_.theme} ({heading_.framework})", "Cell"),
                     p(f"{wording.points(value)} / {wording.number(heading_.available)}", "CellRight")])
    rows.append([p("Total for social value", "CellBold"), p(f"{wording.points(tender.total)} / 100", "CellRight")])
    rows.append([p(f"Points in the whole evaluation ({wording.number(data.tender.section_weight)}% weight)", "CellBold"),
                 p(f"{wording.points(tender.tender_points)} / {wording.number(data.tender.section_weight)}", "CellRight")])
    out.append(table(rows, [FRAME_WIDTH * 0.7, FRAME_WIDTH * 0.3]))
    if whole is not None:
        out += whole_tables(data, whole)
    return out


def why_not(data: SummaryData) -> list[Flowable]:
    bidder, winner = data.bidder, data.winner
    assert winner is not None  # only an unsuccessful bidder is told why
    heading = "Why the most advantageous tender scored better" if data.whole else \
        "Where your tender scored lower on social value"
    out: list[Flowable] = [bookmarked(p(heading, "H1"), heading)]
    if bidder.disqualified:
        out.append(p(f"Your tender did not reach the minimum score set for {', '.join(bidder.failed_thresholds)}. "
                     "The minimums were published with the award criteria, and a tender below any of them is excluded "
                     "whatever its other scores."))
    named = winner_words(data)
    own_whole, their_whole = data.bidder_whole, data.winner_whole
    if data.whole and own_whole and their_whole and own_whole.total is not None and their_whole.total is not None:
        difference = their_whole.total - own_whole.total
        if difference > 0:
            out.append(p(f"Your tender scored {wording.points(difference)} points fewer out of 100 across all the award "
                         f"criteria than {named}."))
    else:
        difference = winner.total - bidder.total
        if difference > 0:
            out.append(p(f"Your tender scored {wording.points(difference)} points fewer out of 100 on social value than "
                         f"{named}."))
    if not data.gaps:
        out.append(p(f"Your tender did not score below {named} on any single criterion."))
        return out
    out.append(p(f"It scored lower than {named} on each of these criteria, furthest behind first:"))
    short = "the most advantageous tender" if data.whole else "the highest-scoring tender"
    for gap in data.gaps:
        name = f"{text(gap.code)} {text(gap.title)}".strip()
        scope = "" if gap.code else " of the whole evaluation"
        out.append(markup(
            f"<b>{name}</b>: your tender earned {wording.points(gap.own_points)} points{scope} and "
            f"{short} {wording.points(gap.winner_points)}, {wording.points(gap.difference)} more.",
            "Body"))
        who = "The panel's" if gap.code else "The council's"
        if gap.own_explanation:
            out += paras(f"{who} reason for your score: {gap.own_explanation}", "Quote")
        if gap.winner_explanation:
            out += paras(f"Its reason for {short}'s score: {gap.winner_explanation}", "Quote")
    return out
