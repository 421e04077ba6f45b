"""A small JSON-Schema validator for tool arguments.

Only the subset our tool declarations use (object, array, string, number, integer, boolean, enum, minimum,
maximum, minLength, maxLength, minItems, maxItems, items, required, additionalProperties): enough to reject what a model may send by
mistake (strings for numbers, negative grams, missing fields) with a message it can act on.

Before any of that, ``check_bounds`` caps size and depth whatever the schema says: arguments come from a
server or a shell, and one 30,000-deep list or 10 MB string must cost microseconds to refuse, not a
RecursionError or half a minute of fuzzy food matching in the single tool thread.
"""

from __future__ import annotations

import re
from typing import Any

_TYPES = {
    "string": (str,),
    "number": (int, float),
    "integer": (int,),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


MAX_DEPTH = 8  # our deepest declaration is an object of arrays of objects (3)
MAX_ITEMS = 500  # values in all, containers included
MAX_TEXT = 500  # characters in one string, unless the declaration says maxLength
MAX_INTEGER = 2**53  # JSON's exact integers; beyond them ids and counts are nonsense (SQLite stops at 2^63)


def check_bounds(value: Any) -> str | None:
    """The first way *value* is too big or too deep, or None. Iterative: no recursion to exhaust."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    seen = 0
    while stack:
        item, depth = stack.pop()
        seen += 1
        if seen > MAX_ITEMS:
            return f"arguments: more than {MAX_ITEMS} values"
        if depth > MAX_DEPTH:
            return f"arguments: nested deeper than {MAX_DEPTH} levels"
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
            stack.extend((k, depth + 1) for k in item)
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
        elif isinstance(item, str) and len(item) > 10 * MAX_TEXT:
            return f"arguments: a text of {len(item):,} characters is far too long"
        elif isinstance(item, int) and not isinstance(item, bool) and abs(item) > MAX_INTEGER:
            return "arguments: a number is out of range"
    return None


# A number field may declare the unit it counts in ("unit": "g"); the model is told it in the description.
# A model still sends "150 g", "1.5 h" or "2": text in these units is read as a number in the field's unit.
# ("unit" is not in the Live API's schema subset: live_parameters leaves it out of the declaration.)
_UNITS: dict[str, dict[str, float]] = {
    "g": {"g": 1, "gr": 1, "gram": 1, "grams": 1, "kg": 1000, "kilo": 1000, "kilos": 1000, "kilogram": 1000,
          "kilograms": 1000, "oz": 28.349523125, "ounce": 28.349523125, "ounces": 28.349523125,
          "lb": 453.59237, "lbs": 453.59237, "pound": 453.59237, "pounds": 453.59237},
    "min": {"min": 1, "mins": 1, "minute": 1, "minutes": 1, "h": 60, "hr": 60, "hrs": 60, "hour": 60,
            "hours": 60},
    "kg": {"kg": 1, "kilo": 1, "kilos": 1, "kilogram": 1, "kilograms": 1, "lb": 0.45359237, "lbs": 0.45359237,
           "pound": 0.45359237, "pounds": 0.45359237},
}
_NUMBER_TEXT = re.compile(r"\s*([-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+))\s*([^\W\d]*)\.?\s*")
_BOOLEAN_TEXT = {"true": True, "yes": True, "false": False, "no": False}


def coerce(schema: dict, value: Any) -> tuple[Any, list[str]]:
    """*value* as a model meant it, before validation: numbers sent as text ("150 g" in grams, "2"),
    integral floats for integers (1.0), "true"/"false"; fields an object does not have (where it allows
    none) are left out. Returns the value and the names of the fields left out. Anything it cannot read
    is left as it was, for ``validate`` to name."""
    kind = schema.get("type")
    if kind in ("number", "integer"):
        number = _number(schema, value)
        if number is not None and kind == "integer" and number.is_integer():
            return int(number), []
        if number is not None and kind == "number":
            return (int(number) if isinstance(value, int) else number), []
        return value, []
    if kind == "boolean" and isinstance(value, str):
        return _BOOLEAN_TEXT.get(value.strip().lower(), value), []
    if kind == "object" and isinstance(value, dict):
        properties = schema.get("properties", {})
        out: dict[str, Any] = {}
        ignored: list[str] = []
        for name, item in value.items():
            if name in properties:
                out[name], deeper = coerce(properties[name], item)
                ignored.extend(f"{name}.{d}" for d in deeper)
            elif schema.get("additionalProperties", True) is False:
                ignored.append(name)
            else:
                out[name] = item
        return out, ignored
    if kind == "array" and isinstance(value, list) and "items" in schema:
        items = [coerce(schema["items"], item) for item in value]
        return [v for v, _ in items], [f"[{i}].{d}" for i, (_, deeper) in enumerate(items) for d in deeper]
    return value, []


def _number(schema: dict, value: Any) -> float | None:
    """The number *value* stands for in the field's unit, or None (booleans are not numbers)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if not isinstance(value, str):
        return None
    match = _NUMBER_TEXT.fullmatch(value)
    if match is None:
        return None
    digits, unit = match.group(1), match.group(2).lower()
    whole, _, fraction = digits.replace(",", ".").partition(".")
    if len(fraction) == 3 and whole.strip("+-0"):
        return None  # "1,500" or "1.500": a thousands separator or a decimal one? Not guessed.
    if "," in digits and len(fraction) > 2:
        return None
    digits = digits.replace(",", ".")
    factor = _UNITS.get(schema.get("unit", ""), {}).get(unit) if unit else 1.0
    return None if factor is None else float(digits) * factor


def validate(schema: dict, value: Any, path: str = "") -> list[str]:
    """Return a list of problems (empty when *value* satisfies *schema*)."""
    where = path or "arguments"
    kind = schema.get("type")
    if kind is not None:
        expected = _TYPES[kind]
        # bool is an int in Python; JSON does not think so
        if isinstance(value, bool) and kind in ("number", "integer") or not isinstance(value, expected):
            return [f"{where}: expected {kind}, got {_describe(value)}"]
        if kind == "integer" and isinstance(value, float) and not value.is_integer():
            return [f"{where}: expected a whole number, got {value}"]
    problems: list[str] = []
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} is not one of {', '.join(map(str, schema['enum']))}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value or value in (float("inf"), float("-inf")):
            problems.append(f"{where}: must be a finite number")
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(f"{where}: must be at least {schema['minimum']}, got {value}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            problems.append(f"{where}: must be greater than {schema['exclusiveMinimum']}, got {value}")
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(f"{where}: must be at most {schema['maximum']}, got {value}")
    if isinstance(value, str) and len(value.strip()) < schema.get("minLength", 0):
        problems.append(f"{where}: must not be empty")
    if isinstance(value, str) and len(value) > schema.get("maxLength", MAX_TEXT):
        problems.append(f"{where}: at most {schema.get('maxLength', MAX_TEXT)} characters, got {len(value):,}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            problems.append(f"{where}: needs at least {schema['minItems']} item(s), got {len(value)}")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            problems.append(f"{where}: at most {schema['maxItems']} items, got {len(value)}")
        if "items" in schema:
            for i, item in enumerate(value):
                problems.extend(validate(schema["items"], item, f"{path}[{i}]" if path else f"[{i}]"))
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                problems.append(f"{where}: missing required field {name!r}")
        for name, item in value.items():
            sub = f"{path}.{name}" if path else name
            if name in properties:
                problems.extend(validate(properties[name], item, sub))
            elif schema.get("additionalProperties", True) is False:
                problems.append(f"{sub}: unknown field (allowed: {', '.join(properties) or 'none'})")
    return problems


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return f"the text {value!r}"
    return f"{type(value).__name__} {value!r}"


# What the Live API reads of a function's parameters: the OpenAPI Schema subset (shared notes live.md §tools).
# It does not read ``parameters_json_schema`` at all on 2.x Live models (the model then calls every tool with
# no arguments: python-genai #1147, livekit PR #3135/#5560), and ``additionalProperties`` in ``parameters``
# fails the setup with 1007 (livekit #7302). Validation stays here, client-side, with the full schema.
_LIVE_KEYS = ("description", "enum", "required", "minimum", "maximum", "format", "minLength", "maxLength",
              "pattern", "nullable", "minItems", "maxItems")


def live_parameters(schema: dict[str, Any]) -> dict[str, Any]:
    """*schema* (a tool's JSON schema) as the Live API's ``parameters``: upper-case types, exclusive bounds
    as inclusive ones (the model is told the range; the exact rule is checked when the call comes),
    everything outside the subset left out."""
    out: dict[str, Any] = {key: schema[key] for key in _LIVE_KEYS if key in schema}
    kind = schema.get("type")
    if isinstance(kind, list):  # ["number", "null"]: nullable number
        if "null" in kind:
            out["nullable"] = True
        kind = next((k for k in kind if k != "null"), None)
    if kind:
        out["type"] = str(kind).upper()
    for exclusive, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if exclusive in schema and inclusive not in out:
            out[inclusive] = schema[exclusive]
    if "properties" in schema:
        out["properties"] = {name: live_parameters(sub) for name, sub in schema["properties"].items()}
    if "items" in schema:
        out["items"] = live_parameters(schema["items"])
    if "anyOf" in schema:
        out["anyOf"] = [live_parameters(sub) for sub in schema["anyOf"]]
    return out
