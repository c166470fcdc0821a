"""The restore drill: a platform with a small book, staff working through the real HTTP API, a backup made while a
thread keeps posting, restored into a fresh database; the figures, the trial balance, the audit chain and a sign-in
hold on the restored platform (SQLite and PostgreSQL)."""

import threading
import time

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server.app import create_app
from server.audit import checkpoints
from server.backups.models import SUCCEEDED, BackupRun
from server.backups.restoring import restore_backup
from server.backups.runs import recorded_backup
from server.demo import seed_demo_book
from server.ledger.queries import trial_balance
from server.customers.models import Customer
from server.loans.models import LoanApplication
from server.platform import Platform
from tests.support.platforms import LiveServer, sign_in_body

API = "/api/v1"


def _borrower_body(n: int) -> dict:
    return {"kind": "person", "name": "李娜", "id_number": f"5101011985{n:07d}X",
            "phone": f"139{n:08d}", "bank_card": f"62220299999{n:08d}", "birth_date": "1985-01-01",
            "monthly_income_fen": 2_000_000, "monthly_debt_payments_fen": 0, "employer": "某贸易公司"}


class Poster(threading.Thread):
    """Keeps adding borrowers through the API until told to stop; counts what was answered."""

    def __init__(self, base: str, headers: dict, first: int):
        super().__init__(daemon=True)
        self.base, self.headers, self.n = base, headers, first
        self.stop = threading.Event()
        self.created, self.failures = 0, []

    def run(self):
        with httpx.Client(base_url=self.base, headers=self.headers, timeout=60) as http:
            while not self.stop.is_set():
                self.n += 1
                answer = http.post(f"{API}/loans/borrowers", json=_borrower_body(self.n))
                if answer.status_code == 201:
                    self.created += 1
                else:
                    self.failures.append(answer.text)


def _counts(platform) -> dict:
    with platform.db.read() as db:
        return {"borrowers": db.scalar(select(func.count()).select_from(Customer)),
                "applications": db.scalar(select(func.count()).select_from(LoanApplication))}


def test_a_backup_made_while_requests_run_restores_with_its_figures_chain_and_sign_in(platform, restore_settings):
    with platform.db.write() as db:
        seed_demo_book(db, platform.settings, 8, platform.settings.data_dir)
        db.commit()
    server = LiveServer(platform)
    base = server.start()
    try:
        with httpx.Client(base_url=base, timeout=60) as http:
            token = http.post(f"{API}/auth/login", json=sign_in_body("risklead")).json()["tokens"]["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            for n in range(3):  # the day's work before the backup
                made = http.post(f"{API}/loans/borrowers", json=_borrower_body(n), headers=headers)
                assert made.status_code == 201, made.text
                applied = http.post(f"{API}/loans/applications", headers=headers, json={
                    "borrower_id": made.json()["id"], "amount_fen": 2_000_000, "term_months": 6,
                    "annual_rate": "0.12", "method": "equal_installment", "purpose": "经营周转"})
                assert applied.status_code == 201, applied.text
        poster = Poster(base, headers, 1000)
        poster.start()
        while poster.created < 3 and not poster.failures:
            time.sleep(0.01)
        before = _counts(platform)
        run, backup = recorded_backup(platform)
        after = _counts(platform)
        time.sleep(0.2)
        poster.stop.set()
        poster.join(60)
    finally:
        server.stop()
    assert poster.failures == [] and poster.created > 3  # the requests went on through the backup
    assert run.outcome == SUCCEEDED and run.size_bytes == backup.size and run.path == str(backup.path)
    tables = backup.manifest["figures"]["tables"]
    assert before["borrowers"] <= tables["customers"] <= after["borrowers"]

    target = restore_settings()
    restored = restore_backup(backup.path, target)
    assert restored.difference_fen == 0 and restored.audit_head_seq == backup.manifest["audit_head"]["seq"]
    assert restored.documents == backup.manifest["files"][1]["files"] > 0
    again = Platform.open(target)
    try:
        assert _counts(again) == {"borrowers": tables["customers"], "applications": tables["loan_applications"]}
        with again.db.read() as db:
            books = trial_balance(db)
            chain = checkpoints.verify(db, target.audit_checkpoints_file, full=True)
        assert books["difference_fen"] == 0
        assert books["debits_posted_fen"] == backup.manifest["figures"]["debits_posted_fen"]
        assert chain.ok and chain.head_seq == backup.manifest["audit_head"]["seq"]
        assert chain.anchor["kind"] == "epoch" and chain.anchor["backup"] == backup.path.name
        with TestClient(create_app(platform=again), base_url="http://testserver") as client:
            answer = client.post(f"{API}/auth/login", json=sign_in_body("risklead", steps_ahead=1))
            assert answer.status_code == 200, answer.text
            token = answer.json()["tokens"]["access_token"]
            seen = client.get(f"{API}/loans/applications", headers={"Authorization": f"Bearer {token}"})
            assert seen.status_code == 200 and seen.json()["total"] == tables["loan_applications"]
    finally:
        again.db.dispose()
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(BackupRun).where(BackupRun.outcome == SUCCEEDED)) == 1
