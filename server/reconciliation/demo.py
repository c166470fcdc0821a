"""Demo reconciliation: yesterday's (Asia/Shanghai) custodian statement against the books, with a few
differences of each kind left for the clerk, one adjusting entry waiting for the manager, and one
withdrawal marked timing (it is carried into today's run).

The day's movements are booked through the ledger's own movements (balanced, idempotent), then dated
to yesterday: seeding writes history, and the demo ledger's other movements all happen at seeding
time, i.e. today. The statement is a real GBK CSV in the built-in "generic" layout read by the
statement reader and stored by the import rules, then run by the automatic passes, so the workspace
shows what an import shows. No duplicate: the reader refuses a file that repeats a serial, and the
import refuses serials seen before, so a duplicate cannot come in through an import.

Seeding twice makes nothing new. A sample file for trying the import wizard on another day is in
resources/demo-statements/.
"""

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.ledger import day_flows, movements
from server.reconciliation import imports, proposals, resolution, runs
from server.reconciliation.models import ReconItem, ReconStatement
from server.reconciliation.service import SHANGHAI, business_day, find_day
from server.staff.models import User

YUAN = 100
HEADER = "银行流水号,平台订单号,子账户,交易金额,交易时间,摘要"

# (kind, customer, amount in yuan, minutes after 08:00 yesterday, what the bank shows)
# exact: as booked; differs: 2 yuan less (the bank took a fee); missing: not at the bank;
# window: without the order number, a few minutes later; split: in two lines of the same order number.
MOVEMENTS = (
    ("recharge", "IV0011", 50_000, 5, "exact"), ("recharge", "IV0012", 12_000, 17, "exact"),
    ("recharge", "IV0013", 8_800, 31, "exact"), ("recharge", "IV0014", 200_000, 44, "split"),
    ("recharge", "IV0015", 3_000, 52, "differs"), ("recharge", "IV0016", 66_600, 70, "exact"),
    ("recharge", "IV0017", 1_500, 95, "window"), ("recharge", "IV0018", 30_000, 120, "exact"),
    ("recharge", "IV0019", 9_999, 150, "missing"), ("recharge", "IV0020", 45_000, 181, "exact"),
    ("withdrawal", "IV0011", 20_000, 240, "exact"), ("withdrawal", "IV0012", 5_000, 300, "exact"),
    ("withdrawal", "IV0016", 10_000, 330, "differs"), ("withdrawal", "IV0018", 7_500, 420, "missing"),
    ("withdrawal", "IV0020", 15_000, 600, "exact"), ("withdrawal", "IV0013", 2_000, 900, "missing"),
)
# Lines only at the bank: (serial, customer, signed yuan, minutes, summary)
BANK_ONLY = (("DM90001", "IV0031", 5_000, 200, "来账（未识别订单）"), ("DM90002", "IV0032", -38, 610, "短信服务费"),
             ("DM90003", "IV0033", 1_288, 700, "来账（未识别订单）"))


def _principal(db: Session, username: str) -> Principal | None:
    user = db.scalar(select(User).where(User.username == username))
    if user is None:
        return None
    return Principal(user.id, user.username, user.display_name, 0, (), frozenset(user.permission_names))


def _clock(day: date, minutes: int) -> datetime:
    return datetime(day.year, day.month, day.day, 8, 0, tzinfo=SHANGHAI) + timedelta(minutes=minutes)


def _line(serial: str, order_no: str, customer: str, signed_fen: int, when: datetime, summary: str) -> str:
    return f"{serial},{order_no},{customer},{signed_fen / 100:.2f},{when:%Y-%m-%d %H:%M:%S},{summary}"


def statement_for(day: date, booked: list[tuple[str, str, str, int, datetime, str]],
                  reported_balance_fen: int) -> bytes:
    """The custodian's file for the day: header block with the reported balance, the lines, a totals line."""
    lines, stamp = [], f"{day:%Y%m%d}"
    n = 0
    for kind, customer, reference, fen, when, treatment in booked:
        signed = fen if kind == "recharge" else -fen
        summary = "充值" if kind == "recharge" else "提现"
        if treatment == "missing":
            continue
        n += 1
        serial = f"DM{stamp}{n:04d}"
        if treatment == "exact":
            lines.append(_line(serial, reference, customer, signed, when + timedelta(minutes=1), summary))
        elif treatment == "differs":
            fee = 2 * YUAN if signed > 0 else -2 * YUAN
            lines.append(_line(serial, reference, customer, signed - fee, when + timedelta(minutes=1), summary))
        elif treatment == "window":
            lines.append(_line(serial, "", customer, signed, when + timedelta(minutes=7), summary))
        elif treatment == "split":
            first = signed * 3 // 5
            lines.append(_line(serial + "A", reference, customer, first, when + timedelta(minutes=2), "充值（分笔）"))
            lines.append(_line(serial + "B", reference, customer, signed - first, when + timedelta(minutes=3),
                               "充值（分笔）"))
    for serial, customer, signed_yuan, minutes, summary in BANK_ONLY:
        lines.append(_line(f"{serial}{stamp}", "", customer, signed_yuan * YUAN, _clock(day, minutes), summary))
    rows = ["资金存管银行客户资金对账单", "平台名称：示例网络借贷信息中介平台", f"对账日期：{day.isoformat()}",
            f"期末余额：{reported_balance_fen / 100:.2f}", HEADER, *lines]
    return ("\r\n".join(rows) + "\r\n").encode("gbk")


