"""The packaging recipe (installers/) without building it: the PyInstaller spec bundles every folder the code
reads at run time, and the frozen executable's server entry (`--run-server`) works. The bundle itself is
built and self-checked by `make package` and the commands in installers/README.md, never by the suite.
"""

import ast
import configparser
import json
import os
import shutil
import re
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installers" / "pyinstaller" / "p2p-backoffice.spec"


def spec_data() -> list[tuple[str, str, str]]:
    """The spec's DATA list, read without running PyInstaller: (source folder, glob, folder in the bundle)."""
    for node in ast.parse(SPEC.read_text("utf-8")).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["DATA"]:
            return ast.literal_eval(node.value)
    raise AssertionError("the spec has no DATA list")


def bundled(path: Path) -> bool:
    relative = path.relative_to(ROOT)
    return any(relative.parent.as_posix() == source and fnmatch(relative.name, pattern)
               for source, pattern, _target in spec_data())


def test_every_data_entry_matches_files_and_keeps_the_repository_layout():
    for source, pattern, target in spec_data():
        assert list((ROOT / source).glob(pattern)), f"{source}/{pattern} matches nothing"
        # app/resources_path.py, server/db/migrate.py and server/loans/demo_documents.py find their files
        # relative to their own modules, so the bundle must keep the checkout's folders.
        assert target == source


def test_every_resources_folder_is_bundled_whole():
    folders = [p for p in (ROOT / "resources").iterdir() if p.is_dir()]
    assert {"icons", "translations", "demo-documents"} <= {p.name for p in folders}
    for folder in folders:
        wanted = [p for p in folder.rglob("*") if p.is_file() and p.suffix != ".ts"]  # .ts are compiled to .qm
        missing = [str(p.relative_to(ROOT)) for p in wanted if not bundled(p)]
        assert not missing, f"not in installers/pyinstaller/p2p-backoffice.spec DATA: {missing}"


def test_every_resources_folder_the_code_names_is_bundled():
    named = set()
    for path in [*(ROOT / "app").rglob("*.py"), *(ROOT / "server").rglob("*.py")]:
        text = path.read_text("utf-8")
        named |= set(re.findall(r'RESOURCES\s*/\s*"([^"/]+)"', text))
        named |= set(re.findall(r'"resources"\s*/\s*"([^"/]+)"', text))
    assert {"icons", "translations", "demo-documents"} <= named
    sources = {source for source, _pattern, _target in spec_data()}
    for name in named:  # the folder itself, or each of its subfolders (the manual's languages and images)
        assert any(s == f"resources/{name}" or s.startswith(f"resources/{name}/") for s in sources), name


def test_the_server_package_data_is_bundled():
    """What pyproject.toml ships as package data (Alembic scripts, the common-password list) is in the bundle."""
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]
    files = [p for pattern in package_data["server"] for p in (ROOT / "server").glob(pattern)]
    assert any(p.name == "env.py" for p in files) and any(p.parent.name == "versions" for p in files)
    assert any(p.name == "common_passwords.txt" for p in files)
    missing = [str(p.relative_to(ROOT)) for p in files if not bundled(p)]
    assert not missing, f"not in installers/pyinstaller/p2p-backoffice.spec DATA: {missing}"
    for p in (ROOT / "server").rglob("*"):
        # .po/.pot: the message catalog's sources (make messages); the server reads the compiled .mo
        if p.is_file() and p.suffix not in {".py", ".pyc", ".md", ".po", ".pot"} and "__pycache__" not in p.parts:
            assert bundled(p), f"{p.relative_to(ROOT)} is read at run time but not in the spec's DATA"


