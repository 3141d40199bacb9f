"""The answer history: a SQLite database in the user data directory.

Each answer is committed in its own short transaction the moment it is given, so a crash
loses no answered question. The database runs in WAL mode with a busy timeout, so a
`stats` in another terminal never blocks a quiz. A corrupt file is moved aside and a new
one started; a directory that cannot be written (read-only, full) leaves the quiz running
without saving, after one warning, and the history is still read. A file deleted or
replaced during a quiz is noticed before the next answer: a warning, and a new file. Rows
whose times cannot be read are skipped with one warning.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

from factcli.inputs import scrub

FILENAME = "history.sqlite3"
BUSY_TIMEOUT_MS = 5000
# Each entry upgrades the schema by one version; PRAGMA user_version records the last one.
MIGRATIONS = (
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        seed INTEGER,
        kind TEXT,
        topic TEXT
    );
    CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id),
        answered TEXT NOT NULL,
        fact_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        given TEXT NOT NULL,
        expected TEXT NOT NULL,
        correct INTEGER NOT NULL
    );
    CREATE INDEX answers_fact ON answers (fact_id);
    """,
    """
    ALTER TABLE answers ADD COLUMN seconds REAL;
    CREATE TABLE cards (
        fact_id TEXT PRIMARY KEY,
        card_id INTEGER NOT NULL,
        due TEXT NOT NULL,
        state TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

Warn = Callable[[str], None]
T = TypeVar("T")


def data_dir() -> Path:
    """Where factcli keeps user data: $FACTCLI_HOME, else the platform's user data dir."""
    home = os.environ.get("FACTCLI_HOME")
    if home:
        return Path(home)
    from factcli.places import user_data_dir

    return user_data_dir()


def utc_now() -> datetime:
    """The current time in UTC, the only zone the scheduler accepts."""
    return datetime.now(timezone.utc)


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One graded answer, as stored."""

    fact_id: str
    question_id: str
    kind: str
    given: str
    expected: str
    correct: bool
    answered: datetime
    seconds: float | None = None


@dataclass(frozen=True, slots=True)
class CardRecord:
    """A fact's spaced-repetition state: the scheduler's card as JSON and its due time."""

    fact_id: str
    card_id: int
    due: datetime
    state: str


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One quiz session, with how its answers went."""

    id: int
    started: datetime
    answers: int
    correct: int


