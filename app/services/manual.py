"""The operations manual (操作手册) shipped with the console: Markdown pages in resources/manual/<language>/, one per
screen plus the administrator's guide, with screenshots the self-check takes (resources/manual/images/, refreshed
by `make manual-images`, so they show the screens as they are)."""

from dataclasses import dataclass
from pathlib import Path

from app.resources_path import RESOURCES

MANUAL = RESOURCES / "manual"
IMAGES = MANUAL / "images"
LANGUAGES = ("zh_CN", "en")

# The pages in the order of the contents: the start, one per screen of the navigation, then the administrator's
# guide. A screen's page has the screen's key (app/views/shell/screens.py).
USER_PAGES = ("index", "home", "loans", "customers", "afterloan", "blacklist", "funds", "recon", "alerts", "reports",
              "admin", "audit")
ADMIN_PAGES = ("install", "server", "settings", "backups", "monitoring", "upgrades")
PAGES = USER_PAGES + ADMIN_PAGES

# A tab that shows one object (an application, a withdrawal, a day, a report) opens the page of its area.
OBJECT_AREAS = {"loan": "loans", "withdrawal": "funds", "recon": "recon", "day": "recon", "report": "reports",
                "customer": "customers", "case": "afterloan", "alert": "alerts", "user": "admin"}

# Whose screen the manual shows for each page: the role that does that work every day (the self-check signs in
# as each demo user and grabs `<language>-<user>-<screen>.png`).
SCREENSHOT_USERS = {"home": "risk", "loans": "risk", "customers": "service", "afterloan": "risklead",
                    "blacklist": "risklead", "funds": "finance", "recon": "finance", "alerts": "admin",
                    "reports": "finance", "admin": "admin", "audit": "auditor"}


@dataclass(frozen=True)
class ManualPage:
    key: str
    language: str
    path: Path
    title: str

    @property
    def admin(self) -> bool:
        return self.key in ADMIN_PAGES


def language_of(chinese: bool) -> str:
    return "zh_CN" if chinese else "en"


def page_for_tab(tab_key: str | None) -> str:
    """The page about the tab in use: a screen's own page, an object's area, else the start."""
    if not tab_key:
        return "index"
    if tab_key in PAGES:
        return tab_key
    return OBJECT_AREAS.get(tab_key.split(":", 1)[0], "index")


def page(key: str, language: str) -> ManualPage:
    path = MANUAL / language / f"{key}.md"
    first = path.read_text("utf-8").lstrip().splitlines()[0]
    return ManualPage(key, language, path, first.lstrip("#").strip())


def pages(language: str) -> list[ManualPage]:
    return [page(key, language) for key in PAGES]


def admin_guide_markdown(language: str) -> str:
    """The administrator's guide as one document (its pages in order), for printing."""
    return "\n\n".join(page(key, language).path.read_text("utf-8") for key in ADMIN_PAGES)
