"""Ctrl-C (SIGINT) and SIGTERM for the command line: at any moment, one clean ending.

``install()`` makes both signals raise ``Interrupted`` in the main thread, once: a second
signal while the first is being cleaned up after is only recorded, so the clean-up (ending
the workers, removing the temporary output file) runs to its end. ``check()`` raises again
if a signal came but its exception was swallowed (Python ignores exceptions raised in
``__del__`` and weakref callbacks). ``deferred()`` holds both signals back (blocked) for a
moment that must not be cut in two, such as starting worker processes, which then begin
with the signals blocked. ``settle()`` marks the point after which the run counts as
finished (the output is in place): a signal after it is recorded and otherwise ignored.

The library never imports this module; only the command line and its batch runner do.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

#: The signals that end a run: SIGINT (Ctrl-C, exit 130) and SIGTERM (exit 143).
SIGNALS = (signal.SIGINT, signal.SIGTERM)

_received: int | None = None
_settled = False


class Interrupted(BaseException):  # noqa: N818 - it is not an error
    """A signal asked the run to end. A ``BaseException`` but no ``KeyboardInterrupt``, so
    that nothing catching ``Exception`` swallows it and click does not print "Aborted!"."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def status(self) -> int:
        """The exit status: 128 + the signal number (130 for SIGINT, 143 for SIGTERM)."""
        return 128 + self.signum

    @property
    def message(self) -> str:
        return "interrupted" if self.signum == signal.SIGINT else "terminated"


def _handler(signum: int, frame: object) -> None:
    global _received
    if _received is not None or _settled:
        _received = _received or signum
        return
    _received = signum
    raise Interrupted(signum)


def install() -> None:
    """Route SIGINT and SIGTERM to ``Interrupted`` (call in the main thread, first thing)."""
    for signum in SIGNALS:
        signal.signal(signum, _handler)


def received() -> Interrupted | None:
    """The interruption, if a signal came before ``settle()``."""
    return Interrupted(_received) if _received is not None and not _settled else None


def check() -> None:
    """Raise ``Interrupted`` if a signal came (its first exception may have been lost)."""
    interrupted = received()
    if interrupted is not None:
        raise interrupted


def settle() -> None:
    """From now on the run is finished: signals no longer interrupt it."""
    global _settled
    _settled = True


def reset() -> None:
    """Forget any signal received (for tests that run the command in process)."""
    global _received, _settled
    _received, _settled = None, False


@contextmanager
def deferred() -> Iterator[None]:
    """SIGINT and SIGTERM blocked within the block, delivered when it ends. Threads and
    processes started within it begin with them blocked."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:  # not POSIX: nothing to hold back with
        yield
        return
    old = mask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, old)
