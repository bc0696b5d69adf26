"""``python -m factx``: the same command as the ``factx`` script."""

from factx.cli import main

if __name__ == "__main__":
    main()
