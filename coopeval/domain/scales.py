"""Scoring scales: the points an evaluator may give, each with a label and a descriptor.

Scales ship as data (`resources/scales.toml`) and are validated on load like frameworks.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from coopeval import i18n
from coopeval.domain.errors import InvalidFileError, Problem
from coopeval.i18n import _


class ScalePoint(i18n.Bilingual, BaseModel):
    """A point of a scale; `local("label")` / `local("descriptor")` give the Welsh when it is asked for (issue 22)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    value: Annotated[int, Field(ge=0, le=1000)]
    label: Annotated[str, Field(min_length=1)]
    descriptor: Annotated[str, Field(min_length=1)]
    label_cy: str = ""
    descriptor_cy: str = ""


class Scale(i18n.Bilingual, BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,31}$")]
    name: Annotated[str, Field(min_length=1)]
    description: str = ""
    points: Annotated[tuple[ScalePoint, ...], Field(min_length=2)]
    name_cy: str = ""
    description_cy: str = ""

    @field_validator("points")
    @classmethod
    def _ascending_from_zero(cls, points: tuple[ScalePoint, ...]) -> tuple[ScalePoint, ...]:
        values = [p.value for p in points]
        if values[0] != 0:
            raise ValueError(_("a scale starts at 0, not {values}").format(values=values[0]))
        if any(b <= a for a, b in zip(values, values[1:])):
            raise ValueError(_("scale points must be strictly ascending: {values}").format(values=values))
        return points

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(p.value for p in self.points)

    @property
    def maximum(self) -> int:
        return self.points[-1].value

    def point(self, value: int) -> ScalePoint:
        for p in self.points:
            if p.value == value:
                return p
        raise KeyError(value)


class _ScaleFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal[1]
    scales: Annotated[tuple[Scale, ...], Field(min_length=1)]


def load_scales(path: Path) -> dict[str, Scale]:
    """All scales in a scale file, by id, in file order."""
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        parsed = _ScaleFile.model_validate(data)
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidFileError([Problem(name, "file", _("cannot be read: {exc}").format(exc=exc))]) from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidFileError([Problem(name, _("TOML syntax"), str(exc))]) from None
    except ValidationError as exc:
        raise InvalidFileError(
            [Problem(name, ".".join(map(str, e["loc"])), e["msg"]) for e in exc.errors()]
        ) from None
    ids = [s.id for s in parsed.scales]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise InvalidFileError([Problem(name, "scales", _("duplicate scale id {d!r}").format(d=d)) for d in dupes])
    return {s.id: s for s in parsed.scales}
