"""Who may do what: workspace roles, panel roles and the permission each action needs.

A person is known once per workspace and may sit on many tenders' panels. Workspace roles
(`WORKSPACE_ROLES`) cover work outside any panel; a panel seat's role (`lifecycle.ROLES`) covers
one tender. `allowed` is the one rule every service asks before it acts; `who_may` words the
refusal so the user knows whom to ask.
"""

from __future__ import annotations

from enum import StrEnum

from coopeval.domain.lifecycle import SCORING_ROLES

OFFICER = "officer"
CONTRACT_MANAGER = "contract_manager"
WORKSPACE_ROLES = (OFFICER, CONTRACT_MANAGER)
WORKSPACE_ROLE_LABELS = {OFFICER: "officer", CONTRACT_MANAGER: "contract manager"}

PASSPHRASE_MIN = 10  # characters; long enough to resist guessing at Argon2's pace, short enough to type
PASSPHRASE_MAX = 1024
MAX_FAILURES = 5  # wrong passphrases in a row before signing in pauses
PAUSE_SECONDS = 60  # the first pause; it doubles with each further failure, up to an hour
PAUSE_MAX_SECONDS = 3600
IDLE_MINUTES = 15  # the desktop app forgets who is signed in after this long without input


class Permission(StrEnum):
    CREATE_TENDER = "create a tender"
    SET_UP = "change the tender's set-up"
    BIDS = "add or change bids"
    PANEL = "change the panel"
    RESOLVE = "resolve declarations of interest"
    OPEN_MODERATION = "open moderation"
    MODERATE = "record a consensus"
    FINALISE = "finalise the sign-off"
    REOPEN = "reopen a signed-off tender"
    EXPORT = "export, report or make evaluator packs"
    PEOPLE = "add people or reset passphrases"
    DECLARE = "declare interests"
    SCORE = "score bids"
    SIGN = "sign off"
    SEE_MODERATION = "see moderation"
    SPEND = "import spend and registers and decide which suppliers are co-operative"


_OFFICERS = frozenset({Permission.CREATE_TENDER, Permission.SET_UP, Permission.BIDS, Permission.PANEL,
                       Permission.RESOLVE, Permission.OPEN_MODERATION, Permission.REOPEN, Permission.EXPORT,
                       Permission.PEOPLE, Permission.SEE_MODERATION, Permission.SPEND})
_PANEL: dict[str, frozenset[Permission]] = {
    # a consensus is recorded by someone on the panel (the chair, or an officer sitting on it), so the
    # record names a member of the panel that reached it
    # (an officer on the panel also declares their own interests, like every member)
    "officer": (_OFFICERS - {Permission.PEOPLE, Permission.CREATE_TENDER, Permission.SPEND}) | {Permission.MODERATE, Permission.DECLARE},
    "chair": frozenset({Permission.DECLARE, Permission.SCORE, Permission.SIGN, Permission.MODERATE,
                        Permission.FINALISE, Permission.SEE_MODERATION}),
    "evaluator": frozenset({Permission.DECLARE, Permission.SCORE, Permission.SIGN, Permission.SEE_MODERATION}),
    "observer": frozenset({Permission.DECLARE, Permission.SEE_MODERATION}),
}

WHO_MAY: dict[Permission, str] = {
    Permission.CREATE_TENDER: "a workspace officer",
    Permission.SET_UP: "an officer",
    Permission.BIDS: "an officer",
    Permission.PANEL: "an officer",
    Permission.RESOLVE: "an officer",
    Permission.OPEN_MODERATION: "an officer",
    Permission.MODERATE: "the chair or an officer on the panel",
    Permission.FINALISE: "the chair",
    Permission.REOPEN: "an officer",
    Permission.EXPORT: "an officer",
    Permission.PEOPLE: "a workspace officer",
    Permission.DECLARE: "the panel member themselves",
    Permission.SCORE: "the evaluator or chair themselves",
    Permission.SIGN: "the evaluator or chair themselves",
    Permission.SEE_MODERATION: "a member of the tender's panel or an officer",
    Permission.SPEND: "a workspace officer",
}


def allowed(permission: Permission, *, workspace_roles: frozenset[str] | set[str],
            panel_role: str | None) -> bool:
    """May someone with these workspace roles, sitting on the tender's panel in `panel_role` (None:
    not on it), take this action? Actions on one's own seat (declare, score, sign) also need the
    seat to be the actor's own; the service checks that."""
    if OFFICER in workspace_roles and permission in _OFFICERS:
        return True
    return panel_role is not None and permission in _PANEL.get(panel_role, frozenset())


def scores(panel_role: str | None) -> bool:
    return panel_role in SCORING_ROLES


def who_may(permission: Permission) -> str:
    return WHO_MAY[permission]


def passphrase_problem(passphrase: str, *, name: str = "") -> str | None:
    """What is wrong with a new passphrase, or None. Length is what matters (NCSC: three random
    words); no composition rules."""
    if len(passphrase) < PASSPHRASE_MIN:
        return f"A passphrase needs at least {PASSPHRASE_MIN} characters; three random words are a good choice."
    if len(passphrase) > PASSPHRASE_MAX:
        return f"A passphrase can have at most {PASSPHRASE_MAX:,} characters."
    if name and passphrase.strip().casefold() == name.strip().casefold():
        return "A passphrase must not be your name."
    if len(set(passphrase)) < 4:
        return "That passphrase is too easy to guess; three random words are a good choice."
    return None


def pause_seconds(failures: int) -> int:
    """How long signing in pauses after `failures` wrong passphrases in a row (0: no pause)."""
    if failures < MAX_FAILURES:
        return 0
    return int(min(PAUSE_MAX_SECONDS, PAUSE_SECONDS * 2 ** (failures - MAX_FAILURES)))


class Actor:
    """The person signed in on this workspace: who the services act for."""

    def __init__(self, person_id: int, name: str, roles: frozenset[str]):
        self.person_id = person_id
        self.name = name
        self.roles = roles

    def may(self, permission: Permission, panel_role: str | None) -> bool:
        return allowed(permission, workspace_roles=self.roles, panel_role=panel_role)

    def is_person(self, person_id: int | None) -> bool:
        return person_id is not None and person_id == self.person_id

    def __repr__(self) -> str:
        return f"Actor({self.person_id}, {self.name!r}, {sorted(self.roles)})"
