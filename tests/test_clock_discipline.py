"""Nothing reads the computer's date, time or zone but the two clocks: server/clock.py for the platform and
app/services/clock.py for the console ("now" in UTC, "today" as Shanghai's business day).

The computer may be set to any zone, and CI runs in UTC, where Shanghai's date is already tomorrow from
16:00 to 24:00: a date taken from the computer is then a day behind the records (issue 12). This test reads
the source of the console, the platform and the tests and names every file and line that reads the time
or zone some other way, or keeps its own copy of Shanghai's offset. Durations (time.monotonic,
perf_counter) are fine. A line that truly needs the computer's own clock says why in a comment
`# clock-ok: <reason>`.
"""

import ast
import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ["app", "server", "tests", "main.py"]
CLOCKS = {"server/clock.py", "app/services/clock.py"}
ALLOWED = re.compile(r"#\s*clock-ok:\s*\S")

_CLOCK = "use the clock module (server/clock.py or app/services/clock.py)"
READS = [
    (r"\bdatetime\.(now|today|utcnow)\s*\(", f"reads the computer's clock: {_CLOCK}"),
    (r"\bdate\.today\s*\(", f"reads the computer's date: {_CLOCK}"),
    (r"(?<![\w.])(?!\w*[cC]lock\b)[\w\]\)]+\.now\s*\(", f"reads the computer's clock (pyotp's now() too): {_CLOCK}"),
    (r"\butcfromtimestamp\s*\(", "a naive UTC time: use fromtimestamp(t, timezone.utc)"),
    (r"\bfromtimestamp\s*\([^,()]*(\([^()]*\))?[^,()]*\)", "fromtimestamp() without a zone uses the computer's zone"),
    (r"\btime\.(time|time_ns|localtime|gmtime|mktime|ctime|asctime|strftime)\s*\(",
     f"reads the computer's clock or zone: {_CLOCK} (time.monotonic for durations)"),
    (r"\btime\.(timezone|altzone|tzname|tzset|daylight)\b", "reads the computer's zone"),
    (r"\bfrom\s+time\s+import\b.*\b(time|time_ns|localtime|gmtime|mktime|ctime|strftime)\b",
     f"imports a reader of the computer's clock: {_CLOCK}"),
    (r"__import__\(\s*['\"](time|datetime)['\"]", "a hidden import of time: import it plainly"),
    (r"\.astimezone\(\s*\)", "astimezone() without a zone converts to the computer's zone"),
    (r"\bQDate\.currentDate\b", f"the computer's date, not Shanghai's: formatting.today_shanghai() ({_CLOCK})"),
    (r"\bQDateTime\.current\w*", f"reads the computer's clock: {_CLOCK}"),
    (r"\bQTime\.currentTime\b", f"reads the computer's clock: {_CLOCK}"),
    (r"\bQTimeZone\.systemTimeZone\w*|\bsystemTimeZoneId\b", "the computer's zone: times are shown in Shanghai's"),
    (r"\.toLocalTime\s*\(|\bLocalTime\b", "the computer's zone: times are shown in Shanghai's"),
    (r"\bfrom(M)?SecsSinceEpoch\s*\([^,()]*\)", "without a zone Qt uses the computer's zone"),
    (r"\btimezone\s*\(\s*timedelta\s*\(\s*(hours\s*=\s*\+?8|seconds\s*=\s*28800)\b",
     "a copy of Shanghai's offset: use the clock module's SHANGHAI"),
    (r"\bZoneInfo\s*\(|\btzlocal\b", "a zone of its own: use the clock module's SHANGHAI"),
]
_READS = [(re.compile(pattern), why) for pattern, why in READS]


def _code_only(source: str) -> list[str]:
    """The source's lines with comments removed and docstrings (a string that is a statement) blanked."""
    lines = source.splitlines()
    out = [list(line) for line in lines]

    def blank(start, end):
        (r0, c0), (r1, c1) = start, end
        for r in range(r0, r1 + 1):
            row = out[r - 1]
            a = c0 if r == r0 else 0
            b = c1 if r == r1 else len(row)
            row[a:b] = " " * (b - a)

    statement_start = True
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            blank(tok.start, tok.end)
        elif tok.type == tokenize.STRING and statement_start:
            blank(tok.start, tok.end)
        if tok.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
            statement_start = True
        elif tok.type not in (tokenize.NL, tokenize.COMMENT):
            statement_start = False
    return ["".join(row) for row in out]


def machine_clock_reads(source: str) -> list[tuple[int, str]]:
    """(line number, why) for every read of the computer's date, time or zone in `source`."""
    raw = source.splitlines()
    found = []
    for n, code in enumerate(_code_only(source), start=1):
        if ALLOWED.search(raw[n - 1]):
            continue
        for pattern, why in _READS:
            if pattern.search(code):
                found.append((n, why))
                break
    return found


def _sources():
    for name in SCANNED:
        path = ROOT / name
        yield from ([path] if path.is_file() else sorted(path.rglob("*.py")))


