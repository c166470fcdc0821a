"""Words for the customers area's codes (side, kind, states, what a search matched) in both languages, and a small
table model over a list the server sends whole."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.models.paged_table import Column, ColumnTableModel
from app.services.language import current_is_chinese

SIDES = {"investor": ("出借人", "Investor"), "borrower": ("借款人", "Borrower")}
KINDS = {"person": ("个人", "Person"), "company": ("企业", "Company")}
MATCHES = {
    "number": ("客户编号", "customer number"), "name": ("姓名", "name"), "phone": ("手机号", "phone"),
    "id_number": ("身份证号", "ID number"), "licence": ("营业执照号", "business licence number"),
    "bank_card": ("银行卡号", "bank card"), "application": ("借款申请编号", "application number"),
    "withdrawal": ("提现编号", "withdrawal number"), "none": ("无", "nothing"),
}
WITHDRAWAL_STATES = {
    "pending_review": ("待审核", "Pending review", "grey"),
    "pending_second_approval": ("待主管审批", "Awaiting second approval", "blue"),
    "paid": ("已出款", "Paid", "green"), "rejected": ("已拒绝", "Rejected", "red"),
}
INVESTMENT_STATES = {
    "posted": ("已出借", "Lent", "green"),
    "frozen": ("冻结中", "Frozen", "blue"), "pending": ("冻结中", "Frozen", "blue"), "active": ("收益中", "Earning", "green"),
    "repaying": ("收益中", "Earning", "green"), "released": ("已解冻", "Released", "grey"),
    "settled": ("已回款", "Settled", "grey"), "repaid": ("已回款", "Settled", "grey"),
    "compensated": ("已代偿", "Compensated", "orange"), "written_off": ("已核销", "Written off", "red"),
    "overdue": ("逾期", "Overdue", "orange"), "listed": ("募集中", "Listed", "blue"), "funded": ("满标", "Funded", "blue"),
    "disbursed": ("收益中", "Earning", "green"), "expired": ("流标", "Expired", "grey"),
}
INSTALLMENT_STATES = {
    "due": ("待还", "Due", "grey"), "pending": ("待还", "Due", "grey"), "scheduled": ("待还", "Due", "grey"),
    "partial": ("部分还款", "Partly paid", "orange"), "paid": ("已还", "Paid", "green"),
    "overdue": ("逾期", "Overdue", "red"), "compensated": ("已代偿", "Compensated", "orange"),
    "written_off": ("已核销", "Written off", "red"),
}
PHONE_CHANGE_STATES = {"pending": ("待审批", "Pending", "blue"), "approved": ("已批准", "Approved", "green"),
                       "rejected": ("已拒绝", "Rejected", "red")}
OUTBOX_STATES = {"queued": ("待发送", "Queued", "grey"), "sent": ("已发送", "Sent", "green"),
                 "failed": ("发送失败", "Failed", "red")}
CHANNELS = {"sms": ("短信", "SMS"), "email": ("电子邮件", "E-mail")}
BLACKLIST_KINDS = {"id_number": ("身份证号", "ID number"), "phone": ("手机号", "Phone"),
                   "bank_card": ("银行卡号", "Bank card"), "name": ("姓名", "Name")}
BLACKLIST_SOURCES = {"internal": ("内部", "Internal"), "court": ("法院失信名单", "Court list"),
                     "partner": ("合作机构", "Partner")}
DIRECTIONS = {"in": ("收入", "In"), "out": ("支出", "Out")}
ACCOUNT_SIDES = {"available": ("可用余额", "Available"), "frozen": ("冻结金额", "Frozen")}


def word(table: dict, code: str | None) -> str:
    """The code's word in the console's language; "—" for none, a code nobody named stays as it is (seen, and
    fixed, by the self-check)."""
    if not code:
        return "—"
    entry = table.get(code)
    if entry is None:
        return code
    return entry[0] if current_is_chinese() else entry[1]


class ListModel(ColumnTableModel):
    """Rows the server sends whole (a customer's loans, notes, pending phone changes), shown with `Column`s."""

    def __init__(self, columns: list[Column], parent=None, identifiers: tuple[int, ...] = ()):
        super().__init__(columns, parent)
        self.setProperty("identifierColumns", list(identifiers))

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

def column(title: str, text: Callable[[object], str], right: bool = False, mono: bool = False,
           colour: Callable[[object], str | None] | None = None) -> Column:
    return Column(title, text, None, right, mono, colour)


# The reasons staff give most often, offered first in the reason dialogs (details follow).

def lock_reasons() -> list[str]:
    return [
            QCoreApplication.translate("CustomerService", "Customer reported a lost or stolen phone"),
            QCoreApplication.translate("CustomerService", "Suspected fraud"),
            QCoreApplication.translate("CustomerService", "Customer asked to lock the account")]


def unlock_reasons() -> list[str]:
    return [
            QCoreApplication.translate("CustomerService", "Customer's identity verified by phone"),
            QCoreApplication.translate("CustomerService", "Fraud suspicion cleared"),
            QCoreApplication.translate("CustomerService", "Customer asked to unlock the account")]


def reveal_reasons() -> list[str]:
    return [
            QCoreApplication.translate("CustomerService", "Customer on the phone: identity check"),
            QCoreApplication.translate("CustomerService", "Complaint or dispute handling"),
            QCoreApplication.translate("CustomerService", "Request from the risk team")]


def phone_change_reasons() -> list[str]:
    return [
            QCoreApplication.translate("CustomerService", "Customer lost the old phone number"),
            QCoreApplication.translate("CustomerService", "Customer changed carrier or number"),
            QCoreApplication.translate("CustomerService", "Old number no longer in the customer's name")]
