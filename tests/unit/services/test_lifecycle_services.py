"""The tender lifecycle as the services enforce it: what each status allows, what it refuses and why,
and the conflict-of-interest rules that decide who may score which bid."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coopeval.domain import lifecycle
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
from coopeval.services.panel.members import AccessError
from coopeval.services.results import compute as results
from coopeval.services.setup import start, tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from tests.helpers.workspaces import FRAMEWORK_ID, create_workspace, draft_tender, scale, staged_file

RATIONALE = "Specific commitments with evidence of delivery."


@pytest.fixture
def at(tmp_path_factory, tmp_path):
    """`at(stage)` opens a private copy of a workspace whose tender T1 is at `stage`."""
    opened: list[Workspace] = []

    def open_at(stage: str):
        path = tmp_path / f"{stage}-{len(opened)}.coopeval"
        built = staged_file(tmp_path_factory, path, stage)
        ws = Workspace.open(path, actor="officer")
        opened.append(ws)
        return ws, built

    yield open_at
    for ws in opened:
        ws.close()


# --- set-up is editable only in draft --------------------------------------------------------------

SETUP_EDITS = {
    "update_tender": lambda ws, t: tenders.update_tender(ws, t.reference, title="Renamed"),
    "add_measures": lambda ws, t: tenders.add_measures(ws, t.reference, FRAMEWORK_ID, codes=["LOC-01"]),
    "set_measure": lambda ws, t: tenders.set_measure(ws, t.measures[0], weight="31"),
    "remove_measure": lambda ws, t: tenders.remove_measure(ws, t.measures[4]),
    "set_scale": lambda ws, t: tenders.set_scale(ws, t.reference, scale("0-4")),
}


@pytest.mark.parametrize("stage", ["evaluation", "moderation", "signed_off"])
@pytest.mark.parametrize("edit", sorted(SETUP_EDITS))
def test_setup_is_frozen_once_evaluation_starts(at, stage, edit):
    ws, t = at(stage)
    before = tenders.list_measures(ws, t.reference), tenders.get_tender(ws, t.reference)
    with pytest.raises(LifecycleError, match="frozen once evaluation starts") as caught:
        SETUP_EDITS[edit](ws, t)
    assert lifecycle.label(stage) in str(caught.value)
    assert (tenders.list_measures(ws, t.reference), tenders.get_tender(ws, t.reference)) == before


def test_setup_is_editable_in_draft(at):
    ws, t = at("draft")
    for edit in ("update_tender", "set_measure", "remove_measure", "set_scale"):
        SETUP_EDITS[edit](ws, t)
    assert tenders.get_tender(ws, t.reference).title == "Renamed"
    assert tenders.get_tender(ws, t.reference).scale_id == "0-4"
    assert [m.code for m in tenders.list_measures(ws, t.reference)] == ["LOC-01", "LOC-02", "LOC-03", "LOC-04"]
    added, _ = tenders.add_measures(ws, t.reference, FRAMEWORK_ID, codes=["LOC-05"])
    assert [m.code for m in added] == ["LOC-05"]


# --- draft → evaluation ------------------------------------------------------------------------------

@pytest.mark.parametrize("last_weight, total", [("29.99", "99.99"), ("30.01", "100.01"), ("0", "70")])
def test_evaluation_needs_weights_totalling_exactly_100(at, last_weight, total):
    ws, t = at("draft")
    tenders.set_measure(ws, t.measures[3], weight=last_weight)
    with pytest.raises(LifecycleError, match=f"the measure weights total {total}, not 100"):
        start.start_evaluation(ws, t.reference)
    assert tenders.get_tender(ws, t.reference).status == lifecycle.DRAFT


def test_exact_decimal_weights_totalling_100_start_evaluation(at):
    ws, t = at("draft")
    for measure, weight in zip(t.measures, ("33.3333", "33.3333", "33.3334", "0", "0")):
        tenders.set_measure(ws, measure, weight=weight)
    assert tenders.weight_total(ws, t.reference) == Decimal(100)
    start.start_evaluation(ws, t.reference)
    assert tenders.get_tender(ws, t.reference).status == lifecycle.EVALUATION


def test_evaluation_needs_an_evaluator_on_the_panel(at):
    ws, t = at("draft")
    panel.update_member(ws, t.evaluator, role="observer")
    panel.update_member(ws, t.chair, role="officer")
    with pytest.raises(LifecycleError, match="add at least one evaluator to the panel"):
        start.start_evaluation(ws, t.reference)


def test_evaluation_needs_every_member_to_have_a_role():
    with pytest.raises(LifecycleError, match="give every panel member a role"):
        lifecycle.check_start_evaluation(lifecycle.DRAFT, [Decimal(100)], ["evaluator", None], True)
    with pytest.raises(LifecycleError, match="give every panel member a role"):
        lifecycle.check_start_evaluation(lifecycle.DRAFT, [Decimal(100)], ["evaluator", "boss"], True)


def test_a_member_cannot_be_given_an_unknown_role(at):
    ws, t = at("draft")
    with pytest.raises(InputError, match="Unknown role ''"):
        panel.add_member(ws, t.reference, name="Dee", role="")
    with pytest.raises(InputError, match="Unknown role 'boss'"):
        panel.update_member(ws, t.evaluator, role="boss")


def test_evaluation_needs_measures_and_says_everything_missing(tmp_path):
    with create_workspace(tmp_path / "empty.coopeval") as ws:
        tenders.create_tender(ws, reference="T9", title="Nothing yet", scale=scale())
        with pytest.raises(LifecycleError) as caught:
            start.start_evaluation(ws, "T9")
    message = str(caught.value)
    assert "choose at least one measure" in message
    assert "add at least one evaluator to the panel" in message


@pytest.mark.parametrize("stage", ["evaluation", "moderation", "signed_off"])
def test_only_a_draft_starts_evaluation(at, stage):
    ws, t = at(stage)
    with pytest.raises(LifecycleError, match=f"Only a draft tender can start evaluation; this one is in {lifecycle.label(stage)}"):
        start.start_evaluation(ws, t.reference)


# --- individual scores -------------------------------------------------------------------------------

@pytest.mark.parametrize("stage, hint", [("draft", "Start evaluation first"), ("moderation", "locked"),
                                         ("signed_off", "locked")])
def test_scores_only_during_evaluation(at, stage, hint):
    ws, t = at(stage)
    with pytest.raises(LifecycleError, match="Individual scores can be entered only during evaluation") as caught:
        evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=1, rationale=RATIONALE)
    assert hint in str(caught.value)


def test_each_member_saves_and_sees_only_their_own_scores(at):
    ws, t = at("evaluation")
    mine, _ = evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=4, rationale=RATIONALE)
    theirs, _ = evaluation.save_score(ws, t.chair, t.bids[0], t.qualitative, value=1, rationale="Weak.")
    evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=5, rationale=RATIONALE)
    assert [(s.id, s.value) for s in evaluation.my_scores(ws, t.evaluator)] == [(mine.id, 5)]
    assert [(s.id, s.value) for s in evaluation.my_scores(ws, t.chair)] == [(theirs.id, 1)]


def test_other_members_scores_are_hidden_until_moderation(at):
    for stage in ("draft", "evaluation", "scored"):
        ws, t = at(stage)
        with pytest.raises(LifecycleError, match="Scoring is blind until moderation opens"):
            evaluation.all_scores(ws, t.reference)
    ws, t = at("moderation")
    scores = evaluation.all_scores(ws, t.reference)
    assert {(s.member_id, s.value) for s in scores} == {(t.evaluator, 4), (t.chair, 2)}


def test_observers_do_not_score(at):
    ws, t = at("evaluation")
    panel.declare(ws, t.observer, interest="none")
    with pytest.raises(AccessError, match="Oz is on the panel as observer; only evaluators and the chair score"):
        evaluation.save_score(ws, t.observer, t.bids[0], t.qualitative, value=3, rationale=RATIONALE)


def test_a_member_cannot_score_another_tenders_bid(at):
    ws, t = at("evaluation")
    other = draft_tender(ws, "T2")
    with pytest.raises(NotFoundError, match="not part of this tender"):
        evaluation.save_score(ws, t.evaluator, other.bids[0], t.qualitative, value=3, rationale=RATIONALE)


def test_a_value_off_the_scale_is_refused(at):
    ws, t = at("evaluation")
    with pytest.raises(InputError, match="7 is not a point on the 0 to 5 scale"):
        evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=7, rationale=RATIONALE)


def test_quantitative_measures_are_not_scored_by_members(at):
    ws, t = at("evaluation")
    quantitative = t.measures[0]
    with pytest.raises(InputError, match="LOC-01 is quantitative"):
        evaluation.save_score(ws, t.evaluator, t.bids[0], quantitative, value=3, rationale=RATIONALE)
    assert evaluation.my_scores(ws, t.evaluator) == []


def test_submitting_needs_every_item_scored_with_a_rationale(at):
    ws, t = at("evaluation")
    evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=3, rationale="")
    with pytest.raises(InputError, match="1 item\\(s\\) have no score and 1 item\\(s\\) have no rationale"):
        evaluation.submit_scores(ws, t.evaluator)


def test_scores_are_read_only_after_submitting(at):
    ws, t = at("evaluation")
    for bid in t.bids:
        evaluation.save_score(ws, t.evaluator, bid, t.qualitative, value=3, rationale=RATIONALE)
    evaluation.submit_scores(ws, t.evaluator)
    assert evaluation.progress(ws, t.evaluator).submitted
    with pytest.raises(LifecycleError, match="You have submitted your scores; they are read-only"):
        evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=5, rationale=RATIONALE)
    assert {s.value for s in evaluation.my_scores(ws, t.evaluator)} == {3}


def test_a_withdrawn_bid_is_not_scored(at):
    ws, t = at("evaluation")
    bids.withdraw_bid(ws, t.bids[1], "Withdrew before evaluation")
    with pytest.raises(InputError, match="has withdrawn"):
        evaluation.save_score(ws, t.evaluator, t.bids[1], t.qualitative, value=3, rationale=RATIONALE)
    assert evaluation.progress(ws, t.evaluator).total == 1


# --- moderation and consensus --------------------------------------------------------------------------

@pytest.mark.parametrize("stage", ["draft", "evaluation", "scored"])
def test_consensus_only_in_moderation(at, stage):
    ws, t = at(stage)
    with pytest.raises(LifecycleError, match="Consensus scores can be recorded only during moderation"):
        moderation.record_consensus(ws, t.bids[0], t.qualitative, value=3, rationale="Agreed.")


@pytest.mark.parametrize("stage", ["draft", "moderation", "signed_off"])
def test_moderation_opens_only_from_evaluation(at, stage):
    ws, t = at(stage)
    with pytest.raises(LifecycleError, match="Moderation opens from evaluation"):
        moderation.open_moderation(ws, t.reference)


def test_consensus_is_recorded_and_revised_in_moderation(at):
    ws, t = at("moderation")
    moderation.record_consensus(ws, t.bids[0], t.qualitative, value=3, rationale="Agreed.", present=["Cal", "Ann"])
    revised, _ = moderation.record_consensus(ws, t.bids[0], t.qualitative, value=4, rationale="On reflection.")
    assert [(c.id, c.value) for c in moderation.list_consensus(ws, t.reference)] == [(revised.id, 4)]
    with ws.reading() as s:
        actions = [e.action for e in audit.history(s, tender_ref=t.reference)]
    assert actions[-2:] == ["consensus", "revise_consensus"]


def test_sign_off_waits_for_every_consensus(at):
    ws, t = at("moderation")
    with pytest.raises(LifecycleError, match="10 bid × measure item\\(s\\) have no consensus score"):
        signoff.sign(ws, t.chair, "I confirm.")


def test_only_the_chair_finalises(at):
    ws, t = at("moderation")
    with pytest.raises(LifecycleError, match="Only the panel's chair can finalise"):
        signoff.finalise(ws, t.reference, t.evaluator)


# --- nothing changes after sign-off --------------------------------------------------------------------

AFTER_SIGN_OFF = {
    "save_score": lambda ws, t: evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=1, rationale=RATIONALE),
    "submit_scores": lambda ws, t: evaluation.submit_scores(ws, t.evaluator),
    "record_consensus": lambda ws, t: moderation.record_consensus(ws, t.bids[0], t.qualitative, value=1, rationale="Changed."),
    "add_bid": lambda ws, t: bids.add_bid(ws, t.reference, identifier="LATE", legal_name="Late Ltd"),
    "update_bid": lambda ws, t: bids.update_bid(ws, t.bids[0], legal_name="Renamed Ltd"),
    "withdraw_bid": lambda ws, t: bids.withdraw_bid(ws, t.bids[0], "Changed their mind"),
    "set_response": lambda ws, t: bids.set_response(ws, t.bids[0], t.qualitative, text="rewritten"),
    "declare": lambda ws, t: panel.declare(ws, t.evaluator, interest="financial", nature="actual", details="Shares"),
    "add_member": lambda ws, t: panel.add_member(ws, t.reference, name="Late", role="evaluator"),
    "update_member": lambda ws, t: panel.update_member(ws, t.evaluator, role="chair"),
    "open_moderation": lambda ws, t: moderation.open_moderation(ws, t.reference),
    "sign": lambda ws, t: signoff.sign(ws, t.evaluator, "Again."),
}


@pytest.mark.parametrize("action", sorted(AFTER_SIGN_OFF))
def test_nothing_changes_after_sign_off(at, action):
    ws, t = at("signed_off")
    head = ws.audit_head()
    with pytest.raises(LifecycleError) as caught:
        AFTER_SIGN_OFF[action](ws, t)
    assert "signed off" in str(caught.value) or "sign-off" in str(caught.value)
    assert ws.audit_head() == head


def test_resolving_a_declaration_is_refused_after_sign_off(at):
    ws, t = at("evaluation")
    declaration, _ = panel.declare(ws, t.observer, interest="personal", nature="perceived", details="Neighbour")
    panel.resolve(ws, declaration.id, resolution="excluded", note="Steps aside")
    advance_from_evaluation_to_signed_off(ws, t)
    with pytest.raises(LifecycleError, match="Nothing can be changed after sign-off \\(resolve a declaration\\)"):
        panel.resolve(ws, declaration.id, resolution="no_action")


def advance_from_evaluation_to_signed_off(ws, t):
    for member, value in zip(t.scorers, (4, 2)):
        for bid in t.bids:
            evaluation.save_score(ws, member, bid, t.qualitative, value=value, rationale=RATIONALE)
        evaluation.submit_scores(ws, member)
    moderation.open_moderation(ws, t.reference)
    for bid in t.bids:
        for measure in t.measures:
            moderation.record_consensus(ws, bid, measure, value=3 if measure == t.qualitative else None,
                                        rationale="Agreed.")
    for member in t.scorers:
        signoff.sign(ws, member, "I confirm.")
    signoff.finalise(ws, t.reference, t.chair)


def test_signed_off_results_are_final(at):
    ws, t = at("signed_off")
    assert not results.tender_results(ws, t.reference).provisional
    ws, t = at("moderation")
    assert results.tender_results(ws, t.reference).provisional


# --- reopening -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("reason", ["", "   \n"])
def test_reopen_needs_a_reason(at, reason):
    ws, t = at("signed_off")
    with pytest.raises(LifecycleError, match="Give a reason for reopening"):
        signoff.reopen(ws, t.reference, reason)
    assert tenders.get_tender(ws, t.reference).status == lifecycle.SIGNED_OFF


@pytest.mark.parametrize("stage", ["draft", "evaluation", "moderation"])
def test_only_a_signed_off_tender_reopens(at, stage):
    ws, t = at(stage)
    with pytest.raises(LifecycleError, match="Only a signed-off tender can be reopened"):
        signoff.reopen(ws, t.reference, "Bidder complaint")


def test_reopen_returns_to_moderation_and_starts_a_new_signing_round(at):
    ws, t = at("signed_off")
    signoff.reopen(ws, t.reference, "  Bidder 1 challenged LOC-04  ")
    assert tenders.get_tender(ws, t.reference).status == lifecycle.MODERATION
    with ws.reading() as s:
        last = audit.history(s, tender_ref=t.reference)[-1]
    assert (last.action, last.note) == ("reopen", "Bidder 1 challenged LOC-04")
    # Moderation rules apply again: consensus may be revised, individual scores stay locked.
    moderation.record_consensus(ws, t.bids[0], t.qualitative, value=2, rationale="Revisited after challenge.")
    with pytest.raises(LifecycleError, match="Individual scores can be entered only during evaluation"):
        evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=1, rationale=RATIONALE)
    assert signoff.checklist(ws, t.reference).unsigned_members == ("Ann", "Cal")
    with pytest.raises(LifecycleError, match="Still to sign off: Ann, Cal"):
        signoff.finalise(ws, t.reference, t.chair)
    for member in t.scorers:
        signed, _ = signoff.sign(ws, member, "I confirm the revised result.")
        assert signed.round == 2
    signoff.finalise(ws, t.reference, t.chair)
    assert tenders.get_tender(ws, t.reference).status == lifecycle.SIGNED_OFF
    with ws.reading() as s:
        assert audit.verify(s).ok


# --- conflicts of interest -------------------------------------------------------------------------------

@pytest.fixture
def eve(at):
    """A tender in evaluation with a new evaluator, Eve, who has not declared yet."""
    ws, t = at("evaluation")
    member, _ = panel.add_member(ws, t.reference, name="Eve", role="evaluator")
    return ws, t, member.id


def test_no_declaration_means_no_scoring(eve):
    ws, t, eve_id = eve
    assert panel.visible_bids(ws, eve_id) == []
    with pytest.raises(AccessError, match="Eve must declare any conflict of interest before seeing the bids"):
        evaluation.save_score(ws, eve_id, t.bids[0], t.qualitative, value=3, rationale=RATIONALE)


def test_an_unresolved_interest_blocks_scoring_until_resolved(eve):
    ws, t, eve_id = eve
    declaration, _ = panel.declare(ws, eve_id, interest="financial", nature="potential", details="Pension fund holding")
    with pytest.raises(AccessError, match="Eve's declared interest awaits the officer's resolution"):
        evaluation.save_score(ws, eve_id, t.bids[0], t.qualitative, value=3, rationale=RATIONALE)
    assert signoff.checklist(ws, t.reference).unresolved_declarations == 1
    panel.resolve(ws, declaration.id, resolution="mitigated", note="Holding is indirect")
    evaluation.save_score(ws, eve_id, t.bids[0], t.qualitative, value=3, rationale=RATIONALE)
    assert signoff.checklist(ws, t.reference).unresolved_declarations == 0


def test_exclusion_for_one_bid_blocks_only_that_bid(eve):
    ws, t, eve_id = eve
    panel.declare(ws, eve_id, interest="none")
    declaration, _ = panel.declare(ws, eve_id, interest="personal", nature="actual", details="Sister works there",
                                   bid_id=t.bids[0])
    panel.resolve(ws, declaration.id, resolution="excluded")
    with pytest.raises(AccessError, match="Eve is excluded from this bid by a conflict of interest"):
        evaluation.save_score(ws, eve_id, t.bids[0], t.qualitative, value=3, rationale=RATIONALE)
    evaluation.save_score(ws, eve_id, t.bids[1], t.qualitative, value=3, rationale=RATIONALE)
    assert panel.visible_bids(ws, eve_id) == [t.bids[1]]
    assert evaluation.progress(ws, eve_id).total == 1


def test_exclusion_from_the_tender_blocks_every_bid(eve):
    ws, t, eve_id = eve
    declaration, _ = panel.declare(ws, eve_id, interest="professional", nature="actual", details="Advised a bidder")
    panel.resolve(ws, declaration.id, resolution="excluded")
    for bid in t.bids:
        with pytest.raises(AccessError, match="Eve is excluded from this tender"):
            evaluation.save_score(ws, eve_id, bid, t.qualitative, value=3, rationale=RATIONALE)


def test_declarations_are_superseded_never_deleted(eve):
    ws, t, eve_id = eve
    first, _ = panel.declare(ws, eve_id, interest="financial", nature="actual", details="Shares in bidder 0")
    second, _ = panel.declare(ws, eve_id, interest="financial", nature="potential", details="Shares sold last week")
    register = panel.register(ws, t.reference)
    eves = [d for d in register if d.member_id == eve_id]
    assert [(d.id, d.interest, d.superseded_by) for d in eves] == [(first.id, "financial", second.id),
                                                                    (second.id, "financial", None)]
    assert eves[0].details == "Shares in bidder 0"
    with pytest.raises(InputError, match="has been superseded"):
        panel.resolve(ws, first.id, resolution="no_action")
    panel.resolve(ws, second.id, resolution="no_action", note="Shares sold")
    evaluation.save_score(ws, eve_id, t.bids[0], t.qualitative, value=3, rationale=RATIONALE)
    with ws.reading() as s:
        actions = [e.action for e in audit.history(s) if e.entity == "declaration"]
        assert audit.verify(s).ok
    assert actions[-4:] == ["declare", "declare", "supersede", "resolve"]


def test_a_bid_declaration_does_not_supersede_the_general_one(eve):
    ws, t, eve_id = eve
    general, _ = panel.declare(ws, eve_id, interest="none")
    panel.declare(ws, eve_id, interest="personal", nature="perceived", details="Knows a director", bid_id=t.bids[1])
    assert [d.superseded_by for d in panel.register(ws, t.reference) if d.id == general.id] == [None]



def test_a_member_excluded_from_the_whole_tender_does_not_sign(tmp_path):
    from tests.helpers.workspaces import create_workspace, draft_tender

    with create_workspace(tmp_path / "x.coopeval") as ws:
        t = draft_tender(ws)
        start.start_evaluation(ws, t.reference)
        panel.declare(ws, t.chair, interest="none")
        declared, _ = panel.declare(ws, t.evaluator, interest="financial", nature="actual", details="Owns shares in a bidder")
        panel.resolve(ws, declared.id, resolution="excluded", note="Takes no part")
        for bid in t.bids:
            evaluation.save_score(ws, t.chair, bid, t.qualitative, value=3, rationale=RATIONALE)
        evaluation.submit_scores(ws, t.chair)
        moderation.open_moderation(ws, t.reference)
        assert signoff.checklist(ws, t.reference).unsigned_members == ("Cal",)
        for bid in t.bids:
            for measure in t.measures:
                moderation.record_consensus(ws, bid, measure, value=3 if measure == t.qualitative else None,
                                            rationale="Agreed by the panel.", present=["Cal"])
        signoff.sign(ws, t.chair, "I confirm.")
        signoff.finalise(ws, t.reference, t.chair)
        assert tenders.get_tender(ws, t.reference).status == "signed_off"


def test_an_excluded_member_cannot_lift_their_own_exclusion(tmp_path):
    from tests.helpers.workspaces import create_workspace, draft_tender

    with create_workspace(tmp_path / "x.coopeval") as ws:
        t = draft_tender(ws)
        start.start_evaluation(ws, t.reference)
        panel.declare(ws, t.evaluator, interest="none")
        declared, _ = panel.declare(ws, t.evaluator, interest="personal", nature="actual",
                                    details="Sister works for the bidder", bid_id=t.bids[0])
        panel.resolve(ws, declared.id, resolution="excluded")
        with pytest.raises(InputError, match="declaring no interest cannot replace it"):
            panel.declare(ws, t.evaluator, interest="none", bid_id=t.bids[0])
        assert t.bids[0] not in panel.visible_bids(ws, t.evaluator)
        changed, _ = panel.declare(ws, t.evaluator, interest="personal", nature="potential",
                                   details="Sister left the bidder last month", bid_id=t.bids[0])
        assert t.bids[0] not in panel.visible_bids(ws, t.evaluator)  # waits for the officer
        panel.resolve(ws, changed.id, resolution="no_action", note="Interest has ended")
        assert t.bids[0] in panel.visible_bids(ws, t.evaluator)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("duration_months", "twelve", "is not a whole number"),
    ("duration_months", 0, "between 1 and 600"),
    ("min_rationale_chars", "x", "is not a whole number"),
    ("contract_value_pence", -5, "between 0 and"),
])
def test_bad_tender_details_are_plain_input_errors(tmp_path, field, value, message):
    from tests.helpers.workspaces import create_workspace, draft_tender

    with create_workspace(tmp_path / "x.coopeval") as ws:
        t = draft_tender(ws)
        with pytest.raises(InputError, match=message):
            tenders.update_tender(ws, t.reference, **{field: value})
