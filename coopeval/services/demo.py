"""The demo workspace: tenders told in the data files under `resources/demo/`, built by calling
the same services a panel uses, so the demo never shows anything the product cannot do.

The builder knows the shape of a demo tender file, not its words. Each file describes one tender
from set-up to the stage it should reach ("evaluation", "signed_off" or "in_delivery"): its measures and
weights, the panel and their declarations, the bids with their responses, each evaluator's
scores and, for a signed-off tender, the consensus and the sign-off. A tender in delivery goes on
(issue 19): the award, the commitments, a year of delivery returns with their checks and evidence,
and the first year's ratings, its dates worked out from the day the demo is built (`contract_dates`)
so it is always a year into delivery. Then (issue 20) the officer imports the council's published spend for two
years and a Co-operatives UK register (made-up files beside the tender files, written by
`tests/helpers/spend_data.py`), accepts one fuzzy match and sets one supplier by hand, leaving three candidates in
the review queue. The workspace is built in a
temporary folder beside the target and moved into place only when complete, so a failure never
leaves half a demo behind.

The demo acts through real sign-ins, as a panel would: its officer (the first panel officer in the
data) becomes the workspace's first officer, each member sets their passphrase when added and
signs in to declare, score and sign off; the chair records the consensus and finalises. Their
passphrases are known (`demo_passphrase`: "<first name> demo passphrase"), so anyone trying the
demo can sign in as any of them.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.lifecycle import EVALUATION, IN_DELIVERY, SCORING_ROLES, SIGNED_OFF
from coopeval.domain.names import normalise_name
from coopeval.domain.periods import quarter_bounds, quarter_of, year_of
from coopeval.domain.records import RecordAnswer
from coopeval.domain.scales import Scale, load_scales
from coopeval.paths import frameworks_dir, resources_dir, user_data_dir
from coopeval.services.bids import entry as bids
from coopeval.services.delivery import award as awarding
from coopeval.services.delivery import commitments as contract
from coopeval.services.delivery import entries as delivery
from coopeval.services.delivery import ratings as rating
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.identity import people, sessions
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
from coopeval.services.registers import matching
from coopeval.services.registers.imports import import_register
from coopeval.services.setup import frameworks, start, tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.spend.imports import import_spend
from coopeval.services.workspace import Workspace
from coopeval.storage.backups import backups_dir
from coopeval.storage.sqlite import checkpoint

DEMO_FILE = "demo.coopeval"
STAGES = (EVALUATION, SIGNED_OFF, IN_DELIVERY)
FINAL = (SIGNED_OFF, IN_DELIVERY)  # stages that go through moderation and sign-off
# The council's spend and a register (issue 20): the files, and the two decisions the officer makes.
SPEND_FILES = ("spend-2025-26.csv", "spend-2026-27.csv")
REGISTER_FILE = "register-coops-uk.csv"
REGISTER_SOURCE = "Co-operatives UK open data, downloaded 2 Dec 2026 (made up for the demo)"
ACCEPTED_SUPPLIER = "Elmbridge Community Transport"  # a fuzzy candidate the officer accepts
HAND_SUPPLIER = "Ashdown Facilities Management Ltd"  # an employee-owned trust company, on no register
HAND_EVIDENCE = ("Companies House register of people with significant control (06411872): Ashdown EOT Trustees Ltd "
                 "has held 100% of the shares since 2019 for the employees' benefit; the trust deed gives employees "
                 "no individual vote. Checked by the procurement officer.")
_TITLES = {"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "cllr", "sir", "dame"}


class DemoDataError(CoopEvalError):
    """A demo data file is missing or malformed: a fault in the installation, not the user's."""


def demo_path() -> Path:
    """Where `coopeval --demo` keeps its demo workspace."""
    return user_data_dir() / DEMO_FILE


def ensure_demo() -> Path:
    """The demo workspace in the user data folder, built first if it is not there yet."""
    path = demo_path()
    if not path.exists():
        try:
            build_demo(path)
        except CoopEvalError:
            if not path.exists():  # anything but "another CoopEval built it a moment ago"
                raise
    return path


