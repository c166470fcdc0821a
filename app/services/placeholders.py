"""Fills a translated text's placeholders, Qt's way: "%1 of %2" takes its values in order.

One pass over the template, so a value that itself contains "%2" is never filled again, and a translation may
put the placeholders in any order ("第 %2 页，共 %1 页")."""

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values) -> str:
    """fill(self.tr("%1 links · as of %2"), 12, "09:15") -> "12 links · as of 09:15"."""
    def value(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)
    return _PLACEHOLDER.sub(value, template)
