"""The Chinese interface is complete: every text lupdate finds in the code has its Chinese in the shipped .ts,
and every text is found under the context the code looks it up in (a text lupdate files under no context, as
it does for a bare module-level tr(), is never shown translated)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "translations" / "p2p_zh_CN.ts"


def _messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation state) of every live message."""
    found = []
    for context, body in re.findall(r"<context>\s*<name>(.*?)</name>(.*?)</context>", ts.read_text("utf-8"), re.S):
        for message in re.findall(r"<message.*?</message>", body, re.S):
            state = re.search(r"<translation(?: type=\"(\w+)\")?", message).group(1) or "finished"
            if state not in ("vanished", "obsolete"):
                found.append((context, re.search(r"<source>(.*?)</source>", message, re.S).group(1), state))
    return found


def test_every_text_of_the_code_has_its_chinese_under_the_context_the_code_uses(tmp_path):
    fresh = tmp_path / "p2p_zh_CN.ts"
    shutil.copy(SHIPPED, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in (ROOT / "app").rglob("*.py")] + [str(ROOT / "main.py")]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=300)
    messages = _messages(fresh)
    assert len(messages) > 900
    unattributed = [source for context, source, _state in messages if not context]
    assert not unattributed, f"texts lupdate files under no context (use translate(\"Context\", ...)): {unattributed}"
    untranslated = [(context, source) for context, source, state in messages if state == "unfinished"]
    assert not untranslated, f"texts without Chinese (run make translations and fill them in): {untranslated[:20]}"
