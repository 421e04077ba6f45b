"""The assistant's tools through the registry, as the model calls them."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nutrivoice_desktop.core.tools import Card, Tool, ToolRegistry, ToolResult
from tests.conftest import FIXED_DAY


def day_kcal(ctx) -> float:
    return sum(m.target.kcal for m in ctx.store.day_plan(FIXED_DAY))


def test_registry_finds_every_tool_and_declares_them_for_the_sdk(registry):
    assert {"missed_meal", "unplanned_food", "substitute_ingredient", "log_activity", "get_day_summary",
            "log_food", "find_food", "undo_last_change"} <= set(registry.names())
    declarations = registry.declarations()
    assert all(d.parameters.type.value == "OBJECT" and d.description for d in declarations)


def test_a_new_tool_is_one_declaration_and_one_handler(tool_context):
    def handler(ctx, args):
        return ToolResult(True, {"ok": True, "echo": args["word"]}, Card("Echo", args["word"]))

    registry = ToolRegistry([Tool("echo", "Repeat a word.", {
        "type": "object", "properties": {"word": {"type": "string"}}, "required": ["word"]}, handler)])
    assert registry.call("echo", {"word": "hi"}, tool_context).data == {"ok": True, "echo": "hi"}
    assert registry.declarations()[0].name == "echo"


def test_missed_meal_conserves_the_day_and_can_be_undone(registry, tool_context):
    before = day_kcal(tool_context)
    result = registry.call("missed_meal", {"meal": "breakfast"}, tool_context)
    assert result.ok, result.data
    plan = {m.meal: m for m in tool_context.store.day_plan(FIXED_DAY)}
    assert plan["breakfast"].status == "missed" and plan["breakfast"].target.kcal == 0
    assert day_kcal(tool_context) == pytest.approx(before, rel=0.01)
    assert result.card.table[0][0] and len(result.card.table) == 5  # header + four meals
    again = registry.call("missed_meal", {"meal": "breakfast"}, tool_context)
    assert again.data["error"]["code"] == "meal_not_planned"
    undo = registry.call("undo_last_change", {"undo_id": result.card.undo_id}, tool_context)
    assert undo.ok and tool_context.store.day_plan(FIXED_DAY)[0].status == "planned"


def test_unplanned_food_logs_and_trims_the_rest_of_the_day(registry, tool_context):
    result = registry.call("unplanned_food", {"food": "croissant", "quantity": 1}, tool_context)
    assert result.ok
    eaten = result.data["eaten"]["kcal"]
    assert 200 < eaten < 260  # a 57 g butter croissant
    assert day_kcal(tool_context) == pytest.approx(2000 - eaten, abs=2)
    croissant = tool_context.foods.get(result.data["food_id"])
    assert croissant.description == "Croissants, butter" and result.data["source"] == croissant.source_label


def test_substitution_keeps_macros_within_five_percent(registry, tool_context):
    result = registry.call("substitute_ingredient",
                           {"ingredient": "butter", "grams": 20, "replacement": "olive oil"}, tool_context)
    assert result.ok and result.data["within_5_percent"]
    assert abs(result.data["residual_percent_of_energy"]["kcal"]) <= 5
    ideas = registry.call("substitute_ingredient", {"ingredient": "white rice", "grams": 150}, tool_context)
    assert ideas.ok and ideas.data["suggestions"]


def test_activity_adds_to_the_budget(registry, tool_context):
    result = registry.call("log_activity", {"activity": "running", "minutes": 30}, tool_context)
    assert result.ok and result.data["kcal"] == round((result.data["met"] - 1) * 70 * 0.5)
    summary = registry.call("get_day_summary", {}, tool_context).data
    assert summary["activity_kcal"] == result.data["kcal"]
    assert summary["remaining"]["kcal"] == pytest.approx(2000 + result.data["kcal"])


@pytest.mark.parametrize("name, args, code", [
    ("unplanned_food", {"food": "unobtainium", "grams": 10}, "unknown_food"),
    ("unplanned_food", {"food": "apple", "grams": -5}, "invalid_arguments"),
    ("unplanned_food", {"food": "apple", "grams": "ten"}, "invalid_arguments"),
    ("unplanned_food", {"grams": 10}, "invalid_arguments"),
    ("missed_meal", {"meal": "brunch"}, "invalid_arguments"),
    ("log_activity", {"activity": "running", "minutes": 0}, "invalid_arguments"),
    ("get_day_summary", {"day": "yesterday-ish"}, None),
    ("nope", {}, "unknown_tool"),
])
def test_bad_arguments_are_structured_errors(registry, tool_context, name, args, code):
    result = registry.call(name, args, tool_context)
    assert not result.ok
    assert result.data["ok"] is False and result.data["error"]["message"]
    if code:
        assert result.data["error"]["code"] == code
    json.dumps(result.data)  # always serialisable for the FunctionResponse
    unknown = registry.call("unplanned_food", {"food": "unobtainium", "grams": 10}, tool_context)
    assert "suggestions" in unknown.data["error"]


@pytest.mark.parametrize("args, grams", [
    ({"food": "apple", "grams": "150 g"}, 150), ({"food": "apple", "grams": "150g"}, 150),
    ({"food": "apple", "grams": "0.2 kg"}, 200), ({"food": "apple", "grams": "80"}, 80),
    ({"food": "apple", "grams": "1,5"}, 1.5), ({"food": "apple", "grams": 150.0}, 150),
])
def test_amounts_are_read_the_way_a_model_sends_them(registry, tool_context, args, grams):
    result = registry.call("unplanned_food", args, tool_context)
    assert result.ok, result.data
    assert result.data["grams"] == pytest.approx(grams)


def test_counts_as_text_or_as_whole_floats_and_unknown_extras_are_named(registry, tool_context):
    two = registry.call("unplanned_food", {"food": "egg", "quantity": "2"}, tool_context)
    assert two.ok
    read = registry.call("get_day_summary", {"mood": "hungry"}, tool_context)
    assert read.ok and read.data["ignored_arguments"] == ["mood"]  # a read: left out, and named
    # a write: refused, so a misnamed field ("date" for "day") cannot log food for the wrong day
    dated = registry.call("unplanned_food", {"food": "egg", "quantity": 1, "date": "2026-11-24"}, tool_context)
    assert dated.data["error"]["code"] == "invalid_arguments" and "date" in dated.data["error"]["message"]
    one = registry.call("unplanned_food", {"food": "egg", "quantity": 1}, tool_context)
    assert two.data["grams"] == pytest.approx(2 * one.data["grams"])
    walk = registry.call("log_activity", {"activity": "brisk walk", "minutes": "1.5 h"}, tool_context)
    assert walk.ok and walk.data["minutes"] == 90
    undone = registry.call("undo_last_change", {"undo_id": float(walk.data["undo_id"])}, tool_context)
    assert undone.ok, undone.data  # 3.0 for an integer is 3


@pytest.mark.parametrize("grams, said", [("1,500", "the text '1,500'"), ("1.500", "the text '1.500'"),
                                          ("150 kg", "at most 5000"),
                                          ("a handful", "the text 'a handful'"), ("12 apples", "12 apples")])
def test_amounts_it_cannot_read_or_that_are_implausible_are_refused_in_words(registry, tool_context, grams, said):
    result = registry.call("unplanned_food", {"food": "apple", "grams": grams}, tool_context)
    assert result.data["error"]["code"] == "invalid_arguments" and said in result.data["error"]["message"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["missed_meal", "unplanned_food", "substitute_ingredient", "log_activity",
                             "get_day_summary", "log_food", "find_food", "undo_last_change"]),
       args=st.dictionaries(st.sampled_from(["food", "grams", "quantity", "portion", "meal", "activity",
                                             "minutes", "ingredient", "replacement", "day", "undo_id", "net",
                                             "weight_kg", "extra"]), json_values, max_size=5))
def test_fuzzed_arguments_never_raise(registry, tool_context, name, args):
    result = registry.call(name, args, tool_context)
    assert isinstance(result, ToolResult)
    json.dumps(result.data, allow_nan=False)
    if not result.ok:
        assert result.data["error"]["code"] != "internal_error", result.data


def test_declarations_use_the_schema_subset_the_live_api_reads():
    """`parameters` (not `parameters_json_schema`, which 2.x Live models ignore), without
    `additionalProperties` (a 1007 at setup), with the bounds and required fields the model needs."""
    from nutrivoice_desktop.core.schema import live_parameters

    registry = ToolRegistry.discover("nutrivoice_desktop.nutrition.tools")
    for declaration in registry.declarations():
        assert declaration.parameters_json_schema is None and declaration.parameters is not None
        wire = declaration.parameters.model_dump(exclude_none=True, by_alias=True)
        assert "additionalProperties" not in str(wire) and "additional_properties" not in str(wire)
        source = registry._tools[declaration.name].parameters
        assert set(wire.get("required", [])) == set(source.get("required", []))
        assert set(wire.get("properties", {})) == set(source.get("properties", {}))
    grams = live_parameters(registry._tools["log_food"].parameters)["properties"]["grams"]
    assert grams == {"type": "NUMBER", "minimum": 0, "maximum": 5000,
                     "description": "Amount in grams. Give this or quantity (+ portion)."}
    assert live_parameters({"type": ["integer", "null"]}) == {"type": "INTEGER", "nullable": True}


def test_every_error_says_whether_calling_again_can_help(registry, tool_context, monkeypatch):
    import contextlib
    import sqlite3

    from nutrivoice_desktop.core.tools import CHANGED, LATER, NEVER

    bad = registry.call("unplanned_food", {"food": "apple", "grams": -5}, tool_context)
    unknown = registry.call("unplanned_food", {"food": "unobtainium", "grams": 10}, tool_context)
    nothing = registry.call("undo_last_change", {}, tool_context)
    assert bad.data["error"]["retry"] == unknown.data["error"]["retry"] == CHANGED
    assert nothing.data["error"]["retry"] == NEVER

    @contextlib.contextmanager
    def busy():
        raise sqlite3.OperationalError("database is locked")
        yield

    monkeypatch.setattr(tool_context.store, "transaction", busy)  # another process holds the write lock
    locked = registry.call("unplanned_food", {"food": "apple", "grams": 100}, tool_context)
    assert locked.data["error"]["code"] == "locked" and locked.data["error"]["retry"] == LATER
