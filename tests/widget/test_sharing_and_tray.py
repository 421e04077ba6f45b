"""Camera (a video file stands in for the webcam) and screen sharing, the walkthrough, the tray."""

from __future__ import annotations

import io
import time

import cv2
import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.devices.video import PREVIEW_BOX, FrameSelector, ScreenGrabber, encode_jpeg, fit_preview
from nutrivoice_desktop.services.settings import Settings
from nutrivoice_desktop.ui.tray import Tray
from nutrivoice_desktop.ui.walkthrough import Walkthrough
from tests.widget.conftest import make_bridge, shown_window
from tests.conftest import need_service, x_display_available
from tests.fakes.camera_clip import write_clip


@pytest.fixture
def window(qtbot, base_dir, registry, tool_context, aloop):
    return shown_window(qtbot, registry, tool_context)


def test_camera_preview_from_a_video_file_and_instant_stop(window, qtbot, tmp_path, aloop):
    window.settings.set("camera", write_clip(tmp_path / "plate.avi"))
    assistant = window.bridge.assistant
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("camera"))
    qtbot.waitUntil(window.preview.badge.isVisible, timeout=5000)
    assert "camera is shared" in window.preview.badge.text() and assistant.sharing == "camera"
    qtbot.waitUntil(lambda: window.preview.frames_shown >= 5, timeout=5000)
    assert not window.preview.image.pixmap().isNull()
    assert window.preview.image.height() >= 200  # a preview one can check the framing in, not a stamp
    qtbot.waitUntil(window.preview.enlarge_button.isEnabled, timeout=5000)  # a first picture for the model
    enlarged = window.preview.enlarge()
    assert enlarged.isVisible() and not enlarged.image.pixmap().isNull()
    sent = Image.open(io.BytesIO(window.preview._sent))
    assert (enlarged.image.pixmap().width(), enlarged.image.pixmap().height()) == sent.size  # what Gemini gets
    video = assistant._video
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("audio"))
    qtbot.waitUntil(lambda: not window.preview.badge.isVisible(), timeout=5000)  # after the thread was joined
    assert assistant._video is None and assistant.sharing == ""
    assert not window.preview.isVisible() and not enlarged.isVisible()  # folded away: no stale last frame
    sent = video.frames_sent
    time.sleep(0.3)
    assert video.frames_sent == sent  # the capture thread is gone: nothing more reaches the model


def test_missing_camera_is_reported_in_words(window, qtbot, aloop):
    window.settings.set("camera", "/nonexistent/camera.avi")
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("camera"))
    qtbot.waitUntil(window.problem_banner.isVisible, timeout=5000)
    assert "could not be opened" in window.problem_banner.text()
    qtbot.waitUntil(lambda: not window.preview.badge.isVisible(), timeout=5000)
    # the combo shows what is true now; the saved choice stays for when the camera is back
    assert window.mode_combo.currentData() == "audio" and window.settings.get("mode") == "camera"


def test_preview_frames_are_fitted_on_the_capture_thread_not_the_window():
    screen = np.zeros((1080, 1920, 3), dtype=np.uint8)
    assert fit_preview(screen).shape == (240, 427, 3)  # 16:9 kept, inside PREVIEW_BOX
    camera = np.zeros((480, 640, 3), dtype=np.uint8)
    assert fit_preview(camera).shape == (240, 320, 3)
    small = np.zeros((100, 120, 3), dtype=np.uint8)
    assert fit_preview(small) is small  # never enlarged
    assert all(fit_preview(f).shape[1] <= PREVIEW_BOX[0] for f in (screen, camera))


def test_frames_for_the_model_are_small_jpegs_and_unchanged_ones_are_skipped():
    big = np.random.default_rng(1).integers(0, 255, (1080, 1920, 3), dtype=np.uint8)
    jpeg = encode_jpeg(big)
    decoded = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert jpeg[:2] == b"\xff\xd8" and max(decoded.shape[:2]) == 1024
    selector = FrameSelector()
    assert selector.offer(big, 0.0) is not None
    assert selector.offer(big, 0.5) is None  # too soon
    assert selector.offer(big, 1.1) is None and selector.skipped_unchanged == 1  # same picture
    assert selector.offer(np.zeros_like(big), 2.2) is not None  # the scene changed


def test_screen_capture_on_the_x_display():
    need_service("X display", x_display_available(), "run under Xvfb (scripts/test does)")
    grabber = ScreenGrabber(1)
    try:
        rgb = grabber.grab()
    finally:
        grabber.close()
    assert rgb is not None and rgb.ndim == 3 and rgb.shape[2] == 3 and rgb.shape[1] >= 640


