"""Light/dark theme: a Fusion base, a palette and one QSS file per theme, applied live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from nutrivoice_desktop.services import paths


def resolve(theme: str, app: QApplication) -> str:
    """'system' follows the desktop's colour scheme (Qt ≥ 6.5 reports it)."""
    if theme in ("light", "dark"):
        return theme
    scheme = app.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply_theme(app: QApplication, theme: str) -> str:
    name = resolve(theme, app)
    app.setStyle("Fusion")
    app.setPalette(_palette(name))
    app.setStyleSheet((paths.resources_dir() / "themes" / f"{name}.qss").read_text(encoding="utf-8"))
    app.setProperty("nutrivoiceTheme", name)
    return name


def _palette(name: str) -> QPalette:
    palette = QPalette()
    if name == "dark":
        colors = {QPalette.ColorRole.Window: "#1b1f1d", QPalette.ColorRole.WindowText: "#e4e9e6",
                  QPalette.ColorRole.Base: "#232826", QPalette.ColorRole.AlternateBase: "#2a302d",
                  QPalette.ColorRole.Text: "#e4e9e6", QPalette.ColorRole.Button: "#2a302d",
                  QPalette.ColorRole.ButtonText: "#e4e9e6", QPalette.ColorRole.Highlight: "#2e7d5b",
                  QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#e4e9e6",
                  QPalette.ColorRole.ToolTipText: "#1b1f1d", QPalette.ColorRole.PlaceholderText: "#8a948f"}
    else:
        colors = {QPalette.ColorRole.Window: "#f6f7f5", QPalette.ColorRole.WindowText: "#1d2420",
                  QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#eef2ef",
                  QPalette.ColorRole.Text: "#1d2420", QPalette.ColorRole.Button: "#ffffff",
                  QPalette.ColorRole.ButtonText: "#1d2420", QPalette.ColorRole.Highlight: "#2e7d5b",
                  QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#7b847f"}
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    return palette
