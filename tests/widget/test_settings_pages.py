"""The settings dialog in pages, driven as a user would: words for every choice, the stored raw values saved,
the hotkey recorded from the keyboard, device pickers that never lose a stored device, Remove key, and the
sound check kept off while a conversation holds the devices."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPushButton, QWidget

from nutrivoice_desktop.devices import hardware as real_hardware
from nutrivoice_desktop.devices.audio_check import AudioCheckResult
from nutrivoice_desktop.devices.hardware import Camera, Monitor, _v4l_cameras
from nutrivoice_desktop.devices.windows import SharedWindow
from nutrivoice_desktop.services import secrets
from nutrivoice_desktop.services.settings import APP_RESTART, NEXT_START, OPTIONS, Settings
from nutrivoice_desktop.ui import hotkey_edit
from nutrivoice_desktop.ui.device_pickers import URL_CHOICE
from nutrivoice_desktop.ui.settings_dialog import HIDDEN, SettingsDialog
from nutrivoice_desktop.ui.theme import apply_theme
from tests.conftest import need_service, pulse_available, x_display_available

FAKE_KEY = "AIzaTEST-not-a-real-key-0123456789abcdefghi"

EXPECTED_PAGES = {
    "general": {"theme", "ui_language", "close_to_tray"},
    "audio": {"voice", "language", "activity", "hotkey", "echo", "input_device", "output_device"},
    "video": {"mode", "camera", "monitor_index"},
    "profile": set(),
    "advanced": {"model", "endpoint", "api_version", "ca_file", "ca_only", "mic_frame_ms"},
}


class Hardware:
    """The devices of a made-up computer (the real ones are devices/hardware.py, tested on PulseAudio below)."""

    def __init__(self) -> None:
        self.checked: list[tuple[str, str]] = []

    def audio_devices(self, kind: str) -> list[str]:
        return {"input": ["Built-in Audio Analog Stereo", "USB Headset Microphone"],
                "output": ["Built-in Audio Analog Stereo", "USB Headset"]}[kind]

    def cameras(self) -> list[Camera]:
        return [Camera(0, "Integrated Camera: Integrated C"), Camera(2, "Logitech BRIO")]

    def monitors(self) -> list[Monitor]:
        return [Monitor(1, 1920, 1080, True), Monitor(2, 2560, 1440, False)]

    def windows(self) -> list[SharedWindow]:
        return [SharedWindow(0x3a0000b, "Recipe — Firefox", 1200, 800)]

    def check_audio(self, microphone, speaker, on_level, seconds, stop) -> AudioCheckResult:
        self.checked.append((microphone, speaker))
        on_level(-20.0)
        return AudioCheckResult(-20.0)


def make_dialog(qtbot, settings=None, **kwargs) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings(), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo: QComboBox, data) -> None:
    """Pick an entry as the user does (``activated`` fires, unlike setCurrentIndex alone)."""
    index = combo.findData(data)
    assert index >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def saved(qtbot, dialog: SettingsDialog) -> None:
    saving = dialog.save()
    qtbot.waitUntil(saving.done, timeout=10_000)
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible(), dialog.error.text()


def test_each_option_is_on_its_page(qtbot, base_dir, aloop):
    dialog = make_dialog(qtbot)
    assert set(dialog.pages) == set(EXPECTED_PAGES)
    assert [dialog.sidebar.item(i).text() for i in range(dialog.sidebar.count())] == [
        "General", "Voice & audio", "Camera & screen", "Profile", "Advanced"]
    for page, names in EXPECTED_PAGES.items():
        for name in names:
            assert dialog.pages[page].isAncestorOf(dialog.fields[name]), (name, page)
    assert set(dialog.fields) == set(OPTIONS) - HIDDEN  # a new option must be given a page
    assert dialog.pages["general"].isAncestorOf(dialog.api_key)
    assert dialog.pages["audio"].isAncestorOf(dialog.sound_check)
    dialog.show_page("advanced")
    assert dialog.stack.currentWidget().isAncestorOf(dialog.fields["endpoint"])
    assert not dialog.fields["endpoint"].visibleRegion().isEmpty()


def test_every_choice_has_words():
    for option in OPTIONS.values():
        if option.choices is not None:
            assert set(option.choices) <= set(option.labels), option.name  # never a raw value on screen


def test_choices_show_words_and_save_the_raw_values(qtbot, base_dir, aloop):
    settings = Settings()
    dialog = make_dialog(qtbot, settings)
    echo = dialog.fields["echo"]
    assert [echo.itemText(i) for i in range(echo.count())] == [
        "Cancel the echo (talk over the assistant)", "Mute the mic while the assistant speaks", "Off (headphones)"]
    activity = dialog.fields["activity"]
    assert [activity.itemText(i) for i in range(activity.count())] == ["Automatic (just talk)", "Push to talk"]
    theme = dialog.fields["theme"]
    assert [theme.itemText(i) for i in range(theme.count())] == ["Follow the system", "Light", "Dark"]
    assert dialog.fields["ui_language"].currentText() == "Follow the system"
    assert dialog.fields["voice"].currentText() == "Puck (upbeat)"

    assert dialog.hints["ui_language"].isVisible()  # a restart is said up front
    assert dialog.hints["ui_language"].text() == "Applies when you restart NutriVoice."
    assert OPTIONS["ui_language"].applies == APP_RESTART
    assert not dialog.hints["echo"].isVisible()  # "next Start" once something changed
    dialog.show_page("audio")
    choose(echo, "off")
    assert dialog.hints["echo"].isVisible() and "next press Start" in dialog.hints["echo"].text()
    assert "next press Start" in echo.toolTip() and OPTIONS["echo"].applies == NEXT_START
    choose(activity, "push_to_talk")
    choose(dialog.fields["ui_language"], "de")
    choose(dialog.fields["mic_frame_ms"], 20)
    saved(qtbot, dialog)
    assert settings.get("echo") == "off" and settings.get("activity") == "push_to_talk"
    assert settings.get("ui_language") == "de" and settings.get("mic_frame_ms") == 20
    assert Settings().get("ui_language") == "de"  # on disk for the next start


def test_hotkey_is_recorded_from_the_keyboard(qtbot, base_dir, aloop):
    settings = Settings()
    settings.set("hotkey", "<ctrl>+<shift>+t")
    dialog = make_dialog(qtbot, settings)
    dialog.show_page("audio")
    edit = dialog.fields["hotkey"]
    assert edit.text() == "Ctrl+Shift+T"  # the desktop's way, not pynput's

    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert edit.capturing() and edit.text() == "" and "Press the keys" in edit.placeholderText()
    QTest.keyClick(edit, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert edit.value() == "<ctrl>+<alt>+<space>" and edit.text() == "Ctrl+Alt+Space" and not edit.capturing()

    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.keyClick(edit, Qt.Key.Key_A)  # a plain letter would fire whenever the user types an "a"
    assert edit.value() == "<ctrl>+<alt>+<space>" and edit.capturing()
    assert dialog.hints["hotkey"].isVisible() and "Ctrl or Alt" in dialog.hints["hotkey"].text()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)  # Shift alone is typing too
    assert edit.value() == "<ctrl>+<alt>+<space>"
    QTest.keyClick(edit, Qt.Key.Key_Escape)  # cancels the capture, not the dialog
    assert not edit.capturing() and edit.value() == "<ctrl>+<alt>+<space>" and edit.text() == "Ctrl+Alt+Space"
    assert dialog.isVisible() and not dialog.hints["hotkey"].isVisible()

    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.keyClick(edit, Qt.Key.Key_F9, Qt.KeyboardModifier.AltModifier)
    assert edit.value() == "<alt>+<f9>" and edit.text() == "Alt+F9"
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.keyClick(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert edit.value() == "<ctrl>+<shift>+k"
    saved(qtbot, dialog)
    assert settings.get("hotkey") == "<ctrl>+<shift>+k"


def test_what_the_field_stores_is_what_the_global_hotkey_reads():
    need_service("X display", x_display_available(), "pynput's keyboard backend needs X11 (ci/with-services.sh)")
    from pynput.keyboard import HotKey

    held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    for key in [*hotkey_edit.NAMED_KEYS, Qt.Key.Key_A, Qt.Key.Key_Z, Qt.Key.Key_0, Qt.Key.Key_Comma]:
        combination = hotkey_edit.to_pynput(held, hotkey_edit.key_name(key))
        assert len(HotKey.parse(combination)) == 3, combination
        modifiers, parsed_key = hotkey_edit.parse(combination)  # and it reads back for display
        assert modifiers == ["ctrl", "alt"] and hotkey_edit.key_name(parsed_key) == hotkey_edit.key_name(key)


def test_backspace_clears_the_hotkey_and_escape_at_rest_closes(qtbot, base_dir, aloop):
    settings = Settings()
    dialog = make_dialog(qtbot, settings)
    dialog.show_page("audio")
    edit = dialog.fields["hotkey"]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.value() == "" and "None" in edit.placeholderText()
    QTest.keyClick(edit, Qt.Key.Key_Escape)  # not capturing: Escape is the dialog's again
    assert not dialog.isVisible()
    assert settings.get("hotkey") == "<ctrl>+<alt>+<space>"  # closed without saving: nothing changed


def test_device_pickers_list_the_devices_and_keep_a_missing_one(qtbot, base_dir, aloop):
    settings = Settings()
    settings.set("input_device", "Old USB Mic")
    settings.set("camera", "4")
    settings.set("monitor_index", 2)
    dialog = make_dialog(qtbot, settings, hardware=Hardware())
    mic, speaker = dialog.fields["input_device"], dialog.fields["output_device"]
    qtbot.waitUntil(lambda: mic.count() == 4 and speaker.count() == 3, timeout=5000)
    assert [mic.itemText(i) for i in range(mic.count())] == [
        "System default", "Built-in Audio Analog Stereo", "USB Headset Microphone", "Old USB Mic (not connected)"]
    assert mic.currentText() == "Old USB Mic (not connected)" and speaker.currentText() == "System default"
    camera, screen = dialog.fields["camera"], dialog.fields["monitor_index"]
    qtbot.waitUntil(lambda: screen.count() == 3, timeout=5000)
    assert [camera.combo.itemText(i) for i in range(camera.combo.count())] == [
        "Integrated Camera: Integrated C", "Logitech BRIO", "Camera 5 (not connected)", "Video file or stream URL…"]
    assert camera.combo.currentText() == "Camera 5 (not connected)" and not camera.source.isVisible()
    assert [screen.itemText(i) for i in range(screen.count())] == [
        "Monitor 1 — 1920×1080 (primary)", "Monitor 2 — 2560×1440", "Window: Recipe — Firefox"]
    assert screen.value() == (2, 0)
    saved(qtbot, dialog)  # nothing chosen: nothing lost
    assert settings.get("input_device") == "Old USB Mic" and settings.get("camera") == "4"

    dialog = make_dialog(qtbot, settings, hardware=Hardware())
    mic, speaker = dialog.fields["input_device"], dialog.fields["output_device"]
    qtbot.waitUntil(lambda: speaker.count() == 3, timeout=5000)
    choose(mic, "USB Headset Microphone")
    choose(speaker, "USB Headset")
    dialog.show_page("video")
    camera = dialog.fields["camera"]
    qtbot.waitUntil(lambda: camera.combo.count() == 4, timeout=5000)
    choose(camera.combo, "2")
    choose(dialog.fields["monitor_index"], "1:0")
    saved(qtbot, dialog)
    assert settings.get("input_device") == "USB Headset Microphone" and settings.get("output_device") == "USB Headset"
    assert settings.get("camera") == "2" and settings.get("monitor_index") == 1

    dialog = make_dialog(qtbot, settings, hardware=Hardware())  # one window instead of the monitor
    screen = dialog.fields["monitor_index"]
    qtbot.waitUntil(lambda: screen.count() == 3, timeout=5000)
    choose(screen, f"1:{0x3a0000b}")
    saved(qtbot, dialog)
    assert settings.get("screen_window") == 0x3a0000b and settings.get("monitor_index") == 1
    dialog = make_dialog(qtbot, settings, hardware=Hardware())
    screen = dialog.fields["monitor_index"]
    qtbot.waitUntil(lambda: screen.count() == 3, timeout=5000)
    assert screen.currentText() == "Window: Recipe — Firefox"


def test_a_video_file_or_stream_stays_a_camera_choice(qtbot, base_dir, aloop, tmp_path):
    settings = Settings()
    settings.set("camera", "rtsp://kitchen.local/stream")
    dialog = make_dialog(qtbot, settings, hardware=Hardware())
    dialog.show_page("video")
    camera = dialog.fields["camera"]
    qtbot.waitUntil(lambda: camera.combo.count() == 3, timeout=5000)
    assert camera.combo.currentData() == URL_CHOICE and camera.source.isVisible()
    assert camera.source.edit.text() == "rtsp://kitchen.local/stream"
    camera.source.edit.clear()
    saving = dialog.save()
    qtbot.waitUntil(saving.done, timeout=10_000)
    assert dialog.isVisible() and "Camera: type a video file or stream URL" in dialog.error.text()
    assert settings.get("camera") == "rtsp://kitchen.local/stream"  # nothing half-typed was stored
    clip = tmp_path / "meal.mp4"
    camera.source.edit.setText(str(clip))
    saved(qtbot, dialog)
    assert settings.get("camera") == str(clip)


def test_ca_file_is_typed_or_chosen_without_blocking(qtbot, base_dir, aloop, tmp_path):
    settings = Settings()
    dialog = make_dialog(qtbot, settings)
    dialog.show_page("advanced")
    field = dialog.fields["ca_file"]
    chooser = field.choose()  # opened, not exec()'d: the loop keeps running
    qtbot.waitUntil(chooser.isVisible, timeout=2000)
    pem = tmp_path / "proxy-ca.pem"
    chooser.fileSelected.emit(str(pem))
    chooser.close()
    assert field.edit.text() == str(pem) and dialog.isVisible()
    saved(qtbot, dialog)
    assert settings.get("ca_file") == str(pem)


def test_real_hardware_lists_the_sound_devices(qtbot, base_dir, aloop):
    need_service("PulseAudio with the virtual devices", pulse_available(),
                 "ci/with-services.sh starts PulseAudio with a null sink and a virtual mic")
    dialog = make_dialog(qtbot, hardware=real_hardware)
    mic = dialog.fields["input_device"]
    qtbot.waitUntil(lambda: mic.count() > 1, timeout=10_000)
    assert mic.itemText(0) == "System default"
    assert set(real_hardware.audio_devices("input")) == {mic.itemData(i) for i in range(1, mic.count())}


def test_cameras_are_read_from_video4linux(tmp_path):
    for node, name, index in (("video0", "Integrated Camera", "0"), ("video1", "Integrated Camera", "1"),
                              ("video10", "Logitech BRIO", "0")):
        (tmp_path / node).mkdir()
        (tmp_path / node / "name").write_text(name + "\n")
        (tmp_path / node / "index").write_text(index + "\n")
    # video1 is the webcam's metadata node: it gives no pictures
    assert _v4l_cameras(tmp_path) == [Camera(0, "Integrated Camera"), Camera(10, "Logitech BRIO")]


def test_sound_check_is_off_while_a_conversation_uses_the_devices(qtbot, base_dir, aloop):
    busy = [True]
    hardware = Hardware()
    dialog = make_dialog(qtbot, hardware=hardware, audio_busy=lambda: busy[0])
    dialog.show_page("audio")
    check = dialog.sound_check
    assert not check.button.isEnabled()
    assert check.reason.isVisible() and "Stop the conversation" in check.reason.text()
    busy[0] = False
    qtbot.waitUntil(check.button.isEnabled, timeout=2000)  # noticed while the page is open
    assert not check.reason.isVisible()
    qtbot.waitUntil(lambda: dialog.fields["input_device"].count() == 3, timeout=5000)
    choose(dialog.fields["input_device"], "USB Headset Microphone")
    qtbot.mouseClick(check.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not check.running() and "Heard you" in check.result.text(), timeout=5000)
    assert hardware.checked == [("USB Headset Microphone", "")]
    assert check.button.isEnabled()


def test_sound_check_needs_the_hardware(qtbot, base_dir, aloop):
    dialog = make_dialog(qtbot)
    dialog.show_page("audio")
    assert not dialog.sound_check.button.isEnabled() and dialog.sound_check.reason.isVisible()


def test_sound_check_on_the_real_devices(qtbot, base_dir, aloop):
    need_service("PulseAudio with the virtual devices", pulse_available(),
                 "ci/with-services.sh starts PulseAudio with a null sink and a virtual mic")
    dialog = make_dialog(qtbot, hardware=real_hardware)
    dialog.show_page("audio")
    check = dialog.sound_check
    qtbot.mouseClick(check.button, Qt.MouseButton.LeftButton)
    assert check.running() and not check.button.isEnabled()
    qtbot.waitUntil(lambda: not check.running(), timeout=15_000)
    # the virtual microphone carries silence: said in words, the speaker's tone too
    assert "No sound from the microphone" in check.result.text(), check.result.text()
    assert "tone played" in check.result.text()


def test_profile_page_asks_for_profile_and_goals(qtbot, base_dir, aloop):
    dialog = make_dialog(qtbot)
    dialog.show_page("profile")
    with qtbot.waitSignal(dialog.profileRequested, timeout=1000):
        qtbot.mouseClick(dialog.profile_button, Qt.MouseButton.LeftButton)


def test_an_environment_key_cannot_be_removed_here(qtbot, base_dir, aloop, monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", FAKE_KEY)
    dialog = make_dialog(qtbot)
    assert dialog.api_key.remove.isVisible() and not dialog.api_key.remove.isEnabled()
    assert "GEMINI_API_KEY" in dialog.api_key.status.text()


def test_remove_key_asks_then_clears_the_keyring(qtbot, base_dir, aloop, monkeypatch):
    need_service("Secret Service keyring", secrets.secure_backend_available(),
                 "run under dbus-run-session with gnome-keyring (scripts/test does)")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    secrets.store_api_key(FAKE_KEY)
    try:
        dialog = make_dialog(qtbot)
        field = dialog.api_key
        qtbot.waitUntil(field.remove.isEnabled, timeout=5000)  # the keyring said a key is there
        box = field.confirm_remove()
        qtbot.waitUntil(box.isVisible, timeout=2000)
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert keyring.get_password(secrets.SERVICE, secrets.ACCOUNT) == FAKE_KEY  # Cancel keeps it

        qtbot.mouseClick(field.remove, Qt.MouseButton.LeftButton)
        box = field.confirmation
        qtbot.waitUntil(box.isVisible, timeout=2000)
        remove = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        remove.click()
        qtbot.waitUntil(lambda: "removed" in field.status.text(), timeout=10_000)
        assert keyring.get_password(secrets.SERVICE, secrets.ACCOUNT) is None
        qtbot.waitUntil(lambda: "Paste your key" in field.edit.placeholderText(), timeout=5000)
        assert not field.remove.isEnabled()
    finally:
        secrets.delete_api_key()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_value_is_cut_off_on_any_page(qtbot, base_dir, aloop, theme):
    """Every field is at least as wide as its contents at the dialog's own size and at its smallest; each page
    is grabbed to /tmp/settings-<page>-<theme>.png for a look."""
    settings = Settings()
    settings.set("input_device", "A very long device name: USB Audio CODEC Analog Stereo (hw:3,0)")
    apply_theme(QApplication.instance(), theme)
    try:
        dialog = make_dialog(qtbot, settings, hardware=Hardware())
        qtbot.waitUntil(lambda: dialog.fields["monitor_index"].count() == 3, timeout=5000)
        qtbot.waitUntil(lambda: dialog.fields["input_device"].count() == 4, timeout=5000)
        for smallest in (False, True):
            dialog.resize(dialog.minimumSizeHint() if smallest else dialog.sizeHint())
            for page in dialog.pages:
                dialog.show_page(page)
                qtbot.wait(60)  # a combo sized to its contents settles on a 20 ms timer
                area = dialog.stack.currentWidget()
                assert area.horizontalScrollBar().maximum() == 0, page  # nothing hidden to the right
                for field in dialog.pages[page].findChildren(QWidget):
                    if not isinstance(field, (QComboBox, QLineEdit, QPushButton)) or not field.isVisible():
                        continue
                    right = field.mapTo(area.viewport(), QPoint(field.width(), 0)).x()
                    assert right <= area.viewport().width(), (page, field.accessibleName() or field.text())
                    if isinstance(field, QComboBox):  # its longest entry shows whole
                        assert field.width() >= field.sizeHint().width(), (page, field.accessibleName())
                if not smallest:
                    dialog.grab().save(f"/tmp/settings-{page}-{theme}.png")
    finally:
        apply_theme(QApplication.instance(), "light")
