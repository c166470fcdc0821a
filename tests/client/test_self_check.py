"""`python main.py --self-check --screenshots DIR` signs in as every demo user and captures every screen; it reads
every visible text on the way (app/text_audit.py): in Chinese no raw code and no English word outside the
allowlist, in English nothing clipped by its widget."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage

# THE SWITCH (issue 14's Done-when): while the other areas' screens are being worded, only these screens must be
# free of text findings. Set EVERY_SCREEN = True to make any finding on any screen fail the self-check and this
# test (the self-check then runs with its default `--texts fail`).
EVERY_SCREEN = False
CLEAN_SCREENS = {"audit", "home", "shell", "sign-in", "settings", "profile"}


def test_self_check_passes_and_saves_a_picture_of_every_screen_for_every_user(tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    env.pop("P2P_PII_KEYS_FILE", None)
    done = subprocess.run([sys.executable, "main.py", "--self-check", "--screenshots", str(tmp_path / "shots"),
                           "--texts", "fail" if EVERY_SCREEN else "report"],
                          capture_output=True, text=True, env=env, timeout=420)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 problems" in done.stdout
    findings = [line.removeprefix("SELF-CHECK TEXT: ") for line in done.stdout.splitlines()
                if line.startswith("SELF-CHECK TEXT: ")]
    # "zh_CN audit, auditor, auditTable[Action]: auth.signed_in — a raw code (auth.signed_in)"
    mine = [f for f in findings if f.split(",", 1)[0].split(" ", 1)[-1] in CLEAN_SCREENS]
    assert not mine, "\n".join(mine)
    names = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert {"zh_CN-sign-in.png", "en-sign-in.png"} <= set(names)
    assert {"zh_CN-auditor-audit.png", "zh_CN-admin-admin.png", "zh_CN-risk-loans.png", "en-risk-settings.png",
            "en-risk-profile.png"} <= set(names)
    assert "zh_CN-risk-audit.png" not in names  # a risk officer has no audit log
    image = QImage(str(tmp_path / "shots" / "zh_CN-auditor-audit.png"))
    assert image.width() >= 1200 and len({image.pixel(x, 300) for x in range(0, image.width(), 7)}) > 3  # not blank
