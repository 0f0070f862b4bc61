"""Speech cues: the verbs and phrases that report that someone said something.

We target speech, not thoughts: `believe`, `think`, `want` are not cues. Lemmas, as spaCy's
English lemmatiser gives them.
"""

from __future__ import annotations

#: Verbs that introduce what someone said (direct or indirect).
SAY_VERBS = frozenset(
    """
    say tell add state note explain ask answer reply respond write tweet post announce declare
    report claim insist warn argue suggest confirm deny admit acknowledge stress emphasize
    emphasise reiterate repeat assert maintain contend allege predict promise pledge vow
    testify recount recall remark comment observe mention disclose reveal inform assure concede
    complain boast joke quip retort counter continue caution urge demand propose
    recommend estimate indicate signal conclude affirm underline accuse tout defend mock
    reference threaten blame lament opine
    criticize criticise praise hail condemn blast slam laud welcome thank call
    describe dismiss reject denounce question challenge charge quote cite brief shout whisper
    exclaim proclaim concur elaborate clarify specify summarize summarise pronounce
    yell chant scream holler
    """.split()
)

#: Cues that take the quoted material as an object phrase rather than a clause
#: ("praised China's 'balanced' approach"): they make mixed quotes with a quoted fragment.
EVALUATIVE_VERBS = frozenset(
    """
    praise criticize criticise hail condemn blast slam laud welcome thank call describe dismiss
    reject denounce accuse question challenge charge promise pledge vow urge demand propose
    recommend warn tout blame
    """.split()
)

#: Multi-word cues and their head, e.g. "according to X".
ACCORDING_TO = ("according", "to")

#: Nouns for the people a statement is made to, when they are not named ("told reporters").
AUDIENCE_NOUNS = frozenset(
    "reporters journalists media press lawmakers parliament audience crowd supporters "
    "delegates students viewers listeners".split()
)

#: People and bodies of people a speaker can address (`addressing the three-judge panel`,
#: `addressing the workers`), beside the AUDIENCE_NOUNS; lemmas.
LISTENER_NOUNS = frozenset(
    "panel court jury judge committee council assembly congress senate cabinet board "
    "conference summit meeting gathering rally crowd worker staff employee member resident "
    "voter troop soldier officer graduate nation people family mourner fan colleague "
    "shareholder investor leader minister official diplomat envoy student fisherman".split()
)

#: Heads of noun phrases naming news media: a speech verb with such a subject relays what
#: someone else said ("TASS reported", "state media said").
MEDIA_NOUNS = frozenset(
    "agency media outlet newspaper tabloid broadcaster television tv radio channel press daily "
    "website news wire".split()
)

PRONOUNS = frozenset("he she they him her them i we you it his hers their".split())


def is_say_verb(lemma: str) -> bool:
    return lemma.lower() in SAY_VERBS
