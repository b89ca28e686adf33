"""Returning an evaluator pack: the evaluator's scores are submitted in the pack (refused, saying
what is missing, until every item is scored with a rationale), a consistent copy of the pack is
made in a private temporary folder through SQLite's backup API, signed with the member's own key
(unlocked by their passphrase) and sealed under the pack passphrase into the file to hand back."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import select

from coopeval.i18n import _
from coopeval.services.changes import Changes
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.identity import secrets
from coopeval.services.packs import sealed
from coopeval.services.packs.common import PackError, pack_info
from coopeval.services.panel.members import find_member
from coopeval.services.workspace import Workspace
from coopeval.storage.sqlite import backup_to
from coopeval.storage.tables import MemberRow, PersonRow
from coopeval.storage.workspace_file import read_meta


def return_pack(ws: Workspace, out: str | Path, *, pack_passphrase: str, passphrase: str) -> tuple[Path, Changes]:
    """`ws` is the pack being worked on (decrypted); `pack_passphrase` seals the returned file and
    `passphrase` is the member's own, which unlocks the key that signs it."""
    info = pack_info(ws)
    if info is None:
        raise PackError(_("{name} is a workspace, not an evaluator pack; there is nothing to return.").format(name=ws.path.name))
    out = Path(out).expanduser().absolute()
    if out == ws.path.absolute():
        raise PackError(_("Choose a different file for the returned pack: that is the pack you are scoring in."))
    if out.is_dir() or not out.parent.is_dir():
        raise PackError(_("Cannot write {out}: choose a file in a folder that exists.").format(out=out))
    sealed.check_pack_passphrase(pack_passphrase)
    key = _signing_key(ws, info.member, info.tender_reference, passphrase)  # before anything is submitted
    member = find_member(ws, info.tender_reference, info.member)
    if scoring_items.scoring_sheet(ws, member.id).access == scoring_items.UNDECLARED:
        raise PackError(_("Declare any conflict of interest first (on the Scoring page), then score every item and "
                        "return the pack."))
    changes = evaluation.submit_scores(ws, member.id)  # refused with what is missing
    pack_id = read_meta(ws.engine).get("workspace_id", "")
    folder = sealed.private_folder()
    try:
        plain = folder / "returned.coopeval"
        try:
            backup_to(ws.path, plain)
        except OSError as exc:
            raise PackError(_("Cannot copy the pack: {value}. Your scores are submitted and kept in the "
                            "pack; choose Return pack again.").format(value=exc.strerror or exc)) from None
        signature = sealed.sign(key, plain, pack_id, info.member)
        try:
            sealed.seal(plain, out, pack_passphrase, signature=signature)
        except OSError as exc:
            raise PackError(_("Cannot write {out}: {value}. Your scores are submitted and kept in the "
                            "pack; choose Return pack again to write it elsewhere.").format(out=out, value=exc.strerror or exc)) from None
    finally:
        sealed.remove_folder(folder)
    return out, changes


def _signing_key(ws: Workspace, member: str, reference: str, passphrase: str) -> Ed25519PrivateKey:
    """The member's private key from the pack, unlocked by their own passphrase."""
    find_member(ws, reference, member)  # a pack without its member says so
    with ws.reading() as session:
        seat = session.exec(select(MemberRow).where(MemberRow.name == member)).first()
        person = session.get(PersonRow, seat.person_id) if seat is not None and seat.person_id is not None else None
        pem = person.private_key if person is not None else ""
    if not pem:
        raise PackError(_("This pack holds no signing key for {member}; it cannot be returned signed. Ask the officer "
                        "for a new pack.").format(member=member))
    try:
        return secrets.private_key(pem, passphrase)
    except (ValueError, TypeError):
        raise PackError(_("That passphrase is not right for {member}: the returned pack is signed with your own "
                        "passphrase (the one you sign in with), not the pack passphrase.").format(member=member)) from None
