"""A radio or podcast transcript: each `NAME:` turn, with or without a time stamp
(`[00:00:22] TOMAS WEEL: …`), is a direct quote of its label; `HOST:` is the host the
transcript names (`I'm Lina Farr`), else the label; `(through interpreter)` names the
channel, not the speaker; `[CLIP]`, `[MUSIC: theme]` and time stamps are no one's words."""

from quote_support import only, quotes

STAMPED = (
    "Coastline Radio\nThe Harbour Hour\nBroadcast: 3 March 2031\n\n"
    "[00:00:04] [MUSIC: theme]\n\n"
    "[00:00:09] HOST: Good evening, I'm Lina Farr. The ferry to Osk stopped running last "
    "week. Our reporter Tomas Weel went to the harbour.\n\n"
    "[00:00:22] TOMAS WEEL: The quay was empty, Lina. Only the gulls were there and a sign "
    "on the ticket office.\n\n"
    "[00:00:35] HOST: What does the minister say?\n\n"
    "[CLIP]\n\n"
    "[00:00:41] ERIK MOSSBERG (through interpreter): The ferry will return in April, and the "
    "fares will not rise.\n\n"
    "[END CLIP]\n\n"
    "[00:00:52] TOMAS WEEL: Islanders I spoke to do not believe him.\n"
)

PLAIN = (
    "Coastline Radio\nThe Harbour Hour\nBroadcast: 3 March 2031\n\n"
    "HOST: The ferry to Osk stopped running last week. Our reporter Tomas Weel went to the "
    "harbour.\n\n"
    "TOMAS WEEL: The quay was empty. Only the gulls were there and a sign on the ticket "
    "office.\n\n"
    "ERIK MOSSBERG: The ferry will return in April, and the fares will not rise.\n"
)


def test_time_stamped_turns_are_direct_quotes_of_their_labels(nlp):
    found = quotes(nlp, STAMPED)
    q = only(found, "The quay was empty")
    assert q.kind == "direct" and q.speaker_name == "Tomas Weel"
    assert only(found, "Islanders I spoke to").speaker_name == "Tomas Weel"


def test_the_host_label_is_the_host_the_first_turn_names(nlp):
    found = quotes(nlp, STAMPED)
    q = only(found, "The ferry to Osk stopped running")
    assert q.kind == "direct" and q.speaker_name == "Lina Farr"
    assert only(found, "What does the minister say").speaker_name == "Lina Farr"


def test_a_turn_through_an_interpreter_is_the_labels(nlp):
    q = only(quotes(nlp, STAMPED), "ferry will return in April")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.text == "ERIK MOSSBERG"
    assert "interpreter" not in q.text and "[" not in q.text


def test_clips_music_and_time_stamps_are_no_speech(nlp):
    for q in quotes(nlp, STAMPED):
        assert "MUSIC" not in q.text and "CLIP" not in q.text and "00:00" not in q.text


def test_untimed_turns_are_direct_and_an_unnamed_host_keeps_the_label(nlp):
    found = quotes(nlp, PLAIN)
    assert only(found, "The quay was empty").kind == "direct"
    assert only(found, "ferry will return in April").kind == "direct"
    host = only(found, "The ferry to Osk stopped running")
    assert host.kind == "direct" and host.speaker is not None and host.speaker.text == "HOST"
