"""A cache of loaded stores and retrieval indexes, keyed on the store files' content.

An entry is one file under the cache directory, named after the store files' paths and
what it holds ("store", "index"). It opens with a header recording each file's stat
signature and content digest, followed by the payload. A lookup trusts an unchanged stat
signature for files written well before the entry (git's "racy" rule); otherwise it
hashes the bytes and compares digests. Entries are written atomically (a temporary file,
then a rename); an unreadable or corrupt entry is ignored with a warning and rebuilt.
"""

from __future__ import annotations

import os
import pickle
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple, TypeVar

from factcli.errors import FactcliWarning

if TYPE_CHECKING:
    from factcli.model import Store

try:  # hashlib's own BLAKE2, without hashlib loading OpenSSL: ~5 ms of every start
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without the _blake2 module
    from hashlib import blake2b

T = TypeVar("T")
CACHE_FORMAT = 2  # bump when the layout of an entry (its Header) changes: part of its name
RACY_SECONDS = 2.0  # files modified this close to an entry's writing are always re-hashed
TRUST_STAT_BYTES = 1 << 20  # smaller files are always re-hashed: it costs well under 1 ms
MAX_STORE_BYTES = 64 << 20  # loaded stores above this are not cached (too big to pickle)
HASH_CHUNK = 1 << 20


class FileKey(NamedTuple):
    """What identifies one store file's content: its stat signature and its digest."""

    path: str
    size: int
    mtime_ns: int
    inode: int
    digest: str


class Header(NamedTuple):
    """The first record of an entry: what it was built from, and when."""

    format: int
    code: str
    kind: str
    files: tuple[FileKey, ...]
    written_at: float


def cache_dir() -> Path:
    """FACTCLI_CACHE, else FACTCLI_HOME/cache, else the platform's user cache directory."""
    explicit = os.environ.get("FACTCLI_CACHE")
    if explicit:
        return Path(explicit)
    home = os.environ.get("FACTCLI_HOME")
    if home:
        return Path(home) / "cache"
    from factcli.places import user_cache_dir

    return user_cache_dir()


def entry_path(files: Sequence[Path], kind: str) -> Path:
    """The cache file for `kind` built from `files` (one entry per store, replaced on change).

    The paths as given are part of the name: cached facts record them in their locations."""
    names = "\0".join(f"{path}\0{path.resolve()}" for path in files)
    digest = blake2b(names.encode("utf-8", "surrogateescape"), digest_size=12)
    return cache_dir() / f"{kind}-v{CACHE_FORMAT}-{digest.hexdigest()}.pickle"


def content_digest(path: Path) -> str:
    """The BLAKE2b digest of a file's bytes, read in chunks."""
    digest = blake2b(digest_size=20)
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """A digest of the interpreter and of factcli's code and data files.

    Pickles name classes, not their fields, and cached stores, indexes and quiz tables were
    made by the parsers and the gazetteer: any change to the package invalidates every
    entry."""
    return package_stamp(os.path.dirname(__file__))


