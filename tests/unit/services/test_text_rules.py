"""Every service door that takes a user's text applies the one rule of its field
(coopeval.domain.text.FIELDS): NUL, control characters and over-long text refused, look-alike
identifiers refused, a vertical tab stored as a newline, text stored in NFC, and text stored before a
limit existed never blocking an edit of another field."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlmodel import select

from coopeval.domain import text
from coopeval.domain.numbers import InputError
from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.moderation import drafts
from coopeval.services.packs import importing as packs
from coopeval.services.panel import members as panel
from coopeval.services.setup import tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import AuditEventRow, BidRow, ConsensusRow, ScoreRow, TenderRow
from tests.helpers.workspaces import BuiltTender, raw, scale, staged_file

DECOMPOSED = "Cafe\u0301 Co\u0308op"  # "Café Coöp" typed with combining accents
Door = Callable[[Workspace, BuiltTender, str], str]  # stores the text, returns what was stored


@dataclass(frozen=True)
class Case:
    field: str  # its rule in text.FIELDS
    stage: str  # the stage the tender must be at
    door: Door


def _create(**kw: str) -> Door:
    key = next(iter(kw))

    def door(ws: Workspace, t: BuiltTender, value: str) -> str:
        details = {"reference": "T9", "title": "Meals"} | {key: value}
        tender, _ = tenders.create_tender(ws, scale=scale(), **details)
        return getattr(tender, key)
    return door


def _update_tender(key: str) -> Door:
    def door(ws: Workspace, t: BuiltTender, value: str) -> str:
        tender, _ = tenders.update_tender(ws, t.reference, **{key: value})
        return getattr(tender, key)
    return door


def _add_bid(key: str) -> Door:
    def door(ws: Workspace, t: BuiltTender, value: str) -> str:
        details = {"identifier": "NEW-1", "legal_name": "New Co-op Ltd"} | {key: value}
        bid, _ = bids.add_bid(ws, t.reference, **details)
        return getattr(bid, key)
    return door


def _update_bid(key: str) -> Door:
    def door(ws: Workspace, t: BuiltTender, value: str) -> str:
        bid, _ = bids.update_bid(ws, t.bids[0], **{key: value})
        return getattr(bid, key)
    return door


def _withdraw(ws: Workspace, t: BuiltTender, value: str) -> str:
    bids.withdraw_bid(ws, t.bids[0], value)
    return next(b.withdrawn_reason for b in bids.list_bids(ws, t.reference) if b.id == t.bids[0])


def _response(key: str) -> Door:
    def door(ws: Workspace, t: BuiltTender, value: str) -> str:
        response, _ = bids.set_response(ws, t.bids[0], t.qualitative, **{key: value})
        return getattr(response, key)
    return door


def _add_member(ws: Workspace, t: BuiltTender, value: str) -> str:
    member, _ = panel.add_member(ws, t.reference, name=value, role="evaluator")
    return member.name


def _member_email(ws: Workspace, t: BuiltTender, value: str) -> str:
    panel.update_member(ws, t.observer, email=value)
    return next(m.email for m in panel.list_members(ws, t.reference) if m.id == t.observer)


def _declare(ws: Workspace, t: BuiltTender, value: str) -> str:
    declaration, _ = panel.declare(ws, t.observer, interest="personal", nature="actual", details=value)
    return declaration.details


def _resolve(ws: Workspace, t: BuiltTender, value: str) -> str:
    declaration, _ = panel.declare(ws, t.observer, interest="personal", nature="actual", details="My cousin bids.")
    panel.resolve(ws, declaration.id, resolution="mitigated", note=value)
    return next(d.resolution_note for d in panel.register(ws, t.reference) if d.id == declaration.id)


def _score(key: str) -> Door:
    def door(ws: Workspace, t: BuiltTender, value: str) -> str:
        extra = {"abstain": True} if key == "abstain_reason" else {"value": 3}
        score, _ = evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, **extra, **{key: value})
        return getattr(score, key)
    return door


def _consensus(ws: Workspace, t: BuiltTender, value: str) -> str:
    row, _ = moderation.record_consensus(ws, t.bids[0], t.qualitative, value=3, rationale=value)
    return row.rationale


def _quantity_reason(ws: Workspace, t: BuiltTender, value: str) -> str:
    row, _ = moderation.record_consensus(ws, t.bids[0], t.measures[0], rationale="Over-claimed.",
                                         accepted_quantity="1", quantity_reason=value)
    return row.quantity_reason


def _accept(ws: Workspace, t: BuiltTender, value: str) -> str:
    moderation.accept_commitments(ws, [(t.bids[0], t.measures[0])], rationale=value)
    return next(c.rationale for c in moderation.list_consensus(ws, t.reference))


def _withdraw_draft(ws: Workspace, t: BuiltTender, value: str) -> str:
    with ws.reading() as session:
        draft = session.exec(select(ScoreRow).where(ScoreRow.status == "draft")).first()
        assert draft is not None and draft.id is not None
        score_id, member_id = draft.id, draft.member_id
    drafts.withdraw_drafts(ws, [score_id], member_id=member_id, reason=value)
    with ws.reading() as session:
        event = session.exec(select(AuditEventRow).where(AuditEventRow.action == "withdraw_draft")).one()
        return event.note or ""


def _sign(ws: Workspace, t: BuiltTender, value: str) -> str:
    for bid in t.bids:
        for measure in t.measures:
            moderation.record_consensus(ws, bid, measure, value=3 if measure == t.qualitative else None,
                                        rationale="Agreed.")
    signed, _ = signoff.sign(ws, t.evaluator, value)
    return signed.statement


CASES = {
    "create tender reference": Case("tender.reference", "draft", _create(reference="")),
    "create tender title": Case("tender.title", "draft", _create(title="")),
    "create tender authority": Case("tender.authority", "draft", _create(authority="")),
    "create tender description": Case("tender.description", "draft", _create(description="")),
    "edit tender title": Case("tender.title", "draft", _update_tender("title")),
    "edit tender authority": Case("tender.authority", "draft", _update_tender("authority")),
    "edit tender description": Case("tender.description", "draft", _update_tender("description")),
    "add bid identifier": Case("bid.identifier", "draft", _add_bid("identifier")),
    "add bid legal name": Case("bid.legal_name", "draft", _add_bid("legal_name")),
    "add bid trading name": Case("bid.trading_name", "draft", _add_bid("trading_name")),
    "add bid email": Case("bid.email", "draft", _add_bid("email")),
    "edit bid identifier": Case("bid.identifier", "draft", _update_bid("identifier")),
    "edit bid address": Case("bid.address", "draft", _update_bid("address")),
    "edit bid trading name": Case("bid.trading_name", "draft", _update_bid("trading_name")),
    "withdraw bid": Case("bid.withdrawn_reason", "draft", _withdraw),
    "response text": Case("response.text", "draft", _response("text")),
    "response page references": Case("response.page_refs", "draft", _response("page_refs")),
    "member name": Case("member.name", "draft", _add_member),
    "member email": Case("member.email", "draft", _member_email),
    "declaration details": Case("declaration.details", "evaluation", _declare),
    "resolution note": Case("declaration.resolution_note", "evaluation", _resolve),
    "score rationale": Case("score.rationale", "evaluation", _score("rationale")),
    "abstain reason": Case("score.abstain_reason", "evaluation", _score("abstain_reason")),
    "evidence references": Case("score.evidence_refs", "evaluation", _score("evidence_refs")),
    "consensus rationale": Case("consensus.rationale", "moderation", _consensus),
    "consensus quantity reason": Case("consensus.quantity_reason", "moderation", _quantity_reason),
    "accept commitments": Case("consensus.rationale", "moderation", _accept),
    "withdraw draft": Case("draft.withdraw_reason", "draft-at-moderation", _withdraw_draft),
    "sign-off statement": Case("signoff.statement", "moderation", _sign),
}
IDENTIFIERS = [name for name, case in CASES.items() if text.FIELDS[case.field].kind == "identifier"]
MULTILINE = [name for name, case in CASES.items() if text.FIELDS[case.field].kind == "multiline"]
ONE_LINE = [name for name, case in CASES.items() if text.FIELDS[case.field].kind != "multiline"]


@pytest.fixture
def opened(tmp_path_factory, tmp_path):
    """open(stage) -> (workspace, tender) on a fresh copy of the staged workspace."""
    made: list[Workspace] = []

    def open_at(stage: str) -> tuple[Workspace, BuiltTender]:
        path = tmp_path / f"{stage}.coopeval"
        t = staged_file(tmp_path_factory, path, "evaluation" if stage == "draft-at-moderation" else stage)
        ws = Workspace.open(path, actor="officer")
        made.append(ws)
        if stage == "draft-at-moderation":  # the chair leaves a draft when moderation opens
            evaluation.save_score(ws, t.chair, t.bids[0], t.qualitative, value=2, rationale="Thin evidence.")
            moderation.open_moderation(ws, t.reference)
        return ws, t

    yield open_at
    for ws in made:
        ws.close()


def _refused(opened, name: str, value: str) -> str:
    case = CASES[name]
    ws, t = opened(case.stage)
    with pytest.raises(InputError) as caught:
        case.door(ws, t, value)
    return str(caught.value)


@pytest.mark.parametrize("name", list(CASES))
def test_nul_is_refused_naming_where(opened, name):
    message = _refused(opened, name, "Good\x00text")
    assert "NUL character at character 5" in message


@pytest.mark.parametrize("name", list(CASES))
def test_control_characters_are_refused(opened, name):
    assert "control character (U+001B" in _refused(opened, name, "Good\x1b[31mtext")


@pytest.mark.parametrize("name", list(CASES))
def test_text_over_the_fields_limit_is_refused(opened, name):
    limit = text.FIELDS[CASES[name].field].limit
    message = _refused(opened, name, "x" * (limit + 1))
    assert f"is too long ({limit + 1:,} characters; at most {limit:,})" in message


@pytest.mark.parametrize("name", IDENTIFIERS)
@pytest.mark.parametrize("look_alike", ["\u200b", "\u202e", "\u00a0", "\u2011"])
def test_look_alike_identifiers_are_refused(opened, name, look_alike):
    message = _refused(opened, name, f"AB{look_alike}12")
    assert "at character 3" in message


@pytest.mark.parametrize("name", MULTILINE)
def test_vertical_tab_is_stored_as_newline(opened, name):
    case = CASES[name]
    ws, t = opened(case.stage)
    assert case.door(ws, t, "Pasted\vfrom Word\fand PowerPoint") == "Pasted\nfrom Word\nand PowerPoint"


@pytest.mark.parametrize("name", ONE_LINE)
def test_a_vertical_tab_in_a_one_line_field_is_refused(opened, name):
    assert "must be one line" in _refused(opened, name, "Two\vlines")


@pytest.mark.parametrize("name", list(CASES))
def test_text_is_stored_in_nfc(opened, name):
    case = CASES[name]
    ws, t = opened(case.stage)
    value = DECOMPOSED.replace(" ", "-") if text.FIELDS[case.field].kind == "identifier" else DECOMPOSED
    if case.field.endswith(".email"):
        value = value.replace(" ", ".") + "@vale.coop"
    stored = case.door(ws, t, value)
    assert stored == unicodedata.normalize("NFC", value) != value


def test_the_pack_reason_follows_its_rule(tmp_path):
    """The reason for preferring a pack's scores is checked before the pack is even read."""
    with Workspace.create(tmp_path / "w.coopeval", actor="officer") as ws:
        with pytest.raises(InputError, match="NUL character"):
            packs.import_pack(ws, tmp_path / "absent.coopeval-pack", passphrase="x", prefer="pack", reason="Late\x00")
        with pytest.raises(InputError, match="is too long"):
            packs.import_pack(ws, tmp_path / "absent.coopeval-pack", passphrase="x", prefer="pack",
                              reason="x" * (text.FIELDS["pack.reason"].limit + 1))


