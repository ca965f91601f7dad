"""A decision is committed before the next sentence is shown.

The real ``attribution-review`` runs in a pseudo-terminal; the test presses a key, waits until
the next sentence is on screen, and kills the process with SIGKILL at once. Whatever the screen
showed as decided must be in the database.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

pty = pytest.importorskip("pty")

ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[PX^_].*?\x1b\\|\x1b\][^\x07]*\x07|\x1b.")


def command() -> list[str]:
    script = shutil.which("attribution-review")
    if script:
        return [script]
    return [sys.executable, "-c", "from tui.cli import main; main()"]


class Terminal:
    """A process on a pseudo-terminal, 100×30, whose screen output can be waited on."""

    def __init__(self, db: Path) -> None:
        env = dict(os.environ, TERM="xterm-256color", ATTRIBUTION_REVIEW_DB=str(db),
                   ATTRIBUTION_REVIEW_REVIEWER="kill-test", COLUMNS="100", LINES="30")
        env.pop("CI", None)  # nothing here depends on it, but keep the app's defaults
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the app
            import fcntl
            import struct
            import termios

            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
            os.chdir(db.parent)
            os.execvpe(command()[0], command(), env)
        self.pid, self.fd = pid, fd
        self.seen = b""

    def wait_for(self, text: str, timeout: float = 30.0) -> None:
        needle = text.encode()
        deadline = time.monotonic() + timeout
        while needle not in ANSI.sub(b"", self.seen):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{text!r} never appeared on screen")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"the app exited before {text!r} appeared")
                self.seen += chunk

    def press(self, key: str) -> None:
        self.seen = b""
        os.write(self.fd, key.encode())

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def test_sigkill_right_after_a_keystroke_loses_nothing(tmp_path: Path):
    db = tmp_path / "attribution-review.db"
    term = Terminal(db)
    try:
        term.wait_for("#1 of 23")
        keys = "arar"
        for n, key in enumerate(keys, start=2):
            term.press(key)
            term.wait_for(f"#{n} of 23")
    finally:
        term.kill()  # the instant the last sentence showed: no chance to flush anything
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = conn.execute("SELECT seq, status FROM sentences WHERE seq <= 5 ORDER BY seq").fetchall()
    assert rows == [(1, "accepted"), (2, "rejected"), (3, "accepted"), (4, "rejected"), (5, "pending")]
    assert conn.execute("SELECT count(*) FROM decisions WHERE reviewer = 'kill-test'").fetchone() == (4,)


def test_reopening_after_sigkill_resumes_at_the_first_pending(tmp_path: Path):
    db = tmp_path / "attribution-review.db"
    term = Terminal(db)
    try:
        term.wait_for("#1 of 23")
        term.press("a")
        term.wait_for("#2 of 23")
    finally:
        term.kill()
    term = Terminal(db)
    try:
        term.wait_for("#2 of 23")
        term.wait_for("reviewed 1/23")
    finally:
        term.kill()
