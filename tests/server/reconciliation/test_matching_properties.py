"""Properties of the matching engine on random days crowded with look-alikes (few accounts, few amounts,
shared references, repeated serials), where every pass and every tie rule gets exercised."""

from collections import Counter
from datetime import datetime, timedelta, timezone

import polars as pl
from hypothesis import given, settings, strategies as st

from server.reconciliation.matching import BANK_COLUMNS, CATEGORIES, LEDGER_COLUMNS, match

START = datetime(2026, 11, 24, tzinfo=timezone.utc)
WINDOW = timedelta(hours=6)

accounts = st.sampled_from(["C1", "C2"])
directions = st.sampled_from(["in", "out"])
entry_amounts = st.sampled_from([100, 200, 300, 500, 600, 800, 1_000])
line_amounts = st.sampled_from([100, 200, 300, 400, 500])
moments = st.integers(0, 24 * 60).map(lambda minutes: START + timedelta(minutes=minutes))
references = st.one_of(st.none(), st.sampled_from(["P1", "P2", "P3", "P4", "B1", "B2"]))

ledger_rows = st.lists(st.fixed_dictionaries({"reference": references, "account": accounts, "direction": directions,
                                              "amount_fen": entry_amounts, "at": moments}), min_size=2, max_size=20)
bank_row = st.fixed_dictionaries({"serial": st.sampled_from(["B1", "B2", "B3", "B4", "B5", "B6", "B7"]),
                                  "order_no": references, "account": accounts, "direction": directions,
                                  "amount_fen": line_amounts, "at": moments})
bank_rows = st.lists(bank_row, min_size=3, max_size=24)


