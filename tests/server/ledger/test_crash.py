"""A server killed outright (SIGKILL) in the middle of a stream of postings loses no fen: after a restart
the trial balance is zero, every movement is whole or absent, and the counters equal their transfers."""

import signal
import subprocess
import threading
import time

import requests
from sqlalchemy import func, select

from server.audit.service import verify_chain
from server.ledger.models import LedgerAccount, LedgerTransfer
from tests.server.ledger.conftest import POSTER, grant_movements
from tests.support.platforms import sign_in_body
from tests.support.server_process import serve



def _serve(url: str, data_dir) -> tuple[subprocess.Popen, str]:
    return serve(url, data_dir)


def _stream(base: str, headers: dict, stop: threading.Event, accepted: list) -> None:
    """Recharges and withdrawals one after another until the server dies under it."""
    session = requests.Session()
    n = 0
    while not stop.is_set():
        kind = "recharge" if n % 3 else "withdrawal"
        body = {"operation_id": f"crash-{n}", "customer_ref": f"CR{n % 7}", "amount_fen": 1_000 if kind == "recharge" else 700}
        try:
            answer = session.post(f"{base}/api/v1/ledger/movements/{kind}", json=body, timeout=5,
                                  headers=headers | {"Idempotency-Key": f"crash-{n}"})
        except requests.RequestException:
            return  # the server is gone
        if answer.status_code == 200:
            accepted.append(body["operation_id"])
        n += 1


def test_a_killed_server_leaves_the_books_whole(platform, tmp_path):
    grant_movements(platform)
    url, data_dir = platform.settings.database_url, platform.settings.data_dir
    platform.db.dispose()  # the server process owns the database from here
    process, base = _serve(url, data_dir)
    try:
        token = requests.post(f"{base}/api/v1/auth/login", json=sign_in_body(POSTER), timeout=10).json()
        headers = {"Authorization": f"Bearer {token['tokens']['access_token']}"}
        stop, accepted = threading.Event(), []
        writers = [threading.Thread(target=_stream, args=(base, headers, stop, accepted)) for _ in range(3)]
        for writer in writers:
            writer.start()
        deadline = time.monotonic() + 30
        while len(accepted) < 60 and time.monotonic() < deadline:
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)  # mid-stream: requests are in flight
        process.wait(10)
        stop.set()
        for writer in writers:
            writer.join(10)
        assert len(accepted) >= 60
    finally:
        if process.poll() is None:
            process.kill()

    process, base = _serve(url, data_dir)  # restarts on the same database
    try:
        assert requests.get(f"{base}/api/v1/health", timeout=10).json()["status"] == "ok"
    finally:
        process.terminate()
        process.wait(10)
    with platform.db.read() as db:
        debits, credits = db.execute(select(func.sum(LedgerAccount.debits_posted),
                                            func.sum(LedgerAccount.credits_posted))).one()
        assert debits == credits  # the trial balance is zero
        for account in db.scalars(select(LedgerAccount)):
            out = db.scalar(select(func.coalesce(func.sum(LedgerTransfer.amount_fen), 0)).where(
                LedgerTransfer.debit_account_id == account.id, LedgerTransfer.state == "posted",
                LedgerTransfer.pending.is_(False)))
            into = db.scalar(select(func.coalesce(func.sum(LedgerTransfer.amount_fen), 0)).where(
                LedgerTransfer.credit_account_id == account.id, LedgerTransfer.state == "posted",
                LedgerTransfer.pending.is_(False)))
            assert (account.debits_posted, account.credits_posted) == (out, into), account.code
            assert account.may_go_negative or account.credits_posted >= account.debits_posted
        posted = list(db.scalars(select(LedgerTransfer.transfer_id).where(LedgerTransfer.transfer_id.like("crash-%"))))
        chain = verify_chain(db)
    operations = [transfer_id.rsplit(":", 1)[0] for transfer_id in posted]
    assert len(operations) == len(set(operations))  # each of these movements is one transfer, never two
    assert set(accepted) <= set(operations)  # every movement the server acknowledged survived the kill
    assert chain.ok, chain  # and the audit log's hash chain is intact
