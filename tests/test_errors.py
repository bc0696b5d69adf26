"""Every exception class lives in factx/errors.py, in one hierarchy under FactxError."""

from __future__ import annotations

import re
from pathlib import Path

import factx
from factx import errors

PACKAGE = Path(factx.__file__).resolve().parent


def test_the_hierarchy():
    assert issubclass(errors.InputError, errors.FactxError)
    assert issubclass(errors.OutputError, errors.FactxError)
    assert not issubclass(errors.OutputError, errors.InputError)  # an output problem is no skipped input
    assert issubclass(errors.MissingDask, errors.FactxError)
    assert factx.FactxError is errors.FactxError


def test_old_import_paths_still_work():
    from factx import cli, distributed, reading

    assert reading.InputError is errors.InputError
    assert cli.OutputError is errors.OutputError
    assert distributed.MissingDask is errors.MissingDask


def test_messages_name_what_and_where():
    assert str(errors.InputError("binary file", "a.txt")) == "binary file (a.txt)"
    assert str(errors.OutputError("cannot write: is a folder", "out")) == "cannot write: is a folder (out)"
    assert str(errors.InputError("cut short")) == "cut short"
    err = errors.InputError("changed while it was read", "big.txt", partial=True)
    assert (err.what, err.where, err.partial) == ("changed while it was read", "big.txt", True)
    assert str(errors.MissingDask()) == 'Dask is not installed; install it with: pip install "factx[dask]"'


def test_no_module_but_errors_defines_an_exception():
    pattern = re.compile(r"^class (\w+)\((\w*(Error|Exception|Dask)\w*)\)", re.M)
    elsewhere = {
        f"{path.relative_to(PACKAGE)}: {m.group(1)}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "errors.py"
        for m in pattern.finditer(path.read_text(encoding="utf-8"))
    }
    # Interrupted is no error but a signal's way out (a BaseException, as KeyboardInterrupt is)
    assert elsewhere == {"interrupt.py: Interrupted"}
