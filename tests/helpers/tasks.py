"""A task runner that runs work at once on the calling thread, so tests need no waiting and a
Cancel pressed from a progress callback lands mid-operation (the Picard habit of a fake pool)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class ImmediateTaskRunner:
    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - handed to on_error, as the real runner does
            on_error(exc)
        else:
            on_done(result)

    def wait(self, msecs: int = 0) -> bool:
        return True
