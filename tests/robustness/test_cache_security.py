"""Issue 17, findings 1 and 2: a cache directory another user can reach never runs their
code, and no writer follows a file planted under a predictable temporary name.

Each scenario runs through real processes, as root and as an unprivileged user (nobody,
through setpriv) when the suite runs as root; otherwise as the current user only, and the
scenarios that need a second user skip.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.conftest import MINI_STORE

NOBODY = 65534
CLAIM = "Atlantis exports 12 million tonnes of fish to Lemuria a year."
# Written by the attacker: cache entries for the victim's store whose payload, unpickled,
# creates the marker directory. write_entry is the cache's own writer, so the entries have
# the right name and layout; only the victim's signing key is missing.
PLANT = """
import os, sys
from pathlib import Path
from factcli import cache
from factcli.store import store_files

class Evil:
    def __reduce__(self):
        return (os.mkdir, (sys.argv[2],))

files = store_files([Path(sys.argv[1])])
for kind in ("store", "index"):
    cache.write_entry(files, kind, Evil())
print(cache.entry_path(files, "store"))
"""


class User(NamedTuple):
    name: str
    uid: int


def _users() -> list[User]:
    me = User("root" if os.geteuid() == 0 else "current user", os.geteuid())
    return [me, User("nobody", NOBODY)] if os.geteuid() == 0 else [me]


def _command(user: User, argv: list[str]) -> list[str]:
    if user.uid == os.geteuid():
        return argv
    return ["setpriv", f"--reuid={user.uid}", f"--regid={user.uid}", "--clear-groups", *argv]


def _run(
    user: User, argv: list[str], cache_dir: Path, cwd: Path
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTCLI_CACHE": str(cache_dir), "NO_COLOR": "1"}
    env["FACTCLI_HOME"] = str(cwd / f"home-{user.uid}")
    env.pop("FACTCLI_STORE", None)
    return subprocess.run(
        _command(user, argv), capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )


def _other(user: User) -> User:
    """The attacker: another user than the victim (the suite must run as root to have one)."""
    if os.geteuid() != 0:
        pytest.skip("staging another user's files needs root")
    return User("nobody", NOBODY) if user.uid == 0 else User("root", 0)


@pytest.fixture
def world() -> Iterator[Path]:
    """A directory every user can reach (pytest's tmp_path is 0700), with the store and a
    sticky world-writable place for the marker."""
    top = Path(tempfile.mkdtemp(prefix="factcli-sec-"))
    top.chmod(0o1777)
    (top / "store.toml").write_text(MINI_STORE, encoding="utf-8")
    (top / "store.toml").chmod(0o644)
    yield top
    shutil.rmtree(top, ignore_errors=True)


def _plant(attacker: User, cache_dir: Path, world: Path) -> Path:
    """The attacker's entries for the store in `cache_dir` (theirs); the store entry's path."""
    planted = _run(
        attacker,
        [sys.executable, "-c", PLANT, str(world / "store.toml"), str(world / "pwned")],
        cache_dir,
        world,
    )
    assert planted.returncode == 0, planted.stderr
    assert not (world / "pwned").exists()
    return Path(planted.stdout.strip())


def _check(victim: User, cache_dir: Path, world: Path) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "factcli", "--store", str(world / "store.toml"), "check", CLAIM]
    result = _run(victim, [*argv, "--format", "jsonl"], cache_dir, world)
    assert result.returncode == 0, result.stderr  # the claim is checked all the same
    assert '"supported"' in result.stdout
    assert "Traceback" not in result.stderr
    return result


@pytest.mark.parametrize("victim", _users(), ids=lambda u: u.name)
class TestFinding1CachesNeverRunCode:
    def test_a_cache_directory_owned_by_another_user_is_refused(
        self, victim: User, world: Path
    ) -> None:
        shared = world / "shared-cache"
        attacker = _other(victim)
        _plant(attacker, shared, world)
        assert shared.stat().st_uid == attacker.uid
        result = _check(victim, shared, world)
        assert not (world / "pwned").exists(), "the planted pickle ran as the victim"
        assert "factcli: warning: not using the cache at" in result.stderr
        assert "not by you" in result.stderr

    def test_an_entry_signed_with_another_key_is_never_unpickled(
        self, victim: User, world: Path
    ) -> None:
        attacker = _other(victim)
        entry = _plant(attacker, world / "attacker-cache", world)
        mine = world / f"cache-{victim.uid}"
        _check(victim, mine, world)  # the victim's own cache, with their key and entries
        for kind in ("store", "index"):
            target = mine / entry.name.replace("store-", f"{kind}-", 1)
            assert target.exists()
            shutil.copyfile(entry.with_name(target.name), target)
            os.chown(target, victim.uid, victim.uid)
        result = _check(victim, mine, world)
        assert not (world / "pwned").exists(), "a pickle not signed by the victim ran"
        assert "not signed with your key" in result.stderr

    def test_the_cache_directory_is_made_0700_and_its_files_0600(
        self, victim: User, world: Path
    ) -> None:
        fresh = world / f"new-{victim.uid}" / "cache"
        (world / f"new-{victim.uid}").mkdir(mode=0o755)
        os.chown(world / f"new-{victim.uid}", victim.uid, victim.uid)
        result = _check(victim, fresh, world)
        assert result.stderr == ""
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
        files = list(fresh.iterdir())
        assert files
        for path in files:
            assert path.stat().st_uid == victim.uid
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path

    @pytest.mark.parametrize("mode", [0o777, 0o770, 0o757], ids=lambda m: f"{m:o}")
    def test_a_directory_others_may_write_is_refused(
        self, victim: User, world: Path, mode: int
    ) -> None:
        loose = world / f"loose-{victim.uid}-{mode:o}"
        loose.mkdir()
        os.chown(loose, victim.uid, victim.uid)
        loose.chmod(mode)
        result = _check(victim, loose, world)
        assert "not using the cache" in result.stderr
        assert "writable by group or others" in result.stderr
        assert len(result.stderr.splitlines()) == 1
        assert not [p for p in loose.iterdir() if not p.name.startswith(".")]

    def test_an_entry_file_others_may_write_is_refused(self, victim: User, world: Path) -> None:
        mine = world / f"cache-{victim.uid}"
        _check(victim, mine, world)
        (entry, *_) = sorted(mine.glob("store-*"))
        entry.chmod(0o666)
        result = _check(victim, mine, world)
        assert "not using the cache" in result.stderr
        assert "writable by group or others" in result.stderr


AUDIT = """
import os, sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)):
        flags = args[2] if len(args) > 2 and isinstance(args[2], int) else 0
        mode = args[1] if isinstance(args[1], str) else ""
        writes = flags & (os.O_WRONLY | os.O_RDWR) or any(c in mode for c in "wax+")
        if writes:
            opened.append((os.fsdecode(args[0]), bool(flags & os.O_EXCL), mode))
