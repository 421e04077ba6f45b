"""One running NutriVoice per profile; a second launch hands its wish to the running one and exits.

Two instances on one profile would both run a Live session and both write the diary, so:

- a ``QLockFile`` in the profile's data dir (where the diary lives) says who runs. A lock left by a crashed
  or ``kill -9``'d instance names a process that no longer exists; Qt then treats it as stale and takes it
  over, so a crash never blocks the next start.
- once it can act on commands, the holder listens on a ``QLocalServer``. Its name is a hash of the user and
  the profile's config and data dirs: each ``--basedir``/``--temp-basedir`` profile gets its own, and the name
  stays short enough for the Unix socket path limit (about 104 bytes) wherever the profile lives. On Linux
  it lives in ``$XDG_RUNTIME_DIR``; elsewhere, or without one, Qt's default place for the bare name.
- a second launch connects with ``QLocalSocket`` and sends one line of JSON,
  ``{"command": "raise", "version": 1}``; the holder answers one line, ``{"ok": true}`` or
  ``{"ok": false, "error": "..."}``, hangs up, and hands the command to the app through ``commandReceived``
  on the Qt main thread.

The holder never blocks: it reads with signals, caps the message size and drops a connection that has not
sent a whole line within ``TIMEOUT_MS``. The second launch does block, but only for bounded waits and only
before it has built anything.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from nutrivoice_desktop import APP_NAME
from nutrivoice_desktop.services import paths

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
COMMANDS = ("raise", "start", "stop", "toggle-talk")
MAX_MESSAGE_BYTES = 1024  # a request is about 40 bytes; anything near this is not one of ours
TIMEOUT_MS = 2000  # each wait: connecting, sending, the answer; and how long the holder listens to one client
LOCK_NAME = "nutrivoice.lock"
_SOCKET_PATH_MAX = 100  # sun_path is 108 bytes on Linux, 104 on macOS; keep a margin


class NotAnswering(Exception):
    """The lock is held, but nobody answered in time (a hung instance, or a lock file Qt cannot judge)."""


class CommandRefused(Exception):
    """The running instance answered but would not do the command (an older version, say)."""


def server_name(profile: str) -> str:
    """The local-socket name for this user and profile."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name in some containers; the profile path alone still separates profiles
        user = ""
    digest = hashlib.sha256(f"{user}\n{profile}".encode()).hexdigest()[:16]
    name = f"nutrivoice-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    # On Linux the per-user runtime dir (mode 0700) keeps other users from taking the name first; Qt's default
    # for a bare name is the shared /tmp. Windows (named pipes) and macOS (a per-user $TMPDIR) use the bare name.
    if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
        path = os.path.join(runtime, name)
        if len(path.encode()) <= _SOCKET_PATH_MAX:
            return path
    return name


