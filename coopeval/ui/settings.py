"""Typed settings, declared once with their defaults, behind QSettings (the Picard habit)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class Settings:
    def __init__(self, store: QSettings | None = None):
        self._store = store or QSettings()

    @property
    def recent_files(self) -> list[str]:
        value = self._store.value("workspace/recent", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, Iterable):  # nothing stored yet (None)
            return []
        return [str(v) for v in value if str(v)]

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        self._store.setValue("workspace/recent", files[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._store.setValue("workspace/recent", [p for p in self.recent_files if p != path])

    @property
    def last_workspace(self) -> str | None:
        value = self._store.value("workspace/last", "")
        return str(value) or None

    @last_workspace.setter
    def last_workspace(self, path: str | None) -> None:
        self._store.setValue("workspace/last", path or "")

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def language(self) -> str:
        """The interface's language: "en", "cy" or "system" (the system's); applies at the next start (issue 22)."""
        value = str(self._store.value("interface/language", "system"))
        return value if value in ("system", "en", "cy") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("interface/language", value if value in ("system", "en", "cy") else "system")

    @property
    def scoring_order(self) -> str:
        value = str(self._store.value("scoring/order", "by_bid"))
        return value if value in ("by_bid", "by_measure") else "by_bid"

    @scoring_order.setter
    def scoring_order(self, value: str) -> None:
        self._store.setValue("scoring/order", value)

    @property
    def portfolio_workspaces(self) -> list[str]:
        """The other workspace files the Portfolio window reads beside the open one."""
        value = self._store.value("portfolio/workspaces", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, Iterable):
            return []
        return [str(v) for v in value if str(v)]

    @portfolio_workspaces.setter
    def portfolio_workspaces(self, paths: list[str]) -> None:
        self._store.setValue("portfolio/workspaces", list(dict.fromkeys(paths)))

    def sync(self) -> None:
        self._store.sync()
