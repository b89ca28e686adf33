"""Who acts on the command line: `--as NAME` with the passphrase from COOPEVAL_PASSPHRASE or a prompt
(never an argument) on every command that changes a workspace; read-only commands need no sign-in;
`init` and the `people` commands; the audit log names the person and the computer account."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.cli import common
from coopeval.services.identity import people
from coopeval.services.setup import start
from coopeval.services.workspace import Workspace, default_actor
from tests.helpers.workspaces import EXAMPLE_FRAMEWORK, draft_tender

pytestmark = pytest.mark.identity

OFFICER, OFFICER_PASS = "Olu Officer", "copper kettle meadow"
ANN, ANN_PASS = "Ann Other", "lantern orchard river"
SECRET_ENVS = (common.PASSPHRASE_ENV, common.NEW_PASSPHRASE_ENV, common.CODE_ENV, common.RECOVERY_CODE_ENV,
               common.PACK_PASSPHRASE_ENV)


@pytest.fixture(autouse=True)
def _no_secrets_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SECRET_ENVS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(common, "_interactive", lambda: False)  # pytest's stdin is no terminal; be sure


def run(*argv: object, env: dict[str, str] | None = None, monkeypatch: pytest.MonkeyPatch | None = None
        ) -> tuple[int, str, str]:
    if env:
        assert monkeypatch is not None
        for name in SECRET_ENVS:
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    if monkeypatch is not None:
        for name in SECRET_ENVS:
            monkeypatch.delenv(name, raising=False)
    return code, out.getvalue(), err.getvalue()


def as_officer(monkeypatch: pytest.MonkeyPatch, *argv: object, passphrase: str = OFFICER_PASS, **extra: str):
    return run(*argv, "--as", OFFICER, env={common.PASSPHRASE_ENV: passphrase, **extra}, monkeypatch=monkeypatch)


def clean_failure(code: int, err: str) -> bool:
    return code == 1 and err.startswith("coopeval: ") and "Traceback" not in err


def recovery_code(out: str, label: str = "Recovery code: ") -> str:
    return next(line.split(": ", 1)[1].strip() for line in out.splitlines() if line.startswith(label))


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A workspace made by `coopeval init` with Olu as its first officer; returns (path, recovery code)."""
    path = tmp_path / "council.coopeval"
    code, out, err = run("init", path, "--as", OFFICER, env={common.PASSPHRASE_ENV: OFFICER_PASS},
                         monkeypatch=monkeypatch)
    assert code == 0, err
    return path, recovery_code(out)


@pytest.fixture
def in_evaluation(workspace: tuple[Path, str]) -> Path:
    """Tender T1 in evaluation, set up by Olu through the services (panel: Ann, Cal, Oz)."""
    path = workspace[0]
    from coopeval.services.identity.sessions import sign_in
    from coopeval.services.setup import frameworks

    with Workspace.open(path) as ws:
        sign_in(ws, OFFICER, OFFICER_PASS)
        frameworks.import_framework(ws, EXAMPLE_FRAMEWORK)
        draft_tender(ws)
        start.start_evaluation(ws, "T1")
    return path


# --- init --------------------------------------------------------------------------------------------

def test_init_makes_the_first_officer_and_shows_the_recovery_code_once(workspace):
    path, code = workspace
    assert len(code) >= 10
    with Workspace.open(path, read_only=True) as ws:
        olu = people.person(ws, OFFICER)
    assert olu.is_officer and olu.has_passphrase
    listed = run("people", "list", path)
    assert listed[0] == 0 and OFFICER in listed[1] and "officer" in listed[1] and "passphrase set" in listed[1]
    assert code not in listed[1]  # shown once, at init, never again


def test_init_prints_words_on_keeping_the_code_safe(tmp_path, monkeypatch):
    code, out, _ = run("init", tmp_path / "w.coopeval", "--as", OFFICER, env={common.PASSPHRASE_ENV: OFFICER_PASS},
                       monkeypatch=monkeypatch)
    assert code == 0 and "only this once" in out and "Keep it safe" in out


