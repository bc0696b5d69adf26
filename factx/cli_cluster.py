"""The command line's side of ``--scheduler`` (a Dask cluster, ``factx.distributed``) and of
``--format parquet`` (a folder of Parquet files, ``factx.parquet``).

``factx.cli`` calls ``discover`` and ``run`` in place of ``reading.discover`` and
``batch.run``; without ``--scheduler`` they are exactly those. Nothing here imports Dask
or pyarrow until an option asks for it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import click

from factx import batch
from factx.errors import FactxError, OutputError
from factx.model import Fact
from factx.reading import InputError, Source, display
from factx.reading import discover as discover_paths

#: The folder output format, beside the text writers.
PARQUET = "parquet"


def _fail(message: str) -> None:
    """One line on stderr and the usage exit status."""
    click.echo(f"factx: error: {message}", err=True)
    raise click.exceptions.Exit(2)


def _check_scheduler(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from factx import distributed

    try:
        distributed.parse_scheduler(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None
    try:
        distributed.require()
    except distributed.MissingDask:
        _fail(f"--scheduler needs Dask, which is not installed; install it with: {distributed.INSTALL}")
    return value


SCHEDULER_OPTION = click.option(
    "--scheduler", metavar="ADDRESS", callback=_check_scheduler,
    help="Run on a Dask cluster: its scheduler's address (tcp://host:8786), or local[:N] for "
    "N worker processes on this machine (default 2). Inputs may then be fsspec URLs "
    '(s3://…, file://…). Needs pip install "factx[dask]"; -j is ignored.',
)


def discover(
    paths: Sequence[str], globs: Sequence[str], scheduler: str | None
) -> tuple[list[Source], list[InputError]]:
    """The inputs to read: ``reading.discover``, or with a scheduler also fsspec URLs."""
    if scheduler is not None:
        from factx import distributed

        return distributed.discover(paths, globs)
    if any("://" in p for p in paths):  # (every URL holds one: factx.remote loads only then)
        from factx.remote import is_url

        url = next((p for p in paths if is_url(p)), None)
        if url is not None:
            _fail(f"URLs are read by Dask workers; add --scheduler ADDRESS or local ({display(url)})")
    return discover_paths(paths, globs)


def run(
    sources: Sequence[Source], options: batch.Options, jobs: int, scheduler: str | None
) -> Iterator[batch.Doc]:
    """``batch.run``, or the same on the Dask cluster of ``scheduler`` (started and closed
    for ``local[:N]``); close the iterator to cancel what is left."""
    if scheduler is None:
        return batch.run(sources, options, jobs)
    return _on_cluster(sources, options, scheduler)


def _on_cluster(sources: Sequence[Source], options: batch.Options, scheduler: str) -> Iterator[batch.Doc]:
    import logging

    from factx import distributed

    # A LocalCluster's own messages (a worker restarted, ...) would mix with factx's lines,
    # and a terminal's Ctrl-C is for this process only.
    with distributed.connect(scheduler, keep_ctrl_c=True, silence_logs=logging.CRITICAL) as client:
        yield from distributed.run(sources, options, client)


# --- --format parquet -------------------------------------------------------------------


def write_parquet(
    output: str | None, sources: list[Source], process: Callable[[Callable[[Fact], object]], Any]
) -> Any:
    """Write a folder of Parquet files at ``output`` from ``process(write)``, which hands each
    fact to ``write`` and returns the exit status. The files go to a temporary folder beside
    ``output`` that takes its place only if ``process`` ends without an exception and read
    something; an existing ``output`` must be empty or an earlier Parquet output."""
    from factx import parquet

    if output in (None, "-"):
        _fail("--format parquet writes a folder of files: give it with -o DIR")
    try:
        parquet.require()
    except FactxError as err:
        _fail(str(err))
    assert output is not None
    target = os.path.normpath(output)
    _check_folder(target, sources)
    import tempfile

    parent, name = os.path.split(os.path.abspath(target))
    try:
        tmp = tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=parent)
    except OSError as err:
        raise _output_error(f"cannot write: {(err.strerror or '').lower()}", output) from err
    try:
        writer = parquet.ParquetWriter(tmp)
        writer.start()
        status = process(writer.write)
        writer.finish()
        from factx.cli import ExitStatus

        if status != ExitStatus.ERROR:  # nothing was read: leave nothing behind
            os.chmod(tmp, 0o777 & ~_umask())
            _swap(tmp, target)
        return status
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _output_error(what: str, where: str) -> OutputError:
    return OutputError(what, display(where))


def _is_parquet_output(folder: str) -> bool:
    names = os.listdir(folder)
    return all(n.endswith(".parquet") or n in ("_metadata", "_common_metadata") for n in names)


def _check_folder(target: str, sources: list[Source]) -> None:
    parent = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(parent):
        raise _output_error("cannot write: no such folder", target)
    if not os.path.lexists(target):
        return
    if not os.path.isdir(target):
        raise _output_error("cannot write: not a folder (--format parquet writes a folder)", target)
    if not _is_parquet_output(target):
        raise _output_error("cannot write: folder holds files other than Parquet parts", target)
    real = os.path.realpath(target) + os.sep
    if any(s.path != "-" and os.path.realpath(s.path).startswith(real) for s in sources):
        raise _output_error("output is also an input; refusing to overwrite it", target)


def _swap(tmp: str, target: str) -> None:
    """Put the folder ``tmp`` at ``target``, removing an earlier output there."""
    if not os.path.lexists(target):
        os.rename(tmp, target)
        return
    old = tmp[: -len(".tmp")] + ".old"
    os.rename(target, old)
    try:
        os.rename(tmp, target)
    except OSError:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
