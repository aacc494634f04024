"""DataFrames as plain JSON-ready rows, shared by the CLI and the HTTP API
(which must not depend on each other)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


def plain(value: Any) -> Any:
    """A cell as JSON can hold it: NaN and NaT as None, arrays as lists."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, float) and math.isnan(value):
        return None
    if type(value).__name__ == "NaTType":  # pandas' missing time, without importing pandas
        return None
    return value


def row(record: dict[Any, Any]) -> dict[str, Any]:
    return {str(k): plain(v) for k, v in record.items()}


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [row(r) for r in frame.to_dict("records")]


def frame(rows: Any, columns: list[str]) -> pd.DataFrame:
    """Rows as a DataFrame with these columns (pandas is imported where
    used: an ingest never needs it)."""
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)
