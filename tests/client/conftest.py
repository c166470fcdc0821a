"""Client tests: real widgets driven with qtbot, against a real platform API on loopback (SQLite), with
an in-memory keyring (never the developer's own) unless a test asks for the real Secret Service."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from app.services import language  # noqa: E402
from app.services.settings import AppSettings, Profile  # noqa: E402
from app.services.tasks import TaskRunner  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend, for tests only."""

    priority = 10

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture(params=["sqlite"])
def backend(request):
    """The client suite uses SQLite only; tests/server covers PostgreSQL."""
    return request.param


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def english(qapp):
    qapp.setOrganizationName("P2PBackOfficeTests")
    language.install("en")
    yield


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def runner(qapp):
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_idle(10_000)


@pytest.fixture
def profile(live_url, settings) -> Profile:
    """A saved server profile pointing at the live test platform, chosen as the last used one."""
    made = Profile("test", "Test platform", live_url)
    settings.save_profiles([made])
    settings.last_profile = made.id
    return made
