"""Who may do what: workspace roles, panel roles and the permission each action needs.

A person is known once per workspace and may sit on many tenders' panels. Workspace roles
(`WORKSPACE_ROLES`) cover work outside any panel; a panel seat's role (`lifecycle.ROLES`) covers
one tender. `allowed` is the one rule every service asks before it acts; `who_may` words the
refusal so the user knows whom to ask.
"""

from __future__ import annotations

from enum import StrEnum

from coopeval.domain.lifecycle import SCORING_ROLES
from coopeval.i18n import N_, _

OFFICER = "officer"
CONTRACT_MANAGER = "contract_manager"
WORKSPACE_ROLES = (OFFICER, CONTRACT_MANAGER)
WORKSPACE_ROLE_LABELS = {OFFICER: N_("officer"), CONTRACT_MANAGER: N_("contract manager")}  # `_()` where shown

PASSPHRASE_MIN = 10  # characters; long enough to resist guessing at Argon2's pace, short enough to type
PASSPHRASE_MAX = 1024
MAX_FAILURES = 5  # wrong passphrases in a row before signing in pauses
PAUSE_SECONDS = 60  # the first pause; it doubles with each further failure, up to an hour
PAUSE_MAX_SECONDS = 3600
IDLE_MINUTES = 15  # the desktop app forgets who is signed in after this long without input


class Permission(StrEnum):
    CREATE_TENDER = N_("create a tender")
    SET_UP = N_("change the tender's set-up")
    BIDS = N_("add or change bids")
    PANEL = N_("change the panel")
    RESOLVE = N_("resolve declarations of interest")
    OPEN_MODERATION = N_("open moderation")
    MODERATE = N_("record a consensus")
    FINALISE = N_("finalise the sign-off")
    REOPEN = N_("reopen a signed-off tender")
    EXPORT = N_("export, report or make evaluator packs")
    PEOPLE = N_("add people or reset passphrases")
    DECLARE = N_("declare interests")
    SCORE = N_("score bids")
    SIGN = N_("sign off")
    SEE_MODERATION = N_("see moderation")
    SPEND = N_("import spend and registers and decide which suppliers are co-operative")


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
    Permission.CREATE_TENDER: N_("a workspace officer"),
    Permission.SET_UP: N_("an officer"),
    Permission.BIDS: N_("an officer"),
    Permission.PANEL: N_("an officer"),
    Permission.RESOLVE: N_("an officer"),
    Permission.OPEN_MODERATION: N_("an officer"),
    Permission.MODERATE: N_("the chair or an officer on the panel"),
    Permission.FINALISE: N_("the chair"),
    Permission.REOPEN: N_("an officer"),
    Permission.EXPORT: N_("an officer"),
    Permission.PEOPLE: N_("a workspace officer"),
    Permission.DECLARE: N_("the panel member themselves"),
    Permission.SCORE: N_("the evaluator or chair themselves"),
    Permission.SIGN: N_("the evaluator or chair themselves"),
    Permission.SEE_MODERATION: N_("a member of the tender's panel or an officer"),
    Permission.SPEND: N_("a workspace officer"),
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
    """Who may take the action, in words in the current language ("an officer" / "swyddog")."""
    return _(WHO_MAY[permission])  # i18n: no - marked above


def action_words(permission: Permission) -> str:
    """The action in words in the current language ("score bids" / "sgorio cynigion")."""
    return _(permission.value)  # i18n: no - marked above


def passphrase_problem(passphrase: str, *, name: str = "") -> str | None:
    """What is wrong with a new passphrase, or None. Length is what matters (NCSC: three random
    words); no composition rules."""
    if len(passphrase) < PASSPHRASE_MIN:
        return _("A passphrase needs at least {PASSPHRASE_MIN} characters; three random words are a good choice.").format(PASSPHRASE_MIN=PASSPHRASE_MIN)
    if len(passphrase) > PASSPHRASE_MAX:
        return _("A passphrase can have at most {PASSPHRASE_MAX:,} characters.").format(PASSPHRASE_MAX=PASSPHRASE_MAX)
    if name and passphrase.strip().casefold() == name.strip().casefold():
        return _("A passphrase must not be your name.")
    if len(set(passphrase)) < 4:
        return _("That passphrase is too easy to guess; three random words are a good choice.")
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
