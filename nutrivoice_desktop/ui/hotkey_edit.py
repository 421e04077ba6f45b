"""A field that records a key combination: click it (or tab to it) and press the keys.

It shows the combination the way the desktop writes shortcuts ("Ctrl+Alt+Space") and stores the syntax the
global hotkey reads (pynput's ``HotKey.parse``: ``<ctrl>+<alt>+<space>``; modifiers and named keys in angle
brackets, a character key as itself, lower case). Escape cancels a capture, Backspace clears the hotkey.
A combination needs Ctrl, Alt or the system key: the hotkey is global, and a plain key (or Shift and a key)
would fire whenever the user types it anywhere.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QWidget

Key = Qt.Key
Mod = Qt.KeyboardModifier

# Qt swaps Control and Meta on macOS: ControlModifier is the ⌘ key there, which pynput calls <cmd>.
if sys.platform == "darwin":
    MODIFIERS = ((Mod.MetaModifier, "ctrl"), (Mod.AltModifier, "alt"), (Mod.ShiftModifier, "shift"),
                 (Mod.ControlModifier, "cmd"))
else:
    MODIFIERS = ((Mod.ControlModifier, "ctrl"), (Mod.AltModifier, "alt"), (Mod.ShiftModifier, "shift"),
                 (Mod.MetaModifier, "cmd"))
HOLDING = Mod.ControlModifier | Mod.AltModifier | Mod.MetaModifier  # what makes a combination safe to listen for
MODIFIER_KEYS = {Key.Key_Control, Key.Key_Alt, Key.Key_AltGr, Key.Key_Shift, Key.Key_Meta, Key.Key_Super_L,
                 Key.Key_Super_R, Key.Key_Hyper_L, Key.Key_Hyper_R}

# Keys pynput names (its Key enum); Return and Enter are both its <enter>.
NAMED_KEYS = {
    Key.Key_Space: "space", Key.Key_Return: "enter", Key.Key_Enter: "enter", Key.Key_Tab: "tab",
    Key.Key_Home: "home", Key.Key_End: "end", Key.Key_Left: "left", Key.Key_Right: "right", Key.Key_Up: "up",
    Key.Key_Down: "down", Key.Key_PageUp: "page_up", Key.Key_PageDown: "page_down", Key.Key_Insert: "insert",
    Key.Key_Delete: "delete", Key.Key_Pause: "pause", Key.Key_Print: "print_screen", Key.Key_Menu: "menu",
    Key.Key_ScrollLock: "scroll_lock",
    **{Key(Key.Key_F1.value + i): f"f{i + 1}" for i in range(20)},
}
KEYS_BY_NAME = {name: key for key, name in NAMED_KEYS.items() if key != Key.Key_Enter}


def key_name(key: int) -> str | None:
    """pynput's name for a Qt key that can end a hotkey, or None."""
    if key in NAMED_KEYS:
        return f"<{NAMED_KEYS[Key(key)]}>"
    if 0x21 <= key <= 0x7E and chr(key) != "+":  # printable ASCII: letters come as upper case codes
        return chr(key).lower()
    return None


def modifier_names(modifiers: Qt.KeyboardModifier) -> list[str]:
    return [name for flag, name in MODIFIERS if modifiers & flag]


def to_pynput(modifiers: Qt.KeyboardModifier, name: str) -> str:
    """The stored form of a combination: modifiers in a fixed order, then the key's pynput name."""
    return "+".join([*(f"<{modifier}>" for modifier in modifier_names(modifiers)), name])


def parse(combination: str) -> tuple[list[str], int] | None:
    """(pynput modifier names, Qt key) of a stored combination; None when it is not one this field writes
    (an older hand-typed one is then shown as it is stored)."""
    parts = combination.split("+")
    modifiers, last = parts[:-1], parts[-1]
    if not all(m in ("<ctrl>", "<alt>", "<shift>", "<cmd>") for m in modifiers):
        return None
    if last.startswith("<") and last.endswith(">") and last[1:-1] in KEYS_BY_NAME:
        key = KEYS_BY_NAME[last[1:-1]].value
    elif len(last) == 1 and 0x21 <= ord(last.upper()) <= 0x7E:
        key = ord(last.upper())
    else:
        return None
    return [m[1:-1] for m in modifiers], key


