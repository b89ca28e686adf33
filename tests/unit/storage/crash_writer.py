"""Child process for test_crash: open a workspace and save scores until killed.

    python -m tests.unit.storage.crash_writer WORKSPACE ROUND MEMBER_ID MEASURE_ID BID_ID [BID_ID ...]

Prints `READY <pid> <pid of the stale lock holder it took over, or ->` once the workspace is open,
then for each score `ACK <n> <rationale>` only after save_score has returned (committed). The parent
kills it with SIGKILL at a moment of its choosing, so every line is flushed as it is written.
"""

from __future__ import annotations

import os
import sys

from coopeval.services.evaluation import scores as evaluation
from coopeval.services.identity import people, seats, sessions
from coopeval.services.workspace import Workspace

PASSPHRASE = "crash writer passphrase"
LIMIT = 100_000  # a runaway child stops on its own eventually


def main(argv: list[str]) -> int:
    path, round_no, member_id, measure_id, *bid_ids = argv
    ws = Workspace.open(path, actor="crash-writer")
    name = seats.seat_holder(ws, int(member_id)).person_name  # a real process: the member signs in for real
    if people.person(ws, name).has_passphrase:
        sessions.sign_in(ws, name, PASSPHRASE)
    else:
        people.set_passphrase(ws, name, PASSPHRASE)
    stale = ws.lock.taken_over
    print(f"READY {os.getpid()} {stale.pid if stale else '-'}", flush=True)
    bids = [int(b) for b in bid_ids]
    for n in range(LIMIT):
        rationale = f"round {round_no} save {n}"
        evaluation.save_score(ws, int(member_id), bids[n % len(bids)], int(measure_id), value=n % 6,
                              rationale=rationale)
        print(f"ACK {n} {rationale}", flush=True)
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
