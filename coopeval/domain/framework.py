"""The framework model: themes, outcomes, measures, record-only fields and suggested sets.

These pydantic models check each value on its own (types, vocabularies, ranges). Checks that
span several values (duplicate codes, what a measure type requires) live in `framework_rules`,
so that one bad field never hides the others. `docs/framework-format.md` describes the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from coopeval import i18n
from coopeval.domain.vocab import CONTRACT_KINDS, ICA_IDENTIFIERS, NPPS_PRIORITIES, PPN002_OUTCOMES, TOMS_THEMES
from coopeval.i18n import N_, _

FORMAT_VERSION = 2  # the newest framework file format; files of every earlier format still load
FORMATS = (1, 2)
# What a record field holds about the bidder. Format 2 separates the legal form from statuses that sit on top of it,
# the ownership and governance model, and register identifiers; "other" is any other fact (all of format 1).
RECORD_ROLES = ("legal_form", "status", "ownership", "register_id", "other")
REGISTERS = {"companies-house": N_("Companies House"), "fca-mutuals": N_("FCA Mutuals Public Register"),
             "charity": N_("Charity register")}  # shown with _(REGISTERS[key])

if TYPE_CHECKING:  # the vocabularies are data, so a type checker sees plain strings
    IcaId = str
    TomsTheme = str
    Ppn002Id = str
    NppsId = str
    ContractKind = str
    RecordRole = str
    RegisterId = str
else:
    IcaId = Literal[tuple(ICA_IDENTIFIERS)]
    TomsTheme = Literal[tuple(TOMS_THEMES)]
    Ppn002Id = Literal[tuple(PPN002_OUTCOMES)]
    NppsId = Literal[tuple(NPPS_PRIORITIES)]
    ContractKind = Literal[tuple(CONTRACT_KINDS)]
    RecordRole = Literal[RECORD_ROLES]
    RegisterId = Literal[tuple(REGISTERS)]
Text = Annotated[str, Field(min_length=1, pattern=r"\S")]
Code = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
Number = Annotated[Decimal, Field(allow_inf_nan=False)]


class _Model(i18n.Bilingual, BaseModel):
    """Every text field may carry its Welsh in `<field>_cy` (issue 22): `local(field)` shows the current language's,
    `other(field)` the other one's."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)

    @classmethod
    def welsh_fields(cls) -> tuple[str, ...]:
        """The English text fields that may carry Welsh (those with a `<field>_cy` twin)."""
        return tuple(f for f in cls.model_fields if not f.endswith("_cy") and f"{f}_cy" in cls.model_fields)

    def welsh_missing(self) -> list[str]:
        """The fields of this item (its anchors included) whose English has no Welsh yet."""
        missing = [f for f in self.welsh_fields()
                   if _needs_welsh(getattr(self, f)) and not _given(getattr(self, f"{f}_cy"))]
        anchors = getattr(self, "anchors", None)
        if isinstance(anchors, Anchors):
            missing += [f"anchors.{f}" for f in anchors.welsh_missing()]
        return missing

    def has_welsh(self) -> bool:
        """Whether any of this item's own fields (its anchors included) carries Welsh."""
        anchors = getattr(self, "anchors", None)
        own = any(_given(getattr(self, f"{f}_cy")) for f in self.welsh_fields())
        return own or (isinstance(anchors, Anchors) and anchors.has_welsh())


def _given(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


def _needs_welsh(value: object) -> bool:
    """English text that needs a Welsh twin: any with a letter in it ("%" and "£" read the same in both)."""
    if isinstance(value, str):
        return any(c.isalpha() for c in value)
    if isinstance(value, tuple | list):
        return any(_needs_welsh(v) for v in value)
    return False


class Anchors(_Model):
    """What a low, a middle and a high response to a qualitative measure look like."""

    low: str = ""
    middle: str = ""
    high: str = ""
    low_cy: str = ""  # Welsh (issue 22): every text field may carry its Welsh in `<field>_cy`
    middle_cy: str = ""
    high_cy: str = ""


class Band(_Model):
    at: Number
    share: Annotated[Decimal, Field(ge=0, le=1, allow_inf_nan=False)]


class Proxy(_Model):
    """A £ value per unit of a quantitative measure, with where the figure comes from."""

    value: Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]
    year: Annotated[int, Field(ge=1900, le=2200)]
    source: Text


