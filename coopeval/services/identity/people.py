"""People known to a workspace: the first officer, adding people, passphrases, one-time codes and
the recovery code.

A person is known once per workspace (by name, compared ignoring case and Unicode form) and may
sit on many panels; the passphrase belongs to the person, not to a panel seat. Only slow salted
hashes are stored (`secrets`); the audit log records that a passphrase was set or reset, by whom,
never the secret.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import Session, select

from coopeval.domain import identity, text
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Actor, Permission
from coopeval.domain.numbers import InputError, Problems
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity import secrets
from coopeval.services.rows import row_id, save
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import MetaRow, PersonRow

RECOVERY_KEY = "recovery_code_hash"


class IdentityError(CoopEvalError):
    """Signing in or changing a passphrase was refused; the message says why and what to do."""


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    email: str
    roles: tuple[str, ...]
    has_passphrase: bool
    has_reset_code: bool
    public_key: str

    @property
    def is_officer(self) -> bool:
        return identity.OFFICER in self.roles


def view(row: PersonRow) -> PersonView:
    return PersonView(row_id(row), row.name, row.email, tuple(json.loads(row.roles or "[]")),
                      row.passphrase_hash is not None, row.reset_code_hash is not None, row.public_key)


def actor_of(row: PersonRow) -> Actor:
    return Actor(row_id(row), row.name, frozenset(json.loads(row.roles or "[]")))


def find(session: Session, name: str) -> PersonRow | None:
    key = text.identity_key(text.normalise(name))
    return session.exec(select(PersonRow).where(PersonRow.name_key == key)).first()


def named(session: Session, name: str) -> PersonRow:
    row = find(session, name)
    if row is None:
        raise NotFoundError(_("Nobody called {name!r} is known to this workspace.").format(name=name))
    return row


def people(ws: Workspace) -> list[PersonView]:
    with ws.reading() as session:
        return [view(r) for r in session.exec(select(PersonRow).order_by(PersonRow.name))]


def person(ws: Workspace, name: str) -> PersonView:
    with ws.reading() as session:
        return view(named(session, name))


def has_officer(ws: Workspace) -> bool:
    with ws.reading() as session:
        return _officers(session) > 0


def _officers(session: Session) -> int:
    return sum(identity.OFFICER in json.loads(r.roles or "[]") for r in session.exec(select(PersonRow)))


def _check_roles(roles: tuple[str, ...] | list[str]) -> list[str]:
    unknown = [r for r in roles if r not in identity.WORKSPACE_ROLES]
    if unknown:
        raise InputError(_("Unknown workspace role {unknown!r}; choose from "
                         "{WORKSPACE_ROLES}.").format(unknown=unknown[0], WORKSPACE_ROLES=', '.join(identity.WORKSPACE_ROLES)))
    return sorted(set(roles))


def seat_person(ws: Workspace, session: Session, name: str, email: str = "", tender_ref: str | None = None,
                *, action: str = "create", note: str = "") -> PersonRow:
    """The person for a panel seat called `name`, added (audited as `action`) if the workspace does
    not know them yet. Used by the panel service and tender import inside their own transaction."""
    row = find(session, name)
    if row is not None:
        return row
    now = audit.now_utc()
    row = PersonRow(name=name, name_key=text.identity_key(name), email=email, created_at=now, updated_at=now)
    save(ws, session, row, action, None, tender_ref, note=note)
    return row


def create_first_officer(ws: Workspace, *, name: str, passphrase: str, email: str = "") -> tuple[PersonView, str, Changes]:
    """Whoever creates a workspace (or opens one that has no officer yet) becomes its first officer:
    their passphrase is set, they are signed in, and a recovery code is returned, to be shown once.
    Only its hash is kept; with it the officer's passphrase can be reset if they forget it."""
    problems = Problems()
    name = problems.check(lambda: text.clean(name, "member.name", _("Your name"), required=True)) or ""
    email = problems.check(lambda: text.clean(email, "member.email", _("Email"))) or ""
    message = identity.passphrase_problem(passphrase, name=name)
    if message:
        problems.add(message)
    problems.raise_any()
    code = secrets.new_code(5)
    public, private = secrets.new_key_pair(passphrase)
    with ws.writing() as session:
        if _officers(session):
            raise IdentityError(_("This workspace already has an officer; ask them to add you."))
        row = find(session, name)
        before = row.snapshot() if row is not None else None
        now = audit.now_utc()
        if row is None:
            row = PersonRow(name=name, name_key=text.identity_key(name), email=email, created_at=now, updated_at=now)
        elif row.passphrase_hash is not None:
            raise IdentityError(_("{name} already has a passphrase; sign in as {name} instead.").format(name=row.name))
        row.roles = json.dumps([identity.OFFICER])
        row.passphrase_hash = secrets.hash_secret(passphrase)
        row.reset_code_hash = None
        row.public_key, row.private_key = public, private
        row.updated_at = now
        audit.record_change(session, row, actor=ws.actor, person=name, action="first_officer", before=before,
                            tender_ref=None, note="became the workspace's first officer")
        session.merge(MetaRow(key=RECOVERY_KEY, value=secrets.hash_secret(secrets.normal_code(code))))
        signed_in, result = actor_of(row), view(row)
    ws.person = signed_in  # only once the transaction has committed
    return result, code, Changes.of(ChangeKind.PERSON)


