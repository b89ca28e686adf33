"""Reading everything a moderation report, an assessment summary or an export needs, into the
frozen `ReportData` the reporting package renders.

Only from moderation on: individual scores are blind until then, so a report is refused for a
draft or a tender in evaluation. The data is read through the existing services and stamped with
the audit head; if the workspace changes while it is being read (another user saving), it is read
again, so a report never mixes two states of the record.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from sqlmodel import col, select

from coopeval import __version__, i18n
from coopeval.domain import lifecycle
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.framework import Framework
from coopeval.domain.identity import Permission
from coopeval.domain.moderation import moderation_stats
from coopeval.domain.numbers import pence_to_text
from coopeval.domain.reg31 import OtherNames
from coopeval.domain.rounding import round_half_up
from coopeval.i18n import N_, _
from coopeval.reporting import data as rd
from coopeval.services.bids import entry as bids_service
from coopeval.services.bids import record_fields_for
from coopeval.services.criteria.views import CriterionView, WholeResult
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.identity.guard import require
from coopeval.services.interchange.checks import shown_record_fields
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
from coopeval.services.results import compute as results
from coopeval.services.rows import tender_row
from coopeval.services.setup import frameworks, tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow

LIFECYCLE_DATES = {"start_evaluation": N_("Evaluation started"), "open_moderation": N_("Moderation opened"),
                   "finalise": N_("Signed off"), "reopen": N_("Reopened")}
READ_ATTEMPTS = 3


def report_data(ws: Workspace, tender: int | str) -> rd.ReportData:
    """The whole record of a tender in moderation or signed off, as of one audit head. Only an
    officer reports or exports (`Permission.EXPORT`)."""
    with ws.reading() as session:
        require(ws, session, tender_row(session, tender), Permission.EXPORT)
    for _attempt in range(READ_ATTEMPTS):
        before = ws.audit_head()
        data = _read(ws, tender, before)
        if ws.audit_head() == before:
            return data
    raise CoopEvalError(_("The workspace kept changing while the report was being read (someone is saving); "
                          "try again in a moment."))


def require_reportable(status: str) -> None:
    if status in (lifecycle.DRAFT, lifecycle.EVALUATION):
        raise lifecycle.LifecycleError(
            _("A report can be made once moderation has opened: individual scores are blind until then, and this "
              "tender is in {status}.").format(status=lifecycle.label(status)))


def _read(ws: Workspace, tender: int | str, head: str) -> rd.ReportData:
    view = tenders.get_tender(ws, tender)
    require_reportable(view.status)
    scale = tenders.tender_scale(ws, view.id)
    measures = tenders.list_measures(ws, view.id)
    all_bids = bids_service.list_bids(ws, view.id)
    members = panel.list_members(ws, view.id)
    names = {m.id: m.name for m in members}
    roles = {m.id: m.role for m in members}
    scores = evaluation.all_scores(ws, view.id)
    consensus = {(c.bid_id, c.measure_id): c for c in moderation.list_consensus(ws, view.id)}
    outcome = results.tender_results(ws, view.id)
    responses = {(r.bid_id, r.measure_id): r  # every bid's, in one query
                 for rs in bids_service.responses_by_bid(ws, view.id).values() for r in rs}

    scale_info = rd.ScaleInfo(scale.id, scale.local("name"), scale.local("description"),
                              tuple(rd.ScalePoint(p.value, p.local("label"), p.local("descriptor")) for p in scale.points))
    used = _read_frameworks(ws, measures)  # each framework the measures come from, parsed once
    theme_names = _theme_names(used)
    measure_infos = tuple(_measure(m, theme_names) for m in measures)
    by_item: dict[tuple[int, int], list] = defaultdict(list)
    for s in scores:
        by_item[(s.bid_id, s.measure_id)].append(s)
    spec = results.scale_spec(scale)
    cutoffs = (Fraction(Decimal(view.discuss_at)) / 100, Fraction(Decimal(view.split_above)) / 100)

    bid_details = []
    for bid in all_bids:
        items = []
        if not bid.withdrawn:
            bid_result = outcome.results.bid(bid.identifier)
            for m, info in zip(measures, measure_infos):
                items.append(_item(m, info, scale_info, bid_result.measures[m.code], responses.get((bid.id, m.id)),
                                   by_item.get((bid.id, m.id), []), consensus.get((bid.id, m.id)), names, spec, cutoffs))
        bid_details.append(rd.BidDetail(bid.identifier, bid.legal_name, bid.trading_name, bid.org_form, bid.received_on,
                                        bid.withdrawn, bid.withdrawn_reason, tuple(items), records=bid.records))

    bid_names = {b.id: b.legal_name for b in all_bids}
    declarations = tuple(
        rd.Declaration(names.get(d.member_id, f"member {d.member_id}"),
                       _("the whole tender") if d.bid_id is None else bid_names.get(d.bid_id, f"bid {d.bid_id}"),
                       d.interest, d.nature, d.details, d.declared_at, d.resolution, d.resolution_note, d.resolved_by,
                       d.resolved_at, not d.current)
        for d in panel.register(ws, view.id))
    signoffs = tuple(rd.SignOff(names.get(s.member_id, ""), roles.get(s.member_id, ""), s.statement, s.signed_at, s.round)
                     for s in signoff.list_signoffs(ws, view.id))
    return rd.ReportData(
        tender=_tender(ws, view),
        panel=tuple(rd.PanelMember(m.name, m.role, m.email) for m in members),
        frameworks=_frameworks(used, measures),
        scale=scale_info,
        measures=measure_infos,
        declarations=declarations,
        results=_results(outcome, measures, theme_names),
        bids=tuple(bid_details),
        signoffs=signoffs,
        audit_head=head,
        made_at=audit.now_utc(),
        made_by=ws.actor,
        app_version=__version__,
        record_fields=shown_record_fields(record_fields_for(ws, view.id), (b.records for b in all_bids)),
        whole=_whole_report(ws, view.id),
    )


def _whole_report(ws: Workspace, tender_id: int) -> rd.WholeReport | None:
    from coopeval.services.criteria.whole import whole_report

    return whole_report(ws, tender_id)


def _tender(ws: Workspace, view) -> rd.TenderInfo:  # noqa: ANN001 - a TenderView
    dates = [(_("Created"), view.created_at)]
    with ws.reading() as session:  # the tender's own lifecycle events only, oldest first (not its thousands of others)
        events = session.exec(select(AuditEventRow.action, AuditEventRow.at)
                              .where(AuditEventRow.tender_ref == view.reference, AuditEventRow.entity == "tender",
                                     col(AuditEventRow.action).in_(list(LIFECYCLE_DATES)))
                              .order_by(col(AuditEventRow.seq)))
        for action, at in events:
            dates.append((_(LIFECYCLE_DATES[action]), at))  # i18n: no
    return rd.TenderInfo(
        reference=view.reference, title=view.title, authority=view.authority, status=view.status,
        status_label=lifecycle.label(view.status), description=view.description,
        contract_value=pence_to_text(view.contract_value_pence), duration_months=view.duration_months,
        section_weight=Decimal(view.section_weight), discuss_at=Decimal(view.discuss_at),
        split_above=Decimal(view.split_above), disqualify_on_threshold=view.disqualify_on_threshold,
        min_rationale_chars=view.min_rationale_chars, dates=tuple(dates))


def _read_frameworks(ws: Workspace, measures) -> dict[tuple[str, str], Framework | None]:  # noqa: ANN001
    """Each (framework id, version) the measures come from → the framework, or None when the workspace does not hold
    it; in the measures' order."""
    read: dict[tuple[str, str], Framework | None] = {}
    for m in measures:
        key = (m.framework_id, m.framework_version)
        if key not in read:
            try:
                read[key] = frameworks.get_framework(ws, *key)
            except NotFoundError:
                read[key] = None
    return read


