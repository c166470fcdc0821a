"""Matching a day's bank statement lines against the ledger's transfers with the custodian.

Passes run in order and each takes only what the earlier ones left:
1. exact: same reference (the bank's order number, else its serial), same amount and direction and same
   account; what shares a reference, amount and direction but is booked to another account is
   "account_differs" (money on the wrong sub-account is a difference, open until someone resolves it);
   what shares a reference but not the amount (or the direction) is "amount_differs", whatever the account
   (several lines that share the reference and add up to the entry are a split settlement instead);
2. window: same account, direction and amount within ±window, nearest in time first;
3. many_to_one: 2..max_group lines of one account and direction within the window of one entry
   whose amounts add up exactly to it.
A bank serial seen again (the later copies, by line_id) is a "duplicate" and never matched; so is a line under
a serial of its own that repeats a line the exact pass matched: same order number, account, direction and
amount, booked in the same second (times truncated to whole seconds: a bank re-sending a line keeps its
booking time; a second real payment of the same order a moment later is left "bank_only"). A duplicate names
its twin (the first copy, or the matched line) in twin_line_id.

Everything is column work in polars; the only Python loops are rounds of greedy choices (each round a few
column operations that take every pair or group nothing earlier stands in the way of).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import polars as pl

CATEGORIES = ("matched", "amount_differs", "account_differs", "ledger_only", "bank_only", "duplicate")
PASSES = ("exact", "window", "many_to_one")

# The many-to-one pass looks at this many lines per ledger entry (the nearest in time): enough
# for any real split settlement, and it keeps the subset search to a few hundred sums per entry.
MANY_TO_ONE_CANDIDATES = 12

LEDGER_COLUMNS = {"entry_id": pl.Int64, "reference": pl.String, "account": pl.String, "direction": pl.String,
                  "amount_fen": pl.Int64, "at": pl.Datetime("us", "UTC")}
BANK_COLUMNS = {"line_id": pl.Int64, "serial": pl.String, "order_no": pl.String, "account": pl.String,
                "direction": pl.String, "amount_fen": pl.Int64, "at": pl.Datetime("us", "UTC")}

_SEED = 20261124   # any fixed seed: hashes only narrow the search, text decides

_PAIRS_SCHEMA = {"group_id": pl.Int64, "entry_id": pl.Int64, "line_id": pl.Int64, "pass": pl.String}


@dataclass
class MatchResult:
    """pairs: one row per (entry, line) of every automatic match.
    ledger / bank: every input row once, with its category, its group (matched only) and one counterpart
    on the other side (matched: the group's lowest id; amount_differs / account_differs: the lowest id sharing
    the reference, an account_differs one first), and its amount_fen so that totals need no second look at the
    input. bank has twin_line_id besides: a duplicate's twin (null for every other line)."""

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