# Text stored before a limit existed stays readable, and editing another field is not blocked by it.

def _store(path, table: str, column: str, row_id: int, value: str) -> None:
    with raw(path) as connection:
        connection.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))


def test_old_over_long_tender_title_does_not_block_editing_the_authority(tmp_path_factory, tmp_path):
    path = tmp_path / "old.coopeval"
    t = staged_file(tmp_path_factory, path, "draft")
    old_title = "An old title " * 40  # 520 characters; the limit is now 300
    _store(path, TenderRow.__tablename__, "title", t.id, old_title)
    with Workspace.open(path, actor="officer") as ws:
        # the set-up form sends back the stored title unchanged with the new authority
        tender, _ = tenders.update_tender(ws, t.reference, title=old_title, authority="Vale Council")
        assert (tender.title, tender.authority) == (old_title, "Vale Council")
        with pytest.raises(InputError, match="Tender title is too long"):
            tenders.update_tender(ws, t.reference, title=old_title + "!")


def test_old_over_long_legal_name_does_not_block_editing_the_email(tmp_path_factory, tmp_path):
    path = tmp_path / "old.coopeval"
    t = staged_file(tmp_path_factory, path, "draft")
    old_name = "Vale Workers " * 30  # 390 characters; the limit is now 300
    _store(path, BidRow.__tablename__, "legal_name", t.bids[0], old_name)
    with Workspace.open(path, actor="officer") as ws:
        form = {"identifier": "IP000", "legal_name": old_name, "trading_name": "", "email": "bids@vale.coop",
                "address": "", "received_on": ""}
        bid, _ = bids.update_bid(ws, t.bids[0], **form)
        assert (bid.legal_name, bid.email) == (old_name, "bids@vale.coop")