@st.composite
def planted_day(draw):
    """Entries, and lines made from them the way a bank makes them (the same, without the order number, split,
    with another amount, or not at all), plus stray lines; few accounts and amounts so that they compete."""
    entries = draw(ledger_rows)
    lines = []
    for entry in entries:
        kind = draw(st.sampled_from(["exact", "no_order_no", "split", "other_amount", "other_account", "resent",
                                     "missing"]))
        shifted = entry["at"] + timedelta(minutes=draw(st.integers(-8 * 60, 8 * 60)))
        line = {"serial": "", "order_no": entry["reference"], "account": entry["account"],
                "direction": entry["direction"], "amount_fen": entry["amount_fen"], "at": shifted}
        if kind == "exact":
            lines.append(line)
        elif kind == "no_order_no":
            lines.append(line | {"order_no": None})
        elif kind == "other_amount":
            lines.append(line | {"amount_fen": entry["amount_fen"] + 100})
        elif kind == "other_account":
            lines.append(line | {"account": draw(accounts)})
        elif kind == "resent":   # the same line twice under two serials
            lines += [line, dict(line)]
        elif kind == "split":
            cuts = sorted(draw(st.sets(st.integers(1, entry["amount_fen"] // 100 - 1), max_size=4))
                          if entry["amount_fen"] >= 200 else set())
            bounds = [0, *(c * 100 for c in cuts), entry["amount_fen"]]
            with_order_no = draw(st.booleans())
            for low, high in zip(bounds, bounds[1:]):
                lines.append(line | {"amount_fen": high - low, "order_no": entry["reference"] if with_order_no else None,
                                     "at": entry["at"] + timedelta(minutes=draw(st.integers(-8 * 60, 8 * 60)))})
    lines += draw(st.lists(bank_row, max_size=4))
    # Serials: mostly fresh, sometimes one seen before (a duplicate).
    for number, line in enumerate(lines):
        line["serial"] = draw(st.sampled_from(["B1", "B2"])) if draw(st.integers(0, 9)) == 0 else f"N{number}"
    draw(st.randoms(use_true_random=False)).shuffle(lines)
    return entries, lines


def frames(entries, lines, entry_ids, line_ids):
    ledger = pl.DataFrame([{"entry_id": i} | row for i, row in zip(entry_ids, entries)], schema=LEDGER_COLUMNS)
    bank = pl.DataFrame([{"line_id": i} | row for i, row in zip(line_ids, lines)], schema=BANK_COLUMNS)
    return ledger, bank


@settings(max_examples=150, deadline=None)
@given(st.one_of(planted_day(), st.tuples(ledger_rows, bank_rows)), st.randoms(use_true_random=False),
       st.integers(2, 4))
def test_every_item_is_categorised_once_and_matches_add_up(day, shuffler, max_group):
    entries, lines = day
    entry_ids = shuffler.sample(range(1, 1_000), len(entries))
    line_ids = shuffler.sample(range(1, 1_000), len(lines))
    ledger, bank = frames(entries, lines, entry_ids, line_ids)
    result = match(ledger, bank, window=WINDOW, max_group=max_group)

    # Every item exactly once, in a category its side can have.
    assert sorted(result.ledger["entry_id"]) == sorted(entry_ids)
    assert sorted(result.bank["line_id"]) == sorted(line_ids)
    assert set(result.ledger["category"]) <= {"matched", "amount_differs", "account_differs", "ledger_only"}
    assert set(result.bank["category"]) <= {"matched", "amount_differs", "account_differs", "bank_only", "duplicate"}

    # Matched is exactly what the pairs hold; each item in one group; every group one entry whose amount its lines
    # add up to, made by one pass under that pass's rules.
    pairs = result.pairs
    assert set(result.ledger.filter(pl.col("category") == "matched")["entry_id"]) == set(pairs["entry_id"])
    assert set(result.bank.filter(pl.col("category") == "matched")["line_id"]) == set(pairs["line_id"])
    assert pairs["line_id"].is_unique().all()
    entry = {row["entry_id"]: row for row in ledger.iter_rows(named=True)}
    line = {row["line_id"]: row for row in bank.iter_rows(named=True)}
    for (group_id,), group in pairs.group_by("group_id"):
        assert group["entry_id"].n_unique() == 1 and group["pass"].n_unique() == 1
        e, kind = entry[group["entry_id"][0]], group["pass"][0]
        members = [line[i] for i in group["line_id"]]
        assert sum(m["amount_fen"] for m in members) == e["amount_fen"]
        assert all(m["direction"] == e["direction"] for m in members)
        if kind == "exact":
            assert len(members) == 1 and e["reference"] == (members[0]["order_no"] or members[0]["serial"])
            assert members[0]["account"] == e["account"]
        elif kind == "window":
            assert len(members) == 1 and members[0]["account"] == e["account"]
            assert abs(members[0]["at"] - e["at"]) <= WINDOW
        else:
            assert kind == "many_to_one" and 2 <= len(members) <= max_group
            assert all(m["account"] == e["account"] for m in members)

    # Duplicates are the later copies of a serial (the first copy never is one), and lines under serials of their
    # own that repeat an exactly matched line: order number, account, direction, amount and second.
    first_line_of_serial = {}
    for line_id in sorted(line_ids):
        first_line_of_serial.setdefault(line[line_id]["serial"], line_id)
    duplicates = set(result.bank.filter(pl.col("category") == "duplicate")["line_id"])
    serial_copies = set(line_ids) - set(first_line_of_serial.values())
    assert serial_copies <= duplicates
    twin_of = dict(result.bank.select("line_id", "twin_line_id").iter_rows())
    exact_lines = set(pairs.filter(pl.col("pass") == "exact")["line_id"])
    for line_id in duplicates:
        twin = line[twin_of[line_id]]
        if line_id in serial_copies:
            assert twin["serial"] == line[line_id]["serial"] and twin_of[line_id] < line_id
            continue
        assert twin_of[line_id] in exact_lines
        copy = line[line_id]
        assert copy["order_no"] is not None
        assert all(copy[k] == twin[k] for k in ("order_no", "account", "direction", "amount_fen"))
        assert int(copy["at"].timestamp()) == int(twin["at"].timestamp())
    assert all(twin_of[i] is None for i in set(line_ids) - duplicates)

    # Amounts differ only where a reference is shared.
    ledger_references = {e["reference"] for e in entry.values()}
    for line_id in result.bank.filter(pl.col("category").is_in(["amount_differs", "account_differs"]))["line_id"]:
        assert (line[line_id]["order_no"] or line[line_id]["serial"]) in ledger_references

    # The summary accounts for every fen of both sides.
    summary = result.summary()
    assert tuple(summary) == CATEGORIES
    for side, frame in (("ledger", ledger), ("bank", bank)):
        assert sum(s[side]["count"] for s in summary.values()) == frame.height
        assert sum(s[side]["amount_fen"] for s in summary.values()) == (frame["amount_fen"].sum() or 0)
    counted = Counter(result.bank["category"])
    assert all(summary[c]["bank"]["count"] == counted.get(c, 0) for c in CATEGORIES)


@settings(max_examples=60, deadline=None)
@given(ledger_rows, bank_rows, st.randoms(use_true_random=False))
def test_the_order_of_the_rows_does_not_change_the_outcome(entries, lines, shuffler):
    ledger, bank = frames(entries, lines, range(1, len(entries) + 1), range(1, len(lines) + 1))
    first = match(ledger, bank, window=WINDOW)
    again = match(ledger.sample(fraction=1.0, shuffle=True, seed=shuffler.randint(0, 1_000)),
                  bank.sample(fraction=1.0, shuffle=True, seed=shuffler.randint(0, 1_000)), window=WINDOW)
    assert first.pairs.equals(again.pairs)
    assert first.ledger.equals(again.ledger) and first.bank.equals(again.bank)
