"""The matching engine on small hand-made days: every pass, its ties and limits, and what is left over."""

from datetime import datetime, timedelta, timezone

import polars as pl
import pytest

from server.reconciliation.matching import BANK_COLUMNS, CATEGORIES, LEDGER_COLUMNS, candidates, match

NOON = datetime(2026, 11, 24, 4, 0, tzinfo=timezone.utc)   # 12:00 in Shanghai


def at(minutes: float = 0) -> datetime:
    return NOON + timedelta(minutes=minutes)


def ledger(*rows: dict) -> pl.DataFrame:
    defaults = {"reference": None, "account": "C1", "direction": "in", "at": NOON}
    return pl.DataFrame([defaults | row for row in rows], schema=LEDGER_COLUMNS)


def bank(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame([{"serial": f"S{row['line_id']}", "order_no": None, "account": "C1", "direction": "in",
                          "at": NOON} | row for row in rows], schema=BANK_COLUMNS)


def categories(frame: pl.DataFrame) -> dict[int, str]:
    return dict(frame.select(frame.columns[0], "category").iter_rows())


def pairs(result) -> set[tuple[int, int, str]]:
    return set(result.pairs.select("entry_id", "line_id", "pass").iter_rows())


# exact ------------------------------------------------------------------------------------------------------------

def test_exact_by_order_number_and_by_serial_when_the_line_has_no_order_number():
    result = match(ledger({"entry_id": 1, "reference": "P001", "amount_fen": 10_000},
                          {"entry_id": 2, "reference": "B77", "amount_fen": 5_000, "account": "C2"}),
                   bank({"line_id": 11, "order_no": "P001", "amount_fen": 10_000, "at": at(600)},
                        {"line_id": 12, "serial": "B77", "amount_fen": 5_000, "account": "C2"}))
    assert pairs(result) == {(1, 11, "exact"), (2, 12, "exact")}
    assert categories(result.ledger) == {1: "matched", 2: "matched"}
    assert categories(result.bank) == {11: "matched", 12: "matched"}
    assert result.ledger.filter(pl.col("entry_id") == 1)["counterpart_line_id"].to_list() == [11]
    assert result.bank.filter(pl.col("line_id") == 12)["counterpart_entry_id"].to_list() == [2]


def test_exact_ignores_time_but_not_direction():
    result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 700, "account": "C1"}),
                   bank({"line_id": 5, "order_no": "P1", "amount_fen": 700, "account": "C1", "at": at(3 * 24 * 60)}))
    assert pairs(result) == {(1, 5, "exact")}
    reversed_direction = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 700}),
                               bank({"line_id": 5, "order_no": "P1", "amount_fen": 700, "direction": "out"}))
    assert reversed_direction.pairs.is_empty()
    assert categories(reversed_direction.ledger) == {1: "amount_differs"}
    assert categories(reversed_direction.bank) == {5: "amount_differs"}


def test_right_reference_and_amount_on_another_account_is_account_differs_not_matched():
    result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 700, "account": "C1"}),
                   bank({"line_id": 5, "order_no": "P1", "amount_fen": 700, "account": "C9"},
                        {"line_id": 6, "amount_fen": 700, "account": "C1"}))   # and no window match either
    assert result.pairs.is_empty()
    assert categories(result.ledger) == {1: "account_differs"}
    assert categories(result.bank) == {5: "account_differs", 6: "bank_only"}
    assert result.ledger["counterpart_line_id"].to_list() == [5]
    assert result.bank.filter(pl.col("line_id") == 5)["counterpart_entry_id"].to_list() == [1]
    assert result.summary()["account_differs"] == {"ledger": {"count": 1, "amount_fen": 700},
                                                   "bank": {"count": 1, "amount_fen": 700}}


def test_account_and_amount_both_differing_is_amount_differs():
    result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 700, "account": "C1"}),
                   bank({"line_id": 5, "order_no": "P1", "amount_fen": 690, "account": "C9"}))
    assert categories(result.ledger) == {1: "amount_differs"}
    assert categories(result.bank) == {5: "amount_differs"}


def test_the_line_on_the_right_account_wins_over_one_on_another():
    result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 700, "account": "C1"}),
                   bank({"line_id": 5, "order_no": "P1", "amount_fen": 700, "account": "C9", "at": at(1)},
                        {"line_id": 6, "order_no": "P1", "amount_fen": 700, "account": "C1", "at": at(2)}))
    assert pairs(result) == {(1, 6, "exact")}
    assert categories(result.bank) == {5: "bank_only", 6: "matched"}


