"""The demo platform's staff accounts: one per demo role, with fixed passwords and fixed TOTP secrets.

They are public on purpose (README lists them) and exist only in a database made by `seed-demo`.
The desktop client reads this module for its local demo profile, so that its sign-in dialog can
show each account's current one-time code; it never does so for any other server profile.
"""

from dataclasses import dataclass

DEMO_PASSWORD = "Demo2026!Pass"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: str
    totp_secret: str
    mobile: str = ""

    @property
    def email(self) -> str:
        """Where the demo's password recovery codes "go" (the demo outbox; the domain is reserved, never real)."""
        return f"{self.username}@p2p.example"


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("risk", "李明", "risk_officer", "TYPQIVB2Y7TYFMMAX2Z52VELYUHNFXLN", "13800000001"),
    DemoAccount("risklead", "张伟", "senior_risk_officer", "2SYNJDCQIQG2MG73WLRZ3YW663Z7XBJA", "13800000002"),
    DemoAccount("finance", "陈静", "finance_clerk", "AISRIOVIHBTZKPG6AZWSYCP33EQ65G5F", "13800000003"),
    DemoAccount("finlead", "刘洋", "finance_manager", "C5AYZJTND6GKZJJG4E6M2W7UO345OUGG", "13800000004"),
    DemoAccount("admin", "赵强", "admin", "EK56BLUYPUFKS2CP2MVPJ2DGYP7SE4VC", "13800000005"),
    DemoAccount("auditor", "孙丽", "auditor", "YDD36BBQNQPGT6EQLKVEQW36PUJNNHAY", "13800000006"),
    DemoAccount("service", "周敏", "customer_service", "WICYCMELY7EROPNFAMYW44HZD4IBERXV", "13800000007"),
)
