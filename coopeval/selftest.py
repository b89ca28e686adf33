"""`coopeval --selftest`: prove an installation works, end to end, without touching the user's data.

Each check prints one line ("ok" or "FAIL", its name, what it found) and the exit status is 0 only
when every check passed, so IT can run it after deploying (`CoopEval.exe --selftest`) and a build
script can run it on the built folder. In order:

  installation  the shipped frameworks, scales, fonts, demo data and Alembic migrations are found
  migration     a workspace written at the first schema is backed up and upgraded to the newest
  scoring       the demo tenders are set up, scored, moderated and signed off through the services,
                each step by the person whose step it is, signed in with their passphrase, and the
                signed-off tender's results computed
  report        the demo officer signs in; the moderation report renders and is signed (PAdES) with
                a throwaway key
  verify        the signed report verifies: intact, valid, trusted, unchanged, audit head in the chain
  audit log     the workspace's hash-chained audit log is intact
  desktop       (when Qt is wanted) the main window opens on the demo workspace and draws

Everything happens in a temporary folder that is removed afterwards. The signing key is made in
that folder and the user data folder is redirected into it for the duration, so the user's own
signing key, logs and demo are never read or written. Qt is imported only by the desktop check
(through `coopeval.ui.selftest_qt`), so the other checks run where Qt cannot.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

FIRST_REVISION = "0001"
SELFTEST_TENDER = "EVC-2026-014"  # the demo's signed-off tender
SELFTEST_SIGNER = "CoopEval self-test"


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


class _Run:
    """The shared state of one self-test: the temporary folder and what earlier checks made."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.demo: Path | None = None
        self.report: Path | None = None
        self.certificate: Path | None = None


# --- the checks -------------------------------------------------------------------------------------

def check_installation(run: _Run) -> str:
    from coopeval.paths import resources_dir
    from coopeval.services.catalogue import load_catalogue
    from coopeval.services.demo import load_demo_data
    from coopeval.storage.workspace_file import MIGRATIONS, head_revision, known_revisions

    catalogue = load_catalogue()
    if catalogue.problems:
        raise CheckFailed(f"{len(catalogue.problems)} problem(s) in the shipped files, first: {catalogue.problems[0]}")
    if not catalogue.frameworks:
        raise CheckFailed("no shipped frameworks were found")
    fonts = sorted(p.name for p in (resources_dir() / "fonts").glob("*.ttf"))
    if not fonts:
        raise CheckFailed(f"no report fonts in {resources_dir() / 'fonts'}")
    stories = load_demo_data()
    revisions = known_revisions()
    if FIRST_REVISION not in revisions or not (MIGRATIONS / "env.py").is_file():
        raise CheckFailed(f"the schema migrations in {MIGRATIONS} are incomplete")
    return (f"{len(catalogue.frameworks)} frameworks, {len(catalogue.scales)} scales, {len(fonts)} fonts, "
            f"{len(stories)} demo tenders, schema migrations {FIRST_REVISION}..{head_revision()}")


def check_migration(run: _Run) -> str:
    from coopeval import __version__
    from coopeval.services.maintenance.audit import verify_audit
    from coopeval.services.maintenance.backups import list_backups
    from coopeval.services.maintenance.check import schema_revision
    from coopeval.services.workspace import Workspace
    from coopeval.storage.workspace_file import create_at_revision, head_revision

    folder = run.folder / "migration"
    folder.mkdir()
    path = folder / "first-schema.coopeval"
    create_at_revision(path, FIRST_REVISION, written_by="0.0.9")  # as CoopEval 0.0.9 left it
    head = head_revision()
    with Workspace.open(path, actor="selftest") as ws:
        now_at = schema_revision(ws)
        chain = verify_audit(ws)
        migrated_from = ws.migrated_from
    if migrated_from != FIRST_REVISION or now_at != head:
        raise CheckFailed(f"expected schema {FIRST_REVISION} to become {head}; it went from {migrated_from} to {now_at}")
    if not chain.ok:
        raise CheckFailed("the audit log is broken after migrating: " + "; ".join(chain.problems[:3]))
    backups = list_backups(path)
    if len(backups) != 1:
        raise CheckFailed(f"expected one backup before migrating, found {len(backups)}")
    return f"a schema {FIRST_REVISION} workspace was backed up and upgraded to {head} by CoopEval {__version__}"


def check_scoring(run: _Run) -> str:
    from coopeval.domain.rounding import round_half_up
    from coopeval.services.demo import build_demo
    from coopeval.services.results.compute import tender_results
    from coopeval.services.workspace import Workspace

    folder = run.folder / "demo"
    folder.mkdir()
    run.demo = build_demo(folder / "selftest-demo.coopeval", actor="selftest")
    with Workspace.open(run.demo, read_only=True) as ws:
        view = tender_results(ws, SELFTEST_TENDER)
    if view.provisional:
        raise CheckFailed(f"tender {SELFTEST_TENDER} should be signed off and its results final")
    ranked = [bid for bid in view.results.bids if bid.rank is not None]
    if not ranked or not view.results.leaders:
        raise CheckFailed(f"tender {SELFTEST_TENDER} ranked no bids")
    best = ranked[0]
    total = round_half_up(best.total, 2)  # as every report prints it, never float rounding
    if not 0 < total <= 100:
        raise CheckFailed(f"the leading bid's total {total} is outside 0–100")
    bidder = view.bids[best.bid_id]
    return (f"tender {SELFTEST_TENDER} scored and signed off; {len(ranked)} bids ranked, "
            f"{bidder.trading_name or bidder.legal_name} first with {total} of 100")