def build_demo(path: str | Path, *, actor: str = "demo") -> Path:
    """Build the demo workspace at `path`, which must not exist yet; returns the path."""
    path = Path(path).expanduser().absolute()
    if path.exists():
        raise CoopEvalError(f"{path.name} already exists; the demo is only built into a new file. "
                            "Choose another name, or move the existing file away first.")
    if not path.parent.is_dir():
        raise CoopEvalError(f"The folder {path.parent} does not exist; create it first or choose another place.")
    stories = load_demo_data()  # read before anything is written
    building = Path(tempfile.mkdtemp(prefix=f".{path.stem}-building-", dir=path.parent))
    try:
        staged = building / path.name
        with Workspace.create(staged, actor=actor) as ws:
            officer = _first_officer(ws, stories)
            for story in stories:
                try:
                    _build_tender(ws, story, officer, building)
                except CoopEvalError as exc:  # the data no longer fits the shipped frameworks or rules
                    raise DemoDataError(f"The demo tender {story['tender']['reference']} could not be built: {exc}") from exc
            try:
                _spend(ws, officer)
            except CoopEvalError as exc:
                raise DemoDataError(f"The demo's spend and register could not be imported: {exc}") from exc
        checkpoint(staged)  # the one file moved into place must be complete
        if path.exists():
            raise CoopEvalError(f"{path.name} appeared while the demo was being built; it was left as it is.")
        os.replace(staged, path)
        _move_backups(backups_dir(staged), backups_dir(path))
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return path


def demo_passphrase(name: str) -> str:
    """A demo person's passphrase: their first name (without a title, in plain letters) and "demo
    passphrase", e.g. "helen demo passphrase" for Dr Helen Okafor. For trying the demo only."""
    words = [w for w in name.split() if w.strip(".").casefold() not in _TITLES] or name.split()
    plain = unicodedata.normalize("NFKD", words[0]).encode("ascii", "ignore").decode("ascii").casefold()
    return f"{plain or 'member'} demo passphrase"


def demo_people(stories: list[dict[str, Any]] | None = None) -> list[tuple[str, str, str]]:
    """Everyone in the demo as (name, what they do, passphrase), the workspace officer first."""
    stories = load_demo_data() if stories is None else stories
    officer = _officer_of(stories)
    out = {officer["name"]: (officer["name"], "workspace officer", demo_passphrase(officer["name"]))}
    for story in stories:
        for member in story["panel"]:
            if member["name"] not in out:
                out[member["name"]] = (member["name"], f"{member['role']} on {story['tender']['reference']}",
                                       demo_passphrase(member["name"]))
    return list(out.values())


def _officer_of(stories: list[dict[str, Any]]) -> dict[str, Any]:
    for story in stories:
        for member in story["panel"]:
            if member["role"] == "officer":
                return member
    raise DemoDataError("The demo data names no officer on any panel; the installation is incomplete.")


def _first_officer(ws: Workspace, stories: list[dict[str, Any]]) -> str:
    officer = _officer_of(stories)
    people.create_first_officer(ws, name=officer["name"], passphrase=demo_passphrase(officer["name"]),
                                email=officer.get("email", ""))  # the recovery code is not needed for the demo
    return str(officer["name"])


def _as(ws: Workspace, name: str) -> None:
    """Sign `name` in (with their demo passphrase) unless they already are."""
    if ws.person is None or ws.person.name != name:
        sessions.sign_in(ws, name, demo_passphrase(name))


def load_demo_data(folder: Path | None = None) -> list[dict[str, Any]]:
    """Every demo tender file, in name order, read and checked for shape."""
    folder = folder or resources_dir() / "demo"
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise DemoDataError(f"No demo data was found in {folder}; the installation is incomplete. Reinstall CoopEval.")
    stories = []
    for file in files:
        try:
            story = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise DemoDataError(f"The demo data file {file.name} cannot be read: {exc}") from exc
        _check_shape(file.name, story)
        stories.append(story)
    return stories


