"""The identity spine: the first officer and the recovery code, passphrases set and reset, the pause
after wrong passphrases, names unique ignoring case, and no secret ever in the audit log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import select

from coopeval.domain.numbers import InputError
from coopeval.services.identity import people, secrets, sessions
from coopeval.services.identity.guard import NotPermittedError
from coopeval.services.identity.people import RECOVERY_KEY, IdentityError
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import AuditEventRow, MetaRow, PersonRow

pytestmark = pytest.mark.identity

OLIVE, ANN, PAT = "olive tree lantern", "anchor maple violin", "patio cobalt rain"


@pytest.fixture
def ws(tmp_path: Path):
    with Workspace.create(tmp_path / "people.coopeval", actor="shared-laptop") as workspace:
        assert workspace.person is None
        yield workspace


def _file_text(ws: Workspace) -> str:
    with ws.reading() as session:
        rows = [*session.exec(select(AuditEventRow)), *session.exec(select(MetaRow)), *session.exec(select(PersonRow))]
    return "\n".join(repr(r) for r in rows)


def test_the_first_officer_gets_a_recovery_code_whose_hash_alone_is_kept(ws):
    view, code, _ = people.create_first_officer(ws, name="Olive", passphrase=OLIVE)
    assert view.is_officer and ws.person is not None and ws.person.name == "Olive"
    with ws.reading() as session:
        stored = session.get(MetaRow, RECOVERY_KEY)
    assert stored is not None and code not in stored.value and secrets.normal_code(code) not in stored.value
    assert secrets.check_secret(stored.value, secrets.normal_code(code))
    assert code not in _file_text(ws) and OLIVE not in _file_text(ws)
    with pytest.raises(IdentityError, match="already has an officer"):
        people.create_first_officer(ws, name="Mallory", passphrase="mallory takes over")


def test_the_recovery_code_resets_the_officers_passphrase_once_and_gives_a_new_code(ws):
    _, code, _ = people.create_first_officer(ws, name="Olive", passphrase=OLIVE)
    sessions.sign_out(ws)
    _, new_code, _ = people.recover(ws, "Olive", code, "olive new lantern")
    assert new_code != code and ws.person is not None and ws.person.name == "Olive"
    with pytest.raises(IdentityError, match="not right"):
        sessions.sign_in(ws, "Olive", OLIVE)  # the old passphrase stopped working
    sessions.sign_in(ws, "Olive", "olive new lantern")
    with pytest.raises(IdentityError, match="recovery code is not right"):
        people.recover(ws, "Olive", code, "olive third lantern")  # spent
    people.recover(ws, "Olive", new_code, "olive third lantern")


def test_an_officer_resets_a_passphrase_without_learning_the_new_one(ws):
    people.create_first_officer(ws, name="Olive", passphrase=OLIVE)
    people.add_person(ws, name="Ann")
    people.set_passphrase(ws, "Ann", ANN)  # the first time: Ann chooses it
    sessions.sign_in(ws, "Olive", OLIVE)
    one_time, _ = people.issue_reset_code(ws, "Ann")
    with pytest.raises(IdentityError, match="was reset"):
        sessions.sign_in(ws, "Ann", ANN)  # the old passphrase stops working
    with pytest.raises(IdentityError, match="one-time code is not right"):
        people.set_passphrase(ws, "Ann", "ann chooses anew", code="WRONG-CODE")
    people.set_passphrase(ws, "Ann", "ann chooses anew", code=one_time)
    sessions.sign_in(ws, "Ann", "ann chooses anew")
    text = _file_text(ws)
    assert "ann chooses anew" not in text and ANN not in text and one_time not in text
    with ws.reading() as session:
        reset = session.exec(select(AuditEventRow).where(AuditEventRow.action == "reset_passphrase")).one()
    assert (reset.person, reset.actor) == ("Olive", "shared-laptop")


def test_only_an_officer_resets_or_adds_people(ws):
    people.create_first_officer(ws, name="Olive", passphrase=OLIVE)
    people.add_person(ws, name="Ann")
    people.set_passphrase(ws, "Ann", ANN)
    with pytest.raises(NotPermittedError, match="Only a workspace officer may add people"):
        people.issue_reset_code(ws, "Olive")
    with pytest.raises(NotPermittedError):
        people.add_person(ws, name="Pat")


def test_changing_ones_passphrase_needs_the_current_one(ws):
    people.create_first_officer(ws, name="Olive", passphrase=OLIVE)
    with pytest.raises(IdentityError, match="current passphrase is not right"):
        people.set_passphrase(ws, "Olive", "olive new lantern", current="guessing wrongly")
    people.set_passphrase(ws, "Olive", "olive new lantern", current=OLIVE)
    with pytest.raises(IdentityError):
        sessions.sign_in(ws, "Olive", OLIVE)


def test_wrong_passphrases_pause_signing_in(ws, monkeypatch: pytest.MonkeyPatch):
    people.create_first_officer(ws, name="Olive", passphrase=OLIVE)
    now = [dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)]
    monkeypatch.setattr(sessions, "_now", lambda: now[0])
    for _ in range(5):
        with pytest.raises(IdentityError, match="not right"):
            sessions.sign_in(ws, "Olive", "a wrong guess here")
    with pytest.raises(IdentityError, match="Too many wrong passphrases for Olive: wait 6[01] seconds"):
        sessions.sign_in(ws, "Olive", OLIVE)  # paused, even with the right passphrase
    now[0] += dt.timedelta(seconds=61)
    sessions.sign_in(ws, "Olive", OLIVE)
    assert ws.person is not None and ws.person.name == "Olive"


def test_names_are_unique_ignoring_case(ws):
    people.create_first_officer(ws, name="Olive", passphrase=OLIVE)
    people.add_person(ws, name="Ann Jones")
    with pytest.raises(InputError, match="already known"):
        people.add_person(ws, name="ANN JONES")
    assert people.person(ws, "ann jones").name == "Ann Jones"


def test_no_secret_reaches_the_audit_log(ws):
    people.create_first_officer(ws, name="Olive", passphrase=OLIVE)
    people.add_person(ws, name="Pat")
    people.set_passphrase(ws, "Pat", PAT)
    with ws.reading() as session:
        row = people.named(session, "Pat")
        hashes = [row.passphrase_hash, row.private_key]
        events = list(session.exec(select(AuditEventRow).where(AuditEventRow.entity == "person")))
        snapshot = row.snapshot()
    assert all(h for h in hashes)
    logged = "\n".join(f"{e.before} {e.after} {e.note}" for e in events)
    for secret in (PAT, OLIVE, *hashes):
        assert secret not in logged
    assert snapshot["passphrase_hash"].startswith("sha256:") and snapshot["private_key"].startswith("sha256:")
