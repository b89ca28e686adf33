"""The shipped co-operative values framework: complete, covered, and free of National TOMs material.

These tests guard the product's heart against regression: every measure carries every field,
every ICA identifier and TOMs theme stays covered, the suggested sets stay consistent, and no
licensed TOMs text or codes creep in. No GUI imports here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coopeval.domain.coverage import coverage
from coopeval.domain.framework import Framework, Measure
from coopeval.domain.framework_loader import load_framework
from coopeval.domain.vocab import ICA_IDENTIFIERS, TOMS_THEMES

ROOT = Path(__file__).resolve().parents[3]
FRAMEWORK_FILE = ROOT / "frameworks" / "coop-values.toml"
README_FILE = ROOT / "frameworks" / "README.md"
CHANGELOG_FILE = ROOT / "frameworks" / "CHANGELOG.md"

THEMES_IN_ORDER = (
    ("EE", "Equity and Equality"),
    ("PA", "Participation and Accountability"),
    ("CC", "Conviviality/Community"),
    ("SE", "Self-help/Empowerment"),
    ("WB", "Wellbeing"),
)

TEXT_FIELDS = (
    "description",
    "bidder_guidance",
    "evaluator_guidance",
    "evidence",
    "kpi",
    "verification",
    "proportionality",
    "overlap",
)

# Documented in frameworks/README.md ("Negative externalities and experienced benefit").
NEGATIVE_EXTERNALITY_CODES = ("CV-EE-01", "CV-EE-04", "CV-CC-05", "CV-WB-01")
EXPERIENCED_BENEFIT_CODES = ("CV-PA-04", "CV-WB-04")

# Licences that let a council reuse and adapt the framework (no NoDerivatives, no NonCommercial).
OPEN_ADAPTABLE_LICENCES = ("CC BY 4.0", "CC BY-SA 4.0", "CC0 1.0", "OGL v3.0")

NT_CODE = re.compile(r"\bNT\s?\d+", re.IGNORECASE)

# DOMAIN.md section 3: the organisation forms a council can test, with evidence.
ORGANISATION_FORMS = (
    "registered co-operative society",
    "community benefit society",
    "community interest company",
    "employee-ownership-trust company",
    "worker co-operative",
    "public service mutual",
    "charity",
    "company limited by guarantee",
    "ordinary company",
)


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_framework(FRAMEWORK_FILE)


@pytest.fixture(scope="module")
def measures(framework: Framework) -> list[Measure]:
    return [m for _, _, m in framework.measures()]


@pytest.fixture(scope="module")
def readme() -> str:
    return README_FILE.read_text(encoding="utf-8")


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


# --- metadata ---------------------------------------------------------------------------------


def test_metadata(framework: Framework) -> None:
    info = framework.info
    assert info.id == "coop-values"
    assert info.name == "Co-operative values framework"
    assert info.version == "1.0.0"
    assert info.publisher == "CoopEval project"
    assert "councils.coop/publication/translating-coop-values" in info.source
    assert "Oxford City Council" in info.source and "2022" in info.source
    assert "ICA" in info.source or "International Co-operative Alliance" in info.source
    assert "1995" in info.source
    assert info.attribution.strip()
    assert info.description.strip()


def test_licence_is_open_and_allows_adaptation(framework: Framework, readme: str) -> None:
    licence = framework.info.licence
    assert licence in OPEN_ADAPTABLE_LICENCES
    assert "NC" not in licence.split() and "ND" not in licence.replace("-", " ").split()
    assert licence in readme, "the README must state the same licence as the file"


# --- structure --------------------------------------------------------------------------------


def test_five_ccin_themes_in_order(framework: Framework) -> None:
    assert tuple((t.id, t.name) for t in framework.themes) == THEMES_IN_ORDER
    for theme in framework.themes:
        assert theme.statement.strip(), theme.id


def test_at_least_two_outcomes_per_theme(framework: Framework) -> None:
    for theme in framework.themes:
        assert len(theme.outcomes) >= 2, theme.id
        for outcome in theme.outcomes:
            assert outcome.name.strip() and outcome.statement.strip(), outcome.id


def test_enough_measures_of_both_types(measures: list[Measure]) -> None:
    assert len(measures) >= 24
    types = {m.type for m in measures}
    assert types == {"qualitative", "quantitative"}


def test_codes_start_cv_and_match_their_theme(framework: Framework) -> None:
    for theme, _, m in framework.measures():
        assert m.code.startswith("CV-"), m.code
        assert m.code.startswith(f"CV-{theme.id}-"), f"{m.code} is filed under theme {theme.id}"


# --- every measure carries every field ----------------------------------------------------------


def test_every_measure_has_every_text_field(measures: list[Measure]) -> None:
    for m in measures:
        for field in TEXT_FIELDS:
            assert getattr(m, field).strip(), f"{m.code}.{field} is empty"
        assert m.title.strip(), m.code
        assert m.ica, f"{m.code} links no ICA identifier"
        assert m.toms_theme in TOMS_THEMES, f"{m.code} has no TOMs theme"


def test_quantitative_measures_have_unit_method_and_rationale(measures: list[Measure]) -> None:
    for m in (m for m in measures if m.is_quantitative):
        assert m.unit and m.unit.strip(), m.code
        assert m.method in ("relative", "target", "banded", "record_only"), m.code
        assert m.method_rationale.strip(), m.code
        assert m.direction in ("higher", "lower"), f"{m.code} should state its direction"
        assert m.proxy is None, f"{m.code}: the framework ships no £ proxy values"
        assert m.anchors is None, m.code
        if m.method == "target":
            assert m.target is not None and m.target > 0, m.code
        if m.method == "banded":
            assert len(m.bands) >= 2, m.code
            shares = [b.share for b in m.bands]
            # The better the value, the larger the share.
            if m.better == "higher":
                assert shares == sorted(shares), m.code
            else:
                assert shares == sorted(shares, reverse=True), m.code


def test_qualitative_measures_have_three_distinct_anchors(measures: list[Measure]) -> None:
    for m in (m for m in measures if not m.is_quantitative):
        assert m.anchors is not None, f"{m.code} has no anchors"
        low, middle, high = m.anchors.low.strip(), m.anchors.middle.strip(), m.anchors.high.strip()
        assert low and middle and high, f"{m.code} is missing an anchor"
        assert len({low, middle, high}) == 3, f"{m.code} repeats an anchor"
        assert m.method is None and m.unit is None and not m.bands, m.code


# --- coverage -----------------------------------------------------------------------------------


def test_every_ica_identifier_and_toms_theme_is_covered(framework: Framework) -> None:
    cov = coverage(framework)
    assert cov.uncovered_ica == (), f"ICA identifiers with no measure: {cov.uncovered_ica}"
    assert cov.uncovered_toms == (), f"TOMs themes with no measure: {cov.uncovered_toms}"
    assert cov.complete
    assert set(cov.ica) == set(ICA_IDENTIFIERS) and len(cov.ica) == 17


# --- no National TOMs material ------------------------------------------------------------------


def test_no_national_toms_codes_anywhere_in_the_file() -> None:
    data = tomllib.loads(FRAMEWORK_FILE.read_text(encoding="utf-8"))
    offending = [s for s in _strings(data) if NT_CODE.search(s)]
    assert offending == []
    # Comments are not in the parsed data; check the raw text too.
    assert not NT_CODE.search(FRAMEWORK_FILE.read_text(encoding="utf-8"))


def test_no_national_toms_codes_in_readme_or_changelog(readme: str) -> None:
    assert not NT_CODE.search(readme)
    assert not NT_CODE.search(CHANGELOG_FILE.read_text(encoding="utf-8"))


# --- suggested sets -----------------------------------------------------------------------------


def test_sets_light_core_full(framework: Framework, measures: list[Measure]) -> None:
    names = [s.name for s in framework.sets]
    assert {"light", "core", "full"} <= set(names)
    light = framework.measure_set("light").measures
    core = framework.measure_set("core").measures
    full = framework.measure_set("full").measures
    assert 5 <= len(light) <= 7, "the light set is about six measures"
    scored = [m.code for m in measures if not (m.is_quantitative and m.method == "record_only")]
    assert list(full) == scored, "full is every scored measure, in file order"
    assert set(light) <= set(core) <= set(full)
    assert len(light) < len(core) < len(full)
    for s in framework.sets:
        assert s.description.strip(), s.name


def test_light_set_touches_every_theme(framework: Framework) -> None:
    light = set(framework.measure_set("light").measures)
    for theme in framework.themes:
        codes = {m.code for o in theme.outcomes for m in o.measures}
        assert codes & light, f"the light set has nothing from {theme.name}"


# --- answering the prototype's critique ---------------------------------------------------------


def test_negative_externality_measures(framework: Framework, readme: str) -> None:
    assert any(m.is_quantitative and m.direction == "lower" for _, _, m in framework.measures())
    for code in NEGATIVE_EXTERNALITY_CODES:
        m = framework.measure(code)
        assert "harm" in m.description.lower(), f"{code} should say it looks at a harm"
        if m.is_quantitative:
            assert m.direction == "lower", code
        assert code in readme, f"the README should list {code} as a negative externality measure"


def test_experienced_benefit_measures(framework: Framework, readme: str) -> None:
    for code in EXPERIENCED_BENEFIT_CODES:
        m = framework.measure(code)
        text = m.description.lower()
        assert "survey" in text and "experience" in text, f"{code} should state its method"
        assert code in readme, f"the README should list {code} as an experienced-benefit measure"


def test_legal_form_earns_no_marks(framework: Framework) -> None:
    """The record fields hold form; no measure is about the bidder's form."""
    fields = {f.code: f for f in framework.record_fields}
    form = fields["CV-ORG-FORM"]
    assert form.kind == "choice"
    assert set(ORGANISATION_FORMS) <= set(form.choices)
    assert "never scored" in form.description.lower()
    evidence = fields["CV-ORG-EVIDENCE"]
    assert evidence.kind == "text"
    assert "FCA Mutuals Register" in evidence.description
    assert "Companies House" in evidence.description
    record_codes = set(fields)
    assert not record_codes & {m.code for _, _, m in framework.measures()}


# --- companions ---------------------------------------------------------------------------------


def test_readme_covers_what_councils_need(readme: str) -> None:
    for heading in ("light", "core", "full", "Procurement Act 2023", "Sources", "Licence"):
        assert heading in readme, heading


def test_changelog_has_an_entry_for_this_version(framework: Framework) -> None:
    changelog = CHANGELOG_FILE.read_text(encoding="utf-8")
    assert f"## {framework.info.version}" in changelog
