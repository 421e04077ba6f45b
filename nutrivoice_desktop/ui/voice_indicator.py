"""The voice conversation's state at a glance: a coloured orb that swells with the live level (the user's
voice while listening, the assistant's while speaking), one big word, and a line saying what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nutrivoice_desktop.core.voice_mode import Mode
from nutrivoice_desktop.ui.i18n import shown

# (the big word, what to do) per mode; {start}, {mute} and {hotkey} are the shortcuts in use
WORDS = {
    Mode.OFF: (QT_TRANSLATE_NOOP("VoiceIndicator", "Not talking"),
               QT_TRANSLATE_NOOP("VoiceIndicator", "Press Start ({start}) to talk.")),
    Mode.CONNECTING: (QT_TRANSLATE_NOOP("VoiceIndicator", "Connecting…"),
                      QT_TRANSLATE_NOOP("VoiceIndicator", "One moment.")),
    Mode.LISTENING: (QT_TRANSLATE_NOOP("VoiceIndicator", "Listening"),
                     QT_TRANSLATE_NOOP("VoiceIndicator", "Just talk.")),
    Mode.READY: (QT_TRANSLATE_NOOP("VoiceIndicator", "Ready"),
                 QT_TRANSLATE_NOOP("VoiceIndicator", "Hold {hotkey} or the Hold to talk button while you speak.")),
    Mode.HOLDING: (QT_TRANSLATE_NOOP("VoiceIndicator", "Go ahead"),
                   QT_TRANSLATE_NOOP("VoiceIndicator", "Release when you are done.")),
    Mode.THINKING: (QT_TRANSLATE_NOOP("VoiceIndicator", "Thinking…"),
                    QT_TRANSLATE_NOOP("VoiceIndicator", "Working on your answer.")),
    Mode.SPEAKING: (QT_TRANSLATE_NOOP("VoiceIndicator", "Speaking"),
                    QT_TRANSLATE_NOOP("VoiceIndicator", "Talk to interrupt.")),
    Mode.MUTED: (QT_TRANSLATE_NOOP("VoiceIndicator", "Muted"),
                 QT_TRANSLATE_NOOP("VoiceIndicator", "Your microphone is off. {mute} turns it on.")),
    Mode.RECONNECTING: (QT_TRANSLATE_NOOP("VoiceIndicator", "Reconnecting…"),
                        QT_TRANSLATE_NOOP("VoiceIndicator", "Keep talking; nothing is lost.")),
    Mode.ERROR: (QT_TRANSLATE_NOOP("VoiceIndicator", "Stopped"),
                 QT_TRANSLATE_NOOP("VoiceIndicator", "See the message above. Press Start ({start}) to try again.")),
}
# saturated enough to read on both themes' window colours
COLORS = {
    Mode.OFF: "#8a948f", Mode.CONNECTING: "#d99a12", Mode.LISTENING: "#2e9d6a", Mode.READY: "#5b8c74",
    Mode.HOLDING: "#1f8f5b", Mode.THINKING: "#8a6bd1", Mode.SPEAKING: "#2f7fd6", Mode.MUTED: "#c2473a",
    Mode.RECONNECTING: "#d99a12", Mode.ERROR: "#c2473a",
}
ORB = 52  # px: the orb's diameter at rest
SWELL = 16  # px the ring grows at full level


def level_fraction(dbfs: float) -> float:
    """-60 dBFS (room noise) … -12 dBFS (a loud voice) onto 0 … 1."""
    return min(1.0, max(0.0, (dbfs + 60.0) / 48.0))


class VoiceIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = Mode.OFF
        self.level = 0.0  # 0 … 1, of the voice that matters in this mode
        self.detail = ""
        self.shortcuts = {"start": "Ctrl+Return", "mute": "Ctrl+M", "hotkey": "Ctrl+Alt+Space"}
        self.setObjectName("voiceIndicator")
        self.setAccessibleName(QCoreApplication.translate("VoiceIndicator", "Voice state"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_words()

    def sizeHint(self) -> QSize:
        return QSize(360, ORB + SWELL + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, ORB + SWELL + 12)

    def words(self) -> tuple[str, str]:
        word, hint = WORDS[self.mode]
        if self.detail and self.mode in (Mode.CONNECTING, Mode.RECONNECTING):
            return QCoreApplication.translate("VoiceIndicator", word), self.detail
        return (QCoreApplication.translate("VoiceIndicator", word),
                QCoreApplication.translate("VoiceIndicator", hint).format(**self.shortcuts))

    def set_detail(self, detail: str) -> None:
        """While connecting or reconnecting, the session's own words ("No connection. Trying again in 4 s…")
        stand under the big word."""
        detail = shown(detail)
        if detail != self.detail:
            self.detail = detail
            self._update_words()
            self.update()

    def set_mode(self, mode: Mode) -> None:
        if mode is self.mode:
            return
        self.mode = mode
        self.level = 0.0
        self._update_words()
        self.update()

    def set_shortcuts(self, **names: str) -> None:
        self.shortcuts.update(names)
        self._update_words()
        self.update()

    def set_mic_level(self, dbfs: float) -> None:
        if self.mode.uses_mic_level:
            self._set_level(level_fraction(dbfs))

    def set_speaker_level(self, dbfs: float) -> None:
        if self.mode is Mode.SPEAKING:
            self._set_level(level_fraction(dbfs))

    def _set_level(self, level: float) -> None:
        if abs(level - self.level) >= 0.02:  # no repaint for changes nobody could see
            self.level = level
            self.update()

    def _update_words(self) -> None:
        word, hint = self.words()
        self.setAccessibleDescription(f"{word}. {hint}")
        self.setToolTip(hint)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(COLORS[self.mode])
        center_y = self.height() / 2
        center_x = (ORB + SWELL) / 2 + 4
        swell = SWELL * self.level
        halo = QColor(color)
        halo.setAlphaF(0.25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        radius = ORB / 2 + swell / 2
        painter.drawEllipse(QRectF(center_x - radius, center_y - radius, 2 * radius, 2 * radius))
        painter.setBrush(color)
        painter.drawEllipse(QRectF(center_x - ORB / 2 + 4, center_y - ORB / 2 + 4, ORB - 8, ORB - 8))
        self._paint_glyph(painter, center_x, center_y)

        word, hint = self.words()
        left = ORB + SWELL + 16
        text_width = max(10, self.width() - left - 4)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.8)
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(self.palette().windowText().color())
        big_height = painter.fontMetrics().height()
        top = center_y - (big_height + self.fontMetrics().height()) / 2
        painter.drawText(QRectF(left, top, text_width, big_height), Qt.AlignmentFlag.AlignLeft, word)
        painter.setFont(self.font())
        muted_text = self.palette().placeholderText().color()
        painter.setPen(muted_text)
        elided = self.fontMetrics().elidedText(hint, Qt.TextElideMode.ElideRight, int(text_width))
        painter.drawText(QRectF(left, top + big_height, text_width, self.fontMetrics().height()),
                         Qt.AlignmentFlag.AlignLeft, elided)
        painter.end()

    def _paint_glyph(self, painter: QPainter, x: float, y: float) -> None:
        """A white mark in the orb, so the state does not rest on colour alone: a mic, a speaker wave, a
        slash when muted, three dots while thinking or connecting."""
        pen = QPen(QColor("#ffffff"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.mode in (Mode.THINKING, Mode.CONNECTING, Mode.RECONNECTING):
            painter.setBrush(QColor("#ffffff"))
            for dx in (-8, 0, 8):
                painter.drawEllipse(QRectF(x + dx - 2.5, y - 2.5, 5, 5))
            return
        if self.mode is Mode.SPEAKING:
            for r in (5, 10):
                painter.drawArc(QRectF(x - r - 4, y - r, 2 * r, 2 * r), -60 * 16, 120 * 16)
            painter.drawEllipse(QRectF(x - 9, y - 3, 5, 6))
            return
        if self.mode is Mode.ERROR:
            painter.drawLine(int(x), int(y - 8), int(x), int(y + 3))
            painter.drawPoint(int(x), int(y + 8))
            return
        # a microphone: capsule and stand
        painter.drawRoundedRect(QRectF(x - 4, y - 11, 8, 14), 4, 4)
        painter.drawArc(QRectF(x - 8, y - 6, 16, 14), 200 * 16, 140 * 16)
        painter.drawLine(int(x), int(y + 8), int(x), int(y + 11))
        if self.mode in (Mode.MUTED, Mode.OFF):
            painter.drawLine(int(x - 10), int(y + 10), int(x + 10), int(y - 10))
