"""Which CAs the Live connection trusts: a CA file applies to a custom endpoint only, added to the system's
CAs unless ``ca_only``. Real google-genai SDK against the fake Live server over TLS.

"The system's CAs" are what ``ssl.create_default_context()`` loads, which honours SSL_CERT_FILE: pointing it at
the fake server's CA makes that CA a system one for the test.
"""

from __future__ import annotations

import dataclasses
import logging

import trustme

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.state import SessionState
from tests.conftest import run_async
from tests.fakes.live_server import FakeLiveServer
from tests.integration.live_harness import make_session


async def outcome(server, registry, tool_context, **overrides):
    """Start a session; returns "connected" or the title of the problem it ran into."""
    session, log, _ = make_session(server, registry, tool_context)
    session.config = dataclasses.replace(session.config, max_attempts=0, **overrides)
    session.start()
    ended = await log.wait_for((ev.StatusChanged, ev.Problem), lambda e: isinstance(e, ev.Problem)
                               or e.state is SessionState.ACTIVE)
    await session.aclose()
    return "connected" if isinstance(ended, ev.StatusChanged) else ended.title


def other_ca(tmp_path) -> str:
    path = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))
    return str(path)


def test_the_ca_file_is_added_to_the_system_cas(tmp_path, registry, tool_context, monkeypatch):
    with FakeLiveServer(tmp_path) as server:
        monkeypatch.setenv("SSL_CERT_FILE", server.ca_file)  # the server's CA is a system CA now
        added = run_async(outcome(server, registry, tool_context, ca_file=other_ca(tmp_path)))
        only = run_async(outcome(server, registry, tool_context, ca_file=other_ca(tmp_path),
                                   ca_only=True))
    assert added == "connected"  # the system CAs still count next to the extra one
    assert only == "Cannot verify the server"  # ca_only: the extra CA alone, which did not sign this server


def test_ca_only_trusts_that_ca(tmp_path, registry, tool_context):
    with FakeLiveServer(tmp_path) as server:
        assert run_async(outcome(server, registry, tool_context, ca_only=True)) == "connected"


def test_a_ca_file_without_a_custom_endpoint_is_ignored(tmp_path, registry, tool_context, monkeypatch, caplog):
    with FakeLiveServer(tmp_path) as server:
        # the SDK's own default endpoint, redirected here by its environment variable: as far as the
        # session's settings go this is Google's endpoint, so the CA file must not be trusted for it
        monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", server.base_url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with caplog.at_level(logging.WARNING, logger="nutrivoice_desktop.core.live_session"):
            result = run_async(outcome(server, registry, tool_context, base_url=""))
    assert result == "Cannot verify the server"
    assert any("CA file is set but ignored" in r.getMessage() for r in caplog.records)
    assert server.ca_file not in caplog.text  # says what, not where
