"""``python -m factx``: the same command as the ``factx`` script.

Signals are routed first, before the command line's modules load, so that Ctrl-C or SIGTERM
while they load also ends in one line and exit 130 or 143 (only the interpreter's own
start-up, before this module runs, is left to Python's defaults).
"""

import sys


def main() -> None:
    """Entry point of ``python -m factx`` and of the ``factx`` script."""
    from factx import interrupt

    interrupt.install()
    try:
        from factx.cli import main as run
    except interrupt.Interrupted as stop:
        sys.stderr.write(f"factx: {stop.message}\n")
        sys.exit(stop.status)
    run()


if __name__ == "__main__":
    main()
