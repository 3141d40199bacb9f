"""Replace a file all at once: write a new temporary file beside it, then rename it over.

The temporary file comes from tempfile.mkstemp (O_CREAT | O_EXCL, a random name), so a
symlink or file planted under a predictable name is never followed or overwritten; a
failure (a full disk, Ctrl-C) removes it and leaves the old file whole. Every writer of
factcli's files (cache entries, exports, written stores) goes through here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def replace_with(path: Path, *, binary: bool = False, private: bool = True) -> Iterator[IO[Any]]:
    """A stream (UTF-8 text, or bytes if `binary`) whose content replaces `path` when the
    block ends without an error.

    `private` keeps mkstemp's mode 0600; otherwise the file gets the mode a plain open
    would give it (0666 less the umask). A `private=False` file is flushed to disk first."""
    import tempfile  # only writers pay for it (it imports shutil, random and more)

    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        if binary:
            stream: IO[Any] = os.fdopen(descriptor, "wb")
        else:
            stream = os.fdopen(descriptor, "w", encoding="utf-8", newline="")
        with stream:
            yield stream
            stream.flush()
            if not private:
                os.fchmod(stream.fileno(), 0o666 & ~_umask())
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (reading it means setting it: set back at once)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask
