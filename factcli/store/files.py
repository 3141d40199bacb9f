"""Find the store files that store paths name: files, directories of *.toml and *.jsonl
files, or the store bundled with factcli."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from factcli.errors import StoreError, StoreProblem

STORE_SUFFIXES = (".toml", ".jsonl")


def bundled_store_path() -> Path:
    """The store shipped with factcli: inside the wheel, or `facts/` in a source checkout."""
    here = Path(__file__).resolve().parent.parent
    if (here / "_bundled_facts").is_dir():  # an installed wheel, read without importlib
        return here / "_bundled_facts"
    checkout = here.parent / "facts"
    if (here.parent / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    from importlib import resources  # a zipped install: only then worth its ~4 ms import

    return Path(str(resources.files("factcli") / "_bundled_facts"))


def store_files(paths: Sequence[str | os.PathLike[str]] | None) -> list[Path]:
    """Expand store paths to the store files they name; raise StoreError for bad paths."""
    roots = [Path(p) for p in paths] if paths else [bundled_store_path()]
    files: list[Path] = []
    problems: list[StoreProblem] = []
    for root in roots:
        try:
            files.extend(_expand(root))
        except _BadPath as error:
            problems.append(StoreProblem(str(error.path), error.message))
        except OSError as error:
            problems.append(StoreProblem(str(root), os_message(error)))
        except ValueError as error:
            problems.append(StoreProblem(str(root), str(error)))
    if problems:
        raise StoreError(problems)
    return files


def os_message(error: OSError) -> str:
    """An OS error as a message without Python's decoration."""
    return error.strerror or str(error)


class _BadPath(Exception):
    """A store file found in a directory that cannot be used: reported under its own name."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _expand(root: Path) -> list[Path]:
    mode = root.stat().st_mode  # raises for missing paths, loops and permission errors
    if stat.S_ISDIR(mode):
        found = sorted(p for p in root.iterdir() if p.suffix in STORE_SUFFIXES)
        if not found:
            raise ValueError("directory holds no store (*.toml or *.jsonl files)")
        for path in found:
            try:
                _require_regular(path)
            except OSError as error:  # a link loop or an unreadable file in the directory
                raise _BadPath(path, os_message(error)) from None
            except ValueError as error:
                raise _BadPath(path, str(error)) from None
        return found
    _require_regular(root)
    return [root]


def _require_regular(path: Path) -> None:
    if not stat.S_ISREG(path.stat().st_mode):
        raise ValueError("not a regular file (a FIFO, device or socket cannot be a store)")
