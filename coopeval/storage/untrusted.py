"""Opening an SQLite file that someone else wrote (an evaluator pack) without trusting it.

The file is copied into a private temporary folder first and only the copy is read, so nothing the
sender does later changes what was checked, and nothing here can write to their file. On the copy:
the header and size are checked (a truncated file is named as such), the connection is read-only
and immutable with tight length limits, `PRAGMA quick_check` is the first statement run, then
`trusted_schema=OFF`, `cell_size_check=ON` and `mmap_size=0`. The schema is compared with what
CoopEval's own migrations create at the file's revision (no extra tables, views or triggers) before
any row is read, and rows are read with plain SQL, every value checked against its column's type.
"""

from __future__ import annotations

import functools
import re
import shutil
import sqlite3
import tempfile
import typing
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlmodel import SQLModel

from coopeval import __version__
from coopeval.domain.errors import CoopEvalError
from coopeval.storage.sqlite import AUDIT_TRIGGERS, SQLITE_HEADER
from coopeval.storage.workspace_file import create_at_revision, known_revisions

PACK_MAGIC = b"CEVPACK\x00"  # the first bytes of an encrypted evaluator pack (services/packs/sealed.py)
MAX_BYTES = 1 << 30  # far beyond any real pack; refused before it is copied
MAX_TEXT = 4_000_000  # characters in one value
MAX_ROWS = 2_000_000  # rows in one table
MAX_BLOB = 20 * 1024 * 1024  # bytes in one kept file (a published questionnaire, a return)


class UntrustedFileError(CoopEvalError):
    """The file is not one CoopEval wrote, is damaged, or holds what CoopEval never writes."""


class NewerFileError(UntrustedFileError):
    """The file was written by a newer CoopEval, whose schema this version does not know."""


