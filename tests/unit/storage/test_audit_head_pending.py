"""The chain's head counts events added to the session and not yet flushed: `append` twice in one transaction (as the
migration's per-row events do) chains the second after the first, as the ORM query that autoflushed always did."""

from __future__ import annotations

from coopeval.services.workspace import Workspace
from coopeval.storage import audit


def test_two_appends_without_a_flush_between_them_are_chained(tmp_path):
    with Workspace.create(tmp_path / "w.coopeval", actor="tester") as ws:
        with ws.writing() as session:
            seq, _ = audit.head(session)
            first = audit.append(session, actor="tester", action="note", entity="workspace", note="one")
            assert audit.head(session) == (seq + 1, first.hash)
            second = audit.append(session, actor="tester", action="note", entity="workspace", note="two")
            assert (second.seq, second.prev_hash) == (seq + 2, first.hash)
        with ws.reading() as session:
            report = audit.verify(session)
            assert report.ok, report.problems
            assert audit.head(session) == (seq + 2, second.hash)


def test_a_chain_begun_after_an_append_follows_it(tmp_path):
    with Workspace.create(tmp_path / "w.coopeval", actor="tester") as ws:
        with ws.writing() as session:
            first = audit.append(session, actor="tester", action="note", entity="workspace", note="one")
            chain = audit.Chain(session, actor="tester")
            event = chain.event(action="note", entity="workspace", note="two")
            chain.flush()
            assert (event["seq"], event["prev_hash"]) == (first.seq + 1, first.hash)
        with ws.reading() as session:
            report = audit.verify(session)
            assert report.ok, report.problems
