"""The moderation report's "Whole result" section (issue 21): the council's other award criteria (price, quality…),
each bid's score with the reasons, and the whole result across every award criterion, or what is missing before it
can be stated. With no other criterion recorded the section says the report covers the social value part only."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, PageBreak

from coopeval.reporting import wording
from coopeval.reporting.blocks import before_table, cols, head, heading, p, table
from coopeval.reporting.data import ReportData

TITLE = "Whole result"


def whole_section(data: ReportData) -> list[Flowable]:
    t, w = data.tender, data.whole
    out: list[Flowable] = [heading(TITLE)]
    if w is None:
        out.append(p(f"No other award criteria (price, quality…) are recorded in CoopEval for this tender, so this "
                     f"report states {wording.social_value_part(t.section_weight, t.authority)} only. The most "
                     "advantageous tender is decided with the other award criteria as well."))
        out.append(PageBreak())
        return out
    other = sum((c.weight for c in w.criteria), start=Decimal(0))
    out.append(p(f"Social value carries {wording.number(w.section_weight)}% of the whole tender; the other award "
                 f"criteria below, assessed outside CoopEval and recorded by the officer, carry "
                 f"{wording.number(other)}%. A bid's points of the whole tender are its social value tender points "
                 "plus, for each other criterion, weight × score ÷ out of."))
    out += before_table("Other award criteria")
    rows = [head("Criterion", "Kind", "Weight %", "Out of", "How it was scored")]
    rows += [[p(c.name, "Cell"), p(c.kind.capitalize(), "Cell"), p(wording.number(c.weight), "CellRight"),
              p(wording.number(c.max_score), "CellRight"), p(c.method or "—", "Cell")] for c in w.criteria]
    out.append(table(rows, cols(1.6, 0.8, 0.8, 0.7, 3)))
    out += before_table("Scores and reasons")
    if w.scores:
        rows = [head("Criterion", "Bid", "Score", "Reasons")]
        rows += [[p(s.criterion, "Cell"), p(s.identifier, "Cell"), p(wording.number(s.score), "CellRight"),
                  p(s.reasons, "Cell")] for s in w.scores]
        out.append(table(rows, cols(1.4, 1.1, 0.7, 4.2)))
    else:
        out.append(p("No bid has been scored on these criteria yet."))
    out += before_table("Points of the whole tender")
    names = [c.name for c in w.criteria]
    rows = [head("Rank", "Bid", f"Social value /{wording.number(w.section_weight)}",
                 *(f"{n} /{wording.number(c.weight)}" for n, c in zip(names, w.criteria)), "Total /100")]
    for ln in w.lines:
        rank = "—" if ln.rank is None else str(ln.rank)
        rows.append([p(rank, "Cell"), p(f"{ln.name}\n{ln.identifier}" + (" (disqualified)" if ln.disqualified else ""),
                                        "Cell"),
                     p(wording.points(ln.social_value_points), "CellRight"),
                     *(p("not scored" if x is None else wording.points(x), "CellRight" if x is not None else
                         "CellWarning") for x in ln.other_points),
                     p("—" if ln.total is None else wording.points(ln.total), "CellRight")])
    out.append(table(rows, cols(0.5, 2.2, 1, *([0.9] * len(names)), 0.9)))
    if w.complete and w.most_advantageous:
        winner = next((ln for ln in w.lines if ln.identifier == w.most_advantageous), None)
        name = f"{winner.name} ({winner.identifier})" if winner else w.most_advantageous
        out.append(p(f"The most advantageous tender on every award criterion is {name}."))
    elif not w.complete:
        out.append(p("The whole result cannot be stated yet; until it can, this report and the assessment summaries "
                      f"state {wording.social_value_part(t.section_weight, t.authority)}. What is missing:"))
    for problem in w.problems:
        out.append(p(f"• {problem}", "CellWarning" if not w.complete or "tie" in problem else "Cell"))
    out.append(PageBreak())
    return out