def _norm(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip().lower()


def _trigger_name(sql: str) -> str:
    found = re.search(r"exists (\w+)", _norm(sql))
    assert found is not None, sql  # each is CREATE TRIGGER IF NOT EXISTS name
    return found.group(1)


_OUR_TRIGGERS = {_trigger_name(sql): _norm(sql).replace("if not exists ", "") for sql in AUDIT_TRIGGERS}


class UntrustedDatabase:
    """A checked, read-only copy of an untrusted file. Close it (or use `with`) to delete the copy."""

    def __init__(self, name: str, folder: Path, con: sqlite3.Connection, revision: str, schema: dict[str, Any]):
        self.name, self._folder, self._con, self.revision, self._schema = name, folder, con, revision, schema

    def __enter__(self) -> UntrustedDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def columns(self, table: str) -> tuple[str, ...]:
        return tuple(c[0] for c in self._schema["columns"].get(table, ()))

    def rows(self, model: type[SQLModel], *, table: str | None = None) -> list[dict[str, Any]]:
        """Every row of `model`'s table as plain values, each checked against the model's field type."""
        table = table or str(model.__tablename__)
        present = self.columns(table)
        fields = model.model_fields
        unknown = [c for c in present if c not in fields]
        if not present or unknown:
            raise UntrustedFileError(f"{self.name}: the table {table} is not as CoopEval writes it.")
        kinds = {name: _kind(fields[name].annotation) for name in present}
        cols = ", ".join(f'"{c}"' for c in present)
        try:
            (count,) = self._con.execute(f'SELECT count(*) FROM "{table}"').fetchone()  # noqa: S608 - names checked above
            if count > MAX_ROWS:
                raise UntrustedFileError(f"{self.name}: the table {table} holds {count:,} rows, far more than CoopEval writes.")
            raw = self._con.execute(f'SELECT {cols} FROM "{table}" ORDER BY rowid').fetchall()  # noqa: S608
            # SQLite itself checks every value's type first (one pass in C); only when a value may be
            # wrong is each one checked in Python below, to name the first that is.
            clean = self._con.execute(f'SELECT NOT EXISTS (SELECT 1 FROM "{table}" WHERE NOT ('  # noqa: S608
                                      f'{" AND ".join(_sql_check(c, kinds[c]) for c in present)}))').fetchone()[0]
        except sqlite3.Error as exc:
            raise UntrustedFileError(f"{self.name} cannot be read ({exc}); it is damaged or was not written by CoopEval.") from None
        if clean == 1:
            bools = [c for c in present if kinds[c][0] is bool]
            out = [dict(zip(present, values)) for values in raw]
            for row in out:  # 0 or 1 (SQLite checked), read as False or True
                for c in bools:
                    if row[c] is not None:
                        row[c] = row[c] == 1
            return out
        out = []
        for number, values in enumerate(raw, start=1):
            row = {}
            for name, value in zip(present, values):
                row[name] = _checked(value, kinds[name], f"{self.name}: {table} row {number}, {name}")
            out.append(row)
        return out


def _kind(annotation: Any) -> tuple[type, bool]:
    """(int | str | bool | bytes, may be NULL) for a SQLModel field annotation."""
    args = typing.get_args(annotation)
    rest = [a for a in args if a is not type(None)] if args else [annotation]
    if len(rest) != 1 or rest[0] not in (int, str, bool, bytes):
        raise TypeError(f"unsupported column type {annotation!r}")
    return rest[0], type(None) in args


def _sql_check(column: str, kind: tuple[type, bool]) -> str:
    """An SQL condition true only of values `_checked` accepts as they are (a sufficient test: text
    is measured in bytes, never fewer than its characters; anything it rejects is checked exactly)."""
    base, optional = kind
    test = {int: f'typeof("{column}") = \'integer\'',
            bool: f'typeof("{column}") = \'integer\' AND "{column}" IN (0, 1)',
            str: f'typeof("{column}") = \'text\' AND length(CAST("{column}" AS BLOB)) <= {MAX_TEXT}',
            bytes: f'typeof("{column}") = \'blob\' AND length("{column}") <= {MAX_BLOB}'}[base]
    return f'("{column}" IS NULL OR ({test}))' if optional else f"({test})"


def _checked(value: Any, kind: tuple[type, bool], where: str) -> Any:
    base, optional = kind
    if value is None:
        if optional:
            return None
        raise UntrustedFileError(f"{where} is empty, which CoopEval never writes.")
    if base is bool:
        if type(value) is int and value in (0, 1):
            return bool(value)
        raise UntrustedFileError(f"{where} holds {_describe_value(value)}, not true or false.")
    if base is int:
        if type(value) is int:
            return value
        raise UntrustedFileError(f"{where} holds {_describe_value(value)}, not a whole number.")
    if base is bytes:
        if type(value) is bytes and len(value) <= MAX_BLOB:
            return value
        raise UntrustedFileError(f"{where} holds {_describe_value(value)}, not a file CoopEval keeps.")
    if type(value) is str and len(value) <= MAX_TEXT:
        return value
    raise UntrustedFileError(f"{where} holds {_describe_value(value)}, not text CoopEval writes.")


def _describe_value(value: Any) -> str:
    if isinstance(value, bytes):
        return f"{len(value):,} bytes of binary data"
    if isinstance(value, str):
        return f"text of {len(value):,} characters"
    return f"a {type(value).__name__}"


def open_untrusted(path: str | Path, *, what: str = "file", max_bytes: int = MAX_BYTES,
                   name: str | None = None) -> UntrustedDatabase:
    """Copy `path` aside and open the copy for reading, once it has passed every check above.
    `name` is how messages name the file (e.g. the encrypted pack a temporary file was decrypted from)."""
    path = Path(path).expanduser()
    name = name or path.name or str(path)
    if not path.is_file():
        raise UntrustedFileError(f"There is no {what} at {path}." if not path.exists() else f"{name} is not a file.")
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        raise UntrustedFileError(
            f"{name} has unsaved changes beside it ({wal.name}): it may still be open in CoopEval. Close it there "
            "first (and use Return pack for an evaluator pack), then choose the file again.")
    size = path.stat().st_size
    if size > max_bytes:
        raise UntrustedFileError(f"{name} is {size:,} bytes; a CoopEval {what} is at most {max_bytes:,} bytes.")
    folder = Path(tempfile.mkdtemp(prefix="coopeval-untrusted-"))
    try:
        copy = folder / "copy.sqlite"
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise UntrustedFileError(f"{name} cannot be read: {exc.strerror or exc}.") from None
        _check_header(copy, name, what)
        con = _connect(copy, name, what)
        try:
            revision, schema = _check_schema(con, name, what)
        except BaseException:
            con.close()
            raise
        return UntrustedDatabase(name, folder, con, revision, schema)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _check_header(copy: Path, name: str, what: str) -> None:
    size = copy.stat().st_size
    with copy.open("r+b") as fh:
        header = fh.read(100)
        if len(header) < 100 or header[:16] != SQLITE_HEADER:
            raise UntrustedFileError(f"{name} is not a CoopEval {what}: it is not an SQLite database.")
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if page_size < 512 or page_size & (page_size - 1):
            raise UntrustedFileError(f"{name} is damaged: its header gives an impossible page size.")
        pages = int.from_bytes(header[28:32], "big")
        header_valid = pages and header[92:96] == header[24:28]
        if size % page_size or (header_valid and pages * page_size != size):
            expected = f" its header says {pages * page_size:,}" if header_valid else " that is not a whole number of pages"
            raise UntrustedFileError(
                f"{name} is incomplete: it is {size:,} bytes, and{expected}. It was cut short in copying or "
                f"sending; ask for the {what} again.")
        if header[18:20] == b"\x02\x02":
            # WAL mode: the private copy is read as a plain file (its -wal, if any, was refused above).
            fh.seek(18)
            fh.write(b"\x01\x01")


def _connect(copy: Path, name: str, what: str) -> sqlite3.Connection:
    uri = f"file:{quote(str(copy))}?mode=ro&immutable=1"
    con = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_TEXT * 4 + 1024)
        con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000)
        con.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        try:
            result = [str(r[0]) for r in con.execute("PRAGMA quick_check").fetchmany(5)]  # the first statement
        except sqlite3.DatabaseError as exc:
            raise UntrustedFileError(f"{name} is damaged or is not a CoopEval {what} (SQLite reports: {exc}).") from None
        if result != ["ok"]:
            raise UntrustedFileError(f"{name} is damaged (SQLite reports: {'; '.join(result)}). Ask for the {what} again.")
        for pragma in ("trusted_schema = OFF", "cell_size_check = ON", "mmap_size = 0"):
            con.execute(f"PRAGMA {pragma}")
        return con
    except BaseException:
        con.close()
        raise


