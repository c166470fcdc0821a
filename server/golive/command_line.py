"""The go-live import on the command line, for an operator at the server before the console is in use:

    python -m server import-template KIND --to FILE   the empty template of KIND (customers, staff, balances, loans,
                                                      blacklist)
    python -m server import FILE [--apply]            a dry run (every problem, one per line), or the import;
                                                      FILE an .xlsx or a .zip of CSV files (one per sheet)
    python -m server export KIND --to FILE            what the platform holds, in the same template (a .zip of
                                                      CSV files when FILE ends in .zip or a sheet outgrows Excel)

The import from here is audited as the system's (no staff member is signed in); the same file is refused the
second time as from the console. Problems go to stderr in the command line's language; the totals to stdout in
English (scripts read them). Exit status 0 when the file is good (and imported with --apply), 1 otherwise."""

import hashlib
import json
import sys
from pathlib import Path

from server.golive.template import workbook_bytes
from server.messages import _, render


def write_template(kind: str, to: Path) -> int:
    to.write_bytes(workbook_bytes(kind))
    print(f"template {kind} written to {to}")
    return 0


def export_kind(platform, kind: str, to: Path, auditor_for) -> int:
    from server.golive.export import export_bytes, is_zip_of_csv

    with platform.db.write() as db:
        data, counts = export_bytes(db, kind, as_zip=to.suffix.lower() == ".zip")
        audit = auditor_for(db)
        audit.record("golive.exported", "golive_export", kind, after={"rows": counts})
        audit.seal()
        db.commit()
    if is_zip_of_csv(data) and to.suffix.lower() != ".zip":  # a sheet outgrew a worksheet: CSV files it is
        to = to.with_suffix(".zip")
    to.write_bytes(data)
    print(f"exported {kind} to {to}: {json.dumps(counts)}")
    return 0


def _print_problems(problems: list[dict], language: str) -> None:
    for p in problems:
        where = " ".join(str(part) for part in (p["sheet"], p["row"] or "", p["column"]) if part)
        print(render(_("In {where}: {reason}"), language, {"where": where, "reason": p["reason"]}), file=sys.stderr)


def import_file(platform, path: Path, apply: bool, language: str, auditor_for) -> int:
    from server.errors import DomainError, Refused
    from server.golive import service
    from server.golive.problems import ImportRefused

    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    if not apply:
        with platform.db.read() as db:
            answer = service.check(db, data).answer(language, True, sha256)
        _print_problems(answer["problems"], language)
        print(f"dry run: {answer['problem_count']} problem(s); would import {json.dumps(answer['totals'])}")
        return 1 if answer["problem_count"] else 0
    with platform.db.write() as db:
        audit = auditor_for(db)
        try:
            answer = service.apply(db, audit, "system", data, path.name[:200], sha256, language)
        except Refused as refused:  # the refusal is audited: keep its record, answer its problems
            audit.seal()
            db.commit()
            error = refused.error
            if isinstance(error, ImportRefused):
                _print_problems(error.problems.listed(language), language)
            print(render(_("error: {message}"), language, {"message": error.sentence(language)}), file=sys.stderr)
            return 1
        except DomainError as error:
            print(render(_("error: {message}"), language, {"message": error.sentence(language)}), file=sys.stderr)
            return 1
        audit.seal()
        db.commit()
    print(f"imported: {json.dumps(answer['totals'])}")
    return 0

