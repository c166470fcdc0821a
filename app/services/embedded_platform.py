"""The built-in "本地演示平台 / Local demo platform": the platform API on a free loopback port, with its own
SQLite database (platform.db) and key ring (pii-keys.json) in P2P_DATA_DIR when it is set (as the README
says), else in the user's data folder; seeded on first start, stopped when the app quits.

QProcess keeps it off the GUI thread: `ready(url)` or `failed(message)` arrive as signals.
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QStandardPaths, Signal

ROOT = Path(__file__).resolve().parents[2]
READY = "P2P-SERVER-READY "


def server_command() -> list[str]:
    """The program and first arguments that run the platform API's command line (`python -m server`).

    In a frozen bundle (PyInstaller, see installers/) there is no interpreter to take `-m`: the bundle's own
    executable runs the server when its first argument is main.py's hidden `--run-server`.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, "--run-server"]
    return [sys.executable, "-m", "server"]


DATABASE_FILE = "platform.db"  # the server's own default name (server/config.py)
OLD_DATABASE_FILE = "demo.db"  # what earlier versions called it: renamed on first start


def default_data_dir() -> Path:
    """P2P_DATA_DIR when set (the same setting the server reads), else the console's data folder."""
    configured = os.environ.get("P2P_DATA_DIR")
    if configured:
        return Path(configured)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "demo-platform"


class EmbeddedPlatform(QObject):
    ready = Signal(str)
    failed = Signal(str)

    def __init__(self, data_dir: Path | None = None, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir or default_data_dir())
        self.url: str | None = None
        self._process: QProcess | None = None
        self._buffer = ""
        self._stderr = ""

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.data_dir / DATABASE_FILE}"

    def _new_process(self) -> QProcess:
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("P2P_DATA_DIR", str(self.data_dir))
        # The demo database and its personal-data keys live and go together.
        env.insert("P2P_PII_KEYS_FILE", str(self.data_dir / "pii-keys.json"))
        env.insert("PYTHONPATH", str(ROOT) + os.pathsep + env.value("PYTHONPATH", ""))
        process.setProcessEnvironment(env)
        process.setWorkingDirectory(str(ROOT))
        process.setProgram(server_command()[0])
        return process

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        old, database = self.data_dir / OLD_DATABASE_FILE, self.data_dir / DATABASE_FILE
        if old.exists() and not database.exists():
            old.rename(database)
        if database.exists():
            self._run()
            return
        seed = self._new_process()
        seed.setArguments([*server_command()[1:], "--database-url", self.database_url, "seed-demo"])
        seed.finished.connect(lambda code, _status: self._run() if code == 0 else self.failed.emit(
            bytes(seed.readAllStandardError()).decode(errors="replace")[-500:] or "seed-demo failed"))
        seed.start()
        self._seed = seed

    def _run(self) -> None:
        process = self._new_process()
        process.setArguments([*server_command()[1:], "--database-url", self.database_url, "run", "--port", "0",
                              "--parent-pid", str(os.getpid())])
        process.readyReadStandardOutput.connect(self._read)
        process.readyReadStandardError.connect(
            lambda: setattr(self, "_stderr", (self._stderr + bytes(process.readAllStandardError()).decode(errors="replace"))[-2000:]))
        process.finished.connect(self._finished)
        self._process = process
        process.start()

    def _read(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput()).decode(errors="replace")
        while "\n" in self._buffer:
            line, self._buffer = self._buffer.split("\n", 1)
            if line.startswith(READY) and self.url is None:
                self.url = line[len(READY):].strip()
                self.ready.emit(self.url)

    def _finished(self, code, _status) -> None:
        if self.url is None:
            self.failed.emit(self._stderr.strip()[-500:] or f"the local platform exited with code {code}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.finished.disconnect(self._finished)
            process.terminate()
            if not process.waitForFinished(5000):
                process.kill()
                process.waitForFinished(2000)