def add_person(ws: Workspace, *, name: str, email: str = "", roles: tuple[str, ...] = ()) -> tuple[PersonView, Changes]:
    """An officer adds someone to the workspace (for panels, or with a workspace role)."""
    from coopeval.services.identity.guard import require_workspace

    problems = Problems()
    name = problems.check(lambda: text.clean(name, "member.name", _("Name"), required=True)) or ""
    email = problems.check(lambda: text.clean(email, "member.email", _("Email"))) or ""
    checked = problems.check(lambda: _check_roles(roles)) or []
    problems.raise_any()
    with ws.writing() as session:
        require_workspace(ws, session, Permission.PEOPLE)
        if find(session, name) is not None:
            raise InputError(_("{name} is already known to this workspace.").format(name=name))
        now = audit.now_utc()
        row = PersonRow(name=name, name_key=text.identity_key(name), email=email, roles=json.dumps(checked),
                        created_at=now, updated_at=now)
        save(ws, session, row, "create", None, None)
        return view(row), Changes.of(ChangeKind.PERSON)


def set_roles(ws: Workspace, name: str, roles: tuple[str, ...]) -> tuple[PersonView, Changes]:
    from coopeval.services.identity.guard import require_workspace

    checked = _check_roles(roles)
    with ws.writing() as session:
        require_workspace(ws, session, Permission.PEOPLE)
        row = named(session, name)
        before = row.snapshot()
        if identity.OFFICER in json.loads(row.roles) and identity.OFFICER not in checked and _officers(session) == 1:
            raise IdentityError(_("{name} is the only officer; make someone else an officer first.").format(name=row.name))
        row.roles = json.dumps(checked)
        row.updated_at = audit.now_utc()
        save(ws, session, row, "set_roles", before, None)
        return view(row), Changes.of(ChangeKind.PERSON)


