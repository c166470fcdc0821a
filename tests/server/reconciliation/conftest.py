"""Reconciliation tests through the real API: the customer side's money is booked in the ledger (the
ledger's own service, as the platform's customer side would), the custodian's statement is a CSV file
in GBK, the clerk (finance, 财务专员) imports and resolves, the manager (finlead, 财务主管) decides
adjusting entries and closes the day."""

from dataclasses import dataclass
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from server import clock
from server.audit.service import Auditor
from server.ledger import day_flows, movements
from server.staff.models import Role, RolePermission, User
from tests.server.withdrawals.conftest import Reviewer

SHANGHAI = clock.SHANGHAI
R = "/reconciliation"
HEADER = ["银行流水号", "平台订单号", "子账户", "交易金额", "交易时间", "摘要"]


def today() -> date:
    """Shanghai's business day now, by the platform's clock."""
    return clock.today()


@dataclass(frozen=True)
class Line:
    serial: str
    order_no: str
    account: str
    amount_fen: int  # signed: + money in, - money out
    at: datetime  # Asia/Shanghai wall time
    summary: str = "充值"


def statement_csv(lines: list[Line], balance_fen: int | None = None, encoding: str = "gbk") -> bytes:
    """A custodian's statement in the built-in "generic" layout: a header block, the column row, the lines."""
    rows = ["存管银行对账单", "账户名称：示例网络借贷平台客户资金存管户"]
    if balance_fen is not None:
        rows.append(f"期末余额：{balance_fen / 100:.2f}")
    rows.append(",".join(HEADER))
    for line in lines:
        rows.append(",".join([line.serial, line.order_no, line.account, f"{line.amount_fen / 100:.2f}",
                              line.at.strftime("%Y-%m-%d %H:%M:%S"), line.summary]))
    return ("\r\n".join(rows) + "\r\n").encode(encoding)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)


class Books:
    """The ledger as the customer side fills it: recharges and withdrawals with order numbers."""

    def __init__(self, platform):
        self.platform = platform
        self.n = 0

    def _op(self) -> str:
        self.n += 1
        return f"t-{self.n}"

    def recharge(self, ref: str, amount_fen: int, reference: str) -> int:
        with self.platform.db.write() as db:
            t = movements.recharge(db, self._op(), ref, amount_fen, reference)[0]
            db.commit()
            return t.id

    def withdraw(self, ref: str, amount_fen: int, reference: str) -> int:
        with self.platform.db.write() as db:
            t = movements.withdraw(db, self._op(), ref, amount_fen, reference)[0]
            db.commit()
            return t.id

    def backdate(self, transfer_ids: list[int], when: datetime) -> None:
        """Test set-up only: movements booked on an earlier business day."""
        with self.platform.db.write() as db:
            day_flows.redate(db, transfer_ids, when.astimezone(timezone.utc))
            db.commit()


@pytest.fixture
def books(platform) -> Books:
    return Books(platform)


@pytest.fixture
def person(client):
    cache = {}

    def get(username):
        if username not in cache:
            cache[username] = Reviewer(client, username)
        return cache[username]

    return get


def grant(platform, username: str, *permissions: str) -> None:
    with platform.db.write() as db:
        role = Role(name=f"recon_extra_{username}", label_zh="对账（测试）", label_en="Reconciliation (tests)",
                    permissions=[RolePermission(permission=p) for p in permissions])
        user = db.scalar(select(User).where(User.username == username))
        user.roles.append(role)
        audit = Auditor(db, None, "system", "test", "test")
        audit.record("test.role_granted", "user", username)
        audit.seal()
        db.commit()


def upload(who, day: date, data: bytes, filename: str = "statement.csv", language: str | None = None, **params):
    """`language`: the Accept-Language sent (none: the server answers in Chinese)."""
    return who.client.post(f"/api/v1{R}/days/{day.isoformat()}/statements", content=data,
                           params={"filename": filename, **params},
                           headers=who.headers | {"content-type": "application/octet-stream"}
                           | ({"accept-language": language} if language else {}))


def items(who, day: date, side: str, **params) -> list[dict]:
    answer = who.get(f"{R}/days/{day.isoformat()}/items", params={"side": side, "page_size": 200, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()["items"]


def by_reference(rows: list[dict]) -> dict[str, dict]:
    return {r["reference"] or r["serial"]: r for r in rows}
