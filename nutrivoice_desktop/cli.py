"""``nutrivoice tool NAME '{json}'``: call any assistant tool from the shell, against the real diary."""

from __future__ import annotations

import argparse
import json
import sys

from nutrivoice_desktop.core.tools import ToolRegistry
from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.services import paths

TOOLS_PACKAGE = "nutrivoice_desktop.nutrition.tools"
MAX_ARGUMENT_CHARS = 64_000  # far above any real call; the registry caps sizes again after parsing


def open_tools() -> tuple[ToolRegistry, NutritionContext]:
    registry = ToolRegistry.discover(TOOLS_PACKAGE)
    context = NutritionContext.open(paths.data_dir() / "diary.sqlite3", paths.resources_dir())
    return registry, context


def run_tool(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nutrivoice tool", description="Call an assistant tool and print its result.")
    parser.add_argument("name", nargs="?", help="tool name; omit to list the tools")
    parser.add_argument("arguments", nargs="?", default="{}", help="JSON object with the arguments")
    parser.add_argument("--card", action="store_true", help="print the card text instead of the JSON for the model")
    args = parser.parse_args(argv)
    registry, context = open_tools()
    try:
        if args.name is None:
            for name in registry.names():
                print(name)
            return 0
        if len(args.arguments) > MAX_ARGUMENT_CHARS:
            print(f"nutrivoice tool: the arguments are too long ({len(args.arguments):,} characters; "
                  f"at most {MAX_ARGUMENT_CHARS:,})", file=sys.stderr)
            return 2
        try:
            arguments = json.loads(args.arguments)
        except json.JSONDecodeError as exc:
            print(f"nutrivoice tool: the arguments are not valid JSON: {exc}", file=sys.stderr)
            return 2
        except RecursionError:  # json nests by recursion; 30,000 brackets exhaust it before any cap applies
            print("nutrivoice tool: the arguments are nested far too deeply", file=sys.stderr)
            return 2
        result = registry.call(args.name, arguments, context)
        if args.card:
            print(result.card.title)
            print(result.card.summary)
            for row in result.card.table:
                print("  " + " | ".join(row))
        else:
            print(json.dumps(result.data, indent=2, ensure_ascii=False))
        return 0 if result.ok else 1
    finally:
        context.store.close()