def _theme_names(used: dict[tuple[str, str], Framework | None]) -> dict[tuple[str, str], str]:
    """Each (framework id, theme name as stored) → the theme's name in the current language (its Welsh, issue 22,
    when the document part is Welsh and the framework has it; a framework not in the workspace keeps the stored
    name)."""
    names: dict[tuple[str, str], str] = {}
    for fid, version in sorted(used):
        framework = used[(fid, version)]
        if framework is None:
            continue
        for theme in framework.themes:
            names.setdefault((fid, theme.name), theme.local("name"))
    return names


def _measure(m, theme_names: dict[tuple[str, str], str] | None = None) -> rd.MeasureInfo:  # noqa: ANN001
    detail = m.detail
    bands = tuple((str(a), str(s)) for a, s in json.loads(m.bands or "[]"))
    return rd.MeasureInfo(
        code=m.code, title=_local(detail, "title"), framework=m.framework_id,
        theme=(theme_names or {}).get((m.framework_id, m.theme), m.theme), outcome=m.outcome,
        kind=m.kind, weight=Decimal(m.weight), minimum=m.minimum, method=m.method, direction=m.direction,
        target=m.target, bands=bands, unit=_local(detail, "unit") or m.unit,
        description=_local(detail, "description"))


def _local(detail: dict[str, Any], field: str) -> str:
    """A measure's framework text in the current language: its Welsh (`<field>_cy`, issue 22) when the document
    part is Welsh and the framework has it, else the English."""
    return i18n.pick(str(detail.get(field) or ""), str(detail.get(f"{field}_cy") or "") or None)


