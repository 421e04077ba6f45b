"""Settings persist in QSettings; the API key goes to the Secret Service keyring and nowhere else."""

from __future__ import annotations

import logging

import keyring
import pytest
from keyring.backends import fail

from nutrivoice_desktop.services import paths, secrets
from nutrivoice_desktop.services.logging_setup import setup_logging
from nutrivoice_desktop.services.settings import Settings
from nutrivoice_desktop.ui.settings_dialog import SettingsDialog
from tests.conftest import need_service

FAKE_KEY = "AIzaTEST-not-a-real-key-0123456789abcdefghi"


def test_settings_survive_a_restart_and_reject_bad_values(base_dir):
    settings = Settings()
    settings.set("theme", "dark")
    settings.set("voice", "Kore")
    with pytest.raises(ValueError):
        settings.set("mic_frame_ms", 80)
    reopened = Settings()
    assert reopened.get("theme") == "dark" and reopened.get("voice") == "Kore"
    assert reopened.get("mic_frame_ms") == 10


def test_key_goes_to_the_keyring_never_to_settings_or_logs(qtbot, base_dir, monkeypatch, aloop):
    need_service("Secret Service keyring", secrets.secure_backend_available(),
                 "run under dbus-run-session with gnome-keyring (scripts/test does)")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    assert "SecretService" in secrets.backend_name() or "libsecret" in secrets.backend_name().lower()
    log_file = setup_logging(paths.log_dir())
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.api_key.edit.setText(FAKE_KEY)
    saving = dialog.save()  # the keyring is written in a worker thread
    qtbot.waitUntil(saving.done, timeout=10_000)
    try:
        assert keyring.get_password(secrets.SERVICE, secrets.ACCOUNT) == FAKE_KEY
        assert secrets.load_api_key() == FAKE_KEY
        logging.getLogger("test").warning("connecting with key %s", FAKE_KEY)  # even a careless log line
        for handler in logging.getLogger().handlers:
            handler.flush()
        for path in [*paths.config_dir().rglob("*"), log_file]:
            if path.is_file():
                assert FAKE_KEY not in path.read_text(encoding="utf-8", errors="replace"), path
        assert "[redacted key]" in log_file.read_text(encoding="utf-8")
        assert dialog.api_key.edit.text() == ""  # the field never holds a stored key
        # the keyring is read in a worker thread (a locked one waits for its password): then the field says so
        qtbot.waitUntil(lambda: "A key is stored" in dialog.api_key.edit.placeholderText(), timeout=5000)
    finally:
        secrets.delete_api_key()


def test_no_secure_store_is_an_error_not_a_plaintext_file(qtbot, base_dir, monkeypatch, aloop):
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = SettingsDialog(Settings())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.api_key.edit.setText(FAKE_KEY)
        saving = dialog.save()
        qtbot.waitUntil(saving.done, timeout=10_000)
        assert dialog.isVisible() and "keyring" in dialog.error.text().lower()
        assert dialog.api_key.edit.text() == FAKE_KEY  # nothing the user typed is lost
        with pytest.raises(secrets.SecretStoreError, match="GEMINI_API_KEY"):
            secrets.store_api_key(FAKE_KEY)
    finally:
        keyring.set_keyring(previous)
    for path in paths.config_dir().rglob("*"):
        if path.is_file():
            assert FAKE_KEY not in path.read_text(encoding="utf-8", errors="replace")


def test_environment_key_wins(monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", "from-the-environment")
    assert secrets.load_api_key() == "from-the-environment"
