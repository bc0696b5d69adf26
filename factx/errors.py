"""Exceptions the library raises."""


class FactxError(Exception):
    """Base class of every error factx raises on purpose."""