class History:
    """The answer history. Without a usable file it keeps nothing and says so once."""

    def __init__(
        self,
        connection: sqlite3.Connection | None,
        path: Path,
        warn: Warn,
        writable: bool = True,
    ) -> None:
        self._db = connection
        self.path = path
        self._warn = warn
        self._writable = writable
        self._session: int | None = None
        self._started: tuple[int, str, str | None, datetime] | None = None
        self._identity = _identity(path) if connection is not None else None
        self._unreadable = 0  # rows skipped for an unreadable time
        self._warned_unreadable = False  # one warning per history

    @property
    def saving(self) -> bool:
        """Whether answers are being stored."""
        return self._db is not None and self._writable

    @classmethod
    def open(
        cls, path: Path | None = None, warn: Warn = lambda _: None, *, write: bool = True
    ) -> History:
        """Open (creating or upgrading) the database; never fails for want of a file.
        A database that cannot be written is still read, when it can be: quietly when
        the caller only reads (`write` false)."""
        path = path or data_dir() / FILENAME
        try:
            return cls(_connect(path), path, warn)
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and not _is_corrupt(error):
                return cls._read_only(path, warn, error, write)
            aside = _move_aside(path)
            warn(f"the history at {path} was corrupt; moved it to {aside} and started anew")
            try:
                return cls(_connect(path), path, warn)
            except sqlite3.Error as again:
                warn(f"cannot use the history at {path} ({again}); answers will not be saved")
                return cls(None, path, warn)
        except OSError as error:
            return cls._read_only(path, warn, error, write)

    @classmethod
    def _read_only(cls, path: Path, warn: Warn, error: Exception, write: bool) -> History:
        db = _connect_read_only(path)
        if write:
            warn(f"cannot use the history at {path} ({error}); answers will not be saved")
        elif db is None and path.exists():
            warn(f"cannot read the history at {path} ({error})")
        return cls(db, path, warn, writable=False)

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self, statements: Callable[[sqlite3.Connection], None]) -> None:
        """Run writes in one short transaction; on failure, warn and stop saving."""
        if self._db is None or not self._writable:
            return
        try:
            self._reopen_if_replaced()
            with _transaction(self._db):
                statements(self._db)
        except (sqlite3.Error, OSError) as error:
            self._warn(f"cannot save to the history at {self.path} ({error}); not saving")
            self.close()

    def _reopen_if_replaced(self) -> None:
        """A database file deleted or replaced since it was opened (by a cleanup, another
        tool) would swallow every answer unseen: warn, and continue in a new file, with the
        current session started again there."""
        if self._identity is None or _identity(self.path) == self._identity:
            return
        self._warn(
            f"the history at {self.path} was deleted or replaced during the quiz; "
            "saving the next answers to a new one"
        )
        assert self._db is not None
        self._db.close()
        self._db = _connect(self.path)
        self._identity = _identity(self.path)
        if self._started is not None:
            with _transaction(self._db):
                self._insert_session(self._db)

    def _insert_session(self, db: sqlite3.Connection) -> None:
        assert self._started is not None
        seed, kind, topic, when = self._started
        cursor = db.execute(
            "INSERT INTO sessions (started, seed, kind, topic) VALUES (?, ?, ?, ?)",
            (when.isoformat(), seed, kind, topic),
        )
        self._session = cursor.lastrowid

    def start_session(self, seed: int, kind: str, topic: str | None, when: datetime) -> None:
        """Begin a session; answers recorded from now on belong to it."""
        self._started = (seed, kind, topic, when)
        self._write(self._insert_session)

    def finish_session(self, when: datetime) -> None:
        """Mark the session finished (interrupted sessions keep finished empty)."""

        def update(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE sessions SET finished = ? WHERE id = ?", (when.isoformat(), self._session)
            )

        self._write(update)

    def record(self, answer: AnswerRecord, card: CardRecord | None = None) -> None:
        """Store one answer, and the fact's new schedule, in one transaction."""

        def insert(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT INTO answers (session_id, answered, fact_id, question_id, kind, given,"
                " expected, correct, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self._session,
                    answer.answered.isoformat(),
                    answer.fact_id,
                    answer.question_id,
                    answer.kind,
                    scrub(answer.given),  # a lone surrogate cannot be stored as UTF-8
                    answer.expected,
                    int(answer.correct),
                    answer.seconds,
                ),
            )
            if card is not None:
                db.execute(
                    "INSERT OR REPLACE INTO cards (fact_id, card_id, due, state)"
                    " VALUES (?, ?, ?, ?)",
                    (card.fact_id, card.card_id, card.due.isoformat(), card.state),
                )

        self._write(insert)

    def answers(self) -> list[AnswerRecord]:
        """Every stored answer, oldest first."""
        if self._db is None:
            return []
        rows = self._db.execute(
            "SELECT fact_id, question_id, kind, given, expected, correct, answered, seconds"
            " FROM answers ORDER BY id"
        )
        return self._readable(
            AnswerRecord(f, q, k, g, e, bool(c), when, s)
            for f, q, k, g, e, c, a, s in rows
            if (when := self._time(a)) is not None
        )

    def sessions(self) -> list[SessionRecord]:
        """Every session with at least one answer, oldest first."""
        if self._db is None:
            return []
        rows = self._db.execute(
            "SELECT s.id, s.started, COUNT(a.id), COALESCE(SUM(a.correct), 0)"
            " FROM sessions s JOIN answers a ON a.session_id = s.id"
            " GROUP BY s.id ORDER BY s.id"
        )
        return self._readable(
            SessionRecord(i, when, n, c)
            for i, s, n, c in rows
            if (when := self._time(s)) is not None
        )

    def cards(self) -> dict[str, CardRecord]:
        """The schedule of every fact answered outside cram mode, by fact id."""
        if self._db is None:
            return {}
        rows = self._db.execute("SELECT fact_id, card_id, due, state FROM cards")
        cards = self._readable(
            CardRecord(f, c, when, s) for f, c, d, s in rows if (when := self._time(d)) is not None
        )
        return {card.fact_id: card for card in cards}

    def _time(self, text: object) -> datetime | None:
        """A stored time, in UTC; None (counted) when the row's time cannot be read."""
        try:
            when = datetime.fromisoformat(str(text))
        except ValueError:
            self._unreadable += 1
            return None
        return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when

    def _readable(self, rows: Iterable[T]) -> list[T]:
        """`rows` as a list, with one warning if any row was skipped for its time."""
        kept = list(rows)
        if self._unreadable and not self._warned_unreadable:
            self._warned_unreadable = True
            self._warn(
                f"skipped {self._unreadable} row(s) of the history at {self.path} "
                "whose times cannot be read"
            )
        return kept


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error: the write lock is taken up front,
    so the busy timeout applies and no transaction fails halfway on a lock."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device, inode); None when there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _connect_read_only(path: Path) -> sqlite3.Connection | None:
    """The database opened for reading only, as a directory that cannot be written allows;
    None when there is nothing to read."""
    if not path.is_file():
        return None
    for mode in ("mode=ro", "immutable=1"):  # immutable: no -shm file can be made beside it
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
        except sqlite3.Error:
            continue
        try:
            if _check_version(db) == SCHEMA_VERSION:
                db.execute("SELECT COUNT(*) FROM answers").fetchone()
                return db
        except sqlite3.Error:
            pass
        db.close()
    return None


def _connect(path: Path) -> sqlite3.Connection:
    """Open the database in WAL mode and bring its schema up to date."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _prepare_retrying(db)
    except BaseException:
        db.close()
        raise
    return db


def _prepare_retrying(db: sqlite3.Connection) -> None:
    """Set the connection up, retrying while another process holds the lock: switching a
    new file to WAL can report "database is locked" at once, without the busy timeout.
    Every step is idempotent, so a retry after a failure halfway is safe."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            _check_version(db)  # before WAL mode, which rewrites the header of a newer file
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            upgrade(db)
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _check_version(db: sqlite3.Connection) -> int:
    """The schema version of the database; a newer one than ours is left untouched."""
    (version,) = db.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise sqlite3.OperationalError(
            f"the history was written by a newer factcli (schema {version})"
        )
    return int(version)


def upgrade(db: sqlite3.Connection) -> None:
    """Apply the migrations the database lacks, in place, each in its own transaction."""
    version = _check_version(db)
    for number in range(version, SCHEMA_VERSION):
        with _transaction(db):
            if _check_version(db) > number:
                continue  # another process applied it while this one waited for the lock
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {number + 1}")


def _is_corrupt(error: sqlite3.Error) -> bool:
    message = str(error).lower()
    return "not a database" in message or "malformed" in message


def _move_aside(path: Path) -> Path:
    """Rename a corrupt database (and its WAL files) out of the way, keeping it for rescue."""
    stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while aside.exists():  # never overwrite an earlier rescue copy
        number += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    return aside