def _prepared(frame: pl.DataFrame, columns: dict, side: str) -> pl.DataFrame:
    """The columns the engine reads, checked, in id order: a row's position is its place in that order."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"the {side} rows lack the column(s) {', '.join(missing)}")
    ids = "entry_id" if side == "ledger" else "line_id"
    # One chunk for the columns gathered row by row at full size: gathering from a string column of several chunks
    # (as parquet and concatenated statements arrive) is some twenty times slower than from one. The others stay
    # as they are: copying them costs more (fresh memory) than it saves.
    frame = frame.select(pl.col(c) if c == "at" else pl.col(c).cast(kind) for c, kind in columns.items())
    gathered = ("entry_id", "line_id", "reference", "order_no", "serial", "account")
    frame = frame.with_columns(frame[c].rechunk() for c in gathered if c in columns)
    if frame[ids].null_count():
        raise ValueError(f"the {side} rows need a unique, non-empty {ids}")
    if not frame[ids].is_sorted():
        frame = frame.sort(ids)
    if frame.height > 1 and frame[ids].diff().min() == 0:
        raise ValueError(f"the {side} rows need a unique, non-empty {ids}")
    if frame.height and (frame["amount_fen"].null_count() or frame["amount_fen"].min() <= 0):
        raise ValueError(f"every {side} amount_fen must be a positive number of fen")
    # Two comparisons of short (inline) strings cost a fifth of is_in's hash lookup per row.
    bad = frame.filter((pl.col("direction") != "in") & (pl.col("direction") != "out"))
    if bad.height:
        raise ValueError(f"{side} {ids} {bad[ids][0]}: direction must be 'in' or 'out', not {bad['direction'][0]!r}")
    return frame


def _duplicates(serials: pl.Series, hashes: pl.Series) -> tuple[pl.Series, pl.DataFrame]:
    """True for every later copy of a serial (rows in line_id order), and (pl, twin) row positions of each copy
    and its first copy. Serials are hashed to integers first: only rows whose hash repeats (nearly always true
    repeats) are compared as text."""
    ordered = hashes.sort()
    repeated = ordered.filter((ordered == ordered.shift(1)).fill_null(False))
    duplicate = _flags(len(serials))
    twins = pl.DataFrame(schema={"pl": pl.UInt32, "twin": pl.UInt32})
    if repeated.len():
        suspect = hashes.is_in(repeated.unique().implode()).arg_true()
        text = serials.gather(suspect)
        copies = (pl.DataFrame({"pl": suspect, "text": text})
                  .with_columns(pl.col("pl").min().over("text").alias("twin"))
                  .filter(pl.col("text").is_not_null() & (pl.col("pl") != pl.col("twin"))))
        duplicate = _marked(duplicate, copies["pl"])
        twins = copies.select(pl.col("pl").cast(pl.UInt32), pl.col("twin").cast(pl.UInt32))
    return duplicate, twins


def _flags(size: int) -> pl.Series:
    return pl.Series("flag", [False] * 0, pl.Boolean).extend_constant(False, size)


def _marked(flags: pl.Series, positions: pl.Series) -> pl.Series:
    """A copy of flags with True at positions, in any order. Scattered as bytes: polars 1.x scatters into a
    boolean column only at sorted positions, and two casts cost less than a sort."""
    return flags.cast(pl.UInt8).scatter(positions, 1).cast(pl.Boolean)


def _key() -> pl.Expr:
    # Amount and direction in one integer, so that "same amount and direction" is one comparison.
    return (pl.col("amount_fen") * 2 + (pl.col("direction") == "in").cast(pl.Int64)).alias("key")


def _linked(entries: pl.DataFrame, lines: pl.DataFrame, serial_hashes: pl.Series,
            duplicate: pl.Series) -> pl.DataFrame:
    """(pe, pl, key, line_key) for every entry and non-duplicate line whose references hash alike, in no order.
    Joining on integer hashes of the references is several times faster than on their text; _same_text compares
    the text before a link is trusted, so a hash collision never links two different references. A line's
    reference is its order number, else its serial: its hash is taken from either without building that text.
    Each side's row position replaces the low bits of its hash, so one sort of plain integers per side (no
    gathers) sorts the positions along, and polars joins the two sorted sides by merging them, several times
    faster than a hash join of the same keys; the low bits lost only let a few more links through to _same_text."""
    bits = max(entries.height, lines.height, 1).bit_length()
    position = (1 << bits) - 1
    high = pl.lit(0xFFFF_FFFF_FFFF_FFFF ^ position, pl.UInt64)

    def side(frame: pl.LazyFrame, reference_hash: pl.Expr, kept: pl.Expr, name: str) -> pl.LazyFrame:
        tagged = (frame.select(((reference_hash & high) | pl.int_range(pl.len(), dtype=pl.UInt64)).alias("k"),
                               kept.alias("kept"))
                  .filter(pl.col("kept")).select(pl.col("k").sort()))
        return tagged.select((pl.col("k") & high).set_sorted().alias("hash"),
                             (pl.col("k") & position).cast(pl.UInt32).alias(name))

    left = side(entries.lazy(), pl.col("reference").hash(_SEED), pl.col("reference").is_not_null(), "pe")
    right = side(lines.lazy().with_columns(pl.lit(serial_hashes).alias("serial_hash"),
                                           pl.lit(duplicate).alias("duplicate")),
                 pl.when(pl.col("order_no").is_null()).then(pl.col("serial_hash"))
                 .otherwise(pl.col("order_no").hash(_SEED)),
                 ~pl.col("duplicate") & (pl.col("order_no").is_not_null() | pl.col("serial").is_not_null()), "pl")
    # The keys in one chunk each (amount and direction come in chunks as parquet is read, and a gather from several
    # chunks costs twice as much), gathered by two expressions of one select, which polars runs side by side.
    entry_keys, line_keys = (frame.select(_key())["key"].rechunk() for frame in (entries, lines))
    return left.join(right, on="hash", how="inner").select(
        "pe", "pl", pl.lit(entry_keys).gather(pl.col("pe")),
        pl.lit(line_keys).gather(pl.col("pl")).alias("line_key")).collect()


def _same_text(links: pl.DataFrame, entry_references: pl.Series, lines: pl.DataFrame) -> pl.DataFrame:
    """The links whose entry's reference is the line's text: its order number, else (few lines) its serial."""
    wanted = entry_references.gather(links["pe"])
    same = wanted == lines["order_no"].gather(links["pl"])
    if same.null_count():
        without = same.is_null().arg_true()
        same.scatter(without, wanted.gather(without) == lines["serial"].gather(links["pl"].gather(without)))
    same = same.fill_null(False)
    return links if same.all() else links.filter(same)


def _in_entry_order(pairs: pl.DataFrame, entry_count: int) -> pl.DataFrame:
    """(pe, pl) sorted by pe: when every entry appears once (the usual case) scattering puts them in place."""
    line_of = pl.Series("pl", [], pl.UInt32).extend_constant(None, entry_count).scatter(pairs["pe"], pairs["pl"])
    if line_of.null_count() == entry_count - pairs.height:
        return pl.DataFrame({"pe": line_of.is_not_null().arg_true(), "pl": line_of.drop_nulls()})
    return pairs.sort(["pe", "pl"])


def _one_to_one(exact: pl.DataFrame) -> pl.DataFrame:
    """A reference repeated with the same amount on either side makes a complete bipartite block of entries and
    lines (named here by its lowest entry); the k-th entry (in id order) takes the k-th line."""
    crowded = pl.col("pe").is_duplicated() | pl.col("pl").is_duplicated()
    block = exact.filter(crowded).with_columns(pl.col("pe").min().over("pl").alias("block"))
    rank = pl.int_range(pl.len()).over("block").alias("k")
    entries = block.select("block", "pe").unique().sort("block", "pe").with_columns(rank)
    lines = block.select("block", "pl").unique().sort("block", "pl").with_columns(rank)
    paired = entries.join(lines, on=["block", "k"], how="inner").select("pe", "pl")
    return pl.concat([exact.filter(~crowded), paired])


def _same_reference(linked: pl.DataFrame, max_group: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """What shares a reference without an exact match: split settlements (the lines of one reference, account
    and direction adding up to its one entry) become many_to_one pairs, the rest differing links, flagged
    wrong_account where only the account differs (account_differs) and not where the amount or direction does
    (amount_differs).
    linked: pe, pl (row positions), entry_id, reference, account, direction, amount_fen, line_id, line_account,
    line_direction, line_fen."""
    per_reference = linked.group_by("reference").agg(
        pl.col("entry_id").n_unique().alias("entries"), pl.col("line_id").n_unique().alias("lines"),
        (pl.col("account") == pl.col("line_account")).all().alias("same_account"),
        (pl.col("direction") == pl.col("line_direction")).all().alias("same_direction"),
        pl.col("line_fen").sum().alias("lines_fen"), pl.col("amount_fen").first())
    split = per_reference.filter(
        (pl.col("entries") == 1) & pl.col("lines").is_between(2, max_group) & pl.col("same_account")
        & pl.col("same_direction") & (pl.col("lines_fen") == pl.col("amount_fen"))).select("reference")
    splits = linked.join(split, on="reference", how="semi").select(
        "pe", "pl", "entry_id", "line_id", pl.lit("many_to_one").alias("pass"))
    # The same amount and direction on another account: the money reached the wrong sub-account.
    differs = linked.join(split, on="reference", how="anti").select(
        "pe", "pl", "entry_id", "line_id",
        ((pl.col("amount_fen") == pl.col("line_fen")) & (pl.col("direction") == pl.col("line_direction"))
         & (pl.col("account") != pl.col("line_account"))).alias("wrong_account"))
    return splits, differs


def _greedy_nearest(candidates: pl.DataFrame) -> pl.DataFrame:
    """A one-to-one choice among (entry_id, line_id, apart, ...) candidates: the nearest pair overall first, ties
    to the lowest entry then line id, each item used once; the chosen rows keep their columns but apart. A pair
    that comes first for both its entry and its line in that order is one the greedy choice takes, so each round
    takes all of those at once."""
    candidates = candidates.sort(["apart", "entry_id", "line_id"])
    chosen = []
    while candidates.height:
        taken = candidates.filter(pl.col("entry_id").is_first_distinct() & pl.col("line_id").is_first_distinct())
        chosen.append(taken.drop("apart"))
        candidates = (candidates.join(taken.select("entry_id"), on="entry_id", how="anti")
                      .join(taken.select("line_id"), on="line_id", how="anti"))
    if not chosen:
        return candidates.drop("apart")
    return pl.concat(chosen)


def _window(ledger: pl.DataFrame, bank: pl.DataFrame, window_us: int) -> pl.DataFrame:
    keys = ["account", "direction", "amount_fen"]
    candidates = (ledger.select("pe", "entry_id", *keys, "t")
                  .join(bank.select("pl", "line_id", *keys, pl.col("t").alias("line_t")), on=keys, how="inner")
                  .select("pe", "pl", "entry_id", "line_id", (pl.col("line_t") - pl.col("t")).abs().alias("apart"))
                  .filter(pl.col("apart") <= window_us))
    return _greedy_nearest(candidates).with_columns(pl.lit("window").alias("pass"))


def _many_to_one(ledger: pl.DataFrame, bank: pl.DataFrame, window_us: int, max_group: int) -> pl.DataFrame:
    empty = pl.DataFrame(schema={"entry_id": pl.Int64, "line_id": pl.Int64, "pass": pl.String})
    if max_group < 2 or ledger.is_empty() or bank.height < 2:
        return empty
    keys = ["account", "direction"]
    # Each entry's nearest lines of its account and direction, inside the window and smaller than the entry.
    lines = (ledger.lazy().select("entry_id", *keys, "amount_fen", "t")
             .join(bank.lazy().select("line_id", *keys, pl.col("amount_fen").alias("part_fen"),
                                      pl.col("t").alias("line_t")), on=keys, how="inner")
             .with_columns((pl.col("line_t") - pl.col("t")).abs().alias("apart"))
             .filter((pl.col("apart") <= window_us) & (pl.col("part_fen") < pl.col("amount_fen")))
             .sort(["entry_id", "apart", "line_id"])
             .group_by("entry_id", maintain_order=True).head(MANY_TO_ONE_CANDIDATES)   # (a window costs 5x more)
             .select("entry_id", "amount_fen", "line_id", "part_fen", "apart")).collect()
    if lines.is_empty():
        return empty
    parts = lines.select("entry_id", "line_id", "part_fen", "apart")
    # Partial groups grow one line at a time in increasing line_id (so each set appears once) while their sum stays
    # below the entry; the last line of a group is found by an equality join on the amount still missing. A group
    # of n lines holds them in columns l1..ln (plain columns: list columns cost several times more to extend).
    partial = lines.select("entry_id", "amount_fen", pl.col("line_id").alias("l1"), pl.col("part_fen").alias("sum_fen"),
                           pl.col("apart").alias("spread"))
    found = []
    for size in range(2, max_group + 1):
        held, last = [f"l{i}" for i in range(1, size)], pl.col(f"l{size - 1}")
        completed = (partial.with_columns((pl.col("amount_fen") - pl.col("sum_fen")).alias("part_fen"))
                     .join(parts, on=["entry_id", "part_fen"], how="inner")
                     .filter(pl.col("line_id") > last))
        if completed.height:
            found.append(completed.select("entry_id", pl.lit(size).alias("size"),
                                          pl.max_horizontal("spread", "apart").alias("spread"),
                                          *held, pl.col("line_id").alias(f"l{size}")))
        if size == max_group:
            break
        partial = (partial.join(parts, on="entry_id", how="inner")
                   .filter((pl.col("line_id") > last) & (pl.col("sum_fen") + pl.col("part_fen") < pl.col("amount_fen")))
                   .select("entry_id", "amount_fen", *held, pl.col("line_id").alias(f"l{size}"),
                           (pl.col("sum_fen") + pl.col("part_fen")).alias("sum_fen"),
                           pl.max_horizontal("spread", "apart").alias("spread")))
        if partial.is_empty():
            break
    if not found:
        return empty
    # Fewest lines first, then the tightest in time, then the lowest ids (the lines in increasing order, compared
    # one by one): each entry and line used once.
    held = [f"l{i}" for i in range(1, found[-1]["size"][0] + 1)]
    groups = pl.concat(found, how="diagonal").sort(["size", "spread", "entry_id", *held]).with_row_index("rank")
    members = groups.unpivot(held, index=["rank", "entry_id"], value_name="line_id").drop_nulls("line_id")
    return _greedy_groups(members.select("rank", "entry_id", "line_id")).with_columns(
        pl.lit("many_to_one").alias("pass"))


def _greedy_groups(members: pl.DataFrame) -> pl.DataFrame:
    """The greedy choice of groups in rank order, each entry and line used once, from (rank, entry_id, line_id) rows
    (one per line of a group), in any order. As in _greedy_nearest, a group that comes first among all the groups
    sharing its entry or any of its lines is one the greedy choice takes, so each round takes all of those at once
    and drops every group that shares an entry or a line with them. Returns (entry_id, line_id) of the chosen."""
    chosen = []
    while members.height:
        # (Windows one after the other: polars does not nest one window inside another's aggregation.)
        taken = (members.with_columns(((pl.col("rank").min().over("entry_id") == pl.col("rank"))
                                       & (pl.col("rank").min().over("line_id") == pl.col("rank"))).alias("first"))
                 .filter(pl.col("first").all().over("rank")).drop("first"))
        chosen.append(taken.select("entry_id", "line_id"))
        clashing = pl.concat([members.join(taken.select("entry_id").unique(), on="entry_id", how="semi"),
                              members.join(taken.select("line_id"), on="line_id", how="semi")]).select("rank")
        members = members.join(clashing, on="rank", how="anti")
    return pl.concat(chosen)


def _copies_of_matched(loose: pl.DataFrame, exact: pl.DataFrame, entries: pl.DataFrame,
                       lines: pl.DataFrame) -> pl.DataFrame:
    """(pl, twin) row positions of the lines that repeat a line the exact pass matched: loose holds (pe, pl) links
    of the same amount and direction from a line left free to an entry the exact pass took (few: a normal day has
    none). A copy has the same order number (not only a serial), account and second as the entry's matched line."""
    empty = pl.DataFrame(schema={"pl": pl.UInt32, "twin": pl.UInt32})
    if loose.is_empty():
        return empty
    loose = _same_text(loose, entries["reference"], lines)
    line_of = pl.Series("twin", [], pl.UInt32).extend_constant(None, entries.height).scatter(exact["pe"], exact["pl"])
    loose = loose.with_columns(line_of.gather(loose["pe"]).alias("twin"))
    seconds = lines["at"].dt.epoch("s")

    def at(column: pl.Series, positions: str) -> pl.Series:
        return column.gather(loose[positions])

    same = ((at(lines["order_no"], "pl") == at(lines["order_no"], "twin"))
            & (at(lines["account"], "pl") == at(lines["account"], "twin"))
            & (at(seconds, "pl") == at(seconds, "twin"))).fill_null(False)
    return (loose.filter(same).group_by("pl").agg(pl.col("twin").min())
            .select(pl.col("pl").cast(pl.UInt32), pl.col("twin").cast(pl.UInt32)).sort("pl"))