def test_init_without_as_is_refused_naming_as(tmp_path, monkeypatch):
    code, _, err = run("init", tmp_path / "w.coopeval", env={common.PASSPHRASE_ENV: OFFICER_PASS},
                       monkeypatch=monkeypatch)
    assert clean_failure(code, err) and "--as NAME" in err
    assert not (tmp_path / "w.coopeval").exists()


def test_init_refuses_a_weak_passphrase_before_making_the_file(tmp_path, monkeypatch):
    code, _, err = run("init", tmp_path / "w.coopeval", "--as", OFFICER, env={common.PASSPHRASE_ENV: "short"},
                       monkeypatch=monkeypatch)
    assert clean_failure(code, err) and "at least" in err
    assert not (tmp_path / "w.coopeval").exists()


def test_init_asks_for_the_passphrase_twice_at_a_terminal(tmp_path, monkeypatch):
    answers = iter([OFFICER_PASS, OFFICER_PASS])
    monkeypatch.setattr(common, "_interactive", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt="": next(answers))
    code, out, err = run("init", tmp_path / "w.coopeval", "--as", OFFICER)
    assert code == 0, err
    assert "Recovery code" in out
    with Workspace.open(tmp_path / "w.coopeval", read_only=True) as ws:
        assert people.person(ws, OFFICER).has_passphrase


def test_init_refuses_two_different_entries(tmp_path, monkeypatch):
    answers = iter([OFFICER_PASS, "something else entirely"])
    monkeypatch.setattr(common, "_interactive", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt="": next(answers))
    code, _, err = run("init", tmp_path / "w.coopeval", "--as", OFFICER)
    assert clean_failure(code, err) and "differ" in err
    assert not (tmp_path / "w.coopeval").exists()


# --- --as on changing commands ------------------------------------------------------------------------

def test_as_with_the_right_passphrase_acts_and_the_audit_log_names_person_and_account(workspace, monkeypatch):
    path, _ = workspace
    code, out, err = as_officer(monkeypatch, "people", "add", path, ANN, "--email", "ann@example.org")
    assert code == 0, err
    assert f"Added {ANN}" in out
    code, log, _ = run("audit", "log", path)
    assert code == 0
    line = next(line for line in log.splitlines() if "create person" in line and "first_officer" not in line)
    assert f"{OFFICER} (account " in line
    assert f"{OFFICER} (account {default_actor()})" in line


def test_events_without_a_person_show_the_account_only(workspace):
    path, _ = workspace
    with Workspace.open(path) as ws:  # nobody signed in: the audit event carries no person
        from coopeval.storage import audit

        with ws.writing() as session:
            audit.append(session, actor="someaccount", action="note", entity="workspace", note="old-style event")
    _, log, _ = run("audit", "log", path)
    line = next(line for line in log.splitlines() if "old-style event" in line)
    assert "  someaccount  note workspace" in line and "(account" not in line


def test_a_wrong_passphrase_is_refused_and_nothing_changes(workspace, monkeypatch):
    path, _ = workspace
    code, out, err = as_officer(monkeypatch, "people", "add", path, ANN, passphrase="not my passphrase at all")
    assert clean_failure(code, err) and "not right" in err and out == ""
    with Workspace.open(path, read_only=True) as ws:
        assert [p.name for p in people.people(ws)] == [OFFICER]


MISSING_AS = [
    ("people", "add", "{ws}", ANN),
    ("people", "roles", "{ws}", OFFICER, "--role", "officer"),
    ("people", "reset", "{ws}", OFFICER),
    ("pack", "export", "{ws}", "--tender", "T1", "--member", "Ann", "--out", "{tmp}/p.coopeval-pack"),
    ("pack", "import", "{ws}", "{tmp}/p.coopeval-pack"),
    ("report", "{ws}", "--tender", "T1", "--out", "{tmp}/r.pdf"),
    ("summaries", "{ws}", "--tender", "T1", "--out-dir", "{tmp}/s"),
    ("export", "{ws}", "--tender", "T1", "--format", "csv", "--out", "{tmp}/csv"),
    ("tender", "export", "{ws}", "--tender", "T1", "--out", "{tmp}/t.json"),
    ("backups", "restore", "{ws}", "nothing.coopeval"),
]