def package_stamp(package: str) -> str:
    """A digest of the interpreter and of the names, sizes and modification times of a
    package's modules and data files. Stat signatures, not contents: reading every file
    would cost ~2 ms of each start (and pathlib's globbing ~1 ms)."""
    digest = blake2b(sys.implementation.cache_tag.encode(), digest_size=12)
    for name, info in sorted(_package_files(package, "")):
        digest.update(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _package_files(directory: str, prefix: str) -> Iterator[tuple[str, os.stat_result]]:
    """(relative name, stat) of every module under `directory` and every file in data/."""
    with os.scandir(directory) as entries:
        for entry in entries:
            name = prefix + entry.name
            if entry.is_dir():
                if entry.name != "__pycache__":
                    yield from _package_files(entry.path, name + "/")
            elif entry.name.endswith(".py") or prefix == "data/":
                yield name, entry.stat()


def _stat_matches(key: FileKey, path: Path, written_at: float) -> bool:
    """True when the file's stat signature is unchanged and was not racy when recorded."""
    try:
        info = path.stat()
    except OSError:
        return False
    unchanged = (info.st_size, info.st_mtime_ns, info.st_ino) == (
        key.size,
        key.mtime_ns,
        key.inode,
    )
    racy = info.st_mtime_ns / 1e9 >= written_at - RACY_SECONDS
    return unchanged and not racy and info.st_size >= TRUST_STAT_BYTES


def _current_keys(files: Sequence[Path]) -> tuple[FileKey, ...]:
    keys = []
    for path in files:
        info = path.stat()
        keys.append(
            FileKey(
                str(path.resolve()),
                info.st_size,
                info.st_mtime_ns,
                info.st_ino,
                content_digest(path),
            )
        )
    return tuple(keys)


def _fresh(header: Header, kind: str, files: Sequence[Path]) -> bool:
    """Whether an entry's header describes the current content of `files`."""
    if (header.format, header.code, header.kind) != (CACHE_FORMAT, code_stamp(), kind):
        return False
    if [k.path for k in header.files] != [str(p.resolve()) for p in files]:
        return False
    for key, path in zip(header.files, files, strict=True):
        if _stat_matches(key, path, header.written_at):
            continue
        try:
            if content_digest(path) != key.digest:
                return False
        except OSError:
            return False
    return True


def warn(message: str) -> None:
    """Tell the user about a cache problem that does not stop the work (the CLI prints it)."""
    warnings.warn(message, FactcliWarning, stacklevel=3)


def read_entry(files: Sequence[Path], kind: str, check: type[T]) -> T | None:
    """The cached `kind` object for `files` when it is fresh and of type `check`; else None."""
    path = entry_path(files, kind)
    try:
        stream = path.open("rb")
    except (FileNotFoundError, NotADirectoryError):  # nothing cached (yet) at that place
        return None
    except OSError as error:
        warn(f"ignoring unreadable cache {path} ({error.strerror or error})")
        return None
    with stream:
        try:
            header = pickle.load(stream)
            if not isinstance(header, Header) or not _fresh(header, kind, files):
                return None
            value = pickle.load(stream)
        except Exception as error:  # a corrupt entry may fail in any unpickling step
            warn(f"ignoring corrupt cache {path} ({type(error).__name__})")
            return None
    if not isinstance(value, check):
        warn(f"ignoring corrupt cache {path} (unexpected {type(value).__name__})")
        return None
    return value


def write_entry(files: Sequence[Path], kind: str, value: object) -> None:
    """Store `value` as the `kind` entry of `files`, atomically; warn if that is impossible."""
    write_stream(files, kind, lambda stream: pickle.dump(value, stream, pickle.HIGHEST_PROTOCOL))


def write_stream(files: Sequence[Path], kind: str, write: Callable[[IO[bytes]], None]) -> None:
    """Write an entry whose payload `write` streams after the header; atomic, warns on failure."""
    import tempfile  # only writers pay for it (it imports shutil, lzma, random)

    path = entry_path(files, kind)
    try:
        header = Header(CACHE_FORMAT, code_stamp(), kind, _current_keys(files), _now())
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        warn(f"cannot write cache in {path.parent} ({error.strerror or error})")
        return
    try:
        with os.fdopen(descriptor, "wb") as stream:
            pickle.dump(header, stream, pickle.HIGHEST_PROTOCOL)
            write(stream)
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            warn(f"cannot write cache {path} ({error.strerror or error})")
            return
        raise


def _now() -> float:
    import time

    return time.time()


def cached(files: Sequence[Path], kind: str, check: type[T], build: Callable[[], T]) -> T:
    """The `kind` object for `files` from the cache, or built by `build` and then cached."""
    value = read_entry(files, kind, check)
    if value is None:
        value = build()
        write_entry(files, kind, value)
    return value


def cached_store(files: Sequence[Path], build: Callable[[], Store]) -> Store:
    """A loaded store from the cache, or built and cached (unless over MAX_STORE_BYTES)."""
    from factcli.model import Store

    if sum(path.stat().st_size for path in files) > MAX_STORE_BYTES:
        return build()
    return cached(files, "store", Store, build)