def set_passphrase(ws: Workspace, name: str, new: str, *, current: str | None = None,
                   code: str | None = None) -> tuple[PersonView, Changes]:
    """Set a person's passphrase and sign them in. The first time (no passphrase and no code) it is
    simply set; after an officer's reset the one-time `code` is needed; otherwise the `current`
    passphrase. A new signing key pair is made, its private half encrypted under the passphrase."""
    from coopeval.services.identity.sessions import check_throttle, note_attempt

    with ws.writing() as session:
        row = named(session, name)
        message = identity.passphrase_problem(new, name=row.name)
        if message:
            raise InputError(message)
        check_throttle(ws, session, row)
        if row.reset_code_hash is not None:
            ok = code is not None and secrets.check_secret(row.reset_code_hash, secrets.normal_code(code))
            what = _("one-time code")
        elif row.passphrase_hash is not None:
            ok = current is not None and secrets.check_secret(row.passphrase_hash, current)
            what = _("current passphrase")
        else:
            ok, what = True, ""
        if not ok:
            note_attempt(session, row, ok=False)
            session.commit()
            raise IdentityError(_("That {what} is not right for {name}.").format(what=what, name=row.name))
        note_attempt(session, row, ok=True)
        before = row.snapshot()
        first = row.passphrase_hash is None and row.reset_code_hash is None
        row.passphrase_hash = secrets.hash_secret(new)
        row.reset_code_hash = None
        row.public_key, row.private_key = secrets.new_key_pair(new)
        row.updated_at = audit.now_utc()
        audit.record_change(session, row, actor=ws.actor, person=row.name, action="set_passphrase", before=before,
                            tender_ref=None, note="first passphrase" if first else "")
        signed_in, result = actor_of(row), view(row)
    ws.person = signed_in
    return result, Changes.of(ChangeKind.PERSON)


def issue_reset_code(ws: Workspace, name: str) -> tuple[str, Changes]:
    """An officer resets someone's passphrase without learning the new one: the old passphrase
    stops working and a one-time code is returned, which the person replaces with their own."""
    from coopeval.services.identity.guard import require_workspace

    code = secrets.new_code(3)
    with ws.writing() as session:
        actor = require_workspace(ws, session, Permission.PEOPLE)
        row = named(session, name)
        before = row.snapshot()
        row.passphrase_hash = None
        row.private_key = ""
        row.reset_code_hash = secrets.hash_secret(secrets.normal_code(code))
        row.updated_at = audit.now_utc()
        save(ws, session, row, "reset_passphrase", before, None, note=f"one-time code issued by {actor.name}")
        return code, Changes.of(ChangeKind.PERSON)


def recover(ws: Workspace, name: str, recovery_code: str, new: str) -> tuple[PersonView, str, Changes]:
    """An officer who forgot their passphrase (and has no other officer to reset it) uses the
    workspace's recovery code. The code is then spent: a new one is returned, to be kept safe."""
    with ws.writing() as session:
        row = named(session, name)
        if identity.OFFICER not in json.loads(row.roles or "[]"):
            raise IdentityError(_("The recovery code resets an officer's passphrase; {name} is not an officer. "
                                "Ask an officer to reset yours.").format(name=row.name))
        stored = session.get(MetaRow, RECOVERY_KEY)
        from coopeval.services.identity.sessions import check_throttle, note_attempt

        check_throttle(ws, session, row)
        if stored is None or not secrets.check_secret(stored.value, secrets.normal_code(recovery_code)):
            note_attempt(session, row, ok=False)
            session.commit()
            raise IdentityError(_("That recovery code is not right for this workspace."))
        message = identity.passphrase_problem(new, name=row.name)
        if message:
            raise InputError(message)
        note_attempt(session, row, ok=True)
        before = row.snapshot()
        row.passphrase_hash = secrets.hash_secret(new)
        row.reset_code_hash = None
        row.public_key, row.private_key = secrets.new_key_pair(new)
        row.updated_at = audit.now_utc()
        audit.record_change(session, row, actor=ws.actor, person=row.name, action="recover", before=before,
                            tender_ref=None, note="passphrase reset with the recovery code")
        code = secrets.new_code(5)
        session.merge(MetaRow(key=RECOVERY_KEY, value=secrets.hash_secret(secrets.normal_code(code))))
        signed_in, result = actor_of(row), view(row)
    ws.person = signed_in
    return result, code, Changes.of(ChangeKind.PERSON)
