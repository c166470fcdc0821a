"""Benchmark: the customer view of a customer with 1,000 money movements (offscreen, zh_CN).

Opening the customer view → its first figures (available and frozen balances) on screen: the view is created, asks
GET /customers/{id} in the background and paints the header. Goal: ≤ 300 ms. Also printed: the money-movements tab
→ its first rows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/customer_view.py [--loans 2000] [--transfers 1000]
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.support import environment, run_checked, start_server, run_until  # noqa: E402

CUSTOMER = "IV0001"

ADD_TRANSFERS = """
import sys
from pathlib import Path
from server.config import Settings
from server.ledger import movements
from server.platform import Platform

url, data_dir, ref, count = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
platform = Platform.open(Settings(data_dir=data_dir, database_url=url))
with platform.db.write() as db:
    for n in range(count):
        movements.recharge(db, f"bench-cv-{n}", ref, 10_000 + n, f"BENCH{n:06d}")
    db.commit()
platform.db.dispose()
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=2000)
    parser.add_argument("--transfers", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="p2p-bench-customer-view-"))
    url = f"sqlite:///{work / 'platform.db'}"
    env = environment(work)
    started = time.perf_counter()
    run_checked([sys.executable, "-m", "server", "--database-url", url, "seed-demo", "--loans", str(args.loans)], env)
    run_checked([sys.executable, "-c", ADD_TRANSFERS, url, str(work), CUSTOMER, str(args.transfers)], env)
    print(f"demo platform seeded ({args.loans} loans, {args.transfers} more movements of {CUSTOMER}) "
          f"in {time.perf_counter() - started:.1f} s")
    server, base = start_server(url, env)
    try:
        return measure(base, args.rounds, args.transfers)
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(work, ignore_errors=True)


def measure(base: str, rounds: int, transfers: int) -> int:
    import gc

    import pyotp
    from PySide6.QtWidgets import QApplication

    from app.services import language
    from app.services.api_client import ApiClient
    from app.services.customers import Customers
    from app.services.session import ConsoleSession
    from app.services.settings import Profile
    from app.services.tasks import TaskRunner
    from app.views.customers.customer_view import TAB_KEYS, CustomerView
    from server.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

    app = QApplication([sys.argv[0]])
    language.install("zh_CN")
    api = ApiClient(base)
    secret = next(a.totp_secret for a in DEMO_ACCOUNTS if a.username == "service")
    api.sign_in("service", DEMO_PASSWORD, pyotp.TOTP(secret).at(time.time() + 30))
    session = ConsoleSession.load(Profile("bench", "bench", base), api, remember=False)
    customer = Customers(api).search(CUSTOMER).items[0]
    gc.freeze()  # as the console does after start-up
    runner = TaskRunner()

    figures, rows, total = [], [], 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        view = CustomerView(session, runner, customer.id, customer.number)
        view.resize(1300, 800)
        view.show()
        run_until(lambda: view.customer is not None, 30)
        view.figures.repaint()
        figures.append((time.perf_counter() - t0) * 1000)
        t1 = time.perf_counter()
        view.tabs.setCurrentIndex(TAB_KEYS.index("transfers"))
        run_until(lambda: view.transfers.rowCount() > 0, 30)
        view.transfers_table.viewport().repaint()
        rows.append((time.perf_counter() - t1) * 1000)
        total = view.transfers.total
        runner.wait_idle(10_000)
        view.close()
        view.deleteLater()
        app.processEvents()
    warm = figures[1:]
    print(f"customer {CUSTOMER}: {total} money movements")
    print(f"open the customer view → first figures on screen: median {statistics.median(warm):.0f} ms "
          f"(worst {max(warm):.0f} ms, cold {figures[0]:.0f} ms; goal ≤ 300 ms: "
          f"{'pass' if statistics.median(warm) <= 300 else 'FAIL'})")
    print(f"money-movements tab → first rows: median {statistics.median(rows[1:]):.0f} ms (cold {rows[0]:.0f} ms)")
    return 0 if statistics.median(warm) <= 300 and total >= transfers else 1


if __name__ == "__main__":
    sys.exit(main())
