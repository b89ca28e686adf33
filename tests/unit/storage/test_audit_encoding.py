"""The audit chain's canonical JSON, written faster, is byte for byte what it always was.

Every hash in every workspace and evaluator pack covers `json.dumps(value, sort_keys=True,
separators=(",", ":"), ensure_ascii=False)` of an event's fields. `audit.canonical` calls the same C
encoder directly and `audit.event_body` writes an event's fields itself; both are compared here with
that reference (kept below exactly as `audit` computed it before) over hostile values: every kind of
Unicode (NFC and NFD, control characters, U+2028, astral, lone surrogates), ints of any size, floats
(NaN, infinities, -0.0), bools, None, nesting, subclasses of str and int, and values JSON cannot
encode. Where the reference raises, the new code must raise the same error."""

from __future__ import annotations

import enum
import hashlib
import json
import unicodedata
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopeval.storage import audit

FIELDS = ("seq", "at", "actor", "action", "entity", "entity_id", "tender_ref", "before", "after", "note", "prev",
          "person")


def reference(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def reference_hash(event: Any) -> str:
    """`audit.event_hash` as it was written before it was made faster."""
    body = reference({
        "seq": event.seq, "at": event.at, "actor": event.actor, "action": event.action,
        "entity": event.entity, "entity_id": event.entity_id, "tender_ref": event.tender_ref,
        "before": event.before, "after": event.after, "note": event.note, "prev": event.prev_hash,
        **({"person": person} if (person := getattr(event, "person", None)) is not None else {}),
    })
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def outcome(fn: Any, *args: Any) -> tuple[str, Any]:
    """What `fn` gives: its value, or the type and message of what it raised."""
    try:
        return "value", fn(*args)
    except Exception as exc:  # noqa: BLE001 - compared, not swallowed
        return "raised", (type(exc), str(exc))


class Text(str):
    pass


class Number(int):
    def __repr__(self) -> str:
        return "a number"


class Level(enum.IntEnum):
    HIGH = 3


# Strings: any code point (surrogates included), with the characters JSON escapes made likely.
ANY_TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=40)
ESCAPES = st.lists(st.sampled_from(['"', "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f", "/",
                                    "\u2028", "\u2029", "\ufeff", "é", "e\u0301", "ŵ", "😀", "\ud800", "\udc00",
                                    "a", " "]), max_size=30).map("".join)
TEXT = ANY_TEXT | ESCAPES | ESCAPES.map(lambda s: unicodedata.normalize("NFD", s)) | \
    ESCAPES.map(lambda s: unicodedata.normalize("NFC", s)) | ESCAPES.map(Text)
INTS = st.integers() | st.sampled_from([0, -1, 2**63, -(2**63) - 1, 2**64 + 1, 10**40, -(10**40)]) | \
    st.integers(0, 10).map(Number) | st.just(Level.HIGH)
FLOATS = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([-0.0, 5e-324, 1e308, 0.1, 1e16])
SCALARS = st.none() | st.booleans() | INTS | FLOATS | TEXT
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(TEXT, inner, max_size=4), max_leaves=20)


@settings(max_examples=1500, deadline=None, database=None)
@given(VALUES)
def test_canonical_is_json_dumps_for_any_value(value):
    assert outcome(audit.canonical, value) == outcome(reference, value)


@settings(max_examples=300, deadline=None, database=None)
@given(st.dictionaries(st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False), SCALARS, max_size=5)
       | st.dictionaries(TEXT | st.integers(), SCALARS, max_size=4))
def test_canonical_is_json_dumps_for_any_keys(value):
    """Keys that are not strings are converted (or, mixed, refuse to sort) as json.dumps does."""
    assert outcome(audit.canonical, value) == outcome(reference, value)