def test_the_server_start_command_runs_python_m_server_here_and_the_bundle_itself_when_frozen(monkeypatch):
    from app.services.embedded_platform import server_command

    assert server_command() == [sys.executable, "-m", "server"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert server_command() == [sys.executable, "--run-server"]


def test_the_hidden_run_server_entry_of_main_py_is_the_server_command_line(tmp_path):
    """What the bundle's executable does when the embedded platform starts it: `main.py --run-server ARGS`."""
    env = os.environ | {"P2P_DATA_DIR": str(tmp_path), "P2P_PII_KEYS_FILE": str(tmp_path / "pii-keys.json")}
    done = subprocess.run([sys.executable, "main.py", "--run-server", "--database-url", f"sqlite:///{tmp_path / 'p.db'}",
                           "migrate"], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "database is at revision" in done.stdout


def test_the_desktop_entry_names_the_console_in_chinese_and_english_and_runs_the_bundle():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "installers" / "linux" / "p2p-backoffice.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "P2P Back Office"
    assert desktop["Name[zh_CN]"] == "网贷平台运营后台"
    assert desktop["Exec"].split()[0] == "p2p-backoffice" == re.search(r'NAME = "([^"]+)"', SPEC.read_text("utf-8"))[1]
    assert (ROOT / "installers" / "linux" / f"{desktop['Icon']}.svg").is_file()


def test_one_version_is_stamped_on_the_package_the_bundle_and_the_installers():
    """server/__init__.py's __version__ is the one version: pyproject.toml reads it, the spec stamps the macOS
    bundle with it, the Linux archive and the Windows installer are named by it, the console says it."""
    from server import __version__

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "server.__version__"}
    spec = (ROOT / "installers/pyinstaller/p2p-backoffice.spec").read_text("utf-8")
    assert "from server import __version__ as VERSION" in spec
    assert '"CFBundleShortVersionString": VERSION' in spec and "version=VERSION" in spec
    build = (ROOT / "installers/linux/build.sh").read_text("utf-8")
    assert "from server import __version__" in build and '$NAME-$VERSION-linux-' in build
    inno = (ROOT / "installers/windows/p2p-backoffice.iss").read_text("utf-8")
    assert "AppVersion={#AppVersion}" in inno and "OutputBaseFilename=p2p-backoffice-{#AppVersion}-windows-setup" in inno
    assert '#define BundleDir "..\\..\\dist\\p2p-backoffice"' in inno and '#define AppExe "p2p-backoffice.exe"' in inno
    assert 'NAME = "p2p-backoffice"' in spec  # the folder the installer packs is the spec's COLLECT name
    assert "ChineseSimplified.isl" in inno
    about = (ROOT / "app/views/shell/main_window.py").read_text("utf-8")
    assert "P2P Back Office %1 — " in about and "__version__))" in about
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


ICU_PROBE = r"""
import ctypes, json, sys
folder = sys.argv[1]
common = ctypes.CDLL(folder + "/libicuuc.so.{v}", mode=ctypes.RTLD_GLOBAL)
i18n = ctypes.CDLL(folder + "/libicui18n.so.{v}")
i18n.ucol_open_{v}.restype = common.ucnv_open_{v}.restype = ctypes.c_void_p
status = ctypes.c_int(0)
collator = i18n.ucol_open_{v}(b"zh_CN", ctypes.byref(status))
def key(text):
    utf16 = text.encode("utf-16-le")
    size = i18n.ucol_getSortKey_{v}(ctypes.c_void_p(collator), utf16, len(utf16) // 2, None, 0)
    buffer = ctypes.create_string_buffer(size)
    i18n.ucol_getSortKey_{v}(ctypes.c_void_p(collator), utf16, len(utf16) // 2, buffer, size)
    return buffer.raw
names = sorted(["张三", "李四", "阿强", "王五", "陈六"], key=key)
converter_status = ctypes.c_int(0)
converter = common.ucnv_open_{v}(b"gb18030", ctypes.byref(converter_status))
print(json.dumps({{"collator": status.value, "names": names, "gb18030": bool(converter) and converter_status.value}}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PySide6 carries ICU's libraries only on Linux")
def test_the_bundles_icu_data_keeps_chinese_and_english_and_still_sorts_by_pinyin(tmp_path):
    """The spec swaps Qt's ICU data library for one without the other locales (installers/pyinstaller/icu_data.py);
    ICU's own libraries, loaded beside it in a separate process, still collate Chinese by pinyin and convert GB18030."""
    sys.path.insert(0, str(SPEC.parent))
    try:
        import icu_data
    finally:
        sys.path.remove(str(SPEC.parent))
    import PySide6

    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    source = next(qt_lib.glob("libicudata.so.*"))
    version = source.name.rsplit(".", 1)[-1]
    before, after = icu_data.trim(source, tmp_path / source.name)
    kept = icu_data.item_names(tmp_path / source.name)
    assert len(kept) == after < before
    package = f"icudt{version}l/"
    for item in ("zh.res", "zh_Hans_CN.res", "en.res", "en_GB.res", "root.res", "coll/zh.res", "coll/root.res",
                 "zoneinfo64.res", "gb18030.cnv", "brkitr/cjdict.dict", "supplementalData.res"):
        assert package + item in kept
    for item in ("fr.res", "ja.res", "coll/ko.res", "zone/de.res", "curr/es_419.res"):
        assert package + item not in kept
    assert (tmp_path / source.name).stat().st_size < source.stat().st_size / 2

    for library in qt_lib.glob(f"libicu*.so.{version}"):
        if library.name != source.name:
            shutil.copyfile(library, tmp_path / library.name)
    probe = subprocess.run([sys.executable, "-c", ICU_PROBE.format(v=version), str(tmp_path)],
                           capture_output=True, text=True, timeout=60, check=True)
    answer = json.loads(probe.stdout)
    assert answer["names"] == ["阿强", "陈六", "李四", "王五", "张三"]
    assert answer["collator"] in (0, -128)  # U_ZERO_ERROR, or zh_CN answered by zh's rules (U_USING_FALLBACK_WARNING)
    assert answer["gb18030"] == 0


def _runtime_distributions() -> set[str]:
    """The distributions `pip install .` brings: the declared dependencies, their extras, and what they require."""
    from importlib.metadata import PackageNotFoundError, requires
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    wanted = [(Requirement(line).name, set(Requirement(line).extras)) for line in declared]
    found: set[str] = set()
    while wanted:
        name, extras = wanted.pop()
        key = canonicalize_name(name)
        if key in found and not extras:
            continue
        found.add(key)
        try:
            needs = requires(name) or []
        except PackageNotFoundError:
            continue
        for line in needs:
            need = Requirement(line)
            if need.marker is None or any(need.marker.evaluate({"extra": extra}) for extra in extras | {""}):
                wanted.append((need.name, set(need.extras)))
    return found


def _imported_top_level_modules() -> dict[str, str]:
    """{module: first file importing it} for the absolute imports of the shipped code (app, server, main.py)."""
    modules: dict[str, str] = {}
    for path in sorted([ROOT / "main.py", *(ROOT / "app").rglob("*.py"), *(ROOT / "server").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                modules.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return modules


def test_every_module_the_shipped_code_imports_comes_with_a_plain_install():
    """A module imported only through a test extra works in the suite and fails for the bundle and a production
    install (httpx did: the SMS gateway's import stopped the bundle's server)."""
    from importlib.metadata import packages_distributions
    from packaging.utils import canonicalize_name

    runtime = _runtime_distributions()
    providers = packages_distributions()
    missing = []
    for module, where in _imported_top_level_modules().items():
        if module in sys.stdlib_module_names or module in ("app", "server", "__future__"):
            continue
        distributions = {canonicalize_name(name) for name in providers.get(module, [])}
        if not distributions & runtime:
            missing.append(f"{module} (imported by {where}; installed by {sorted(distributions) or 'nothing'})")
    assert not missing, "not brought by [project.dependencies]: " + "; ".join(missing)
