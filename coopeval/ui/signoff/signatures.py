"""The signatures of every round as a read-only table (round, member, role, statement, when), and
times as a record needs them: to the second, with the time zone said."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coopeval.domain.dates import date_text
from coopeval.services.signoff.view import Signature
from coopeval.ui.panel.labels import role_labels

ROUND, MEMBER, ROLE, STATEMENT, SIGNED_AT = range(5)
_Index = QModelIndex | QPersistentModelIndex


def when_text(stored: str) -> str:
    """A stored UTC time as local date and time to the second, with the zone: '25 Nov 2026 19:58:23 GMT'."""
    try:
        when = dt.datetime.strptime(stored, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC).astimezone()
    except ValueError:
        return stored
    return f"{date_text(when.date())} {when.strftime('%H:%M:%S')} {when.tzname() or ''}".strip()  # month: language's


class SignatureTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Signature] = []

    def set_signatures(self, rows: list[Signature]) -> None:
        """The signatures shown; the same again (the page reloaded for another change) leave the table as it is: its
        rows are sized to their contents, which is measured again on every reset."""
        if rows == self.rows:
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Round"), self.tr("Member"), self.tr("Role"), self.tr("Statement"), self.tr("Signed at"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        s, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == SIGNED_AT:
            return self.tr("Recorded as %1 (UTC)").replace("%1", s.signed_at)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (str(s.round), s.member, role_labels().get(s.role, s.role), s.statement, when_text(s.signed_at))[col]
