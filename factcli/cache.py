"""A cache of loaded stores and retrieval indexes, keyed on the store files' content.

An entry is one file under the cache directory, named after the store files' paths and
what it holds ("store", "index"). It opens with a JSON header recording each file's stat
signature and content digest, followed by the payload, a pickle. A lookup trusts an
unchanged stat signature for files written well before the entry (git's "racy" rule);
otherwise it hashes the bytes and compares digests. Entries are written atomically (a
temporary file, then a rename); an unreadable or corrupt entry is ignored with a warning.

Unpickling runs whatever code a pickle names, so an entry is signed: an HMAC-SHA256 over
header and payload, with a random per-user key kept in a 0600 file of the cache
directory, and nothing is unpickled before its MAC checks out. The directory is created
0700; a directory or file that another user owns, or that group or others may write, is
refused (one warning, and the work goes on without the cache).
"""

import hmac
import json
import os
import pickle
import stat
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from hashlib import blake2b
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple, TypeVar

from factcli.errors import FactcliWarning

if TYPE_CHECKING:
    from factcli.model import Store

T = TypeVar("T")
CACHE_FORMAT = 4  # bump when the layout of an entry (its Header) changes: part of its name
MAGIC = b"factcli-cache-4\n"  # an entry's first bytes; then the MAC, the header's length
MAC_BYTES = 32
KEY_FILE = "key"  # the per-user signing key, in the cache directory, mode 0600
KEY_BYTES = 32
RACY_SECONDS = 2.0  # files modified this close to an entry's writing are always re-hashed
TRUST_STAT_BYTES = 1 << 20  # smaller files are always re-hashed: it costs well under 1 ms
MAX_STORE_BYTES = 64 << 20  # loaded stores above this are not cached (too big to pickle)
HASH_CHUNK = 1 << 20
UNSAFE_MODE = stat.S_IWGRP | stat.S_IWOTH  # a cache anyone else may write is refused
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


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


_refused: set[str] = set()  # cache paths already warned about: one warning per process


def _refuse(path: Path, why: str) -> None:
    if str(path) not in _refused:
        _refused.add(str(path))
        warn(f"not using the cache at {path}: {why}")


def _unsafe(info: os.stat_result) -> str | None:
    """Why a cache directory or file with this stat is not to be trusted, or None."""
    if info.st_uid != os.geteuid():
        return f"owned by uid {info.st_uid}, not by you"
    if info.st_mode & UNSAFE_MODE:
        return "writable by group or others"
    return None


def safe_dir(create: bool) -> Path | None:
    """The cache directory when it is safe to use (created 0700 if `create`), else None.

    A missing directory gives None quietly; an unsafe one, None with one warning."""
    directory = cache_dir()
    try:
        if create:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = directory.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        if create:
            warn(f"cannot write cache in {directory} ({error.strerror or error})")
        return None
    if not stat.S_ISDIR(info.st_mode):
        if create:
            warn(f"cannot write cache in {directory} (not a directory)")
        return None
    why = _unsafe(info)
    if why is not None:
        _refuse(directory, why)
        return None
    return directory


