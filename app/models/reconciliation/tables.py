"""The reconciliation lists and the words for its codes: day statuses, categories, line states and directions
in the user's language, with the badge tone of each (colour only helps the eye; the text carries the
meaning). The lines of either side are a server-paged table; the days of a month and the proposals are
short lists loaded whole through the same model."""

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from app.models.paged_table import Column, PagedTableModel
from app.models.records import Page
from app.services.formatting import local_time, number, yuan
from app.services.placeholders import fill

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

CONTEXT = "Reconciliation"
NEGATIVE = "#b42318"

DAY_STATUS_TEXT = {
    "not_started": (QT_TRANSLATE_NOOP("Reconciliation", "Not started"), "grey"),
    "open": (QT_TRANSLATE_NOOP("Reconciliation", "Open differences"), "orange"),
    "reconciled": (QT_TRANSLATE_NOOP("Reconciliation", "Reconciled"), "green"),
    "closed": (QT_TRANSLATE_NOOP("Reconciliation", "Closed"), "blue"),
}
CATEGORY_TEXT = {
    "matched": (QT_TRANSLATE_NOOP("Reconciliation", "Matched"), "green"),
    "amount_differs": (QT_TRANSLATE_NOOP("Reconciliation", "Amount differs"), "red"),
    "account_differs": (QT_TRANSLATE_NOOP("Reconciliation", "Account differs"), "red"),
    "ledger_only": (QT_TRANSLATE_NOOP("Reconciliation", "Ledger only"), "orange"),
    "bank_only": (QT_TRANSLATE_NOOP("Reconciliation", "Bank only"), "orange"),
    "duplicate": (QT_TRANSLATE_NOOP("Reconciliation", "Duplicate"), "red"),
}
ITEM_STATE_TEXT = {
    "open": (QT_TRANSLATE_NOOP("Reconciliation", "Open"), "orange"),
    "matched": (QT_TRANSLATE_NOOP("Reconciliation", "Matched"), "green"),
    "timing": (QT_TRANSLATE_NOOP("Reconciliation", "Timing"), "blue"),
    "proposed": (QT_TRANSLATE_NOOP("Reconciliation", "Adjustment proposed"), "blue"),
    "adjusted": (QT_TRANSLATE_NOOP("Reconciliation", "Adjusted"), "grey"),
}
PROPOSAL_STATE_TEXT = {
    "pending": (QT_TRANSLATE_NOOP("Reconciliation", "Waiting for approval"), "blue"),
    "approved": (QT_TRANSLATE_NOOP("Reconciliation", "Approved"), "green"),
    "rejected": (QT_TRANSLATE_NOOP("Reconciliation", "Rejected"), "red"),
}
DIRECTION_TEXT = {"in": QT_TRANSLATE_NOOP("Reconciliation", "In"), "out": QT_TRANSLATE_NOOP("Reconciliation", "Out")}
PASS_TEXT = {"exact": QT_TRANSLATE_NOOP("Reconciliation", "exact"),
             "window": QT_TRANSLATE_NOOP("Reconciliation", "by amount and account"),
             "many_to_one": QT_TRANSLATE_NOOP("Reconciliation", "several lines to one"),
             "manual": QT_TRANSLATE_NOOP("Reconciliation", "by hand")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _text(table: dict, code: str | None) -> str:
    entry = table.get(code or "")
    return _tr(entry[0]) if entry else (code or "")


def day_status_label(status: str) -> str:
    return _text(DAY_STATUS_TEXT, status)


def category_label(category: str) -> str:
    return _text(CATEGORY_TEXT, category)


def item_state_label(state: str) -> str:
    return _text(ITEM_STATE_TEXT, state)


def proposal_state_label(state: str) -> str:
    return _text(PROPOSAL_STATE_TEXT, state)


def direction_label(direction: str) -> str:
    return _tr(DIRECTION_TEXT[direction]) if direction in DIRECTION_TEXT else direction


def pass_label(match_pass: str | None) -> str:
    return _tr(PASS_TEXT[match_pass]) if match_pass in PASS_TEXT else (match_pass or "")


def item_note(item) -> str:
    """The note in the user's language: a line carried over from an earlier day says so (the server once stored
    that as a two-language sentence, "在途，自 … 结转 / timing, carried from …"); else the staff's note or how it
    was matched."""
    if item.carried_from_day is not None and (not item.note or item.note.startswith("在途，自")):
        return fill(translate("Reconciliation", "Timing, carried from %1"), item.carried_from_day.isoformat())
    return item.note or pass_label(item.match_pass)


def badge_table(table: dict) -> dict:
    """The (label, label, tone) table `state_badge` paints from, in the language in use now."""
    return {code: (_tr(text), _tr(text), tone) for code, (text, tone) in table.items()}


def signed_amount(item) -> str:
    """Money out with a minus sign (and red in the table), as every amount on screen."""
    return yuan(-item.amount_fen if item.direction == "out" else item.amount_fen)


def items_model(fetch_page, runner, side: str, parent=None) -> PagedTableModel:
    """The lines of one side: state, category, references, account, amount, time, note."""
    if side == "ledger":
        reference = Column(translate("Reconciliation", "Order number"), lambda i: i.reference or "", "reference",
                           mono=True)
    else:
        reference = Column(translate("Reconciliation", "Bank serial"), lambda i: i.serial or "", "serial", mono=True)
    columns = [
        Column(translate("Reconciliation", "State"), lambda i: item_state_label(i.state), "state"),
        Column(translate("Reconciliation", "Category"), lambda i: category_label(i.category), "category"),
        reference,
        Column(translate("Reconciliation", "Amount"), signed_amount, "amount", right=True, mono=True,
               colour=lambda i: NEGATIVE if i.direction == "out" else None),
        Column(translate("Reconciliation", "Account"), lambda i: i.account, "account", mono=True),
        Column(translate("Reconciliation", "Time"), lambda i: local_time(i.at), "at", mono=True),
    ]
    if side == "bank":
        columns.append(Column(translate("Reconciliation", "Order number"), lambda i: i.reference or "", mono=True))
    columns.append(Column(translate("Reconciliation", "Note"),
                          lambda i: " · ".join(x for x in (item_note(i), i.summary) if x)))
    return PagedTableModel(columns, fetch_page, runner, "at", parent)


def whole_list(load):
    """A `fetch_page` for a short list the server sends whole: one page with everything."""

    def fetch(filters: dict, sort: str, page: int, page_size: int) -> Page:
        rows = load(filters) if page == 1 else []
        return Page(rows, len(rows), 1, max(len(rows), 1))

    return fetch


def days_model(fetch_page, runner, parent=None) -> PagedTableModel:
    columns = [
        Column(translate("Reconciliation", "Day"), lambda d: d.day.isoformat(), mono=True),
        Column(translate("Reconciliation", "Status"), lambda d: day_status_label(d.status)),
        Column(translate("Reconciliation", "Statements"), lambda d: number(d.statements), right=True, mono=True),
        # A day not started has no figures yet ("—"); a started one shows its zeros (0, ¥0.00), never a blank.
        Column(translate("Reconciliation", "Differences open"),
               lambda d: "—" if d.status == "not_started" else number(d.open_count), right=True, mono=True),
        Column(translate("Reconciliation", "Open amount"),
               lambda d: "—" if d.status == "not_started" else yuan(d.open_amount_fen), right=True, mono=True),
    ]
    return PagedTableModel(columns, fetch_page, runner, "day", parent)


def proposals_model(fetch_page, runner, parent=None) -> PagedTableModel:
    columns = [
        Column(translate("Reconciliation", "State"), lambda p: proposal_state_label(p.state)),
        Column(translate("Reconciliation", "Amount"),
               lambda p: yuan(-p.amount_fen if p.direction == "out" else p.amount_fen), right=True, mono=True,
               colour=lambda p: NEGATIVE if p.direction == "out" else None),
        Column(translate("Reconciliation", "Lines"), lambda p: number(len(p.items)), right=True, mono=True),
        Column(translate("Reconciliation", "Proposed by"), lambda p: f"{p.proposer} · {local_time(p.proposed_at)}"),
        Column(translate("Reconciliation", "Reason"), lambda p: p.reason),
        Column(translate("Reconciliation", "Decision"),
               lambda p: " · ".join(x for x in (p.decider, local_time(p.decided_at), p.decision_reason) if x)),
    ]
    return PagedTableModel(columns, fetch_page, runner, "id", parent)
