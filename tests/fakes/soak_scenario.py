"""A long, chatty conversation for the soak (bench/soak.py): what a talkative user and the model do for
minutes, on connections that end the way real ones do.

Each turn waits for the user's voice (real audio from the virtual microphone), answers with a numbered
input transcription, every third turn calls ``log_food`` and waits for its result, then speaks a
numbered reply as paced 24 kHz audio with its output transcription, and hands out a resumption handle.
After ``connection_s`` a connection ends: with goAway (the client must rotate at a turn boundary and
resume with the newest handle), or, for the connection numbered ``drop_connection``, with a TCP drop
(1006; the client must reconnect and resume on its own). Everything sent is written to a ``SoakLedger``
so the harness can check that nothing was lost on the screen or in the diary.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field

from tests.fakes.live_server import VOICED_FRAMES_PER_TURN, Connection, voiced

USER_WAIT_S = 30.0  # the virtual microphone speaks every few seconds; a minute of silence is a failure
TOOL_WAIT_S = 15.0
GAP_S = 1.0  # between turns, as people pause


@dataclass
class SoakLedger:
    lines: list[tuple[str, str]] = field(default_factory=list)  # (role, text) in the order sent
    food_calls: dict[str, float] = field(default_factory=dict)  # call id → grams asked for
    answered_ok: set[str] = field(default_factory=set)  # call ids whose response said ok
    endings: list[str] = field(default_factory=list)  # how each connection ended
    resumed_with: list[str | None] = field(default_factory=list)  # handle in each setup
    turns: int = 0
    # the harness asks for the end: no new turn starts, and `quiet` is set once the current one is over, so
    # the app is stopped between turns (a call cut off by the user quitting is not a lost diary row)
    wind_down: threading.Event = field(default_factory=threading.Event)
    quiet: threading.Event = field(default_factory=threading.Event)


def chatty(ledger: SoakLedger, connection_s: float = 150.0, drop_connection: int = 2,
           speech_ms: int = 1200):
    async def scenario(conn: Connection) -> None:
        resumption = conn.setup.get("sessionResumption") or {}
        ledger.resumed_with.append(resumption.get("handle"))
        await conn.setup_complete()
        opened = time.monotonic()
        ending_sent = False
        scanned = len(conn.received)
        while not conn.closed_by_client:
            if ledger.wind_down.is_set():
                ledger.quiet.set()
                await conn.hold(600)
                return
            if not ending_sent and time.monotonic() - opened >= connection_s:
                if conn.index == drop_connection:
                    ledger.endings.append("drop")
                    conn.drop()
                    return
                ledger.endings.append("goAway")
                await conn.go_away(10)
                ending_sent = True  # the client rotates now (idle) or at the end of the next turn
            progress = {"voiced": 0}

            def user_spoke() -> bool:
                nonlocal scanned
                for message in conn.received[scanned:]:
                    progress["voiced"] += message.kind == "audio" and voiced(message)
                scanned = len(conn.received)
                return progress["voiced"] >= VOICED_FRAMES_PER_TURN

            try:
                await conn.wait_until(user_spoke, timeout=USER_WAIT_S)
            except TimeoutError:
                raise AssertionError(f"no voice from the client for {USER_WAIT_S:.0f} s "
                                     f"(connection {conn.index}, turn {ledger.turns + 1})") from None
            if conn.closed_by_client or ledger.wind_down.is_set():
                continue  # the loop's top ends the connection's part
            ledger.turns += 1
            n = ledger.turns
            user = f"User line {n}: I had something to eat."
            ledger.lines.append(("user", user))
            await conn.heard(user)
            if n % 3 == 0:
                call_id = f"soak-{n}"
                grams = 50.0 + n
                ledger.food_calls[call_id] = grams
                await conn.tool_call(call_id, "log_food", {"food": "apple", "grams": grams, "meal": "snacks"})
                responses = await conn.expect("toolResponse", timeout=TOOL_WAIT_S, where=lambda body: any(
                    r.get("id") == call_id for r in body.get("functionResponses", [])))
                for body in (m.body for m in responses):
                    for response in body.get("functionResponses", []):
                        if response.get("id") == call_id and response.get("response", {}).get("ok"):
                            ledger.answered_ok.add(call_id)
            assistant = f"Assistant line {n}, noted."
            ledger.lines.append(("assistant", assistant))
            await conn.say(assistant, ms=speech_ms, pace=True)
            await conn.turn_complete()
            await conn.resumption(f"soak-{conn.index}-{n}")
            await asyncio.sleep(GAP_S)

    return scenario
