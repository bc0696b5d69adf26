"""Inputs named by fsspec URLs (``s3://…``, ``gcs://…``, ``file://…``): listing them like
folders, and reading one as text by the rules of local files. Used by factx.distributed,
whose workers read the bytes; needs fsspec and the filesystem's package (s3fs, gcsfs, …).
"""

from __future__ import annotations

import glob as _glob
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import fnmatch
from typing import Any

from factx.errors import DASK_INSTALL, FactxError
from factx.reading import InputError, Source, decode
from factx.reading import discover as discover_paths

#: What to install for fsspec.
INSTALL = DASK_INSTALL


def is_url(path: str) -> bool:
    """Whether ``path`` is an fsspec URL (``protocol://…``) rather than a file path."""
    protocol, sep, _ = path.partition("://")
    return bool(sep) and protocol.replace("+", "").replace("-", "").replace(".", "").isalnum()


def discover(
    paths: Iterable[str], globs: Sequence[str] = ("*.txt",)
) -> tuple[list[Source], list[InputError]]:
    """Like ``reading.discover``, where a path may also be an fsspec URL: a file, a folder
    (every ``globs`` file under it, hidden entries skipped, sorted) or a glob pattern
    (``s3://bucket/news/**/*.txt``). The ``doc`` of a URL input is its URL."""
    sources: list[Source] = []
    problems: list[InputError] = []
    seen: set[str] = set()
    local: list[str] = []

    def flush() -> None:
        found, failed = discover_paths(local, globs)
        sources.extend(_unseen(found, seen, lambda s: s.doc))
        problems.extend(failed)
        local.clear()

    for path in paths:
        if not is_url(path):
            local.append(path)
            continue
        flush()
        found, failed = _discover_url(path, globs)
        sources.extend(_unseen(found, seen, lambda s: s.path))
        problems.extend(failed)
    flush()
    return sources, problems


def _unseen(found: list[Source], seen: set[str], key: Callable[[Source], str]) -> Iterator[Source]:
    """The sources of ``found`` whose ``key`` is not in ``seen`` yet (added to it as they go)."""
    for source in found:
        if key(source) not in seen:
            seen.add(key(source))
            yield source


def _discover_url(url: str, globs: Sequence[str]) -> tuple[list[Source], list[InputError]]:
    fs, root = _filesystem(url)
    try:
        if _glob.has_magic(root):
            infos = fs.glob(root, detail=True)
            found = [(fs.unstrip_protocol(p), info) for p, info in infos.items()]
        else:
            info = fs.info(root)
            if info.get("type") != "directory":
                found = [(url, info)]
            else:
                base = url.rstrip("/")
                prefix = fs._strip_protocol(root).rstrip("/") + "/"
                found = []
                for p, item in fs.find(root, detail=True).items():
                    rel = p[len(prefix) :] if p.startswith(prefix) else p
                    parts = rel.split("/")
                    if any(part.startswith(".") for part in parts):
                        continue
                    if any(fnmatch(parts[-1], g) for g in globs):
                        found.append((f"{base}/{rel}", item))
    except FileNotFoundError:
        return [], [InputError("no such file or directory", url)]
    except OSError as err:
        return [], [InputError(f"cannot list: {(err.strerror or str(err)).lower()}", url)]
    files = [(name, info) for name, info in found if info.get("type", "file") == "file"]
    files.sort(key=lambda item: item[0].split("/"))
    return [Source(name, name, int(info.get("size") or 0)) for name, info in files], []


def _filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of ``url`` and the path in it; one line when the filesystem's
    package is missing."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise FactxError(f"fsspec is not installed; install it with: {INSTALL}") from None
    try:
        return url_to_fs(url)
    except ImportError as err:
        raise FactxError(f"cannot read {url}: {err}") from None
    except ValueError as err:  # an unknown protocol
        raise FactxError(f"cannot read {url}: {err}") from None


def url_texts(url: str, encoding: str | None) -> Iterator[tuple[int, str]]:
    """The text of a URL as ``(offset, part)`` pairs, decoded by the rules of local files
    (the object is read whole)."""
    from fsspec import open as fsspec_open

    try:
        with fsspec_open(url, "rb") as f:
            data = f.read()
    except (FileNotFoundError, IsADirectoryError) as err:
        raise InputError(f"cannot read: {(err.strerror or 'no such file').lower()}", url) from err
    except OSError as err:
        raise InputError(f"cannot read: {(err.strerror or str(err)).lower()}", url) from err
    try:
        text, _ = decode(data, encoding)
    except InputError as err:
        raise InputError(err.what, url) from err
    from factx.reading import _split  # the same cut into parts as a local file

    yield from _split([text])
