"""The words of after-loan management and the blacklist as staff read them: the server's codes on the left, the
console's words (translated) on the right. Unknown codes never show raw: they read as "other"."""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _pick(words: dict, code: str | None) -> str:
    return words.get(code or "") or translate("AfterLoanWords", "Other")


def repayment_state(code: str) -> str:
    return _pick({"due": translate("AfterLoanWords", "Due"),
                  "partial": translate("AfterLoanWords", "Partly received"),
                  "paid": translate("AfterLoanWords", "Received")}, code)


def promise_state(code: str) -> str:
    return _pick({"open": translate("AfterLoanWords", "Promised"),
                  "kept": translate("AfterLoanWords", "Promise kept"),
                  "broken": translate("AfterLoanWords", "Promise broken")}, code)


def outcome_label(code: str) -> str:
    return _pick({"called": translate("AfterLoanWords", "Reached the borrower"),
                  "no_answer": translate("AfterLoanWords", "No answer"),
                  "promised": translate("AfterLoanWords", "Promised to pay"),
                  "disputed": translate("AfterLoanWords", "Disputes the debt"),
                  "wrong_number": translate("AfterLoanWords", "Wrong number")}, code)


def proposal_kind(code: str) -> str:
    return _pick({"compensation": translate("AfterLoanWords", "Compensation"),
                  "write_off": translate("AfterLoanWords", "Write-off")}, code)


def proposal_state(code: str | None) -> str:
    return _pick({"pending": translate("AfterLoanWords", "Awaiting approval"),
                  "approved": translate("AfterLoanWords", "Approved"),
                  "rejected": translate("AfterLoanWords", "Rejected")}, code)


def blacklist_kind(code: str) -> str:
    return _pick({"id_number": translate("AfterLoanWords", "ID number"),
                  "phone": translate("AfterLoanWords", "Phone"),
                  "bank_card": translate("AfterLoanWords", "Bank card"),
                  "name": translate("AfterLoanWords", "Name"),
                  "borrower": translate("AfterLoanWords", "Borrower (earlier entry)")}, code)


def blacklist_source(code: str) -> str:
    return _pick({"internal": translate("AfterLoanWords", "Internal"),
                  "court": translate("AfterLoanWords", "Court list of defaulters"),
                  "partner": translate("AfterLoanWords", "Partner institution")}, code)


def removal_state(code: str | None) -> str:
    if not code:
        return translate("AfterLoanWords", "On the list")
    return _pick({"pending": translate("AfterLoanWords", "Removal awaiting approval"),
                  "approved": translate("AfterLoanWords", "Removed"),
                  "rejected": translate("AfterLoanWords", "Removal rejected")}, code)


def waiting_label(key: str) -> str:
    """What waits, in the console's words ("" for a kind the console does not know: the server's label is used)."""
    return {"my_queue": translate("AfterLoanWords", "Applications in my queue"),
            "second_reviews": translate("AfterLoanWords", "Second reviews"),
            "withdrawals": translate("AfterLoanWords", "Withdrawals to review"),
            "large_withdrawals": translate("AfterLoanWords", "Large withdrawals to approve"),
            "differences": translate("AfterLoanWords", "Reconciliation differences"),
            "adjustments": translate("AfterLoanWords", "Adjustments to approve"),
            "compensations": translate("AfterLoanWords", "Compensations to approve"),
            "write_offs": translate("AfterLoanWords", "Write-offs to approve"),
            "blacklist_removals": translate("AfterLoanWords", "Blacklist removals to approve"),
            "phone_changes": translate("AfterLoanWords", "Phone changes to approve"),
            "collection_due": translate("AfterLoanWords", "Collection actions due")}.get(key, "")
