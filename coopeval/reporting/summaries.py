"""Assessment summaries (Procurement Act 2023 s.50; Procurement Regulations 2024 reg. 31): one PDF
per bidder, rendered from a `SummaryData` that holds only that bidder and the highest-scoring
tender on social value.

What was assessed is said exactly: the social value part of the award criteria (the tender's
section weight), never the whole. A bid is never called the most advantageous tender on this part
alone: that is decided on all the award criteria, which CoopEval does not hold.

Contents: the award criteria of this part (title, relative importance, how scored, scores
available); the bidder's score for each criterion with the panel's explanation, sub-totals and
total; the same for the highest-scoring tender on social value; and, for any other bidder, where it
scored lower, worded from the criteria on which it fell furthest behind.
"""

from __future__ import annotations

from decimal import Decimal
from typing import BinaryIO

from reportlab.platypus import Flowable, Spacer

from coopeval.reporting import wording
from coopeval.reporting.blocks import FRAME_WIDTH, before_table, cols, head, key_values, markup, p, paras, table
from coopeval.reporting.data import SummaryData, SummaryTender
from coopeval.reporting.layout import ReportDocument, RunningText, bookmarked
from coopeval.reporting.moderation_report import identity_info, keywords
from coopeval.reporting.quoting import bounded
from coopeval.reporting.styles import text

LEGAL_BASIS = "Procurement Act 2023, section 50; Procurement Regulations 2024, regulation 31"


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
    out.append(key_values([
        ("For", f"{bidder.name} ({bidder.identifier})"),
        ("Tender", f"{t.reference}: {t.title}"),
        ("Contracting authority", t.authority),
        ("Assessed here", wording.capital(wording.social_value_part(t.section_weight, t.authority))),
        ("Date", wording.when(data.made_at)),
    ]))
    out.append(Spacer(1, 6))
    out += outcome(data)
    if data.withheld_names:
        out.append(p("Where a quoted explanation named another bidder, the name has been withheld as "
                     "“[another bidder]”.", "Muted"))
    out += criteria(data)
    out += assessment(data, bidder, "Your tender", 1)
    if data.winner is not None:
        out += assessment(data, data.winner, wording.capital(wording.HIGHEST), 1)
        out += why_not(data)
    return out


def outcome(data: SummaryData) -> list[Flowable]:
    """The result on this part, and what this part is: never the award decision itself."""
    bidder, t = data.bidder, data.tender
    total = f"{wording.points(bidder.total)} out of 100"
    scope = p(f"This summary covers {wording.social_value_part(t.section_weight, t.authority)} only. The most "
              "advantageous tender is decided on all the award criteria, not on this part alone.", "Body")
    if data.successful:
        return [p(f"Your tender is {wording.HIGHEST}. It scored {total} on social value.", "H2"), scope]
    if bidder.disqualified:
        return [p(f"Your tender did not meet the minimum score for {', '.join(bidder.failed_thresholds)}, so it "
                  f"was excluded. It scored {total} on social value.", "H2"), scope]
    winner = data.winner
    assert winner is not None  # not the highest-scoring, so another tender is
    return [p(f"Your tender was not {wording.HIGHEST}. It scored {total} on social value; the highest-scoring "
              f"tender, from {winner.name}, scored {wording.points(winner.total)}.", "H2"), scope]


def criteria(data: SummaryData) -> list[Flowable]:
    t = data.tender
    out: list[Flowable] = [bookmarked(p("The award criteria", "H1"), "The award criteria")]
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


def assessment(data: SummaryData, tender: SummaryTender, title: str, level: int) -> list[Flowable]:
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
    return out


def why_not(data: SummaryData) -> list[Flowable]:
    bidder, winner = data.bidder, data.winner
    assert winner is not None  # only an unsuccessful bidder is told why
    heading = "Where your tender scored lower on social value"
    out: list[Flowable] = [bookmarked(p(heading, "H1"), heading)]
    if bidder.disqualified:
        out.append(p(f"Your tender did not reach the minimum score set for {', '.join(bidder.failed_thresholds)}. "
                     "The minimums were published with the award criteria, and a tender below any of them is excluded "
                     "whatever its other scores."))
    difference = winner.total - bidder.total
    if difference > 0:
        out.append(p(f"Your tender scored {wording.points(difference)} points fewer out of 100 on social value than "
                     f"{wording.HIGHEST}."))
    if not data.gaps:
        out.append(p(f"Your tender did not score below {wording.HIGHEST} on any single criterion."))
        return out
    out.append(p("It fell furthest behind on these criteria:"))
    for gap in data.gaps:
        out.append(markup(
            f"<b>{text(gap.code)} {text(gap.title)}</b>: your tender earned {wording.points(gap.own_points)} points and "
            f"the highest-scoring tender {wording.points(gap.winner_points)}, {wording.points(gap.difference)} more.",
            "Body"))
        if gap.own_explanation:
            out += paras(f"The panel's reason for your score: {gap.own_explanation}", "Quote")
        if gap.winner_explanation:
            out += paras(f"Its reason for the highest-scoring tender's score: {gap.winner_explanation}", "Quote")
    return out
