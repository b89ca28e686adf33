"""Unexpected errors: written in full to a log file in the user data folder, shown to the user as
one plain sentence that says where the details are. Shared by the CLI and the desktop app."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from coopeval import __version__


def log_path() -> Path:
    from coopeval.paths import user_data_dir

    return user_data_dir() / "logs" / "coopeval-errors.log"


def record_unexpected(exc: BaseException) -> Path | None:
    """Append the traceback to the error log; return the log's path, or None if it cannot be written."""
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp} CoopEval {__version__}\n{detail}\n")
        return path
    except OSError:
        return None


def plain_message(exc: BaseException, path: Path | None) -> str:
    where = f" Details were written to {path}." if path else ""
    return (
        f"CoopEval met an unexpected problem ({type(exc).__name__}) and stopped this action. "
        f"What was saved before this action is kept; check whether this action took effect before "
        f"repeating it.{where} Please send that file to your CoopEval support contact."
    )