sys.addaudithook(hook)
from factcli.__main__ import main
status = main(sys.argv[1:])
with open(os.environ["AUDIT_LOG"], "w") as log:
    for path, excl, mode in opened:
        log.write(f"{path}\\t{int(excl)}\\t{mode}\\n")
sys.exit(status)
"""


def _writes(tmp_path: Path, argv: list[str]) -> list[tuple[Path, bool]]:
    """Every file a factcli run opened for writing, and whether it was created O_EXCL."""
    log = tmp_path / "audit.log"
    env = {**os.environ, "AUDIT_LOG": str(log), "FACTCLI_CACHE": str(tmp_path / "cache")}
    env["FACTCLI_HOME"] = str(tmp_path / "home")
    result = subprocess.run(
        [sys.executable, "-c", AUDIT, *argv], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in log.read_text().splitlines()]
    return [(Path(path), excl == "1") for path, excl, _ in rows if path != str(log)]


class TestFinding2TemporaryFilesAreUnpredictable:
    def test_export_anki_writes_through_a_fresh_temporary_file(self, tmp_path: Path) -> None:
        deck = tmp_path / "out" / "deck.txt"
        deck.parent.mkdir()
        victim = tmp_path / "precious.txt"
        victim.write_text("keep me")
        for name in (".deck.txt.tmp", "deck.txt.tmp", f"deck.txt.{os.getpid()}.tmp"):
            (deck.parent / name).symlink_to(victim)
        writes = _writes(tmp_path, ["export", "anki", str(deck)])
        into = [(path, excl) for path, excl in writes if path.parent == deck.parent]
        assert into, writes
        assert all(excl for _, excl in into), into  # mkstemp: O_EXCL, a random name
        assert victim.read_text() == "keep me"
        assert deck.read_text().startswith("#separator:tab")

    def test_cache_entries_and_keys_are_written_through_fresh_temporary_files(
        self, tmp_path: Path
    ) -> None:
        store = tmp_path / "store.toml"
        store.write_text(MINI_STORE, encoding="utf-8")
        writes = _writes(tmp_path, ["--store", str(store), "check", CLAIM, "--format", "jsonl"])
        into = [(path, excl) for path, excl in writes if path.parent == tmp_path / "cache"]
        assert len(into) >= 2, writes
        assert all(excl for _, excl in into), into


ARTICLE = Path(__file__).resolve().parents[1] / "draft" / "data" / "harbor-foods.txt"


class TestFinding2DraftedStores:
    def test_facts_draft_output_goes_through_a_fresh_temporary_file(self, tmp_path: Path) -> None:
        out = tmp_path / "out"
        out.mkdir()
        victim = tmp_path / "precious.txt"
        victim.write_text("keep me")
        (out / "draft.toml.part").symlink_to(victim)
        writes = _writes(
            tmp_path, ["facts", "draft", str(ARTICLE), "--output", str(out / "draft.toml")]
        )
        into = [(path, excl) for path, excl in writes if path.parent == out]
        assert into, writes
        assert all(excl for _, excl in into), into
        assert victim.read_text() == "keep me"
        assert "[[facts]]" in (out / "draft.toml").read_text(encoding="utf-8")

    def test_drafts_for_against_are_cached_through_fresh_temporary_files(
        self, tmp_path: Path
    ) -> None:
        argv = [
            "check",
            "Harbor Foods sold 12 stores",
            "--against",
            str(ARTICLE),
            "--format",
            "jsonl",
        ]
        log = tmp_path / "audit.log"
        env = {**os.environ, "AUDIT_LOG": str(log), "FACTCLI_CACHE": str(tmp_path / "cache")}
        env["FACTCLI_HOME"] = str(tmp_path / "home")
        result = subprocess.run(
            [sys.executable, "-c", AUDIT, *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert result.returncode in (0, 1, 3), result.stderr
        rows = [line.split("\t") for line in log.read_text().splitlines()]
        drafts = [(p, e) for p, e, _ in rows if Path(p).parent == tmp_path / "cache" / "drafts"]
        assert drafts, rows
        assert all(e == "1" for _, e in drafts), drafts

    def test_a_draft_in_a_cache_others_may_write_is_never_used(self, tmp_path: Path) -> None:
        loose = tmp_path / "loose"
        loose.mkdir()
        loose.chmod(0o777)
        env = {**os.environ, "FACTCLI_CACHE": str(loose), "FACTCLI_HOME": str(tmp_path / "h")}
        argv = [
            "check",
            "Harbor Foods sold 12 stores",
            "--against",
            str(ARTICLE),
            "--format",
            "jsonl",
        ]
        result = subprocess.run(
            [sys.executable, "-m", "factcli", *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert result.returncode in (0, 1, 3), result.stderr
        assert "not using the cache" in result.stderr
        assert not (loose / "drafts").exists()
