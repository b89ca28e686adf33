"""The shortcuts a pack import takes for speed check exactly what they replaced.

- The SQLite file's digest (what the member's signature covers) is computed while the pack is
  decrypted, not by reading the file again: it must be the digest of the file as written, however
  the file is cut into chunks.
- Checking the events after the export reads each bid's access against the member's declarations
  once, not once per event: a declaration made between two events must still change the verdict on
  the later one (a stale answer would let a forged pack score a bid its member could not see).
(A signature over other bytes than the file is refused: test_pack_protection, edited_and_resealed.)
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from coopeval.services.packs import sealed, verify
from coopeval.storage import audit
from tests.helpers.packs import PACK_PASS, returned

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
BOUNDS = (NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=1))
AT = "2026-06-01T12:00:00.000000Z"
MEMBER = {"id": 1, "name": "Ann", "tender_id": 1}
TENDER = {"id": 1, "reference": "T1"}


def test_the_digest_taken_while_decrypting_is_the_files_digest(panel_ws):
    path, _t = panel_ws
    pack = returned(path)
    with sealed.decrypted(pack, PACK_PASS) as plain:
        assert plain.sha256 == sealed.file_digest(plain.plain)
        assert plain.signature is not None and plain.signature.sha256 == plain.sha256
    assert verify.read_pack(pack, PACK_PASS).digest == plain.sha256


@pytest.mark.parametrize("chunk", [4096, 4099, 1 << 20])
def test_the_digest_is_the_files_however_it_is_chunked(tmp_path, monkeypatch, chunk):
    """Small chunks: the manifest (a signature) spans chunks and the file starts inside one."""
    plain = tmp_path / "plain.sqlite"
    plain.write_bytes(bytes(range(256)) * 97 + b"tail")
    signature = sealed.Signature("pack-id", "Ann" * 2000, sealed.file_digest(plain), "c2ln")  # a long manifest
    monkeypatch.setattr(sealed, "CHUNK", chunk)
    out = sealed.seal(plain, tmp_path / "x.coopeval-pack", PACK_PASS, signature=signature)
    with sealed.decrypted(out, PACK_PASS) as opened_pack:
        assert opened_pack.plain.read_bytes() == plain.read_bytes()
        assert opened_pack.sha256 == sealed.file_digest(plain)
        assert opened_pack.signature == signature


# --- the events after the export, as plain values ------------------------------------------------

def declaration(ident: int, bid: int | None, interest: str) -> dict[str, Any]:
    return {"id": ident, "tender_id": 1, "member_id": 1, "bid_id": bid, "interest": interest,
            "nature": None if interest == "none" else "personal", "details": "" if interest == "none" else "My cousin.",
            "declared_at": AT, "resolution": None, "resolution_note": None, "resolved_by": None, "resolved_at": None,
            "superseded_by": None}


def score(ident: int, bid: int) -> dict[str, Any]:
    return {"id": ident, "member_id": 1, "bid_id": bid, "measure_id": 1, "value": None, "abstained": False,
            "abstain_reason": "", "rationale": "", "evidence_refs": "", "status": "draft", "created_at": AT,
            "updated_at": AT, "submitted_at": None}


def event(seq: int, action: str, entity: str, after: dict[str, Any]) -> dict[str, Any]:
    return {"seq": seq, "at": AT, "actor": "ann", "action": action, "entity": entity, "entity_id": after["id"],
            "tender_ref": "T1", "before": None, "after": audit.canonical(after), "note": "", "person": "Ann"}


def later_problems(events: list[dict[str, Any]]) -> list[str]:
    return verify._later_event_problems(events, 1, MEMBER, TENDER, BOUNDS)


def test_an_interest_declared_between_two_scores_refuses_the_later_one_only():
    events = [event(1, "declare", "declaration", declaration(1, None, "none")),  # at export: no interest
              event(2, "score", "score", score(1, 7)),
              event(3, "score", "score", score(2, 8)),
              event(4, "declare", "declaration", declaration(2, 7, "actual")),  # now an interest in bid 7
              event(5, "score", "score", score(3, 7)),
              event(6, "score", "score", score(4, 8))]
    problems = later_problems(events)
    assert len(problems) == 1, problems
    assert problems[0].startswith("event 5 (score score) scored a bid Ann could not see then: ")
    assert "awaits the officer's resolution" in problems[0]


def test_the_same_bid_is_judged_again_after_each_declaration():
    events = [event(1, "declare", "declaration", declaration(1, 7, "actual")),  # at export: an unresolved interest
              event(2, "score", "score", score(1, 7)),
              event(3, "score", "score", score(2, 7))]
    assert [p.split(" (")[0] for p in later_problems(events)] == ["event 2", "event 3"]


def test_a_bid_named_oddly_in_a_forged_event_is_judged_each_time():
    """A bid id of another type (unhashable, or a bool that would pass for 1) is never looked up in the
    answers kept per bid: it is judged on its own, as before."""
    events = [event(1, "declare", "declaration", declaration(1, 1, "actual")),
              event(2, "score", "score", score(1, 2)),
              event(3, "score", "score", {**score(2, 2), "bid_id": True}),
              event(4, "score", "score", {**score(3, 2), "bid_id": [2]})]
    problems = later_problems(events)
    assert [p.split(" (")[0] for p in problems] == ["event 3"], problems
    assert "awaits the officer's resolution" in problems[0]


def test_a_forged_event_dated_outside_the_window_is_still_named():
    late = {**event(2, "score", "score", score(1, 7)), "at": "2099-01-01T00:00:00.000000Z"}
    odd = {**event(3, "score", "score", score(2, 8)), "at": "yesterday"}
    problems = later_problems([event(1, "declare", "declaration", declaration(1, None, "none")), late, odd])
    assert problems == ["event 2 (score score) is dated 2099-01-01T00:00:00.000000Z, which is in the future",
                        "event 3 (score score) is dated 'yesterday', which is not a real date and time"]


def test_the_plain_event_values_hash_as_the_rows_do():
    """`_chain_problems` hashes plain values with `audit.mapping_hash`: a changed field is caught."""
    events, prev = [], audit.GENESIS
    for seq, (action, entity, after) in enumerate([("declare", "declaration", declaration(1, None, "none")),
                                                    ("score", "score", score(1, 7))], start=1):
        e = {**event(seq, action, entity, after), "prev_hash": prev}
        e["hash"] = prev = audit.mapping_hash(e)
        events.append(e)
    rows: dict[str, list[dict[str, Any]]] = {table.__entity__: [] for table in verify.AUDITED_TABLES}
    rows["declaration"], rows["score"] = [declaration(1, None, "none")], [score(1, 7)]
    assert verify._chain_problems(events, rows, prev, 2) == []
    forged = [events[0], {**events[1], "after": json.dumps(score(1, 7))}]  # the same values, not canonical
    assert verify._chain_problems(forged, rows, prev, 2) == ["audit event 2 (score score) was altered"]
    rows["score"] = [{**score(1, 7), "rationale": "changed"}]
    assert verify._chain_problems(events, rows, prev, 2) == ["score 1 differs from its last audit event"]
