"""`python main.py --self-check --screenshots DIR` signs in as every demo user and captures every screen."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def test_self_check_passes_and_saves_a_picture_of_every_screen_for_every_user(tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    env.pop("P2P_PII_KEYS_FILE", None)
    done = subprocess.run([sys.executable, "main.py", "--self-check", "--screenshots", str(tmp_path / "shots"),
                           "--language", "zh_CN"], capture_output=True, text=True, env=env, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 problems" in done.stdout
    names = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert "zh_CN-sign-in.png" in names
    assert {"zh_CN-auditor-audit.png", "zh_CN-admin-admin.png", "zh_CN-risk-loans.png"} <= set(names)
    assert "zh_CN-risk-audit.png" not in names  # a risk officer has no audit log
    image = QImage(str(tmp_path / "shots" / "zh_CN-auditor-audit.png"))
    assert image.width() >= 1200 and len({image.pixel(x, 300) for x in range(0, image.width(), 7)}) > 3  # not blank
