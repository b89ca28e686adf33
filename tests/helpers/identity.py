"""Who acts in tests.

Tests about scoring arithmetic, reports or storage are not about who is signed in, so by default
every workspace a test opens acts as `Everyone`: a stand-in that may do anything (the idea of
Django's `force_login` with a superuser). It exists only here, never in the app. Tests about
identity and roles are marked `@pytest.mark.identity`: their workspaces start with nobody signed
in, and they sign in through the real services with real passphrases.
"""

from __future__ import annotations

from coopeval.domain.identity import WORKSPACE_ROLES, Actor, Permission


class Everyone(Actor):
    def __init__(self) -> None:
        super().__init__(0, "Test Runner", frozenset(WORKSPACE_ROLES))

    def may(self, permission: Permission, panel_role: str | None) -> bool:
        return True

    def is_person(self, person_id: int | None) -> bool:
        return True