def _check_shape(name: str, story: dict[str, Any]) -> None:
    problems = [f"no [{key}]" for key in ("tender", "frameworks", "panel", "bids") if key not in story]
    stage = story.get("tender", {}).get("stage")
    if stage not in STAGES:
        problems.append(f"tender.stage must be one of {', '.join(STAGES)}")
    if stage in FINAL and "chair" not in story.get("signoff", {}):
        problems.append("a signed-off tender needs [signoff] with the chair who finalises it")
    members = {m.get("key") for m in story.get("panel", [])}
    bid_keys = {b.get("key") for b in story.get("bids", [])}
    for d in story.get("declarations", []):
        if d.get("member") not in members or ("bid" in d and d["bid"] not in bid_keys):
            problems.append(f"declaration for {d.get('member')!r} names an unknown member or bid")
    for b in story.get("bids", []):
        for code, answer in b.get("answers", {}).items():
            unknown = set(answer.get("score", {})) - members
            if unknown:
                problems.append(f"{b.get('key')} {code}: scores from unknown members {', '.join(sorted(unknown))}")
            if stage in FINAL and "consensus" not in answer:
                problems.append(f"{b.get('key')} {code}: a signed-off tender needs a consensus for every answer")
    for c in story.get("other_criteria", []):
        unknown = set(c.get("scores", {})) - bid_keys
        if unknown:
            problems.append(f"other criterion {c.get('name')!r} scores unknown bids {', '.join(sorted(unknown))}")
    if stage == IN_DELIVERY and not all(k in story for k in ("award", "deliveries")):
        problems.append("a tender in delivery needs [award] and [[deliveries]]")
    if problems:
        raise DemoDataError(f"The demo data file {name} is malformed: " + "; ".join(problems) + ".")


