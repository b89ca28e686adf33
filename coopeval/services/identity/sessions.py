"""Signing in and out. The services act for the person signed in on the open workspace
(`Workspace.person`); signing in checks the passphrase against its Argon2id hash, and wrong
passphrases pause signing in for that person (`identity.pause_seconds`). The pause is stored in the
workspace, so closing and reopening the app does not lift it; a workspace open read-only keeps the
count in memory for the session.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from coopeval.domain import identity
from coopeval.i18n import _
from coopeval.services.identity import secrets
from coopeval.services.identity.people import IdentityError, PersonView, actor_of, named, view
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import PersonRow, SignInRow

_MEMORY: dict[tuple[str, int], SignInRow] = {}  # read-only workspaces: (path, person id) -> attempts


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _state(ws: Workspace | None, session: Session | None, row: PersonRow) -> SignInRow:
    assert row.id is not None
    if session is None:
        assert ws is not None
        return _MEMORY.setdefault((str(ws.path), row.id), SignInRow(person_id=row.id))
    return session.get(SignInRow, row.id) or SignInRow(person_id=row.id)


def check_throttle(ws: Workspace, session: Session | None, row: PersonRow) -> None:
    state = _state(ws, session, row)
    if state.paused_until:
        until = dt.datetime.fromisoformat(state.paused_until.replace("Z", "+00:00"))
        wait = (until - _now()).total_seconds()
        if wait > 0:
            raise IdentityError(_("Too many wrong passphrases for {name}: wait {value} seconds and try "
                                "again, or ask an officer to reset the passphrase.").format(name=row.name, value=int(wait) + 1))


def note_attempt(session: Session | None, row: PersonRow, *, ok: bool, ws: Workspace | None = None) -> None:
    if session is None and ws is None:
        return
    state = _state(ws, session, row)
    if ok:
        state.failures, state.paused_until = 0, None
    else:
        state.failures += 1
        pause = identity.pause_seconds(state.failures)
        if pause:
            state.paused_until = (_now() + dt.timedelta(seconds=pause)).strftime("%Y-%m-%dT%H:%M:%SZ")
    if session is not None:
        session.merge(state)


def sign_in(ws: Workspace, name: str, passphrase: str) -> PersonView:
    """Sign `name` in on this workspace, or IdentityError saying why not."""
    if ws.read_only:
        with ws.reading() as session:
            row = named(session, name)
            _require_passphrase(row)
            check_throttle(ws, None, row)
            ok = secrets.check_secret(row.passphrase_hash, passphrase)
            note_attempt(None, row, ok=ok, ws=ws)
            result, actor = view(row), actor_of(row)
    else:
        with ws.writing() as session:
            row = named(session, name)
            _require_passphrase(row)
            check_throttle(ws, session, row)
            ok = secrets.check_secret(row.passphrase_hash, passphrase)
            note_attempt(session, row, ok=ok)
            result, actor = view(row), actor_of(row)
    if not ok:
        raise IdentityError(_("That passphrase is not right for {name}.").format(name=result.name))
    ws.person = actor
    return result


def _require_passphrase(row: PersonRow) -> None:
    if row.reset_code_hash is not None:
        raise IdentityError(_("{name}'s passphrase was reset: set a new one with the one-time code the officer "
                            "gave you.").format(name=row.name))
    if row.passphrase_hash is None:
        raise IdentityError(_("{name} has no passphrase yet: set one first.").format(name=row.name))


def confirm(ws: Workspace, passphrase: str | None) -> None:
    """The signed-in person confirms an action that carries their name (signing off) by typing
    their passphrase again."""
    if ws.person is None:
        raise IdentityError(_("Nobody is signed in."))
    if not passphrase:
        raise IdentityError(_("Give {name}'s passphrase again to confirm this; it carries your name.").format(name=ws.person.name))
    name = ws.person.name
    sign_in(ws, name, passphrase)


def sign_out(ws: Workspace) -> None:
    ws.person = None


def signed_in(ws: Workspace) -> PersonView | None:
    if ws.person is None:
        return None
    with ws.reading() as session:
        row = session.get(PersonRow, ws.person.person_id)
        return view(row) if row is not None else None
