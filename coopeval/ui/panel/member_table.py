"""The panel's members as a read-only table: name, role, email, and where each stands on
conflicts of interest, in words (never colour alone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coopeval.services.panel.standing import MemberStanding
from coopeval.services.views import BidView
from coopeval.ui.panel.labels import role_labels, scope_text

NAME, ROLE, EMAIL, CONFLICTS = range(4)
_Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[MemberStanding] = []
        self.bids: dict[int, BidView] = {}

    def set_members(self, rows: list[MemberStanding], bids: dict[int, BidView]) -> None:
        self.beginResetModel()
        self.rows, self.bids = list(rows), dict(bids)
        self.endResetModel()

    def row_of(self, member_id: int | None) -> int | None:
        return next((i for i, s in enumerate(self.rows) if s.member.id == member_id), None)

    def standing_at(self, row: int) -> MemberStanding | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Role"), self.tr("Email"), self.tr("Conflicts of interest"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        s = self.standing_at(index.row())
        if s is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == NAME:
            return s.member.name
        if col == ROLE:
            return role_labels().get(s.member.role, s.member.role)
        if col == EMAIL:
            return s.member.email
        return self.standing_text(s)

    def standing_text(self, s: MemberStanding) -> str:
        active = sum(1 for b in self.bids.values() if not b.withdrawn)
        parts = []
        if not s.declared:
            parts.append(self.tr("Has not declared: cannot see any bid yet"))
        for d in s.awaiting:
            parts.append(self.tr("Interest declared ({scope}): awaits the officer's resolution").format(
                scope=scope_text(d.bid_id, self.bids)))
        if s.excluded_from_tender:
            parts.append(self.tr("Excluded from the whole tender"))
        for bid_id in s.excluded_bids:
            parts.append(self.tr("Excluded from {scope}").format(scope=scope_text(bid_id, self.bids)))
        for d in s.mitigated:
            parts.append(self.tr("Interest mitigated ({scope})").format(scope=scope_text(d.bid_id, self.bids)))
        if s.declared and not parts:
            parts.append(self.tr("Declared no interest"))
        if s.declared:
            parts.append(self.tr("may see {visible} of {active} bids").format(visible=len(s.visible_bids), active=active))
        return "; ".join(parts)
