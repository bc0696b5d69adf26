"""Preloaded into the worker processes of a LocalCluster that factx starts (``local[:N]``),
so that a worker the nanny starts again after a crash also leaves Ctrl-C to the command
(see ``factx.distributed.connect``)."""

from __future__ import annotations

import signal
from contextlib import suppress
from typing import Any


def dask_setup(worker: Any) -> None:
    """Called by Dask when the worker starts."""
    with suppress(ValueError):  # not the main thread: leave it
        signal.signal(signal.SIGINT, signal.SIG_IGN)
