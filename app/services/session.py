"""A signed-in console session: the profile, the API client, who the user is and what they may do.

Views ask this object for data; it runs nothing on the GUI thread itself (views call its methods
through the task runner).
"""

from dataclasses import dataclass, field

from app.models.records import Me, Permission
from app.services import credentials
from app.services.changes import DataChanges
from app.services.api_client import ApiClient
from app.services.settings import Profile


@dataclass
class ConsoleSession:
    profile: Profile
    api: ApiClient
    me: Me
    registry: dict[str, Permission] = field(default_factory=dict)
    remember: bool = False
    _changes: DataChanges | None = field(default=None, repr=False)

    @property
    def changes(self) -> DataChanges:
        """Made on first use, on the GUI thread (the session itself is loaded in the background)."""
        if self._changes is None:
            self._changes = DataChanges()
        return self._changes

    @classmethod
    def load(cls, profile: Profile, api: ApiClient, remember: bool) -> "ConsoleSession":
        """Reads who signed in and the permission registry (call off the GUI thread)."""
        me = api.me()
        registry = {p.name: p for p in api.permissions()}
        session = cls(profile, api, me, registry, remember)
        session.keep_refresh_token()
        return session

    def keep_refresh_token(self) -> None:
        """With "stay signed in", every new refresh token replaces the stored one in the keyring."""
        if not self.remember:
            credentials.forget(self.profile.id, self.me.username)
            self.api.on_tokens = None
            return

        def store(tokens):
            if tokens is None:
                credentials.forget(self.profile.id, self.me.username)
            else:
                credentials.save_refresh_token(self.profile.id, self.me.username, tokens.refresh_token)

        self.api.on_tokens = store
        if self.api.tokens:
            store(self.api.tokens)

    def sign_out(self) -> None:
        credentials.forget(self.profile.id, self.me.username)
        self.api.on_tokens = None
        self.api.sign_out()
