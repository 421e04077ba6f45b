"""Noticing a conversation that went quiet on Gemini's side, without false alarms.

A connection can die without closing: a laptop lid, a Wi-Fi change, a NAT that forgot the flow, a proxy
that stopped forwarding. Nothing then arrives and nothing fails; the app would say "active" forever. And
the service itself sometimes leaves a turn unanswered (no reply, no turnComplete, for 50 s and more:
gemini-live-api-examples #48, python-genai #2903). Two checks, on top of a lenient WebSocket keepalive
(Gemini's pongs take 8–30 s, so a strict one would end healthy sessions: sip-to-ai PR #14):

- an answer is *expected* once the user has said something the model must answer (typed text, a
  push-to-talk release, speech the server transcribed) or a tool result went back; if nothing of an answer (speech, text, a call, the turn's end) comes within UNANSWERED_S, the
  user is told and the connection is re-established with its resumption handle. A long pause of the user's
  own expects nothing, so it never triggers this. Speech our voice detection heard only counts when not
  even its transcription comes back (VOICE_UNHEARD_S).
- the machine slept: the clock that counts suspend (CLOCK_BOOTTIME) ran ahead of the one that does not
  (monotonic); every connection is dead after a sleep of more than a few seconds, so it is re-established
  at once rather than after the keepalive gives up.
"""

from __future__ import annotations

import time

from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP

UNANSWERED_S = 10.0  # the model answers within 1–2 s; 10 s of nothing is not a slow answer
# Speech our own voice detection heard is not an expectation of an answer (a television, a cough: the
# model rightly says nothing), but the service transcribes what it hears within a second or two: voice
# sent and no message of any kind back for this long means the link is dead.
VOICE_UNHEARD_S = 20.0
# Input transcription can arrive 0.5–2 s late, after the answer to it began or even ended (live.md §9):
# words heard this soon after an answer expect nothing more.
LATE_TRANSCRIPTION_S = 3.0
SLEPT_S = 5.0  # suspend longer than this counts as a sleep
TICK_S = 1.0  # how often the session asks


def suspend_aware_clock() -> float:
    """Seconds on a clock that goes on while the machine sleeps (Linux); wall time elsewhere."""
    try:
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    except (AttributeError, OSError):
        return time.time()


class Liveness:
    def __init__(self) -> None:
        self._expected_since: float | None = None  # monotonic
        self._voice_since: float | None = None  # the first voice frame sent since the last message
        self._answered_at = -1e9  # monotonic
        self._awake = (time.monotonic(), suspend_aware_clock())

    def reset(self) -> None:
        """A new connection: nothing expected of it yet."""
        self._expected_since = self._voice_since = None

    def received(self) -> None:
        """Any message at all: the link works."""
        self._voice_since = None

    def sent_voice(self) -> None:
        if self._voice_since is None:
            self._voice_since = time.monotonic()

    def expect_answer(self) -> None:
        if self._expected_since is None:
            self._expected_since = time.monotonic()

    def heard_words(self) -> None:
        """The service transcribed the user's words: an answer is expected, unless these are the late
        transcription of words already answered."""
        if time.monotonic() - self._answered_at > LATE_TRANSCRIPTION_S:
            self.expect_answer()

    def answered(self) -> None:
        """Something of an answer arrived (or the model is waiting for us: a call is out)."""
        self._expected_since = None
        self._answered_at = time.monotonic()

    def problem(self) -> str | None:
        """What is wrong with the link now, in words, or None."""
        now = time.monotonic()
        if self._expected_since is not None and now - self._expected_since >= UNANSWERED_S:
            return QT_TRANSLATE_NOOP("Messages", "Gemini did not answer for {seconds} s").format(
                seconds=round(UNANSWERED_S))
        if self._voice_since is not None and now - self._voice_since >= VOICE_UNHEARD_S:
            return QT_TRANSLATE_NOOP("Messages", "Nothing came back from Gemini for {seconds} s").format(
                seconds=round(VOICE_UNHEARD_S))
        slept = self.slept()
        if slept:
            return QT_TRANSLATE_NOOP("Messages", "The computer slept for {seconds} s").format(seconds=round(slept))
        return None

    def slept(self) -> float:
        """Seconds the machine slept since the last call (0 if it did not, or too briefly to matter)."""
        monotonic, suspend_aware = time.monotonic(), suspend_aware_clock()
        before, self._awake = self._awake, (monotonic, suspend_aware)
        gap = (suspend_aware - before[1]) - (monotonic - before[0])
        return gap if gap > SLEPT_S else 0.0