def test_same_reference_repeated_pairs_copies_in_id_order():
    result = match(ledger({"entry_id": 2, "reference": "P1", "amount_fen": 100},
                          {"entry_id": 1, "reference": "P1", "amount_fen": 100}),
                   bank({"line_id": 20, "order_no": "P1", "amount_fen": 100},
                        {"line_id": 10, "order_no": "P1", "amount_fen": 100},
                        {"line_id": 30, "order_no": "P1", "amount_fen": 100, "at": at(5)}))
    assert pairs(result) == {(1, 10, "exact"), (2, 20, "exact")}
    assert categories(result.bank)[30] == "bank_only"   # booked at another time: not a copy of 10 or 20


def test_same_reference_other_amount_is_amount_differs_on_both_sides_and_goes_no_further():
    # Line 12 would fit entry 1 by account and amount: a differing reference pair is settled in the first pass.
    result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 10_000}),
                   bank({"line_id": 11, "order_no": "P1", "amount_fen": 9_990},
                        {"line_id": 12, "amount_fen": 9_990}))
    assert result.pairs.is_empty()
    assert categories(result.ledger) == {1: "amount_differs"}
    assert categories(result.bank) == {11: "amount_differs", 12: "bank_only"}
    assert result.ledger["counterpart_line_id"].to_list() == [11]
    assert result.bank.filter(pl.col("line_id") == 11)["counterpart_entry_id"].to_list() == [1]
    assert result.ledger["group_id"].to_list() == [None]


def test_lines_sharing_the_reference_that_add_up_are_a_split_settlement():
    result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 10_000}),
                   bank({"line_id": 11, "order_no": "P1", "amount_fen": 6_000},
                        {"line_id": 12, "order_no": "P1", "amount_fen": 4_000}))
    assert pairs(result) == {(1, 11, "many_to_one"), (1, 12, "many_to_one")}


def test_a_link_by_hash_stands_only_when_the_reference_texts_agree():
    # The engine joins on hashes of the references; this is the check that keeps a hash collision from linking
    # two different references. A line's reference is its order number, else its serial.
    from server.reconciliation.matching import _prepared, _same_text

    entries = _prepared(ledger(*({"entry_id": i, "reference": f"P{i}", "amount_fen": 1} for i in range(4))),
                        LEDGER_COLUMNS, "ledger")
    lines = _prepared(bank({"line_id": 0, "order_no": "P0", "amount_fen": 1},
                           {"line_id": 1, "serial": "P1", "amount_fen": 1},                      # by serial
                           {"line_id": 2, "order_no": "X2", "serial": "P2", "amount_fen": 1},    # order number wins
                           {"line_id": 3, "serial": None, "amount_fen": 1}), BANK_COLUMNS, "bank")
    links = pl.DataFrame({"pe": [0, 1, 2, 3], "pl": [0, 1, 2, 3]}, schema={"pe": pl.UInt32, "pl": pl.UInt32})
    assert _same_text(links, entries["reference"], lines)["pe"].to_list() == [0, 1]
    assert _same_text(links.head(2), entries["reference"], lines)["pe"].to_list() == [0, 1]


def test_exact_pairs_every_entry_with_its_line_among_thousands_in_another_order():
    # The references are joined by sorted hashes that carry each row's position in their low bits: with thousands
    # of rows the positions take many bits, and a mistake there pairs the wrong rows or none at all.
    import random

    count = 3_000
    order = random.Random(20261204).sample(range(count), count)
    entries = ledger(*({"entry_id": i, "reference": f"P{i:07d}", "amount_fen": 100 + i} for i in range(count)))
    lines = bank(*({"line_id": 10_000 + n, "amount_fen": 100 + i,
                    **({"serial": f"P{i:07d}"} if i % 7 == 0 else {"order_no": f"P{i:07d}"})}
                   for n, i in enumerate(order)))
    result = match(entries, lines)
    assert pairs(result) == {(i, 10_000 + n, "exact") for n, i in enumerate(order)}
    assert set(categories(result.bank).values()) == {"matched"}


# duplicates -------------------------------------------------------------------------------------------------------

