"""A psycopg 3 connection that takes the store's SQL as written for both databases.

The store writes `?` placeholders and reads rows by index or by column name (sqlite3.Row);
this adapter turns `?` into psycopg's `%s` and gives rows that behave the same, so sqlite.py
and browse.py need no second copy of their queries. Nothing else about PostgreSQL is here: the
SQL that differs is in dialect.py, the schema that differs in migrations.py.

psycopg (LGPL-3.0) is an optional dependency: `pip install 'newsgraph[postgres]'`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any


class Connection:
    """One autocommit connection; the store opens its own transactions (`BEGIN … COMMIT`)."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as e:  # pragma: no cover - depends on the installed extras
            raise ImportError(
                "PostgreSQL needs the psycopg driver: pip install 'newsgraph[postgres]'"
            ) from e
        self.conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory)

    def execute(self, sql: str, args: Sequence[Any] | None = ()) -> Any:
        """Run one statement with `?` placeholders; the cursor, as sqlite3's execute gives."""
        return self.conn.execute(_placeholders(sql), args)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        cur = self.conn.cursor()
        rows = list(rows)
        if rows:
            cur.executemany(_placeholders(sql), rows)
        return cur

    def script(self, sql: str) -> None:
        """Several statements without arguments (a migration), as one simple query."""
        self.conn.execute(sql.encode(), None)

    def close(self) -> None:
        self.conn.close()


@lru_cache(maxsize=1024)
def _placeholders(sql: str) -> str:
    """`?` → `%s` (a literal `%` doubled). The store's SQL has no `?` inside string literals."""
    return sql.replace("%", "%%").replace("?", "%s")


def _row_factory(cursor: Any) -> Any:
    """psycopg row factory: rows are tuples that also take a column name, like sqlite3.Row."""
    names = tuple(d.name for d in cursor.description or ())
    return _row_class(names)


@lru_cache(maxsize=1024)
def _row_class(names: tuple[str, ...]) -> type[tuple]:
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        index.setdefault(name, i)  # the first of two same-named columns, as sqlite3.Row
    get = tuple.__getitem__

    def getitem(self: tuple, key: Any) -> Any:
        return get(self, index[key]) if isinstance(key, str) else get(self, key)

    def keys(self: tuple) -> list[str]:
        return list(names)

    return type("Row", (tuple,), {"__slots__": (), "__getitem__": getitem, "keys": keys})
