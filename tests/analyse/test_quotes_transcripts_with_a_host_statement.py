"""An interview transcript whose host also makes a statement (a challenge, `The unions say the
ban is meant to stop them striking.`) is still a transcript: the guest's turns are direct
quotes of the guest (a capitalised label `MINISTER TAL` is the Oren Tal introduced before,
whatever NER calls it), the host's lines are no one's quotes, and an episode heading
(`Ep. 40: …`) is never a speaker. Names invented."""

from __future__ import annotations

from newsgraph.analyse.quotes import extract_quotes

TRANSCRIPT = (
    "Ep. 40: 'A ban is not a punishment' - the transport minister on the strikes\n\n"
    "Host Lia Brun speaks to Transport Minister Oren Tal about the strike and the ban on "
    "lorries that begins on Friday.\n\n"
    "Transcript excerpt\n\n"
    "LIA BRUN: Minister, how many lorries were stopped last night?\n\n"
    "MINISTER TAL: Around three hundred. Most of them will be released today.\n\n"
    "LIA BRUN: You have announced a ban. When does it start?\n\n"
    "MINISTER TAL: From Friday, for ten days. A ban is not a punishment.\n\n"
    "LIA BRUN: The unions say the ban is meant to stop them striking.\n\n"
    "MINISTER TAL: Anyone can strike. Nobody has the right to block a motorway at night.\n"
)


def _found(nlp):
    return extract_quotes(nlp(TRANSCRIPT), "The Road Hour, Ep. 40: 'A ban is not a punishment'")


def test_the_guests_turns_are_direct_quotes_of_the_guest(nlp):
    turns = [q for q in _found(nlp) if "Most of them" in q.text or "Anyone can strike" in q.text]
    assert len(turns) == 2
    assert all(q.kind == "direct" and q.speaker_name == "Oren Tal" for q in turns)


def test_the_hosts_lines_are_no_quotes(nlp):
    found = _found(nlp)
    assert not [q for q in found if "stop them striking" in q.text or "lorries were" in q.text]


def test_an_episode_heading_is_no_speaker(nlp):
    found = _found(nlp)
    assert not [q for q in found if q.speaker is not None and q.speaker.text.startswith("Ep")]


PROGRAMME = (
    "Transcript\n\n"
    "[00:00:09] HOST: Good evening, I'm Ada Lorne and this is The Night Desk. A ferry ran "
    "aground off Brill on Monday.\n\n"
    "[00:00:31] TOMAS KELL: The ferry hit a sandbank at about ten, Ada. Nobody was hurt.\n\n"
    "[00:00:58] HOST: Let's hear from the harbour master, speaking this morning.\n\n"
    "[00:01:31] [CLIP]\n\n"
    "[00:01:32] IVO RASK: The channel was marked, and the captain knew it.\n\n"
    "[00:01:41] [END CLIP]\n\n"
    "[00:01:42] HOST: Tomas, is that how it looked from the quay?\n\n"
    "[00:01:47] TOMAS KELL: Not really. The crew told me the buoys had drifted in the storm.\n\n"
    "[00:02:10] HOST: And the passengers?\n\n"
    "[00:02:12] TOMAS KELL: They were taken off by lifeboat within the hour.\n\n"
    "[00:02:55] HOST: Tomas Kell in Brill, thank you.\n"
)


def test_a_programme_whose_host_speaks_outside_the_exchange_stays_turns(nlp):
    found = extract_quotes(nlp(PROGRAMME))
    turn = [q for q in found if q.text.startswith("Not really")]
    assert [(q.kind, q.speaker_name) for q in turn] == [("direct", "Tomas Kell")]
    assert [q.speaker_name for q in found if "thank you" in q.text] == ["Ada Lorne"]