class Measure(_Model):
    code: Code
    title: Text
    type: Literal["qualitative", "quantitative"]
    description: str = ""
    bidder_guidance: str = ""
    evaluator_guidance: str = ""
    evidence: str = ""
    kpi: str = ""
    verification: str = ""
    proportionality: str = ""
    overlap: str = ""
    ica: tuple[IcaId, ...] = ()
    toms_theme: TomsTheme | None = None
    anchors: Anchors | None = None
    unit: Text | None = None
    method: Literal["relative", "target", "banded", "record_only"] | None = None
    direction: Literal["higher", "lower"] | None = None
    target: Annotated[Decimal, Field(gt=0, allow_inf_nan=False)] | None = None
    bands: tuple[Band, ...] = ()
    method_rationale: str = ""
    proxy: Proxy | None = None
    # Format 2: from criterion to contract, and where the measure sits beside national policy.
    contract_clause: str = ""  # a model clause: the commitment, the KPI, how it is reported, what follows a miss
    s52_kpi: bool | None = None  # suits a PA 2023 s.52 KPI (contracts over £5m); None: not stated
    s52_note: str = ""  # why it does or does not suit
    # Welsh text (issue 22), optional, validated like the English: shown when the language is Welsh.
    title_cy: str = ""
    description_cy: str = ""
    bidder_guidance_cy: str = ""
    evaluator_guidance_cy: str = ""
    evidence_cy: str = ""
    kpi_cy: str = ""
    verification_cy: str = ""
    proportionality_cy: str = ""
    overlap_cy: str = ""
    unit_cy: str = ""
    method_rationale_cy: str = ""
    contract_clause_cy: str = ""
    s52_note_cy: str = ""
    companion: bool = False  # a quality companion: service quality, not co-operative value; in no scored set
    ppn002: tuple[Ppn002Id, ...] = ()  # PPN 002 Social Value Model outcomes it serves (our identifiers)
    npps: tuple[NppsId, ...] = ()  # National Procurement Policy Statement priorities it serves

    @field_validator("bands")
    @classmethod
    def _bands_ascend(cls, bands: tuple[Band, ...]) -> tuple[Band, ...]:
        for before, after in zip(bands, bands[1:]):
            if after.at <= before.at:
                raise ValueError(_("band thresholds must be strictly ascending; {after} follows {before}")
                                 .format(after=after.at, before=before.at))
        return bands

    @property
    def is_quantitative(self) -> bool:
        return self.type == "quantitative"

    @property
    def better(self) -> str:
        return self.direction or "higher"


class Outcome(_Model):
    id: Code
    name: Text
    statement: str = ""
    name_cy: str = ""
    statement_cy: str = ""
    measures: Annotated[tuple[Measure, ...], Field(min_length=1)]


class Theme(_Model):
    id: Code
    name: Text
    statement: str = ""
    name_cy: str = ""
    statement_cy: str = ""
    outcomes: Annotated[tuple[Outcome, ...], Field(min_length=1)]