def check_report(run: _Run) -> str:
    from coopeval.services.demo import demo_people
    from coopeval.services.identity import sessions
    from coopeval.services.reports.writing import throwaway_signing_key, write_report
    from coopeval.services.workspace import Workspace

    if run.demo is None:
        raise CheckFailed("not run: it needs the scoring check's workspace")
    key, run.certificate = throwaway_signing_key(run.folder / "signing", SELFTEST_SIGNER)
    out = run.folder / "selftest-report.pdf"
    officer, _role, passphrase = demo_people()[0]  # only an officer reports: sign in as the demo's
    with Workspace.open(run.demo, read_only=True) as ws:
        sessions.sign_in(ws, officer, passphrase)
        written = write_report(ws, SELFTEST_TENDER, out, key=key)
    if written.draft or not written.signed_by:
        raise CheckFailed("the report came out as a draft or unsigned")
    run.report = written.path
    size = written.path.stat().st_size // 1024
    return f"{written.pages} pages ({size} KB) rendered and signed by {written.signed_by}"


def check_verify(run: _Run) -> str:
    from coopeval.services.reports.writing import verify_report

    if run.report is None or run.certificate is None:
        raise CheckFailed("not run: it needs the report check's signed report")
    report = verify_report(run.report, trust=[run.certificate], workspace=run.demo)
    if not report.ok:
        failed = [c for c in report.checks if not c.ok]
        raise CheckFailed("; ".join(f"{c.name}: {c.message}" for c in failed) or "no checks ran")
    return f"{', '.join(c.name for c in report.checks)} all pass ({report.subfilter or 'PAdES'})"


def check_audit_log(run: _Run) -> str:
    from coopeval.services.maintenance.audit import verify_audit_file

    if run.demo is None:
        raise CheckFailed("not run: it needs the scoring check's workspace")
    report = verify_audit_file(run.demo)
    if not report.ok:
        raise CheckFailed("; ".join(report.problems[:3]))
    return f"{report.events} events, hash chain intact (head {report.head[:12]}…)"


def check_desktop(run: _Run) -> str:
    try:
        from coopeval.ui.selftest_qt import check_main_window
    except ImportError as exc:
        raise CheckFailed(f"Qt cannot be loaded: {exc}") from None
    return check_main_window(run.folder / "desktop", run.demo)


CHECKS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("installation", check_installation),
    ("migration", check_migration),
    ("scoring", check_scoring),
    ("report", check_report),
    ("verify", check_verify),
    ("audit log", check_audit_log),
)
DESKTOP_CHECK = ("desktop", check_desktop)


# --- running them -------------------------------------------------------------------------------------

@contextmanager
def user_data_redirected(folder: Path) -> Iterator[Path]:
    """Point CoopEval's user data folder at `folder` while the self-test runs, so nothing it does can
    reach the user's signing key, demo or logs. `coopeval.paths.user_data_dir` asks platformdirs at
    each call, and platformdirs ignores environment variables on Windows, so the redirect is made
    there; it is undone afterwards."""
    import platformdirs

    original = platformdirs.user_data_path

    def redirected(*args: object, ensure_exists: bool = False, **kwargs: object) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    platformdirs.user_data_path = redirected
    try:
        yield folder
    finally:
        platformdirs.user_data_path = original


def run_checks(out: TextIO, *, desktop: bool = True) -> list[CheckResult]:
    """Run every check in a temporary folder, printing one line each as it finishes."""
    checks = CHECKS + ((DESKTOP_CHECK,) if desktop else ())
    results = []
    with tempfile.TemporaryDirectory(prefix="coopeval-selftest-", ignore_cleanup_errors=True) as temp:
        run = _Run(Path(temp))
        with user_data_redirected(run.folder / "user-data"):
            for name, check in checks:
                started = time.perf_counter()
                try:
                    detail = check(run)
                    result = CheckResult(name, True, detail)
                except CheckFailed as exc:
                    result = CheckResult(name, False, str(exc))
                except Exception as exc:  # noqa: BLE001 - any failure is a failed check, told plainly
                    result = CheckResult(name, False, f"{type(exc).__name__}: {exc}")
                seconds = time.perf_counter() - started
                results.append(result)
                print(f"{result.line()} [{seconds:.1f}s]", file=out, flush=True)
    return results


def main(out: TextIO | None = None, *, desktop: bool = True) -> int:
    from coopeval import __version__

    if out is None:
        out = sys.stdout
        if hasattr(out, "reconfigure"):  # a Windows pipe or log file may be cp1252; a name must not crash it
            out.reconfigure(errors="backslashreplace")
    results = run_checks(out, desktop=desktop)
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"CoopEval {__version__} self-test FAILED: {', '.join(failed)}.", file=out)
        return 1
    print(f"CoopEval {__version__} self-test passed: all {len(results)} checks.", file=out)
    return 0
