"""The moderation report's "Whole result" section (issue 21): the council's other award criteria (price, quality…),
each bid's score with the reasons, and the whole result across every award criterion, or what is missing before it
can be stated. With no other criterion recorded the section says the report covers the social value part only."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, PageBreak

from coopeval.i18n import N_, _
from coopeval.reporting import wording
from coopeval.reporting.blocks import CELL, before_table, cols, head, heading, p, table
from coopeval.reporting.data import ReportData

TITLE = N_("Whole result")
KINDS = {"price": N_("Price"), "quality": N_("Quality"), "other": N_("Other")}


def kind_label(kind: str) -> str:
    """A criterion's kind in words ("price" → "Price" / "Pris"); an unknown kind as stored, capitalised."""
    known = KINDS.get(kind)
    return _(known) if known else kind.capitalize()  # i18n: no


def whole_section(data: ReportData) -> list[Flowable]:
    t, w = data.tender, data.whole
    out: list[Flowable] = [heading(_(TITLE))]  # i18n: no
    if w is None:
        out.append(p(_("No other award criteria (price, quality…) are recorded in CoopEval for this tender, so this "
                       "report states {part} only. The most advantageous tender is decided with the other award "
                       "criteria as well.").format(part=wording.social_value_part(t.section_weight, t.authority))))
        out.append(PageBreak())
        return out
    other = sum((c.weight for c in w.criteria), start=Decimal(0))
    out.append(p(_("Social value carries {weight_num}% of the whole tender; the other award criteria below, assessed "
                   "outside CoopEval and recorded by the officer, carry {other}%. A bid's points of the whole tender "
                   "are its social value tender points plus, for each other criterion, weight × score ÷ out "
                   "of.").format(weight_num=wording.number(w.section_weight), other=wording.number(other))))
    out += before_table(_("Other award criteria"))
    rows = [head(_("Criterion"), _("Kind"), _("Weight %"), _("Out of"), _("How it was scored"))]
    rows += [[p(c.name, CELL), p(kind_label(c.kind), CELL), p(wording.number(c.weight), "CellRight"),
              p(wording.number(c.max_score), "CellRight"), p(c.method or "—", CELL)] for c in w.criteria]
    out.append(table(rows, cols(1.6, 0.8, 0.8, 0.7, 3)))
    out += before_table(_("Scores and reasons"))
    if w.scores:
        rows = [head(_("Criterion"), _("Bid"), _("Score"), _("Reasons"))]
        rows += [[p(s.criterion, CELL), p(s.identifier, CELL), p(wording.number(s.score), "CellRight"),
                  p(s.reasons, CELL)] for s in w.scores]
        out.append(table(rows, cols(1.4, 1.1, 0.7, 4.2)))
    else:
        out.append(p(_("No bid has been scored on these criteria yet.")))
    out += before_table(_("Points of the whole tender"))
    names = [c.name for c in w.criteria]
    rows = [head(_("Rank"), _("Bid"), _("Social value /{weight_num}").format(weight_num=wording.number(w.section_weight)),
                 *(f"{n} /{wording.number(c.weight)}" for n, c in zip(names, w.criteria)), _("Total /100"))]
    for ln in w.lines:
        rank = "—" if ln.rank is None else str(ln.rank)
        who = f"{ln.name}\n{ln.identifier}"
        if ln.disqualified:
            who = _("{bid_name} (disqualified)").format(bid_name=who)
        rows.append([p(rank, CELL), p(who, CELL),
                     p(wording.points(ln.social_value_points), "CellRight"),
                     *(p(_("not scored") if x is None else wording.points(x), "CellRight" if x is not None else
                         "CellWarning") for x in ln.other_points),
                     p("—" if ln.total is None else wording.points(ln.total), "CellRight")])
    out.append(table(rows, cols(0.5, 2.2, 1, *([0.9] * len(names)), 0.9)))
    if w.complete and w.most_advantageous:
        winner = next((ln for ln in w.lines if ln.identifier == w.most_advantageous), None)
        name = f"{winner.name} ({winner.identifier})" if winner else w.most_advantageous
        out.append(p(_("The most advantageous tender on every award criterion is {name}.").format(name=name)))
    elif not w.complete:
        out.append(p(_("The whole result cannot be stated yet; until it can, this report and the assessment "
                       "summaries state {part}. What is missing:").format(
                           part=wording.social_value_part(t.section_weight, t.authority))))
    for problem in w.problems:
        out.append(p(f"• {problem}", "CellWarning" if not w.complete or "tie" in problem else CELL))
    out.append(PageBreak())
    return out