def _frameworks(used: dict[tuple[str, str], Framework | None], measures) -> tuple[rd.FrameworkUse, ...]:  # noqa: ANN001
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for m in measures:
        counts[(m.framework_id, m.framework_version)] += 1
    out = []
    for (fid, version), count in counts.items():
        framework = used[(fid, version)]
        if framework is None:
            out.append(rd.FrameworkUse(fid, version, fid, "", _("not recorded in this workspace"), "", "", count))
            continue
        info = framework.info
        out.append(rd.FrameworkUse(info.id, info.version, info.name, info.publisher, info.licence, info.source,
                                   info.attribution, count))
    return tuple(out)


def _points(x: Fraction) -> Decimal:
    return round_half_up(x, 2)


def _value_text(x: Fraction | None) -> str:
    if x is None:
        return ""
    text = f"{round_half_up(x, 4):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _item(m, info: rd.MeasureInfo, scale: rd.ScaleInfo, result, response, scores, agreed, names, spec,  # noqa: ANN001
          cutoffs: tuple[Fraction, Fraction]) -> rd.Item:
    evaluator_scores = tuple(
        rd.EvaluatorScore(names.get(s.member_id, f"member {s.member_id}"), s.value,
                          scale.label(s.value) if s.value is not None else "", s.abstained, s.abstain_reason,
                          s.rationale, s.evidence_refs, s.status, s.submitted_at)
        for s in sorted(scores, key=lambda s: names.get(s.member_id, "")))
    spread = ""
    if info.kind == "qualitative":
        stats = moderation_stats([None if s.abstained else s.value for s in scores], spec,
                                 discuss_at=cutoffs[0], split_above=cutoffs[1])
        spread = stats.level
    return rd.Item(
        code=m.code, title=info.title, kind=m.kind,
        response=response.text if response else "", page_refs=response.page_refs if response else "",
        committed=response.quantity if response else None,
        accepted=agreed.accepted_quantity if agreed else None,
        quantity_reason=agreed.quantity_reason if agreed else "",
        unit=info.unit, scores=evaluator_scores, spread=spread, has_consensus=agreed is not None,
        consensus_value=agreed.value if agreed else None,
        consensus_label=scale.label(agreed.value) if agreed and agreed.value is not None else "",
        consensus_rationale=agreed.rationale if agreed else "", reached_by=agreed.reached_by if agreed else "",
        present=tuple(agreed.present_names) if agreed else (), recorded_by=agreed.recorded_by if agreed else "",
        recorded_at=agreed.recorded_at if agreed else "",
        value=_value_text(result.value), points=_points(result.points), weight=info.weight)


