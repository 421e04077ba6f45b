"""First-run walkthrough: the API key (to the keyring), a microphone check with a live level, the profile and
goal (optional), a first question."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWizard, QWizardPage
from qasync import asyncSlot

from nutrivoice_desktop.services import secrets
from nutrivoice_desktop.ui.charts import LevelMeter
from nutrivoice_desktop.ui.settings_dialog import ApiKeyField

SAMPLE_QUESTIONS = (
    "“I skipped breakfast today, fix my plan.”",
    "“I had a croissant at 11.”",
    "“What can I use instead of 30 grams of butter?”",
    "“I cycled for 45 minutes.”",
    "“How much protein do I have left today?”",
)


class KeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Your Gemini API key")
        self.setSubTitle("NutriVoice talks to Google's Gemini Live API with your own key. It is stored in your "
                         "system keyring, never in a file.")
        layout = QVBoxLayout(self)
        link = QLabel("Get a free key at <a href='https://aistudio.google.com/apikey'>aistudio.google.com/apikey</a>.")
        link.setOpenExternalLinks(True)
        layout.addWidget(link)
        self.field = ApiKeyField()
        layout.addWidget(self.field)
        self._stored = False

    def validatePage(self) -> bool:
        """Next: a typed key is stored first (off the GUI thread), then the wizard moves on by itself."""
        if self._stored or not self.field.edit.text().strip():
            self._stored = False
            return True
        self._store_then_next()
        return False

    @asyncSlot()
    async def _store_then_next(self) -> None:
        if await self.field.save() is None:  # a problem stays on the page, in the field's words
            self._stored = True
            self.wizard().next()


class MicPage(QWizardPage):
    def __init__(self, bridge) -> None:
        super().__init__()
        self.bridge = bridge
        self.setTitle("Microphone check")
        self.setSubTitle("Say something: the bar should move. If it does not, pick another microphone in "
                         "Settings later.")
        layout = QVBoxLayout(self)
        self.meter = LevelMeter()
        layout.addWidget(self.meter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        bridge.micLevel.connect(self.meter.set_level)

    def initializePage(self) -> None:
        self.message.setText("Opening the microphone…")
        self._start_check()

    @asyncSlot()
    async def _start_check(self) -> None:  # opening a sound device can take a moment: off the GUI thread
        problem = await self.bridge.start_mic_check()
        self.message.setText(problem or "Listening…")

    @asyncSlot()
    async def stop_check(self) -> None:
        await self.bridge.stop_mic_check()

    def cleanupPage(self) -> None:
        self.stop_check()

    def validatePage(self) -> bool:
        self.stop_check()
        return True


class ProfilePage(QWizardPage):
    """Optional: body data and a goal give targets that are the user's own (Next skips it)."""

    def __init__(self, bridge) -> None:
        super().__init__()
        self.bridge = bridge
        self.dialog = None
        self.setTitle("Your targets (optional)")
        self.setSubTitle("Until you say otherwise the day's targets are 2000 kcal, 100 g protein, 250 g carbs and "
                         "67 g fat. Your weight, height, age, sex, activity and goal give targets that fit you "
                         "(Mifflin-St Jeor). You can also just tell the assistant, or do it later in "
                         "Tools → Profile & goals.")
        layout = QVBoxLayout(self)
        self.open_button = QPushButton("Set my profile and goal…")
        self.open_button.clicked.connect(self.open_profile)
        layout.addWidget(self.open_button)
        layout.addStretch(1)

    def open_profile(self):
        from nutrivoice_desktop.ui.profile_dialog import ProfileDialog

        self.dialog = ProfileDialog(self.bridge, self.wizard())
        self.dialog.open()  # never exec() inside the qasync loop
        self.dialog.refresh()
        return self.dialog


class FirstQuestionPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Try it")
        self.setSubTitle("Press Start in the main window and just talk. For example:")
        layout = QVBoxLayout(self)
        for question in SAMPLE_QUESTIONS:
            layout.addWidget(QLabel(question))
        layout.addWidget(QLabel("Interrupt any time: the assistant stops and listens."))


class Walkthrough(QWizard):
    def __init__(self, settings, bridge, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to NutriVoice")
        self.settings = settings
        self.key_page = KeyPage()
        self.mic_page = MicPage(bridge)
        self.addPage(self.key_page)
        self.addPage(self.mic_page)
        self.profile_page = ProfilePage(bridge)
        self.addPage(self.profile_page)
        self.addPage(FirstQuestionPage())
        self.finished.connect(self._done)

    def _done(self, result: int) -> None:
        self.mic_page.stop_check()
        if result == QWizard.DialogCode.Accepted:
            self.settings.set("first_run_done", True)


def needs_walkthrough(settings) -> bool:
    return not settings.get("first_run_done") and not secrets.key_from_environment()
