"""The moderation report's longest part: each bid, measure by measure. For every item the bid's
response (shortened), each evaluator's score and rationale, the spread of the scores, committed and
accepted quantities, and the panel's consensus with its reason.

This is where a large tender's pages come from (40 bids x 60 measures x 9 evaluators is about 1,500
pages), so the text here avoids inline markup: ReportLab lays out a plain paragraph several times
faster than one with <b> or <font> in it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from coopeval.reporting import wording
from coopeval.reporting.blocks import cols, head, heading, markup, p, paras, table
from coopeval.reporting.data import BidDetail, Item, ReportData, organisation
from coopeval.reporting.layout import ProgressMark
from coopeval.reporting.styles import SPREAD_COLOURS, text

RESPONSE_LIMIT = 600  # characters of a bid's response quoted per measure; the bid itself is the record


def bids(data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [heading("Bids, measure by measure")]
    out.append(p("For each bid and measure: what the bid said (its first "
                 f"{RESPONSE_LIMIT} characters; the bid itself is the full record), each evaluator's score and "
                 "rationale, and the panel's consensus with its reason.", "Muted"))
    for n, bid in enumerate(data.bids):
        if n:
            out.append(PageBreak())
        out += bid_section(data, bid)
    out.append(PageBreak())
    return out


def bid_section(data: ReportData, bid: BidDetail) -> list[Flowable]:
    out: list[Flowable] = [heading(f"{bid.name}", "H2", level=1)]
    facts = [f"Identifier: {bid.identifier}"]
    facts += [f"{title}: {answer}" for title, answer in organisation(data.record_fields, bid.records)]
    if bid.received_on:
        facts.append(f"Received: {wording.when(bid.received_on)}")
    out.append(p(" · ".join(facts), "Muted"))
    if bid.withdrawn:
        out += paras(f"Withdrawn: {bid.withdrawn_reason}. A withdrawn bid is not scored.", "Draft")
        out.append(ProgressMark(bid.identifier, len(bid.items)))
        return out
    for item in bid.items:
        out += item_block(data, item)
        out.append(ProgressMark(f"{bid.identifier} {item.code}"))
    return out


def item_block(data: ReportData, item: Item) -> list[Flowable]:
    title = (f"{text(item.code)} — {text(item.title)} <font color='#555555' size='8'>(weight "
             f"{wording.number(item.weight)}; points {wording.points(item.points)})</font>")
    out: list[Flowable] = [markup(title, "H3")]
    response, cut = wording.shorten(item.response, RESPONSE_LIMIT)
    refs = f" [{item.page_refs}]" if item.page_refs else ""
    out += labelled("Response:", (response or "no response") + (" (shortened)" if cut else "") + refs)
    if item.kind == "quantitative":
        unit = f" {item.unit}" if item.unit else ""
        committed = f"{wording.quantity(item.committed)}{unit}" if item.committed is not None else "no commitment"
        accepted = f"{wording.quantity(item.accepted)}{unit}" if item.accepted is not None else ("not yet agreed" if not item.has_consensus else "none")
        out += labelled("Committed:", committed)
        out += labelled("Accepted:", accepted + (f". Why different: {item.quantity_reason}" if item.quantity_reason else ""))
    else:
        rows = [head("Evaluator", "Score", "Rationale")]
        for s in item.scores:
            if s.abstained:
                score = f"abstained: {s.abstain_reason}"
            elif s.value is None:
                score = "not scored"
            else:
                score = f"{s.value} {s.label}"
            # One plain paragraph per line of meaning rather than one paragraph with <br/> and <font>.
            rationale = paras(s.rationale, "Cell")
            if s.evidence_refs:
                rationale += paras(f"Evidence: {s.evidence_refs}", "CellMuted")
            if s.status != "submitted":
                rationale.append(p("(draft, not submitted)", "CellWarning"))
            rows.append([p(s.member, "Cell"), paras(score, "Cell"), rationale])
        if len(rows) == 1:
            rows.append([p("—", "Cell"), p("", "Cell"), p("No individual scores.", "Cell")])
        out.append(table(rows, cols(1.4, 1.1, 5.5)))
        if item.spread and item.spread != "none":
            colour = SPREAD_COLOURS.get(item.spread)
            hexcolour = colour.hexval()[2:] if colour is not None else "555555"
            out.append(markup(f"Spread of scores: <font color='#{hexcolour}'><b>{wording.SPREAD_LABELS[item.spread]}</b></font>",
                              "Small"))
    out += consensus_line(data, item)
    return out


def labelled(label: str, value: str, style: str = "Labelled") -> list[Flowable]:
    """A bold label hanging in the margin beside plain text (no inline markup: see the module note);
    long text comes as several paragraphs, the label beside the first."""
    return paras(value, style, label=label)


def consensus_line(data: ReportData, item: Item) -> list[Flowable]:
    if not item.has_consensus:
        fallback = f" Provisional value used: {wording.quantity(item.value)}." if item.value else ""
        return labelled("Consensus:", f"not yet agreed.{fallback}", "LabelledWarning")
    if item.kind == "qualitative":
        score = f"{item.consensus_value} {item.consensus_label}"
    else:
        score = f"accepted {wording.quantity(item.accepted) or 'none'}"
    who = f"; present: {', '.join(item.present)}" if item.present else ""
    return (labelled("Consensus:", f"{score} — reached {wording.REACHED_BY.get(item.reached_by, item.reached_by)}{who}; "
                                   f"recorded by {item.recorded_by}, {wording.when(item.recorded_at)}.", "LabelledBody")
            + labelled("Reason:", item.consensus_rationale, "LabelledBody"))