def test_a_serial_seen_again_is_a_duplicate_and_never_matched():
    result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 500},
                          {"entry_id": 2, "reference": "P1", "amount_fen": 500}),
                   bank({"line_id": 9, "serial": "B1", "order_no": "P1", "amount_fen": 500},
                        {"line_id": 3, "serial": "B1", "order_no": "P1", "amount_fen": 500},
                        {"line_id": 4, "serial": "B2", "amount_fen": 42}))
    # The copy with the higher line_id is the duplicate, whatever order the rows came in.
    assert categories(result.bank) == {3: "matched", 4: "bank_only", 9: "duplicate"}
    assert pairs(result) == {(1, 3, "exact")}
    assert categories(result.ledger) == {1: "matched", 2: "ledger_only"}


def test_a_line_under_a_new_serial_repeating_a_matched_one_is_a_duplicate_naming_its_twin():
    result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 500, "account": "C1"}),
                   bank({"line_id": 3, "serial": "B1", "order_no": "P1", "amount_fen": 500, "account": "C1"},
                        {"line_id": 8, "serial": "B8", "order_no": "P1", "amount_fen": 500, "account": "C1",
                         "at": NOON + timedelta(microseconds=400_000)}))   # the same second
    assert pairs(result) == {(1, 3, "exact")}
    assert categories(result.bank) == {3: "matched", 8: "duplicate"}
    twins = dict(result.bank.select("line_id", "twin_line_id").iter_rows())
    assert twins == {3: None, 8: 3}


def test_a_repeat_in_another_second_account_or_without_order_number_is_no_duplicate():
    base = {"order_no": "P1", "amount_fen": 500, "account": "C1"}
    for other in ({"at": at(1)}, {"account": "C2"}, {"order_no": None, "serial": "P1"}):
        result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 500, "account": "C1"}),
                       bank({"line_id": 3, "serial": "B1"} | base, {"line_id": 8, "serial": "B8"} | base | other))
        assert categories(result.bank)[3] == "matched"
        assert categories(result.bank)[8] != "duplicate", other


def test_a_serial_duplicate_names_its_first_copy():
    result = match(pl.DataFrame(schema=LEDGER_COLUMNS),
                   bank({"line_id": 2, "serial": "B1", "amount_fen": 5}, {"line_id": 7, "serial": "B1", "amount_fen": 5}))
    assert dict(result.bank.select("line_id", "twin_line_id").iter_rows()) == {2: None, 7: 2}


# window -----------------------------------------------------------------------------------------------------------

def test_window_matches_account_direction_and_amount_within_the_window():
    result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 300, "at": at(0)},
                          {"entry_id": 2, "amount_fen": 400, "at": at(0)},
                          {"entry_id": 3, "amount_fen": 500, "at": at(0)},
                          {"entry_id": 4, "amount_fen": 600, "at": at(0), "direction": "out"}),
                   bank({"line_id": 11, "amount_fen": 300, "at": at(23 * 60)},          # no order number: window
                        {"line_id": 12, "amount_fen": 400, "at": at(-24 * 60)},         # exactly a day earlier
                        {"line_id": 13, "amount_fen": 500, "at": at(24 * 60 + 1)},      # a minute too late
                        {"line_id": 14, "amount_fen": 600, "at": at(0), "direction": "in"}))
    assert pairs(result) == {(1, 11, "window"), (2, 12, "window")}
    assert categories(result.ledger) == {1: "matched", 2: "matched", 3: "ledger_only", 4: "ledger_only"}
    assert categories(result.bank) == {11: "matched", 12: "matched", 13: "bank_only", 14: "bank_only"}


def test_window_width_is_a_parameter():
    rows = (ledger({"entry_id": 1, "amount_fen": 300}), bank({"line_id": 11, "amount_fen": 300, "at": at(90)}))
    assert pairs(match(*rows)) == {(1, 11, "window")}
    assert match(*rows, window=timedelta(hours=1)).pairs.is_empty()


def test_window_needs_the_same_account():
    result = match(ledger({"entry_id": 1, "amount_fen": 300, "account": "C1"}),
                   bank({"line_id": 11, "amount_fen": 300, "account": "C2"}))
    assert result.pairs.is_empty()


