"""The voice indicator's one word, from the facts the session reports (core/voice_mode.py)."""

from __future__ import annotations

from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.core.voice_mode import THINKING_AFTER_S, Mode, VoiceModeTracker


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def active(push_to_talk: bool = False) -> tuple[VoiceModeTracker, Clock]:
    clock = Clock()
    tracker = VoiceModeTracker(push_to_talk_mode=push_to_talk, clock=clock)
    tracker.session_state(SessionState.ACTIVE)
    return tracker, clock


def test_connection_states_come_first():
    tracker = VoiceModeTracker()
    assert tracker.mode() is Mode.OFF
    for state, mode in ((SessionState.CONNECTING, Mode.CONNECTING), (SessionState.RECONNECTING, Mode.RECONNECTING),
                        (SessionState.ERROR, Mode.ERROR), (SessionState.ACTIVE, Mode.LISTENING)):
        tracker.session_state(state)
        assert tracker.mode() is mode
    tracker.set_speaking(True)
    tracker.session_state(SessionState.IDLE)  # stopping forgets what was going on
    tracker.session_state(SessionState.ACTIVE)
    assert tracker.mode() is Mode.LISTENING


def test_a_reply_goes_listening_thinking_speaking_listening():
    tracker, clock = active()
    tracker.user_words()
    assert tracker.mode() is Mode.LISTENING  # still talking: words keep arriving
    clock.now += THINKING_AFTER_S + 0.01
    assert tracker.mode() is Mode.THINKING
    tracker.set_speaking(True)
    assert tracker.mode() is Mode.SPEAKING
    tracker.set_speaking(False)
    tracker.reply_finished()
    assert tracker.mode() is Mode.LISTENING


def test_a_running_tool_is_thinking_even_while_muted_and_speaking_wins():
    tracker, _ = active()
    tracker.muted = True
    assert tracker.mode() is Mode.MUTED  # not "Listening" (nor "Active") while the mic is off
    tracker.tool_started()
    assert tracker.mode() is Mode.THINKING
    tracker.set_speaking(True)
    assert tracker.mode() is Mode.SPEAKING
    tracker.set_speaking(False)
    tracker.tool_finished()
    tracker.tool_finished()  # a cancelled call reported twice never goes negative
    assert tracker.tools_running == 0 and tracker.mode() is Mode.MUTED


def test_push_to_talk_is_ready_until_held():
    tracker, _ = active(push_to_talk=True)
    assert tracker.mode() is Mode.READY
    tracker.held = True
    assert tracker.mode() is Mode.HOLDING
    tracker.muted = True
    assert tracker.mode() is Mode.MUTED  # holding a muted mic sends nothing: say so