def _check_schema(con: sqlite3.Connection, name: str, what: str) -> tuple[str, dict[str, Any]]:
    """The file's revision, once its schema is exactly what CoopEval's migrations make at it."""
    foreign = UntrustedFileError(f"{name} is an SQLite database but not a CoopEval {what}.")
    try:
        objects = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        for kind, obj, _table, sql in objects:
            if kind == "view":
                raise UntrustedFileError(f"{name} contains a view ({obj}), which CoopEval never creates; it was not read.")
            if kind == "trigger" and _OUR_TRIGGERS.get(obj) != _norm(sql).replace("if not exists ", ""):
                raise UntrustedFileError(f"{name} contains a trigger ({obj}) that CoopEval did not create; it was not read.")
        tables = {obj for kind, obj, _t, _s in objects if kind == "table"}
        if not {"workspace_meta", "alembic_version"} <= tables:
            raise foreign
        versions = con.execute("SELECT version_num FROM alembic_version").fetchall()
        if len(versions) != 1 or not isinstance(versions[0][0], str):
            raise foreign
        revision = versions[0][0]
        if revision not in known_revisions():
            row = con.execute("SELECT value FROM workspace_meta WHERE key = 'last_written_by'").fetchone()
            writer = row[0] if row and isinstance(row[0], str) and len(row[0]) < 40 else "a newer version"
            raise NewerFileError(f"{name} was written by CoopEval {writer} (schema {revision[:40]}); this is CoopEval "
                                 f"{__version__}. Update CoopEval to read it.")
        schema = describe(con)
    except sqlite3.Error as exc:
        raise UntrustedFileError(f"{name} cannot be read ({exc}); it is damaged or not a CoopEval {what}.") from None
    expected = expected_schema(revision)
    if schema != expected:
        extra = sorted(set(schema["objects"]) - set(expected["objects"]))
        detail = f": it has {', '.join(f'{k} {n}' for k, n, _ in extra[:5])}, which CoopEval never creates" if extra else ""
        raise UntrustedFileError(f"{name}'s tables are not as CoopEval writes them{detail}; it was not read.")
    return revision, schema


def describe(con: sqlite3.Connection) -> dict[str, Any]:
    """The schema's structure (objects, columns, indexes, trigger text), comparable across files."""
    objects = sorted((k, n, t) for k, n, t in con.execute("SELECT type, name, tbl_name FROM sqlite_master"))
    columns, indexes = {}, {}
    for kind, obj, table in objects:
        if kind == "table":
            columns[obj] = tuple(tuple(r) for r in con.execute(
                'SELECT name, upper(type), "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)', (obj,)))
        elif kind == "index":
            keys = tuple(tuple(r) for r in con.execute("SELECT cid, name, key FROM pragma_index_xinfo(?)", (obj,)))
            unique = [r[0] for r in con.execute("SELECT \"unique\" FROM pragma_index_list(?) WHERE name = ?", (table, obj))]
            indexes[obj] = (table, tuple(unique), keys)
    triggers = {n: _norm(s).replace("if not exists ", "") for k, n, _t, s in
                con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master") if k == "trigger"}
    return {"objects": objects, "columns": columns, "indexes": indexes, "triggers": triggers}


@functools.lru_cache(maxsize=8)
def expected_schema(revision: str) -> dict[str, Any]:
    """What CoopEval's migrations create at `revision`, built once per process in a scratch file."""
    folder = Path(tempfile.mkdtemp(prefix="coopeval-schema-"))
    try:
        target = folder / "schema.sqlite"
        create_at_revision(target, revision)
        con = sqlite3.connect(str(target))
        try:
            return describe(con)
        finally:
            con.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
