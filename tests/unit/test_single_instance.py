"""services/single_instance.py in this process, with second launches as real processes (a blocking client and
the server it waits for cannot share one thread)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from nutrivoice_desktop.services import paths
from nutrivoice_desktop.services.single_instance import (MAX_MESSAGE_BYTES, TIMEOUT_MS, NotAnswering,
                                                          SingleInstance, server_name)

# A second launch, reduced to its hand-over: exit 0 when the command was accepted, else print why.
CLIENT = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from nutrivoice_desktop.services.single_instance import SingleInstance
try:
    SingleInstance(Path(sys.argv[1]), sys.argv[2]).send(sys.argv[3])
except Exception as exc:
    print(type(exc).__name__, exc)
    sys.exit(1)
"""

# An instance that takes the lock, listens, then dies the way a crash does: no cleanup at all.
CRASH = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from nutrivoice_desktop.services.single_instance import SingleInstance
instance = SingleInstance(Path(sys.argv[1]), sys.argv[2])
assert instance.acquire()
instance.listen()
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture
def running(tmp_path, qapp):
    """The first instance on the profile, listening; commands it receives land in .received."""
    instance = SingleInstance(tmp_path, str(tmp_path))
    assert instance.acquire()
    instance.received = []
    instance.commandReceived.connect(instance.received.append)
    instance.listen()
    yield instance
    instance.release()


def hand_over(qtbot, lock_dir: Path, command: str) -> subprocess.CompletedProcess:
    """Run a second launch while this process keeps serving events; bounded, killed if it overstays.
    Each test's profile is its tmp_path, so no two tests (or two runs) share a socket name."""
    args = [sys.executable, "-c", CLIENT, str(lock_dir), str(lock_dir), command]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as client:
        try:
            qtbot.waitUntil(lambda: client.poll() is not None, timeout=20_000)
        finally:
            if client.poll() is None:
                client.kill()
                client.wait(5)
        return subprocess.CompletedProcess(args, client.returncode, client.stdout.read())


def test_the_second_instance_is_refused_and_hands_its_command_over(running, tmp_path, qtbot):
    second = SingleInstance(tmp_path, str(tmp_path))
    assert not second.acquire()
    client = hand_over(qtbot, tmp_path, "toggle-talk")
    assert client.returncode == 0, client.stdout
    qtbot.waitUntil(lambda: running.received == ["toggle-talk"], timeout=5000)


def test_a_held_lock_that_nobody_answers_is_reported_within_the_bound(tmp_path, qapp):
    holder = SingleInstance(tmp_path, str(tmp_path))
    assert holder.acquire()  # holds the lock, never listens: a hung instance, as a second launch sees it
    try:
        second = SingleInstance(tmp_path, str(tmp_path))
        assert not second.acquire()
        started = time.monotonic()
        with pytest.raises(NotAnswering) as caught:
            second.send("raise")
        assert time.monotonic() - started < 3 * TIMEOUT_MS / 1000
        assert f"process {os.getpid()}" in str(caught.value) and str(second.lock_path) in str(caught.value)
    finally:
        holder.release()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_a_stale_lock_and_socket_after_a_crash_are_taken_over(tmp_path, qtbot):
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(tmp_path), str(tmp_path)], capture_output=True,
                             text=True, timeout=60)
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    assert (tmp_path / "nutrivoice.lock").exists()  # left behind, naming a dead process

    instance = SingleInstance(tmp_path, str(tmp_path))
    try:
        assert instance.acquire()
        received = []
        instance.commandReceived.connect(received.append)
        instance.listen()  # over the socket file the crashed instance left (Unix)
        client = hand_over(qtbot, tmp_path, "raise")
        assert client.returncode == 0, client.stdout
        qtbot.waitUntil(lambda: received == ["raise"], timeout=5000)
    finally:
        instance.release()


def talk_raw(qtbot, name: str, data: bytes) -> dict:
    """Send *data* as it is, without waiting in a blocking call, and return the parsed answer."""
    socket = QLocalSocket()
    answer = bytearray()
    socket.readyRead.connect(lambda: answer.extend(socket.readAll().data()))
    socket.connectToServer(name)
    try:
        qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState, timeout=5000)
        socket.write(data)
        qtbot.waitUntil(lambda: b"\n" in answer, timeout=5000)
    finally:
        socket.abort()
    return json.loads(answer.partition(b"\n")[0])


@pytest.mark.parametrize("data, reason", [
    (b"not json\n", "not JSON"),
    (b"[1, 2]\n", "not a JSON object"),
    (b'{"command": "format-disk", "version": 1}\n', "unknown command"),
    (b'{"command": "raise", "version": 99}\n', "protocol version"),
    (b"\xff\xfe\n", "not JSON"),
    (b"x" * (MAX_MESSAGE_BYTES + 500), "longer than"),
    (b'{"command": "raise", "version": 1, "pad": "' + b"y" * MAX_MESSAGE_BYTES + b'"}\n', "longer than"),
])
def test_a_bad_message_is_refused_and_the_server_keeps_going(running, qtbot, caplog, data, reason):
    answer = talk_raw(qtbot, running.server_name, data)
    assert answer["ok"] is False and reason in answer["error"]
    assert any(reason in r.getMessage() for r in caplog.records if r.levelname == "WARNING")
    assert running.received == []
    good = talk_raw(qtbot, running.server_name, b'{"command": "raise", "version": 1}\n')
    assert good == {"ok": True}
    qtbot.waitUntil(lambda: running.received == ["raise"], timeout=5000)


def test_a_client_that_says_nothing_is_dropped(running, qtbot):
    socket = QLocalSocket()
    socket.connectToServer(running.server_name)
    try:
        qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState, timeout=5000)
        qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                        timeout=TIMEOUT_MS + 3000)
    finally:
        socket.abort()
    assert running.received == []


def test_different_profiles_do_not_collide(tmp_path, qapp):
    made = []
    try:
        for base in (tmp_path / "one", tmp_path / "two"):
            paths.use_base_dir(base)
            instance = SingleInstance.for_current_profile()
            made.append(instance)
            assert instance.acquire()
            instance.listen()
            assert instance.lock_path == base / "data" / "nutrivoice.lock"
    finally:
        paths.use_base_dir(None)
        for instance in made:
            instance.release()
    assert made[0].server_name != made[1].server_name


def test_the_server_name_fits_a_socket_path_however_deep_the_profile():
    deep = "/home/someone/" + "a-rather-long-folder-name/" * 20
    name = server_name(deep)
    assert len(name.encode()) <= 100 and name != server_name(deep + "x")
