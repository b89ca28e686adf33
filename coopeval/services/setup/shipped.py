"""Putting the frameworks CoopEval ships into a workspace, so a new workspace can pick measures
from them. Each file is imported as it is (the same file twice changes nothing)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from coopeval.domain.errors import CoopEvalError
from coopeval.paths import shipped_framework_files
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.setup.frameworks import import_framework, list_frameworks
from coopeval.services.workspace import Workspace


@dataclass(frozen=True)
class ShippedFramework:
    framework_id: str
    version: str
    name: str
    path: Path


@dataclass(frozen=True)
class ShippedImport:
    added: tuple[str, ...]  # names of the frameworks newly put in the workspace
    problems: tuple[str, ...]  # files that could not be imported, with why


def shipped_frameworks(files: list[Path] | None = None) -> list[ShippedFramework]:
    """The shipped framework files with their id, version and name (read, not validated)."""
    found = []
    for path in shipped_framework_files() if files is None else files:
        try:
            stat = path.stat()
        except OSError:
            found.append(_header(path, None))
            continue
        found.append(_header(path, (stat.st_mtime_ns, stat.st_size)))
    return found


def headers_pending(files: list[Path] | None = None) -> bool:
    """Whether `shipped_frameworks` would still have to read a file (one not read yet, or changed since)."""
    for path in shipped_framework_files() if files is None else files:
        try:
            stat = path.stat()
        except OSError:
            continue  # named by its file, nothing to read
        if (path, (stat.st_mtime_ns, stat.st_size)) not in _HEADERS:
            return True
    return False


# (path, (modification time, size)) → the file's header: kept while the file is unchanged, so the Set-up page does
# not parse the shipped files again each time it loads.
_HEADERS: dict[tuple[Path, tuple[int, int]], ShippedFramework] = {}
_HEADERS_KEPT = 256


def _header(path: Path, stamp: tuple[int, int] | None) -> ShippedFramework:
    """A framework file's id, version and name (`stamp`: its modification time and size, None if unreadable)."""
    if stamp is not None and (path, stamp) in _HEADERS:
        return _HEADERS[(path, stamp)]
    try:
        info = tomllib.loads(path.read_text(encoding="utf-8").lstrip("\ufeff")).get("framework", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        info = {}
    found = ShippedFramework(str(info.get("id", path.stem)), str(info.get("version", "")),
                             str(info.get("name", path.stem)), path)
    if stamp is not None:
        if len(_HEADERS) >= _HEADERS_KEPT:
            _HEADERS.clear()
        _HEADERS[(path, stamp)] = found
    return found


def missing_shipped(ws: Workspace, files: list[Path] | None = None) -> list[ShippedFramework]:
    """Shipped frameworks (at their shipped version) that the workspace does not hold yet."""
    held = {(f.framework_id, f.version) for f in list_frameworks(ws)}
    return [s for s in shipped_frameworks(files) if (s.framework_id, s.version) not in held]


def add_shipped_frameworks(ws: Workspace, files: list[Path] | None = None) -> tuple[ShippedImport, Changes]:
    """Import every shipped framework the workspace lacks; one that fails does not stop the others."""
    added: list[str] = []
    problems: list[str] = []
    for shipped in missing_shipped(ws, files):
        try:
            _, changes = import_framework(ws, shipped.path)
        except CoopEvalError as exc:
            problems.append(f"{shipped.path.name}: {exc}")
            continue
        if changes.kinds:
            added.append(shipped.name)
    return ShippedImport(tuple(added), tuple(problems)), Changes.of(ChangeKind.FRAMEWORK) if added else Changes.none()
