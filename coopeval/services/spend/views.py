"""What the spend services return: frozen views, never rows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MappingView:
    """A column mapping: which header of the file holds each field of `domain.spend.FIELDS`."""

    name: str  # "" for a mapping guessed from the file's own headers
    columns: dict[str, str]  # field -> header as written in the file


@dataclass(frozen=True)
class LineProblem:
    line_no: int  # the row number in the file (1 = the first row of the file)
    message: str  # "line 14: the amount 'twelve' is not a number of pounds"


@dataclass(frozen=True)
class SpendPreview:
    """A spend file read but not imported: what importing it would do."""

    file_name: str
    sha256: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "cp1252"
    headers: tuple[str, ...]  # the header row as found
    mapping: MappingView | None  # None: the headers were not recognised; a mapping must be chosen
    lines_read: int
    good_lines: int
    new_lines: int  # good lines not already in the workspace
    already: int  # good lines already in the workspace
    problems: tuple[LineProblem, ...]  # every line's problems, in file order
    file_problem: str = ""  # the whole file could not be read (not a CSV, empty, too big, no header): why
    first_paid: str | None = None
    last_paid: str | None = None
    new_pence: int = 0
    sample: tuple[dict[str, str], ...] = field(default=())  # up to 20 good lines as read, for the preview


@dataclass(frozen=True)
class SpendImportView:
    id: int
    file_name: str
    sha256: str
    encoding: str
    mapping_name: str
    lines_read: int
    lines_added: int
    lines_already: int
    lines_refused: int
    first_paid: str | None
    last_paid: str | None
    added_pence: int
    imported_at: str
    imported_by: str  # the person named in its audit event
    matched: int = 0  # suppliers matched automatically by this import
    candidates: int = 0  # fuzzy candidates added to the review queue by this import