@pytest.mark.parametrize("value", [
    "café", unicodedata.normalize("NFD", "café"), "\u2028\u2029", "\x00\x01\x1f\x7f", '"\\/', "😀\ud83d",
    "\udfff", 10**4000, -(10**4299), 10**5000, float("nan"), float("-inf"), -0.0, True, None, [], {},
    {"b": 1, "a": [1, {"d": None, "c": False}], "": ""}, {1: "one", "2": "two"}, {None: 1, True: 2},
    {"é": 1, "e\u0301": 2, "z": 3, "Z": 4}, Text("sub"), Number(7), Level.HIGH, (1, 2), object(), b"bytes",
    {"set": {1}}, [[[[[[[[[[["deep"]]]]]]]]]]],
], ids=lambda value: type(value).__name__)  # a huge int has no str()
def test_canonical_is_json_dumps_for_hostile_values(value):
    assert outcome(audit.canonical, value) == outcome(reference, value)


def test_canonical_refuses_a_circular_value_as_json_dumps_does():
    loop: list[Any] = []
    loop.append(loop)
    mapping: dict[str, Any] = {}
    mapping["self"] = mapping
    for value in (loop, mapping, [{"a": loop}]):
        assert outcome(audit.canonical, value) == outcome(reference, value)
        assert outcome(audit.canonical, value)[0] == "raised"
    assert audit.canonical({"after": "the encoder is fresh again"}) == '{"after":"the encoder is fresh again"}'


def test_canonical_without_the_c_encoder_is_the_same(monkeypatch):
    monkeypatch.setattr(audit, "_C_ENCODER", None)
    for value in ({"b": "é\n", "a": [1, 2.5, None, True]}, "\u2028", 10**30):
        assert audit.canonical(value) == reference(value)


# Event fields: mostly what an event holds (strings, ints, None), sometimes anything at all.
EVENT_TEXT = TEXT | st.sampled_from(["score", "Member 0", "2026-12-07T21:35:39.751033Z", "0" * 64, ""])
OPTIONAL_TEXT = st.none() | EVENT_TEXT
EVENT_INT = st.integers(min_value=-(2**70), max_value=2**70) | st.integers(1, 10**6)
FIELD_VALUES = {
    "seq": EVENT_INT, "at": EVENT_TEXT, "actor": EVENT_TEXT, "action": EVENT_TEXT, "entity": EVENT_TEXT,
    "entity_id": st.none() | EVENT_INT, "tender_ref": OPTIONAL_TEXT,
    "before": st.none() | VALUES.map(reference) | TEXT, "after": st.none() | VALUES.map(reference) | TEXT,
    "note": EVENT_TEXT, "prev": EVENT_TEXT, "person": OPTIONAL_TEXT,
}
ODD = SCALARS | VALUES


@st.composite
def event_fields(draw: st.DrawFn) -> dict[str, Any]:
    fields: dict[str, Any] = {name: draw(strategy) for name, strategy in FIELD_VALUES.items()}
    for name in draw(st.lists(st.sampled_from(FIELDS), max_size=3, unique=True)):  # now and then, any value
        fields[name] = draw(ODD)
    return fields


def as_event(fields: dict[str, Any], *, person: bool = True) -> SimpleNamespace:
    values = {("prev_hash" if k == "prev" else k): v for k, v in fields.items() if person or k != "person"}
    return SimpleNamespace(**values)


@settings(max_examples=1500, deadline=None, database=None)
@given(event_fields())
def test_event_body_is_canonical_of_the_event(fields):
    expected = {k: v for k, v in fields.items() if k != "person" or v is not None}
    assert outcome(audit.event_body, *(fields[k] for k in FIELDS)) == outcome(reference, expected)


@settings(max_examples=800, deadline=None, database=None)
@given(event_fields(), st.booleans())
def test_event_hash_is_the_hash_it_always_was(fields, has_person):
    """Over a row-like object (with or without `person`, as before schema 0004) and over plain values."""
    event = as_event(fields, person=has_person)
    expected = outcome(reference_hash, event)
    assert outcome(audit.event_hash, event) == expected
    assert outcome(audit.mapping_hash, vars(event)) == expected


@pytest.mark.parametrize("odd", [True, False, 1.0, float("nan"), Number(3), Level.HIGH, Text("x"), 10**5000, [1],
                                 {"k": "v"}, b"x", "\ud800", "e\u0301", "\u2028", "\x00"],
                         ids=lambda value: type(value).__name__)
