"""The moderation report's longest part: each bid, measure by measure. For every item the bid's
response (shortened), each evaluator's score and rationale, the spread of the scores, committed and
accepted quantities, and the panel's consensus with its reason.

This is where a large tender's pages come from (40 bids x 60 measures x 9 evaluators is about 1,500
pages), so the text here avoids inline markup: ReportLab lays out a plain paragraph several times
faster than one with <b> or <font> in it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from coopeval.i18n import _
from coopeval.reporting import wording
from coopeval.reporting.blocks import CELL, DRAFT, LABELLED, MUTED, SMALL, cols, head, heading, markup, p, paras, table
from coopeval.reporting.data import BidDetail, Item, ReportData, organisation
from coopeval.reporting.layout import ProgressMark
from coopeval.reporting.styles import SPREAD_COLOURS, text

RESPONSE_LIMIT = 600  # characters of a bid's response quoted per measure; the bid itself is the record


def bids(data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [heading(_("Bids, measure by measure"))]
    out.append(p(_("For each bid and measure: what the bid said (its first {limit} characters; the bid itself is "
                   "the full record), each evaluator's score and rationale, and the panel's consensus with its "
                   "reason.").format(limit=RESPONSE_LIMIT), MUTED))
    for n, bid in enumerate(data.bids):
        if n:
            out.append(PageBreak())
        out += bid_section(data, bid)
    out.append(PageBreak())
    return out


def bid_section(data: ReportData, bid: BidDetail) -> list[Flowable]:
    out: list[Flowable] = [heading(f"{bid.name}", "H2", level=1)]
    facts = [_("Identifier: {identifier}").format(identifier=bid.identifier)]
    facts += [f"{title}: {answer}" for title, answer in organisation(data.record_fields, bid.records)]
    if bid.received_on:
        facts.append(_("Received: {when}").format(when=wording.when(bid.received_on)))
    out.append(p(" · ".join(facts), MUTED))
    if bid.withdrawn:
        out += paras(_("Withdrawn: {reason}. A withdrawn bid is not scored.").format(reason=bid.withdrawn_reason),
                     DRAFT)
        out.append(ProgressMark(bid.identifier, len(bid.items)))
        return out
    for item in bid.items:
        out += item_block(data, item)
        out.append(ProgressMark(f"{bid.identifier} {item.code}"))
    return out


def item_block(data: ReportData, item: Item) -> list[Flowable]:
    weights = _("(weight {weight_num}; points {points})").format(weight_num=wording.number(item.weight),
                                                            points=wording.points(item.points))
    title = f"{text(item.code)} — {text(item.title)} <font color='#555555' size='8'>{text(weights)}</font>"  # i18n: no
    out: list[Flowable] = [markup(title, "H3")]
    response, cut = wording.shorten(item.response, RESPONSE_LIMIT)
    refs = f" [{item.page_refs}]" if item.page_refs else ""
    if not response:
        response = _("no response")
    elif cut:
        response = _("{response} (shortened)").format(response=response)
    out += labelled(_("Response:"), response + refs)
    if item.kind == "quantitative":
        unit = f" {item.unit}" if item.unit else ""
        committed = f"{wording.quantity(item.committed)}{unit}" if item.committed is not None else _("no commitment")
        if item.accepted is not None:
            accepted = f"{wording.quantity(item.accepted)}{unit}"
        else:
            accepted = _("not yet agreed") if not item.has_consensus else _("none")
        if item.quantity_reason:
            accepted = _("{accepted}. Why different: {reason}").format(accepted=accepted, reason=item.quantity_reason)
        out += labelled(_("Committed:"), committed)
        out += labelled(_("Accepted:"), accepted)
    else:
        rows = [head(_("Evaluator"), _("Score"), _("Rationale"))]
        for s in item.scores:
            if s.abstained:
                score = _("abstained: {reason}").format(reason=s.abstain_reason)
            elif s.value is None:
                score = _("not scored")
            else:
                score = f"{s.value} {s.label}"
            # One plain paragraph per line of meaning rather than one paragraph with <br/> and <font>.
            rationale = paras(s.rationale, CELL)
            if s.evidence_refs:
                rationale += paras(_("Evidence: {refs}").format(refs=s.evidence_refs), "CellMuted")
            if s.status != "submitted":
                rationale.append(p(_("(draft, not submitted)"), "CellWarning"))
            rows.append([p(s.member, CELL), paras(score, CELL), rationale])
        if len(rows) == 1:
            rows.append([p("—", CELL), p("", CELL), p(_("No individual scores."), CELL)])
        out.append(table(rows, cols(1.4, 1.1, 5.5)))
        if item.spread and item.spread != "none":
            colour = SPREAD_COLOURS.get(item.spread)
            hexcolour = colour.hexval()[2:] if colour is not None else "555555"
            spread = f"<font color='#{hexcolour}'><b>{text(wording.spread_label(item.spread))}</b></font>"  # i18n: no
            out.append(markup(_("Spread of scores: {spread}").format(spread=spread), SMALL))
    out += consensus_line(data, item)
    return out


def labelled(label: str, value: str, style: str = LABELLED) -> list[Flowable]:
    """A bold label hanging in the margin beside plain text (no inline markup: see the module note);
    long text comes as several paragraphs, the label beside the first."""
    return paras(value, style, label=label)


def consensus_line(data: ReportData, item: Item) -> list[Flowable]:
    if not item.has_consensus:
        if item.value:
            fallback = _("not yet agreed. Provisional value used: {value}.").format(
                value=wording.quantity(item.value))
        else:
            fallback = _("not yet agreed.")
        return labelled(_("Consensus:"), fallback, "LabelledWarning")
    if item.kind == "qualitative":
        score = f"{item.consensus_value} {item.consensus_label}"
    else:
        score = _("accepted {quantity}").format(quantity=wording.quantity(item.accepted) or _("none"))
    how = wording.reached_by(item.reached_by)
    when = wording.when(item.recorded_at)
    if item.present:
        line = _("{score_text} — reached {how}; present: {present}; recorded by {who}, {when}.").format(
            score_text=score, how=how, present=", ".join(item.present), who=item.recorded_by, when=when)
    else:
        line = _("{score_text} — reached {how}; recorded by {who}, {when}.").format(
            score_text=score, how=how, who=item.recorded_by, when=when)
    return (labelled(_("Consensus:"), line, "LabelledBody")
            + labelled(_("Reason:"), item.consensus_rationale, "LabelledBody"))
