"""What the published documents are made from: frozen dataclasses the services fill (services/publishing) and the
renderers read. Nothing here knows about the database.

Numbers arrive as exact decimal text ("33.5"), money as whole pence, dates already in the form they are shown; text
arrives as the officer or the framework wrote it. A document in Welsh and English (issue 22) is made from two of
them, one per language, Welsh first: each states the framework's text in its language (`_cy`, where the framework
has it) and its dates in that language; what bidders and officers wrote is the same in both. The same data makes the questionnaire's PDF and DOCX and the
response template, so what the council publishes and what it asks bidders to fill in never disagree; its digest
(`services.publishing.files.content_digest`) tells when a published questionnaire is out of date.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScalePointInfo:
    value: int
    label: str
    descriptor: str


@dataclass(frozen=True)
class QuestionMeasure:
    """One measure as bidders see it, in the tender's order."""

    position: int  # 1, 2, … in the tender's order
    code: str
    title: str
    theme: str  # the theme's title
    outcome: str  # the outcome's title
    kind: str  # qualitative | quantitative
    weight: str  # % of the social value section, exact decimal text
    share_of_tender: str  # % of the whole evaluation (weight × section weight), exact decimal text
    bidder_guidance: str
    evidence: str
    kpi: str
    verification: str
    proportionality: str
    contract_clause: str
    unit: str | None  # quantitative measures: what the quantity counts ("%", "hours", "£")
    method: str | None  # relative | target | banded | record_only (quantitative); None for qualitative
    direction: str | None  # higher | lower
    target: str | None
    bands: tuple[tuple[str, str], ...]  # (at, share of the marks) ascending, for banded
    minimum: str | None  # the threshold: a scale point (qualitative) or a quantity (quantitative)
    word_limit: int | None
    framework: str  # "Co-operative values framework 2.0.0"
    companion: bool  # a quality companion, not co-operative value


@dataclass(frozen=True)
class RecordQuestion:
    """An organisation record field the template's "About you" sheet asks (never scored)."""

    code: str
    title: str
    description: str
    kind: str  # choice | choices | text
    choices: tuple[str, ...]
    evidence: bool  # the answer carries an evidence reference
    role: str


@dataclass(frozen=True)
class FrameworkCredit:
    name: str
    version: str
    publisher: str
    licence: str
    source: str
    attribution: str


@dataclass(frozen=True)
class QuestionnaireData:
    reference: str
    title: str
    authority: str
    description: str
    contract_value_pence: int | None
    duration_months: int | None
    section_weight: str  # % of the whole evaluation given to social value
    deadline: str  # as shown: "12:00 on Friday 15 January 2027" (UK time)
    deadline_iso: str  # "2027-01-15T12:00"
    clarification_route: str
    scale_name: str
    scale: tuple[ScalePointInfo, ...]  # ascending
    measures: tuple[QuestionMeasure, ...]
    record_fields: tuple[RecordQuestion, ...]
    discuss_at: str  # moderation: % of the scale's span at which a spread of scores is discussed
    split_above: str
    disqualify_on_threshold: bool  # True: missing a threshold excludes the bid; False: it earns no marks there
    frameworks: tuple[FrameworkCredit, ...]
    setup_fingerprint: str  # SHA-256 of the set-up the document was made from
    version: int  # 1, 2, … the published version this is (0 for a preview never kept)
    made_on: str  # as shown: "7 Dec 2026" ("7 Rhag 2026" in Welsh)
    language: str = "en"  # the language this part states things in (issue 22): "en" or "cy"
    made_on_iso: str = ""  # "2026-12-07": the document's own date, in any language


def parts_of(data: QuestionnaireData | tuple[QuestionnaireData, ...] | list[QuestionnaireData]) -> tuple[QuestionnaireData, ...]:
    """A document's parts in order (issue 22): one for English or Welsh, two (Welsh first) for both."""
    return (data,) if isinstance(data, QuestionnaireData) else tuple(data)
