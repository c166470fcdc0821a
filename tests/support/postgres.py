"""A throwaway PostgreSQL cluster for the test suite (initdb and pg_ctl from Debian's packages).

It listens on a private port on loopback and a private socket folder, with fsync off, and is
removed at the end of the session. As root, initdb refuses to run, so it runs as `postgres`.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time


def _bindir() -> str | None:
    found = shutil.which("pg_ctl")
    if found:
        return os.path.dirname(os.path.realpath(found))
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return os.path.dirname(candidates[-1]) if candidates else None


def available() -> bool:
    return _bindir() is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresCluster:
    """`root`: a folder to keep the cluster in (a benchmark reuses a database it seeded once, which at a million
    rows takes twenty minutes); a cluster already there is started again, not created. Without it, a fresh
    temporary folder that `stop()` removes."""

    def __init__(self, root: str | None = None):
        self.bindir = _bindir()
        if self.bindir is None:
            raise RuntimeError("PostgreSQL's initdb/pg_ctl are not installed (Debian package postgresql)")
        self.kept = root is not None
        if root is not None:
            os.makedirs(root, exist_ok=True)
        self.root = root or tempfile.mkdtemp(prefix="p2p-pg-")
        self.datadir = os.path.join(self.root, "data")
        self.sockdir = os.path.join(self.root, "sock")
        self.port = _free_port()
        self.run_as = None
        if os.geteuid() == 0:
            self.run_as = "postgres"
            uid, gid = pwd.getpwnam("postgres").pw_uid, pwd.getpwnam("postgres").pw_gid
            os.chmod(self.root, 0o755)
            os.makedirs(self.sockdir, exist_ok=True)
            os.chown(self.root, uid, gid)
            os.chown(self.sockdir, uid, gid)
        else:
            os.makedirs(self.sockdir, exist_ok=True)

    def _cmd(self, *args) -> list[str]:
        command = [os.path.join(self.bindir, args[0]), *args[1:]]
        return ["runuser", "-u", self.run_as, "--", *command] if self.run_as else command

    @property
    def created(self) -> bool:
        return os.path.exists(os.path.join(self.datadir, "PG_VERSION"))

    def start(self) -> "PostgresCluster":
        if not self.created:
            subprocess.run(self._cmd("initdb", "-D", self.datadir, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                                     "--locale=C", "--no-sync"), check=True, capture_output=True)
        options = (f"-p {self.port} -k {self.sockdir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   f"-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        subprocess.run(self._cmd("pg_ctl", "-D", self.datadir, "-o", options, "-l",
                                 os.path.join(self.root, "server.log"), "-w", "-t", "60", "start"),
                       check=True, capture_output=True)
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        if self.kept:  # a clean shutdown, so that the next start needs no recovery
            subprocess.run(self._cmd("pg_ctl", "-D", self.datadir, "-m", "fast", "-w", "stop"), capture_output=True)
            return
        subprocess.run(self._cmd("pg_ctl", "-D", self.datadir, "-m", "immediate", "-w", "stop"), capture_output=True)
        for _ in range(20):
            try:
                shutil.rmtree(self.root)
                return
            except OSError:
                time.sleep(0.1)
