"""The demo's customer service: notes on a few customers, one phone change waiting for the senior risk officer,
one customer whose withdrawals are stopped after five wrong withdrawal passwords, and customer-side passwords so
that the demo front end can sign in (the demo's customers all have the password below)."""

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.customers.models import Customer
from server.customers.service_models import CustomerNote, PhoneChange
from server.security import passwords
from server.security.pii import blind_index
from server.staff.models import User

DEMO_LOGIN_PASSWORD = "Kehu2026pass"
DEMO_WITHDRAWAL_PASSWORD = "Tixian8899"
WITHDRAWALS_LOCKED = "IV0007"
PHONE_CHANGE = "IV0021"
NOTES = (
    ("IV0003", "service", 6, "客户来电询问提现到账时间，已告知工作日T+1到账。"),
    ("IV0003", "risk", 2, "客户反映短信验证码收不到，已核实手机号无误，建议检查拦截设置。"),
    ("IV0013", "service", 2, "客户来电：手机丢失，申请冻结登录；已锁定，待本人持证解锁。"),
    (WITHDRAWALS_LOCKED, "service", 1, "客户提现密码连续输错五次，提现暂停24小时；已告知可通过短信验证码重置提现密码。"),
    (PHONE_CHANGE, "service", 1, "客户持身份证到营业网点申请更换绑定手机号，资料已上传，待风控主管审批。"),
)


def seed_customer_service(db: Session) -> dict:
    """Plants the situations (nothing when the notes are there already). Returns what it made."""
    if db.scalar(select(CustomerNote.id).limit(1)) is not None:
        return {}
    customers = {c.number: c for c in db.scalars(select(Customer).where(
        Customer.number.in_({n for n, *_ in NOTES} | {WITHDRAWALS_LOCKED, PHONE_CHANGE})))}
    if not customers:
        return {}
    users = {u.username: u for u in db.scalars(select(User).where(User.username.in_(("service", "risk"))))}
    now = clock.now()
    made = {"notes": 0, "phone_changes": 0, "withdrawals_locked": 0}
    for number, username, days_ago, text in NOTES:
        customer, user = customers.get(number), users.get(username)
        if customer is None or user is None:
            continue
        db.add(CustomerNote(customer_id=customer.id, at=now - timedelta(days=days_ago, hours=3), author_id=user.id,
                            author_name=user.display_name, text=text))
        made["notes"] += 1
    login_hash = passwords.hash_password(DEMO_LOGIN_PASSWORD)
    withdrawal_hash = passwords.hash_password(DEMO_WITHDRAWAL_PASSWORD)
    for customer in customers.values():
        customer.login_password_hash = login_hash
        customer.withdrawal_password_hash = withdrawal_hash
    locked = customers.get(WITHDRAWALS_LOCKED)
    if locked is not None:
        locked.withdrawal_failures = 0
        locked.withdrawals_locked_until = now + timedelta(hours=20)
        made["withdrawals_locked"] = 1
    changing, requester = customers.get(PHONE_CHANGE), users.get("service")
    if changing is not None and requester is not None:
        new_phone = "13912340021"
        db.add(PhoneChange(customer_id=changing.id, new_phone=new_phone, new_phone_index=blind_index(new_phone),
                           reason="客户持身份证到营业网点申请更换绑定手机号（原号码已停用）", state="pending",
                           requested_by_id=requester.id, requested_by_name=requester.display_name,
                           requested_at=now - timedelta(hours=5)))
        made["phone_changes"] = 1
    db.flush()
    return made