def test_nothing_but_the_two_clocks_reads_the_computers_date_time_or_zone():
    this = Path(__file__).resolve()
    problems = []
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        if relative in CLOCKS or path.resolve() == this:
            continue
        source = path.read_text(encoding="utf-8")
        for line, why in machine_clock_reads(source):
            problems.append(f"{relative}:{line}: {why}: {source.splitlines()[line - 1].strip()}")
    assert not problems, "read the time through the clock modules:\n" + "\n".join(problems)


def test_the_scan_knows_each_kind_of_read_and_lets_the_clocks_pass():
    flagged = """\
from datetime import date, datetime, timedelta, timezone
import datetime as dt
import time
import pyotp
from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
a = datetime.now(timezone.utc)
b = dt.datetime.now()
c = date.today()
d = datetime.utcnow()
e = time.time() + 30
f = time.localtime()
g = pyotp.TOTP(secret).now()
h = authenticator.now()
i = QDate.currentDate().addDays(-1)
j = QDateTime.currentDateTimeUtc()
k = QDateTime.currentSecsSinceEpoch()
l = moment.astimezone()
m = timezone(timedelta(hours=8))
n = __import__("time").time()
o = datetime.fromtimestamp(t)
p = QDateTime.fromSecsSinceEpoch(t)
q = QTimeZone.systemTimeZone()
r = when.toLocalTime()
s = QTime.currentTime()
from time import time as now_seconds
"""
    reads = machine_clock_reads(flagged)
    assert [line for line, _ in reads] == list(range(6, 26)), reads
    allowed = '''\
"""A docstring may say datetime.now() or QDate.currentDate()."""
from server import clock
from app.services import clock as console_clock
a = clock.now(), fixed_clock.now(), self.clock.now()
b = console_clock.now_utc() - utcnow()
c = clock.today(), console_clock.today_shanghai()
d = time.monotonic() + time.perf_counter()  # durations; a comment may say time.time()
e = moment.astimezone(clock.SHANGHAI)
f = datetime.fromtimestamp(t, timezone.utc)
g = QDateTime.fromSecsSinceEpoch(t, QTimeZone.utc())
h = datetime.now(timezone.utc)  # clock-ok: the test compares the clock with the real time
i = timedelta(hours=8)
j = datetime.strptime("00:05", "%H:%M").time()
'''
    assert machine_clock_reads(allowed) == []


# --- every test that reads today or now carries the `clock` marker ----------------------------------------------
# `make test` runs the marked tests again under libfaketime at the awkward hours; a test that reads the date
# without the marker would never be run at them. Reading the time only to make a sign-in code (totp_code,
# sign_in_body) does not count: a code is right at any hour. A test that sets a FixedClock (or takes a fixture
# named fixed_...) reads no real time.

READERS = {"today", "today_shanghai", "today_in_shanghai", "now", "now_utc", "utcnow", "clock_now"}


def _calls_to(node: ast.AST) -> set[str]:
    names = set()
    for inner in ast.walk(node):
        if isinstance(inner, ast.Call):
            func = inner.func
            names.add(func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else "")
    return names


def _marked(node: ast.AST) -> bool:
    return "mark.clock" in ast.unparse(node)


def unmarked_readers(source: str) -> list[tuple[int, str]]:
    """(line, name) of each test in a test module's source that reads today or now without the clock marker."""
    tree = ast.parse(source)
    if any(isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "pytestmark" for t in n.targets) and _marked(n)
           for n in tree.body):
        return []
    functions = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    fixed = {name for name, f in functions.items()  # on a clock the test sets: no real time is read
             if "FixedClock" in ast.unparse(f) or any("fixed" in a.arg for a in f.args.args)}
    reading = {name for name, f in functions.items() if name not in fixed and _calls_to(f) & READERS}
    while True:  # helpers and fixtures of the module that call, or take, a reader read too
        more = {name for name, f in functions.items() if name not in reading and name not in fixed and (
            _calls_to(f) & reading or {a.arg for a in f.args.args} & reading)}
        if not more:
            break
        reading |= more
    return [(f.lineno, name) for name, f in functions.items()
            if name.startswith("test") and name in reading and not any(_marked(d) for d in f.decorator_list)]


def test_every_test_that_reads_today_or_now_is_marked_clock():
    problems = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        for line, name in unmarked_readers(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(ROOT).as_posix()}:{line}: {name}")
    assert not problems, ("these tests read today or now: mark them @pytest.mark.clock (make test runs them again "
                          "at awkward hours and zones) or set a FixedClock:\n" + "\n".join(problems))


def test_the_marker_check_follows_helpers_and_fixtures():
    source = '''
import pytest
from tests.server.reconciliation.conftest import today

def yesterday():
    return today() - timedelta(days=1)

@pytest.fixture
def day(person):
    return yesterday()

def test_a(day): ...
def test_b(): assert clock.now() > x
def test_c(): sign_in_body("risk")
@pytest.mark.clock  # reads today
def test_d(): yesterday()
def test_e():
    with clock.use(clock.FixedClock(EVENING)):
        assert clock.today() == date(2026, 12, 3)
def test_f(platform, fixed_clock): assert fixed_clock.now() == x
'''
    assert [name for _, name in unmarked_readers(source)] == ["test_a", "test_b"]
    assert unmarked_readers("import pytest\npytestmark = pytest.mark.clock\ndef test_b(): clock.now()\n") == []