def parse_request(data: bytes) -> str:
    """The command in one request line; ValueError, in words for the log, when it is not a valid request."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise ValueError(f"message longer than {MAX_MESSAGE_BYTES} bytes")
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not JSON ({exc})") from None
    if not isinstance(message, dict):
        raise ValueError("not a JSON object")
    if message.get("version") != PROTOCOL_VERSION:
        raise ValueError(f"protocol version {message.get('version')!r}; this {APP_NAME} speaks {PROTOCOL_VERSION}")
    command = message.get("command")
    if command not in COMMANDS:
        raise ValueError(f"unknown command {str(command)[:40]!r}")
    return command


class SingleInstance(QObject):
    """The profile's lock and, once taken, the server that listens to second launches."""

    commandReceived = Signal(str)  # one of COMMANDS, on the Qt main thread

    def __init__(self, lock_dir: Path, profile: str) -> None:
        super().__init__()
        self.lock_path = Path(lock_dir) / LOCK_NAME
        self.server_name = server_name(profile)
        self._lock = QLockFile(str(self.lock_path))
        # The app holds the lock for hours; the default 30 s age limit would call a live lock stale. With 0,
        # only a lock whose process is gone (or is another program) counts as stale.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._conversations: set[_Conversation] = set()

    @classmethod
    def for_current_profile(cls) -> SingleInstance:
        """The instance guard for the settings and data dirs ``services/paths.py`` points at now."""
        profile = f"{paths.config_dir().resolve()}\n{paths.data_dir().resolve()}"
        return cls(paths.data_dir(), profile)

    # -- the running instance -------------------------------------------------------------------------
    def acquire(self) -> bool:
        """Take the lock; False when another live instance holds it."""
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        # The lock file cannot even be written (read-only or full disk): run unguarded rather than not at all;
        # opening the diary in the same folder will report the real problem to the user.
        log.warning("could not create %s (%s); not guarding against a second instance",
                    self.lock_path, self._lock.error().name)
        return True

    def listen(self) -> None:
        """Answer second launches from now on: call once commandReceived is connected, so none goes unheard.

        Until then a second launch keeps retrying its connection (TIMEOUT_MS), which covers a normal startup.
        """
        if not self._lock.isLocked():  # not ours: the socket name may belong to the instance that holds it
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket file under our name was left by a crashed instance of this profile;
        # without this, listen() fails with "address in use" where Qt does not replace the file itself.
        QLocalServer.removeServer(self.server_name)
        if not server.listen(self.server_name):
            log.warning("cannot listen on %s (%s): a second launch will not reach this instance",
                        self.server_name, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server
        log.info("single instance: lock %s, listening on %s", self.lock_path, self.server_name)

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            # kept here until it hangs up, so Python cannot collect it while Qt still calls into it
            self._conversations.add(_Conversation(self._server.nextPendingConnection(), self.commandReceived.emit,
                                                  self._conversations.discard))

    def release(self) -> None:
        """Stop listening and give the lock back (at exit)."""
        if self._server is not None:
            self._server.close()  # also removes the socket file
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # -- a second launch ------------------------------------------------------------------------------
    def send(self, command: str) -> None:
        """Ask the instance holding the lock to do *command*; raises NotAnswering or CommandRefused.

        Blocks, for at most about three TIMEOUT_MS: only a second launch calls this, before it builds anything.
        """
        socket = QLocalSocket()
        try:
            self._connect(socket)
            socket.write(json.dumps({"command": command, "version": PROTOCOL_VERSION}).encode() + b"\n")
            socket.flush()
            deadline = time.monotonic() + TIMEOUT_MS / 1000
            while socket.bytesToWrite() > 0:
                if not socket.waitForBytesWritten(_left_ms(deadline)):
                    raise self._not_answering(f"did not take the request within {_seconds()}")
            answer = self._read_answer(socket)
        finally:
            socket.abort()
        if not answer.get("ok"):
            raise CommandRefused(str(answer.get("error", "no reason given")))

    def _connect(self, socket: QLocalSocket) -> None:
        # Two launches at once: the other one may hold the lock a moment before it listens, so keep trying.
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while True:
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(_left_ms(deadline)):
                return
            if time.monotonic() >= deadline:
                raise self._not_answering(f"did not accept a connection within {_seconds()}")
            socket.abort()
            time.sleep(0.1)

    def _read_answer(self, socket: QLocalSocket) -> dict:
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        data = bytearray()
        while b"\n" not in data:
            if len(data) > MAX_MESSAGE_BYTES:
                raise self._not_answering(f"answered with something that is not a {APP_NAME} reply")
            if not socket.bytesAvailable() and not socket.waitForReadyRead(_left_ms(deadline)):
                raise self._not_answering(f"did not answer within {_seconds()}")
            data += socket.readAll().data()
        try:
            answer = json.loads(data.partition(b"\n")[0])
        except (UnicodeDecodeError, json.JSONDecodeError):
            answer = None
        if not isinstance(answer, dict):
            raise self._not_answering(f"answered with something that is not a {APP_NAME} reply")
        return answer

    def _not_answering(self, what: str) -> NotAnswering:
        pid = self._lock.getLockInfo()[0]
        holder = f" (process {pid})" if pid > 0 else ""
        log.warning("the instance holding %s%s %s", self.lock_path, holder, what)
        return NotAnswering(
            f"{APP_NAME} is already running for this profile{holder}, but it {what}.\n"
            f"If its window does not respond, close it or end that process, then start {APP_NAME} again. "
            f"If no {APP_NAME} is running at all, delete {self.lock_path} and start again.")


class _Conversation:
    """One second launch on the line: read one request, answer it, hang up."""

    def __init__(self, socket: QLocalSocket, deliver, finished) -> None:
        self._socket = socket
        self._deliver = deliver
        self._finished = finished
        self._data = bytearray()
        self._done = False
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._too_slow)
        self._timer.start(TIMEOUT_MS)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(socket.deleteLater)
        socket.disconnected.connect(self._closed)

    def _closed(self) -> None:
        self._timer.stop()
        self._finished(self)

    def _read(self) -> None:
        if self._done:
            return
        self._data += self._socket.readAll().data()
        line, newline, _ = self._data.partition(b"\n")
        if not newline:
            if len(self._data) > MAX_MESSAGE_BYTES:
                self._refuse(f"message longer than {MAX_MESSAGE_BYTES} bytes")
            return
        try:
            command = parse_request(bytes(line))
        except ValueError as exc:
            self._refuse(str(exc))
            return
        log.info("second launch asks for %r", command)
        self._answer({"ok": True})
        self._deliver(command)

    def _too_slow(self) -> None:
        if not self._done:
            log.warning("ignored a second launch that sent no complete request within %d ms", TIMEOUT_MS)
            self._done = True
            self._socket.abort()

    def _refuse(self, reason: str) -> None:
        log.warning("ignored a message from a second launch: %s", reason)
        self._answer({"ok": False, "error": reason})

    def _answer(self, reply: dict) -> None:
        self._done = True
        self._socket.write(json.dumps(reply).encode() + b"\n")
        self._socket.disconnectFromServer()  # after the answer is written


def _seconds() -> str:
    return f"{TIMEOUT_MS / 1000:g} seconds"


def _left_ms(deadline: float) -> int:
    return max(0, int((deadline - time.monotonic()) * 1000))
