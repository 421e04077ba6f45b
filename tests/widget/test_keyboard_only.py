"""The first run with the keyboard alone: paste the key, Enter; Enter past the microphone check; type the
body data with Tab between fields, Enter; Enter to finish. Nothing needs the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nutrivoice_desktop.services.settings import Settings
from nutrivoice_desktop.ui.walkthrough import Walkthrough
from tests.conftest import need_service
from tests.widget.conftest import make_bridge


def focused():
    return QApplication.focusWidget()


def type_into_focus(text: str) -> None:
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace what is there
    QTest.keyClicks(focused(), text)


def test_the_first_run_walkthrough_works_with_the_keyboard_alone(qtbot, base_dir, registry, tool_context,
                                                                 monkeypatch, aloop):
    from nutrivoice_desktop.services import secrets

    need_service("Secret Service keyring", secrets.secure_backend_available(), "gnome-keyring under dbus")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    settings = Settings()
    bridge = make_bridge(settings, registry, tool_context)
    wizard = Walkthrough(settings, bridge)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=5000)
    try:
        qtbot.waitUntil(lambda: focused() is wizard.key_page.field.edit, timeout=5000)
        QTest.keyClicks(focused(), "keyboard-key-123456")
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mic_page, timeout=10_000)
        assert secrets.load_api_key() == "keyboard-key-123456"
        qtbot.waitUntil(lambda: wizard.mic_page.message.text() not in ("", "Opening the microphone…"), timeout=5000)
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        page = wizard.profile_page
        qtbot.waitUntil(lambda: wizard.currentPage() is page and focused() is page.body.weight, timeout=5000)
        qtbot.waitUntil(lambda: "add your height, age, sex" in page.explanation.text(), timeout=5000)
        for value in ("64", "165", "41"):  # weight, Tab, height, Tab, age
            type_into_focus(value)
            QTest.keyClick(focused(), Qt.Key.Key_Tab)
        QTest.keyClick(focused(), Qt.Key.Key_F)  # sex: "Female" by its first letter
        assert page.body.sex.currentData() == "female"
        assert (page.body.weight.value(), page.body.height.value(), page.body.age.value()) == (64, 165, 41)
        QTest.keyClick(focused(), Qt.Key.Key_Return)  # Next saves the profile, then moves on by itself
        qtbot.waitUntil(lambda: wizard.currentPage() not in (page, wizard.mic_page, wizard.key_page), timeout=10_000)
        QTest.keyClick(focused() or wizard, Qt.Key.Key_Return)  # Finish
        qtbot.waitUntil(lambda: settings.get("first_run_done") is True, timeout=5000)
        reading = aloop.create_task(bridge.profile_overview())
        qtbot.waitUntil(reading.done, timeout=5000)
        profile = reading.result()["profile"]
        assert (profile.weight_kg, profile.height_cm, profile.age, profile.sex) == (64, 165, 41, "female")
    finally:
        secrets.delete_api_key()
        stopping = aloop.create_task(bridge.stop_mic_check())
        qtbot.waitUntil(stopping.done, timeout=5000)