def _results(view: results.ResultsView, measures,  # noqa: ANN001
             theme_names: dict[tuple[str, str], str] | None = None) -> rd.Results:
    r = view.results
    theme_keys = list(r.available_by_theme)
    themes = tuple(rd.ThemeHeading(fw, (theme_names or {}).get((fw, theme), theme),
                                   _points(r.available_by_theme[(fw, theme)])) for fw, theme in theme_keys)
    minimum = {m.code: m.minimum for m in measures}
    ranking, failures = [], []
    for b in r.bids:
        bid = view.bids[b.bid_id]
        name = bid.legal_name if bid.trading_name in ("", bid.legal_name) else f"{bid.legal_name} ({bid.trading_name})"
        ranking.append(rd.RankedBid(b.rank, b.bid_id, name, bid.display_name, _points(b.total), _points(b.tender_points), b.disqualified,
                                    tuple(b.failed_thresholds),
                                    tuple(_points(b.by_theme.get(k, Fraction(0))) for k in theme_keys)))
        for code in b.failed_thresholds:
            value = _value_text(b.measures[code].value) or "none"
            failures.append(rd.ThresholdFailure(b.bid_id, name, code, minimum.get(code) or "", value))
    s = view.sensitivity
    leader_names = [f"{view.bids[i].legal_name} ({i})" for i in s.leaders]
    if not s.leaders:
        verdict = _("No bid is ranked: every bid is disqualified.")
    elif s.holds:
        verdict = _("First place ({leaders}) holds when any one measure's weight moves by ±25% ({count} weight "
                    "changes tried).").format(leaders=", ".join(leader_names), count=s.scenarios)
    else:
        hinges = "; ".join(_("{measure_code} {change} would put {bid_names} first").format(
            measure_code=h.measure, change=h.change, bid_names=", ".join(view.bids[i].legal_name for i in h.leaders))
            for h in s.hinges_on)
        verdict = _("First place ({leaders}) hinges on single weights: {hinges}. The panel should be able to justify "
                    "those weights.").format(leaders=", ".join(leader_names), hinges=hinges)
    return rd.Results(view.provisional, themes, tuple(ranking), tuple(s.leaders), verdict, tuple(failures),
                      r.section_weight_warning)


# --- assessment summaries ---------------------------------------------------------------------------

HUNDREDTHS = Decimal("0.01")


def read_summaries(ws: Workspace, tender: int | str, *,
                   require_signed_off: bool = True) -> tuple[rd.ReportData, list[rd.SummaryData]]:
    """The record and one `SummaryData` per assessed bid, with the whole result when the council's other award
    criteria are recorded and complete (`services.criteria.whole`)."""
    from coopeval.services.criteria.criteria import list_criteria
    from coopeval.services.criteria.whole import whole_result

    data = report_data(ws, tender)
    whole = whole_result(ws, tender)
    criteria = list_criteria(ws, tender)
    return data, summary_data(data, whole=whole, criteria=criteria, require_signed_off=require_signed_off)