def test_walkthrough_stores_the_key_and_finishes(qtbot, base_dir, registry, tool_context, monkeypatch, aloop):
    from nutrivoice_desktop.services import secrets

    need_service("Secret Service keyring", secrets.secure_backend_available(), "gnome-keyring under dbus")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    settings = Settings()
    bridge = make_bridge(settings, registry, tool_context)
    wizard = Walkthrough(settings, bridge)
    qtbot.addWidget(wizard)
    wizard.open()
    wizard.key_page.field.edit.setText("walkthrough-key-123456")
    wizard.next()  # stores the key off the GUI thread, then moves on by itself
    try:
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mic_page, timeout=10_000)
        assert secrets.load_api_key() == "walkthrough-key-123456"
        qtbot.waitUntil(lambda: wizard.mic_page.message.text() not in ("", "Opening the microphone…"), timeout=5000)
        wizard.next()
        page = wizard.profile_page  # optional: what is given is saved, targets from it
        assert wizard.currentPage() is page
        qtbot.waitUntil(lambda: "add your height, age, sex" in page.explanation.text(), timeout=5000)
        page.body.weight.setValue(64)
        page.body.height.setValue(165)
        page.body.age.setValue(41)
        page.body.sex.setCurrentIndex(page.body.sex.findData("female"))
        page.goal.setCurrentIndex(page.goal.findData("lose"))
        page.rate.setValue(0.25)
        assert "Mifflin-St Jeor" in page.explanation.text()
        more = page.open_profile()  # the full page is one button away
        qtbot.waitUntil(lambda: more.shown >= 1, timeout=5000)
        more.close()
        wizard.next()  # saves through update_profile and set_goal, then moves on by itself
        qtbot.waitUntil(lambda: wizard.currentPage() is not page, timeout=10_000)
        profile = tool_context.store.profile()
        assert (profile.sex, profile.weight_kg, profile.goal, profile.rate_kg_week) == ("female", 64, "lose", 0.25)
        wizard.accept()
        assert settings.get("first_run_done") is True
    finally:
        secrets.delete_api_key()
        stopping = aloop.create_task(bridge.stop_mic_check())
        qtbot.waitUntil(stopping.done, timeout=5000)


def test_tray_reflects_state_and_drives_the_window(window, qtbot):
    tray = Tray(QIcon())
    window.attach_tray(tray)
    status = window.bridge.assistant.events.status
    status.emit(ev.StatusChanged(SessionState.ACTIVE, "Listening."))
    assert tray.start_action.text() == "Stop talking" and "Listening." in tray.toolTip()
    tray.mute_action.setChecked(True)
    tray.mute_action.setChecked(False)
    tray.mute_action.setChecked(True)
    assert window.mute_button.isChecked() and window.bridge.muted
    status.emit(ev.StatusChanged(SessionState.ERROR, "Stopped because of a problem."))
    assert tray.start_action.text() == "Start talking"
    window.tray = None


def test_the_tray_shows_and_stops_sharing_and_hiding_while_sharing_asks(window, qtbot, tmp_path, aloop):
    tray = Tray(QIcon())
    window.attach_tray(tray)
    tray.show()
    window.settings.set("close_to_tray", True)
    window.settings.set("camera", write_clip(tmp_path / "plate.avi"))
    plain = tray.icon().pixmap(64, 64).toImage()
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("camera"))
    qtbot.waitUntil(lambda: tray.sharing == "camera", timeout=5000)
    assert tray.stop_sharing_action.isVisible() and "camera is shared" in tray.toolTip()
    assert tray.icon().pixmap(64, 64).toImage() != plain  # the red sharing mark, seen in the panel
    if Tray.isSystemTrayAvailable():  # closing hides to the tray only where there is one
        window.close()
        box = window.findChild(QMessageBox, "sharingOnClose")
        assert box is not None and box.isVisible() and window.isVisible()  # asked first, nothing hidden yet
        box.buttons()[0].click()  # "Stop sharing and hide"
        qtbot.waitUntil(lambda: window.bridge.assistant.sharing == "", timeout=5000)
        assert not window.isVisible()
    else:
        tray.stop_sharing_action.trigger()
        qtbot.waitUntil(lambda: window.bridge.assistant.sharing == "", timeout=5000)
    qtbot.waitUntil(lambda: not tray.stop_sharing_action.isVisible(), timeout=5000)
    assert "shared" not in tray.toolTip() and window.mode_combo.currentData() == "audio"
    tray.hide()
    window.tray = None
