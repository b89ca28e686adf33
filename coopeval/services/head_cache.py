"""What a page reads, kept per audit head: every recorded change moves the head of the workspace's audit chain, so a
value read at the same head (of the same file) is the same value. Shared by the results, the moderation grid and the
tender list; safe to use from the worker and the main thread at once."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from sqlmodel import Session

from coopeval import i18n
from coopeval.services.workspace import Workspace
from coopeval.storage import audit

V = TypeVar("V")


class HeadCache(Generic[V]):
    """The `size` most recently used values, keyed by (file, what was asked, audit head, language): a view holds
    words in the language it was read in (issue 22), and a bilingual document reads each part in its own."""

    def __init__(self, size: int = 4) -> None:
        self._size = size
        self._values: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(ws: Workspace, session: Session, *what: Hashable) -> Hashable:
        return (str(ws.path), what, audit.head(session), i18n.current())

    def through(self, ws: Workspace, what: tuple[Hashable, ...], make: Callable[[], V]) -> V:
        """The value kept for `what` at the workspace's current audit head, else `make()`'s, kept for next time."""
        with ws.reading() as session:
            key = self.key(ws, session, *what)
        kept = self.get(key)
        if kept is not None:
            return kept
        value = make()
        self.put(key, value)
        return value

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def __contains__(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._values

    def put(self, key: Hashable, value: V) -> None:
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            while len(self._values) > self._size:
                self._values.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