class RecordField(_Model):
    """A fact about the bidder recorded for reporting, never scored (e.g. organisation form)."""

    code: Code
    title: Text
    description: str = ""
    kind: Literal["choice", "choices", "text"]  # one of the choices, any number of them, or free text
    choices: tuple[Text, ...] = ()
    # Format 2:
    role: RecordRole = "other"
    evidence: bool = False  # each answer carries its evidence (a register entry, a document reference)
    democratic: tuple[Text, ...] = ()  # choices that count as a co-operative or democratic business in spend figures
    public_register: RegisterId | None = None  # role "register_id": which public register the identifier belongs to
    title_cy: str = ""
    description_cy: str = ""
    choices_cy: tuple[Text, ...] = ()  # the choices' Welsh, in the same order (answers are stored as the English)

    def local_choices(self) -> tuple[str, ...]:
        """The choices in the current language (answers are always stored as the English)."""
        welsh = self.choices_cy if len(self.choices_cy) == len(self.choices) else ()
        return welsh if welsh and i18n.current() == "cy" else self.choices

    def local_choice(self, choice: str) -> str:
        """One stored (English) answer in the current language."""
        choices = self.local_choices()
        return choices[self.choices.index(choice)] if choice in self.choices else choice


class MeasureSet(_Model):
    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
    description: str = ""
    measures: Annotated[tuple[Code, ...], Field(min_length=1)]
    suits: tuple[ContractKind, ...] = ()  # format 2: the kinds of contract the set suits
    description_cy: str = ""


class FrameworkInfo(_Model):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
    name: Text
    version: Annotated[str, Field(pattern=r"^\d+\.\d+\.\d+$")]
    publisher: str = ""
    licence: Text
    source: Text
    attribution: str = ""
    description: str = ""
    name_cy: str = ""
    attribution_cy: str = ""
    description_cy: str = ""


class Framework(_Model):
    format: Literal[1, 2]  # FORMATS
    framework: FrameworkInfo
    themes: Annotated[tuple[Theme, ...], Field(min_length=1)]
    record_fields: tuple[RecordField, ...] = ()
    sets: tuple[MeasureSet, ...] = ()

    @property
    def info(self) -> FrameworkInfo:
        return self.framework

    def measures(self) -> list[tuple[Theme, Outcome, Measure]]:
        """Every measure with its theme and outcome, in file order."""
        return [(t, o, m) for t in self.themes for o in t.outcomes for m in o.measures]

    def measure(self, code: str) -> Measure:
        for _theme, _outcome, m in self.measures():
            if m.code == code:
                return m
        raise KeyError(code)

    def measure_set(self, name: str) -> MeasureSet:
        for s in self.sets:
            if s.name == name:
                return s
        raise KeyError(name)

    def text_items(self) -> Iterator[_Model]:
        """Every item that may carry Welsh text: the framework's info, themes, outcomes, measures, record fields
        and sets."""
        yield self.framework
        for theme in self.themes:
            yield theme
            for outcome in theme.outcomes:
                yield outcome
                yield from outcome.measures
        yield from self.record_fields
        yield from self.sets

    def welsh_coverage(self) -> WelshCoverage:
        """How much of the framework is in Welsh (issue 22): a framework may be partly translated."""
        measures = [m for _theme, _outcome, m in self.measures()]
        items = list(self.text_items())
        return WelshCoverage(
            measures=len(measures),
            measures_welsh=sum(not m.welsh_missing() for m in measures),
            items=len(items),
            items_welsh=sum(not i.welsh_missing() for i in items),
            any_welsh=any(i.has_welsh() for i in items),
        )


@dataclass(frozen=True)
class WelshCoverage:
    """A measure (or any item) counts as in Welsh when every English text it has also has its Welsh."""

    measures: int
    measures_welsh: int
    items: int  # the framework's info, themes, outcomes, measures, record fields and sets
    items_welsh: int
    any_welsh: bool

    @property
    def complete(self) -> bool:
        return self.items_welsh == self.items


def snapshot(model: BaseModel) -> dict[str, object]:
    """`model` as JSON data for a stored snapshot, without the Welsh fields it does not have: a framework without
    Welsh text snapshots exactly as it did before issue 22, so set-up fingerprints do not change."""

    def prune(value: object) -> object:
        if isinstance(value, dict):
            return {k: prune(v) for k, v in value.items() if not (k.endswith("_cy") and v in ("", (), [], None))}
        if isinstance(value, list):
            return [prune(v) for v in value]
        return value

    return prune(model.model_dump(mode="json"))  # type: ignore[return-value]
