"""Evaluator packs for the pack tests (service, hostile files, pack mode in the app): a panel
workspace to export from, and the officer's and the evaluator's steps done through the services.

A pack on disk is sealed (encrypted under `PACK_PASS`; a returned one signed by its member). The
members of the panel workspace have passphrases (`PASSPHRASES`), so they can sign in inside a pack
and sign what they return. `opened(pack)` is the pack decrypted for a test to read or edit as
someone with a database editor would; on leaving it the pack is sealed again, signed by its member
when `signed` (an evaluator editing their own pack outside CoopEval and re-signing it: the strongest
insider, whom only the content checks stop).
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from coopeval import cli
from coopeval.services.demo import demo_passphrase
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.identity import secrets
from coopeval.services.identity.people import set_passphrase
from coopeval.services.identity.sessions import sign_in
from coopeval.services.packs import sealed
from coopeval.services.packs.common import default_return_path
from coopeval.services.packs.export import export_pack
from coopeval.services.packs.importing import import_pack
from coopeval.services.packs.returning import return_pack
from coopeval.services.panel import members as panel
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import staged_file

OFFICER = "officer"
RATIONALE = "Specific commitments with evidence of delivery."
REF = "T1"
PACK_PASS = "copper kettle morning"
PASSPHRASES = {"Ann": "ann walks the long road", "Cal": "cal reads by lamplight"}


def passphrase_of(name: str) -> str:
    """A test person's own passphrase: Ann's and Cal's above, the demo's people their demo passphrase."""
    return PASSPHRASES.get(name) or demo_passphrase(name)


def give_passphrases(path: Path, names: list[str] | tuple[str, ...] = tuple(PASSPHRASES)) -> None:
    """Panel members set their passphrases (the first time: simply set); others than Ann and Cal get
    `PASSPHRASES.setdefault(name, ...)`."""
    with Workspace.open(path, actor=OFFICER) as ws:
        for name in names:
            set_passphrase(ws, name, PASSPHRASES.setdefault(name, f"{name.lower()} passes the pack test"))


@pytest.fixture
def panel_ws(tmp_path_factory, tmp_path):
    """T1 in evaluation: Ann (evaluator) and Cal (chair) have declared no interest and set their
    passphrases; 2 bids x 1 qualitative measure."""
    path = tmp_path / "panel.coopeval"
    built = staged_file(tmp_path_factory, path, "evaluation")
    give_passphrases(path)
    return path, built


def export(path: Path, member: str = "Ann", out: Path | None = None, reference: str = REF,
           passphrase: str = PACK_PASS) -> Path:
    out = out or path.with_name(f"{member}.coopeval-pack")
    with Workspace.open(path, actor=OFFICER) as ws:
        export_pack(ws, reference, member, out, passphrase=passphrase)
    return out


def _meta(plain: Path) -> dict[str, str]:
    con = sqlite3.connect(f"file:{plain}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT key, value FROM workspace_meta").fetchall())
    finally:
        con.close()


def member_key(plain: Path, member: str) -> Ed25519PrivateKey:
    """The member's private key as the (decrypted) pack carries it, unlocked with their passphrase."""
    con = sqlite3.connect(f"file:{plain}?mode=ro", uri=True)
    try:
        (pem,) = con.execute("SELECT private_key FROM person WHERE name = ?", (member,)).fetchone()
    finally:
        con.close()
    return secrets.private_key(pem, passphrase_of(member))


def reseal(plain: Path, pack: Path, *, signer: Ed25519PrivateKey | None, passphrase: str = PACK_PASS,
           pack_id: str | None = None, member: str | None = None) -> Path:
    """Seal the SQLite file `plain` into `pack`, signed by `signer` (None: unsigned) for the pack's
    member (or `member` and `pack_id`, as a signer would name them whatever the file now says)."""
    sig = None
    if signer is not None:
        meta = _meta(plain) if pack_id is None or member is None else {}
        sig = sealed.sign(signer, plain, pack_id or meta["workspace_id"], member or meta["pack_member"])
    return sealed.seal(plain, pack, passphrase, signature=sig)


@contextlib.contextmanager
def opened(pack: Path, *, signed: bool = True, passphrase: str = PACK_PASS) -> Iterator[Path]:
    """The pack decrypted in a private folder; sealed back (signed by its member when `signed`) on leaving."""
    with sealed.decrypted(pack, passphrase) as plain:
        meta = _meta(plain.plain)
        member = meta["pack_member"]
        key = member_key(plain.plain, member) if signed else None
        yield plain.plain
        if Path(f"{plain.plain}-wal").exists():
            from coopeval.storage.sqlite import checkpoint
            checkpoint(plain.plain)
        reseal(plain.plain, pack, signer=key, passphrase=passphrase, pack_id=meta["workspace_id"], member=member)


def signed_in(p: Workspace, member: str) -> None:
    """Inside a pack the member signs in as themselves (tests not about identity already act as Everyone)."""
    if p.person is None:
        sign_in(p, member, passphrase_of(member))


def score_in_pack(pack: Path, value: int = 2, *, member: str = "Ann", submit: bool = True, declare: bool = False,
                  reference: str = REF) -> None:
    """Score every item in the pack; with `submit`, submit and sign it as Return pack would (in place)."""
    with opened(pack, signed=submit) as plain, Workspace.open(plain, actor=member.lower()) as p:
        signed_in(p, member)
        m = panel.find_member(p, reference, member)
        if declare:
            panel.declare(p, m.id, interest="none")
        for item in scoring_items.scoring_sheet(p, m.id).items:
            evaluation.save_score(p, m.id, item.bid_id, item.measure_id, value=value, rationale=f"{RATIONALE} ({value})")
        if submit:
            evaluation.submit_scores(p, m.id)


def returned(path: Path, value: int = 2, member: str = "Ann", **kwargs) -> Path:
    """Export `member`'s pack, score every item `value` in it, and Return pack; the returned file."""
    pack = export(path, member)
    score_in_pack(pack, value, member=member, submit=False, **kwargs)
    with sealed.working_copy(pack, PACK_PASS) as plain, Workspace.open(plain, actor=member.lower()) as p:
        signed_in(p, member)
        out, _ = return_pack(p, default_return_path(pack), pack_passphrase=PACK_PASS, passphrase=passphrase_of(member))
    return out


def do_import(path: Path, pack: Path, passphrase: str = PACK_PASS, **kwargs):
    with Workspace.open(path, actor=OFFICER) as ws:
        return import_pack(ws, pack, passphrase=passphrase, **kwargs)[0]


TABLES = ("tender", "tender_measure", "bid", "response", "member", "declaration", "score", "consensus", "audit_event")


def state(path: Path) -> tuple:
    """The workspace's audit head and row counts, read directly."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        head = con.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0]
        return head, {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def run_cli(*argv: str) -> tuple[int, str, str]:
    """`coopeval ...` in-process."""
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()
