"""The fake Live server applies what is known of how the real service reads tool declarations, so a
regression to a declaration the service cannot read fails our tests (shared notes live.md §tools)."""

from __future__ import annotations

import ssl

import pytest
from google import genai
from google.genai import errors, types

from tests.conftest import run_async
from tests.fakes.live_server import FakeLiveServer
from tests.integration.live_harness import MODEL

SCHEMA = {"type": "object", "properties": {"food": {"type": "string"}}, "required": ["food"]}


def client(server) -> genai.Client:
    return genai.Client(api_key="rules-key", http_options=types.HttpOptions(
        base_url=server.base_url, api_version="v1beta",
        async_client_args={"ssl": ssl.create_default_context(cafile=server.ca_file), "proxy": None}))


async def first_call(server, declaration: types.FunctionDeclaration) -> dict:
    config = types.LiveConnectConfig(response_modalities=["AUDIO"],
                                     tools=[types.Tool(function_declarations=[declaration])])
    async with client(server).aio.live.connect(model=MODEL, config=config) as session:
        async for message in session.receive():
            if message.tool_call:
                return dict(message.tool_call.function_calls[0].args or {})
    raise AssertionError("no tool call")


async def calls_log_food(conn):
    await conn.setup_complete()
    await conn.tool_call("c1", "log_food", {"food": "apple"})
    await conn.hold(3)


def test_a_function_declared_only_as_json_schema_is_called_without_arguments(tmp_path):
    with FakeLiveServer(tmp_path, [calls_log_food]) as server:
        read = run_async(first_call(server, types.FunctionDeclaration(
            name="log_food", description="Log food.", parameters=types.Schema.model_validate(
                {"type": "OBJECT", "properties": {"food": {"type": "STRING"}}, "required": ["food"]}))))
        ignored = run_async(first_call(server, types.FunctionDeclaration(
            name="log_food", description="Log food.", parameters_json_schema=SCHEMA)))
    assert read == {"food": "apple"} and ignored == {}


def test_additional_properties_in_parameters_fail_the_setup_with_1007(tmp_path):
    declaration = types.FunctionDeclaration(name="log_food", description="Log food.", parameters=types.Schema(
        type=types.Type.OBJECT, properties={"food": types.Schema(type=types.Type.STRING)},
        additional_properties=False))
    with FakeLiveServer(tmp_path, [calls_log_food]) as server:
        with pytest.raises(errors.APIError) as failure:
            run_async(first_call(server, declaration))
    assert failure.value.code == 1007
