"""``nutrivoice tool NAME '{json}'``: call any assistant tool from the shell, against the real diary."""

from __future__ import annotations

import argparse
import json
import sys

from nutrivoice_desktop.core.tools import ToolRegistry
from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.nutrition.food_db import FoodDataMissing
from nutrivoice_desktop.nutrition.diary_errors import DiaryOpenError, classify
from nutrivoice_desktop.nutrition.diary_service import DiaryService
from nutrivoice_desktop.services import paths

TOOLS_PACKAGE = "nutrivoice_desktop.nutrition.tools"
DIARY_UNAVAILABLE = 3  # exit status when the diary cannot be opened (1: the tool said no, 2: bad arguments)
MAX_ARGUMENT_CHARS = 64_000  # far above any real call; the registry caps sizes again after parsing


def open_tools() -> tuple[ToolRegistry, NutritionContext]:
    """The tools and the context they work on; raises DiaryOpenError (plain words) when the diary cannot open."""
    registry = ToolRegistry.discover(TOOLS_PACKAGE)
    try:
        folder = paths.data_dir()  # creates the folder
    except OSError as exc:
        where = exc.filename or "the data folder"
        raise DiaryOpenError(classify(exc, where), where, detail=exc.strerror or str(exc)) from exc
    context = NutritionContext.open(folder / "diary.sqlite3", paths.resources_dir())
    return registry, context


def run_tool(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nutrivoice tool", description="Call an assistant tool and print its result.")
    parser.add_argument("name", nargs="?", help="tool name; omit to list the tools")
    parser.add_argument("arguments", nargs="?", default="{}", help="JSON object with the arguments")
    parser.add_argument("--card", action="store_true", help="print the card text instead of the JSON for the model")
    args = parser.parse_args(argv)
    try:
        registry, context = open_tools()
    except DiaryOpenError as problem:
        print(f"nutrivoice tool: {problem.title}. {problem.message} {problem.next_step}", file=sys.stderr)
        if problem.backup is not None:  # the choice between the backup and an empty diary is the app's
            print("nutrivoice tool: start the NutriVoice app to choose.", file=sys.stderr)
        return DIARY_UNAVAILABLE
    except FoodDataMissing as problem:
        print(f"nutrivoice tool: {problem}", file=sys.stderr)
        return DIARY_UNAVAILABLE
    diary = DiaryService(registry, context)  # the same one worker as in the app
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
        result = diary.call_blocking(args.name, arguments)
        if args.card:
            print(result.card.title)
            print(result.card.summary)
            for row in result.card.table:
                print("  " + " | ".join(row))
        else:
            print(json.dumps(result.data, indent=2, ensure_ascii=False))
        return 0 if result.ok else 1
    finally:
        diary.close_blocking()