def modifier_words(names: list[str]) -> list[str]:
    if sys.platform == "darwin":
        words = {"ctrl": "⌃", "alt": "⌥", "shift": "⇧", "cmd": "⌘"}
    else:
        words = {"ctrl": QCoreApplication.translate("HotkeyEdit", "Ctrl"),
                 "alt": QCoreApplication.translate("HotkeyEdit", "Alt"),
                 "shift": QCoreApplication.translate("HotkeyEdit", "Shift"),
                 "cmd": QCoreApplication.translate("HotkeyEdit", "Win") if sys.platform == "win32"
                 else QCoreApplication.translate("HotkeyEdit", "Super")}
    return [words[name] for name in names]


def joined(words: list[str]) -> str:
    return ("" if sys.platform == "darwin" else "+").join(words)


def human(combination: str) -> str:
    """The combination as the desktop writes shortcuts ("Ctrl+Alt+Space"; "⌃⌥Space" on macOS)."""
    parsed = parse(combination)
    if parsed is None:
        return combination
    modifiers, key = parsed
    return joined([*modifier_words(modifiers), QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)])


class HotkeyEdit(QLineEdit):
    """``value()`` is the pynput combination ("" for none); ``hotkeyChanged`` fires when a capture sets it."""

    hotkeyChanged = Signal(str)
    problem = Signal(str)  # a refused combination, in words ("" once the next capture starts)

    def __init__(self, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)  # typing goes to the capture, never into the text
        self._value = value
        self._capturing = False
        self.setMinimumWidth(220)
        self._show()

    def value(self) -> str:
        return self._value

    def setValue(self, value: str) -> None:
        self._value = value
        if self._capturing:
            self._capturing = False
            self.problem.emit("")  # a refused try no longer stands
        self._show()

    def capturing(self) -> bool:
        return self._capturing

    def human(self, combination: str) -> str:
        return human(combination)

    def _show_held(self, modifiers: Qt.KeyboardModifier) -> None:
        """While only modifiers are down: what is held so far ("Ctrl+Alt+…")."""
        held = modifier_words(modifier_names(modifiers))
        self._show(joined([*held, "…"]) if held else "")

    def _show(self, partial: str = "") -> None:
        if self._capturing:
            self.setText(partial)
            self.setPlaceholderText(self.tr("Press the keys… (Esc cancels, Backspace clears)"))
        else:
            self.setText(self.human(self._value) if self._value else "")
            self.setPlaceholderText(self.tr("None: click here and press the keys"))

    def _start(self) -> None:
        if not self._capturing:
            self._capturing = True
            self.problem.emit("")
            self._show()

    def _finish(self, value: str) -> None:
        changed = value != self._value
        self.setValue(value)
        if changed:
            self.hotkeyChanged.emit(value)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._capturing:  # leaving the field half-way keeps what was there
            self.setValue(self._value)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers() & ~Mod.KeypadModifier
        if not self._capturing:
            if key == Key.Key_Escape:
                event.ignore()  # Escape on a field at rest closes the dialog as usual
                return
            self._start()
        event.accept()
        if key == Key.Key_Escape and not modifiers:
            self.setValue(self._value)
        elif key == Key.Key_Backspace and not modifiers:
            self._finish("")
        elif key in MODIFIER_KEYS:
            self._show_held(modifiers)
        elif (name := key_name(key)) is None:
            self.problem.emit(self.tr("That key cannot be part of a hotkey. Try a letter, a number, Space or "
                                      "a function key."))
        elif not modifiers & HOLDING:
            self.problem.emit(self.tr("Add Ctrl or Alt: a hotkey without them would fire whenever you type "
                                      "that key in any app."))
        else:
            self._finish(to_pynput(modifiers, name))

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if self._capturing and event.key() in MODIFIER_KEYS:
            self._show_held(event.modifiers())
        event.accept()
