"""The Gemini API key, kept in the OS keyring (Secret Service, Keychain, Windows Credential Locker).

There is no plaintext fallback: when no secure store exists the user is told how to get one, or to use the
GEMINI_API_KEY environment variable, which is honoured first and never written anywhere.
"""

from __future__ import annotations

import logging
import os
from types import ModuleType

from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.services.logging_setup import register_secret

log = logging.getLogger(__name__)

SERVICE = "nutrivoice-desktop"
ACCOUNT = "gemini-api-key"
ENV_VAR = "GEMINI_API_KEY"

NO_BACKEND_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages", "No system keyring is available to store your API key securely. On Linux install and unlock a "
                "Secret Service provider (GNOME Keyring or KWallet) and make sure a D-Bus session is running; or "
                "set the GEMINI_API_KEY environment variable instead.")
LOCKED_MESSAGE = QT_TRANSLATE_NOOP("Messages", "Your system keyring is locked. Unlock it (log in to your desktop "
                                               "keyring) and try again.")


class SecretStoreError(Exception):
    """The key could not be read or stored; the message says what the user can do."""


def _keyring() -> ModuleType:
    # imported at first use, not with the window: keyring and its Secret Service backend (jeepney,
    # cryptography) take ~20 ms to import, and a window that reads the key does so after it shows
    import keyring
    import keyring.errors  # noqa: F401  (keyring.errors.* below)

    return keyring


def backend_name() -> str:
    backend = _keyring().get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def secure_backend_available() -> bool:
    """Priority < 1 means fail (0), null (-1) or plaintext (0.5) backends: none of them is a secure store."""
    try:
        return _keyring().get_keyring().priority >= 1
    except Exception:  # a broken backend module must not break start-up
        log.exception("keyring backend check failed")
        return False


def key_from_environment() -> str | None:
    value = os.environ.get(ENV_VAR, "").strip()
    return value or None


def load_api_key() -> str | None:
    """The key from the environment, else the keyring; None when there is none stored."""
    key = key_from_environment()
    if key is None:
        if not secure_backend_available():
            return None
        keyring = _keyring()
        try:
            key = keyring.get_password(SERVICE, ACCOUNT)
        except keyring.errors.KeyringLocked as exc:
            raise SecretStoreError(LOCKED_MESSAGE) from exc
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(QT_TRANSLATE_NOOP("Messages", "Could not read the API key from the keyring: "
                                                                 "{problem}").format(problem=exc)) from exc
    register_secret(key)
    return key


def store_api_key(key: str) -> None:
    key = key.strip()
    if not key:
        raise SecretStoreError(QT_TRANSLATE_NOOP("Messages", "The API key is empty."))
    if not secure_backend_available():
        raise SecretStoreError(NO_BACKEND_MESSAGE)
    register_secret(key)
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, ACCOUNT, key)
    except keyring.errors.KeyringLocked as exc:
        raise SecretStoreError(LOCKED_MESSAGE) from exc
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(QT_TRANSLATE_NOOP("Messages", "Could not store the API key in the keyring: "
                                                             "{problem}").format(problem=exc)) from exc
    log.info("API key stored in %s", backend_name())


def delete_api_key() -> None:
    """Remove the stored key (none stored is fine). The environment variable, if set, is not touched: it is
    the user's, and it still wins."""
    if not secure_backend_available():
        return
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, ACCOUNT)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringLocked as exc:
        raise SecretStoreError(LOCKED_MESSAGE) from exc
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(QT_TRANSLATE_NOOP("Messages", "Could not remove the API key from the keyring: "
                                                             "{problem}").format(problem=exc)) from exc
    log.info("API key removed from %s", backend_name())
