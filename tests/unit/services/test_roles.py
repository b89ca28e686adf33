"""Roles are enforced in the services, not only in the windows: each role's refusals and
permissions, blind scoring, hidden provisional results, sign-off by the member in person, and
audit events naming the person beside the computer account.

The people sign in through the real services with real passphrases: Olive (the workspace officer,
not on the panel), Cal (chair), Ann (evaluator), Oz (observer), Pat (known to the workspace, on no
panel, no role), and nobody at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from coopeval.domain.errors import CoopEvalError
from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.identity import people, sessions
from coopeval.services.identity.guard import NotPermittedError, NotSignedInError
from coopeval.services.identity.people import IdentityError
from coopeval.services.interchange import tender_json as interchange
from coopeval.services.maintenance.audit import audit_log_lines
from coopeval.services.moderation import consensus as moderation
from coopeval.services.moderation import drafts
from coopeval.services.panel import members as panel
from coopeval.services.reports.data import report_data
from coopeval.services.results.compute import ResultsHiddenError, tender_results
from coopeval.services.results.view import results_display
from coopeval.services.setup import start, tenders, weights
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import AuditEventRow
from tests.helpers.workspaces import BuiltTender, copy_workspace, scale, staged_file

pytestmark = pytest.mark.identity

ACCOUNT = "shared-laptop"
PASSPHRASES = {"Olive": "olive tree lantern", "Cal": "calm harbour kettle", "Ann": "anchor maple violin",
               "Oz": "ozone pebble garden", "Pat": "patio cobalt rain"}
ROLES = ("officer", "chair", "evaluator", "observer", "outsider", "nobody")
PERSON = {"officer": "Olive", "chair": "Cal", "evaluator": "Ann", "observer": "Oz", "outsider": "Pat", "nobody": None}
WHY = "Agreed by the panel after discussing the evidence."


def _with_people(source: Path, target: Path) -> None:
    """The staged file, with its people given passphrases: a template for this module's tests."""
    copy_workspace(source, target)
    with Workspace.open(target, actor=ACCOUNT) as ws:
        ws.person = None  # built by the test stand-in; from here on, real people
        people.create_first_officer(ws, name="Olive", passphrase=PASSPHRASES["Olive"])
        people.add_person(ws, name="Pat")
        for name in ("Pat", "Ann", "Cal", "Oz"):
            people.set_passphrase(ws, name, PASSPHRASES[name])  # the first time, as each would


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, BuiltTender]]:
    """Every stage, built once for the module (module fixtures are built by the test stand-in)."""
    made = {}
    for stage_name in ("draft", "evaluation", "scored", "moderation", "signed_off"):
        folder = tmp_path_factory.mktemp(f"roles-{stage_name}")
        built = staged_file(tmp_path_factory, folder / "staged.coopeval", stage_name)
        _with_people(folder / "staged.coopeval", folder / "people.coopeval")
        made[stage_name] = folder / "people.coopeval", built
    return made


class Panel:
    """One test's workspace and a way to act as each role (each signs in once, for real)."""

    def __init__(self, ws: Workspace, t: BuiltTender):
        self.ws, self.t = ws, t
        self._actors: dict[str, Any] = {}

    def act_as(self, role: str) -> Workspace:
        name = PERSON[role]
        if name is None:
            sessions.sign_out(self.ws)
        elif name in self._actors:
            self.ws.person = self._actors[name]  # remembered for the session, as the app does
        else:
            sessions.sign_in(self.ws, name, PASSPHRASES[name])
            self._actors[name] = self.ws.person
        return self.ws


@pytest.fixture
def stage(templates, tmp_path: Path) -> Iterator[Callable[[str], Panel]]:
    opened: list[Workspace] = []

    def at(stage_name: str) -> Panel:
        template, built = templates[stage_name]
        path = tmp_path / f"{stage_name}.coopeval"
        copy_workspace(template, path)
        ws = Workspace.open(path, actor=ACCOUNT)
        opened.append(ws)
        assert ws.person is None  # an identity test: nobody is signed in to begin with
        return Panel(ws, built)

    yield at
    for ws in opened:
        ws.close()


# --- the table: who may take each action --------------------------------------------------------------

