"""Command line of the platform API: python -m server COMMAND (see README.md).

Errors and warnings are written in Chinese, or in English when the environment asks for English (LANGUAGE,
LC_ALL, LC_MESSAGES or LANG, the first one set, starting with "en"). What a command reports on success (the
revision, the temporary password, the audit chain's state) stays in English: scripts read those lines."""

import argparse
import functools
import gc
import ipaddress
import os
import socket
import sys
import threading
import time
from pathlib import Path

from server.config import Settings
from server.messages import _, render

LANGUAGE_HELP = _("Errors are written in Chinese; set LANG (or LC_ALL, LANGUAGE) to en_US.UTF-8 for English.")


def cli_language(environ=None) -> str:
    """The language of the command line's errors: English when the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG
    that is set starts with "en", Chinese otherwise."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh_CN"
    return "zh_CN"


def say_error(text: str, params: dict | None = None, *, warning: bool = False) -> None:
    """One line on stderr: "error: …" / "错误：…" (a text of the catalog, filled in the command line's language)."""
    language = cli_language()
    frame = _("warning: {message}") if warning else _("error: {message}")
    print(render(frame, language, {"message": render(text, language, params)}), file=sys.stderr, flush=True)


def _settings(args) -> Settings:
    return Settings(database_url=args.database_url or "")


def _platform(args):
    from server.platform import Platform

    return Platform.open(_settings(args))


def _system_auditor(db, action_source: str):
    from server.audit.service import Auditor

    return Auditor(db, None, "system", "cli", action_source)


def cmd_migrate(args) -> int:
    from server.db import migrate
    from server.staff import service as staff

    platform = _platform(args)
    before = migrate.current_revision(platform.db.engine)
    try:
        migrate.upgrade(platform.db.engine)
    except migrate.NewerSchema as newer:
        say_newer(newer)
        return 2
    with platform.db.write() as db:
        created = staff.ensure_standard_roles(db)
        if created:
            audit = _system_auditor(db, "migrate")
            for role in created:  # one record per role, as when an administrator creates one
                audit.record("staff.role_created", "role", role.id,
                             after={"name": role.name, "permissions": role.permission_names, "standard": True})
            audit.seal()
        db.commit()
    after = migrate.current_revision(platform.db.engine)
    if before == after and not created:
        print(f"nothing to do: the database is at revision {after}")
    else:
        print(f"database is at revision {after} (was {before or 'empty'})"
              + (f"; standard roles created: {', '.join(r.name for r in created)}" if created else ""))
    return 0


def say_newer(newer) -> None:
    from server.db import migrate

    say_error(_("the database was written by a newer version of the platform (schema revision {revision}; this "
                "version knows revisions up to {head}): run that version or a later one; nothing was changed"),
              {"revision": newer.revision, "head": migrate.head_revision()})


def cmd_seed_demo(args) -> int:
    from server.staff import service as staff

    if cmd_migrate(args):
        return 2
    platform = _platform(args)
    with platform.db.write() as db:
        audit = _system_auditor(db, "seed-demo")
        created = staff.seed_demo(db, audit)
        if args.loans:
            from server.demo import seed_demo_book

            started = time.perf_counter()
            made = seed_demo_book(db, platform.settings, args.loans, platform.settings.data_dir)
            if made:
                audit.record("loan.demo_seeded", "loans", str(made["applications"]), after=made)
                print(f"demo loans created: {made['applications']:,} in {time.perf_counter() - started:.1f} s")
            else:
                print("demo loans: none created (the database has applications already)")
        audit.seal()
        db.commit()
    print(f"demo staff created: {', '.join(created) or 'none (already there)'}")
    return 0


def cmd_create_user(args) -> int:
    from server.errors import DomainError
    from server.staff import service as staff

    platform = _platform(args)
    with platform.db.write() as db:
        staff.ensure_standard_roles(db)
        audit = _system_auditor(db, "create-user")
        try:
            user, password = staff.create_user(db, audit, args.name, args.display_name or args.name, args.role)
        except DomainError as error:
            say_error(error.sentence(cli_language()))
            return 2
        audit.seal()
        db.commit()
    print(f"user {user.username} created with roles {', '.join(args.role)}")
    print(f"temporary password (shown once; must be changed at first sign-in): {password}")
    return 0


def cmd_verify_audit(args) -> int:
    from server.audit import checkpoints

    platform = _platform(args)
    path = platform.settings.audit_checkpoints_file
    started = time.perf_counter()
    with platform.db.read() as db:
        result = checkpoints.verify(db, path, full=args.full)
    took = f"{(time.perf_counter() - started) * 1000:.0f} ms"
    anchor = result.anchor
    if result.ok:
        scope = (f"{result.checked} records verified" if result.incremental_from is None
                 else f"{result.checked} new records verified after record {result.incremental_from}")
        against = ("no checkpoint yet" if anchor is None else
                   f"matches the {'checkpoint' if anchor['kind'] == 'checkpoint' else 'restore epoch'} "
                   f"at {anchor['at']} (record {anchor['seq']})")
        print(f"audit chain intact: {scope}; ends at record {result.head_seq}; {against} ({took})")
        return 0
    where = (f" at record seq={result.first_broken_seq}" + (f" (id={result.first_broken_id})"
                                                          if result.first_broken_id is not None else "")
             if result.first_broken_seq is not None else "")
    print(f"audit chain BROKEN{where}: {result.reason}; {result.checked} records before it verified")
    return 1


def cmd_audit_restored(args) -> int:
    from server.audit import checkpoints

    platform = _platform(args)
    with platform.db.read() as db:
        check, entry = checkpoints.restored(db, platform.settings.audit_checkpoints_file, args.backup)
    if entry is None:
        print(f"audit chain BROKEN at record seq={check.first_broken_seq}: {check.reason}; no epoch opened",
              file=sys.stderr)
        return 1
    print(f"new audit epoch: restored from backup {args.backup} at record {entry['seq']} "
          f"({check.checked} records verified)")
    return 0


def cmd_rotate_pii_key(args) -> int:
    from server.db.models import metadata
    from server.loans.documents import reseal_all
    from server.security.pii import rotate_key

    platform = _platform(args)
    kid, count = rotate_key(platform.db.engine, metadata)
    files = reseal_all(platform.settings.data_dir)
    print(f"new active key {kid}; {count} values re-encrypted; {files} document files re-encrypted")
    return 0


def cmd_probe(args) -> int:
    from server.monitoring.probe import Probe, ProbeConfigError, load_config, readable_by_others

    try:
        config = load_config(args.config)
    except ProbeConfigError as error:
        say_error(error.template, error.params)
        return 2
    if readable_by_others(args.config):
        say_error(_("{file} holds the probe's password and is readable by other accounts: chmod 600 it"),
                  {"file": str(args.config)}, warning=True)
    probe = Probe(args.url, args.site, config)
    print(f"P2P-PROBE {args.site} checking {probe.url} every {args.every:g} s", flush=True)
    try:
        probe.run(every=args.every, iterations=args.iterations)
    except KeyboardInterrupt:
        pass
    finally:
        probe.close()
    return 0


def cmd_backup(args) -> int:
    from server.backups.refusals import BackupRefused
    from server.backups.runs import recorded_backup
    from server.db import migrate

    platform = _platform(args)
    destination = Path(args.to) if args.to else None
    try:
        if migrate.current_revision(platform.db.engine) == migrate.head_revision():
            run, made = recorded_backup(platform, destination, trigger="command")
        else:  # an older schema has no record of runs: the backup is made all the same
            from server.backups.making import make_backup

            made = make_backup(platform.settings, destination)
    except BackupRefused as refused:
        say_error(refused.template, refused.params)
        return 2
    finally:
        platform.db.dispose()
    head = made.manifest["audit_head"]
    print(f"backup written: {made.path} ({made.size:,} bytes; schema revision {made.manifest['database']['revision']}; "
          f"audit chain head at record {head['seq']})")
    return 0


def cmd_backup_keys(args) -> int:
    from server.backups.key_copy import copy_key_ring
    from server.backups.refusals import BackupRefused

    try:
        folder = copy_key_ring(_settings(args), Path(args.to))
    except BackupRefused as refused:
        say_error(refused.template, refused.params)
        return 2
    print(f"key ring copied to {folder}: keep it apart from the backups (another disk, a safe)")
    return 0


def cmd_restore(args) -> int:
    from dataclasses import replace

    from server.backups.refusals import BackupRefused
    from server.backups.restoring import restore_backup

    settings = _settings(args)
    if args.data_dir:
        settings = replace(settings, data_dir=Path(args.data_dir),
                           audit_checkpoints_file=Path(args.data_dir) / "audit-checkpoints.jsonl")
    try:
        done = restore_backup(Path(args.backup), settings)
    except BackupRefused as refused:
        say_error(refused.template, refused.params)
        return 2
    for line in done.lines:
        print(line)
    return 0


def _watch_parent(pid: int, stop) -> None:
    while True:
        time.sleep(1)
        try:
            os.kill(pid, 0)
        except OSError:
            stop()
            return


def listening_socket(host: str, port: int, reserve_only: bool = False) -> socket.socket:
    """The server's socket, listening; with `reserve_only`, bound to the port and not listening, which workers
    listening on sockets of their own then share (server/workers.py, OwnSocket)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and without it
    # every keep-alive response waits ~40 ms for the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reserve_only:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    if not reserve_only:
        sock.listen(128)  # connections made before uvicorn accepts wait in the backlog
    return sock


def _say_ready_once_listening(line: str, family: int, address: tuple, should_exit: threading.Event) -> None:
    """Prints the ready line once a worker accepts connections on its own socket (the supervisor's only reserves
    the port, and a connection made before a worker listens would be refused)."""
    host = address[0]
    if host in ("0.0.0.0", "::", ""):
        host = "::1" if family == socket.AF_INET6 else "127.0.0.1"
    while not should_exit.is_set():
        try:
            socket.create_connection((host, address[1]), timeout=1).close()
        except OSError:
            should_exit.wait(0.05)
            continue
        print(line, flush=True)
        return


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except socket.gaierror:
        return False
    return bool(addresses) and all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses)


# AEAD suites only (TLS 1.3's are always AEAD): no CBC, whose padding has given attack after attack.
TLS_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20"


def run_refusal(args, language: str = "en") -> str | None:
    """Why `run` will not start with these arguments (one line in `language`), or None."""
    if bool(args.certfile) != bool(args.keyfile):
        return render(_("--certfile and --keyfile go together: give both to serve HTTPS"), language)
    if not args.certfile and not args.insecure_http and not is_loopback(args.host):
        return render(_("--host {host} is reachable from other machines: serve HTTPS there (--certfile and "
                        "--keyfile), or say --insecure-http"), language, {"host": args.host})
    return None


def cmd_run(args) -> int:
    from dataclasses import replace

    import uvicorn

    from server.app import create_app
    from server.db import migrate
    from server.platform import Platform
    from server.workers import OwnSocket, TlsConfig, reuse_port_available, worker_app

    refusal = run_refusal(args, cli_language())
    if refusal:
        say_error(refusal)
        return 2
    if not args.certfile and not is_loopback(args.host):
        say_error(_("serving plain HTTP on {host} (--insecure-http): passwords, one-time codes and tokens cross the "
                    "network readable by anyone on the way"), {"host": args.host}, warning=True)
    # The server that really runs runs the periodic jobs too (one process of several, by a database lease).
    settings = _settings(args)
    platform = Platform.open(replace(settings, scheduler_enabled=not args.no_scheduler, listen_host=args.host,
                                     tls_certfile=Path(args.certfile) if args.certfile else settings.tls_certfile))
    if not args.no_migrate:
        if cmd_migrate(args):
            return 2
    elif migrate.current_revision(platform.db.engine) not in migrate.known_revisions() | {None}:
        say_newer(migrate.NewerSchema(migrate.current_revision(platform.db.engine)))
        return 2
    elif migrate.current_revision(platform.db.engine) != migrate.head_revision():
        say_error(_("the database schema is not current: run `python -m server migrate`"))
        return 2
    workers = max(1, args.workers)
    own_sockets = workers > 1 and reuse_port_available()
    sock = listening_socket(args.host, args.port, reserve_only=own_sockets)
    family = sock.family
    port = sock.getsockname()[1]
    tls = bool(args.certfile)
    proxies = list(platform.settings.trusted_proxies)
    if workers > 1:
        # Each worker builds its own platform (engine, pools, caches) after it starts: connections and threads
        # do not survive the trip to another process. What must agree across them is in the database.
        platform.db.dispose()
        app, factory = functools.partial(worker_app, platform.settings), True
    else:
        app, factory = create_app(platform=platform), False
        # Modules, routes and models live as long as the process: keep them out of the cyclic collector's full
        # scans, which otherwise walk them again and again under load.
        gc.freeze()
    # Forwarded headers (X-Forwarded-For/-Proto) are believed only from the proxies named: uvicorn's default
    # believes any loopback peer, so one address could dodge the per-address limits and write any address
    # into the audit log.
    config = TlsConfig(app, factory=factory, workers=workers, log_level=args.log_level, ssl_certfile=args.certfile,
                       ssl_keyfile=args.keyfile, ssl_ciphers=TLS_CIPHERS, proxy_headers=bool(proxies),
                       forwarded_allow_ips=proxies, access_log=False, timeout_graceful_shutdown=5)
    host = f"[{args.host}]" if family == socket.AF_INET6 else args.host
    if workers > 1:
        from uvicorn.supervisors import Multiprocess

        ready = f"P2P-SERVER-READY {'https' if tls else 'http'}://{host}:{port}"
        supervisor = Multiprocess(config, sockets=[OwnSocket(family, sock.getsockname()) if own_sockets else sock])
        if args.parent_pid:
            threading.Thread(target=_watch_parent, args=(args.parent_pid, supervisor.should_exit.set),
                             daemon=True).start()
        if own_sockets:
            threading.Thread(target=_say_ready_once_listening, args=(ready, family, sock.getsockname(),
                                                                     supervisor.should_exit), daemon=True).start()
        else:
            print(ready, flush=True)
        supervisor.run()
        return 0
    config.load()
    server = uvicorn.Server(config)
    if args.parent_pid:
        threading.Thread(target=_watch_parent, args=(args.parent_pid, lambda: setattr(server, "should_exit", True)),
                         daemon=True).start()
    print(f"P2P-SERVER-READY {'https' if tls else 'http'}://{host}:{port}", flush=True)
    server.run(sockets=[sock])
    return 0


def cmd_import_template(args) -> int:
    from server.golive.command_line import write_template

    return write_template(args.kind, Path(args.to))


def cmd_import(args) -> int:
    from server.golive.command_line import import_file

    return import_file(_platform(args), Path(args.file), args.apply, cli_language(),
                       lambda db: _system_auditor(db, "import"))


def cmd_export(args) -> int:
    from server.golive.command_line import export_kind

    return export_kind(_platform(args), args.kind, Path(args.to), lambda db: _system_auditor(db, "export"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m server", description="P2P Back Office platform API",
                                     epilog=render(LANGUAGE_HELP, cli_language()))
    parser.add_argument("--database-url", help="SQLAlchemy URL (default: SQLite in the data folder, or $P2P_DATABASE_URL)")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name, func, help_text):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--database-url", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        p.set_defaults(func=func)
        return p

    run = add("run", cmd_run, "serve the API")
    run.add_argument("--host", default="127.0.0.1", help="listen address (default: loopback only)")
    run.add_argument("--port", type=int, default=8765, help="0 lets the OS choose a free port")
    run.add_argument("--certfile", help="TLS certificate (PEM); serves HTTPS with --keyfile")
    run.add_argument("--keyfile", help="TLS private key (PEM)")
    run.add_argument("--insecure-http", action="store_true",
                     help="serve plain HTTP on a non-loopback --host (refused without it)")
    run.add_argument("--parent-pid", type=int, help="exit when this process is gone")
    run.add_argument("--no-migrate", action="store_true", help="refuse to start on an old schema instead of migrating")
    run.add_argument("--log-level", default="warning")
    run.add_argument("--workers", type=int, default=1, metavar="N",
                     help="serve with N processes sharing the port (default 1)")
    run.add_argument("--no-scheduler", action="store_true", help="do not run the periodic jobs in this process")
    add("migrate", cmd_migrate, "bring the schema to the current revision")
    user = add("create-user", cmd_create_user, "create a staff user with a temporary password")
    user.add_argument("name")
    user.add_argument("--role", action="append", required=True, help="a role name; repeat for several")
    user.add_argument("--display-name")
    seed = add("seed-demo", cmd_seed_demo, "make the deterministic demo database")
    seed.add_argument("--loans", type=int, default=2000, metavar="N", help="demo loan applications to create (default 2000)")
    verify = add("verify-audit", cmd_verify_audit,
                 "check the audit chain from the last verified record and against the last checkpoint")
    verify.add_argument("--full", action="store_true", help="check every record from the first")
    restored = add("audit-restored", cmd_audit_restored,
                   "after restoring a backup: check the chain and open a new checkpoint epoch at its end")
    restored.add_argument("--backup", required=True, help="the backup's name, for the record")
    backup = add("backup", cmd_backup, "back up the database, documents and audit checkpoints, sealed with the backup key")
    backup.add_argument("--to", help="the folder the backup goes in (default: the backup folder, $P2P_BACKUP_DIR)")
    keys = add("backup-keys", cmd_backup_keys, "copy the key ring (never into the backup folder)")
    keys.add_argument("--to", required=True, help="a folder apart from the backups")
    restore = add("restore", cmd_restore, "restore a backup into an empty database, then verify it")
    restore.add_argument("backup", help="the backup's folder (p2p-backup-…)")
    restore.add_argument("--data-dir", help="where the documents and audit checkpoints go (default: the data folder)")
    add("rotate-pii-key", cmd_rotate_pii_key, "add a personal-data key and re-encrypt every value and document file")
    probe = add("probe", cmd_probe, "check a platform from outside and alert through the probe's own channels")
    probe.add_argument("url", help="the platform's address, e.g. https://p2p.example:8443")
    probe.add_argument("--site", required=True, help="this probe's site name, as its outage reports carry it")
    probe.add_argument("--every", type=float, default=60.0, help="seconds between checks (default 60)")
    probe.add_argument("--config", type=Path, required=True,
                       help="the probe's TOML (or .json) file: its read-only credential and its channels")
    probe.add_argument("--iterations", type=int, help=argparse.SUPPRESS)  # tests: stop after N checks
    from server.golive.columns import KINDS as GOLIVE_KINDS

    template = add("import-template", cmd_import_template, "write an empty go-live import template (.xlsx)")
    template.add_argument("kind", choices=tuple(GOLIVE_KINDS))
    template.add_argument("--to", required=True, help="the .xlsx file to write")
    go_live = add("import", cmd_import, "try a filled go-live template (every problem listed); --apply imports it")
    go_live.add_argument("file", help="the filled template (.xlsx)")
    go_live.add_argument("--apply", action="store_true", help="import it, all at once or nothing (else a dry run)")
    exported = add("export", cmd_export, "write what the platform holds into a go-live template (.xlsx)")
    exported.add_argument("kind", choices=tuple(GOLIVE_KINDS))
    exported.add_argument("--to", required=True, help="the .xlsx file to write")
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
