"""Arguments from a server or a shell are capped in size and depth before any tool sees them."""

from __future__ import annotations

import json

import pytest

from nutrivoice_desktop.cli import run_tool
from nutrivoice_desktop.core.schema import MAX_TEXT, check_bounds


def nested(depth: int) -> object:
    value: object = "x"
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("args, words", [
    ({"food": nested(30_000)}, "nested deeper"),
    ({"food": "a" * 10_000_000}, "far too long"),
    ({"food": "apple", "grams": 10, **{f"k{i}": i for i in range(1000)}}, "more than"),
])
def test_oversized_arguments_are_refused_before_the_handler(registry, tool_context, args, words):
    result = registry.call("unplanned_food", args, tool_context)
    assert not result.ok and result.data["error"]["code"] == "invalid_arguments"
    assert words in result.data["error"]["message"]
    assert tool_context.store.food_entries(tool_context.today()) == []


def test_a_long_but_plausible_text_gets_a_clear_limit(registry, tool_context):
    result = registry.call("find_food", {"food": "apple " * (MAX_TEXT // 6 + 1)}, tool_context)
    assert result.data["error"]["code"] == "invalid_arguments"
    assert f"at most {MAX_TEXT} characters" in result.data["error"]["message"]


def test_ids_beyond_what_sqlite_stores_are_invalid_not_internal_errors(registry, tool_context):
    for undo_id in (2**63, 2**64 + 5, 10**30):
        result = registry.call("undo_last_change", {"undo_id": undo_id}, tool_context)
        assert result.data["error"]["code"] == "invalid_arguments", result.data


def test_bounds_allow_every_real_call():
    assert check_bounds({"food": "croissant au beurre", "quantity": 2, "meal": "breakfast"}) is None
    assert check_bounds({"items": [{"food": "milk", "grams": 200}, {"food": "oats", "grams": 40}]}) is None


def test_cli_refuses_deep_or_huge_json_in_words(base_dir, capsys):
    assert run_tool(["find_food", "[" * 30_000 + "]" * 30_000]) == 2
    assert "nested far too deeply" in capsys.readouterr().err
    assert run_tool(["find_food", json.dumps({"food": "x" * 100_000})]) == 2
    assert "too long" in capsys.readouterr().err
    assert run_tool(["undo_last_change", json.dumps({"undo_id": 2**63})]) == 1
    assert "invalid_arguments" in capsys.readouterr().out
