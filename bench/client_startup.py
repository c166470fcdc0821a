"""Benchmark: the console's cold start (offscreen), median of several fresh processes.

- start → sign-in dialog shown (the embedded platform starts in the background meanwhile)
- pressing "Sign in" → main window shown (demo platform already running)
- peak memory of the console process (the platform API is a separate process; its peak is shown too)
- the same start of a bare PySide6 dialog (a QApplication, a QDialog with two fields and a button), in the same
  run: the floor this machine and Qt set; issue 19 asks the console's dialog within 2.5× of it
Goals: dialog ≤ 0.8 s, main window ≤ 1.5 s after sign-in, console under 200 MB, dialog ≤ 2.5× the bare one.

    .venv/bin/python bench/client_startup.py [--runs 5]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(data_dir: str, spawned_at: float, row: int) -> None:
    """One console start, reporting its timings as JSON on stdout."""
    sys.path.insert(0, str(ROOT))
    import resource

    from PySide6.QtCore import QSettings, QTimer

    from app.application import Console, make_application
    from app.services.embedded_platform import EmbeddedPlatform
    from app.services.settings import AppSettings

    app = make_application([sys.argv[0]])
    settings = AppSettings(QSettings(str(Path(data_dir) / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "zh_CN"
    console = Console(app, settings, EmbeddedPlatform(Path(data_dir) / "platform"))
    figures = {}

    def dialog_shown():
        figures["dialog_s"] = time.time() - spawned_at

    def platform_ready(_url):
        QTimer.singleShot(0, sign_in)  # after the dialog's own handler has enabled "Sign in"

    def sign_in():
        dialog = console.dialog
        dialog.fill_demo(row)  # a different demo user each run: a one-time code works once
        pressed = time.time()

        def window_shown(window):
            QTimer.singleShot(0, lambda: finish(time.time() - pressed, window))

        console_show_main = console.show_main

        def show_main(session):
            window = console_show_main(session)
            window_shown(window)
            return window

        dialog.signed_in.disconnect()
        dialog.signed_in.connect(show_main)
        dialog.ok_button.click()

    def finish(window_s, window):
        figures["main_window_s"] = window_s
        figures["console_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        pid = console.platform._process.processId() if console.platform._process else 0
        if pid:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    figures["platform_peak_mb"] = int(line.split()[1]) / 1024
        print(json.dumps(figures), flush=True)
        app.quit()

    console.platform.ready.connect(platform_ready)
    console.start()
    QTimer.singleShot(0, dialog_shown)  # runs once the dialog has been shown and the loop turns
    QTimer.singleShot(120_000, app.quit)
    app.exec()


def bare_child(spawned_at: float) -> None:
    """The floor: a process that shows a plain PySide6 dialog and reports when it is on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit, QPushButton

    app = QApplication([sys.argv[0]])
    dialog = QDialog()
    form = QFormLayout(dialog)
    form.addRow("User", QLineEdit())
    form.addRow("Password", QLineEdit())
    form.addRow(QPushButton("Sign in"))
    dialog.show()

    def shown():
        print(json.dumps({"bare_s": time.time() - spawned_at}), flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()


def _spawn(args: list[str], env: dict) -> dict | None:
    done = subprocess.run([sys.executable, str(Path(__file__)), *args], env=env, capture_output=True, text=True,
                          timeout=180)
    line = next((l for l in done.stdout.splitlines() if l.startswith("{")), None)
    if line is None:
        print(f"{args} failed with exit code {done.returncode}:\n{done.stdout}\n{done.stderr}", file=sys.stderr)
    return json.loads(line) if line else None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5, help="at most 6 (one demo user each)")
    parser.add_argument("--child", nargs=3, metavar=("DATA_DIR", "SPAWNED_AT", "ROW"))
    parser.add_argument("--bare-child", type=float, metavar="SPAWNED_AT")
    args = parser.parse_args()
    if args.child:
        child(args.child[0], float(args.child[1]), int(args.child[2]))
        return 0
    if args.bare_child:
        bare_child(args.bare_child)
        return 0
    sys.path.insert(0, str(ROOT))
    from bench.support import run_checked  # here, not at the top: a child's measured start does not import it

    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    seed_dir = Path(tempfile.mkdtemp(prefix="p2p-bench-client-"))
    # Seed the demo database once, so each run measures a start, not the first-ever seeding.
    run_checked([sys.executable, str(Path(__file__)), "--child", str(seed_dir), str(time.time()), "6"], env,
                timeout=180)
    results, bare = [], []
    for run in range(args.runs):  # in turns, so that both see the same machine
        figures = _spawn(["--child", str(seed_dir), str(time.time()), str(run % 6)], env)
        floor = _spawn(["--bare-child", str(time.time())], env)
        if figures is None or floor is None:
            return 1
        results.append(figures)
        bare.append(floor["bare_s"])

    def med(key):
        return statistics.median(r[key] for r in results if key in r)

    print(f"runs: {len(results)} (offscreen, zh_CN, demo database already seeded)")
    print(f"start → sign-in dialog shown : median {med('dialog_s'):.3f} s  (goal ≤ 0.8 s)")
    ratio = med("dialog_s") / statistics.median(bare)
    print(f"bare PySide6 dialog shown    : median {statistics.median(bare):.3f} s; the console's is {ratio:.2f}× it "
          f"(goal ≤ 2.5×)")
    print(f"sign in → main window shown : median {med('main_window_s'):.3f} s  (goal ≤ 1.5 s)")
    print(f"console peak memory          : median {med('console_peak_mb'):.0f} MB  (goal < 200 MB)")
    if any("platform_peak_mb" in r for r in results):
        print(f"platform API peak memory     : median {med('platform_peak_mb'):.0f} MB  (separate process)")
    ok = med("dialog_s") <= 0.8 and med("main_window_s") <= 1.5 and med("console_peak_mb") < 200 and ratio <= 2.5
    print("PASS" if ok else "GOAL MISSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
