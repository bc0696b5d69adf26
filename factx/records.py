"""Facts as plain records and as data frames, for notebooks and analysis code.

pandas and polars are imported only when their helper is called; neither is a dependency.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from factx.model import FIELDS, Fact


def to_records(facts: Iterable[Fact], fields: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """One dict per fact, with ``fields`` (default: every field of ``factx.FIELDS``) in
    order; values are str, int, float or None, ready for ``json.dumps``."""
    names = tuple(fields) if fields is not None else FIELDS
    unknown = [name for name in names if name not in FIELDS]
    if unknown:
        raise ValueError(f"unknown fields: {', '.join(unknown)}")
    return [{name: getattr(fact, name) for name in names} for fact in facts]


def to_pandas(facts: Iterable[Fact], fields: Sequence[str] | None = None):
    """A ``pandas.DataFrame`` with one row per fact and one column per field (in order).
    ``value`` holds numbers and date strings, so it is an ``object`` column."""
    try:
        import pandas as pd
    except ImportError as err:
        raise ImportError("to_pandas needs pandas: pip install pandas") from err
    names = list(fields) if fields is not None else list(FIELDS)
    return pd.DataFrame.from_records(to_records(facts, names), columns=names)


#: Numeric fields (everything else but ``value`` is text): integers, and possibly fractional numbers.
INT_FIELDS = frozenset(("start", "end", "subject_start", "subject_end"))
FLOAT_FIELDS = frozenset(("value_max", "si_value", "si_value_max"))


def to_polars(facts: Iterable[Fact], fields: Sequence[str] | None = None):
    """A ``polars.DataFrame`` with one row per fact and one column per field (in order), of
    fixed types: offsets ``Int64``; ``value_max``, ``si_value``, ``si_value_max``
    ``Float64``; every other column ``String`` (``value`` mixes numbers and dates, so it
    holds ``str(value)``)."""
    try:
        import polars as pl
    except ImportError as err:
        raise ImportError("to_polars needs polars: pip install polars") from err
    names = list(fields) if fields is not None else list(FIELDS)
    schema = {
        name: pl.Int64 if name in INT_FIELDS else pl.Float64 if name in FLOAT_FIELDS else pl.String
        for name in names
    }
    records = to_records(facts, names)
    if "value" in schema:
        for record in records:
            if record["value"] is not None:
                record["value"] = str(record["value"])
    return pl.DataFrame(records, schema=schema, orient="row", strict=False)