def _open_checked(path: Path) -> IO[bytes] | None:
    """`path` opened for reading (never through a symlink) when it is safe to trust; None
    when it does not exist, is unsafe (with a warning) or cannot be read (warned too)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | _O_NOFOLLOW)
    except (FileNotFoundError, NotADirectoryError):  # nothing cached (yet) at that place
        return None
    except OSError as error:
        warn(f"ignoring unreadable cache {path} ({error.strerror or error})")
        return None
    stream = os.fdopen(descriptor, "rb")
    info = os.fstat(descriptor)
    why = "not a regular file" if not stat.S_ISREG(info.st_mode) else _unsafe(info)
    if why is not None:
        stream.close()
        _refuse(path, why)
        return None
    return stream


def trusted_file(path: Path) -> bool:
    """Whether `path` is a regular file of this user's that no one else may write (a
    missing file is quietly not; an unsafe one is warned about)."""
    stream = _open_checked(path)
    if stream is None:
        return False
    stream.close()
    return True


def signing_key(directory: Path, create: bool) -> bytes | None:
    """The per-user key that signs this directory's entries: KEY_BYTES random bytes in a
    file only its owner may read. Made on first write (when `create`); None if unusable."""
    path = directory / KEY_FILE
    stream = _open_checked(path)
    if stream is None and create and not path.exists():
        _make_key(path)
        stream = _open_checked(path)
    if stream is None:
        return None
    with stream:
        if os.fstat(stream.fileno()).st_mode & 0o077:
            _refuse(path, "the signing key is readable by others")
            return None
        key = stream.read(KEY_BYTES + 1)
    if len(key) != KEY_BYTES:
        warn(f"ignoring the damaged cache key {path}")
        return None
    return key


def _make_key(path: Path) -> None:
    """Write a new key atomically; a key another process made first wins (os.link fails)."""
    import tempfile

    try:
        descriptor, temporary = tempfile.mkstemp(prefix=".key.", dir=path.parent)
    except OSError as error:
        warn(f"cannot write cache in {path.parent} ({error.strerror or error})")
        return
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(os.urandom(KEY_BYTES))
        os.link(temporary, path)
    except FileExistsError:
        pass
    except OSError as error:
        warn(f"cannot write cache in {path.parent} ({error.strerror or error})")
    finally:
        os.unlink(temporary)


def _mac(key: bytes, header: bytes, payload: bytes | memoryview) -> bytes:
    """HMAC-SHA256 over the header's length, the header and the payload. SHA-256, not
    BLAKE2b: OpenSSL's runs at ~1 GB/s on CPUs with SHA extensions, 2.5 times BLAKE2b's,
    which counts for the 57 MB entry of a 1M-fact store."""
    mac = hmac.new(key, len(header).to_bytes(8, "little"), "sha256")
    mac.update(header)
    mac.update(payload)
    return mac.digest()


def _header_bytes(header: Header) -> bytes:
    return json.dumps(header, separators=(",", ":")).encode()


def _parse_header(data: bytes) -> Header:
    """A header from its JSON; raises ValueError (or a subclass) when it is not one."""
    format_, code, kind, files, written_at = json.loads(data)
    return Header(
        int(format_), str(code), str(kind), tuple(FileKey(*f) for f in files), float(written_at)
    )


def read_entry(files: Sequence[Path], kind: str, check: type[T]) -> T | None:
    """The cached `kind` object for `files` when it is fresh, signed with this user's key
    and of type `check`; else None. Nothing is unpickled before its signature checks out."""
    directory = safe_dir(create=False)
    if directory is None:
        return None
    path = entry_path(files, kind)
    stream = _open_checked(path)
    if stream is None:
        return None
    with stream:
        try:
            prefix = stream.read(len(MAGIC) + MAC_BYTES + 4)
            if len(prefix) < len(MAGIC) + MAC_BYTES + 4 or not prefix.startswith(MAGIC):
                raise ValueError("not a cache entry")
            mac = prefix[len(MAGIC) : len(MAGIC) + MAC_BYTES]
            size = int.from_bytes(prefix[-4:], "little")
            header_data = stream.read(size)
            header = _parse_header(header_data)
            if not _fresh(header, kind, files):
                return None
            payload = stream.read()
        except (OSError, ValueError, TypeError) as error:
            warn(f"ignoring corrupt cache {path} ({type(error).__name__})")
            return None
    key = signing_key(directory, create=False)
    if key is None or not hmac.compare_digest(mac, _mac(key, header_data, payload)):
        warn(f"ignoring cache {path}: not signed with your key")
        return None
    try:
        value = pickle.loads(payload)
    except Exception as error:  # signed by us, yet unloadable: a class that changed shape
        warn(f"ignoring corrupt cache {path} ({type(error).__name__})")
        return None
    if not isinstance(value, check):
        warn(f"ignoring corrupt cache {path} (unexpected {type(value).__name__})")
        return None
    return value


def write_entry(files: Sequence[Path], kind: str, value: object) -> None:
    """Store `value` as the `kind` entry of `files`, signed and atomically; warn if that is
    impossible."""
    directory = safe_dir(create=True)
    if directory is None:
        return
    path = entry_path(files, kind)
    try:
        key = signing_key(directory, create=True)
        if key is None:
            return
        header = _header_bytes(
            Header(CACHE_FORMAT, code_stamp(), kind, _current_keys(files), _now())
        )
    except OSError as error:
        warn(f"cannot write cache in {path.parent} ({error.strerror or error})")
        return
    payload = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    mac = _mac(key, header, payload)
    try:
        write_atomically(path, [MAGIC, mac, len(header).to_bytes(4, "little"), header, payload])
    except OSError as error:
        warn(f"cannot write cache {path} ({error.strerror or error})")


def write_atomically(path: Path, chunks: Sequence[bytes]) -> None:
    """Write `chunks` to `path`: a new temporary file beside it (tempfile.mkstemp:
    O_EXCL, mode 0600, never through a symlink), then a rename over `path`."""
    from factcli.atomic import replace_with

    with replace_with(path, binary=True) as stream:
        for chunk in chunks:
            stream.write(chunk)


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


def cached_store(files: Sequence[Path], build: "Callable[[], Store]") -> "Store":
    """A loaded store from the cache, or built and cached (unless over MAX_STORE_BYTES)."""
    from factcli.model import Store

    if sum(path.stat().st_size for path in files) > MAX_STORE_BYTES:
        return build()
    return cached(files, "store", Store, build)