def test_old_over_long_rationale_does_not_block_revising_the_score(tmp_path_factory, tmp_path):
    path = tmp_path / "old.coopeval"
    t = staged_file(tmp_path_factory, path, "signed_off")
    old = "Long reasons. " * 800  # 11,200 characters; the limit is now 10,000
    with Workspace.open(path, actor="officer") as ws, ws.reading() as session:
        consensus = session.exec(select(ConsensusRow).where(ConsensusRow.bid_id == t.bids[0],
                                                            ConsensusRow.measure_id == t.qualitative)).one()
        consensus_id = consensus.id
    _store(path, ConsensusRow.__tablename__, "rationale", consensus_id, old)
    _store(path, TenderRow.__tablename__, "status", t.id, "moderation")  # reopened
    with Workspace.open(path, actor="officer") as ws:
        row, _ = moderation.record_consensus(ws, t.bids[0], t.qualitative, value=4, rationale=old)
        assert (row.value, row.rationale) == (4, old)
        with pytest.raises(InputError, match="too long"):
            moderation.record_consensus(ws, t.bids[0], t.qualitative, value=4, rationale=old + "More.")


def test_a_spreadsheet_proxy_of_1e400_is_refused(tmp_path):
    """The spreadsheet door builds a framework through the same checks: 1e400 is a finite Decimal
    but no sane £ value per unit."""
    from coopeval.domain.errors import InvalidFileError
    from coopeval.services.setup.table_import import import_table

    source = tmp_path / "measures.csv"
    source.write_text("Theme,Outcome,Code,Measure,Unit,Proxy value\nWaste,Less landfill,W-01,Widgets,count,1e400\n",
                      encoding="utf-8")
    with pytest.raises(InvalidFileError) as caught:
        import_table(source, tmp_path / "out.toml", licence="Vale's own", source="Vale table")
    assert any("must be a finite number between" in str(p) for p in caught.value.problems)
    assert not (tmp_path / "out.toml").exists()