def summary_data(data: rd.ReportData, *, whole: WholeResult | None = None, criteria: Sequence[CriterionView] = (),
                 require_signed_off: bool = True) -> list[rd.SummaryData]:
    """One `SummaryData` per assessed bid (withdrawn bids get none). Refused unless the tender is signed off
    (`require_signed_off`; the regulation 31 check reads them earlier) and exactly one bid is the winner: the most
    advantageous tender when the whole result is complete, else the highest-scoring tender on social value."""
    if require_signed_off and not data.tender.signed_off:
        raise lifecycle.LifecycleError(
            _("Assessment summaries are written once the evaluation is signed off; this tender is in "
              "{status}.").format(status=data.tender.status_label))
    complete = whole is not None and whole.complete
    if complete:
        assert whole is not None
        if whole.most_advantageous is None:
            raise CoopEvalError(_("No single most advantageous tender: {why}").format(
                why="; ".join(whole.problems) or _("first place on the whole result is tied.")))
        winner_id = whole.most_advantageous
    else:
        leaders = data.results.leaders
        if len(leaders) != 1:
            raise CoopEvalError(_("No single highest-scoring tender on social value: {why}").format(
                why=_("first place is tied between {count} bids; record how the tie is broken before writing "
                      "summaries.").format(count=len(leaders)) if leaders else _("every bid is disqualified.")))
        winner_id = leaders[0]
    missing: tuple[str, ...] = ()
    if not complete:
        missing = tuple(whole.problems) if whole is not None and whole.recorded and whole.problems else (
            _("the other award criteria, such as price and quality, are not recorded in CoopEval"),)
    others_info = tuple(rd.OtherCriterionInfo(c.name, c.kind, Decimal(c.weight), Decimal(c.max_score), c.method)
                        for c in criteria) if complete else ()
    details = {b.identifier: b for b in data.bids if not b.withdrawn}
    ranked = {b.identifier: b for b in data.results.ranking}
    winner = _summary_tender(details[winner_id], ranked[winner_id])
    winner_whole = _whole_tender(winner_id, whole, criteria) if complete else None
    out = []
    for identifier, bid in details.items():
        others = [_names_of(b) for i, b in details.items() if i not in (identifier, winner_id)]
        pattern = _names_pattern(others, _names_of(bid) + _names_of(details[winner_id]))
        own, withheld_own = _withhold(_summary_tender(bid, ranked[identifier]), pattern)
        own_whole, withheld_whole = _withhold_whole(_whole_tender(identifier, whole, criteria) if complete else None,
                                                    pattern)
        successful = identifier == winner_id
        shown_winner: rd.SummaryTender | None = None
        shown_winner_whole: rd.WholeTender | None = None
        withheld_winner = withheld_winner_whole = False
        gaps: tuple[rd.Gap, ...] = ()
        if not successful:
            shown_winner, withheld_winner = _withhold(winner, pattern)
            shown_winner_whole, withheld_winner_whole = _withhold_whole(winner_whole, pattern)
            gaps = _gaps(own, shown_winner) + _other_gaps(own_whole, shown_winner_whole)
        out.append(rd.SummaryData(
            tender=data.tender, scale=data.scale, measures=data.measures, themes=data.results.themes, bidder=own,
            winner=shown_winner, successful=successful, gaps=gaps,
            withheld_names=withheld_own or withheld_winner or withheld_whole or withheld_winner_whole,
            audit_head=data.audit_head, made_at=data.made_at, app_version=data.app_version,
            whole=complete, whole_missing=missing, other_criteria=others_info, bidder_whole=own_whole,
            winner_whole=shown_winner_whole))
    return out


def _summary_tender(bid: rd.BidDetail, ranked: rd.RankedBid) -> rd.SummaryTender:
    lines = []
    for item in bid.items:
        value = item.value
        if item.kind == "qualitative" and item.consensus_value is not None:
            value = f"{item.consensus_value} {item.consensus_label}".strip()
        elif item.kind == "quantitative":
            value = f"{item.accepted}{' ' + item.unit if item.unit else ''}" if item.accepted is not None else _("none")
        explanation = item.consensus_rationale
        if item.quantity_reason.strip():  # why the accepted quantity differs from the committed one: part of the reason
            explanation = "\n".join(t for t in (explanation, item.quantity_reason) if t.strip())
        lines.append(rd.SummaryLine(item.code, item.title, item.weight, value, item.points, explanation))
    return rd.SummaryTender(bid.identifier, bid.legal_name, ranked.total, ranked.tender_points, ranked.themes,
                            tuple(lines), ranked.disqualified, ranked.failed_thresholds)


