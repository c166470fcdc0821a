"""P2P Back Office: the staff console. `python main.py` starts it; see README.md.

    python main.py                                  the console (local demo platform unless a profile is chosen)
    python main.py --self-check --screenshots DIR   offscreen: every demo user, every screen, one PNG each
    python main.py report NAME --param key=value ... --out FILE.pdf [--language zh_CN|en]
                                                    a report to a PDF without the console (app/services/reports/command_line.py)

A frozen bundle (installers/) has no `python -m server`: its executable takes the hidden first argument
`--run-server` and then the platform API's own command line (see app/services/embedded_platform.py).
"""

import argparse
import os
import sys


RUN_SERVER = "--run-server"
REPORT = "report"


def main(argv=None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if argv[1:2] == [RUN_SERVER]:
        from server.__main__ import main as server_main

        return server_main(argv[2:])
    if argv[1:2] == [REPORT]:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.services.reports.command_line import run as report_main

        return report_main(argv[2:])
    parser = argparse.ArgumentParser(prog="main.py", description="P2P Back Office console")
    parser.add_argument("--self-check", action="store_true", help="sign in as every demo user offscreen and exit")
    parser.add_argument("--screenshots", metavar="DIR", help="with --self-check: save one PNG per user and screen")
    parser.add_argument("--language", choices=["zh_CN", "en"], help="with --self-check: the language (default both)")
    parser.add_argument("--texts", choices=["fail", "report", "off"], default="fail",
                        help="with --self-check: text findings fail the check (default), are only printed, or "
                             "are not looked for")
    args, qt_args = parser.parse_known_args(argv[1:])
    if args.self_check:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.self_check import run_self_check

        return run_self_check(args.screenshots, args.language, args.texts)
    from app.application import run

    return run([argv[0], *qt_args])


if __name__ == "__main__":
    sys.exit(main())