# (action, stage, the roles allowed, the call). A refused call raises NotPermittedError (or
# NotSignedInError for nobody) naming who may act; an allowed one is not refused for its role
# (it may still be refused for another reason, e.g. a sign-off before the checklist is done).
ACTIONS: list[tuple[str, str, set[str], Callable[[Workspace, BuiltTender], object]]] = [
    ("create a tender", "draft", {"officer"},
     lambda ws, t: tenders.create_tender(ws, reference="NEW-1", title="New tender", scale=scale())),
    ("edit the set-up", "draft", {"officer"}, lambda ws, t: tenders.update_tender(ws, t.reference, title="Renamed")),
    ("set a measure", "draft", {"officer"}, lambda ws, t: tenders.set_measure(ws, t.measures[0], weight="25")),
    ("remove a measure", "draft", {"officer"}, lambda ws, t: tenders.remove_measure(ws, t.measures[-1])),
    ("share the weights", "draft", {"officer"}, lambda ws, t: weights.share_weights_equally(ws, t.reference)),
    ("start evaluation", "draft", {"officer"}, lambda ws, t: start.start_evaluation(ws, t.reference)),
    ("add a bid", "draft", {"officer"},
     lambda ws, t: bids.add_bid(ws, t.reference, identifier="NEW", legal_name="New Co-op Ltd")),
    ("edit a bid", "draft", {"officer"}, lambda ws, t: bids.update_bid(ws, t.bids[0], legal_name="Renamed Ltd")),
    ("set a response", "draft", {"officer"},
     lambda ws, t: bids.set_response(ws, t.bids[0], t.qualitative, text="A changed response")),
    ("withdraw a bid", "evaluation", {"officer"}, lambda ws, t: bids.withdraw_bid(ws, t.bids[1], "Bidder withdrew.")),
    ("add a member", "draft", {"officer"}, lambda ws, t: panel.add_member(ws, t.reference, name="Dee", role="evaluator")),
    ("edit a member", "draft", {"officer"}, lambda ws, t: panel.update_member(ws, t.observer, email="oz@vale.example")),
    ("declare (own seat)", "evaluation", {"evaluator"},
     lambda ws, t: panel.declare(ws, t.evaluator, interest="personal", nature="perceived", details="A neighbour.")),
    ("save a score (own seat)", "evaluation", {"evaluator"},
     lambda ws, t: evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=3, rationale="Clear.")),
    ("abstain (own seat)", "evaluation", {"evaluator"},
     lambda ws, t: evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, abstain=True,
                                         abstain_reason="I know the bidder.", rationale="Abstained.")),
    ("submit scores (own seat)", "evaluation", {"evaluator"}, lambda ws, t: evaluation.submit_scores(ws, t.evaluator)),
    ("open moderation", "scored", {"officer"}, lambda ws, t: moderation.open_moderation(ws, t.reference)),
    ("record a consensus", "moderation", {"chair"},
     lambda ws, t: moderation.record_consensus(ws, t.bids[0], t.qualitative, value=3, rationale=WHY)),
    ("accept commitments", "moderation", {"chair"},
     lambda ws, t: moderation.accept_commitments(ws, [(t.bids[0], t.measures[0])], rationale=WHY)),
    ("finalise", "moderation", {"chair"}, lambda ws, t: signoff.finalise(ws, t.reference, t.chair)),
    ("reopen", "signed_off", {"officer"}, lambda ws, t: signoff.reopen(ws, t.reference, "A quantity was mistyped.")),
    ("report or export", "moderation", {"officer"}, lambda ws, t: report_data(ws, t.reference)),
    ("export tender JSON", "moderation", {"officer"}, lambda ws, t: interchange.export_tender(ws, t.reference)),
]


