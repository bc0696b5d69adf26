"""Facts as Parquet (``pip install "factx[parquet]"``, pyarrow): one schema, a streaming
writer that cuts a folder into ``part.NNNNN.parquet`` files, and a pandas frame maker.

Columns follow ``factx.FIELDS``. Offsets are int64, the numbers of ``value_max``,
``si_value`` and ``si_value_max`` float64, every other column a string. ``value`` is a
string too, because it holds numbers on quantity, money and percent rows and a date on
date rows: it is written as CSV writes it (``85000``, ``98.86``, ``2023``), so nothing is
lost; cast it by ``type`` when reading.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from factx.model import FIELDS, Fact

#: What to install for this module.
INSTALL = 'pip install "factx[parquet]"'
#: Columns that are not strings.
INTS = ("start", "end", "subject_start", "subject_end")
FLOATS = ("value_max", "si_value", "si_value_max")
#: Rows per row group, and per file of a folder written by ``ParquetWriter``.
GROUP_ROWS = 65_536
FILE_ROWS = 1_000_000


def part_name(number: int) -> str:
    """The file name of partition ``number`` (zero-padded, so names sort in order)."""
    return f"part.{number:05d}.parquet"


def require() -> None:
    """Raise ``FactxError`` naming the extra to install, unless pyarrow imports."""
    from factx.errors import FactxError

    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise FactxError(f"Parquet needs pyarrow, which is not installed; install it with: {INSTALL}") from None


def schema() -> Any:
    """The ``pyarrow.Schema`` of fact rows."""
    import pyarrow as pa

    def kind(name: str) -> Any:
        return pa.int64() if name in INTS else pa.float64() if name in FLOATS else pa.string()

    return pa.schema([(name, kind(name)) for name in FIELDS])


def cell(name: str, value: Any) -> Any:
    """A field's value as its column stores it."""
    if value is None:
        return None
    if name in FLOATS:
        return float(value)
    if name in INTS:
        return int(value)
    return value if isinstance(value, str) else str(value)


def table(rows: Iterable[Mapping[str, Any]]) -> Any:
    """A ``pyarrow.Table`` of fact dicts (``Fact.to_dict()``)."""
    import pyarrow as pa

    columns: dict[str, list] = {name: [] for name in FIELDS}
    for row in rows:
        for name in FIELDS:
            columns[name].append(cell(name, row.get(name)))
    return pa.Table.from_pydict(columns, schema=schema())


def frame(rows: Iterable[Mapping[str, Any]]) -> Any:
    """A pandas DataFrame of fact dicts, with Arrow-backed columns of ``schema()``."""
    import pandas as pd

    return table(rows).to_pandas(types_mapper=pd.ArrowDtype)


class ParquetWriter:
    """Writes facts into ``folder`` as ``part.00000.parquet``, ``part.00001.parquet``, …
    of ``file_rows`` rows each, in row groups of ``group_rows``; used like the text
    writers (``start``, ``write`` each fact, ``finish``). An output with no facts is
    one empty file, so the folder still reads as a table."""

    def __init__(self, folder: str, file_rows: int | None = None, group_rows: int | None = None) -> None:
        self.folder = folder
        self.file_rows = file_rows or FILE_ROWS
        self.group_rows = min(group_rows or GROUP_ROWS, self.file_rows)
        self.files = 0
        self.rows_in_file = 0
        self.buffer: list[dict[str, Any]] = []
        self.current: Any = None

    def start(self) -> None:
        """Nothing comes before the first fact."""

    def write(self, fact: Fact) -> None:
        """Buffer one fact; a full row group goes to disk."""
        self.buffer.append(fact.to_dict())
        if self.rows_in_file + len(self.buffer) >= self.file_rows or len(self.buffer) >= self.group_rows:
            self._flush()

    def _flush(self) -> None:
        import pyarrow.parquet as pq

        if self.current is None:
            path = os.path.join(self.folder, part_name(self.files))
            self.current = pq.ParquetWriter(path, schema())
            self.files += 1
        self.current.write_table(table(self.buffer))
        self.rows_in_file += len(self.buffer)
        self.buffer = []
        if self.rows_in_file >= self.file_rows:
            self.current.close()
            self.current, self.rows_in_file = None, 0

    def finish(self) -> None:
        """Write the last rows and close the last file."""
        if self.buffer or not self.files:
            self._flush()
        if self.current is not None:
            self.current.close()
            self.current = None
