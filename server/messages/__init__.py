"""What the server says to people, in their language: one gettext catalog (zh_CN) whose message ids are the
English texts, with named parameters ({state}, {amount}).

Code marks a text for the catalog with `_()` where it is written (it stays the English template) and passes the
values as parameters; the text is translated and filled only when the answer is written, in the language the
request asked for (`Accept-Language`, Chinese when absent). `make messages` extracts the marked texts into
server/messages/server.pot, merges them into locale/zh_CN/LC_MESSAGES/server.po and compiles server.mo (Babel);
tests/server/test_message_catalog.py fails on a marked text without its Chinese."""

import gettext
import string
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "server"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"  # the platform's staff read Chinese; a client that wants English says so


def _(text: str) -> str:
    """Marks `text` for the catalog; translated when the answer is written, not here."""
    return text


@cache
def _catalog(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language])


def negotiate(accept_language: str | None) -> str:
    """The language to answer in, from an Accept-Language header ("en-US,en;q=0.9", "zh-CN", "*")."""
    ranked = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _sep, rest = part.strip().partition(";")
        quality = 1.0
        if rest.strip().startswith("q="):
            try:
                quality = float(rest.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, position, tag.strip().lower()))
    for _q, _p, tag in sorted(ranked):
        if tag.startswith("zh"):
            return "zh_CN"
        if tag.startswith("en"):
            return "en"
    return DEFAULT_LANGUAGE


def parameters(template: str) -> set[str]:
    """The named parameters a text takes."""
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(template) if name}


class Word(str):
    """A parameter that is a word (a state, a kind, a permission): its code on the wire (in `params`, for
    programs), its text in the answer's language when a sentence is filled. `en` is marked for the catalog
    (`Word("approved", _("approved"))`) or given with its Chinese (`zh`, e.g. from the permission registry)."""

    def __new__(cls, code: str, en: str, zh: str | None = None):
        word = super().__new__(cls, code)
        word.en, word.zh = en, zh
        return word

    def in_language(self, language: str) -> str:
        if language == "en":
            return self.en
        return self.zh or _catalog(language).gettext(self.en)


def render(text: str, language: str, params: dict | None = None) -> str:
    """`text` (an English template) in `language`, its parameters filled (a `Word` in the same language). A text
    not in the catalog (not yet marked) is answered as it is."""
    translated = _catalog(language).gettext(text) if text else text
    if not params:
        return translated
    params = {k: v.in_language(language) if isinstance(v, Word) else v for k, v in params.items()}
    try:
        return translated.format_map(params)
    except (KeyError, IndexError, ValueError):
        return text.format_map(params) if parameters(text) <= set(params) else text
