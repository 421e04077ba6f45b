"""How the window reads the diary and runs its tools, without waiting on it.

FoldedReads: a widget's figures are read by the diary's worker (an awaitable), never on the GUI thread;
refreshes asked for while one read runs are folded into one more read after it, so a burst of diary
changes costs two reads, not one per change.

use_tool: a tool run by the user's hand (a button in a dialog or view) through the bridge; a failure, the
tool's own or a diary that closed meanwhile, is said in the widget's problem label and loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable

from PySide6.QtWidgets import QLabel

from nutrivoice_desktop.ui.lifetime import alive

log = logging.getLogger(__name__)


class FoldedReads:
    def __init__(self, read: Callable[[], Awaitable[Any]], show: Callable[[Any], None],
                 failed: Callable[[Exception], None], name: str) -> None:
        self._read, self._show, self._failed, self._name = read, show, failed, name
        self._task: asyncio.Task | None = None
        self._again = False

    def request(self) -> None:
        if self._task is not None and not self._task.done():
            self._again = True
            return
        self._task = asyncio.get_event_loop().create_task(self._run(), name=self._name)

    async def _run(self) -> None:
        while True:
            self._again = False
            try:
                data = await self._read()
            except Exception as exc:  # a closed or damaged diary: the widget says so where its figures would be
                log.warning("%s: could not read the diary: %s", self._name, exc)
                self._failed(exc)
                return
            self._show(data)
            if not self._again:
                return


async def use_tool(bridge, name: str, args: dict, problem: QLabel, failed: str) -> Any | None:
    """Run tool *name*; its card appears beside the conversation and the model is told of any diary change.
    Returns the result when it succeeded; otherwise *problem* says why ("<failed>: <reason>" when the call
    itself failed) and the answer is None."""
    problem.clear()
    try:
        result = await bridge.use_tool(name, args)
    except Exception as exc:  # the diary closed (quitting) or failed
        if alive(problem):
            problem.setText(f"{failed}: {exc}")
        return None
    if not result.ok:
        if alive(problem):  # the dialog may have been closed meanwhile: the card beside the talk still says it
            problem.setText(result.data["error"]["message"])
        return None
    return result
