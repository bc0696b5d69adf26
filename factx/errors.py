"""Every exception factx raises on purpose, in one place.

::

    FactxError             the base: a problem factx can name (bad argument, missing extra, ...)
    ├── InputError         an input that cannot be read (``what``, ``where``, ``partial``)
    ├── OutputError        an output that cannot be written (``what``, ``where``)
    └── MissingDask        Dask or fsspec is not installed

The command line prints a ``FactxError`` as one line; anything else that escapes is a bug,
printed as one line too unless ``--traceback`` (or ``FACTX_DEBUG=1``) asks for the traceback.
"""

from __future__ import annotations

#: What to install for Dask, fsspec and the cluster options.
DASK_INSTALL = 'pip install "factx[dask]"'


class FactxError(Exception):
    """Base class of every error factx raises on purpose."""


class _Located(FactxError):
    """An error about one named thing: ``what`` went wrong, ``where`` (a printable path)."""

    def __init__(self, what: str, where: str | None = None) -> None:
        super().__init__(what, where)
        self.what = what
        self.where = where

    def __str__(self) -> str:
        return f"{self.what} ({self.where})" if self.where else self.what


class InputError(_Located):
    """An input that cannot be read: ``what`` went wrong, ``where`` (a printable path).

    ``partial``: the input was read in part, and the facts of that part were handed out
    already (a large input that changed or went bad after its first part)."""

    def __init__(self, what: str, where: str | None = None, partial: bool = False) -> None:
        super().__init__(what, where)
        self.partial = partial


class OutputError(_Located):
    """An output that cannot be written (not an input problem: the run stops)."""


class MissingDask(FactxError):
    """Dask (or fsspec) is not installed; the message says what to install."""

    def __init__(self, what: str = "Dask is not installed") -> None:
        super().__init__(f"{what}; install it with: {DASK_INSTALL}")