@pytest.mark.parametrize(("action", "stage_name", "allowed", "call"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_each_role_is_refused_or_allowed_as_the_table_says(stage, action, stage_name, allowed, call):
    p = stage(stage_name)
    for role in ROLES:
        if role in allowed:
            continue
        with pytest.raises((NotPermittedError, NotSignedInError)) as refused:
            call(p.act_as(role), p.t)
        message = str(refused.value)
        if role == "nobody":
            assert isinstance(refused.value, NotSignedInError) and "Sign in first" in message
        else:
            assert message.startswith("Only ") and PERSON[role] in message, (role, message)
    for role in allowed:
        try:
            call(p.act_as(role), p.t)
        except (NotPermittedError, NotSignedInError) as exc:  # pragma: no cover - the failure being tested
            pytest.fail(f"{role} was refused {action}: {exc}")
        except CoopEvalError as exc:  # allowed, but not ready (e.g. the checklist is not done)
            assert action in ("finalise", "submit scores (own seat)"), (action, exc)


def test_a_refusal_says_who_may_act(stage):
    p = stage("draft")
    with pytest.raises(NotPermittedError, match=r"Only an officer may change the tender's set-up on T1; "
                                                r"you are signed in as Cal \(chair on this panel\)"):
        tenders.update_tender(p.act_as("chair"), p.t.reference, title="Renamed")
    with pytest.raises(NotPermittedError, match=r"Only a workspace officer may create a tender; you are signed in "
                                                r"as Pat\."):
        tenders.create_tender(p.act_as("outsider"), reference="X", title="X", scale=scale())


def test_the_chair_cannot_score_or_declare_for_an_evaluator(stage):
    p = stage("evaluation")
    ws = p.act_as("chair")
    with pytest.raises(NotPermittedError, match="Only Ann may score bids as Ann; you are signed in as Cal. Ann must"):
        evaluation.save_score(ws, p.t.evaluator, p.t.bids[0], p.t.qualitative, value=5, rationale="Changed by Cal.")
    with pytest.raises(NotPermittedError, match="Only Ann may declare interests as Ann"):
        panel.declare(ws, p.t.evaluator, interest="none")
    evaluation.save_score(ws, p.t.chair, p.t.bids[0], p.t.qualitative, value=2, rationale="Cal's own view.")


def test_resolving_a_declaration_is_for_an_officer(stage):
    p = stage("evaluation")
    declared, _ = panel.declare(p.act_as("observer"), p.t.observer, interest="financial", nature="actual",
                                details="Holds shares in a bidder.")
    for role in ("chair", "evaluator", "observer", "outsider"):
        with pytest.raises(NotPermittedError, match="Only an officer may resolve declarations"):
            panel.resolve(p.act_as(role), declared.id, resolution="excluded")
    panel.resolve(p.act_as("officer"), declared.id, resolution="excluded", note="Kept out of this tender.")
    [row] = [d for d in panel.register(p.ws, p.t.reference) if d.id == declared.id]
    assert (row.resolution, row.resolved_by) == ("excluded", "Olive")  # the person, not the account


def test_importing_a_tender_is_for_a_workspace_officer(stage, tmp_path):
    p = stage("moderation")
    document = interchange.export_tender(p.act_as("officer"), p.t.reference)
    document["tender"]["reference"] = "T1-COPY"
    for role in ("chair", "evaluator", "observer", "outsider"):
        with pytest.raises(NotPermittedError, match="Only a workspace officer may create a tender"):
            interchange.import_tender(p.act_as(role), document)
    view, _ = interchange.import_tender(p.act_as("officer"), document)
    seats = panel.list_members(p.ws, view.reference)
    originals = {m.name: m for m in panel.list_members(p.ws, p.t.reference)}
    # imported seats belong to the same people as the seats they were copied from
    with p.ws.reading() as session:
        from coopeval.storage.tables import MemberRow

        person_of = {m.id: m.person_id for m in session.exec(select(MemberRow))}
    assert seats and all(person_of[m.id] == person_of[originals[m.name].id] is not None for m in seats)


# --- blind scoring ---------------------------------------------------------------------------------------------

def test_a_member_cannot_read_another_members_scores(stage):
    p = stage("scored")  # Ann and Cal have scored and submitted; the tender is still in evaluation
    ann_scores = evaluation.my_scores(p.act_as("evaluator"), p.t.evaluator)
    assert ann_scores and all(s.member_id == p.t.evaluator for s in ann_scores)
    assert scoring_items.scoring_sheet(p.ws, p.t.evaluator).items
    for role in ("officer", "chair", "observer", "outsider"):
        ws = p.act_as(role)
        with pytest.raises(NotPermittedError, match="Scoring is blind until moderation opens: only Ann may see"):
            evaluation.my_scores(ws, p.t.evaluator)
        with pytest.raises(NotPermittedError, match="only Ann may see"):
            scoring_items.scoring_sheet(ws, p.t.evaluator)
        with pytest.raises(CoopEvalError, match="blind"):
            evaluation.all_scores(ws, p.t.reference)
    with pytest.raises(NotSignedInError):
        evaluation.my_scores(p.act_as("nobody"), p.t.evaluator)


def test_once_moderation_opens_the_panel_and_officers_see_the_scores(stage):
    p = stage("moderation")
    for role in ("officer", "chair", "evaluator", "observer"):
        ws = p.act_as(role)
        assert {s.member_id for s in evaluation.all_scores(ws, p.t.reference)} == {p.t.evaluator, p.t.chair}
        assert evaluation.my_scores(ws, p.t.evaluator)
        drafts.pending_drafts(ws, p.t.reference)
    for role in ("outsider",):
        with pytest.raises(NotPermittedError, match="Only a member of the tender's panel or an officer may see"):
            evaluation.all_scores(p.act_as(role), p.t.reference)
        with pytest.raises(NotPermittedError):
            evaluation.my_scores(p.ws, p.t.evaluator)
    with pytest.raises(NotSignedInError):
        evaluation.all_scores(p.act_as("nobody"), p.t.reference)


def test_results_are_hidden_during_evaluation_and_shown_once_moderation_opens(stage):
    p = stage("scored")
    for role in ROLES:  # nobody at all, not even the officer
        ws = p.act_as(role)
        with pytest.raises(ResultsHiddenError, match="Results are hidden until moderation opens, so no one can "
                                                     "infer individual scores"):
            tender_results(ws, p.t.reference)
        with pytest.raises(ResultsHiddenError):
            results_display(ws, p.t.reference)
    with pytest.raises(CoopEvalError, match="once moderation has opened"):
        report_data(p.act_as("officer"), p.t.reference)  # reports and exports refuse too
    moderation.open_moderation(p.act_as("officer"), p.t.reference)
    shown = tender_results(p.act_as("nobody"), p.t.reference)  # read-only: no sign-in needed once shown
    assert shown.provisional and [b.bid_id for b in shown.results.bids]


def test_the_audit_log_hides_score_content_until_moderation_opens(stage):
    p = stage("scored")
    lines = list(audit_log_lines(p.ws, p.t.reference))
    score_lines = [n for n, line in enumerate(lines) if " score " in line and line.lstrip()[0].isdigit()]
    assert score_lines
    for n in score_lines:
        assert lines[n + 1].strip() == "[hidden until moderation opens]"
    assert not any("Specific commitments with evidence" in line for line in lines)
    moderation.open_moderation(p.act_as("officer"), p.t.reference)
    assert any("Specific commitments with evidence" in line for line in audit_log_lines(p.ws, p.t.reference))


# --- sign-off by the member in person ------------------------------------------------------------------------------

def _agree_everything(p: Panel) -> None:
    ws = p.act_as("chair")
    for bid in p.t.bids:
        for measure in p.t.measures:
            value = 3 if measure == p.t.qualitative else None
            moderation.record_consensus(ws, bid, measure, value=value, rationale=WHY, present=["Ann", "Cal"])


def test_signing_off_needs_the_members_own_passphrase(stage):
    p = stage("moderation")
    _agree_everything(p)
    statement = "I confirm the evaluation was fair."
    ws = p.act_as("evaluator")
    with pytest.raises(IdentityError, match="That passphrase is not right for Ann"):
        signoff.sign(ws, p.t.evaluator, statement, passphrase=PASSPHRASES["Cal"])
    with pytest.raises(IdentityError, match="passphrase again"):
        signoff.sign(ws, p.t.evaluator, statement)
    assert signoff.list_signoffs(p.ws, p.t.reference) == []
    ws = p.act_as("chair")  # the chair, with the chair's own passphrase, still cannot sign as Ann
    with pytest.raises(NotPermittedError, match="Only Ann may sign off as Ann"):
        signoff.sign(ws, p.t.evaluator, statement, passphrase=PASSPHRASES["Cal"])
    view, _ = signoff.sign(p.act_as("evaluator"), p.t.evaluator, statement, passphrase=PASSPHRASES["Ann"])
    assert view.member_id == p.t.evaluator
    signoff.sign(p.act_as("chair"), p.t.chair, statement, passphrase=PASSPHRASES["Cal"])
    signoff.finalise(p.ws, p.t.reference, p.t.chair)
    assert tenders.get_tender(p.ws, p.t.reference).status == "signed_off"


def test_audit_events_carry_the_person_and_the_account(stage):
    p = stage("moderation")
    _agree_everything(p)
    signoff.sign(p.act_as("evaluator"), p.t.evaluator, "I confirm.", passphrase=PASSPHRASES["Ann"])
    with p.ws.reading() as session:
        consensus = session.exec(select(AuditEventRow).where(AuditEventRow.entity == "consensus")).first()
        signed = session.exec(select(AuditEventRow).where(AuditEventRow.action == "sign")
                              .order_by(col(AuditEventRow.seq).desc())).first()
    assert consensus is not None and (consensus.person, consensus.actor) == ("Cal", ACCOUNT)
    assert json.loads(consensus.after)["recorded_by"] == "Cal"
    assert signed is not None and (signed.person, signed.actor) == ("Ann", ACCOUNT)
    assert any("Ann (account shared-laptop)" in line and " sign " in line for line in audit_log_lines(p.ws))
