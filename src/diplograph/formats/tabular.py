"""CSV and Parquet: every record as one row of the same columns (a column
that does not apply to a kind of record is empty), written a batch at a
time."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from itertools import islice
from typing import IO, TYPE_CHECKING, Any

from .registry import register
from .source import PROVENANCE, WEB, Source

if TYPE_CHECKING:
    import pyarrow as pa

LISTS = {"source", "target", "participants", "source_sectors", "target_sectors", "participant_sectors"}
LISTS |= {"actors", "rules"}
INTEGERS = {"start_char", "end_char"}
ROW_GROUP = 8192
FLOATS = {"value"}
# The columns in the order the exports had before they were streamed (when
# every record kind was present), then those added since: the fetched
# page's origin and the CAMEO root.
COLUMNS = [
    *("kind", "id", "doc", "type", "mode", "source", "target", "participants"),
    *("source_sectors", "target_sectors", "participant_sectors", "date", "status", "location", "trigger"),
    "rules",
    *PROVENANCE,
    "date_end",
    *("member", "organization", "metric", "actors", "value", "unit", "period", "text"),
    *WEB,
    "cameo",
]


def rows(source: Source) -> Iterator[dict[str, Any]]:
    """Each record with every column; a date range is split into date and date_end."""
    for record in source.records():
        row = dict.fromkeys(COLUMNS)
        row.update(record)
        if isinstance(row["date"], dict):
            row["date_end"] = row["date"]["end"]
            row["date"] = row["date"]["start"]
        yield row


@register("csv", "one row per record; lists joined with ';'", ".csv")
def write_csv(source: Source, out: IO[Any]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for row in rows(source):
        writer.writerow([_cell(row[c]) for c in COLUMNS])
        n += 1
    return n


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join("" if x is None else str(x) for x in value)  # sectors hold nulls
    return value


def schema() -> pa.Schema:
    import pyarrow as pa

    def kind(column: str) -> pa.DataType:
        if column in LISTS:
            return pa.list_(pa.string())
        if column in INTEGERS:
            return pa.int64()
        if column in FLOATS:
            return pa.float64()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in COLUMNS])


@register("parquet", "one row per record, lists as lists (binary: give -o FILE)", ".parquet", binary=True)
def write_parquet(source: Source, out: IO[Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = schema()
    n = 0
    all_rows = rows(source)
    with pq.ParquetWriter(out, columns) as writer:
        # One row group per ROW_GROUP records: memory for that many, and row
        # groups large enough to read well.
        while batch := list(islice(all_rows, ROW_GROUP)):
            writer.write_table(pa.Table.from_pylist(batch, schema=columns), row_group_size=ROW_GROUP)
            n += len(batch)
        if n == 0:
            writer.write_table(columns.empty_table())
    return n
