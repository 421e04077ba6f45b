"""Tool registry: each tool is one JSON-schema declaration plus one handler, found automatically.

A tool module defines ``TOOL = Tool(...)``; ``ToolRegistry.discover(package)`` imports every module of the
package and registers what it finds, so adding a function to the assistant is adding one file.
The registry validates arguments before a handler runs and turns every failure into a structured error
result: the model always gets an answer, the app never crashes on a tool.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from nutrivoice_desktop.core.schema import check_bounds, coerce, live_parameters, validate
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP, said

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Card:
    """How a result is shown beside the conversation (plain data; the UI decides the look).

    Its fixed words are phrases (core/wording.py), which the window shows in its language (ui/i18n.shown);
    a note's text is a cell's or the summary's English text (what it is found by)."""

    title: str
    summary: str
    table: tuple[tuple[str, ...], ...] = ()  # first row is the header
    bars: tuple[tuple[str, float, float, float], ...] = ()  # (label, before, after, target)
    undo_id: int | None = None
    source: str = ""  # where the numbers come from, shown on the card: "USDA FDC 173944"
    day: str = ""  # the ISO date the card is about, when that is not today (shown on the card)
    # (text on the card, what hovering it shows): a food's short name → USDA's description and id
    notes: tuple[tuple[str, str], ...] = ()
    compact_columns: tuple[int, ...] = (0, 1)  # what a compact table keeps: the row's name and its main number


# Whether calling again can help, told to the model with every error
LATER = "later"  # the same call, in a moment (the diary was busy)
CHANGED = "with_changes"  # with other arguments, or another tool (the error says which)
NEVER = "no"  # not by calling again: tell the user


@dataclass(frozen=True)
class ToolResult:
    ok: bool
    data: dict[str, Any]  # what the model gets
    card: Card

    @classmethod
    def error(cls, tool: str, code: str, message: str, retry: str = CHANGED, *, action: str = "",
              **extra: Any) -> "ToolResult":
        """A failure the model can act on: what (code), in words (message), and whether calling again
        can help (retry: LATER, CHANGED or NEVER). *action* is what the tool does in the user's words
        (``Tool.action``): the card says "Couldn't find that food", never the tool's name."""
        # the model gets the words as plain text; the card keeps them as a phrase when they are one
        data = {"ok": False, "error": {"code": code, "message": str(message), "retry": retry, **extra}}
        title = QT_TRANSLATE_NOOP("Messages", "Couldn't {action}").format(action=action or DO_THAT)
        return cls(False, data, Card(title=title, summary=message))


DO_THAT = QT_TRANSLATE_NOOP("Messages", "do that")  # the action of an error card whose tool declares none


class ToolInputError(ValueError):
    """Raised by a handler for bad input it can only detect with data (unknown food, ...), or for a
    failure it can explain; *retry* says whether calling again can help (default: with other arguments)."""

    def __init__(self, code: str, message: str, retry: str = CHANGED, **extra: Any) -> None:
        super().__init__(message)
        self.code, self.retry, self.extra = code, retry, extra


Handler = Callable[[Any, dict[str, Any]], ToolResult]


@dataclass(frozen=True)
class ToolPolicy:
    """What the engine and the diary need to know about a tool, declared by the tool (the engine names none).

    read_only: never changes the diary (no refresh, nothing to undo).
    undo_on_cancel: when the server cancels a call that already changed the diary, the change is undone, so
        what the user heard and what is stored agree.
    undoes_changes: this tool takes ``{"undo_id": N}`` and takes back diary change N (cards' Undo buttons
        and cancellations use it). At most one tool in a registry says so.
    """

    read_only: bool = False
    undo_on_cancel: bool = True
    undoes_changes: bool = False
    redoes_changes: bool = False  # this tool takes ``{"day": ISO date}`` and puts back the change undone last


READ_ONLY = ToolPolicy(read_only=True, undo_on_cancel=False)


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    parameters: dict[str, Any]
    handler: Handler = field(repr=False)
    policy: ToolPolicy = ToolPolicy()
    # what it does, to complete "Couldn't {action}" on its error card: QT_TRANSLATE_NOOP("Messages", "find that food")
    action: str = ""

    def __post_init__(self) -> None:
        if self.parameters.get("type") != "object":
            raise ValueError(f"tool {self.name}: parameters must be an object schema")


