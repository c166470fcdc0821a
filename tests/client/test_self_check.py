"""`python main.py --self-check --screenshots DIR` signs in as every demo user and captures every screen; it reads
every visible text on the way (app/text_audit.py): in Chinese no raw code and no English word outside the
allowlist, in English nothing clipped by its widget."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def test_self_check_passes_and_saves_a_picture_of_every_screen_for_every_user(tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    env.pop("P2P_PII_KEYS_FILE", None)
    done = subprocess.run([sys.executable, "main.py", "--self-check", "--screenshots", str(tmp_path / "shots"),
                           "--texts", "fail"],
                          capture_output=True, text=True, env=env, timeout=420)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 problems" in done.stdout
    # a finding reads "zh_CN audit, auditor, auditTable[Action]: auth.signed_in — a raw code (auth.signed_in)"
    findings = [line for line in done.stdout.splitlines() if line.startswith("SELF-CHECK TEXT: ")]
    assert not findings, "\n".join(findings)
    names = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert {"zh_CN-sign-in.png", "en-sign-in.png"} <= set(names)
    assert {"zh_CN-auditor-audit.png", "zh_CN-admin-admin.png", "zh_CN-risk-loans.png", "en-risk-settings.png",
            "en-risk-profile.png"} <= set(names)
    assert "zh_CN-risk-audit.png" not in names  # a risk officer has no audit log
    image = QImage(str(tmp_path / "shots" / "zh_CN-auditor-audit.png"))
    assert image.width() >= 1200 and len({image.pixel(x, 300) for x in range(0, image.width(), 7)}) > 3  # not blank