def seed_reconciliation(db: Session, today: date | None = None) -> int:
    """Returns how many statement lines were imported (0 when the demo day is there already)."""
    today = today or business_day(utcnow())
    day = today - timedelta(days=1)
    existing = find_day(db, day)
    if existing is not None and db.scalar(select(ReconStatement.id).where(ReconStatement.day_id == existing.id)):
        return 0
    clerk = _principal(db, "finance")
    if clerk is None:
        return 0
    stamp = f"{day:%Y%m%d}"
    booked, dated = [], []
    for n, (kind, customer, amount_yuan, minutes, treatment) in enumerate(MOVEMENTS, start=1):
        reference = f"{'CZ' if kind == 'recharge' else 'TX'}{stamp}{n:04d}"
        op = f"demo-recon-{stamp}-{n}"
        move = movements.recharge if kind == "recharge" else movements.withdraw
        transfer = move(db, op, customer, amount_yuan * YUAN, reference)[0]
        when = _clock(day, minutes)
        dated.append((transfer.id, when))
        booked.append((kind, customer, reference, amount_yuan * YUAN, when, treatment))
    for transfer_id, when in dated:  # history: these happened yesterday
        day_flows.redate(db, [transfer_id], when.astimezone(timezone.utc))
    db.flush()

    from server.reconciliation.ledger_side import customers_total_at
    from server.reconciliation.service import day_bounds

    # The bank's total: the books' total, plus what only the bank saw, minus what only the books saw.
    ledger_total = customers_total_at(db, day_bounds(day)[1])
    bank_only = sum(s * YUAN for _, _, s, _, _ in BANK_ONLY)
    missing = sum(fen if kind == "recharge" else -fen for kind, _, _, fen, _, t in booked if t == "missing")
    differs = sum(-2 * YUAN if kind == "recharge" else 2 * YUAN for kind, _, _, _, _, t in booked if t == "differs")
    data = statement_for(day, booked, ledger_total + bank_only - missing + differs)

    audit = Auditor(db, None, "system", "cli", "seed-demo")
    filename = f"存管对账单_{stamp}.csv"
    parsed = imports.parse(data, filename, None, None)
    imports.store(db, audit, clerk, day, filename, None, parsed)
    runs.run_day(db, audit, clerk, day)
    open_items = {(i.reference or i.serial): i for i in db.scalars(
        select(ReconItem).where(ReconItem.day_id == find_day(db, day).id, ReconItem.state == "open"))}
    # One withdrawal the bank pays out today: timing. One unknown receipt: an adjusting entry waiting.
    timing = open_items.get(f"TX{stamp}0016")
    if timing is not None:
        resolution.mark_timing(db, audit, clerk, day, [("ledger", timing.id)], "银行次日出款")
    unknown = open_items.get(f"DM90001{stamp}")
    if unknown is not None:
        proposals.propose(db, audit, clerk, day, [("bank", unknown.id)],
                          "来账无法识别客户，挂账待查")
    audit.seal()
    return parsed.lines.height


def sample_statement(db: Session, day: date) -> bytes:
    """A custodian file for `day` in the CMB-style layout (收/付 direction column), GBK: every clearing
    movement the books show for the day, except that one recharge is missing, one withdrawal came out
    2 yuan short and one receipt is unknown to the platform. resources/demo-statements/ holds one made
    from a fresh `seed-demo` (`python -c "..."` in that folder's README), for trying the import wizard."""
    from server.reconciliation.ledger_side import day_movements

    rows = ["招商银行资金存管对账单", f"账务日期：{day.isoformat()}", "商户名称：示例网络借贷信息中介平台",
            "银行流水号,商户订单号,子账户,交易金额,收付方向,交易时间,摘要"]
    stamp = f"{day:%Y%m%d}"
    moved = day_movements(db, day)
    skipped = next((m["entry_id"] for m in moved if m["direction"] == "in"), None)
    short = next((m["entry_id"] for m in moved if m["direction"] == "out"), None)
    n = 0
    for m in moved:
        if m["entry_id"] == skipped:
            continue
        n += 1
        amount = m["amount_fen"] - (2 * YUAN if m["entry_id"] == short else 0)
        when = (m["at"] + timedelta(minutes=1)).astimezone(SHANGHAI)
        rows.append(f"SP{stamp}{n:05d},{m['reference'] or ''},{m['account']},{amount / 100:.2f},"
                    f"{'收' if m['direction'] == 'in' else '付'},{when:%Y-%m-%d %H:%M:%S},"
                    f"{'充值' if m['direction'] == 'in' else '提现'}")
    rows.append(f"SP{stamp}{n + 1:05d},,IV0199,8888.00,收,{day.isoformat()} 16:20:00,来账（未识别订单）")
    return ("\r\n".join(rows) + "\r\n").encode("gbk")
