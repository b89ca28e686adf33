"""Where a command may write a file it was told to: never over a workspace, pack or other database,
and over another existing file only when the user said so."""

from __future__ import annotations

from pathlib import Path

from coopeval.domain.errors import CoopEvalError
from coopeval.i18n import _
from coopeval.storage.sqlite import looks_like_sqlite


def refuse_overwrite(out: Path, overwrite: bool, *, workspace: Path | None = None) -> None:
    """An --out that would replace a workspace, or (without --overwrite) any existing file, is refused."""
    out = Path(out).expanduser().absolute()
    if workspace is not None and out.exists() and Path(workspace).exists() and out.samefile(workspace):
        raise CoopEvalError(_("{name} is the workspace itself; nothing was written. Choose another file name.").format(
            name=out.name))
    if out.is_file() and looks_like_sqlite(out):
        raise CoopEvalError(_("{path} is a CoopEval workspace, pack or other database; it was not replaced. "
                              "Choose another file name.").format(path=out))
    if out.exists() and not out.is_dir() and not overwrite:
        raise CoopEvalError(_("{path} already exists and was not replaced; choose another name, or add "
                              "--overwrite.").format(path=out))
