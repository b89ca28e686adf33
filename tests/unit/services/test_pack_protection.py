"""Evaluator packs travel protected: a pack file is encrypted under the pack passphrase agreed at
export (nothing readable without it), and a returned pack is signed with the member's own key and
checked against the key the OFFICE holds for them, so a pack not written by the member is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.identity import people, secrets
from coopeval.services.identity.people import IdentityError
from coopeval.services.identity.sessions import sign_in
from coopeval.services.packs import sealed
from coopeval.services.packs.common import NotAPackError, NotSignedByMemberError, PackError, default_return_path
from coopeval.services.packs.export import export_pack
from coopeval.services.packs.importing import import_pack
from coopeval.services.packs.returning import return_pack
from coopeval.services.panel import members as panel
from coopeval.services.workspace import Workspace
from tests.helpers.packs import (
    OFFICER,
    PACK_PASS,
    PASSPHRASES,
    RATIONALE,
    REF,
    do_import,
    export,
    member_key,
    opened,
    reseal,
    returned,
    state,
)
from tests.helpers.workspaces import raw

LONG_NAME = "Philippa Wrenfield-Osei"
OFFICER_NAME, OFFICER_PASS = "Olive Marchbank", "olive keeps the ledger"


def texts(path: Path) -> list[str]:
    """Tender text, bid responses and bidder names held by the workspace (long enough to search for)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = [r[0] for r in con.execute("SELECT text FROM response UNION ALL SELECT legal_name FROM bid "
                                           "UNION ALL SELECT title FROM tender")]
    finally:
        con.close()
    return [t for t in found if t and len(t) >= 8]


# --- encryption -----------------------------------------------------------------------------------

def test_a_pack_is_unreadable_without_its_passphrase_and_importable_with_it(panel_ws):
    path, _ = panel_ws
    with Workspace.open(path, actor=OFFICER) as ws:
        panel.add_member(ws, REF, name=LONG_NAME, role="evaluator")
        people.set_passphrase(ws, LONG_NAME, "philippa scores at home")
    PASSPHRASES[LONG_NAME] = "philippa scores at home"
    pack = export(path, LONG_NAME)
    data = pack.read_bytes()
    assert data.startswith(sealed.MAGIC) and b"SQLite format 3" not in data
    secret_texts = texts(path)
    assert len(secret_texts) >= 3
    # texts long enough that random ciphertext cannot hold them by chance (a 3-byte "T1-" did, once in many runs)
    for text in [*secret_texts, LONG_NAME, "evaluator-pack"]:
        assert len(text.encode("utf-8")) >= 8 and text.encode("utf-8") not in data, text
    with pytest.raises(sealed.WrongPackPassphraseError, match="That pack passphrase does not open"):
        with sealed.decrypted(pack, "not the pack passphrase"):
            pass
    with sealed.decrypted(pack, PACK_PASS) as plain:  # with it, the pack is the member's workspace
        con = sqlite3.connect(f"file:{plain.plain}?mode=ro", uri=True)
        assert con.execute("SELECT name FROM member").fetchall() == [(LONG_NAME,)]
        con.close()
        folder = plain.plain.parent
    assert not folder.exists()  # the decrypted copy is deleted after use

    pack.unlink()
    back = returned(path, member=LONG_NAME, declare=True)
    back_data = back.read_bytes()
    assert RATIONALE.encode() not in back_data and LONG_NAME.encode() not in back_data
    before = state(path)
    with pytest.raises(sealed.WrongPackPassphraseError, match="Nothing was imported"):
        do_import(path, back, passphrase="copper kettle evening")
    assert state(path) == before
    assert do_import(path, back).added == 2


def test_export_asks_for_a_pack_passphrase_that_follows_the_rules(panel_ws, tmp_path):
    path, _ = panel_ws
    with Workspace.open(path, actor=OFFICER) as ws:
        with pytest.raises(PackError, match="A pack passphrase needs at least 10 characters"):
            export_pack(ws, REF, "Ann", tmp_path / "ann.coopeval-pack", passphrase="short")
    assert not (tmp_path / "ann.coopeval-pack").exists()


