"""First-run walkthrough: the API key (to the keyring), a microphone check with a live level, the profile and
goal (optional), a first question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizard,
                               QWizardPage)
from qasync import asyncSlot

from nutrivoice_desktop.core.wording import said
from nutrivoice_desktop.nutrition.profile import BOUNDS, GOALS, Profile, ProfileError
from nutrivoice_desktop.services import secrets
from nutrivoice_desktop.ui.charts import LevelMeter
from nutrivoice_desktop.ui.diary_reads import use_tool
from nutrivoice_desktop.ui.i18n import shown
from nutrivoice_desktop.ui.profile_dialog import BodyForm, ProfileDialog, goal_label
from nutrivoice_desktop.ui.settings_dialog import ApiKeyField
from nutrivoice_desktop.ui.lifetime import alive

SAMPLE_QUESTIONS = (  # shown through QCoreApplication.translate("FirstQuestionPage", ...)
    QT_TRANSLATE_NOOP("FirstQuestionPage", "“I skipped breakfast today, fix my plan.”"),
    QT_TRANSLATE_NOOP("FirstQuestionPage", "“I had a croissant at 11.”"),
    QT_TRANSLATE_NOOP("FirstQuestionPage", "“What can I use instead of 30 grams of butter?”"),
    QT_TRANSLATE_NOOP("FirstQuestionPage", "“I cycled for 45 minutes.”"),
    QT_TRANSLATE_NOOP("FirstQuestionPage", "“How much protein do I have left today?”"),
)


class KeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your Gemini API key"))
        self.setSubTitle(self.tr("NutriVoice talks to Google's Gemini Live API with your own key. It is stored in "
                                 "your system keyring, never in a file."))
        layout = QVBoxLayout(self)
        link = QLabel(self.tr("Get a free key at <a href='https://aistudio.google.com/apikey'>"
                              "aistudio.google.com/apikey</a>."))
        link.setOpenExternalLinks(True)
        layout.addWidget(link)
        self.field = ApiKeyField()
        layout.addWidget(self.field)
        self._stored = False

    def initializePage(self) -> None:
        self.field.edit.setFocus()  # paste and press Enter: no mouse needed

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
        self.setTitle(self.tr("Microphone check"))
        self.setSubTitle(self.tr("Say something: the bar should move. If it does not, pick another microphone in "
                                 "Settings later."))
        layout = QVBoxLayout(self)
        self.meter = LevelMeter()
        layout.addWidget(self.meter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        bridge.micLevel.connect(self.meter.set_level)

    def initializePage(self) -> None:
        self.message.setText(self.tr("Opening the microphone…"))
        self._start_check()

    @asyncSlot()
    async def _start_check(self) -> None:  # opening a sound device can take a moment: off the GUI thread
        problem = await self.bridge.start_mic_check()
        self.message.setText(shown(problem) if problem else self.tr("Listening…"))

    @asyncSlot()
    async def stop_check(self) -> None:
        await self.bridge.stop_mic_check()

    def cleanupPage(self) -> None:
        self.stop_check()

    def validatePage(self) -> bool:
        self.stop_check()
        return True


class ProfilePage(QWizardPage):
    """Optional: body data and a goal give targets that are the user's own. Next saves what was given (the
    assistant's own tools, as the Profile page does); leaving Sex at "Not given" keeps the default targets."""

    def __init__(self, bridge) -> None:
        super().__init__()
        self.bridge = bridge
        self.dialog = None
        self.loaded = Profile()
        self._saved = False
        self.setTitle(self.tr("Your targets (optional)"))
        self.setSubTitle(self.tr("Until you say otherwise the day's targets are 2000 kcal, 100 g protein, 250 g "
                                 "carbs and 67 g fat. Tell NutriVoice about you and your goal for targets that fit "
                                 "you (Mifflin-St Jeor), or skip this; Tools → Profile & goals has more."))
        layout = QVBoxLayout(self)
        self.body = BodyForm()
        layout.addWidget(self.body)
        goal_row = QHBoxLayout()
        self.goal = QComboBox()
        for key in GOALS:
            self.goal.addItem(goal_label(key), key)
        self.rate = QDoubleSpinBox()
        self.rate.setRange(*BOUNDS["rate_kg_week"])
        self.rate.setSingleStep(0.05)
        self.rate.setSuffix(self.tr(" kg a week"))
        goal_row.addWidget(QLabel(self.tr("Goal")))
        goal_row.addWidget(self.goal)
        goal_row.addWidget(self.rate)
        layout.addLayout(goal_row)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.more_button = QPushButton(self.tr("More: macro split, targets by hand, meal plan…"))
        self.more_button.clicked.connect(self.open_profile)
        layout.addWidget(self.more_button)
        self.body.changed.connect(self._explain)
        self.goal.currentIndexChanged.connect(self._explain)
        self.rate.valueChanged.connect(self._explain)

    def initializePage(self) -> None:
        self.body.weight.setFocus()  # Tab goes on through the form in reading order; Enter is Next
        self._load()

    @asyncSlot()
    async def _load(self) -> None:
        self.loaded = (await self.bridge.profile_overview())["profile"]
        if not alive(self):
            return
        self.body.show_profile(self.loaded)
        self.goal.setCurrentIndex(max(0, self.goal.findData(self.loaded.goal)))
        self.rate.setValue(self.loaded.rate_kg_week)
        self._explain()

    def goal_values(self) -> dict:
        return {"goal": self.goal.currentData(), "rate_kg_week": round(self.rate.value(), 2)}

    def _explain(self) -> None:
        self.rate.setEnabled(self.goal.currentData() != "keep")
        try:
            self.explanation.setText(shown(self.loaded.changed(**self.body.values(), **self.goal_values()).explain()))
        except ProfileError as exc:
            self.explanation.setText(shown(said(exc)))

    def validatePage(self) -> bool:
        """Next: what was given is saved first (off the GUI thread), then the wizard moves on by itself."""
        body = self.body.changes(self.loaded)
        goal = {k: v for k, v in self.goal_values().items() if getattr(self.loaded, k) != v}
        if self._saved or not (body or goal):
            self._saved = False
            return True
        self._save_then_next(body, goal if "sex" in self.body.values() else {})
        return False

    @asyncSlot()
    async def _save_then_next(self, body: dict, goal: dict) -> None:
        if body and not await use_tool(self.bridge, "update_profile", {**body, "confirmed": True}, self.problem,
                                       self.tr("Not saved")):
            return
        if goal and not await use_tool(self.bridge, "set_goal", {**goal, "confirmed": True}, self.problem,
                                       self.tr("Not saved")):
            return
        self._saved = True
        self.wizard().next()

    def open_profile(self) -> ProfileDialog:
        self.dialog = ProfileDialog(self.bridge, self.wizard())
        self.dialog.open()  # never exec() inside the qasync loop
        self.dialog.refresh()
        return self.dialog


class FirstQuestionPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Try it"))
        self.setSubTitle(self.tr("Press Start in the main window and just talk. For example:"))
        layout = QVBoxLayout(self)
        for question in SAMPLE_QUESTIONS:
            layout.addWidget(QLabel(QCoreApplication.translate("FirstQuestionPage", question)))
        layout.addWidget(QLabel(self.tr("Interrupt any time: the assistant stops and listens.")))


class Walkthrough(QWizard):
    def __init__(self, settings, bridge, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to NutriVoice"))
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
