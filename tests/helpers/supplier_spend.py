"""Spend lines put straight into a workspace for the register and matching tests (issue 20), so they do not
depend on reading spend files: one audited spend_import row and its lines, as the spend import writes them."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import insert

from coopeval.domain.names import normalise_name
from coopeval.domain.registers import register_number
from coopeval.services.rows import row_id, save
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import SpendImportRow, SpendLineRow

REGISTERS = Path(__file__).resolve().parents[1] / "fixtures" / "registers"


def add_spend(ws: Workspace, lines: Sequence[tuple[str, int] | tuple[str, int, str]], *, name: str = "spend.csv",
              paid_on: str = "2026-05-01") -> None:
    """Lines of (supplier name, pence[, company number]) paid on `paid_on`."""
    with ws.writing() as session:
        digest = hashlib.sha256(repr((name, lines)).encode()).hexdigest()
        row = SpendImportRow(file_name=name, sha256=digest, encoding="utf-8", mapping="{}", lines_read=len(lines),
                             lines_added=len(lines), lines_already=0, lines_refused=0, lines_digest=digest,
                             imported_at=audit.now_utc())
        save(ws, session, row, "import", None, None)
        values = []
        for n, line in enumerate(lines, start=1):
            supplier, pence = line[0], line[1]
            number = register_number(line[2]) if len(line) > 2 else ""
            values.append({"key": f"{digest}:{n}", "import_id": row_id(row), "line_no": n, "paid_on": paid_on,
                           "year": "2026-27", "supplier_name": supplier, "supplier_key": normalise_name(supplier),
                           "supplier_id": "", "company_number": number, "amount_pence": pence, "transaction": "",
                           "expense_area": "Highways"})
        session.execute(insert(SpendLineRow.__table__), values)  # type: ignore[attr-defined]