def _whole_tender(identifier: str, whole: WholeResult | None,
                  criteria: Sequence[CriterionView]) -> rd.WholeTender | None:
    line = next((ln for ln in whole.lines if ln.bid_identifier == identifier), None) if whole else None
    if line is None:
        return None
    points = dict(line.other_points)
    lines = []
    for c in criteria:
        score = next((s for s in c.scores if s.bid_identifier == identifier), None)
        earned = points.get(c.name)
        lines.append(rd.OtherLine(c.name, score.score if score else "", Decimal(c.max_score), Decimal(c.weight),
                                  None if earned is None else _hundredths(earned), score.reasons if score else ""))
    return rd.WholeTender(identifier, _hundredths(line.social_value_points), tuple(lines),
                          None if line.total is None else _hundredths(line.total))


def _hundredths(text: str) -> Decimal:
    return Decimal(text).quantize(HUNDREDTHS, rounding=ROUND_HALF_UP)


def _names_of(bid: rd.BidDetail) -> list[str]:
    return [n for n in {bid.legal_name, bid.trading_name, bid.identifier} if n and len(n.strip()) >= 3]


def _names_pattern(others: list[list[str]], shown: list[str]) -> OtherNames | None:
    names = OtherNames((n for group in others for n in group), shown=shown)
    return names if names.others else None


def _withhold(tender: rd.SummaryTender, pattern: OtherNames | None) -> tuple[rd.SummaryTender, bool]:
    """Replace any other (losing) bidder's name quoted in an explanation: a summary tells a bidder about
    itself and the winning tender, never about anyone else."""
    if pattern is None:
        return tender, False
    changed = False
    lines = []
    for line in tender.lines:
        explanation, count = pattern.subn(_("[another bidder]"), line.explanation)
        changed = changed or count > 0
        lines.append(rd.SummaryLine(line.code, line.title, line.weight, line.value, line.points, explanation))
    if not changed:
        return tender, False
    return rd.SummaryTender(tender.identifier, tender.name, tender.total, tender.tender_points, tender.themes,
                            tuple(lines), tender.disqualified, tender.failed_thresholds), True


def _withhold_whole(tender: rd.WholeTender | None,
                    pattern: OtherNames | None) -> tuple[rd.WholeTender | None, bool]:
    if tender is None or pattern is None:
        return tender, False
    lines, changed = [], False
    for line in tender.lines:
        reasons, count = pattern.subn(_("[another bidder]"), line.reasons)
        changed = changed or count > 0
        lines.append(replace(line, reasons=reasons))
    return (replace(tender, lines=tuple(lines)), True) if changed else (tender, False)


def _gaps(own: rd.SummaryTender, winner: rd.SummaryTender) -> tuple[rd.Gap, ...]:
    """Every social value criterion on which the winning tender scored better, largest difference first
    (regulation 31 asks why on each)."""
    theirs = {line.code: line for line in winner.lines}
    gaps = [rd.Gap(line.code, line.title, line.points, theirs[line.code].points, line.explanation,
                   theirs[line.code].explanation)
            for line in own.lines if line.code in theirs and theirs[line.code].points > line.points]
    gaps.sort(key=lambda g: (-g.difference, g.code))
    return tuple(gaps)


def _other_gaps(own: rd.WholeTender | None, winner: rd.WholeTender | None) -> tuple[rd.Gap, ...]:
    """The same for the council's other award criteria (no code: named by the criterion's name)."""
    if own is None or winner is None:
        return ()
    theirs = {line.name: line for line in winner.lines}
    gaps = []
    for line in own.lines:
        best = theirs.get(line.name)
        if best is not None and line.points is not None and best.points is not None and best.points > line.points:
            gaps.append(rd.Gap("", line.name, line.points, best.points, line.reasons, best.reasons))
    gaps.sort(key=lambda g: (-g.difference, g.title))
    return tuple(gaps)
