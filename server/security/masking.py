"""How personal data looks to someone without `pii.view` (and always in audit summaries)."""


def mask_id_number(value: str | None) -> str | None:
    if not value:
        return value
    if len(value) <= 10:
        return value[:2] + "*" * max(len(value) - 4, 0) + value[-2:]
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str | None) -> str | None:
    if not value:
        return value
    return value[:3] + "****" + value[-4:] if len(value) >= 8 else "*" * len(value)


def mask_bank_card(value: str | None) -> str | None:
    if not value:
        return value
    digits = value.replace(" ", "")
    return digits[:4] + " **** **** " + digits[-4:] if len(digits) >= 12 else "*" * len(digits)


def mask_name(value: str | None) -> str | None:
    """张伟 -> 张*, 欧阳娜娜 -> 欧**娜: the family name and, for long names, the last character."""
    if not value:
        return value
    if len(value) <= 2:
        return value[0] + "*"
    return value[0] + "*" * (len(value) - 2) + value[-1]
