"""``python -m factx``: the same command as the ``factx`` script.

Signals are routed first, before the command line's modules load, so that Ctrl-C or SIGTERM
while they load also ends in one line and exit 130 or 143 (only the interpreter's own
start-up, before this module runs, is left to Python's defaults).
"""

import gc
import sys


def main() -> None:
    """Entry point of ``python -m factx`` and of the ``factx`` script."""
    from factx import interrupt

    interrupt.install()
    # Loading the command makes tens of thousands of objects that live as long as the process
    # (modules, classes, functions): the cyclic collector would scan them some twenty times
    # for nothing (3-5 ms of a one-article run). It is paused while they load, and they are
    # then moved out of its sight (``gc.freeze``), or its next pass would scan them all.
    gc.disable()
    try:
        try:
            from factx.cli import main as run
        finally:
            gc.freeze()
            gc.enable()
        run()  # (it handles the signals itself once its own try is entered)
    except interrupt.Interrupted as stop:  # while loading, or in the moment before ``run`` handles them
        sys.stderr.write(f"factx: {stop.message}\n")
        sys.exit(stop.status)


if __name__ == "__main__":
    main()