def match(ledger: pl.DataFrame, bank: pl.DataFrame, *, window: timedelta = timedelta(days=1),
          max_group: int = 4) -> MatchResult:
    """Categorise every ledger entry and bank line of a day; see the module's description for the passes.
    group_id of a match is its ledger entry's entry_id (one entry per group), so it stays the same on a re-run."""
    if max_group < 1:
        raise ValueError("max_group must be at least 1")
    window_us = window // timedelta(microseconds=1)
    entries = _prepared(ledger, LEDGER_COLUMNS, "ledger")
    lines = _prepared(bank, BANK_COLUMNS, "bank")
    entry_ids, line_ids = entries["entry_id"], lines["line_id"]

    # The bulk of a day goes through the exact pass by row position; flags mark what is taken.
    serial_hashes = lines["serial"].hash(_SEED)
    duplicate, twins = _duplicates(lines["serial"], serial_hashes)
    links = _linked(entries, lines, serial_hashes, duplicate)
    same_key = pl.col("key") == pl.col("line_key")
    exact = _same_text(_in_entry_order(links.filter(same_key).select("pe", "pl"), entries.height),
                       entries["reference"], lines)
    # The account decides too (short strings, compared in place): another account is account_differs below.
    same_account = entries["account"].gather(exact["pe"]) == lines["account"].gather(exact["pl"])
    if not same_account.all():
        exact = exact.filter(same_account)
    entry_taken = _marked(_flags(entries.height), exact["pe"])
    line_taken = _marked(duplicate, exact["pl"])
    if entry_taken.sum() != exact.height or line_taken.sum() - duplicate.sum() != exact.height:
        exact = _one_to_one(exact).sort("pe")
        entry_taken = _marked(_flags(entries.height), exact["pe"])
        line_taken = _marked(duplicate, exact["pl"])

    entry_free, line_free = ~entry_taken.gather(links["pe"]), ~line_taken.gather(links["pl"])
    # A line under a serial of its own repeating an exactly matched one (see the module's description).
    copies = _copies_of_matched(links.filter(same_key & ~entry_free & line_free).select("pe", "pl"), exact,
                                entries, lines)
    if copies.height:
        duplicate = _marked(duplicate, copies["pl"])
        line_taken = _marked(line_taken, copies["pl"])
        twins = pl.concat([twins, copies])
        line_free = ~line_taken.gather(links["pl"])

    # Links left over: one reference on both sides without an exact match.
    rest = _same_text(links.filter(entry_free & line_free), entries["reference"], lines)
    shared = pl.concat([
        rest.select("pe", "pl"),
        entries.select(pl.col("entry_id", "reference", "account", "direction", "amount_fen").gather(rest["pe"])),
        lines.select(pl.col("line_id").gather(rest["pl"]),
                     pl.col("account").gather(rest["pl"]).alias("line_account"),
                     pl.col("direction").gather(rest["pl"]).alias("line_direction"),
                     pl.col("amount_fen").gather(rest["pl"]).alias("line_fen"))], how="horizontal")
    splits, differs = _same_reference(shared, max_group)
    entry_taken = _marked(entry_taken, rest["pe"])
    line_taken = _marked(line_taken, rest["pl"])

    # What is left is small: the remaining passes work on ids, and carry the row positions (pe, pl) along.
    open_entries = entries.with_row_index("pe").filter(~entry_taken).with_columns(_epoch_us())
    open_lines = lines.with_row_index("pl").filter(~line_taken).with_columns(_epoch_us())
    windowed = _window(open_entries, open_lines, window_us)
    open_entries = open_entries.join(windowed, on="entry_id", how="anti")
    open_lines = open_lines.join(windowed, on="line_id", how="anti")
    many = (_many_to_one(open_entries, open_lines, window_us, max_group)
            .join(open_entries.select("entry_id", "pe"), on="entry_id", how="inner")
            .join(open_lines.select("line_id", "pl"), on="line_id", how="inner"))

    # Pairs in entry then line order: the exact ones are in entry order already, the others merge in.
    exact_pairs = pl.DataFrame({"entry_id": entry_ids.gather(exact["pe"]), "line_id": line_ids.gather(exact["pl"]),
                                "pass": pl.Series([], dtype=pl.UInt32).extend_constant(0, exact.height)})
    others = (pl.concat([frame.select("pe", "pl", "entry_id", "line_id", "pass") for frame in (splits, windowed, many)])
              .sort(["entry_id", "line_id"]))
    pairs = (exact_pairs.merge_sorted(others.select("entry_id", "line_id", pl.col("pass").replace_strict(
        list(PASSES), list(range(len(PASSES))), return_dtype=pl.UInt32)), key="entry_id")
        .select(pl.col("entry_id").alias("group_id"), "entry_id", "line_id",
                pl.lit(pl.Series(PASSES)).gather(pl.col("pass")).alias("pass")).cast(_PAIRS_SCHEMA))

    # Categories by position. Each row's counterpart is first found as a row position on the other side (rows are
    # in id order, so the lowest position is the lowest id), one past the other side's end when it has none: one
    # scatter of plain integers and one gather cost far less than a scatter into a column of nullable ids.
    wrong_account = differs.filter(pl.col("wrong_account"))

    def counterpart_positions(height: int, position: str, other: str, none: int) -> pl.Series:
        at = pl.Series(other, [], pl.UInt32).extend_constant(none, height).scatter(exact[position], exact[other])
        for frame in (others, differs, wrong_account):
            first = frame.group_by(position).agg(pl.col(other).min())
            at.scatter(first[position], first[other])
        return at

    def categories(at: pl.Series, none: int, alone: str, extra: tuple[tuple[pl.Series, str], ...]) -> pl.Series:
        """Codes: matched where there is a counterpart, else alone; then the few positions of other categories."""
        code = pl.select(pl.when(pl.lit(at) == none).then(pl.lit(CATEGORIES.index(alone), pl.UInt32))
                         .otherwise(pl.lit(CATEGORIES.index("matched"), pl.UInt32))).to_series()
        for positions, category in extra:
            code.scatter(positions, CATEGORIES.index(category))
        return code

    def ids_at(ids: pl.Series, column: str = "at") -> pl.Expr:
        """ids gathered at the positions of a column ("at"), null one past the end. (Gathering from ids with a
        null appended is twice as slow: the gather then carries a validity mask along.)"""
        if ids.is_empty():
            return pl.lit(None, ids.dtype)
        return pl.when(pl.col(column) < ids.len()).then(
            pl.lit(ids).gather(pl.col(column).clip(upper_bound=ids.len() - 1)))

    matched = pl.col("code") == CATEGORIES.index("matched")
    at = counterpart_positions(entries.height, "pe", "pl", lines.height)
    code = categories(at, lines.height, "ledger_only", ((differs["pe"], "amount_differs"),
                                                         (wrong_account["pe"], "account_differs")))
    ledger_out = pl.DataFrame({"at": at, "code": code}).select(
        pl.lit(entry_ids).alias("entry_id"), pl.lit(pl.Series(CATEGORIES)).gather(pl.col("code")).alias("category"),
        pl.when(matched).then(pl.lit(entry_ids)).alias("group_id"),
        ids_at(line_ids).alias("counterpart_line_id"), pl.lit(entries["amount_fen"]).alias("amount_fen"))

    at = counterpart_positions(lines.height, "pl", "pe", entries.height)
    code = categories(at, entries.height, "bank_only",
                      ((differs["pl"], "amount_differs"), (wrong_account["pl"], "account_differs"),
                       (duplicate.arg_true(), "duplicate")))
    twin = pl.Series("twin", [], pl.UInt32).extend_constant(lines.height, lines.height).scatter(
        twins["pl"], twins["twin"])
    bank_out = pl.DataFrame({"at": at, "code": code, "twin": twin}).with_columns(
        ids_at(entry_ids).alias("counterpart"),
        ids_at(line_ids, "twin").alias("twin_line_id")).select(
        pl.lit(line_ids).alias("line_id"), pl.lit(pl.Series(CATEGORIES)).gather(pl.col("code")).alias("category"),
        # A matched line's group is its entry's id, which is its counterpart (one entry per group).
        pl.when(matched).then(pl.col("counterpart")).alias("group_id"),
        pl.col("counterpart").alias("counterpart_entry_id"), pl.lit(lines["amount_fen"]).alias("amount_fen"),
        "twin_line_id")
    return MatchResult(pairs=pairs, ledger=ledger_out, bank=bank_out)


_REASONS = ("reference", "account_amount", "amount", "account")


def candidates(ledger: pl.DataFrame, bank: pl.DataFrame, side: str, item_id: int, *, limit: int = 20) -> pl.DataFrame:
    """The other side's rows most likely to belong with one item, for matching by hand, best first:
    same reference (either direction), then same account and amount, then same amount, then same account
    (those three in the item's direction), each nearest in time first, then lowest id. Rows related in none
    of these ways are left out. Columns: the other side's own columns, then reason (one of
    "reference", "account_amount", "amount", "account") and seconds_apart (absolute, whole seconds)."""
    if side not in ("ledger", "bank"):
        raise ValueError(f"side must be 'ledger' or 'bank', not {side!r}")
    entries, lines = _prepared(ledger, LEDGER_COLUMNS, "ledger"), _prepared(bank, BANK_COLUMNS, "bank")
    if side == "ledger":
        mine, theirs, my_id, their_id = entries, lines, "entry_id", "line_id"
    else:
        mine, theirs, my_id, their_id = lines, entries, "line_id", "entry_id"
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