@pytest.mark.parametrize("argv", MISSING_AS, ids=lambda a: " ".join(a[:2]))
def test_a_changing_command_without_as_is_refused_naming_as(workspace, tmp_path, monkeypatch, argv):
    path, _ = workspace
    before = Workspace.open(path, read_only=True)
    head = before.audit_head()
    before.close()
    filled = [a.format(ws=path, tmp=tmp_path) for a in argv]
    code, out, err = run(*filled, env={common.PASSPHRASE_ENV: OFFICER_PASS}, monkeypatch=monkeypatch)
    assert clean_failure(code, err), err
    assert "--as NAME" in err and out == ""
    with Workspace.open(path, read_only=True) as ws:
        assert ws.audit_head() == head
    assert not any((tmp_path / name).exists() for name in ("r.pdf", "s", "csv", "t.json", "p.coopeval-pack"))


def test_without_a_passphrase_and_no_terminal_the_message_names_the_variable(workspace, monkeypatch):
    path, _ = workspace
    code, _, err = run("people", "add", path, ANN, "--as", OFFICER)
    assert clean_failure(code, err) and common.PASSPHRASE_ENV in err


def test_a_terminal_is_asked_for_the_passphrase(workspace, monkeypatch):
    path, _ = workspace
    prompts: list[str] = []
    monkeypatch.setattr(common, "_interactive", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt="": prompts.append(prompt) or OFFICER_PASS)
    code, _, err = run("people", "add", path, ANN, "--as", OFFICER)
    assert code == 0, err
    assert prompts == [f"Passphrase for {OFFICER}: "]


def test_the_passphrase_is_never_accepted_as_an_argument(workspace, capsys):
    path, _ = workspace
    for flag in ("--passphrase", "--password", "--code", "--recovery-code", "--new-passphrase"):
        with pytest.raises(SystemExit) as exited:
            cli.main(["people", "add", str(path), ANN, "--as", OFFICER, flag, OFFICER_PASS])
        assert exited.value.code == 2, flag
    # No command anywhere has an option that takes a passphrase or a code.
    secret_words = ("passphrase", "password", "code", "secret")
    allowed = {"--password-env"}  # names an environment variable, not a secret

    def options(parser: argparse.ArgumentParser):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from options(sub)
            else:
                yield from action.option_strings

    found = [o for o in options(cli.build_parser()) if any(w in o for w in secret_words) and o not in allowed]
    assert found == []
    with Workspace.open(path, read_only=True) as ws:
        assert [p.name for p in people.people(ws)] == [OFFICER]


def test_a_person_without_the_role_is_refused_with_who_may(workspace, monkeypatch):
    path, _ = workspace
    assert as_officer(monkeypatch, "people", "add", path, ANN)[0] == 0
    assert run("people", "set-passphrase", path, ANN, env={common.NEW_PASSPHRASE_ENV: ANN_PASS},
               monkeypatch=monkeypatch)[0] == 0
    code, _, err = run("people", "add", path, "Someone Else", "--as", ANN, env={common.PASSPHRASE_ENV: ANN_PASS},
                       monkeypatch=monkeypatch)
    assert clean_failure(code, err) and "officer" in err and ANN in err


def test_restoring_a_backup_needs_an_officer(workspace, monkeypatch):
    path, _ = workspace
    assert as_officer(monkeypatch, "people", "add", path, ANN)[0] == 0
    assert run("people", "set-passphrase", path, ANN, env={common.NEW_PASSPHRASE_ENV: ANN_PASS},
               monkeypatch=monkeypatch)[0] == 0
    code, _, err = run("backups", "restore", path, "any.coopeval", "--as", ANN, env={common.PASSPHRASE_ENV: ANN_PASS},
                       monkeypatch=monkeypatch)
    assert clean_failure(code, err) and "Only a workspace officer may restore" in err