class ToolRegistry:
    def __init__(self, tools: list[Tool] | None = None) -> None:
        self._tools: dict[str, Tool] = {}
        for tool in tools or ():
            self.register(tool)

    @classmethod
    def discover(cls, package: str) -> "ToolRegistry":
        registry = cls()
        module = importlib.import_module(package)
        for info in sorted(pkgutil.iter_modules(module.__path__), key=lambda i: i.name):
            sub = importlib.import_module(f"{package}.{info.name}")
            tool = getattr(sub, "TOOL", None)
            if isinstance(tool, Tool):
                registry.register(tool)
        return registry

    def register(self, tool: Tool) -> None:
        if tool.name in self._tools:
            raise ValueError(f"tool {tool.name!r} registered twice")
        if tool.policy.undoes_changes and self.undo_tool() is not None:
            raise ValueError(f"tool {tool.name!r} and {self.undo_tool()!r} both say they undo changes")
        if tool.policy.redoes_changes and self.redo_tool() is not None:
            raise ValueError(f"tool {tool.name!r} and {self.redo_tool()!r} both say they redo changes")
        self._tools[tool.name] = tool

    def policy(self, name: str) -> ToolPolicy:
        tool = self._tools.get(name)
        return tool.policy if tool is not None else READ_ONLY  # an unknown tool changes nothing

    def redo_tool(self) -> str | None:
        return next((t.name for t in self._tools.values() if t.policy.redoes_changes), None)

    def undo_tool(self) -> str | None:
        """The name of the tool that takes back a diary change by its id, if there is one."""
        return next((t.name for t in self._tools.values() if t.policy.undoes_changes), None)

    def names(self) -> list[str]:
        return list(self._tools)

    def __contains__(self, name: str) -> bool:
        return name in self._tools

    def declarations(self) -> list:
        """google-genai FunctionDeclarations for the Live session's setup."""
        from google.genai import types

        # ``parameters``, not ``parameters_json_schema``: the Live API reads only the former (core/schema.py)
        return [
            types.FunctionDeclaration(name=t.name, description=t.description,
                                      parameters=types.Schema.model_validate(live_parameters(t.parameters)))
            for t in self._tools.values()
        ]

    def call(self, name: str, args: Any, context: Any) -> ToolResult:
        tool = self._tools.get(name)
        if tool is None:
            return ToolResult.error(name, "unknown_tool", f"There is no tool named {name!r}.",
                                    available=self.names())
        args = {} if args is None else args
        too_big = check_bounds(args)
        if too_big:
            return ToolResult.error(name, "invalid_arguments", too_big, action=tool.action)
        args, ignored = coerce(tool.parameters, args)  # "150 g" -> 150, 1.0 -> 1, unknown fields left out
        problems = validate(tool.parameters, args)
        if ignored and not tool.policy.read_only:
            # a misnamed field ("date" for "day") left out of a diary write would change the wrong thing:
            # refused, so the model calls again with the right name
            known = ", ".join(tool.parameters.get("properties", {}))
            problems.append(f"unknown field(s) {', '.join(ignored)} (allowed: {known})")
        if problems:
            result = ToolResult.error(name, "invalid_arguments", "; ".join(problems), action=tool.action)
        else:
            result = self._run(tool, context, args)
        if ignored:  # said, so the model knows what it asked for was not used
            result.data["ignored_arguments"] = ignored
        return result

    @staticmethod
    def _run(tool: Tool, context: Any, args: dict[str, Any]) -> ToolResult:
        try:
            return tool.handler(context, args)
        except ToolInputError as exc:
            return ToolResult.error(tool.name, exc.code, said(exc), exc.retry, action=tool.action, **exc.extra)
        except Exception as exc:  # a bug in one tool must not end the conversation
            log.exception("tool %s failed", tool.name)
            return ToolResult.error(tool.name, "internal_error", f"The {tool.name} tool failed: {type(exc).__name__}.",
                                    NEVER, action=tool.action)


class ToolRunner(Protocol):
    """Where the live session runs the tools the model calls (nutrition.diary_service.DiaryService)."""

    def declarations(self) -> list: ...

    def policy(self, name: str) -> ToolPolicy: ...

    async def call(self, name: str, args: dict[str, Any], *, origin: str) -> ToolResult: ...

    async def undo(self, change_id: int, *, origin: str) -> tuple[str, ToolResult] | None: ...