def test_window_tie_goes_to_the_nearest_line_then_the_lowest_id():
    nearest = match(ledger({"entry_id": 1, "amount_fen": 300, "at": at(0)}),
                    bank({"line_id": 11, "amount_fen": 300, "at": at(-30)},
                         {"line_id": 12, "amount_fen": 300, "at": at(10)},
                         {"line_id": 13, "amount_fen": 300, "at": at(-20)}))
    assert pairs(nearest) == {(1, 12, "window")}
    assert categories(nearest.bank) == {11: "bank_only", 12: "matched", 13: "bank_only"}
    equal = match(ledger({"entry_id": 1, "amount_fen": 300, "at": at(0)}),
                  bank({"line_id": 14, "amount_fen": 300, "at": at(-10)},
                       {"line_id": 12, "amount_fen": 300, "at": at(10)}))
    assert pairs(equal) == {(1, 12, "window")}


def test_window_tie_between_entries_goes_to_the_nearest_entry_then_the_lowest_id():
    result = match(ledger({"entry_id": 1, "amount_fen": 300, "at": at(-40)},
                          {"entry_id": 2, "amount_fen": 300, "at": at(-5)},
                          {"entry_id": 3, "amount_fen": 300, "at": at(5)}),
                   bank({"line_id": 11, "amount_fen": 300, "at": at(0)}))
    assert pairs(result) == {(2, 11, "window")}
    assert categories(result.ledger) == {1: "ledger_only", 2: "matched", 3: "ledger_only"}


def test_window_uses_each_item_once_nearest_pair_first():
    # Line 11 is nearest to both entries; entry 1 gets it (4 minutes), entry 2 takes line 12 (10 minutes)
    # rather than being left out.
    result = match(ledger({"entry_id": 1, "amount_fen": 300, "at": at(0)},
                          {"entry_id": 2, "amount_fen": 300, "at": at(10)}),
                   bank({"line_id": 11, "amount_fen": 300, "at": at(4)},
                        {"line_id": 12, "amount_fen": 300, "at": at(20)}))
    assert pairs(result) == {(1, 11, "window"), (2, 12, "window")}


def test_many_equal_rows_pair_up_one_to_one_by_time():
    entries = [{"entry_id": i, "amount_fen": 100, "at": at(i * 60)} for i in range(1, 21)]
    lines = [{"line_id": 100 + i, "amount_fen": 100, "at": at(i * 60 + 3)} for i in range(1, 21)]
    result = match(ledger(*entries), bank(*lines))
    assert pairs(result) == {(i, 100 + i, "window") for i in range(1, 21)}


# many to one ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("parts", [[6_000, 4_000], [5_000, 3_000, 2_000], [4_000, 3_000, 2_000, 1_000]])
def test_split_settlement_of_two_three_and_four_lines(parts):
    lines = [{"line_id": 10 + i, "amount_fen": fen, "at": at(30 * i)} for i, fen in enumerate(parts)]
    result = match(ledger({"entry_id": 1, "reference": "P1", "amount_fen": 10_000}),
                   bank(*lines, {"line_id": 99, "amount_fen": 1_500, "at": at(5)}))
    assert pairs(result) == {(1, 10 + i, "many_to_one") for i in range(len(parts))}
    assert categories(result.bank)[99] == "bank_only"
    assert set(result.pairs["group_id"]) == {result.ledger["group_id"][0]}


def test_split_settlement_larger_than_max_group_is_not_matched():
    lines = [{"line_id": 10 + i, "amount_fen": 2_000} for i in range(5)]
    result = match(ledger({"entry_id": 1, "amount_fen": 10_000}), bank(*lines))
    assert result.pairs.is_empty()
    assert pairs(match(ledger({"entry_id": 1, "amount_fen": 10_000}), bank(*lines), max_group=5)) == {
        (1, 10 + i, "many_to_one") for i in range(5)}
    two = (ledger({"entry_id": 1, "amount_fen": 900}),
           bank(*[{"line_id": 10 + i, "amount_fen": 300} for i in range(3)]))
    assert match(*two, max_group=2).pairs.is_empty()


def test_split_settlement_needs_every_line_in_the_window_and_the_account():
    late = match(ledger({"entry_id": 1, "amount_fen": 1_000, "at": at(0)}),
                 bank({"line_id": 11, "amount_fen": 600, "at": at(60)},
                      {"line_id": 12, "amount_fen": 400, "at": at(25 * 60)}))
    assert late.pairs.is_empty()
    assert categories(late.bank) == {11: "bank_only", 12: "bank_only"}
    other_account = match(ledger({"entry_id": 1, "amount_fen": 1_000}),
                          bank({"line_id": 11, "amount_fen": 600},
                               {"line_id": 12, "amount_fen": 400, "account": "C2"}))
    assert other_account.pairs.is_empty()
    other_direction = match(ledger({"entry_id": 1, "amount_fen": 1_000}),
                            bank({"line_id": 11, "amount_fen": 600},
                                 {"line_id": 12, "amount_fen": 400, "direction": "out"}))
    assert other_direction.pairs.is_empty()


