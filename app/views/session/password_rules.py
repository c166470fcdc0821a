"""The password rules as a checklist the user sees fill in as they type (profile: change password; sign-in:
forgot password). The console checks what it can; the server checks every rule again."""

from app.services.language import current_is_chinese

ERROR_COLOUR, DONE_COLOUR, MUTED_COLOUR = "#b42318", "#1a7f37", "#666"


def local_checks(text: str, username: str) -> dict[str, bool]:
    """Rule code -> met, for the rules the console can check itself."""
    username = username.strip().lower()
    return {
        "password_too_short": len(text) >= 10,
        "password_only_digits": bool(text) and not text.isdigit(),
        "password_only_letters": bool(text) and not text.isalpha(),
        "password_contains_username": bool(text) and not (username and username in text.lower()),
    }


def checklist(rules, local: dict[str, bool], text: str, repeat: str, match_words: str) -> tuple[str, bool]:
    """(the checklist as rich text, whether both entries match): ✓ met, ✗ not met, · for the server to say."""
    lines = []
    for rule in rules:
        met = local.get(rule.code)
        mark = "·" if met is None else ("✓" if met else "✗")
        colour = MUTED_COLOUR if met is None else (DONE_COLOUR if met else ERROR_COLOUR)
        lines.append(f'<span style="color:{colour}">{mark} {rule.zh if current_is_chinese() else rule.en}</span>')
    same = bool(text) and text == repeat
    lines.append(f'<span style="color:{DONE_COLOUR if same else MUTED_COLOUR}">{"✓" if same else "·"} '
                 f'{match_words}</span>')
    return "<br>".join(lines), same