@pytest.mark.parametrize("field", FIELDS)
def test_event_hash_with_an_odd_value_in_any_field(field, odd):
    fields = {"seq": 7, "at": "2026-12-07T21:35:39.751033Z", "actor": "officer", "action": "score", "entity": "score",
              "entity_id": 12, "tender_ref": "EVC-1", "before": None, "after": '{"a":"é"}', "note": "n",
              "prev": "0" * 64, "person": "Ann"}
    fields[field] = odd
    event = as_event(fields)
    assert outcome(audit.event_hash, event) == outcome(reference_hash, event)
    assert outcome(audit.mapping_hash, vars(event)) == outcome(reference_hash, event)


def test_an_ordinary_event_is_written_without_the_general_encoder(monkeypatch):
    """The fast path is the one taken for what events hold (so the comparisons above test it)."""
    fields = {"seq": 1, "at": "2026-12-07T21:35:39.751033Z", "actor": "officer", "action": "score", "entity": "score",
              "entity_id": None, "tender_ref": None, "before": None, "after": '{"rationale":"Da \\"iawn\\"\\n"}',
              "note": "", "prev": audit.GENESIS, "person": None}
    expected = reference({k: v for k, v in fields.items() if k != "person"})

    def refuse(value: Any) -> str:
        raise AssertionError("the general encoder was used")

    monkeypatch.setattr(audit, "canonical", refuse)
    assert audit.event_body(*(fields[k] for k in FIELDS)) == expected
    fields["person"] = "Siân"
    assert audit.event_body(*(fields[k] for k in FIELDS)) == reference(fields)


def test_chain_written_in_bulk_has_the_hashes_of_appended_events(tmp_path):
    """`Chain.event` (plain values) and the reference over the same fields agree, link by link."""
    from coopeval.services.workspace import Workspace

    with Workspace.create(tmp_path / "w.coopeval", actor="tester") as ws, ws.writing() as session:
        chain = audit.Chain(session, actor="tester", person="Siân", note="bulk")
        events = [chain.event(action="score", entity="score", entity_id=n, tender_ref="EVC-1",
                              before=None if n % 2 else {"value": n - 1}, after={"value": n, "rationale": "é\u2028\""})
                  for n in range(1, 6)]
        chain.flush()
    for event in events:
        assert event["hash"] == reference_hash(SimpleNamespace(**event))
    assert [e["prev_hash"] for e in events[1:]] == [e["hash"] for e in events[:-1]]


def test_canonical_calls_the_c_encoder_as_json_dumps_does(monkeypatch):
    """The arguments `canonical` hands the C encoder are those `JSONEncoder.iterencode` hands it for
    json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False) on the running Python: a newer
    Python that changed them (as 3.14 did for `indent`) fails here, not silently in a hash."""
    import json.encoder

    real = getattr(json.encoder, "c_make_encoder", None)
    if real is None:
        pytest.skip("this Python has no C encoder; canonical uses JSONEncoder.encode itself")
    calls: dict[str, tuple[Any, ...]] = {}

    def spy(name: str) -> Any:
        def make(*args: Any) -> Any:
            calls[name] = args
            return real(*args)
        return make

    monkeypatch.setattr(json.encoder, "c_make_encoder", spy("dumps"))
    value = {"b": [1, "é"], "a": None}
    assert reference(value) == '{"a":null,"b":[1,"é"]}'
    monkeypatch.setattr(audit, "_C_ENCODER", spy("canonical"))
    assert audit.canonical(value) == reference(value)
    theirs, ours = calls["dumps"], calls["canonical"]
    assert len(ours) == len(theirs)
    markers, default, encoder, *rest = theirs
    assert (type(ours[0]), ours[0]) == (type(markers), markers)  # a fresh circular-reference check
    assert getattr(ours[1], "__func__", ours[1]) is getattr(default, "__func__", default)
    assert ours[2] is encoder
    assert tuple(ours[3:]) == tuple(rest)
