"""What a second launch asks of the running app (services/single_instance.py): raise the window, start or
stop talking, or push-to-talk as a toggle. Done through the same bridge and window methods as the buttons."""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)


def show_window(window) -> None:
    """Bring the window to the front, from the tray too (hidden) or minimised."""
    window.showNormal()
    window.raise_()
    window.activateWindow()


class RemoteControl:
    """Does what a second launch asks (services/single_instance.py), through the same bridge and window
    methods as the buttons. Commands run one after another, so a quick press-release pair stays in order."""

    def __init__(self, window, bridge, settings) -> None:
        self.window = window
        self.bridge = bridge
        self.settings = settings
        self._order = asyncio.Lock()
        self._tasks: set[asyncio.Task] = set()
        self._talking = False  # the hotkey and the Hold button report through pushToTalk as well
        bridge.pushToTalk.connect(self._pushed)

    def _pushed(self, pressed: bool) -> None:
        self._talking = pressed

    def perform(self, command: str) -> None:
        """Slot for SingleInstance.commandReceived (Qt main thread): the work runs as a task, never blocking."""
        task = asyncio.ensure_future(self.do(command))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def do(self, command: str) -> None:
        async with self._order:
            try:
                if command == "raise":
                    show_window(self.window)
                elif command == "start":
                    await self.bridge.assistant.start()
                elif command == "stop":
                    await self.bridge.assistant.stop()
                elif command == "toggle-talk":
                    await self._toggle_talk()
                log.info("did %r for a second launch", command)
            except Exception:  # a failed remote command must not take the running app down
                log.exception("could not do %r for a second launch", command)

    def _session_running(self) -> bool:
        return self.bridge.running

    async def _toggle_talk(self) -> None:
        push_to_talk = self.settings.get("activity") == "push_to_talk"
        if not self._session_running():
            # The talk key is the user's way in: no session yet means start one, unmuted, and (push-to-talk)
            # talking at once.
            if self.window.mute_button.isChecked():
                self.window.mute_button.setChecked(False)
            await self.bridge.assistant.start()
            if not self._session_running():  # no key, say; the window already shows why
                log.info("toggle-talk: the session did not start")
                return
            if push_to_talk:
                self.bridge.set_push_to_talk(True)
            log.info("toggle-talk: session started%s", ", talking" if push_to_talk else "")
        elif push_to_talk:
            self.bridge.set_push_to_talk(not self._talking)
            log.info("toggle-talk: %s", "talking" if self._talking else "released")
        else:  # voice activity detection decides turns; the toggle is the microphone itself
            self.window.mute_button.toggle()  # same path as the Mute button: label, bridge and tray follow
            log.info("toggle-talk: microphone %s", "muted" if self.window.mute_button.isChecked() else "on")