def test_split_settlement_prefers_fewest_lines_and_leaves_the_rest():
    result = match(ledger({"entry_id": 1, "amount_fen": 1_000}),
                   bank({"line_id": 11, "amount_fen": 500}, {"line_id": 12, "amount_fen": 300},
                        {"line_id": 13, "amount_fen": 200}, {"line_id": 14, "amount_fen": 500}))
    assert pairs(result) == {(1, 11, "many_to_one"), (1, 14, "many_to_one")}
    assert categories(result.bank) == {11: "matched", 12: "bank_only", 13: "bank_only", 14: "matched"}


def test_a_line_serves_one_split_settlement_only():
    result = match(ledger({"entry_id": 1, "amount_fen": 1_000}, {"entry_id": 2, "amount_fen": 1_000}),
                   bank({"line_id": 11, "amount_fen": 600}, {"line_id": 12, "amount_fen": 400},
                        {"line_id": 13, "amount_fen": 600}))
    assert pairs(result) == {(1, 11, "many_to_one"), (1, 12, "many_to_one")}
    assert categories(result.ledger) == {1: "matched", 2: "ledger_only"}


def test_window_before_many_to_one():
    # Line 13 alone equals the entry: the window pass takes it and the two smaller lines stay open.
    result = match(ledger({"entry_id": 1, "amount_fen": 1_000}),
                   bank({"line_id": 11, "amount_fen": 600}, {"line_id": 12, "amount_fen": 400},
                        {"line_id": 13, "amount_fen": 1_000, "at": at(600)}))
    assert pairs(result) == {(1, 13, "window")}


# what is left, totals, inputs -------------------------------------------------------------------------------------

def test_a_day_of_every_kind_and_its_summary():
    result = match(
        ledger({"entry_id": 1, "reference": "P1", "amount_fen": 10_000},
               {"entry_id": 2, "reference": "P2", "amount_fen": 20_000, "account": "C2"},
               {"entry_id": 3, "reference": "P3", "amount_fen": 30_000, "account": "C3"},
               {"entry_id": 4, "amount_fen": 40_000, "account": "C4", "direction": "out"},
               {"entry_id": 5, "reference": "P5", "amount_fen": 50_000, "account": "C5"}),
        bank({"line_id": 1, "order_no": "P1", "amount_fen": 10_000},
             {"line_id": 2, "order_no": "P2", "amount_fen": 19_000, "account": "C2"},
             {"line_id": 3, "amount_fen": 40_000, "account": "C4", "direction": "out", "at": at(120)},
             {"line_id": 4, "amount_fen": 30_000, "account": "C5"},
             {"line_id": 5, "amount_fen": 20_000, "account": "C5"},
             {"line_id": 6, "serial": "S1", "order_no": "P1", "amount_fen": 10_000},
             {"line_id": 7, "amount_fen": 777, "account": "C7"}))
    assert categories(result.ledger) == {1: "matched", 2: "amount_differs", 3: "ledger_only", 4: "matched",
                                         5: "matched"}
    assert categories(result.bank) == {1: "matched", 2: "amount_differs", 3: "matched", 4: "matched",
                                       5: "matched", 6: "duplicate", 7: "bank_only"}
    assert {p for _, _, p in pairs(result)} == {"exact", "window", "many_to_one"}
    assert result.summary() == {
        "matched": {"ledger": {"count": 3, "amount_fen": 100_000}, "bank": {"count": 4, "amount_fen": 100_000}},
        "amount_differs": {"ledger": {"count": 1, "amount_fen": 20_000}, "bank": {"count": 1, "amount_fen": 19_000}},
        "account_differs": {"ledger": {"count": 0, "amount_fen": 0}, "bank": {"count": 0, "amount_fen": 0}},
        "ledger_only": {"ledger": {"count": 1, "amount_fen": 30_000}, "bank": {"count": 0, "amount_fen": 0}},
        "bank_only": {"ledger": {"count": 0, "amount_fen": 0}, "bank": {"count": 1, "amount_fen": 777}},
        "duplicate": {"ledger": {"count": 0, "amount_fen": 0}, "bank": {"count": 1, "amount_fen": 10_000}},
    }
    assert tuple(result.summary()) == CATEGORIES
    assert result.pairs.columns == ["group_id", "entry_id", "line_id", "pass"]
    assert result.pairs["group_id"].n_unique() == 3


