"""Sharing a tender's measure weights equally, exactly: hundredths that total exactly 100.

Kept apart from `tenders` because it changes every measure in one user action (one transaction,
one audit event per measure), where `tenders.set_measure` changes one.
"""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import col, select

from coopeval.domain import lifecycle
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import InputError, decimal_text
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require
from coopeval.services.rows import save, tender_row
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import TenderMeasureRow

HUNDREDTHS = 10_000  # 100% in hundredths of a percent


def equal_shares(count: int) -> list[Decimal]:
    """`count` weights with two decimals that total exactly 100, the larger ones first
    (3 → 33.34, 33.33, 33.33)."""
    if count < 1:
        raise InputError(_("Choose at least one measure before sharing the weights."))
    if count > HUNDREDTHS:
        raise InputError(_("{count} measures cannot share 100% between them in steps of 0.01.").format(count=count))
    base, extra = divmod(HUNDREDTHS, count)
    return [Decimal(base + (1 if i < extra else 0)).scaleb(-2) for i in range(count)]


def share_weights_equally(ws: Workspace, tender: int | str) -> Changes:
    """Give every measure of a draft tender an equal weight (in their order on the tender)."""
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        lifecycle.require_setup_editable(row.status)
        measures = list(session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == row.id)
                                     .order_by(col(TenderMeasureRow.position))))
        changed = False
        for measure, weight in zip(measures, equal_shares(len(measures))):
            text = decimal_text(weight)
            if measure.weight == text:
                continue
            before = measure.snapshot()
            measure.weight = text
            save(ws, session, measure, "set_measure", before, row.reference, note="weights shared equally")
            changed = True
        return Changes.of(ChangeKind.TENDER_MEASURE, tender_id=row.id) if changed else Changes.none()
