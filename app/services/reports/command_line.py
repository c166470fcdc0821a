"""`python main.py report NAME --param key=value ... --out FILE.pdf [--language zh_CN|en]`: a report printed
without the console, for schedulers and scripts.

It signs in with P2P_TOKEN (an access token) against P2P_SERVER when both are set, else with the session the
console keeps ("stay signed in": the last profile's refresh token in the OS keyring, rotated and stored back).
Any failure is one sentence on stderr and exit status 1 (2 for a bad command line)."""

import argparse
import os
import sys
from pathlib import Path

from app.services import errors

EXIT_FAILED, EXIT_USAGE = 1, 2


class SignInNeeded(Exception):
    pass


def parser() -> argparse.ArgumentParser:
    from app.services.reports.catalog import CATALOG

    p = argparse.ArgumentParser(prog="main.py report", description="Print a report to a PDF file.")
    p.add_argument("name", choices=[spec.name for spec in CATALOG], metavar="NAME",
                   help="one of: " + ", ".join(spec.name for spec in CATALOG))
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help="a report parameter, e.g. day=2026-11-24; repeat for several")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--language", choices=["zh_CN", "en"], default="zh_CN", help="the report's language (default zh_CN)")
    return p


def _session_from_token(server: str, token: str):
    from app.models.records import Tokens
    from app.services.api_client import ApiClient
    from app.services.session import ConsoleSession
    from app.services.settings import Profile

    api = ApiClient(server)
    api.tokens = Tokens(token, "")

    def no_refresh():  # an access token alone cannot be renewed
        raise errors.SessionEnded("The token in P2P_TOKEN was refused (expired or revoked): sign in again for a new one.",
                                  code="token_invalid", status=401)

    api.refresh = no_refresh
    return ConsoleSession(Profile("command-line", "", server), api, api.me())  # named by P2P_PLATFORM_NAME or the default


def _stored_session():
    from PySide6.QtCore import QCoreApplication

    from app.services import credentials
    from app.services.api_client import ApiClient
    from app.services.session import ConsoleSession
    from app.services.settings import AppSettings

    QCoreApplication.setOrganizationName("P2PBackOffice")
    QCoreApplication.setApplicationName("P2P Back Office")
    settings = AppSettings()
    profile_id = settings.last_profile
    profile = next((p for p in settings.profiles() if p.id == profile_id), None)
    if profile is None or not profile.url:
        raise SignInNeeded("No stored session for a server: the local demo platform runs only inside the console, "
                           "so set P2P_SERVER and P2P_TOKEN or sign in with \"Stay signed in\" to a server profile.")
    username = settings.last_username(profile.id)
    refresh = credentials.load_refresh_token(profile.id, username) if username else None
    if not refresh:
        raise SignInNeeded(f"No stored session for {profile.name}: sign in to it once in the console with "
                           "\"Stay signed in\", or set P2P_SERVER and P2P_TOKEN.")
    api = ApiClient(profile.url, profile.ca_bundle or None, profile.pinned_sha256 or None)
    api.resume(refresh)
    session = ConsoleSession(profile, api, api.me(), remember=True)
    session.keep_refresh_token()  # the refresh token rotated: keep the new one for the console
    return session


def sign_in():
    server, token = os.environ.get("P2P_SERVER", "").strip(), os.environ.get("P2P_TOKEN", "").strip()
    if token and not server:
        raise SignInNeeded("P2P_TOKEN is set but P2P_SERVER is not: set P2P_SERVER to the platform API's address.")
    if token:
        return _session_from_token(server, token)
    return _stored_session()


def _parameters(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--param {pair!r} is not KEY=VALUE.")
        params[key.strip()] = value
    return params


def sentence(error: BaseException) -> str:
    """One sentence for the terminal: the server's own detail when it gives one, else the console's wording."""
    if isinstance(error, errors.ValidationFailed) and error.body.get("errors"):
        return " ".join(e.get("message", "") for e in error.body["errors"])
    if isinstance(error, errors.ApiError) and error.detail and not isinstance(error, (errors.Offline,
                                                                                     errors.CertificateRejected)):
        return error.detail
    from app.services.messages import describe

    return describe(error)


def run(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    try:
        params = _parameters(args.param)
    except ValueError as error:
        print(f"main.py report: {error}", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out)
    try:
        from app.services.reports.generator import generate_report

        session = sign_in()
        session.api.language = "zh-CN" if args.language == "zh_CN" else "en"  # the form's words from the server too
        pdf = generate_report(session, args.name, params, language=args.language)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pdf)
    except SignInNeeded as error:
        print(f"main.py report: {error}", file=sys.stderr)
        return EXIT_FAILED
    except (errors.ApiError, errors.Cancelled) as error:
        print(f"main.py report: {sentence(error)}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(f"main.py report: cannot write {out}: {error.strerror or error}.", file=sys.stderr)
        return EXIT_FAILED
    print(f"{out} ({len(pdf):,} bytes)")
    return 0