@dataclass
class _Built:
    """Ids the services handed back, by the keys the data file uses."""

    reference: str
    measures: dict[str, int] = field(default_factory=dict)  # code -> tender measure id
    kinds: dict[str, str] = field(default_factory=dict)  # code -> qualitative/quantitative
    members: dict[str, int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    officer: str = ""  # the name of the officer who sets the tender up
    bids: dict[str, int] = field(default_factory=dict)


def _build_tender(ws: Workspace, story: dict[str, Any], officer: str, folder: Path) -> None:
    if story["tender"]["stage"] == IN_DELIVERY:  # its dates follow today's
        dates = contract_dates()
        story["tender"].setdefault("deadline", f"{dates.deadline.isoformat()}T12:00")
        for bid in story["bids"]:
            bid.setdefault("received_on", dates.deadline.isoformat())
    built = _set_up(ws, story, officer)
    _receive_bids(ws, story, built)
    _declare(ws, story, built)
    start.start_evaluation(ws, built.reference)
    _score(ws, story, built)
    if story["tender"]["stage"] in FINAL:
        _moderate(ws, story, built)
        _sign_off(ws, story, built)
    if story.get("other_criteria"):  # the whole result (issue 21): recorded before any award
        _other_criteria(ws, story, built)
    if story["tender"]["stage"] == IN_DELIVERY:
        _deliver(ws, story, built, folder)


def _set_up(ws: Workspace, story: dict[str, Any], officer: str) -> _Built:
    t = story["tender"]
    _as(ws, officer)
    view, _ = tenders.create_tender(
        ws, reference=t["reference"], title=t["title"], scale=_scale(t["scale"]), authority=t.get("authority", ""),
        contract_value_pence=t.get("contract_value_pence"), duration_months=t.get("duration_months"),
        description=t.get("description", ""), section_weight=t.get("section_weight", "10"))
    extra = {k: t[k] for k in ("disqualify_on_threshold", "discuss_at", "split_above", "min_rationale_chars",
                               "deadline", "clarification_route") if k in t}
    if extra:
        tenders.update_tender(ws, view.reference, **extra)
    built = _Built(view.reference, officer=officer)
    for group in story["frameworks"]:
        summary, _ = frameworks.import_framework(ws, frameworks_dir() / group["file"])
        chosen = group["measures"]
        added, _ = tenders.add_measures(ws, built.reference, summary.framework_id, codes=[m["code"] for m in chosen])
        for measure, wanted in zip(added, chosen):
            built.measures[measure.code], built.kinds[measure.code] = measure.id, measure.kind
            params = {"weight": wanted["weight"]} | ({"minimum": wanted["minimum"]} if "minimum" in wanted else {})
            tenders.set_measure(ws, measure.id, **params)
    for member in story["panel"]:
        view_m, _ = panel.add_member(ws, built.reference, name=member["name"], role=member["role"],
                                     email=member.get("email", ""))
        built.members[member["key"]], built.names[member["key"]] = view_m.id, member["name"]
        if not people.person(ws, member["name"]).has_passphrase:  # each sets their own the first time
            people.set_passphrase(ws, member["name"], demo_passphrase(member["name"]))
            _as(ws, officer)
    return built


def _scale(scale_id: str) -> Scale:
    scales = load_scales(resources_dir() / "scales.toml")
    if scale_id not in scales:
        raise DemoDataError(f"The demo asks for a scale {scale_id!r} that CoopEval does not ship.")
    return scales[scale_id]


def _receive_bids(ws: Workspace, story: dict[str, Any], built: _Built) -> None:
    _as(ws, built.officer)
    for bid in story["bids"]:
        details = {k: bid[k] for k in (*bids.BID_FIELDS, *bids.LEGACY_FIELDS) if k in bid}
        view, _ = bids.add_bid(ws, built.reference, records=_records(bid.get("records", {})), **details)
        built.bids[bid["key"]] = view.id
        for code, answer in bid.get("answers", {}).items():
            bids.set_response(ws, view.id, _measure(built, code), text=answer.get("text", ""),
                              page_refs=answer.get("page_refs", ""), quantity=answer.get("quantity"))


def _records(table: dict[str, Any]) -> list[RecordAnswer]:
    """A demo bid's `[bids.records]`: code = "value", or = {value = "…", evidence = "…"}, or a list of either for a
    field taking several choices."""
    out: list[RecordAnswer] = []
    for code, given in table.items():
        for item in given if isinstance(given, list) else [given]:
            if isinstance(item, dict):
                out.append(RecordAnswer(code, str(item.get("value", "")), str(item.get("evidence", ""))))
            else:
                out.append(RecordAnswer(code, str(item)))
    return out


def _measure(built: _Built, code: str) -> int:
    if code not in built.measures:
        raise DemoDataError(f"The demo answers {code}, which is not one of tender {built.reference}'s measures.")
    return built.measures[code]


def _declare(ws: Workspace, story: dict[str, Any], built: _Built) -> None:
    """Every member declares before seeing a bid: 'none' for the whole tender unless the data says
    otherwise, then any interest in one bid; the officer resolves each interest."""
    declared = story.get("declarations", [])
    for key, member_id in built.members.items():
        if not any(d["member"] == key and "bid" not in d for d in declared):
            _as(ws, built.names[key])
            panel.declare(ws, member_id, interest="none")
    for d in declared:
        _as(ws, built.names[d["member"]])
        view, _ = panel.declare(ws, built.members[d["member"]], interest=d["interest"], nature=d.get("nature"),
                                details=d.get("details", ""), bid_id=built.bids[d["bid"]] if "bid" in d else None)
        if "resolution" in d:
            _as(ws, built.officer)
            panel.resolve(ws, view.id, resolution=d["resolution"], note=d.get("resolution_note", ""))
    _as(ws, built.officer)


def _score(ws: Workspace, story: dict[str, Any], built: _Built) -> None:
    """Each member, signed in, saves their own scores (bid by bid, measure by measure) and submits."""
    for member_key, name in built.names.items():
        for bid in story["bids"]:
            for code, answer in bid.get("answers", {}).items():
                score = answer.get("score", {}).get(member_key)
                if score is None:
                    continue
                _as(ws, name)
                evaluation.save_score(ws, built.members[member_key], built.bids[bid["key"]], _measure(built, code),
                                      value=score.get("value"), abstain=score.get("abstain", False),
                                      abstain_reason=score.get("abstain_reason", ""),
                                      rationale=score["rationale"], evidence_refs=score.get("evidence_refs", ""))
    everyone_submits = story["tender"]["stage"] in FINAL
    for member in story["panel"]:
        if member["role"] in SCORING_ROLES and (everyone_submits or member.get("submitted", False)):
            _as(ws, member["name"])
            evaluation.submit_scores(ws, built.members[member["key"]])
    _as(ws, built.officer)


def _moderate(ws: Workspace, story: dict[str, Any], built: _Built) -> None:
    """The officer opens moderation; the chair records each consensus agreed in the meeting."""
    _as(ws, built.officer)
    moderation.open_moderation(ws, built.reference)
    _as(ws, built.names[story["signoff"]["chair"]])
    present = [built.names[k] for k in story.get("moderation", {}).get("present", built.names)]
    for bid in story["bids"]:
        for code, answer in bid["answers"].items():
            agreed = answer["consensus"]
            qualitative = built.kinds[code] == "qualitative"
            moderation.record_consensus(
                ws, built.bids[bid["key"]], _measure(built, code), rationale=agreed["rationale"],
                value=agreed.get("value") if qualitative else None, reached_by=agreed.get("reached_by", "discussion"),
                present=present, accepted_quantity=None if qualitative else agreed.get("quantity"),
                quantity_reason=agreed.get("quantity_reason", ""))


def _sign_off(ws: Workspace, story: dict[str, Any], built: _Built) -> None:
    signing = story["signoff"]
    for member in story["panel"]:
        if member["role"] in SCORING_ROLES:
            _as(ws, member["name"])
            signoff.sign(ws, built.members[member["key"]], signing["statement"],
                         passphrase=demo_passphrase(member["name"]))
    _as(ws, built.names[signing["chair"]])
    signoff.finalise(ws, built.reference, built.members[signing["chair"]])
    _as(ws, built.officer)


def _other_criteria(ws: Workspace, story: dict[str, Any], built: _Built) -> None:
    """The officer records the council's other award criteria and each bid's score with its reasons (issue 21)."""
    from coopeval.services.criteria import criteria

    _as(ws, built.officer)
    for given in story["other_criteria"]:
        made, _ = criteria.add_criterion(ws, built.reference, name=given["name"], kind=given["kind"],
                                         weight=given["weight"], max_score=given["out_of"],
                                         method=given.get("method", ""))
        for bid_key, scored in given.get("scores", {}).items():
            criteria.record_other_score(ws, made.id, built.bids[bid_key], score=scored["score"],
                                        reasons=scored["reasons"])


@dataclass(frozen=True)
class ContractDates:
    """A demo contract's dates, from the day it is built: a year into delivery."""

    quarters: tuple[str, ...]  # the contract's first five quarters: four reported, the fifth ended and overdue
    start: dt.date
    end: dt.date
    notice: dt.date  # the contract award notice (assessment summaries sent the same day)
    entered: dt.date
    deadline: dt.date  # for returns
    rated: str  # the first rating period: the financial year the contract started in


def contract_dates(today: dt.date | None = None) -> ContractDates:
    """The contract starts on the first day of the financial quarter five quarters before today's and runs three
    years; its notice is six weeks before the start (moved back to a Tuesday), the contract entered into two weeks
    before it, returns due three months before it."""
    today = today or dt.date.today()
    key = quarter_of(today)
    for _ in range(5):
        key = quarter_of(quarter_bounds(key)[0] - dt.timedelta(days=1))
    start = quarter_bounds(key)[0]
    quarters = [key]
    while len(quarters) < 5:
        quarters.append(quarter_of(quarter_bounds(quarters[-1])[1] + dt.timedelta(days=1)))
    end = start.replace(year=start.year + 3) - dt.timedelta(days=1)
    notice = start - dt.timedelta(days=42)
    notice -= dt.timedelta(days=(notice.weekday() - 1) % 7)  # a Tuesday: never a bank holiday Monday
    return ContractDates(tuple(quarters), start, end, notice, start - dt.timedelta(days=14),
                         start - dt.timedelta(days=91), year_of(start))


def _deliver(ws: Workspace, story: dict[str, Any], built: _Built, folder: Path) -> None:
    """The officer awards the contract, lifts the qualitative commitments, marks the KPIs, starts delivery, records
    a year of returns with their checks and evidence, and rates the first year."""
    _as(ws, built.officer)
    dates = contract_dates()
    given = story["award"]
    winner = next(b for b in story["bids"] if b["key"] == given["bid"])
    awarding.record_award(ws, built.reference, bid=winner["identifier"], notice_date=dates.notice.isoformat(),
                          start_on=dates.start.isoformat(), end_on=dates.end.isoformat(), value=given["value"],
                          entered_on=dates.entered.isoformat(), summaries_sent_on=dates.notice.isoformat())
    seeded = contract.list_commitments(ws, built.reference)
    by_code: dict[str, int] = {}
    qualitative = {c.code for c in seeded if c.kind == "qualitative"}
    for c in seeded:
        if c.kind == "quantitative":
            by_code[c.code] = c.id
    for n, line in enumerate(story.get("lift", []), start=1):
        code = line.get("code") or next(iter(sorted(qualitative)))
        view, _ = contract.add_commitment(ws, built.reference, code=code, text=line["text"], target=line.get("target"))
        by_code[f"{code}#{n}"] = view.id
    if story.get("lift"):
        for c in seeded:  # the placeholders the lifted lines replace
            if c.kind == "qualitative":
                contract.remove_commitment(ws, c.id)
    for code in story.get("contract", {}).get("kpis", []):
        contract.set_s52_kpi(ws, _commitment(by_code, code), True)
    awarding.start_delivery(ws, built.reference)
    evidence = {e["key"]: _evidence_file(folder, e) for e in story.get("evidence", [])}
    for block in story["deliveries"]:
        period = dates.quarters[int(block["quarter"]) - 1]
        for entry in block["entries"]:
            reported, _ = delivery.record_delivery(
                ws, _commitment(by_code, entry["commitment"]), period, actual=entry.get("actual"),
                answer=entry.get("answer"), evidence_refs=entry.get("evidence_refs", ""), note=entry.get("note", ""))
            for key in entry.get("evidence", []):
                delivery.attach_evidence(ws, reported.id, evidence[key])
            if "check" in entry:
                delivery.check_delivery(ws, reported.id, entry["check"], entry.get("check_reason", ""))
    differing = {r["commitment"]: r for r in story.get("ratings", [])}
    for line in rating.rating_lines(ws, built.reference, dates.rated):
        if not line.kpi:
            continue
        code = next((k for k, v in by_code.items() if v == line.commitment.id), line.commitment.code)
        wanted = differing.get(code)
        if wanted is not None and wanted["rating"] == line.suggestion:
            raise DemoDataError(f"The demo rates {code} {wanted['rating']} with a reason, but that is now CoopEval's "
                                "own suggestion; the story needs a rating that differs from it.")
        rating.record_rating(ws, line.commitment.id, dates.rated, wanted["rating"] if wanted else line.suggestion,
                             wanted["reason"] if wanted else "")


def _commitment(by_code: dict[str, int], code: str) -> int:
    if code not in by_code:
        raise DemoDataError(f"The demo names commitment {code}, which the contract does not have.")
    return by_code[code]


def _evidence_file(folder: Path, given: dict[str, Any]) -> Path:
    """A demo evidence file, made now in the building folder: a one-page PDF of `lines`, or the CSV text `csv`."""
    path = folder / given["name"]
    if "csv" in given:
        path.write_text(given["csv"], encoding="utf-8")
    else:
        path.write_bytes(text_pdf(given["lines"]))
    return path


def text_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF (A4, Helvetica) showing `lines`: enough for a demo evidence file, made without a PDF
    library (plain ASCII text; other characters become "?")."""
    def escaped(line: str) -> str:
        plain = line.encode("ascii", "replace").decode("ascii")
        return plain.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = "BT /F1 12 Tf 56 780 Td 16 TL " + " ".join(f"({escaped(line)}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{obj}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode("ascii")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


def _spend(ws: Workspace, officer: str) -> None:
    """The officer imports the register and the two years of spend (matching runs with each import), accepts the
    fuzzy candidate for `ACCEPTED_SUPPLIER` and sets `HAND_SUPPLIER` by hand: not democratic, with the evidence."""
    _as(ws, officer)
    folder = resources_dir() / "demo"
    import_register(ws, folder / REGISTER_FILE, kind="coops-uk", source=REGISTER_SOURCE)
    for name in SPEND_FILES:
        import_spend(ws, folder / name)
    item = next((i for i in matching.review_queue(ws) if i.supplier_name == ACCEPTED_SUPPLIER), None)
    if item is None or not item.candidates:
        raise DemoDataError(f"{ACCEPTED_SUPPLIER} is no longer a candidate for review; the demo files need changing.")
    matching.accept_candidate(ws, item.candidates[0].id,
                              reason="Same organisation: the register's address and the invoices' match.")
    matching.set_by_hand(ws, normalise_name(HAND_SUPPLIER), model="employee-owned (trust)", democratic=False,
                         evidence=HAND_EVIDENCE)


def _move_backups(source: Path, target: Path) -> None:
    """Keep the sign-off backups taken while building, beside the finished workspace."""
    if not source.is_dir():
        return
    target.mkdir(parents=True, exist_ok=True)
    for backup in source.iterdir():
        if backup.is_file() and not (target / backup.name).exists():
            os.replace(backup, target / backup.name)