# --- read-only commands -------------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [("tenders", "{ws}"), ("check", "{ws}"), ("audit", "verify", "{ws}"),
                                  ("audit", "log", "{ws}"), ("backups", "list", "{ws}"), ("people", "list", "{ws}"),
                                  ("people", "list", "{ws}", "--json")], ids=lambda a: " ".join(a[:2]))
def test_read_only_commands_need_no_sign_in(in_evaluation, argv):
    code, out, err = run(*[a.format(ws=in_evaluation) for a in argv])
    assert code == 0, err
    assert out.strip()


def test_results_are_hidden_while_the_tender_is_in_evaluation(in_evaluation):
    for argv in (("results", in_evaluation, "--tender", "T1"), ("results", in_evaluation, "--tender", "T1", "--json")):
        code, out, err = run(*argv)
        assert clean_failure(code, err), (code, out, err)
        assert "moderation" in err
        assert "rank" not in out and "IP000" not in out and "Bidder" not in out


# --- people -------------------------------------------------------------------------------------------

def test_reset_gives_a_one_time_code_that_replaces_the_passphrase(workspace, monkeypatch):
    path, _ = workspace
    assert as_officer(monkeypatch, "people", "add", path, ANN, "--role", "contract_manager")[0] == 0
    code, out, err = run("people", "set-passphrase", path, ANN, env={common.NEW_PASSPHRASE_ENV: ANN_PASS},
                         monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, err = as_officer(monkeypatch, "people", "reset", path, ANN)
    assert code == 0, err
    one_time = recovery_code(out, "One-time code: ")
    assert "only this once" in out
    # the old passphrase stops working
    code, _, err = run("people", "roles", path, ANN, "--as", ANN, env={common.PASSPHRASE_ENV: ANN_PASS},
                       monkeypatch=monkeypatch)
    assert clean_failure(code, err) and "reset" in err
    # a wrong code is refused; the right one sets the new passphrase
    new = "granite willow harbour"
    code, _, err = run("people", "set-passphrase", path, ANN,
                       env={common.CODE_ENV: "WRONG-CODE-1", common.NEW_PASSPHRASE_ENV: new}, monkeypatch=monkeypatch)
    assert clean_failure(code, err) and "one-time code" in err
    code, out, err = run("people", "set-passphrase", path, ANN,
                         env={common.CODE_ENV: one_time, common.NEW_PASSPHRASE_ENV: new}, monkeypatch=monkeypatch)
    assert code == 0, err
    with Workspace.open(path) as ws:
        from coopeval.services.identity.sessions import sign_in

        assert sign_in(ws, ANN, new).name == ANN
    _, log, _ = run("audit", "log", path)
    assert "reset_passphrase person" in log and one_time not in log and new not in log


def test_changing_a_passphrase_needs_the_current_one(workspace, monkeypatch):
    path, _ = workspace
    new = "granite willow harbour"
    code, _, err = run("people", "set-passphrase", path, OFFICER,
                       env={common.PASSPHRASE_ENV: "not the passphrase", common.NEW_PASSPHRASE_ENV: new},
                       monkeypatch=monkeypatch)
    assert clean_failure(code, err) and "current passphrase" in err
    code, _, err = run("people", "set-passphrase", path, OFFICER,
                       env={common.PASSPHRASE_ENV: OFFICER_PASS, common.NEW_PASSPHRASE_ENV: new},
                       monkeypatch=monkeypatch)
    assert code == 0, err
    assert as_officer(monkeypatch, "people", "add", path, ANN, passphrase=new)[0] == 0


def test_recover_resets_the_officer_with_the_recovery_code_and_gives_a_new_one(workspace, monkeypatch):
    path, first_code = workspace
    new = "granite willow harbour"
    code, _, err = run("people", "recover", path, OFFICER,
                       env={common.RECOVERY_CODE_ENV: "AAAAA-BBBBB-CCCCC", common.NEW_PASSPHRASE_ENV: new},
                       monkeypatch=monkeypatch)
    assert clean_failure(code, err) and "recovery code is not right" in err
    code, out, err = run("people", "recover", path, OFFICER,
                         env={common.RECOVERY_CODE_ENV: first_code, common.NEW_PASSPHRASE_ENV: new},
                         monkeypatch=monkeypatch)
    assert code == 0, err
    second = recovery_code(out, "New recovery code: ")
    assert second != first_code
    assert as_officer(monkeypatch, "people", "add", path, ANN, passphrase=new)[0] == 0
    assert as_officer(monkeypatch, "people", "add", path, "Bo", passphrase=OFFICER_PASS)[0] == 1  # old one gone
    code, _, err = run("people", "recover", path, OFFICER,  # the first code is spent
                       env={common.RECOVERY_CODE_ENV: first_code, common.NEW_PASSPHRASE_ENV: OFFICER_PASS},
                       monkeypatch=monkeypatch)
    assert clean_failure(code, err)


def test_tender_import_into_a_new_file_makes_the_importer_its_first_officer(in_evaluation, tmp_path, monkeypatch):
    exported = tmp_path / "t1.json"
    code, _, err = as_officer(monkeypatch, "tender", "export", in_evaluation, "--tender", "T1", "--out", exported)
    assert code == 0, err
    fresh = tmp_path / "fresh.coopeval"
    code, _, err = run("tender", "import", fresh, exported, env={common.PASSPHRASE_ENV: ANN_PASS},
                       monkeypatch=monkeypatch)
    assert clean_failure(code, err) and "--as NAME" in err
    assert not fresh.exists()
    code, out, err = run("tender", "import", fresh, exported, "--as", ANN, env={common.PASSPHRASE_ENV: ANN_PASS},
                         monkeypatch=monkeypatch)
    assert code == 0, err
    assert "Imported tender T1" in out and "Recovery code: " in out
    with Workspace.open(fresh, read_only=True) as ws:
        assert people.person(ws, ANN).is_officer


def test_demo_prints_its_people_and_how_to_act_as_them(tmp_path, monkeypatch):
    from coopeval.services import demo

    monkeypatch.setattr(demo, "build_demo", lambda path: Path(path))  # the printing, not the 30-second build
    code, out, err = run("demo", tmp_path / "demo.coopeval")
    assert code == 0, err
    officer, _, passphrase = demo.demo_people()[0]
    assert f"{officer} (workspace officer): {passphrase}" in out
    assert f'--as "{officer}"' in out and common.PASSPHRASE_ENV in out


def test_help_mentions_as_and_the_passphrase_variable(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    top = capsys.readouterr().out
    assert "--as NAME" in top and common.PASSPHRASE_ENV in top
    with pytest.raises(SystemExit):
        cli.main(["people", "add", "--help"])
    sub = capsys.readouterr().out
    assert "--as NAME" in sub and common.PASSPHRASE_ENV in sub


# --- the real command ---------------------------------------------------------------------------------

def coopeval(*argv: object, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in SECRET_ENVS}
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "coopeval", *map(str, argv)], capture_output=True, text=True,
                          timeout=120, check=False, stdin=subprocess.DEVNULL, env=environment)


def test_the_real_command_signs_in_with_the_environment_and_refuses_without_as(tmp_path):
    path = tmp_path / "real.coopeval"
    made = coopeval("init", path, "--as", OFFICER, COOPEVAL_PASSPHRASE=OFFICER_PASS)
    assert made.returncode == 0, made.stderr
    assert "Recovery code: " in made.stdout
    refused = coopeval("people", "add", path, ANN, COOPEVAL_PASSPHRASE=OFFICER_PASS)
    assert refused.returncode == 1 and "--as NAME" in refused.stderr and "Traceback" not in refused.stderr
    added = coopeval("people", "add", path, ANN, "--as", OFFICER, COOPEVAL_PASSPHRASE=OFFICER_PASS)
    assert added.returncode == 0, added.stderr
    log = coopeval("audit", "log", path)
    assert log.returncode == 0 and f"{OFFICER} (account " in log.stdout
