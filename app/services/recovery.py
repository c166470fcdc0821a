"""Staff password recovery ("Forgot password?" on the sign-in dialog): ask for a code to the registered e-mail,
then set a new password with that code and a fresh one-time code. No one is signed in: these calls carry no
token. Typed methods over the platform API; views call them through the task runner, off the GUI thread."""

from app.models.recovery_records import DemoRecoveryCode, RecoveryStarted
from app.models.records import PasswordRule, parse_time
from app.services import errors
from app.services.api_client import ApiClient

API = "/api/v1/auth/recovery"


class RecoveryService:
    def __init__(self, api: ApiClient):
        self.api = api

    def start(self, username: str) -> RecoveryStarted:
        """Asks for a code; the answer is the same sentence for every user name."""
        data = self.api.request("POST", f"{API}/start", json={"username": username}, auth=False, idempotent=False)
        return RecoveryStarted(data["message"])

    def confirm(self, username: str, code: str, new_password: str, otp_code: str) -> None:
        """Sets the new password; raises a typed error (its sentence from the server) when refused."""
        self.api.request("POST", f"{API}/confirm", auth=False, idempotent=False,
                         json={"username": username, "code": code, "new_password": new_password,
                               "otp_code": otp_code})

    def password_rules(self) -> list[PasswordRule]:
        return self.api.password_rules()

    def demo_code(self, username: str) -> DemoRecoveryCode | None:
        """The local demo platform's newest code for a demo account, or None when there is none to show."""
        try:
            data = self.api.request("GET", f"{API}/demo-code", params={"username": username}, auth=False)
        except errors.NotFound:
            return None
        return DemoRecoveryCode(data["code"], data["sent_to"], parse_time(data.get("expires_at")))