def test_a_damaged_pack_is_told_apart_from_a_wrong_passphrase(panel_ws):
    path, _ = panel_ws
    pack = returned(path)
    data = bytearray(pack.read_bytes())
    data[-40] ^= 0x01
    pack.write_bytes(bytes(data))
    with pytest.raises(NotAPackError, match="damaged or incomplete"):
        do_import(path, pack)


def test_a_large_file_travels_in_many_chunks(tmp_path):
    plain = tmp_path / "big.bin"
    plain.write_bytes(bytes(range(256)) * (3 * sealed.CHUNK // 256) + b"tail")  # 3 chunks and a bit
    sealed.seal(plain, tmp_path / "big.sealed", PACK_PASS)
    with sealed.decrypted(tmp_path / "big.sealed", PACK_PASS) as opened_:
        assert opened_.plain.read_bytes() == plain.read_bytes()
    data = bytearray((tmp_path / "big.sealed").read_bytes())
    cut = sealed.HEADER.size + sealed.CHUNK + sealed.TAG  # drop the second chunk: the order is authenticated
    (tmp_path / "cut.sealed").write_bytes(bytes(data[:cut] + data[cut + sealed.CHUNK + sealed.TAG:]))
    with pytest.raises(NotAPackError, match="damaged or incomplete"):
        with sealed.decrypted(tmp_path / "cut.sealed", PACK_PASS):
            pass


# --- signed returns -------------------------------------------------------------------------------

def officer_signed_in(path: Path) -> None:
    """The workspace gets a real officer (the test workspace was built by the `Everyone` stand-in)."""
    with Workspace.open(path, actor=OFFICER) as ws:
        people.create_first_officer(ws, name=OFFICER_NAME, passphrase=OFFICER_PASS)


def office(path: Path) -> Workspace:
    ws = Workspace.open(path, actor=OFFICER)
    sign_in(ws, OFFICER_NAME, OFFICER_PASS)
    return ws


def export_as_officer(path: Path) -> Path:
    out = path.with_name("Ann.coopeval-pack")
    with office(path) as ws:
        export_pack(ws, REF, "Ann", out, passphrase=PACK_PASS)
    return out


def score_and_return(pack: Path, *, own: str = PASSPHRASES["Ann"]) -> Path:
    """Ann opens the pack, signs in inside it with her own passphrase, scores and returns it."""
    with sealed.working_copy(pack, PACK_PASS) as plain, Workspace.open(plain, actor="ann") as p:
        assert p.person is None
        sign_in(p, "Ann", PASSPHRASES["Ann"])
        m = panel.find_member(p, REF, "Ann")
        for item in scoring_items.scoring_sheet(p, m.id).items:
            evaluation.save_score(p, m.id, item.bid_id, item.measure_id, value=3, rationale=RATIONALE)
        out, _ = return_pack(p, default_return_path(pack), pack_passphrase=PACK_PASS, passphrase=own)
    return out


def import_as_officer(path: Path, pack: Path):
    with office(path) as ws:
        return import_pack(ws, pack, passphrase=PACK_PASS)[0]


@pytest.mark.identity
def test_the_member_signs_in_inside_the_pack_with_their_own_passphrase_and_a_genuine_return_imports(panel_ws):
    path, t = panel_ws
    officer_signed_in(path)
    pack = export_as_officer(path)
    with sealed.working_copy(pack, PACK_PASS) as plain, Workspace.open(plain, actor="ann") as p:
        with pytest.raises(IdentityError, match="not right for Ann"):
            sign_in(p, "Ann", PACK_PASS)  # the pack passphrase is not hers
        with pytest.raises(Exception, match="Nobody called 'Cal'"):
            sign_in(p, "Cal", PASSPHRASES["Cal"])  # nobody else is in her pack
        with pytest.raises(Exception, match="Nobody called"):
            sign_in(p, OFFICER_NAME, OFFICER_PASS)
        assert sign_in(p, "Ann", PASSPHRASES["Ann"]).roles == ()  # her own passphrase; no workspace roles
    back = score_and_return(pack)
    before = state(path)
    outcome = import_as_officer(path, back)
    assert outcome.added == 2 and state(path) != before


@pytest.mark.identity
def test_return_pack_needs_the_members_own_passphrase(panel_ws):
    path, _ = panel_ws
    officer_signed_in(path)
    pack = export_as_officer(path)
    with pytest.raises(PackError, match="That passphrase is not right for Ann"):
        score_and_return(pack, own="not anns passphrase")
    assert not default_return_path(pack).exists()


def genuine(path: Path) -> Path:
    officer_signed_in(path)
    return score_and_return(export_as_officer(path))


def unsigned(path: Path) -> Path:
    back = genuine(path)
    with opened(back, signed=False):
        pass
    return back


def signed_by_cal(path: Path) -> Path:
    back = genuine(path)
    con = raw(path)
    (pem,) = con.execute("SELECT private_key FROM person WHERE name = 'Cal'").fetchone()
    con.close()
    cal = secrets.private_key(pem, PASSPHRASES["Cal"])  # another person of the workspace, with their real key
    with sealed.decrypted(back, PACK_PASS) as plain:
        reseal(plain.plain, back, signer=cal)
    return back


def edited_and_resealed(path: Path) -> Path:
    """Someone with the pack passphrase (not Ann's) changes a score and seals it again with Ann's signature."""
    back = genuine(path)
    with sealed.decrypted(back, PACK_PASS) as plain:
        signature = plain.signature
        con = raw(plain.plain)
        con.execute("UPDATE score SET value = 5")
        con.close()
        sealed.seal(plain.plain, back, PACK_PASS, signature=signature)
    return back


def key_swapped_in_the_pack(path: Path) -> Path:
    """The pack's copy of Ann's key replaced by the forger's own, and the pack signed with it."""
    back = genuine(path)
    forger = secrets.new_key_pair("the forger's passphrase")
    with sealed.decrypted(back, PACK_PASS) as plain:
        con = raw(plain.plain)
        con.execute("UPDATE person SET public_key = ?, private_key = ?", forger)
        con.close()
        reseal(plain.plain, back, signer=secrets.private_key(forger[1], "the forger's passphrase"))
    return back


@pytest.mark.identity
@pytest.mark.parametrize(("make", "message"), [
    (unsigned, "not written by Ann: it is not signed"),
    (signed_by_cal, "not written by Ann: its signature does not match Ann's key in this workspace"),
    (edited_and_resealed, "not written by Ann: its signature does not match .*changed after it was signed"),
    (key_swapped_in_the_pack, "not written by Ann: its signature does not match Ann's key in this workspace"),
], ids=["unsigned", "signed_by_someone_else", "edited_and_resealed", "key_swapped_in_the_pack"])
def test_a_returned_pack_not_signed_by_the_member_is_refused(panel_ws, make, message):
    path, _ = panel_ws
    bad = make(path)
    before = state(path)
    with pytest.raises(NotSignedByMemberError, match=message) as caught:
        import_as_officer(path, bad)
    assert "Nothing was imported" in str(caught.value)
    assert state(path) == before


@pytest.mark.identity
def test_a_key_changed_since_export_is_named(panel_ws):
    path, _ = panel_ws
    officer_signed_in(path)
    pack = export_as_officer(path)
    with office(path) as ws:  # Ann forgot her passphrase: the officer resets it and she sets a new one
        code, _ = people.issue_reset_code(ws, "Ann")
        people.set_passphrase(ws, "Ann", "ann found a new road", code=code)
    back = score_and_return(pack)  # in the pack she still has the key she had at export
    before = state(path)
    with pytest.raises(NotSignedByMemberError, match="passphrase has been reset or changed since.*Export a new pack"):
        import_as_officer(path, back)
    assert state(path) == before


def test_the_helper_signs_as_the_member_so_hostile_tests_reach_the_content_checks(panel_ws):
    """The hostile-pack tests re-sign edited packs with the member's real key (the strongest insider)."""
    path, _ = panel_ws
    back = returned(path)
    with sealed.decrypted(back, PACK_PASS) as plain:
        sig = plain.signature
        assert sig is not None and sig.member == "Ann" and sig.sha256 == sealed.file_digest(plain.plain)
        assert sig.valid_for(member_key(plain.plain, "Ann").public_key())
