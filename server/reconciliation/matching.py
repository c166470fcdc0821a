"""Matching a day's bank statement lines against the ledger's transfers with the custodian.

Passes run in order and each takes only what the earlier ones left:
1. exact: same reference (the bank's order number, else its serial) and same amount and direction;
   what shares a reference but not the amount is "amount_differs" (several lines that share the
   reference and add up to the entry are a split settlement instead);
2. window: same account, direction and amount within ±window, nearest in time first;
3. many_to_one: 2..max_group lines of one account and direction within the window of one entry
   whose amounts add up exactly to it.
A bank serial seen again (the later copies, by line_id) is a "duplicate" and never matched.

Everything is column work in polars; the only Python loops walk the small sets of candidate
groups of the many-to-one pass (bounded per entry by MANY_TO_ONE_CANDIDATES).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import polars as pl

CATEGORIES = ("matched", "amount_differs", "ledger_only", "bank_only", "duplicate")
PASSES = ("exact", "window", "many_to_one")

# The many-to-one pass looks at this many lines per ledger entry (the nearest in time): enough
# for any real split settlement, and it keeps the subset search to a few hundred sums per entry.
MANY_TO_ONE_CANDIDATES = 12

LEDGER_COLUMNS = {"entry_id": pl.Int64, "reference": pl.String, "account": pl.String, "direction": pl.String,
                  "amount_fen": pl.Int64, "at": pl.Datetime("us", "UTC")}
BANK_COLUMNS = {"line_id": pl.Int64, "serial": pl.String, "order_no": pl.String, "account": pl.String,
                "direction": pl.String, "amount_fen": pl.Int64, "at": pl.Datetime("us", "UTC")}

_PAIRS_SCHEMA = {"group_id": pl.Int64, "entry_id": pl.Int64, "line_id": pl.Int64, "pass": pl.String}


@dataclass
class MatchResult:
    """pairs: one row per (entry, line) of every automatic match.
    ledger / bank: every input row once, with its category, its group (matched only) and one counterpart
    on the other side (matched: the group's lowest id; amount_differs: the lowest id sharing the reference),
    and its amount_fen so that totals need no second look at the input."""

    pairs: pl.DataFrame
    ledger: pl.DataFrame
    bank: pl.DataFrame

    def summary(self) -> dict[str, dict[str, dict[str, int]]]:
        """{category: {"ledger": {"count", "amount_fen"}, "bank": {...}}} for every category, zeros included."""
        result = {c: {side: {"count": 0, "amount_fen": 0} for side in ("ledger", "bank")} for c in CATEGORIES}
        for side, frame in (("ledger", self.ledger), ("bank", self.bank)):
            totals = frame.group_by("category").agg(pl.len().alias("count"), pl.col("amount_fen").sum())
            for category, count, amount in totals.iter_rows():
                result[category][side] = {"count": int(count), "amount_fen": int(amount or 0)}
        return result


def _epoch_us(column: str = "at") -> pl.Expr:
    # Differences only: the epoch is the same for naive and zoned datetimes, so neither needs converting.
    return pl.col(column).dt.epoch("us").alias("t")


def _checked(frame: pl.DataFrame, columns: dict, side: str) -> pl.DataFrame:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"the {side} rows lack the column(s) {', '.join(missing)}")
    ids = "entry_id" if side == "ledger" else "line_id"
    if frame[ids].null_count() or frame[ids].n_unique() != frame.height:
        raise ValueError(f"the {side} rows need a unique, non-empty {ids}")
    if frame.height and (frame["amount_fen"].null_count() or frame["amount_fen"].min() <= 0):
        raise ValueError(f"every {side} amount_fen must be a positive number of fen")
    bad = frame.filter(~pl.col("direction").is_in(["in", "out"]))
    if bad.height:
        raise ValueError(f"{side} {ids} {bad[ids][0]}: direction must be 'in' or 'out', not {bad['direction'][0]!r}")
    return frame


def _ledger_frame(ledger: pl.DataFrame) -> pl.DataFrame:
    _checked(ledger, LEDGER_COLUMNS, "ledger")
    return ledger.select(
        pl.col("entry_id").cast(pl.Int64), pl.col("reference").cast(pl.String), pl.col("account").cast(pl.String),
        pl.col("direction").cast(pl.String), pl.col("amount_fen").cast(pl.Int64), _epoch_us(),
    ).sort("entry_id")


def _bank_frame(bank: pl.DataFrame) -> pl.DataFrame:
    _checked(bank, BANK_COLUMNS, "bank")
    return bank.select(
        pl.col("line_id").cast(pl.Int64), pl.col("serial").cast(pl.String),
        pl.coalesce(pl.col("order_no").cast(pl.String), pl.col("serial").cast(pl.String)).alias("reference"),
        pl.col("account").cast(pl.String), pl.col("direction").cast(pl.String), pl.col("amount_fen").cast(pl.Int64),
        _epoch_us(),
    ).sort("line_id")


def _pair_in_order(left: pl.DataFrame, right: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    """One-to-one pairs of rows with equal keys: the k-th entry (by id) with the k-th line (by id).
    Both frames are sorted by id, so the running count per key is that order."""
    rank = pl.int_range(pl.len()).over(keys).alias("k")
    return (left.select("entry_id", *keys).with_columns(rank)
            .join(right.select("line_id", *keys).with_columns(rank), on=[*keys, "k"], how="inner")
            .select("entry_id", "line_id"))


def _exact(ledger: pl.DataFrame, bank: pl.DataFrame) -> pl.DataFrame:
    keys = ["reference", "direction", "amount_fen"]
    referenced = ledger.filter(pl.col("reference").is_not_null())
    pairs = referenced.select("entry_id", *keys).join(bank.select("line_id", *keys), on=keys, how="inner")
    # Repeated keys on either side (rare) are paired in id order instead of crossing every copy.
    crowded = pairs["entry_id"].is_duplicated() | pairs["line_id"].is_duplicated()
    if crowded.any():
        keep = pairs.filter(~crowded)
        many = pairs.filter(crowded)
        tied_keys = many.select(keys).unique()
        paired = _pair_in_order(referenced.join(tied_keys, on=keys, how="semi"),
                                bank.join(tied_keys, on=keys, how="semi"), keys)
        pairs = pl.concat([keep.select("entry_id", "line_id"), paired])
    return pairs.select("entry_id", "line_id", pl.lit("exact").alias("pass"))


def _same_reference(ledger: pl.DataFrame, bank: pl.DataFrame, max_group: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """What shares a reference without an exact match: split settlements (the lines of one reference, account
    and direction adding up to its one entry) become many_to_one pairs, the rest amount_differs links."""
    linked = (ledger.filter(pl.col("reference").is_not_null()).select("entry_id", "reference", "account", "direction",
                                                                       "amount_fen")
              .join(bank.select("line_id", "reference", pl.col("account").alias("line_account"),
                                pl.col("direction").alias("line_direction"), pl.col("amount_fen").alias("line_fen")),
                    on="reference", how="inner"))
    if linked.is_empty():
        return (pl.DataFrame(schema={"entry_id": pl.Int64, "line_id": pl.Int64, "pass": pl.String}),
                linked.select("entry_id", "line_id"))
    per_reference = linked.group_by("reference").agg(
        pl.col("entry_id").n_unique().alias("entries"), pl.col("line_id").n_unique().alias("lines"),
        (pl.col("account") == pl.col("line_account")).all().alias("same_account"),
        (pl.col("direction") == pl.col("line_direction")).all().alias("same_direction"),
        pl.col("line_fen").sum().alias("lines_fen"), pl.col("amount_fen").first())
    split = per_reference.filter(
        (pl.col("entries") == 1) & pl.col("lines").is_between(2, max_group) & pl.col("same_account")
        & pl.col("same_direction") & (pl.col("lines_fen") == pl.col("amount_fen")))
    splits = linked.join(split.select("reference"), on="reference", how="semi").select(
        "entry_id", "line_id", pl.lit("many_to_one").alias("pass"))
    differs = linked.join(split.select("reference"), on="reference", how="anti").select("entry_id", "line_id")
    return splits, differs


def _greedy_nearest(candidates: pl.DataFrame) -> pl.DataFrame:
    """A one-to-one choice among (entry_id, line_id, apart) candidates: the nearest pair overall first, ties to
    the lowest entry then line id, each item used once. A pair that comes first for both its entry and its line
    in that order is one the greedy choice takes, so each round takes all of those at once."""
    candidates = candidates.sort(["apart", "entry_id", "line_id"])
    chosen = []
    while candidates.height:
        taken = candidates.filter(pl.col("entry_id").is_first_distinct() & pl.col("line_id").is_first_distinct())
        chosen.append(taken.select("entry_id", "line_id"))
        candidates = (candidates.join(taken.select("entry_id"), on="entry_id", how="anti")
                      .join(taken.select("line_id"), on="line_id", how="anti"))
    if not chosen:
        return pl.DataFrame(schema={"entry_id": pl.Int64, "line_id": pl.Int64})
    return pl.concat(chosen)


def _window(ledger: pl.DataFrame, bank: pl.DataFrame, window_us: int) -> pl.DataFrame:
    keys = ["account", "direction", "amount_fen"]
    candidates = (ledger.select("entry_id", *keys, "t")
                  .join(bank.select("line_id", *keys, pl.col("t").alias("line_t")), on=keys, how="inner")
                  .select("entry_id", "line_id", (pl.col("line_t") - pl.col("t")).abs().alias("apart"))
                  .filter(pl.col("apart") <= window_us))
    return _greedy_nearest(candidates).with_columns(pl.lit("window").alias("pass"))


def _many_to_one(ledger: pl.DataFrame, bank: pl.DataFrame, window_us: int, max_group: int) -> pl.DataFrame:
    empty = pl.DataFrame(schema={"entry_id": pl.Int64, "line_id": pl.Int64, "pass": pl.String})
    if max_group < 2 or ledger.is_empty() or bank.height < 2:
        return empty
    keys = ["account", "direction"]
    # Each entry's nearest lines of its account and direction, inside the window and smaller than the entry.
    lines = (ledger.select("entry_id", *keys, "amount_fen", "t")
             .join(bank.select("line_id", *keys, pl.col("amount_fen").alias("part_fen"), pl.col("t").alias("line_t")),
                   on=keys, how="inner")
             .with_columns((pl.col("line_t") - pl.col("t")).abs().alias("apart"))
             .filter((pl.col("apart") <= window_us) & (pl.col("part_fen") < pl.col("amount_fen")))
             .sort(["entry_id", "apart", "line_id"])
             .filter(pl.int_range(pl.len()).over("entry_id") < MANY_TO_ONE_CANDIDATES)
             .select("entry_id", "amount_fen", "line_id", "part_fen", "apart"))
    if lines.is_empty():
        return empty
    parts = lines.select("entry_id", "line_id", "part_fen", "apart")
    # Partial groups grow one line at a time in increasing line_id (so each set appears once) while their sum stays
    # below the entry; the last line of a group is found by an equality join on the amount still missing.
    partial = lines.select("entry_id", "amount_fen", pl.concat_list("line_id").alias("group"),
                           pl.col("line_id").alias("last"), pl.col("part_fen").alias("sum_fen"),
                           pl.col("apart").alias("spread"))
    found = []
    for size in range(2, max_group + 1):
        completed = (partial.with_columns((pl.col("amount_fen") - pl.col("sum_fen")).alias("part_fen"))
                     .join(parts, on=["entry_id", "part_fen"], how="inner")
                     .filter(pl.col("line_id") > pl.col("last")))
        if completed.height:
            found.append(completed.select("entry_id", pl.col("group").list.concat(pl.concat_list("line_id")),
                                          pl.lit(size).alias("size"), pl.max_horizontal("spread", "apart")
                                          .alias("spread")))
        if size == max_group:
            break
        partial = (partial.join(parts, on="entry_id", how="inner")
                   .filter((pl.col("line_id") > pl.col("last"))
                           & (pl.col("sum_fen") + pl.col("part_fen") < pl.col("amount_fen")))
                   .select("entry_id", "amount_fen", pl.col("group").list.concat(pl.concat_list("line_id")),
                           pl.col("line_id").alias("last"), (pl.col("sum_fen") + pl.col("part_fen")).alias("sum_fen"),
                           pl.max_horizontal("spread", "apart").alias("spread")))
        if partial.is_empty():
            break
    if not found:
        return empty
    # Fewest lines first, then the tightest in time, then the lowest ids: each entry and line used once.
    groups = pl.concat(found).sort(["size", "spread", "entry_id", "group"])
    used_entries, used_lines, chosen = set(), set(), []
    for entry_id, group in groups.select("entry_id", "group").iter_rows():
        if entry_id in used_entries or used_lines.intersection(group):
            continue
        used_entries.add(entry_id)
        used_lines.update(group)
        chosen.extend((entry_id, line_id) for line_id in group)
    return pl.DataFrame(chosen, schema={"entry_id": pl.Int64, "line_id": pl.Int64}, orient="row").with_columns(
        pl.lit("many_to_one").alias("pass"))


def match(ledger: pl.DataFrame, bank: pl.DataFrame, *, window: timedelta = timedelta(days=1),
          max_group: int = 4) -> MatchResult:
    """Categorise every ledger entry and bank line of a day; see the module's description for the passes."""
    if max_group < 1:
        raise ValueError("max_group must be at least 1")
    window_us = window // timedelta(microseconds=1)
    entries, lines = _ledger_frame(ledger), _bank_frame(bank)

    duplicate = lines.filter(pl.col("serial").is_not_null() & ~pl.col("serial").is_first_distinct()).select("line_id")
    lines = lines.join(duplicate, on="line_id", how="anti")

    exact = _exact(entries, lines)
    entries = entries.join(exact, on="entry_id", how="anti")
    lines = lines.join(exact, on="line_id", how="anti")

    splits, differs = _same_reference(entries, lines, max_group)
    entries = entries.join(splits, on="entry_id", how="anti").join(differs, on="entry_id", how="anti")
    lines = lines.join(splits, on="line_id", how="anti").join(differs, on="line_id", how="anti")

    windowed = _window(entries, lines, window_us)
    entries = entries.join(windowed, on="entry_id", how="anti")
    lines = lines.join(windowed, on="line_id", how="anti")

    many = _many_to_one(entries, lines, window_us, max_group)

    pairs = _numbered(pl.concat([exact, splits, windowed, many]).select("entry_id", "line_id", "pass"))
    return MatchResult(pairs=pairs, ledger=_ledger_categories(ledger, pairs, differs),
                       bank=_bank_categories(bank, pairs, differs, duplicate))


def _numbered(pairs: pl.DataFrame) -> pl.DataFrame:
    """Group ids 1..n in order of the group's ledger entry (every group has exactly one entry)."""
    return pairs.select(pl.col("entry_id").rank("dense").cast(pl.Int64).alias("group_id"), "entry_id", "line_id",
                        "pass").sort(["group_id", "line_id"]).cast(_PAIRS_SCHEMA)


def _ledger_categories(ledger: pl.DataFrame, pairs: pl.DataFrame, differs: pl.DataFrame) -> pl.DataFrame:
    matched = pairs.group_by("entry_id").agg(pl.lit("matched").alias("category"), pl.col("group_id").first(),
                                             pl.col("line_id").min().alias("counterpart_line_id"))
    differing = differs.group_by("entry_id").agg(pl.lit("amount_differs").alias("category"),
                                                 pl.lit(None, pl.Int64).alias("group_id"),
                                                 pl.col("line_id").min().alias("counterpart_line_id"))
    known = pl.concat([matched, differing])
    return (ledger.select(pl.col("entry_id").cast(pl.Int64), pl.col("amount_fen").cast(pl.Int64))
            .join(known, on="entry_id", how="left")
            .select("entry_id", pl.col("category").fill_null("ledger_only"), "group_id", "counterpart_line_id",
                    "amount_fen")
            .sort("entry_id"))


def _bank_categories(bank: pl.DataFrame, pairs: pl.DataFrame, differs: pl.DataFrame,
                     duplicate: pl.DataFrame) -> pl.DataFrame:
    matched = pairs.group_by("line_id").agg(pl.lit("matched").alias("category"), pl.col("group_id").first(),
                                            pl.col("entry_id").min().alias("counterpart_entry_id"))
    differing = differs.group_by("line_id").agg(pl.lit("amount_differs").alias("category"),
                                                pl.lit(None, pl.Int64).alias("group_id"),
                                                pl.col("entry_id").min().alias("counterpart_entry_id"))
    repeated = duplicate.select("line_id", pl.lit("duplicate").alias("category"), pl.lit(None, pl.Int64)
                                .alias("group_id"), pl.lit(None, pl.Int64).alias("counterpart_entry_id"))
    known = pl.concat([matched, differing, repeated])
    return (bank.select(pl.col("line_id").cast(pl.Int64), pl.col("amount_fen").cast(pl.Int64))
            .join(known, on="line_id", how="left")
            .select("line_id", pl.col("category").fill_null("bank_only"), "group_id", "counterpart_entry_id",
                    "amount_fen")
            .sort("line_id"))


_REASONS = ("reference", "account_amount", "amount", "account")


def candidates(ledger: pl.DataFrame, bank: pl.DataFrame, side: str, item_id: int, *, limit: int = 20) -> pl.DataFrame:
    """The other side's rows most likely to belong with one item, for matching by hand, best first:
    same reference (either direction), then same account and amount, then same amount, then same account
    (those three in the item's direction), each nearest in time first, then lowest id. Rows related in none
    of these ways are left out. Columns: the other side's own columns, then reason (one of
    "reference", "account_amount", "amount", "account") and seconds_apart (absolute, whole seconds)."""
    if side not in ("ledger", "bank"):
        raise ValueError(f"side must be 'ledger' or 'bank', not {side!r}")
    if side == "ledger":
        mine, theirs, my_id, their_id = _checked(ledger, LEDGER_COLUMNS, "ledger"), bank, "entry_id", "line_id"
        _checked(bank, BANK_COLUMNS, "bank")
    else:
        mine, theirs, my_id, their_id = _checked(bank, BANK_COLUMNS, "bank"), ledger, "line_id", "entry_id"
        _checked(ledger, LEDGER_COLUMNS, "ledger")
    found = mine.filter(pl.col(my_id) == item_id)
    if found.is_empty():
        raise ValueError(f"no {side} row has {my_id} {item_id}")
    item = found.row(0, named=True)
    item_t = found.select(_epoch_us())["t"][0]
    if side == "ledger":
        reference = item["reference"]
        same_reference = ((pl.col("order_no") == reference) | (pl.col("serial") == reference)) if reference else pl.lit(False)
    else:
        references = [r for r in (item["order_no"], item["serial"]) if r]
        same_reference = pl.col("reference").is_in(references)
    same_direction = pl.col("direction") == item["direction"]
    same_account = pl.col("account") == item["account"]
    same_amount = pl.col("amount_fen") == item["amount_fen"]
    reason = (pl.when(same_reference.fill_null(False)).then(pl.lit(_REASONS[0]))
              .when(same_direction & same_account & same_amount).then(pl.lit(_REASONS[1]))
              .when(same_direction & same_amount).then(pl.lit(_REASONS[2]))
              .when(same_direction & same_account).then(pl.lit(_REASONS[3]))
              .otherwise(pl.lit(None, pl.String)))
    apart = ((_epoch_us() - item_t).abs() // 1_000_000).alias("seconds_apart")
    tier = pl.col("reason").replace_strict(list(_REASONS), list(range(len(_REASONS))), return_dtype=pl.Int8)
    return (theirs.with_columns(reason.alias("reason"), apart)
            .filter(pl.col("reason").is_not_null())
            .sort([tier, pl.col("seconds_apart"), pl.col(their_id)])
            .head(limit))
