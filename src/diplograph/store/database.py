"""Connection to the embedded DuckDB store: open, migrate, write in bulk."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from ..kb.loader import KnowledgeBase
from ..records import DocumentResult, IngestError
from . import schema
from .errors import StoreError, damaged, locked, refusal
from .schema import COLUMNS, LATEST, MIGRATIONS
from .writes import base_memory_mb, failures, write_memory

if TYPE_CHECKING:
    import pandas as pd  # imported where used: an ingest never needs it


def _default_memory_mb() -> int:
    """DuckDB's default memory limit: 80% of physical memory."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return 4096
    return max(256, int(total * 0.8) // 2**20)


def fts_extension() -> str | None:
    """Path of the full-text-search extension shipped in duckdb-extension-fts
    (INSTALL fts would need the network)."""
    try:
        import duckdb_extension_fts
    except ImportError:
        return None
    base = Path(duckdb_extension_fts.__path__[0])
    found = sorted(base.rglob("fts.duckdb_extension"))
    return str(found[-1]) if found else None


# Never fetch or load an extension on DuckDB's own initiative: given a SQLite
# or Postgres file it would download a scanner from the network and open the
# file as a foreign database. The one extension used (fts) is loaded by path.
NO_AUTOLOAD: dict[str, Any] = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
# Bytes 8-12 of every DuckDB database file.
DUCKDB_MAGIC = b"DUCK"
_OTHER_FORMATS = ((b"SQLite format 3\x00", "a SQLite database"), (b"PAR1", "a Parquet file"))


def not_duckdb(path: str) -> str | None:
    """Why an existing file is not a DuckDB database, or None if it may be one
    (or is not there yet, or is empty, which DuckDB judges itself)."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return None
    if not head or head[8:12] == DUCKDB_MAGIC:
        return None
    what = next((name for magic, name in _OTHER_FORMATS if head.startswith(magic)), None)
    return f"{path} is not a DuckDB database" + (f" (it is {what})" if what else "")


# A writer waits this long for a process that has the file open for a
# moment (`diplograph serve` copying it) before giving up.
WRITER_WAIT_S = 10.0


class Store:
    def __init__(self, path: str | os.PathLike[str] = ":memory:", read_only: bool = False):
        self.path = os.fspath(path)
        self.read_only = read_only
        self.con = self._connect()
        try:
            self._setup()
        except BaseException as exc:
            self.con.close()
            if isinstance(exc, duckdb.Error):
                raise refusal(self.path, exc, read_only) from exc
            raise

    def _connect(self) -> duckdb.DuckDBPyConnection:
        if self.read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (run `diplograph ingest` first)")
        if self.path != ":memory:" and (why := not_duckdb(self.path)):
            raise StoreError(why)
        deadline = time.monotonic() + (0.0 if self.read_only else WRITER_WAIT_S)
        while True:
            try:
                return duckdb.connect(
                    self.path, read_only=self.read_only and self.path != ":memory:", config=NO_AUTOLOAD
                )
            except duckdb.Error as exc:
                if not (locked(exc) and time.monotonic() < deadline):
                    raise refusal(self.path, exc, self.read_only) from exc
                time.sleep(0.1)

    def _setup(self) -> None:
        self.con.execute("SET enable_progress_bar = false")
        if not self.read_only:
            # An ingest's memory should not grow with the store: DuckDB's own
            # default is most of the machine's memory.
            self.con.execute(f"SET memory_limit = '{base_memory_mb()}MB'")
            # The ingest's cores belong to the parsing workers.
            self.con.execute("SET threads = 1")
            # Write appended data out often, so that it leaves memory.
            self.con.execute("SET checkpoint_threshold = '4MB'")
        ext = fts_extension()
        self.fts = False
        if ext:
            with contextlib.suppress(duckdb.Error):
                self.con.execute(f"LOAD '{ext}'")
                self.fts = True
        if not self.read_only:
            self.migrate()
        else:
            self._check_version()

    def cursor(self) -> Store:
        """Another connection to the same open database, for use in another
        thread (one DuckDB connection must not run two queries at once)."""
        other = copy.copy(self)
        other.con = self.con.cursor()
        other.con.execute("SET enable_progress_bar = false")
        return other

    # -- reads ---------------------------------------------------------
    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of a query; a damaged file is a StoreDamaged error."""
        with self._reading():
            return self.con.execute(sql, list(params)).fetchall()

    def frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        with self._reading():
            return self.con.execute(sql, list(params)).df()

    def stream(
        self, sql: str, params: Sequence[Any] = (), batch: int = 1024
    ) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
        """A query's column names and rows, `batch` rows at a time, fetched
        as they are used (an export's memory does not grow with the store).
        It runs on its own cursor, so other queries may run between batches;
        a damaged file is a StoreDamaged error."""
        cursor = self.con.cursor()
        try:
            with self._reading():
                cursor.execute(sql, list(params))
            names = [d[0] for d in cursor.description or []]
            while True:
                with self._reading():
                    rows = cursor.fetchmany(batch)
                if not rows:
                    return
                yield names, rows
        finally:
            cursor.close()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except duckdb.Error as exc:
            if (bad := damaged(self.path, exc)) is not None:
                raise bad from exc
            raise

    # -- schema --------------------------------------------------------
    def version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    def _check_version(self) -> None:
        v = self.version()
        if v > LATEST:
            raise StoreError(f"{self.path} has schema version {v}, newer than this diplograph ({LATEST})")
        if self.read_only and v < LATEST:
            raise StoreError(
                f"{self.path} was written by an older diplograph (schema {v}, now {LATEST}); "
                "run `diplograph ingest` on it once to bring it up to date"
            )

    def lift_write_limits(self) -> None:
        """DuckDB's own memory and thread defaults, for whole-store work after
        the parsing workers have gone (merging events, the full-text index):
        on a large store that work needs more than the streaming cap."""
        if not self.read_only:
            # An explicit value: `RESET memory_limit` reports the default but
            # leaves the buffer pool at the old cap (DuckDB 1.5).
            self.con.execute(f"SET memory_limit = '{_default_memory_mb()}MB'")
            self.con.execute("RESET threads")

    def migrate(self) -> None:
        self._check_version()
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR)"
        )
        current = self.version()
        for version, name, statements in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for sql in statements:
                    self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [version, name])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            # After a fatal error (a full disk) DuckDB has rolled back itself
            # and refuses the ROLLBACK: the first error is the one to report.
            with contextlib.suppress(duckdb.Error):
                self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- writes --------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row is not None

    def write_actors(self, kb: KnowledgeBase) -> None:
        rows = [dataclasses.astuple(a) for a in kb.actors()]
        table = pa.table(
            {k: [r[i] for r in rows] for i, k in enumerate(["code", "kind", "name", "qid", "parent"])}
        )
        self.con.register("_actors", table)
        self.con.execute("INSERT OR REPLACE INTO actors SELECT * FROM _actors")
        self.con.unregister("_actors")

    def stored_ids(self, doc_ids: Sequence[str]) -> set[str]:
        """Which of these documents the store already holds."""
        if not doc_ids:
            return set()
        self.con.register("_ids", pa.table({"doc_id": list(doc_ids)}))
        try:
            rows = self.con.execute("SELECT doc_id FROM documents JOIN _ids USING (doc_id)").fetchall()
        finally:
            self.con.unregister("_ids")
        return {r[0] for r in rows}

    def write_results(self, results: Sequence[DocumentResult]) -> None:
        """Store documents and everything found in them, all or nothing.
        Documents already stored (the same text under another name) are left
        as they are, records and all. Raises WriteFailed if these documents
        cannot be stored but others may be, StoreError if the store cannot
        be written at all (a full disk)."""
        present = self.stored_ids([r.document.doc_id for r in results])
        fresh: dict[str, DocumentResult] = {}
        for r in results:
            if r.document.doc_id not in present:
                fresh.setdefault(r.document.doc_id, r)
        rows = schema.rows(list(fresh.values()))
        size = sum(len(r.document.text.encode("utf-8", "surrogatepass")) for r in fresh.values())
        with write_memory(self.con, size), failures(self.con), self.transaction():
            for table, data in rows.items():
                self._insert(table, data)

    # -- the ingest's unfinished mark (see schema migration 6) ----------
    def mark_unfinished(self) -> None:
        self.con.execute("INSERT OR REPLACE INTO ingest_state VALUES ('unfinished', 'yes')")

    def mark_finished(self) -> None:
        self.con.execute("DELETE FROM ingest_state WHERE key = 'unfinished'")

    def unfinished(self) -> bool:
        """Whether an ingest stored documents but did not finish rebuilding
        the merged events and the search index (it was killed, say)."""
        if self.version() < 6:
            return False
        row = self.con.execute("SELECT 1 FROM ingest_state WHERE key = 'unfinished'").fetchone()
        return row is not None

    def import_parts(self, parts: dict[str, str], only: Sequence[str] | None = None) -> int:
        """Store one shard's Parquet parts (or, with `only`, those of these
        documents) in one transaction, leaving out documents the store
        already holds; returns how many were new. Raises as write_results."""
        if "documents" not in parts:
            return 0
        chosen = "(?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], doc_id))"
        row = self.con.execute(
            f"SELECT coalesce(sum(strlen(text)), 0) FROM read_parquet(?) WHERE {chosen}",
            [parts["documents"], only, only],
        ).fetchone()
        with write_memory(self.con, int(row[0]) if row else 0), failures(self.con), self.transaction():
            self.con.execute(
                "CREATE TEMP TABLE _fresh AS SELECT doc_id FROM read_parquet(?) "
                f"WHERE doc_id NOT IN (SELECT doc_id FROM documents) AND {chosen}",
                [parts["documents"], only, only],
            )
            try:
                row = self.con.execute("SELECT count(*) FROM _fresh").fetchone()
                for table in COLUMNS:
                    if table in parts:
                        cols = ", ".join(COLUMNS[table])
                        self.con.execute(
                            f"INSERT INTO {table} ({cols}) SELECT {cols} FROM read_parquet(?) "
                            "WHERE doc_id IN (SELECT doc_id FROM _fresh)",
                            [parts[table]],
                        )
            finally:
                with contextlib.suppress(duckdb.Error):  # a failed write has rolled back already
                    self.con.execute("DROP TABLE _fresh")
        return int(row[0]) if row else 0

    def _insert(self, table: str, data: list[tuple[Any, ...]]) -> None:
        if not data:
            return
        cols = COLUMNS[table]
        schema = self.con.execute(f"SELECT * FROM {table} LIMIT 0").arrow().schema
        arrow = pa.table(
            {c: pa.array([row[i] for row in data], type=schema.field(c).type) for i, c in enumerate(cols)}
        )
        name = f"_new_{table}"
        self.con.register(name, arrow)
        verb = "INSERT OR IGNORE" if table == "documents" else "INSERT"
        try:
            self.con.execute(f"{verb} INTO {table} ({', '.join(cols)}) SELECT * FROM {name}")
        finally:
            self.con.unregister(name)

    def write_errors(self, errors: Sequence[IngestError]) -> None:
        if errors:
            self._insert_errors([(e.path, e.reason) for e in errors])

    def _insert_errors(self, rows: list[tuple[str, str]]) -> None:
        table = pa.table({"path": [r[0] for r in rows], "reason": [r[1] for r in rows]})
        self.con.register("_errors", table)
        try:
            self.con.execute("INSERT OR IGNORE INTO ingest_errors SELECT * FROM _errors")
        finally:
            self.con.unregister("_errors")

    def replace_event_groups(self, groups: dict[str, str]) -> None:
        """Store a fresh grouping of event mentions (recomputed whole after each
        ingest, so that it never depends on the order documents arrived in)."""
        table = pa.table({"event_id": list(groups), "merged_id": list(groups.values())})
        with self.transaction():
            self.con.execute("DELETE FROM event_groups")
            if groups:
                self.con.register("_groups", table)
                try:
                    self.con.execute("INSERT INTO event_groups SELECT * FROM _groups")
                finally:
                    self.con.unregister("_groups")

    def rebuild_search_index(self) -> None:
        if self.fts:
            self.con.execute("PRAGMA create_fts_index('sentences', 'sent_id', 'text', overwrite=1)")
            # The postings again, sorted by term, so that a query reads only
            # its terms' blocks (the extension stores them by document).
            self.con.execute(
                "CREATE TABLE fts_main_sentences.postings AS SELECT termid, docid "
                "FROM fts_main_sentences.terms ORDER BY termid, docid"
            )

    def close(self) -> None:
        """Close, merging the write-ahead log into the file first. DuckDB's
        own merge on close fails silently (a full disk leaves the log, and
        the run would look done), so it is done here, where it can fail
        loudly; the log keeps every committed write either way."""
        try:
            if not self.read_only and self.path != ":memory:":
                self.con.execute("CHECKPOINT")
        finally:
            self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            # The error in flight is the one to report, not the merge's.
            with contextlib.suppress(duckdb.Error):
                self.close()
