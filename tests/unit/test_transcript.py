from nutrivoice_desktop.core.transcript import Transcript


def test_deltas_merge_into_utterances_and_export():
    t = Transcript()
    t.add("user", "I had", 0)
    t.add("user", " an apple", 0)
    _, new = t.add("assistant", "Sure, ", 0)
    assert new
    t.add("assistant", "logged it.", 0)
    t.finish_turn(0, 420.0, False)
    _, new = t.add("user", "Thanks", 1)
    assert new
    assert [u.text for u in t.utterances] == ["I had an apple", "Sure, logged it.", "Thanks"]
    assert t.utterances[1].first_audio_ms == 420.0
    md = t.to_markdown()
    assert "**You**" in md and "Sure, logged it." in md
