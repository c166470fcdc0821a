"""The audit log's words (app/models/audit_words.py) in a report's language rather than the console's: an officer
working in Chinese may print an English extract for an auditor. Chinese comes from the console's own compiled
catalog (context "AuditWords"), English is the source text."""

import functools
import json

from PySide6.QtCore import QTranslator

from app.models.audit_words import ACTIONS, ACTORS, CLIENTS, FIELDS, OBJECT_TYPES, VALUES
from app.resources_path import RESOURCES
from app.services.reports.labels import text


@functools.cache
def _chinese_catalog() -> QTranslator | None:
    catalog = QTranslator()
    return catalog if catalog.load(str(RESOURCES / "translations" / "p2p_zh_CN.qm")) else None


def _words(source: str, language: str) -> str:
    if language != "zh_CN":
        return source
    catalog = _chinese_catalog()
    return (catalog.translate("AuditWords", source) if catalog else "") or source


def action_words(code: str, language: str) -> str:
    """签到 for auth.signed_in; a code the console has no words for prints as itself."""
    return _words(ACTIONS[code], language) if code in ACTIONS else code


def object_words(record: dict, language: str) -> str:
    """The object's kind in words and its identifier whole (提现 WD20261203000001), with the server's name for it
    where that says more (员工 5（王芳）)."""
    kind = record.get("object_type") or ""
    ident = str(record.get("object_id") or "")
    label = record.get("object_label") or ""
    if kind == "report":  # a print record: the report by its title in the report's language
        from app.services.reports.generator import TITLES  # here: the generator imports every report module

        label = text(TITLES[ident], language) if ident in TITLES else label
    shown = f"{_words(OBJECT_TYPES[kind], language) if kind in OBJECT_TYPES else kind} {ident}".strip()
    if label and label != ident:
        shown += f"（{label}）" if language == "zh_CN" else f" ({label})"
    return shown


def actor_words(record: dict, language: str) -> str:
    name = record.get("actor_name") or ""
    if name in ACTORS:
        return _words(ACTORS[name], language)
    return record.get("actor_label") or name


def client_words(address: str, language: str) -> str:
    return _words(CLIENTS[address], language) if address in CLIENTS else address


def field_words(key: str, language: str) -> str:
    return _words(FIELDS[key], language) if key in FIELDS else key


def value_words(value, language: str) -> str:
    """A before/after value as a reader takes it: yes/no, lists joined, nested fields by their labels."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return text("Yes" if value else "No", language)
    if isinstance(value, (list, tuple)):
        return ("、" if language == "zh_CN" else ", ").join(value_words(v, language) for v in value) or "—"
    if isinstance(value, dict):
        colon = "：" if language == "zh_CN" else ": "
        return ("，" if language == "zh_CN" else ", ").join(
            f"{field_words(str(k), language)}{colon}{value_words(v, language)}" for k, v in value.items())
    if isinstance(value, str) and value in VALUES:
        return _words(VALUES[value], language)
    if isinstance(value, (int, float, str)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def changed_fields(record: dict, language: str) -> str:
    """One line per field the record changed or set, by its label: 状态：待审核 → 已出款. A field with the same value
    before and after is left out; one only before was removed."""
    before, after = record.get("before") or {}, record.get("after") or {}
    colon = "：" if language == "zh_CN" else ": "
    lines = []
    for key in [*before, *(k for k in after if k not in before)]:
        label = field_words(str(key), language)
        if key in before and key in after:
            if before[key] == after[key]:
                continue
            lines.append(f"{label}{colon}{value_words(before[key], language)} → {value_words(after[key], language)}")
        elif key in after:
            lines.append(f"{label}{colon}{value_words(after[key], language)}")
        else:
            lines.append(f"{label}{colon}{value_words(before[key], language)} → {text('removed', language)}")
    return "\n".join(lines)