def test_empty_inputs():
    empty = match(pl.DataFrame(schema=LEDGER_COLUMNS), pl.DataFrame(schema=BANK_COLUMNS))
    assert empty.pairs.is_empty() and empty.ledger.is_empty() and empty.bank.is_empty()
    assert all(v == {"count": 0, "amount_fen": 0} for sides in empty.summary().values() for v in sides.values())
    only_ledger = match(ledger({"entry_id": 1, "amount_fen": 5}), pl.DataFrame(schema=BANK_COLUMNS))
    assert categories(only_ledger.ledger) == {1: "ledger_only"}
    only_bank = match(pl.DataFrame(schema=LEDGER_COLUMNS), bank({"line_id": 1, "amount_fen": 5},
                                                              {"line_id": 2, "serial": "S1", "amount_fen": 5}))
    assert categories(only_bank.bank) == {1: "bank_only", 2: "duplicate"}


def test_bad_input_is_refused_with_the_reason():
    with pytest.raises(ValueError, match="lack the column.*reference"):
        match(ledger({"entry_id": 1, "amount_fen": 5}).drop("reference"), pl.DataFrame(schema=BANK_COLUMNS))
    with pytest.raises(ValueError, match="unique"):
        match(ledger({"entry_id": 1, "amount_fen": 5}, {"entry_id": 1, "amount_fen": 6}),
              pl.DataFrame(schema=BANK_COLUMNS))
    with pytest.raises(ValueError, match="positive"):
        match(pl.DataFrame(schema=LEDGER_COLUMNS), bank({"line_id": 1, "amount_fen": 0}))
    with pytest.raises(ValueError, match="line_id 1: direction"):
        match(pl.DataFrame(schema=LEDGER_COLUMNS), bank({"line_id": 1, "amount_fen": 5, "direction": "收"}))


# candidates -------------------------------------------------------------------------------------------------------

def test_candidates_rank_reference_then_account_and_amount_then_amount_then_account():
    entries = ledger({"entry_id": 1, "reference": "P1", "amount_fen": 1_000, "account": "C1", "at": at(0)})
    lines = bank({"line_id": 1, "amount_fen": 5, "account": "C1", "at": at(1)},                  # account
                 {"line_id": 2, "amount_fen": 1_000, "account": "C9", "at": at(1)},              # amount
                 {"line_id": 3, "amount_fen": 1_000, "account": "C1", "at": at(300)},            # account+amount
                 {"line_id": 4, "amount_fen": 1_000, "account": "C1", "at": at(-60)},            # account+amount
                 {"line_id": 5, "order_no": "P1", "amount_fen": 999, "account": "C8", "at": at(900)},  # reference
                 {"line_id": 6, "amount_fen": 1_000, "account": "C1", "direction": "out"},       # other direction
                 {"line_id": 7, "amount_fen": 77, "account": "C7"})                              # unrelated
    ranked = candidates(entries, lines, "ledger", 1)
    assert ranked["line_id"].to_list() == [5, 4, 3, 2, 1]
    assert ranked["reason"].to_list() == ["reference", "account_amount", "account_amount", "amount", "account"]
    assert ranked["seconds_apart"].to_list() == [54_000, 3_600, 18_000, 60, 60]
    assert candidates(entries, lines, "ledger", 1, limit=2)["line_id"].to_list() == [5, 4]


def test_candidates_for_a_bank_line_look_at_the_ledger():
    entries = ledger({"entry_id": 1, "reference": "B5", "amount_fen": 10, "account": "C3"},
                     {"entry_id": 2, "amount_fen": 999, "account": "C1", "at": at(10)},
                     {"entry_id": 3, "amount_fen": 999, "account": "C1", "at": at(-10)},
                     {"entry_id": 4, "amount_fen": 999, "account": "C4"})
    lines = bank({"line_id": 5, "serial": "B5", "amount_fen": 999, "account": "C1"})
    ranked = candidates(entries, lines, "bank", 5)
    assert ranked["entry_id"].to_list() == [1, 2, 3, 4]
    assert ranked["reason"].to_list() == ["reference", "account_amount", "account_amount", "amount"]
    with pytest.raises(ValueError, match="no bank row has line_id 6"):
        candidates(entries, lines, "bank", 6)
