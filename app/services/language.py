"""The interface language: following the system, or forced to 简体中文 / English."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources_path import RESOURCES

_installed: list[QTranslator] = []
_chinese = False


def resolve(choice: str) -> str:
    """'system', 'zh_CN' or 'en' -> the language to load."""
    if choice in ("zh_CN", "en"):
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(choice: str) -> str:
    """Loads our translations (and Qt's own for Chinese); returns the language in use."""
    global _chinese
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(choice)
    _chinese = language == "zh_CN"
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if _chinese
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    ours = QTranslator()
    if ours.load(str(RESOURCES / "translations" / f"p2p_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if _chinese:
        qt = QTranslator()
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return language


def current_is_chinese() -> bool:
    return _chinese


def finding_text(hit: dict) -> str:
    """A risk rule's finding in the console's language (the server words it in both)."""
    return (hit.get("finding_zh") or hit["finding"]) if current_is_chinese() else hit["finding"]
