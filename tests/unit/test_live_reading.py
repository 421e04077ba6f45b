"""Reading the server's messages with the SDK's own converter, minus the ways one message ends a session."""

from __future__ import annotations

import json

import pytest
from google.genai import errors

from nutrivoice_desktop.core.live_reading import MessageReader, UnreadableMessage
from nutrivoice_desktop.core.live_session import WARM_UP_MESSAGES


@pytest.mark.parametrize("wire", WARM_UP_MESSAGES)
def test_every_kind_of_message_the_service_sends_reads_as_the_sdk_reads_it(wire):
    message = MessageReader().parse(json.dumps(wire).encode())
    assert message is not None
    # each top-level key became the SDK's field of that name (the private converter still works)
    filled = {name for name, value in message if value is not None}
    assert len(filled) == len(wire), (wire, filled)


def test_an_unknown_kind_of_message_is_skipped_and_counted_and_known_parts_kept():
    reader = MessageReader()
    assert reader.parse(b'{"brandNewThing": {"x": 1}}') is None
    kept = reader.parse(b'{"brandNewThing": {}, "serverContent": {"turnComplete": true}}')
    assert kept.server_content.turn_complete is True
    assert reader.skipped == {"brandNewThing": 2}


@pytest.mark.parametrize("raw", [b"\x00\xff\xfe garbage", b'{"serverContent": {"turnComp', b"[1, 2]", b"null"])
def test_a_frame_that_is_not_a_json_object_is_unreadable(raw):
    with pytest.raises(UnreadableMessage):
        MessageReader().parse(raw)


def test_an_error_the_service_puts_in_a_message_is_raised_as_the_sdk_would():
    with pytest.raises(errors.APIError) as raised:
        MessageReader().parse(b'{"code": 429, "message": "Resource has been exhausted"}')
    assert raised.value.code == 429


def test_a_server_cannot_flood_the_log_with_new_names(caplog):
    reader = MessageReader()
    for i in range(100):
        reader.parse(json.dumps({f"kind{i}": {}}).encode())
    assert len(reader.skipped) == 20 and len(caplog.records) == 20
