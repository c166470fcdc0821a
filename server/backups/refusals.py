"""Why a backup or a restore was refused, as a sentence of the server's catalog (filled in the reader's language)."""

from server.messages import render


class BackupRefused(Exception):
    """`template` is a text marked with _() of server.messages; `params` fill it."""

    def __init__(self, template: str, params: dict | None = None):
        super().__init__(render(template, "en", params or {}))
        self.template, self.params = template, params or {}

    def sentence(self, language: str = "en") -> str:
        return render(self.template, language, self.params)
