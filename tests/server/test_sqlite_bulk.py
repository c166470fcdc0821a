"""Many rows written on SQLite in statements of ROWS_PER_STATEMENT rows (server/db/sqlite_bulk.py): every row lands
with its own values, whether the count fills whole statements, leaves a remainder, or is smaller than one."""

import sqlite3

import pytest

from server.db import sqlite_bulk

PER = sqlite_bulk.ROWS_PER_STATEMENT


def _table(path):
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, amount BIGINT, note TEXT)")
    connection.execute("CREATE INDEX ix_t_name ON t (name)")
    return connection


def _names(count: int) -> list:
    # Texts SQL would have to quote, a NULL and an empty text among them: values are bound, never written into SQL.
    samples = ["a'b", "", None, "中文，全角", "x\ny", "NULL"]
    return [f"n{i}" if i % 7 else samples[(i // 7) % len(samples)] for i in range(count)]


@pytest.mark.parametrize("count", [0, 1, PER - 1, PER, PER + 1, 2 * PER + 37])
def test_every_row_goes_in_and_is_updated_by_its_key(tmp_path, count):
    connection = _table(tmp_path / "bulk.db")
    ids = list(range(1, count + 1))
    names = _names(count)
    amounts = [i * 100 - 7 for i in ids]
    connection.execute("BEGIN IMMEDIATE")
    sqlite_bulk.insert_rows(connection, "t", ("id", "name", "amount"), [ids, names, amounts])
    connection.execute("COMMIT")
    assert connection.execute("SELECT id, name, amount, note FROM t ORDER BY id").fetchall() == [
        (i, n, a, None) for i, n, a in zip(ids, names, amounts)]

    # Every third row changes; the others keep what they hold.
    changed = ids[::3]
    connection.execute("BEGIN IMMEDIATE")
    sqlite_bulk.update_rows(connection, "t", "id", ("amount", "note"),
                            [changed, [-i for i in changed], [f"note {i}" for i in changed]])
    connection.execute("COMMIT")
    expected = [(i, n, -i if i in changed else a, f"note {i}" if i in changed else None)
                for i, n, a in zip(ids, names, amounts)]
    assert connection.execute("SELECT id, name, amount, note FROM t ORDER BY id").fetchall() == expected
    # The index agrees with the rows.
    indexed = connection.execute("SELECT count(*) FROM t INDEXED BY ix_t_name WHERE name = 'n1'").fetchone()[0]
    assert indexed == (1 if count > 1 else 0)


def test_the_page_cache_is_given_back(tmp_path):
    connection = _table(tmp_path / "bulk.db")
    before = connection.execute("PRAGMA cache_size").fetchone()[0]
    sqlite_bulk.insert_rows(connection, "t", ("id", "name"), [list(range(1, 2 * PER + 2)), ["x"] * (2 * PER + 1)])
    assert connection.execute("PRAGMA cache_size").fetchone()[0] == before


def test_a_failing_row_leaves_the_callers_transaction_to_roll_back(tmp_path):
    connection = _table(tmp_path / "bulk.db")
    connection.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.IntegrityError):
        # The second statement repeats id 5: the first statement's rows are in the transaction, not committed.
        sqlite_bulk.insert_rows(connection, "t", ("id", "name"), [list(range(1, PER + 1)) + [5], ["x"] * (PER + 1)])
    connection.execute("ROLLBACK")
    assert connection.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    assert connection.execute("PRAGMA cache_size").fetchone()[0] == -2000


@pytest.mark.parametrize("count", [1, PER - 1, PER, 2 * PER + 37])
def test_values_the_same_in_every_row_are_bound_once_a_statement_and_land_in_each(tmp_path, count):
    connection = _table(tmp_path / "bulk.db")
    ids = list(range(1, count + 1))
    names = _names(count)
    connection.execute("BEGIN IMMEDIATE")
    # Named out of the table's order, after the rows' own columns: each value must reach its own column.
    sqlite_bulk.insert_rows(connection, "t", ("name", "id"), [names, ids], same={"note": "it's 中文", "amount": -42})
    connection.execute("COMMIT")
    assert connection.execute("SELECT id, name, amount, note FROM t ORDER BY id").fetchall() == [
        (i, n, -42, "it's 中文") for i, n in zip(ids, names)]
    assert connection.execute("PRAGMA cache_size").fetchone()[0] == -2000
