"""Events of one article: who did what to whom, where and when, typed with PLOVER.

Each clause whose verb (or event noun done by a light verb: `held talks`, `imposed sanctions`)
is a cue in `plover` becomes a candidate. Its subject gives the actors and its object or a
`with`/`against`/`on`/`to` phrase the targets, each resolved to the article's entities (so a
person keeps the country their title gives: `French President Emmanuel Macron` -> FRA); an
`in`/`at` phrase naming a place gives the place. The date comes from a date expression attached
to the clause, resolved against the publication date by `newsdates` (news convention for
weekdays). The status is `planned` for future or intended events (`will meet`, `plans to`,
`is expected to`), `reported` when a source asserts it (`X said Y had attacked`, `reportedly`),
`happened` otherwise; negated clauses (`did not meet`) and conditionals give no event.
Actors and targets the text leaves without a country take one from the countries their
sentence names (`_sentence_country`, `_sentence_target`), after mentions are merged.

One real-world event told in several sentences is merged within the article (same type,
overlapping participants, compatible dates): one event, several mentions. Across articles,
`event_key` (type + sorted participant keys + date) is the key to group on.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from spacy.lang.en.lex_attrs import like_num
from spacy.tokens import Doc, Span, Token

from newsgraph.analyse.countries import (
    agent_sectors,
    country_name,
    lookup,
    resolve_actor,
    resolve_country,
)
from newsgraph.analyse.entities import STATE_FORMS, demonym_of
from newsgraph.analyse.entities import _kin_word as kin_word
from newsgraph.analyse.newsdates import (
    MONTHS,
    NUMERIC_DAY,
    WEEKDAYS,
    ResolvedDate,
    is_holiday,
    parse_published,
    resolve_absolute,
    resolve_date,
    span_days,
    written_day_span,
)
from newsgraph.analyse.plover import (
    ACCIDENTS,
    ARMED_ACTORS,
    ARRIVAL_VERBS,
    BLOCKED_DECISIONS,
    BOARDERS,
    BUSINESS,
    CAMEO_LIGHT,
    COMPLIED,
    COMPLY_VERBS,
    CONCEDE,
    CONTEXT_WORDS,
    COURTS,
    DEAL_REVIEWERS,
    DEALS,
    DELIVERIES,
    DESIGNATING,
    DESIGNATION_WORDS,
    FORCES,
    FRAMED,
    FRAMED_IDIOMS,
    HARM_VERBS,
    HEAD_PAIRS,
    INTENSIFIERS,
    JOINT,
    JOINT_BUSINESS,
    JOINT_MILITARY,
    JOINT_WORDS,
    JOINT_WORK,
    LETTING,
    LIGHT_VERBS,
    MOVE_VERBS,
    NOT_OCCURRING,
    NOUNS,
    OCCUR_VERBS,
    PEOPLE_OBJECTS,
    PHRASAL,
    PRICE_NOUNS,
    PRICE_QUOTES,
    RALLIED,
    RELIEF_ACTORS,
    RELIEF_CARRIERS,
    RELIEF_CONTEXT,
    RELIEF_GOODS,
    RELIEF_MARKS,
    RELIEF_SITES,
    RELIEF_VEHICLES,
    RULINGS,
    SCHEDULING,
    SET_UP,
    STRIKE,
    STRIKE_VERBS,
    STRIKE_WORK,
    VERB_OBJECT,
    VERBS,
    VESSELS,
    WEAPON_FIRE,
    WITH_GOODS,
    YIELD_TO,
    YIELD_TO_WHAT,
    Cue,
    analogous_cue,
    cameo_cue,
    cameo_nouns,
    cameo_type,
    cameo_verbs,
    reversed_cue,
    ruling_cue,
)
from newsgraph.analyse.speech import SAY_VERBS
from newsgraph.extract.credits import DATELINE
from newsgraph.records import Entity
from newsgraph.textshapes import ENTRY_TIME_LINE
from newsgraph.wordlists import ASKING_VERBS, CROWD_COUNTS, STREET_NOUNS

Actor = tuple[int | None, str, str | None]  # (entity index, name, country ISO3)
Place = tuple[str, str | None, float | None, float | None]  # (name, country, lat, lon)

STATUSES = ("happened", "planned", "reported")


@dataclass(slots=True)
class Event:
    """One event as the export contract has it (`docs/export.md`, `events`).

    `mentions` are (start, end) char spans into `doc.text` of the sentences that tell it, the
    first being where it is first told; `trigger` is the cue words of the first mention.
    """

    type: str  # PLOVER category, lower case
    cameo: str | None
    mode: str | None
    context: str | None
    actors: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    place: Place | None = None
    date: str | None = None
    date_precision: str | None = None  # day | week | month | year
    date_text: str | None = None
    status: str = "happened"  # happened | planned | reported
    mentions: list[tuple[int, int]] = field(default_factory=list)
    trigger: str = ""
    #: participants whose country the sentence gave, not their own words (`_sentence_country`,
    #: `_sentence_target`): ("actors" | "targets", index into that list)
    inferred: set[tuple[str, int]] = field(default_factory=set)

    def country_inferred(self, side: str, index: int) -> bool:
        """Whether that participant's country is a guess from its sentence."""
        return (side, index) in self.inferred

    @property
    def start(self) -> int:
        return self.mentions[0][0]

    @property
    def end(self) -> int:
        return self.mentions[0][1]


def event_key(event: Event, entities: list[Entity]) -> str:
    """Key for grouping one real-world event across articles: type, the sorted keys of all its
    participants (actors and targets together, since `A met B` and `B met A` are one meeting)
    and its date (`consult|person:ana-ruiz+person:tomas-brenn|2025-03-06`)."""
    people = [*event.actors, *event.targets]
    known = [a for a in people if a[0] is not None or a[2] is not None]
    keys = sorted({_participant_key(a, entities) for a in known or people})
    return f"{event.type}|{'+'.join(keys)}|{event.date or ''}"


def _participant_key(actor: Actor, entities: list[Entity]) -> str:
    index, name, country = actor
    if index is not None and 0 <= index < len(entities):
        return entities[index].key or entities[index].name
    return country or name.lower()


# -- words --------------------------------------------------------------------------------------

_SPEECH = frozenset(
    "say tell report claim state announce add note insist assert confirm write quote "
    "believe think suggest allege".split()
)
#: Verbs that introduce a quotation as words said or a question put (`_quote_introduced`).
_INTRODUCING = _SPEECH | ASKING_VERBS
#: Labels over a quotation shown to be rated or examined (`Claim: "..."`), not told.
_DISPLAY_LABELS = frozenset(
    "claim claims quote statement rumour rumor assertion allegation post tweet caption "
    "slogan message".split()
)
_INTENT = frozenset(
    "plan expect schedule set due intend hope want seek aim prepare propose "
    "consider agree offer promise pledge vow threaten wish decide likely going slate poise "
    "ready eager willing able invite ask urge call prepared poised determined keen".split()
)
_FUTURE_AUX = frozenset(
    {"will", "would", "shall", "'ll", "’ll", "may", "might", "could", "should", "can", "must", "'d"}
)
#: Tags of a finite auxiliary (`has`, `had`, `will`, `is`), which gives a verb its own tense.
_FINITE_AUX_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})
_REPORTED_ADV = frozenset({"reportedly", "allegedly", "purportedly", "apparently", "supposedly"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_FAIL = frozenset(
    {
        "fail",
        "refuse",
        "decline",
        "deny",
        "cancel",
        "postpone",
        "scrap",
        "reject",
        "avoid",
        "stop",
        "halt",
    }
)
_TARGET_PREPS = frozenset(
    {
        "with",
        "against",
        "on",
        "to",
        "toward",
        "towards",
        "upon",
        "at",
        "for",
        "into",
        "over",
        "between",
        "among",
    }
)
#: Types whose place is only where it happened, never whom it was done to.
_PLACE_NOT_TARGET = frozenset({"consult", "agree", "protest", "mobilize", "cooperate"})
_OBJECT_TARGET_PREPS = frozenset({"to", "for", "against", "on"})
#: Prepositions naming whom a sum is for, also where the parser hangs them under its source.
_RECIPIENT_PREPS = frozenset({"to", "for"})
#: Types done in answer to someone's act, whose object's `by`/`from` phrase names that someone.
_ANSWERING = frozenset({"request", "accuse", "reject", "concede", "support"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Head words that make a named organisation a place one can be at (`at Kerrow Regional Court`,
#: `outside the Arnhill airport`): a building or site, not the body that runs it.
_VENUES = frozenset(
    "court courthouse airport airfield hospital stadium station port harbour harbor prison "
    "jail embassy consulate university campus cathedral mosque church temple palace parliament "
    "square".split()
)
#: Words that end the name of an open place, whatever entity type NER gave the name.
_SITES = (STREET_NOUNS - {"road", "lane"}) | {"park", "bridge"}
#: `on` gives a place only for a site (`protested on Arsenal Square`): `on Iran` is a target.
_SITE_PREPS = frozenset({"on"})
#: Acts done by force to what they are `on`: a building struck or raided is where they happened.
_STRUCK = frozenset({"assault", "coerce"})
#: Entities that name a country or its people (`Belarus`, `Belarusian`, `Minsk`).
_COUNTRY_TYPES = frozenset({"GPE", "NORP", "LOC"})
_COUNTRY_KINDS = ("name", "demonym")
_STRIKE_MILITARY = frozenset(
    {
        "air",
        "missile",
        "drone",
        "military",
        "rocket",
        "artillery",
        "nuclear",
        "retaliatory",
        "pre-emptive",
        "preemptive",
    }
)
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
#: The forms of one person's pronoun, by gender.
_GENDERED = (
    frozenset({"she", "her", "hers", "herself"}),
    frozenset({"he", "him", "his", "himself"}),
)
_PRONOUNS_GROUP = frozenset({"it", "they", "them", "we"})
#: Who speaks in a quotation: its speaker (`"I will sign," X said`).
_FIRST_PERSON = frozenset({"i", "we"})
_POSSESSIVE_GROUP = frozenset({"its", "their", "our"})
_EVENT_NOUN_TYPES = {lemma: cue.type for lemma, cue in NOUNS.items()}
#: Verbs of linking one thing to another (`linked the attack to X`, `tied X to the bombing`):
#: an accusation where one side is an act, else no event (`_linked_to_act`).
_LINKING = frozenset({"link", "tie", "connect"})
#: Words that mark goods sent as relief (`food supplies`, `aid deliveries`: `_cuts_deliveries`).
_RELIEF_WORDS = (RELIEF_GOODS | RELIEF_MARKS) - {"supply"}
#: Types of the acts that linking to someone blames them for (`linked the bombing to X`).
_BLAMEWORTHY = frozenset({"assault", "coerce", "threaten", "mobilize", "protest"})
_DATE_LABELS = frozenset({"DATE", "TIME"})
#: Verbs of offering, and the types of the acts one does by offering them in words (an
#: apology, praise, a warning, criticism, an appeal), not by a later deed (aid, talks).
_OFFERING = frozenset({"offer"})
_SAID = frozenset({"support", "accuse", "reject", "threaten", "request"})
#: Verbs of intention that are no event themselves: `plans to impose` is the imposing, planned.
#: Nouns of intending whose infinitive tells a planned act (`its readiness to resume talks`,
#: `its commitment to release the prisoners`, `its intention to impose sanctions`).
_INTENT_NOUNS = frozenset(
    "willingness readiness intention intent plan commitment determination desire pledge "
    "promise offer resolve preparedness eagerness wish".split()
)
_PURE_INTENT = frozenset(
    "plan intend want hope aim prepare expect wish decide try attempt seek consider "
    "schedule set be".split()
)
#: Event types that take the clause below them as their content (one event, not two).
_ABSORBING = frozenset({"agree", "request", "reject", "threaten"})
#: Verbs of hearing the dictionary codes as meeting (040), which `about`/`of` make learning.
_HEARING = frozenset({"hear"})
#: A match's score (`2-0`, `3–1`), which makes `beat`/`defeated` a game won.
_SCORE = re.compile(r"(?<![\d-])\d{1,2} ?[-\u2013] ?\d{1,2}(?![\d-])")
#: Verbs of winning a match that the dictionary codes as attacks.
_WINNING = frozenset("beat defeat thrash rout crush trounce hammer edge overcome".split())
#: Nouns of asking whose `for X to do` the parser may hang on their verb (`renewed its call`).
_ASKING_NOUNS = frozenset({"call", "appeal", "plea"})
#: Verbs that ask for something with `for X to do` (`called for X to withdraw`).
_ASKING_FOR = frozenset(
    "call push press appeal lobby campaign plead clamour clamor agitate petition ask".split()
)
#: Verbs of belief or forecast: with a content clause they tell a view, not an act.
_BELIEF = frozenset(
    "expect believe think assume predict forecast anticipate reckon suppose".split()
)
#: Verbs that with a content clause tell a memory or a finding (`The court recalls that`,
#: `Decides that the line follows ...`), not a recalled envoy or an agreement.
_REMEMBER_DECIDE = frozenset({"recall", "decide", "note", "observe"})
#: Bonds one can break without acting on anyone (`betrayed the trust`, `broke their word`).
_BONDS = frozenset("trust confidence faith hope promise word oath vow ideal principle".split())
_HOSTILE_ACTS = frozenset({"sanction", "coerce", "assault", "threaten"})
#: What a speaker's figures of speech act on (`"they have stolen our voice"`, `"we will defend
#: every vote"`): said in a quotation, no act on anyone.
_RHETORIC = _BONDS | frozenset(
    "voice vote will dignity future democracy freedom right dream soul heart truth honour "
    "honor memory legacy mandate choice".split()
)
#: Those of them that also name a place (`occupied the heart of the city since Monday`): with a
#: time, a real act; a time never makes the others literal (`stole the vote on Sunday`).
_RHETORIC_PLACES = frozenset({"heart"})
#: Types a thing cannot do by itself (`inflation eased`, `tensions eased`).
_NO_THING_ACTS = frozenset({"concede", "retreat", "agree", "support", "cooperate", "aid"})
#: What a crowd shows when it protests.
_PROTEST_SIGNS = frozenset("sign placard banner chant slogan".split())
#: Noises that greet a thing as protest (`greeted the ruling with whistles and chants`).
_JEERS = frozenset("whistle jeer boo catcall chant heckle".split())
#: Words that make a sign or chant a message of protest (`signs reading "…"`, `against`).
_SIGN_MESSAGES = frozenset(
    "reading saying read said demanding demand demanded calling against protesting "
    "denouncing condemning urging".split()
)
#: People named for whom they follow: `supporters of X protested` is the supporters' act.
_FOLLOWERS = frozenset(
    "supporter follower sympathiser sympathizer loyalist fan backer admirer".split()
)
_CROWDS = frozenset(f"{w}s" for w in CROWD_COUNTS)  # `Thousands rallied`
_PARTITIVE = frozenset(
    {"part", "most", "control", "much", "some", "rest", "all", "half"}
    # quantities and spans of the thing done: `tons of food aid`, `10 days of war games`
    | set("ton tonne worth amount shipment consignment batch package series wave round".split())
    | {"mission", "team", "contingent", "group"}  # `a mission of observers`
    | {"day", "week", "hour"}
)
#: Verbs of coming together for an event noun (`converged for a rally`, `gathered at a protest`).
_GATHER = frozenset("gather converge assemble congregate flock participate".split())
#: Adjectives whose `of` + gerund phrase tells what the subject did (`are guilty of violating`).
_PREDICATE_OF = frozenset({"guilty", "responsible", "culpable"})
#: Clauses that serve the clause above them (purpose, relative, gerund after a preposition,
#: complement): under another event's verb, they are part of that event's telling.
_SERVING = frozenset("advcl relcl acl pcomp csubj ccomp xcomp".split())
#: Clauses of their own below a verb (not `kept going`, `began to withdraw`).
_OWN_CLAUSE = frozenset({"ccomp", "advcl", "relcl", "acl"})
_OBLIGATION = frozenset({"must", "should", "ought"})
_SELF_PRONOUNS = frozenset({"i", "we"})
#: Negative and indefinite subjects: `Nobody should ...` states a norm, asks no one (no request).
_NO_ONE = frozenset(
    "nobody noone none nothing anyone anybody anything someone somebody something one".split()
)
_DEMAND = Cue("request", "100", None, None)
#: A clause read for the participants it names only (an absorbing type, whose place is no
#: target: no place or home-country fallback), and those of the clauses it takes.
_NAMED_ONLY = Cue("agree", None, None, None)
#: PLOVER keeps violence against things (CAMEO 1712, destroy property) under COERCE.
_DESTROY_PROPERTY = Cue("coerce", "1712", "seize", None)
#: Attacks with arms (CAMEO 193-195: firearms, artillery, aircraft), which are assaults
#: whatever they hit.
_WEAPONS_CODES = frozenset({"193", "194", "195"})
#: Verbs of wrecking, done to things (CAMEO 1712) unless their object names people.
_WRECK = frozenset("destroy demolish raze bulldoze torch burn wreck flatten loot ransack".split())
_PROPERTY = frozenset(
    "building house home office shop store property line pipeline bridge road plant factory "
    "station car vehicle truck bus crop field farm school church mosque temple market "
    "warehouse depot tower".split()
)
#: Things a place's name may modify (`the Velst bridge`), which the name does not make an actor.
_THINGS = _PROPERTY | frozenset(
    "dam tunnel port harbour harbor airport mine refinery hospital prison stadium hotel".split()
)
#: Who or what an inquiry is made by or into, whom helping is no aid (`helping investigators`).
_INQUIRERS = frozenset(
    "investigator inspector detective auditor examiner coroner inquiry investigation probe "
    "inquest".split()
)
#: A planned act of one kind is a statement of intent of another (CAMEO 03 / 13, PLOVER
#: AGREE / THREATEN): `will provide aid` agrees to aid, `would blockade Paris` threatens.
_INTENT_TYPES: dict[str, tuple[str, str]] = {
    "cooperate": ("agree", "031"),
    "support": ("agree", "032"),
    "aid": ("agree", "033"),
    "concede": ("agree", "035"),
    "retreat": ("agree", "035"),
    "sanction": ("threaten", "131"),
    "protest": ("threaten", "133"),
    "coerce": ("threaten", "137"),
    "assault": ("threaten", "138"),
    "mobilize": ("threaten", "138"),
}
#: Intentions to act on someone (`will provide aid to X`, CAMEO 031-035), which have targets
#: although agreements (`agree`) mostly do not.
_INTENT_TO_ACT = frozenset(code for kind, code in _INTENT_TYPES.values() if kind == "agree")
#: CAMEO intents (03) and the acts they intend (04-08): the act, when the clause tells it done
#: rather than intended (the modality is read from the clause, not from the dictionary code).
_INTENT_ACTS = {
    "031": "060",
    "0311": "061",
    "0312": "062",
    "0313": "063",
    "0314": "064",
    "032": "050",
    "033": "070",
    "0331": "071",
    "0332": "072",
    "0333": "073",
    "0334": "074",
    "034": "083",
}  # not 036/039 (intent to meet, to mediate): the dictionary's patterns for them are loose
_CAMEO = cameo_verbs()
#: Dependencies a CAMEO pattern follows from its verb (objects, particles, prepositional
#: phrases, the subject and the words of their noun phrases; an infinitive's verb).
_PATTERN_DEPS = frozenset(
    "nsubj nsubjpass dobj dative prt prep pobj attr acomp oprd agent compound amod nmod poss "
    "nummod quantmod npadvmod advmod xcomp pcomp conj".split()
)
#: Verbs that accuse when their content is a clause (`charged that troops had tortured`,
#: `protested that the authorities were failing to ...`), not when they act.
_CHARGE_THAT = {
    "charge": Cue("accuse", "112", "allege", None),
    "protest": Cue("accuse", "111", "disapprove", None),
}
#: Verbs of sending people somewhere, which are the act they are sent to do.
_SEND = frozenset({"send", "dispatch"})
#: Compounds that make an event noun a publication (`issued a press release`).
_MEDIA = frozenset({"press", "news", "media"})
_NAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "NORP"})
#: Where one is held when detained (`held in custody`, `kept in detention`).
_CUSTODY = frozenset({"custody", "detention", "jail", "prison", "gaol"})
#: Prepositions that set an act within an event (`during the demonstrations`).
_DURING = frozenset({"during", "in"})
#: Armed men and those who act for a state (`authorities detained dozens during the
#: protests`): what they do during a protest is no riot (`_during_protest`).
_NO_CROWD = ARMED_ACTORS | frozenset(
    "authority government official officer guard agent regime ministry administration "
    "gendarme trooper".split()
)
#: Verbs whose `to` + gerund is an act done (`resorted to throwing stones`, `_means_of`).
_RESORT = frozenset({"resort", "turn", "proceed", "revert"})
#: Verbs whose object does what their infinitive says (`urged Iran to join`: Iran joins).
_OBJECT_CONTROL = frozenset({"urge", "ask", "invite", "press", "call"})
#: Who one may reach to talk with (`_contacted`): people and bodies the parser names.
_PARTNER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Verbs of wanting: with a plain noun object that no CAMEO pattern names, a wish, no event.
_WANT = frozenset({"want", "wish", "desire"})
#: Verbs whose bare CAMEO code is yielding (`submitted to pressure`, 080): with an object no
#: pattern names they hand a paper in (`submitted the draft budget to parliament`), no event.
_HAND_IN = frozenset({"submit"})
#: Abstract nouns that never act: `wherever international law allows`, `as the rules permit`.
_ABSTRACT = frozenset(
    "law laws rule rules regulation regulations principle principles policy approach "
    "constitution charter convention treaty norm norms procedure procedures protocol "
    "circumstance circumstances condition conditions situation time weather".split()
)
#: Papers that set out what others should do (`The plan calls for troops to withdraw`): what
#: they ask is asked by whoever put them forward (`_proposers`), never done.
_PROPOSALS = frozenset(
    "plan proposal resolution draft bill motion initiative roadmap blueprint report petition "
    "letter manifesto declaration communique framework recommendation".split()
)
#: Things that happen or are measured, which never act: the subject of `a blast killed two
#: soldiers` or `the first step since ...` is no actor (event nouns are none either).
_INANIMATE = ACCIDENTS | frozenset(
    "blast explosion flames bomb shell mine rocket missile "
    "fighting violence unrest incident tension step move "
    "measure decision "
    "price rate cost figure number level rise fall increase decline amount share rest part "
    "outcome result situation".split()
)
#: Speaker-relative possessives: `our friends` names no one outside the quote.
_SPEAKER_POSSESSIVES = frozenset({"our", "my", "your"})
#: A clause these open says where or when something may happen, not that it did.
_OPEN_CLAUSE = frozenset({"wherever", "whenever", "however", "whatever", "as"})
#: Verbs of permitting or requiring, no event in such a clause (`as the law requires`).
_PERMIT = frozenset({"allow", "permit", "require", "need", "dictate", "demand", "see", "suit"})
#: Verbs that put someone under a measure (`placed X under house arrest`).
_PUT = frozenset({"place", "put", "keep", "hold"})
#: Verbs of leaving a place, which armed forces leaving a country make a withdrawal.
_LEAVE = frozenset({"leave", "quit", "exit", "vacate"})
_WITHDRAW = Cue("retreat", "0874", "withdraw", "military")
#: Verbs of warning, a threat only when said to someone or of a hostile act (`_threat`).
_WARN = frozenset({"warn", "caution"})
_HOSTILE = frozenset({"threaten", "protest", "sanction", "coerce", "assault", "mobilize"})
#: What a warned party is told it will face (`would face consequences`).
_CONSEQUENCES = frozenset({"consequence", "retaliation", "reprisal", "punishment", "response"})
#: Verbs that name their object as something (`called the strike irresponsible`, `branded
#: the deal a surrender`, `described the raid as lawless`): a disapproval where the name is one.
_NAMING = frozenset("call brand label describe term dub".split())
_DISAPPROVE = Cue("accuse", "111", "disapprove", None)
#: Privative prefixes of an adjective (`irresponsible`, `illegal`, `unacceptable`,
#: `dishonest`); `in-`/`im-` are left out (`important`, `independent`, `international`).
_PRIVATIVE = ("un", "ir", "il", "dis", "non")
_ADJECTIVE_ENDINGS = (
    *("ble", "ful", "al", "ent", "ant", "ive", "ed", "ic", "ous", "ate", "ary", "ory", "est"),
    *("ar", "ly"),
)
#: Acts that name a thing as wrong when it is called one (`called the deal a surrender`).
_BLAMED_ACTS = frozenset({"assault", "coerce", "retreat", "concede", "threaten"})
#: Names the CAMEO dictionary codes as disapproval or rejection after a naming verb (`CALL *
#: LIAR` 111, `DESCRIBE * AS LAWLESS` 111, `BRAND * TERRORIST` 1123), read at load time.
_NAMED_WRONG = frozenset(
    pat.post[-1]
    for verb in _NAMING
    for pat in _CAMEO.patterns.get(verb, ())
    if not pat.pre
    and pat.code
    and pat.code[:2] in ("11", "12")
    and pat.post[-1].isalpha()
    and pat.post[0] not in ("for", "to")
)
#: Predicates that blame their subject (`X said Y was responsible for the crash`).
_BLAME = frozenset({"responsible", "culpable", "guilty"})
#: Qualities a critic says a process or body lacks (`the count lacked transparency`): a closed
#: list of evaluative nouns, so that a want of a thing (`lacked electricity`, `lacked
#: evidence`, `lacked experience`) is no criticism.
_CRITICISED_QUALITIES = frozenset(
    "transparency credibility legitimacy accountability independence fairness integrity "
    "impartiality rigour rigor openness neutrality objectivity honesty oversight".split()
)
_ACCUSE = Cue("accuse", "112", "allege", None)
#: Walkouts (`walked out`, PLOVER protest, strike): working people, the bodies that speak for
#: them, what a walkout is in (`in protest`, `in a dispute`) and over (`over pay`), and the
#: prepositions of going somewhere that make it no walkout (`walked out into the garden`).
_WORKERS = frozenset(
    "worker employee staff staffer workforce labourer laborer crew nurse doctor midwife "
    "paramedic teacher lecturer miner docker driver pilot controller cleaner porter machinist "
    "firefighter guard clerk journalist engineer technician".split()
)
#: Businesses a country's name is put on (`Tarsel's largest lenders`): they act as
#: themselves, not as the state.
_BUSINESSES = frozenset("lender bank insurer exporter importer investor creditor".split())
#: People who act as themselves, not as whoever has them (`Ruiz's supporters`, `Tarsby's
#: dockers`, `the port's workers`, `Tarsel's banks`): the phrase acts, not the owner.
_OWN_GROUPS = _FOLLOWERS | _WORKERS | _BUSINESSES
_UNIONS = frozenset({"union", "unionist", "guild"})
_DISPUTES = frozenset({"protest", "dispute", "solidarity", "strike", "row"})
_GRIEVANCES = frozenset(
    "pay wage salary pension condition contract hour shift overtime job cut layoff sacking "
    "dismissal offer bonus staffing safety".split()
)
_DIRECTIONS = frozenset("into onto to through toward towards across along".split())
#: Verbs that charge people (coerce, CAMEO 173) but accuse a state (112).
_ALLEGING = frozenset({"charge"})
_STATE_BODIES = frozenset(
    "government regime country state army military authorities administration ministry "
    "junta cabinet".split()
)
#: A presence kept in another country, whose withdrawal is a reduction of relations (PLOVER
#: sanction: "terminate the deployment or presence of peacekeeping forces, inspectors or other
#: observers"), and the verbs that withdraw it (`pull`, `ship`, `take` with `out`).
_PRESENCE = frozenset({"peacekeeper", "observer", "inspector", "monitor"})
_WITHDRAWING = frozenset({"withdraw", "evacuate", "recall", "remove"})
_TAKING = frozenset({"pull", "ship", "take", "move"})
_END_PRESENCE = Cue("sanction", "1661", "withdraw", "military")
#: Words for a crowd of protesters, whose violence is a riot (PLOVER protest, mode riot).
_PROTESTERS = frozenset(
    "rioter rioting protester protestor demonstrator protesting demonstrating mob "
    "stone-throwing".split()
)
_RIOT = Cue("protest", "145", "riot", "political")
#: Cooperative types whose planned act, negated, is a refusal (`will not withdraw`).
_COOPERATIVE = frozenset({"consult", "agree", "support", "cooperate", "aid", "concede", "retreat"})
#: Types told in words rather than done (for `_object_reading`).
_VERBAL = frozenset({"agree", "support", "request", "accuse", "reject", "threaten", "consult"})
_REFUSING_AUX = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})  # not `cannot`
_REFUSE = Cue("reject", "120", None, None)
#: Taking someone to court is suing them (CAMEO 115).
_COURTS = frozenset({"court", "tribunal", "arbitration"})
#: Searching people, their belongings or buildings is coercion (CAMEO 17), not an inquiry.
#: Modes of taking people or things (CAMEO 171, 173): the taker acts, named or not.
_TAKING_MODES = frozenset({"seize", "arrest"})
_SEARCH = frozenset({"search", "frisk"})
_SEARCHED = Cue("coerce", "170", None, "legal")
_SUE = Cue("accuse", "115", "allege", "legal")
#: Verbs of contesting something, a lawsuit when done in or before a court.
_CONTEST = frozenset({"challenge", "contest", "appeal", "dispute"})
#: A court's verdict (`found X guilty`): PLOVER's accuse covers court cases (CAMEO 116).
_VERDICTS = frozenset({"guilty", "liable"})
_VERDICT = Cue("accuse", "116", "allege", "legal")
#: Bringing someone to trial (PLOVER accuse: "sue, file civil or criminal lawsuit ... target
#: must be the defendant"; CAMEO 115): the defendant is the target, whoever said it.
_TRIAL = Cue("accuse", "115", "allege", "legal")
#: Verbs whose subject is the defendant when done on or to a trial (`went on trial`, `stood
#: trial`), and verbs by which a named trial takes place (`the trial of X opened`).
_TRIED = frozenset({"go", "stand"})
_TRIAL_OPENS = frozenset({"open", "begin", "start", "resume"})
#: Who gives a judgment (`the tribunal ruled that`): a court (`plover.COURTS`, less words that
#: also name no court: `panel`, `bench`, `justice`), never its prosecutors.
_JUDGING = COURTS - {"panel", "bench", "justice"}
#: Words that tell a trial is a court case (`_court_told`): the courts and the steps of a case.
_COURT_WORDS = _JUDGING | frozenset(
    "charge courtroom prosecutor prosecution indictment indict verdict plead".split()
)
#: Verbs a court states its judgment with (`ruled that`, `finds that`, `held that`).
_FINDING = frozenset({"rule", "find", "hold", "declare", "conclude"})
#: Acts only a court does beside its finding (`found that ..., and it ordered`): their
#: pronoun subject is the court, where any other verb's is the party found against.
_COURT_ACTS = frozenset(
    "order rule sentence dismiss acquit convict uphold overturn quash annul grant deny "
    "award adjourn reject refer fine ban direct instruct impose".split()
)
#: Verbs of a wrong a court finds a party did (`had violated`, `breached the treaty`).
_WRONGS = frozenset("violate breach infringe contravene break".split())
#: Verbs whose object is a measure, not a party (`beating forecasts`, `missed estimates`).
_OUTDO = frozenset({"beat", "miss", "top", "exceed", "surpass", "trail", "lag"})
#: What figures are measured against (`beating forecasts`): no one beaten.
_BENCHMARKS = frozenset(
    "forecast expectation estimate projection prediction consensus guidance target".split()
)
#: Words a reporter's refusal formula ends with (`declined to comment`, `refused to
#: elaborate`): no rejection of anyone.
_SPEAK_FORMULAS = frozenset("comment elaborate speculate say confirm disclose".split())
#: Words that end the formula only with nothing or a reporter's questions after them
#: (`declined to respond`, `refused to answer questions`); `refused to discuss its missile
#: programme with the inspectors` rejects talks.
_ANSWER_FORMULAS = frozenset({"discuss", "respond", "answer"})
#: What a reporter asks about (`declined to discuss the details`).
_QUERIES = frozenset({"question", "detail", "matter", "query", "inquiry", "enquiry", "it"})
#: Shares of a whole (`contributes 14 per cent of revenue`, `a third of sales`): a measure.
_SHARES = frozenset(
    "cent percent % share proportion portion fraction half third quarter bulk majority".split()
)
_ARGUMENT = frozenset({"dobj", "pobj", "dative", "nsubjpass", "conj"})
#: A country's government, which a bare mention leaves unnamed (`_named_state`).
_GOVERNMENT_NOUNS = frozenset({"government", "cabinet", "administration"})
#: Offices of a country, whose named owner is a country (`Halveth's foreign minister`).
_NATIONAL_OFFICES = frozenset(
    "minister ministry president premier chancellor ambassador embassy envoy official "
    "officials king queen army military".split()
)
#: A clause's own parties: one beside the government is not whose it is (`_named_state`).
_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "agent"})
#: A verb's branches telling whom or what its act is done to, at any depth (`_act_parties`).
_ACT_BRANCHES = frozenset({"dobj", "dative", "prep", "agent", "xcomp", "attr", "oprd"})
#: Nouns for a country's state, which a modifier naming the country makes that state.
_STATE_NOUNS = frozenset(
    "government authorities regime state leadership administration leader president king "
    "army military forces embassy ambassador parliament".split()
)
#: Types whose people object, when it is the event's noun, is also its target.
_DONE_TO_PEOPLE = frozenset({"coerce", "sanction", "assault", "consult", "accuse"})
#: Verbs done to people only, besides arrests (`dispersed the crowd`, not `the fog`).
_TO_PEOPLE = frozenset({"disperse"})
#: Verbs of pledging, whose content decides the intent: `vowed to attack` threatens (CAMEO
#: 138), `vowed to help` agrees.
_PLEDGE = frozenset({"vow", "pledge", "promise", "swear"})
#: CAMEO acts that a future auxiliary tells as scheduled, not as an intent: pullbacks, relief.
_SCHEDULED_ACTS = frozenset({"087", "073"})
#: What a sum is put up for that makes it a bounty, no aid (`for the capture of X`).
_BOUNTIES = frozenset("capture arrest killing kill head death detention apprehension".split())
#: Money a government or candidate gives its own public (`in tax cuts`), and that public
#: (`to voters`): no aid to another party.
_OWN_PUBLIC_MONEY = frozenset("cut rebate bonus refund break credit raise rise".split())
#: What a sum is taken as (`$2 million in fines`): a penalty, no aid.
_PENALTIES = frozenset("fine penalty fee damage".split())
_OWN_PUBLIC = frozenset(
    "voter taxpayer shareholder investor employee staff pensioner constituent".split()
)
_RELIEF_ARRIVAL = Cue("aid", "073", None, "humanitarian")
_PLEDGED_MONEY = Cue("aid", "071", None, "economic")
#: People nouns the actor dictionaries' agents leave out (`_people`).
_PEOPLE_NOUNS = frozenset(
    "supporter suspect member leader official officer follower opponent sailor hostage crew "
    "policeman policemen fisherman fishermen man woman child person people resident "
    "dissident critic blogger lawyer driver passenger pilot guard captain chief head family "
    "demonstrator protester militant fighter gunman insurgent".split()
)
#: Nouns that name people (`_people_word`).
_PEOPLE_WORDS = _PEOPLE_NOUNS | PEOPLE_OBJECTS
#: Nouns for the parties to a dealing, which act as a group (`the two sides agreed`).
_PARTY_NOUNS = frozenset(
    "side party camp bloc delegation government council committee board union coalition "
    "alliance team group body negotiator administration cabinet ministry parliament".split()
)
_HOLDER_KINDS = ("person", "holder")
_EXERCISES = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "patrol", "war game"})
#: Verbs whose subject suffers the act (`Thirty people died`): the victims, never its agent.
_DYING = frozenset({"die", "perish"})
#: Verbs of harm to people: their victims (object, passive or dying subject) are targets, read
#: as people even with no entity or country (`killing two workers`, `Nine people were hurt`).
_VICTIM_VERBS = _DYING | frozenset(
    "kill injure wound hurt maim murder shoot stab execute behead".split()
)
#: Acts a town named as their subject does as its government (`Halden rejected the plan`, as
#: `Moscow said`); any other act (`Halden hosted the talks`) has no town acting.
_TOWN_ACTS = frozenset({"agree", "support", "request", "accuse", "reject", "threaten", "sanction"})
#: Every verb lemma a lexicon knows, to tell spaCy's wrong lemmas (`staged` -> `stag`).
_KNOWN_VERBS = frozenset(
    [*VERBS, *LIGHT_VERBS, *OCCUR_VERBS, *(v for v, _ in VERB_OBJECT), *(v for v, _ in PHRASAL)]
)


@dataclass(slots=True)
class _Candidate:
    cue: Cue
    verb: Token  # the verb that bears tense, negation and the subject
    trigger: Token  # the cue word itself (the verb, or the event noun)
    noun: Token | None = None  # event noun, when a light verb or occurrence verb does it
    addressee: Token | None = None  # `X said Y must ...`: Y, the target of the demand
    inner: list[_Candidate] = field(default_factory=list)  # clauses it absorbed
    #: clauses serving it that were dropped as part of its telling (`_compose`)
    serving: list[_Candidate] = field(default_factory=list)
    turned: bool = False  # the verb ends or halts its noun's event (`cancelled a planned visit`)


@dataclass(slots=True)
class _SentenceTime:
    """When a sentence's act happened (`_Extractor._sentence_time`), for the next sentence."""

    sent: Span
    date: tuple[str, str | None, str | None]  # iso, precision, the words that give it
    who: set[int]  # entity indices of its actors and of its main verb's subject


# -- entry point --------------------------------------------------------------------------------


def extract_events(doc: Doc, entities: list[Entity], published: str | None) -> list[Event]:
    """The events one parsed article tells, in order of first mention; negated ones excluded.

    `entities` are the article's entities (`extract_entities(doc)`): actors, targets and places
    point into it by index. `published` (ISO date or datetime) anchors relative dates; without
    it only absolute dates resolve.
    """
    return _Extractor(doc, entities, parse_published(published)).run()


class _Extractor:
    def __init__(self, doc: Doc, entities: list[Entity], published: date | None) -> None:
        self.doc = doc
        self.entities = entities
        self.published = published
        # token char start -> entity index, for each entity mention (longest mention wins)
        self.owner: dict[int, int] = {}
        spans = sorted(
            ((m.start, m.end, i) for i, e in enumerate(entities) for m in e.mentions),
            key=lambda s: s[0] - s[1],
        )
        for start, end, index in spans:
            for tok in doc.char_span(start, end, alignment_mode="expand") or ():
                self.owner.setdefault(tok.idx, index)
        self.events: list[Event] = []
        # sentence start -> its date entities, in one pass over the doc's entities (`Span.ents`
        # walks all of them for each sentence: quadratic in a long article)
        self._dates_in: dict[int, list[Span]] = {}
        #: line start char -> the date labelling that line (`1971: Jailed ...`, `_line_label`)
        self._line_labels: dict[int, Span] = {}
        for e in doc.ents:
            if _holiday_in_name(e):
                continue  # `over the Boxing Day riots`: when the riots were, not the act
            if (
                e.label_ in _DATE_LABELS
                or e.label_ == "EVENT"
                and is_holiday(e.text)
                or _figure_date(e)
            ):
                base = _label_part(e)
                whole = _written_day(base)
                span = _with_day(base, whole)
                got = self._dates_in.setdefault(e.sent.start, [])
                if not got or (got[-1].start, got[-1].end) != (span.start, span.end):
                    got.append(span)  # two NER pieces of one written day: one date
                # `8 February 2024: ...`, which NER tags `February 2024`: the widened day opens
                # the line, the bare month does not; `1971: ...` after a line ending `3 March`
                # is widened across the break, and the year alone is the label
                label = next((d for d in (span, base) if _line_label(d)), None)
                label = label or _day_label(base, whole)
                if label is not None:
                    self._line_labels[_line_start(doc.text, label.start_char)] = label
        for span in _year_labels(doc):  # `1983 - Jailed ...`, a year NER did not tag
            if _line_start(doc.text, span.start_char) not in self._line_labels:
                self._dates_in.setdefault(span.sent.start, []).append(span)
                self._line_labels[_line_start(doc.text, span.start_char)] = span
        self._label_starts = sorted(self._line_labels)  # for `_entry_label`'s bisect
        self._cues: dict[int, list[str]] = {}  # sentence start -> the countries it names
        self._datelines: dict[int, int] = {}  # sentence start char -> end char of its dateline
        #: (token, char) where each sentence that opens with a dateline starts
        self._sent_starts: list[tuple[int, int]] | None = None
        self._dateline_places: list[tuple[int, int]] = []  # (start, end) chars of their places
        self._towns: dict[int, bool] = {}  # entity index -> `_town`
        self._names: dict[str, dict[str, int]] | None = None  # `_entity_named`'s maps
        #: a role noun -> the people the article names beside it, each with the words that
        #: qualify the role there (`_described`), built once
        self._roles: dict[str, set[tuple[int, frozenset[str]]]] | None = None
        #: a live blog's entries (`_live_entries`): relative dates count from an entry's day
        self._entries = _live_entries(doc.text, published)

    def run(self) -> list[Event]:
        first_sent: dict[int, Span] = {}
        before: _SentenceTime | None = None  # when the sentence before this one happened
        paragraph: list[tuple[Event, Span]] = []  # the paragraph's events so far, by sentence
        for sent in self.doc.sents:
            if before is None or not self._same_paragraph(before.sent, sent):
                paragraph = []
            entry = _entry_of(self._entries, sent.start_char)
            day = self._day_at(sent.start_char)
            told: list[Event] = []
            by_verb: dict[int, Event] = {}
            for cand in [] if _displayed_quotation(sent) else self._candidates(sent):
                event = self._event(cand, sent, day)
                if event is None:
                    continue
                if before is not None and self._continues(event, cand, sent, before):
                    event.date, event.date_precision, event.date_text = before.date
                if not event.actors and not event.targets and _unnamed_deal(cand):
                    event.actors = self._deal_parties(cand, sent, paragraph, by_verb)
                if entry is not None and event.date is None and event.status != "planned":
                    # an act a live entry tells as done, with no date: the entry's day
                    event.date, event.date_precision = entry[1].isoformat(), "day"
                    event.date_text = entry[2]
                told.append(event)
                paragraph.append((event, sent))
                by_verb[cand.verb.i] = event
                if self._add(
                    event,
                    anonymous=_occurring(cand) or _opened_itself(cand) or _meeting_to_be_held(cand),
                ):
                    first_sent[id(event)] = sent
                measure = self._measure_itself(cand, sent, event, day)
                if measure is not None and self._add(measure):
                    first_sent[id(measure)] = sent
            before = self._sentence_time(sent, told, day)
        # countries the sentence gives (`_sentence_country`, `_sentence_target`): guesses, so
        # added once mentions are merged on the participants the text names
        for event in self.events:
            sent = first_sent.get(id(event))
            if sent is None:
                continue
            if not any(a[2] for a in event.actors):
                actors = self._sentence_country(event.actors, event.targets, sent)
                if actors != event.actors:
                    event.inferred.add(("actors", 0))
                event.actors = actors
            done_to = (
                event.type not in _PLACE_NOT_TARGET
                or event.cameo in _INTENT_TO_ACT
                or event.type == "protest"  # a target it names: `demands from President X`
            )
            if (event.actors or event.targets) and done_to:
                targets = self._sentence_target(event.actors, event.targets, sent)
                if targets != event.targets:
                    event.inferred.add(("targets", 0))
                event.targets = targets
        return self.events

    def _measure_itself(
        self, cand: _Candidate, sent: Span, event: Event, day: date | None
    ) -> Event | None:
        """The measure an act announces or imposes with the day it starts (`has announced a
        night curfew from 27/11`, `a ban on rallies starting Saturday`): besides the telling,
        the measure itself is to come on that day (a planned coerce of the same actors). A
        start already past (`imposed a curfew from Monday`, told on Thursday) adds nothing."""
        if day is None or event.status == "planned" or cand.noun is None:
            return None
        if cand.cue.mode not in _MEASURE_MODES:
            return None
        anchors = {cand.verb.i, cand.noun.i}
        for e in self._dates_in.get(sent.start, []):
            if not (_measure_start(e, cand) and _attached(e, anchors)):
                continue
            if not _starts_ahead(e, cand.verb, day):
                continue
            got = resolve_date(e.text, day, future=True)
            if got is None or got.precision != "day" or got.iso <= day.isoformat():
                continue
            return Event(
                type=event.type,
                cameo=event.cameo,
                mode=event.mode,
                context=event.context,
                actors=list(event.actors),
                targets=list(event.targets),
                place=event.place,
                date=got.iso,
                date_precision=got.precision,
                date_text=e.text,
                status="planned",
                mentions=list(event.mentions),
                trigger=_event_noun(cand.noun).text,
            )
        return None

    def _day_at(self, char: int) -> date | None:
        """The day relative dates at a char count from: its live entry's (an entry is written
        on its own day), else the publication day."""
        entry = _entry_of(self._entries, char)
        return entry[1] if entry is not None else self.published

    # -- a date the sentence before gives ----------------------------------------------------

    def _sentence_time(
        self, sent: Span, told: list[Event], day: date | None
    ) -> _SentenceTime | None:
        """When the sentence's own act happened, for the next sentence to carry: the date of
        its last dated event that is no plan, else a past date on its main verb (`told
        parliament on Wednesday`); with whom it happened (actor entities, and the main verb's
        subject)."""
        who = {a[0] for e in told for a in e.actors if a[0] is not None}
        subj = self._subject(sent.root)
        if subj is not None and subj.idx in self.owner:
            who.add(self.owner[subj.idx])
        for event in reversed(told):
            if event.date and event.status != "planned":
                return _SentenceTime(sent, (event.date, event.date_precision, event.date_text), who)
        if day is None or not _past(sent.root):
            return None
        for e in self._dates_in.get(sent.start, []):
            if _attached(e, {sent.root.i}) and not _span_start(e, sent.root):
                got = resolve_date(e.text, day)
                if got is not None:
                    return _SentenceTime(sent, (got.iso, got.precision, e.text), who)
        return None

    def _continues(self, event: Event, cand: _Candidate, sent: Span, before: _SentenceTime) -> bool:
        """Whether an undated act goes on from the sentence before, in the same paragraph and
        at its time: told in a past tense, in a sentence with no date of its own, that says it
        follows on (`then`, `later`, `also`, `after that`) or has the same actor (`told
        parliament on Wednesday. She said she had demanded ...`). Never a plan, nor an act in
        a paragraph of its own, nor a pluperfect told as background rather than as what
        someone said (`Norvik had repeatedly threatened ...`: before the news act)."""
        if event.date is not None or event.status == "planned" or not _past(cand.verb):
            return False
        if _pluperfect(cand.verb) and not _said_clause(cand.verb):
            return False  # `X had repeatedly threatened ...`: background, before the news act
        if self._dates_in.get(sent.start) or before.sent.end != sent.start:
            return False
        if not self._same_paragraph(before.sent, sent):
            return False
        if any(_continuing(t) for t in (cand.verb, *cand.verb.ancestors)):
            return True
        return any(a[0] in before.who for a in event.actors if a[0] is not None)

    def _trial(self, verb: Token, lemma: str) -> tuple[Token, Token | None] | None:
        """A trial told with its defendant named (a person or organisation the article knows):
        `X went on trial`, `X stood trial` (the subject is the defendant), `The trial of X
        opened`, `X's trial began`; `put X on trial` (the object). Returns the trial noun and
        the defendant; `a trial run`, `clinical trials` name none."""
        words = [
            *(c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")),
            *(
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "on"
                for p in c.children
            ),
        ]
        noun = next((w for w in words if w.lower_ == "trial"), None)
        if noun is None:
            return None
        defendant: Token | None = None
        if lemma in _TRIED and noun.dep_ in ("dobj", "pobj"):
            defendant = self._subject(verb)
        elif lemma == "put" and noun.dep_ == "pobj":
            defendant = next((c for c in verb.children if c.dep_ == "dobj"), None)
        elif lemma in _TRIAL_OPENS and noun.dep_ == "nsubj":
            defendant = next(
                (
                    p
                    for c in noun.children
                    if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                    for p in (c, *c.children)
                    if p.dep_ in ("poss", "pobj")
                ),
                None,
            )
        if defendant is None or self.owner.get(defendant.idx) is None:
            return None
        kind = self.entities[self.owner[defendant.idx]].type
        if kind not in ("PERSON", "ORG") or self._trial_of_thing(noun):
            return None
        # a company or a club holds trials of its own: it is tried only before a court
        if kind == "ORG" and not _court_told(noun, verb):
            return None
        return noun, defendant

    def _recipients_under_source(self, verb: Token) -> list[Actor]:
        """Whom a sum is for where the parser hangs them under its source (`approved $5
        million from the bloc's emergency fund for Velundi`) or under what the sum is given
        as (`announced $1.5 million in humanitarian funding for Marn`)."""
        found: list[Actor] = []
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"]
        for prep in preps:
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                if prep.lower_ == "in" and not _given_money(pobj):
                    continue  # `$2 million in fines for X`: X pays, nothing goes to X
                for p in pobj.children:
                    if p.dep_ == "prep" and p.lower_ in _RECIPIENT_PREPS:
                        found += self._prep_objects(p)
        return found

    def _sources(self, verb: Token) -> set[int]:
        """Entities that a sum or goods come out of (`a contribution of $5 million from the
        Community Emergency Fund`): the source, never the recipient."""
        return {
            index
            for tok in verb.subtree
            if tok.dep_ == "prep" and tok.lower_ == "from"
            for t in _source_words(tok)
            if (index := self.owner.get(t.idx)) is not None
        }

    def _research(self, noun: Token) -> bool:
        """A study of no party (`a feasibility study on the railway`, `completed a study`):
        research, no investigation of anyone (a study `of`/`into` a named body still is)."""
        if noun.lemma_.lower() not in _RESEARCH_NOUNS:
            return False
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "into"):
                for p in prep.children:
                    index = self.owner.get(p.idx) if p.dep_ == "pobj" else None
                    if index is not None and self.entities[index].type in _PARTY_TYPES:
                        return False
        return True

    def _trial_of_thing(self, noun: Token) -> bool:
        """A trial that tests something (`its trial of a new vaccine`) or tries someone out
        (`went on trial with Kessel United`): no court case."""
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "with"):
                continue
            for p in prep.children:
                if p.dep_ != "pobj":
                    continue
                index = self.owner.get(p.idx)
                kind = self.entities[index].type if index is not None else None
                if prep.lower_ == "of" and kind not in ("PERSON", "ORG"):
                    return True
                if prep.lower_ == "with" and kind == "ORG":
                    return True
        return False

    def _same_paragraph(self, earlier: Span, sent: Span) -> bool:
        """No line break between the earlier sentence's last word and this sentence."""
        last = next(t for t in reversed(earlier) if not t.is_space or t.i == earlier.start)
        return "\n" not in self.doc.text[last.idx + len(last) : sent.start_char]

    def _deal_parties(
        self,
        cand: _Candidate,
        sent: Span,
        paragraph: list[tuple[Event, Span]],
        by_verb: dict[int, Event],
    ) -> list[Actor]:
        """Who made a deal the text tells with no party (`A deal was reached late on
        Friday`): the sides of a meeting or agreement told as done in its sentence or the one
        just before (`Negotiators from X and Y met ...`), else those who act under it (`X will
        release the crew under a deal reached on Friday`: X). None when neither is told, or
        when the deal is told as other news (`Separately, a deal ...`)."""
        aside = _aside(sent, cand.verb)
        for event, where in reversed(paragraph):
            if aside or where.start != sent.start and where.end != sent.start:
                break  # a meeting further back may be about anything
            if event.type in ("consult", "agree") and event.status != "planned":
                sides = _unique([*event.actors, *event.targets])
                if sides:
                    return sides
        settled = self._settled_parties(cand)
        if settled:
            return settled
        head = cand.noun.head if cand.noun is not None else None
        while head is not None and head.i not in by_verb and head.head.i != head.i:
            head = head.head
        return list(by_verb[head.i].actors) if head is not None and head.i in by_verb else []

    def _settled_parties(self, cand: _Candidate) -> list[Actor]:
        """Whose act a deal is made to settle (`a deal was reached to end the dockers'
        strike`: the dockers): a side of it, where the deal names no one else."""
        heads = [cand.verb] if cand.noun is None else [cand.verb, cand.noun]
        out: list[Actor] = []
        for head in heads:
            for clause in head.children:
                if clause.dep_ not in ("advcl", "xcomp", "acl") or not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
                ):
                    continue
                for obj in clause.children:
                    if obj.dep_ != "dobj":
                        continue
                    for owner in obj.children:
                        if owner.dep_ == "poss" and owner.pos_ in ("NOUN", "PROPN"):
                            out += self._participants(owner, generic=True)
        return _unique(out)

    # -- candidates -----------------------------------------------------------------------------

    def _candidates(self, sent: Span) -> list[_Candidate]:
        out: list[_Candidate] = []
        taken: set[int] = set()
        for tok in sent:
            if tok.pos_ != "VERB" or tok.i in taken or tok.lower_ == "according":
                continue
            if (
                tok.dep_ == "acl"
                and tok.tag_ in ("VBN", "VBG")
                and tok.head.pos_ == "NOUN"
                and not _misparsed_clause(tok)
                and not _agreed_thing(tok)  # `under a deal reached on Friday`: the deal (below)
            ):
                continue  # a participle describing a noun: `a body linked to`, `lines leading`
            lemma = _lemma(tok)
            if lemma == "vote" and _votes_to_do(tok):
                continue  # `voted against the odds to back the deal`: the vote is the clause's
            cue = None
            noun = None
            turned = None
            addressee = None
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            # `stepped up attacks`: the event noun made more of is the event (below)
            more = lemma in INTENSIFIERS and any(
                o.pos_ == "NOUN" and _noun_lemma(o) in NOUNS for o in objs
            )
            for child in tok.children:
                if more:
                    break
                if (
                    (
                        child.dep_ in ("prt", "prep", "dobj")
                        or child.dep_ == "advmod"  # `stepped down` with `down` read as an adverb
                        and child.i == tok.i + 1
                    )
                    and (lemma, child.lower_) in PHRASAL
                    # `called off the strike on Friday`: a date's preposition is no particle
                    and not any(p.ent_type_ in _DATE_LABELS for p in child.children)
                ):
                    cue = PHRASAL[(lemma, child.lower_)]
                    break
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            # a double object the parser hung on the first one (`gave Norvik rebels an
            # ultimatum`, `sent the envoy a warning`): a noun has no object of its own
            objs += [
                g
                for c in tok.children
                if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")
                for g in c.children
                if g.dep_ == "dobj" and g.pos_ == "NOUN"
            ]
            if lemma in WITH_GOODS:  # `supplied X with tanks`: what is handed over
                objs += [
                    p
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
            if lemma in LETTING and not objs:  # `allowed inspectors to visit`
                objs += [
                    s
                    for c in tok.children
                    if c.dep_ in ("ccomp", "xcomp")
                    for s in c.children
                    if s.dep_ == "nsubj"
                ]
            if tok.dep_ == "acl" and _agreed_thing(tok):
                objs.append(tok.head)
            if not objs and lemma in _ERGATIVE:
                objs = _opened_ways(tok, lemma)
            objs += [cc for o in list(objs) for cc in o.conjuncts]
            if lemma in COMPLY_VERBS and any(map(_market_demand, objs)):
                continue  # `to meet rising demand for chips`: buyers' wants, no one's asking
            if cue is not None and cue.mode == "withdraw":  # `pulled out` its peacekeepers
                noun = next((o for o in objs if _presence(o)), None)
                cue = cue if noun is None else _END_PRESENCE
            particle = next(
                (
                    c.lower_
                    for c in tok.children
                    if c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ == "out"  # `out of`
                ),
                None,
            )
            if cue is None:
                for obj in objs:
                    # the object, or the noun naming it (`mediation efforts`, `hunger strike`);
                    # not a noun naming what people are for (`deployed riot police`)
                    words = [obj]
                    if not _agents(obj):
                        words += [c for c in obj.children if c.dep_ == "compound"]
                    if obj.pos_ == "PRON":  # `I will lift it on Monday`: the curfew asked of
                        words += _paired_antecedent(obj, lemma)
                    if _counted(obj).i != obj.i:  # `holding thousands of refugees`
                        words.append(_counted(obj))
                    if obj.lemma_.lower() in _PARTITIVE:  # `captured part of a stronghold`
                        words += [
                            p
                            for c in obj.children
                            if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children
                            if p.dep_ == "pobj"
                        ]
                    if (
                        (lemma in LIGHT_VERBS or lemma in SET_UP)
                        and obj.pos_ == "NOUN"
                        and _noun_lemma(obj) not in NOUNS
                        and obj.lemma_.lower() not in JOINT_WORDS
                        and obj.lemma_.lower() not in ("operation", *_EXERCISES)  # below
                        and any(c.lower_ in JOINT and c.dep_ == "amod" for c in obj.children)
                    ):
                        # `set up a joint venture`, `began a joint investigation`
                        joint = JOINT_BUSINESS if obj.lemma_.lower() in BUSINESS else JOINT_WORK
                        cue, noun = joint, obj
                        break
                    if (
                        lemma in _WITHDRAWING or lemma in _TAKING and particle == "out"
                    ) and _presence(obj):
                        # withdrawing peacekeepers, observers or inspectors ends a presence
                        # (PLOVER sanction, CAMEO 166x), not a hostile force's retreat
                        cue, noun = _END_PRESENCE, obj
                        break
                    for word in words:
                        key = (lemma, _noun_lemma(word))
                        if (
                            key in VERB_OBJECT
                            and (word.dep_ != "compound" or key not in HEAD_PAIRS)
                            and self._pair_fits(VERB_OBJECT[key], key, tok)
                        ):
                            cue, noun = VERB_OBJECT[key], obj
                            if cue.mode == "arrest" and key[1] in PEOPLE_OBJECTS:
                                noun = None  # `holding three men`: those held, as `arrested`
                            if key[1] in RULINGS:  # `returned a verdict of not guilty`
                                cue = ruling_cue(cue, _ruling_words(word))
                            break
                        if lemma in COMPLY_VERBS and key[1] in COMPLIED and word.pos_ == "NOUN":
                            cue, noun = CONCEDE, obj  # `granted the request`: yielding to it
                            break
                        lent = analogous_cue(VERB_OBJECT, *key) if word.pos_ == "NOUN" else None
                        if lent is not None and self._pair_fits(lent, key, tok):
                            cue, noun = lent, obj  # `cancelled restrictions`, as `lift` does
                            break
                        # ending a measure or halting talks: `lifted the curfew`, `broke off
                        # negotiations` (plover.reversed_cue)
                        turned = reversed_cue(lemma, key[1], particle)
                        if turned is not None and word.pos_ == "NOUN":
                            cue, noun = turned, obj
                            break
                        turned = None
                        if (
                            (lemma in LIGHT_VERBS or more or lemma in SCHEDULING and _for_date(tok))
                            and _noun_lemma(word) in NOUNS
                            and not any(c.lower_ in _MEDIA for c in word.children)
                        ):
                            cue, noun = self._noun_cue(word), obj
                            break
                        # a noun the CAMEO dictionary codes with a light verb, when this verb
                        # has no pattern of its own for the words (`conducted talks`)
                        code = (
                            cameo_nouns().get(word.lower_) or cameo_nouns().get(word.lemma_.lower())
                            if lemma in CAMEO_LIGHT and word.pos_ == "NOUN"
                            else None
                        )
                        if code and code.startswith("09") and self._research(word):
                            code = None  # `complete a feasibility study on the railway`
                        if code and (
                            lemma not in _CAMEO or _CAMEO.match(lemma, *_windows(tok)) is None
                        ):
                            cue, noun = cameo_cue(code), obj
                            break
                    if cue is not None:
                        break
            if cue is None and lemma in OCCUR_VERBS:
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if (
                    subj is not None
                    and subj.lemma_.lower() in NOUNS
                    and subj.lemma_.lower() not in NOT_OCCURRING
                    and subj.pos_ == "NOUN"
                    and (lemma != "be" or any(c.lower_ == "underway" for c in tok.children))
                    # `clashes broke out`, not `talks broke down`
                    and (lemma != "break" or any(c.lower_ == "out" for c in tok.children))
                ):
                    cue, noun = self._noun_cue(subj), subj
            if cue is None and lemma in _GRANTING:
                cue = _granted_aid(tok, objs)  # `approved $5 million for X`
            if cue is None and lemma in ARRIVAL_VERBS and _relief_carrier(tok) is not None:
                cue = _RELIEF_ARRIVAL  # `rescuers ... are expected to arrive`
            if cue is None and (
                lemma in _GATHER or lemma == "go" or lemma == "take" and _takes_part(tok)
            ):
                # `converged for a rally`, `took part in a protest`, `went on strike`: the
                # event noun
                for p in _preps(tok):
                    if p.lower_ not in ("for", "in", "at", "to", "on"):
                        continue
                    for pobj in (x for x in p.children if x.dep_ == "pobj"):
                        found = NOUNS.get(_noun_lemma(pobj)) if pobj.pos_ == "NOUN" else None
                        if found is not None and found.type == "protest":
                            cue, noun = self._noun_cue(pobj), pobj
            if cue is None and lemma in STRIKE_VERBS and _ceases_work(tok):
                cue = STRIKE  # `walked off the job`, `downed tools`, `stopped work`
            if (
                cue is None
                and lemma in ("join", "call")
                and particle is None
                and _naming_complement(tok) is None  # not `called the strike irresponsible`
            ):
                # `joined the stoppage`, `called a strike`: taking part in or calling the
                # protest is the protest (`called off the strike` ends it: above)
                for obj in objs:
                    found = NOUNS.get(_noun_lemma(obj)) if obj.pos_ == "NOUN" else None
                    if found is not None and found.type == "protest":
                        cue, noun = self._noun_cue(obj), obj
                        break
            if cue is None and lemma in _GATHER and (_rioters(tok) or _protesting_crowd(tok)):
                # `protesters gathered outside the parliament`; `About 300 people gathered on
                # the square, some holding signs`
                cue = NOUNS["demonstration"]
            if _jeered(tok):
                cue = NOUNS["demonstration"]  # `a ruling his supporters greeted with whistles`
            if cue is None and lemma in _PUT:
                # `placed the leader under house arrest`, `kept the city under curfew`
                for p in _preps(tok):
                    if p.lower_ != "under":
                        continue
                    for pobj in (x for x in p.children if x.dep_ == "pobj"):
                        found = NOUNS.get(_noun_lemma(pobj)) if pobj.pos_ == "NOUN" else None
                        if found is not None and found.type == "coerce":
                            cue, noun = found, pobj
            if cue is None:
                # `walked off the job in protest at the layoffs`: the act is the protest
                for pobj in tok.subtree:
                    if (
                        pobj.lower_ == "protest"  # the idiom; `arrested in protests` is no protest
                        and not any(c.dep_ == "det" for c in pobj.children)
                        and pobj.dep_ == "pobj"
                        and pobj.head.lower_ == "in"
                        and getattr(_governing_verb(pobj), "i", -1) == tok.i
                    ):
                        cue, noun = NOUNS["protest"], pobj
                        break
            if cue is None and lemma in _LEAVE and self._forces_leave(tok):
                cue = _WITHDRAW  # `the last Soviet troops left Afghanistan`
            if lemma in _PURE_INTENT and any(c.dep_ == "xcomp" for c in tok.children):
                continue  # `is expected to travel`, `plans to visit`: the intention, no event
            if cue is None and lemma in _NAMING:
                # `called the strike irresponsible`, `described the raid as lawless`: naming a
                # thing wrong disapproves of it (CAMEO 111), against what it names
                named = next((c for c in tok.children if c.dep_ == "dobj"), None)
                word = _naming_complement(tok)
                if named is not None and word is not None and _disapproving(word):
                    cue, addressee = _DISAPPROVE, named
            if cue is None and lemma == "call":
                continue  # `called for`, `called on` are phrasal; `called X a hero` no event
            if lemma == "order":
                confined = _ordered_confinement(tok)
                if confined is not None:
                    # `ordered the manager held in custody`: the court's detention (173)
                    cue, noun = confined[0], None
                    taken.add(confined[1].i)
                    addressee = next(  # `ordered Haldt detained`: Haldt, a clause's subject
                        (c for c in confined[1].children if c.dep_ in ("nsubj", "nsubjpass")),
                        addressee,
                    )
            if lemma in YIELD_TO and (cue is None or cue.type == "agree"):
                # `bowed to the demands`, `gave in to pressure`, `agreed to the demand of`
                to_what = [
                    p
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children
                    if p.dep_ == "pobj" and p.lemma_.lower() in YIELD_TO_WHAT
                ]
                if to_what:
                    cue, noun = CONCEDE, None
            content = (
                next((c for c in tok.children if c.dep_ == "ccomp"), None)
                or _fronted_content(tok)  # `X are failing to ..., a rights group protested`
                if cue is None and lemma in _CHARGE_THAT
                else None
            )
            if content is not None:
                # `charged that troops had ...`: an accusation, the claim's subject accused
                cue = _CHARGE_THAT[lemma]
                addressee = next((c for c in content.children if c.dep_ == "nsubj"), None)
            if (
                cue is None
                and lemma == "take"
                and any(
                    p.lemma_.lower() in _COURTS
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children
                )
            ):
                cue = _SUE  # `took Russia to the International Court of Justice`
            if (
                cue is None
                and lemma in _CONTEST
                and any(
                    p.lemma_.lower() in _COURTS or p.lower_ in _COURTS
                    # on the verb or on its object, where the parser hangs it (`the ban in court`)
                    for c in (*tok.children, *(g for o in objs for g in o.children))
                    if c.dep_ == "prep" and c.lower_ in ("at", "in", "before")
                    for p in c.children
                    if p.dep_ == "pobj"
                )
            ):
                cue = _SUE  # `would challenge the result at the Constitutional Court`
            if cue is None and lemma == "find":
                # `a court found the minister guilty of corruption`: a verdict (CAMEO 116),
                # against the one found guilty
                verdict = next(
                    (
                        c
                        for c in (*tok.children, *(g for o in objs for g in o.children))
                        if c.lower_ in _VERDICTS and c.dep_ in ("ccomp", "oprd", "acomp", "amod")
                    ),
                    None,
                )
                if verdict is not None:  # `found X not guilty` clears (plover.ruling_cue)
                    cue = ruling_cue(_VERDICT, _ruling_words(verdict))
                    guilty = next((c for c in verdict.children if c.dep_ == "nsubj"), None)
                    addressee = guilty or (objs[0] if objs else None)
            if cue is None and lemma in _FINDING:
                wronged = _court_finds_wrong(tok)
                if wronged is not None:  # `the tribunal ruled that X had breached the treaty`
                    cue, addressee = _VERDICT, wronged
            trial = self._trial(tok, lemma)
            if trial is not None:
                cue, noun, addressee = _TRIAL, trial[0], trial[1]
            if cue is None and lemma in DESIGNATING and _designated_for_sanctions(tok):
                cue = VERBS[
                    "sanction"
                ]  # `designated the following entities under the Sanctions Act`
            if cue is None and lemma in _LINKING and _prep_object(tok, "to") is not None:
                blamed = _linked_to_act(tok)
                if blamed is None:
                    continue  # `a group they link to X`: who a group is, no act of anyone's
                cue, addressee = _ACCUSE, blamed  # `an attack X linked to the Y group`
            if cue is None and lemma in FRAMED:
                cue = self._framed(tok, FRAMED[lemma])
                if cue is None:
                    continue
            if cue is None and lemma in _OFFERING:
                # `offered an apology`, `offered praise`: offering what is done by saying it
                # is doing it (an offer of aid or talks stays an intent, agree)
                said = next(
                    (
                        o
                        for o in objs
                        if o.pos_ == "NOUN" and _EVENT_NOUN_TYPES.get(_noun_lemma(o)) in _SAID
                    ),
                    None,
                )
                if said is not None:
                    cue, noun = self._noun_cue(said), said
            if cue is None and lemma in VERBS:
                cue = VERBS[lemma]  # the project's own lexicon first, written for news
                # the CAMEO dictionary's reading of this verb with this object's head noun,
                # where it names another type (`attacked the decision` is criticism, 111)
                code = _CAMEO.object_code(lemma, [w for o in objs for w in _forms(o)])
                if (
                    code is not None
                    and code != cue.cameo  # `signed a protocol`: the lexicon's own code (057)
                    and _object_reading(cue.type, cameo_type(code))
                    and not (cue.type == "protest" and _plural_subject(tok))
                ):
                    cue = cameo_cue(code)
                if cue.mode == "arrest" and lemma in _ALLEGING and any(map(self._state, objs)):
                    # `charged Norvik with violating the truce`: a state is accused, a
                    # person charged (PLOVER: charging individuals is coerce)
                    cue = _ACCUSE
            if cue is None and lemma == "walk" and _CAMEO.code(lemma, *_windows(tok)) == "040":
                # the dictionary's bare `walk out`: a walkout is found above (`_ceases_work`);
                # out of talks it leaves them (164); out of a room, into a garden: no event
                cue = _left_talks(tok)
                if cue is None:
                    continue
            if cue is None and lemma in _CAMEO:
                if lemma in _HEARING and any(
                    c.dep_ == "prep" and c.lower_ in ("about", "of") for c in tok.children
                ):
                    continue  # `will hear about this vote`: learning of it, no meeting
                if lemma == "find" and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in tok.children
                ):
                    continue  # `the people of X found out`: learning (`FIND * OUT` 040), no meeting
                if lemma in PRICE_QUOTES and _quoted_price(tok):
                    continue  # `the marka traded at 96 per dollar`: a market price, no act
                # then the CAMEO dictionary: its most specific pattern, else the verb's code
                code = _CAMEO.code(lemma, *_windows(tok))
                if code is None:
                    continue  # no event: a statement (CAMEO 01) or a pattern that says so
                if code[:2] in ("03", "04") and any(c.lower_ == "home" for c in tok.children):
                    continue  # `flew home to Vantia`: going home meets no one (`FLY TO` 036)
                if lemma in _WANT | _HAND_IN and _CAMEO.match(lemma, *_windows(tok)) is None:
                    wanted = next((c for c in tok.children if c.dep_ == "dobj"), None)
                    if wanted is not None and _noun_lemma(wanted) not in _EVENT_NOUN_TYPES:
                        # `wants a balanced approach`: a wish, no agreement; `submitted the
                        # draft budget`: a paper handed in, no yielding
                        continue
                cue = cameo_cue(code)
                if cue is None:
                    continue
                if cue.type == "assault" and lemma in HARM_VERBS and _accident_cause(tok):
                    continue  # `A fire tore through the yard, killing three`: no attacker
                if cue.type == "aid" and _helps_inquiry(tok):
                    continue  # `was helping investigators`: no material aid to an actor
                if cue.type == "request" and _revenue(tok):
                    continue  # `a levy the ministry expects to raise 850 million`: income
                if lemma in LIGHT_VERBS:
                    # `held consultations with X`: the noun a light verb's pattern names is
                    # the event noun, whose phrases name the participants
                    noun = next((o for o in objs if o.lower_ in cameo_nouns()), None)
            if cue is None:
                continue
            if cue.type == "assault" and noun is None and self._nature_harm(tok):
                continue  # `an earthquake that flattened the town`: no attacker
            if (
                cue.mode == "arrest"
                and lemma == "hold"
                and not _holds_captive(tok, self._subject(tok))
            ):
                continue  # `The mother held her son for two days`: an embrace, no custody
            if _natural_subject(tok):
                continue  # `roads were blocked by landslides`: no one blocked them
            if cue.type == "assault" and _sports_score(tok):
                continue  # `beat Velm United 2-0`: a match won, no attack
            if (
                cue.type == "accuse"
                and lemma in _SEARCH
                and any(map(self._searched, objs))
                and not any(
                    c.dep_ == "nsubj" and _noun_lemma(c) in _INQUIRERS for c in tok.children
                )
            ):
                cue = _SEARCHED  # `officers searched her phone`: done to someone, no inquiry
            if cue.type == "threaten" and noun is None and lemma in _WARN and not _threat(tok):
                continue  # `warned that prices would rise`: a forecast, no threat
            if cue.type == "request" and noun is None and _question(tok):
                continue  # `asked whether the talks would resume`: a question, no appeal
            if (cue.mode == "arrest" or lemma in _TO_PEOPLE) and noun is None and lemma != "order":
                # arresting is done to people: `rounded up dozens of supporters`, not
                # `rounded up a sampling of views` or `charged a fee` (one ordered held in
                # custody is a person: `_ordered_confinement`)
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if (
                    obj is not None
                    and not self._people(obj)
                    and _EVENT_NOUN_TYPES.get(_noun_lemma(obj)) != "protest"  # `the rally`
                ):
                    continue
            if (
                noun is not None
                and cue.type in ("assault", "coerce", "mobilize")
                and _noun_lemma(_event_noun(noun)) in ("operation", *_EXERCISES)
                and any(c.lower_ in JOINT for c in _event_noun(noun).children)
            ):
                cue = JOINT_MILITARY  # `carried out a joint operation`: working together
            if cue.type == "sanction" and _cuts_deliveries(tok) and not _state_party(tok):
                continue  # `the supplier cut deliveries to the bakery`: trade, no sanction
            if noun is not None:
                taken.add(noun.i)
            out.append(_Candidate(cue, tok, noun or tok, noun, addressee, turned=cue is turned))
        # event nouns not done by a cue verb: `warships on a joint patrol`, `Hold talks` parsed
        # as a noun phrase; only joint activity and nouns that head their own clause count
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.i in taken or tok.lemma_.lower() not in NOUNS:
                continue
            if any(c.trigger.i == tok.i or c.noun is not None and c.noun.i == tok.i for c in out):
                continue
            if any(c.lower_ in JOINT for c in tok.children) and tok.lemma_.lower() in (
                "patrol",
                "exercise",
                "drill",
                "maneuver",
                "manoeuvre",
                "operation",
            ):
                verb = _governing_verb(tok)
                out.append(_Candidate(JOINT_MILITARY, verb or tok, tok, tok))
        return self._compose(out, sent)

    def _asked_for(self, out: list[_Candidate], sent: Span) -> list[_Candidate]:
        """`called for Tarsland to withdraw`, `is pushing for X to support the plan`: the act of
        a `for X to do` clause under a verb of asking is not done but asked of X, a demand by
        the asker (CAMEO 10, as `called on X to withdraw`), X its target."""
        for tok in sent:
            if not _for_to_clause(tok):
                continue
            head = tok.head
            asking = head.lemma_.lower() in _ASKING_FOR or any(
                c.dep_ == "dobj" and c.lemma_.lower() in _ASKING_NOUNS for c in head.children
            )  # `renewed its call for X to withdraw`: the clause hung on the verb
            if not asking:
                continue
            if _thing_asks(head):
                # `the ceasefire agreement calls for the rebels to release ...`: what a rule or
                # a deal requires is neither asked by anyone nor done
                out = [c for c in out if c.verb.i != tok.i]
                continue
            # `called for the coach to be sacked`: asked of no one named, the coach no addressee
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            inner = [c for c in out if c.verb.i == tok.i]
            out = [c for c in out if c.verb.i != tok.i]
            upper = next((c for c in out if head.i in (c.verb.i, c.trigger.i)), None)
            if upper is None and head.pos_ == "NOUN" and head.dep_ == "dobj":
                # `sounded a call for X to accept ...`: the noun's verb bears its subject
                out.append(_Candidate(_DEMAND, head.head, head, head, subj, inner))
            elif upper is None:
                out.append(_Candidate(_DEMAND, head, head, None, subj, inner))
            else:
                upper.inner += inner
                upper.addressee = upper.addressee or subj
                if upper.cue.type == "consult":
                    upper.cue = _DEMAND  # a call for someone to act is no phone call
        return out

    def _compose(self, out: list[_Candidate], sent: Span) -> list[_Candidate]:
        """One event per statement, as CAMEO codes it: `agreed to set up`, `refused to meet`,
        `threatened to attack`, `demanded that X withdraw` are one event typed by the upper
        verb; `plans to impose` is typed by the lower one (the intention verb is no event);
        `X said Y must do Z` is a demand of X on Y."""
        out = self._asked_for(out, sent)
        by_verb = {c.verb.i: c for c in out}
        drop: set[int] = set()
        for c in out:
            upper = _upper_clause(c.verb, by_verb)
            if upper is None or upper is c:
                continue
            if upper.verb.lemma_.lower() in _PURE_INTENT and c.verb.dep_ == "xcomp":
                drop.add(id(upper))
            elif upper.cue.type in _ABSORBING:
                if not _meeting_to_be_held(c):  # `agreed that the next summit will be held
                    drop.add(id(c))  # in Kesh`: the summit is an event of its own
                upper.inner.append(c)
        out = [c for c in out if id(c) not in drop]
        for c in out:
            content = _fronted_content(c.verb) if c.cue in _CHARGE_THAT.values() else None
            if content is not None:  # what a frame told after it charges is its claim
                told = [d for d in out if d.verb.i < c.verb.head.left_edge.i]
                c.inner += told
                out = [d for d in out if d not in told]
        # sending people (not forces, not goods: no object cue) to do something is that act:
        # `sent 20 experts to investigate`, `dispatched an envoy to mediate`; so is meeting
        # someone to protest to them (`summoned the ambassador to complain of ...`: CAMEO 111)
        for c in out:
            head = c.verb.head
            if c.verb.dep_ in ("advcl", "xcomp") and _purpose(c.verb):
                upper = by_verb.get(head.i)
                if upper is None or not (
                    head.lemma_.lower() in _SEND
                    and c.verb.dep_ == "advcl"
                    or upper.cue.type == "consult"
                    and c.cue.type == "accuse"
                    and head.lemma_.lower() not in _OBJECT_CONTROL
                ):
                    continue
                if upper.noun is None and id(upper) not in drop:
                    out = [u for u in out if u is not upper]
                    c.inner.append(upper)  # whom it was sent to: `sent experts to Bosnia`
        # a clause that only serves another event's clause (`staged rallies to protest`,
        # `suspected of blowing up`, `who is attempting`) is part of that event's telling
        by_verb = {c.verb.i: c for c in out}
        kept = []
        for c in out:
            upper = (
                next((by_verb[a.i] for a in c.verb.ancestors if a.i in by_verb), None)
                if c.verb.dep_ in _SERVING
                else None
            )
            if upper is not None and _fronted_by_apposition(c.verb, upper.verb):
                upper = None  # the parser's complement is the sentence's main clause
            if upper is not None and _other_speaker_between(c.verb, upper.verb):
                upper = None  # `X pledged $10m, and Y said it would send ...`: Y's act
            if (
                upper is None
                or (_occurring(c) or _told_aside(c.verb) or _meeting_to_be_held(c))
                and c.cue.type != upper.cue.type
                # `ruled by four votes to one that X had violated ...`: the ruling's content
                and not any(t.i == c.verb.i for t in _after_tally(upper.verb))
            ):
                # `arrested 112 people as protests spread`: an act told as taking place is an
                # event of its own beside another kind of act; so is one a relative clause
                # tells with its own subject (`demanded the return of the tanker that the navy
                # seized on Tuesday`)
                kept.append(c)
            else:
                upper.serving.append(c)
        out = kept
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or not any(
                a.dep_ == "aux" and a.lower_ in _OBLIGATION for a in tok.children
            ):
                continue
            head = tok.head
            if (
                tok.dep_ in ("acl", "ccomp")
                and head.pos_ == "NOUN"
                and head.dep_ == "dobj"
                and head.head.pos_ == "VERB"
            ):
                if any(c.verb.i == head.head.i for c in out):
                    continue  # `signed a deal that says X must ...`: the signing is the event
                head = head.head  # `issued a stern reminder to Iraq that it must cooperate`
            elif tok.dep_ != "ccomp" or head.i == tok.i or head.lemma_.lower() == "be":
                continue
            subj = next((a for a in tok.children if a.dep_ in ("nsubj", "nsubjpass")), None)
            speaker = self._subject(head)
            if subj is None or speaker is None or subj.lower_ in _SELF_PRONOUNS:
                continue
            if (
                subj.lower_ in _NO_ONE
                or any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in subj.children)
                or _negative_subject(subj)
            ):
                continue  # `Nobody should go to work and not come home`, `Not one more child
                # should die`: a norm, no demand
            inner = {t.i for t in tok.subtree} | {head.i}
            out = [c for c in out if c.verb.i not in inner]
            out.append(_Candidate(_DEMAND, head, tok, None, subj))
        # `X said Y was responsible for Z`: an accusation of X against Y (not `guilty of
        # violating`, which is Y's act)
        for tok in sent:
            if (
                tok.lemma_.lower() == "lack"
                and tok.dep_ == "ccomp"
                and tok.head.lemma_.lower() in _SPEECH
                and not any(c.verb.i == tok.head.i for c in out)
                and self._subject(tok.head) is not None
                and not self._negated(_Candidate(_DISAPPROVE, tok, tok))
            ):
                # `said the count lacked transparency`: an evaluative quality found missing in
                # something is criticism (111); `lacked electricity` is no event
                quality = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if quality is not None and quality.lower_ in _CRITICISED_QUALITIES:
                    subj = next((a for a in tok.children if a.dep_ == "nsubj"), None)
                    if subj is not None and not self._people(subj):
                        subj = None  # `the tabulation`: what is criticised, no target
                    inner = {t.i for t in tok.subtree}
                    out = [c for c in out if c.verb.i not in inner]
                    out.append(_Candidate(_DISAPPROVE, tok.head, tok, None, subj))
                    continue
            if tok.lemma_.lower() != "be" or tok.dep_ != "ccomp":
                continue
            if tok.head.lemma_.lower() not in _SPEECH or any(c.verb.i == tok.head.i for c in out):
                continue
            blame = next(
                (c for c in tok.children if c.dep_ == "acomp" and c.lower_ in _BLAME), None
            )
            wrong = next(
                (c for c in tok.children if c.dep_ in ("acomp", "attr") and _disapproving(c)),
                None,
            )
            subj = next((a for a in tok.children if a.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON" or self._subject(tok.head) is None:
                continue
            if (
                blame is None
                and wrong is not None
                and (self._people(subj) or _noun_lemma(subj) in _EVENT_NOUN_TYPES)
                # not a judgement on what might be (`would be mistaken to proceed`)
                and not any(a.dep_ == "aux" and a.lower_ in _FUTURE_AUX for a in tok.children)
            ):
                # `said the strike was illegal`: naming someone's act wrong (CAMEO 111); not
                # a verb the parser coordinated with it (`... and called on the union to`)
                inner = {t.i for t in tok.subtree} - {
                    t.i for c in tok.children if c.dep_ == "conj" for t in c.subtree
                }
                out = [c for c in out if c.verb.i not in inner]
                out.append(_Candidate(_DISAPPROVE, tok.head, wrong, None, subj))
                continue
            if blame is None or any(
                p.lower_ == "of" and any(x.dep_ == "pcomp" for x in p.children)
                for p in blame.children
            ):
                continue
            inner = {t.i for t in tok.subtree}
            out = [c for c in out if c.verb.i not in inner]
            out.append(_Candidate(_ACCUSE, tok.head, blame, None, subj))
        out.sort(key=lambda c: c.verb.i)
        return out

    def _nature_harm(self, verb: Token) -> bool:
        """Harm with no attacker (docs/events.md): a force of nature or an accident does it
        (`an earthquake struck the town, killing nine`, `the flood that swept the valley`),
        or, in a text that tells of one, a passive verb of harm names no agent and its
        sentence no armed actor (`600 people had been injured`)."""
        if _natural_subject(verb):
            return True
        if verb.lemma_.lower() not in HARM_VERBS or not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children
        ):
            return False
        if any(c.dep_ == "agent" for c in verb.children):
            return False
        if any(
            t.lemma_.lower() in ARMED_ACTORS or t.lemma_.lower() in WEAPON_FIRE for t in verb.sent
        ):
            return False
        return self._disaster_told()

    def _disaster_told(self) -> bool:
        """Whether the text tells of a force of nature or an accident: one of `ACCIDENTS` as
        a verb's subject, after one of `_DISASTER_PREPS`, or naming a toll (`the storm toll`)."""
        if not hasattr(self, "_disaster"):
            self._disaster = any(
                t.lemma_.lower() in ACCIDENTS
                and not _weapon_fire(t)
                and (
                    t.dep_ == "nsubj"
                    or t.dep_ == "appos"
                    and t.head.dep_ == "nsubj"
                    or t.dep_ == "pobj"
                    and t.head.lower_ in _DISASTER_PREPS
                    or t.dep_ == "compound"
                    and t.head.lemma_.lower() == "toll"
                )
                for t in self.doc
            )
        return self._disaster

    def _forces_leave(self, verb: Token) -> bool:
        """Armed forces leaving a country they are in (`troops left Afghanistan`)."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None or "MIL" not in agent_sectors(subj.text):
            return False
        index = self.owner.get(obj.idx)
        return index is not None and self.entities[index].type in ("GPE", "LOC")

    def _framed(self, verb: Token, frames: dict[str, Cue]) -> Cue | None:
        """The reading of a verb its frame decides (`plover.FRAMED`): with a direct object,
        or with none; its subject must be someone (people, an organisation, a country, forces)."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not self._people(subj):
            return None  # `an earthquake struck the region`
        if any(c.dep_ == "prt" and c.lower_ in ("down", "out", "off") for c in verb.children):
            return None  # `the court struck down the rules`, `struck out`, `struck off`
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return frames.get("none")
        if obj.lemma_.lower() in FRAMED_IDIOMS:
            return None
        return frames.get("object")

    def _wrecks_things(self, verb: Token, noun: Token | None) -> bool:
        """A verb of wrecking (`destroyed olive groves`, `razed the houses`) whose object names
        no one: violence against things (CAMEO 1712), not against people."""
        if noun is not None or _lemma(verb) not in _WRECK:
            return False
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return obj is not None and obj.pos_ == "NOUN" and not self._people(obj)

    def _state(self, tok: Token) -> bool:
        """Whether a noun phrase's head names a country, a people or a state body (`Norvik`,
        `the government`, `the army`) rather than persons."""
        index = self.owner.get(tok.idx)
        if index is not None and self.entities[index].type in ("GPE", "NORP"):
            return True
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in _STATE_BODIES

    def _searched(self, obj: Token) -> bool:
        """What a coercive search is done to: people, someone's belongings (`her phone`, `the
        minister's car`) or a building (`the party's offices`), not records or an area."""
        if self._people(obj):
            return True
        owned = any(t.dep_ == "poss" for t in obj.subtree if t.i < obj.i) or any(
            p.dep_ == "pobj" and self._people(p)
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
        )
        return owned or obj.lemma_.lower() in _PROPERTY

    def _people(self, tok: Token) -> bool:
        """Whether a noun phrase names people, an organisation or a country (an entity, an
        agent noun of the actor dictionaries: `protesters`, `troops`; a number or pronoun for
        them; `dozens of supporters`), rather than a thing (`a sampling of views`)."""
        if tok.pos_ in ("PRON", "NUM") or tok.lemma_.lower() in _PEOPLE_NOUNS:
            return True
        stray = _stray_apposition(tok)  # `jailed the owner of the quarry, Ulric Danner,`
        if stray is not None and stray.ent_type_ == "PERSON":
            return True
        clauses = {
            t.i
            for c in tok.subtree
            if c.dep_ in ("relcl", "acl", "advcl") and c.i != tok.i
            for t in c.subtree
        }
        for t in tok.subtree:
            if t.i in clauses:
                continue
            index = self.owner.get(t.idx)
            if index is not None and self.entities[index].type in _NAME_LABELS:
                return True
            if t.pos_ in ("NOUN", "PROPN") and (
                t.lemma_.lower() in _PEOPLE_NOUNS or agent_sectors(t.text)
            ):
                return True
        # a relative (`his brother`, `her daughter-in-law`): the entities stage's kin words
        before = next((c.lower_ for c in tok.children if c.dep_ == "poss"), "")
        return tok.pos_ == "NOUN" and kin_word(tok.text, before)

    def _noun_cue(self, noun: Token) -> Cue:
        lemma = _noun_lemma(noun)
        cue = NOUNS[lemma]
        if lemma == "call" and any(
            c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") or _for_to_clause(c)
            for c in noun.children
        ):
            # `renewed its call for talks`, `its call for X to withdraw`: an appeal, not a
            # phone call
            return _DEMAND
        mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
        if lemma in ("strike", "attack") and mods & _STRIKE_MILITARY:
            return NOUNS["airstrike"]
        if mods & JOINT and cue.type == "mobilize":
            return JOINT_MILITARY
        return cue

    # -- one candidate -> one event -------------------------------------------------------------

    def _event(self, cand: _Candidate, sent: Span, day: date | None) -> Event | None:
        """The event a candidate tells, or None; `day` is the day its sentence's relative
        dates count from (`_day_at`)."""
        verb = cand.verb
        if self._conditional(verb):
            return None
        if _open_clause(verb):
            return None  # `sail wherever international law allows`: no permitting
        if _free_relative(verb):
            return None  # `every citizen, whoever they voted for`: anyone's act, no event
        if _means_for(verb):
            return None  # `had enough cash to pay salaries`: what the money is for, no act
        if _imperative(verb):
            return None  # `Donate today.`: an appeal to the reader, no one's act
        if cand.cue.type == "aid" and _by_its_own(verb):
            return None  # `X is funded by its readers`: X's own people pay, no aid to X
        if self._negated(cand):
            if not _refusal(cand):
                return None
            # `will not withdraw`, `would not attend the talks`: a refusal (CAMEO 12)
            cand = _Candidate(_REFUSE, verb, cand.trigger, cand.noun, cand.addressee, cand.inner)
        if verb.tag_ in ("VBG",) and verb.dep_ in ("amod", "compound"):
            return None  # `the visiting minister`
        if cand.noun is None and verb.dep_ == "amod":
            return None
        if _signed_paper(cand):
            return None  # `observers signed the tally sheets`: a form signed, no agreement
        if _no_act(cand) or _measure_idiom(cand) or _counterfactual(verb) or _asked(sent, verb):
            # `I would have signed it if ...`: no act, nor one to come; `Is X prepared to
            # pay a fine?`: a question asks whether an act is, it tells none
            return None
        actors = self._actors(cand) if cand.cue is not _TRIAL or _lemma(verb) == "put" else []
        if cand.noun is None and cand.cue.type in _NO_THING_ACTS and self._thing_acting(verb):
            return None  # `inflation had eased`: a measure moving, no one conceding
        targets = self._targets(cand, actors)
        if cand.cue.type == "aid":
            sources = self._sources(verb)  # `US$5 million from the Community Emergency Fund`
            targets = [t for t in targets if t[0] is None or t[0] not in sources]
        named = any(index is not None for index, _, _ in targets)
        if not actors and not named and self._unnamed_in_quote(cand):
            return None  # a quoted act told of someone named is kept (`"They will kill her"`)
        if cand.cue is JOINT_MILITARY and cand.noun is not None and not actors:
            actors = self._joint_actors(cand.noun)
        if (
            cand.cue.type == "mobilize"
            and cand.noun is not None
            and _noun_lemma(_event_noun(cand.noun)) in _EXERCISES
            and len({a[2] for a in actors if a[2]}) > 1
        ):
            cand.cue = JOINT_MILITARY  # `French and Egyptian warships launched war games`
        if (
            cand.cue.type == "consult"
            and not targets
            and len(actors) == 1
            and cand.noun is None
            and verb.lemma_.lower() in ("talk", "discuss", "sit")
            and not _plural_subject(verb)
            and not any(_meeting_prep(p) for p in _preps(verb))
        ):
            # `he talked about ...`: speech, not a meeting; `X sat down` alone meets no one
            # (`sat down with @handle` does, with someone NER does not name)
            partner = _contacted(verb)
            targets = self._participants(partner) if partner is not None else []
            if not targets:
                return None
        status = self._status(cand)
        on_a_day = _put_on_a_day(cand) and not self._called_for_a_past_day(cand, sent, day)
        if on_a_day:
            # `set the next hearing for 17 December`, `called a strike for Friday`: the hearing
            # or the strike is to come
            status = "planned"
        if cand.cue is _REFUSE and status == "planned":
            # `"We will not concede," Feszak said`: saying so is the refusal, done
            status = "happened"
        cue = cand.cue
        if cue.type == "agree" and verb.lemma_.lower() in _PLEDGE:
            hostile = [i.cue.type for i in cand.inner if _INTENT_TYPES.get(i.cue.type, ("",))[0]]
            if _money_object(verb):
                cue = _PLEDGED_MONEY  # `pledged 25 million euros`: an aid pledge (071)
            elif hostile and _INTENT_TYPES[hostile[0]][0] == "threaten":
                kind, code = _INTENT_TYPES[hostile[0]]
                cue = Cue(kind, code, None, cand.inner[0].cue.context)  # `vowed to attack`
            elif not cand.inner:
                # a content verb the dictionary files only in a block (`vowed to crush the
                # rebels`: ATTACK's block): too loose to type an event, enough for the
                # pledge's direction
                content = next((c for c in verb.children if c.dep_ == "xcomp"), None)
                if content is not None and _fight_against_thing(content):
                    return None  # `vowed to defeat the epidemic`: no foe
                block = _CAMEO.defaults.get(_lemma(content)) if content is not None else None
                kind = cameo_type(block) if block else None
                if kind in _INTENT_TYPES and _INTENT_TYPES[kind][0] == "threaten":
                    cue = Cue("threaten", _INTENT_TYPES[kind][1], None, None)
        if (
            cue.type in ("assault", "coerce")
            and cand.noun is None
            and (
                _rioters(verb)
                or cue.mode != "arrest"
                and _during_protest(verb, self._subject(verb))
            )
        ):
            cue = _RIOT  # `rioters set cars ablaze`: violent protest (CAMEO 145)
        elif (
            cue.type == "assault"
            and (cue.cameo or "")[:3] not in _WEAPONS_CODES  # `jets bombed an arms depot`
            and (_property_object(verb) or self._wrecks_things(verb, cand.noun))
        ):
            cue = _DESTROY_PROPERTY  # `blew up power lines`, `set fire to offices`
        if (
            status != "planned"
            and cue.cameo in _INTENT_ACTS
            and cue is not VERBS.get(verb.lemma_.lower())
            and verb.lemma_.lower() not in _INTENT
        ):
            # a dictionary pattern coding an intent (`SUPPLY * TANK` 031, `SEND * &PKO` 0334)
            # on a clause that tells the act done: the act (`supplied X with tanks`)
            cue = cameo_cue(_INTENT_ACTS[cue.cameo]) or cue
        if (
            status == "planned"
            and cue.type in _INTENT_TYPES
            and cand.addressee is None
            # `will withdraw 500 troops`: a military pullback (CAMEO 087x) told as to come stays
            # PLOVER's retreat, planned (`is willing to withdraw` is an intent: agree); so does
            # relief told as to come (`will open two clinics`: aid, planned)
            and not ((cue.cameo or "")[:3] in _SCHEDULED_ACTS and _future(verb))
            and cue is not _RELIEF_ARRIVAL  # `rescuers are expected to arrive`: a movement
            and not _measure_in_force(cand)  # `a curfew will take effect from Friday`: decided
            # `called a strike for Friday`: a strike called for a day is organised, no threat
            and not (on_a_day and cue.type == "protest")
        ):
            kind, code = _INTENT_TYPES[cue.type]
            cue = Cue(kind, code, None, cue.context)
        resolved, date_text = self._date(cand, sent, day, future=status == "planned")
        if (
            on_a_day
            and resolved is not None
            and day is not None
            and resolved.precision == "day"
            and resolved.iso < day.isoformat()
        ):
            status = "happened"  # `called a strike for Friday last week`: the day is gone
        if (
            resolved is not None
            and day is not None
            and status == "happened"
            and resolved.precision == "day"
            and resolved.iso > day.isoformat()
        ):
            status = "planned"
        start, end = _trim(sent)
        context = cue.context or self._context(sent)
        return Event(
            type=cue.type,
            cameo=cue.cameo,
            mode=cue.mode,
            context=context,
            actors=actors,
            targets=targets,
            place=self._event_place(cand, cue.type),
            date=resolved.iso if resolved else None,
            date_precision=resolved.precision if resolved else None,
            date_text=date_text,
            status=status,
            mentions=[(start, end)],
            trigger=cand.trigger.text
            if cand.noun is None or cand.noun.i == cand.verb.i
            else f"{cand.verb.text} {_event_noun(cand.noun).text}"
            if cand.verb.i != cand.noun.i
            else cand.noun.text,
        )

    def _unnamed_in_quote(self, cand: _Candidate) -> bool:
        """A clause inside a quotation whose subject is a pronoun naming no one outside it
        (`"They are putting a man on trial," said X`): the speaker's words, not a told act."""
        verb = cand.verb
        subj = self._subject(verb)
        if subj is None or subj.lower_ not in _PRONOUNS_GROUP | {"i", "you"}:
            return False
        return _quote_opening(verb.doc, verb.idx, verb.sent.start_char) >= 0

    def _thing_acting(self, verb: Token) -> bool:
        """An active clause with no object whose subject is a thing (no entity, no people):
        `inflation had eased`, `tensions eased`. A clause that says what was agreed or with
        whom (`agreed to meet again`, `cooperated with the inquiry`) has a party as subject,
        and so has a party noun (`the two sides`, `the committee`)."""
        if any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass", "xcomp", "ccomp")
            or (c.dep_ == "prep" and c.lower_ in ("with", "to", "on"))
            for c in verb.children
        ):
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (
            subj is not None
            and subj.pos_ == "NOUN"
            and subj.lemma_.lower() not in _PARTY_NOUNS
            and subj.idx not in self.owner
            and not self._people(subj)
        )

    def _negated(self, cand: _Candidate) -> bool:
        for tok in {cand.verb, cand.trigger}:
            if any(c.dep_ == "neg" or c.lower_ == "never" or _no_longer(c) for c in tok.children):
                return True
            if any(c.dep_ == "det" and c.lower_ in ("no",) for c in tok.children):
                return True
        if _negative_subject(self._subject(cand.verb)):
            return True  # `Not everyone welcomed the meeting`, `No one attended`, `Few praised it`
        if _negative_subject(next((c for c in cand.verb.children if c.dep_ == "nsubjpass"), None)):
            return True  # `No one was injured`, `Nobody has been arrested`: done to no one
        if cand.trigger.i == cand.verb.i and _negative_object(cand.verb):
            return True  # `"We will sign nothing"`, `offered no concessions`, `agreed to nothing`
        head = cand.verb.head
        if (
            cand.verb.dep_ == "acl"
            and head.lemma_.lower() in _INTENT_NOUNS
            and any(c.lower_ in ("no", "never") or c.dep_ == "neg" for c in head.children)
        ):
            return True  # `has no plans to release the recordings`
        if _means_of(cand.verb) and any(c.dep_ == "neg" for c in cand.verb.head.head.children):
            return True  # `did not respond by shelling the town`
        # `did not plan to meet`, `refused to meet`, `failed to agree`
        tok = cand.verb
        for _ in range(3):
            if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
                break
            head = tok.head
            if any(c.dep_ == "neg" for c in head.children) and tok.dep_ == "xcomp":
                return True
            if head.lemma_.lower() in _FAIL and tok.dep_ == "xcomp":
                return True
            tok = head
        return False

    @staticmethod
    def _conditional(verb: Token) -> bool:
        tok = verb
        for _ in range(3):
            if any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children
            ):
                return True
            if any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in tok.children) and (
                _future(tok.head)
            ):
                return True  # `will stay out until the offer is signed`: a condition, no act
            if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
                break
            tok = tok.head
        return False

    def _status(self, cand: _Candidate) -> str:
        verb = cand.verb
        chain = [verb]
        if _means_of(verb):  # `will respond by shelling`: as its clause's verb is told
            verb = verb.head.head
            chain.append(verb)
        tok = verb
        while (
            tok.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acl")
            and tok.head.i != tok.i
            and len(chain) < 5
            and not _own_tense(tok)
        ):
            if tok.dep_ == "ccomp" or tok.dep_ == "advcl" and not _purpose(tok):
                chain.append(tok.head)
                break
            tok = tok.head  # `is willing to send material to help`: help is as planned
            chain.append(tok)
        # planned: a future/modal auxiliary on the event verb, or it is the infinitive of an
        # intention (`plans to meet`, `is expected to meet`, `is due to sign`)
        for i, tok in enumerate(chain):
            if i and chain[i - 1].dep_ == "ccomp":
                break
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in _FUTURE_AUX for a in auxes):
                return "planned"
            if any(a.lower_ == "going" for a in auxes):
                return "planned"
            if i and chain[i - 1].dep_ == "xcomp" and tok.lemma_.lower() in _INTENT:
                return "planned"
            if (
                i
                and chain[i - 1].dep_ == "acl"
                and tok.pos_ == "NOUN"
                and tok.lemma_.lower() in _INTENT_NOUNS
            ):
                return "planned"  # `expressed its willingness to send aid`: an intent
            if tok.lemma_.lower() == "be" and i and chain[i - 1].dep_ == "xcomp":
                return "planned"  # `is to meet`
        if cand.noun is not None and not cand.turned:  # not `cancelled a planned visit`
            for c in cand.noun.children:
                if c.lower_ in (
                    "planned",
                    "upcoming",
                    "proposed",
                    "expected",
                    "future",
                    "scheduled",
                    "possible",
                    "potential",
                    "next",
                ):
                    return "planned"
        # reported: said by a source, or hedged
        if any(t.lower_ in _REPORTED_ADV for t in verb.children) or any(
            t.lower_ in _REPORTED_ADV for t in verb.sent
        ):
            return "reported"
        tok = verb
        for _ in range(4):
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _SPEECH:
                return "reported"
            if tok.head.i == tok.i:
                break
            if _past_beside_future(tok):
                # `has said she will not concede and filed an appeal`: the past verb goes
                # with the saying, not under it
                tok = tok.head
            tok = tok.head
        # `X attacked Y, the ministry said`: the event verb is the root, the speech verb a
        # parataxis or ccomp child
        if any(
            c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in _SPEECH and c.i > verb.i
            for c in verb.children
        ):
            return "reported"
        sent_text = verb.sent.text.lower()
        if "according to" in sent_text:
            return "reported"
        return "happened"

    # -- participants ---------------------------------------------------------------------------

    def _in_dateline(self, tok: Token) -> bool:
        """Whether the token is part of a dateline opening its paragraph (`HALDEN, March 5
        (Agency) —`): where the report was filed, never a participant."""
        if self._sent_starts is None:
            self._scan_datelines()
        if not self._sent_starts:
            return False
        k = bisect.bisect_right(self._sent_starts, (tok.i, tok.idx)) - 1
        return k >= 0 and tok.idx < self._datelines[self._sent_starts[k][1]]

    def _scan_datelines(self) -> None:
        """The datelines of the document, found once (`Token.sent` walks the document), and
        the places they name (`PORT SELVANE`, not the country after it in `DREZMIR, Tarevia`)."""
        text = self.doc.text
        self._sent_starts = []
        for sent in self.doc.sents:
            start = sent.start_char
            if (start == 0 or text[start - 1] == "\n") and text[start : start + 2].isupper():
                m = DATELINE.match(text, start)
                if m is not None:
                    self._sent_starts.append((sent.start, start))
                    self._datelines[start] = m.end()
                    self._dateline_places.append((m.start("places"), m.end("places")))

    def _town(self, index: int) -> bool:
        """The entity is a town or region, no state: a place a dateline names (a report is
        filed from a town) or one the tables know as a city or state (`Aleppo`, `Texas`).
        Capitals that stand for their government are already their country's entity."""
        if index in self._towns:
            return self._towns[index]
        ent = self.entities[index]
        town = False
        # a country is never a town, though a dateline names its capital (`MOSCOW (Reuters) -
        # Russia launched ...`: the capital's mentions are the country's entity)
        if ent.type == "GPE" and not (ent.country and ent.name == country_name(ent.country)):
            if self._sent_starts is None:
                self._scan_datelines()
            town = any(
                start <= m.start < end for m in ent.mentions for start, end in self._dateline_places
            )
            if not town:
                found = lookup(ent.name)
                town = found is not None and found[1] in ("city", "state")
        self._towns[index] = town
        return town

    def _dateline_end(self, sent: Span) -> int:
        """The end (char) of the dateline opening the sentence, else 0."""
        return self._datelines.get(sent.start_char, 0) if self._in_dateline(sent[0]) else 0

    def _pair_fits(self, cue: Cue, key: tuple[str, str], verb: Token) -> bool:
        """Whether a verb-object pair that holds only in some settings holds here: opening a
        place of relief is aid only where relief is told of (`RELIEF_CONTEXT` in the sentence or
        the one before) or a relief body opens it; reviewing a deal is an investigation only by
        a regulating body (`the Competition Board`, not two prime ministers at a summit)."""
        subj = self._subject(verb)
        words = {_noun_lemma(t) for t in subj.subtree} if subj is not None else set()
        if cue.type == "aid" and key[1] in RELIEF_SITES:
            return not words.isdisjoint(RELIEF_ACTORS) or _relief_told(verb)
        if cue.mode == "investigate" and key[1] in DEALS:
            return not words.isdisjoint(DEAL_REVIEWERS)
        if key[1] in VESSELS and key[0] == "board":
            return not words.isdisjoint(BOARDERS)  # `marines boarded the tanker`, not passengers
        if key[1] in RULINGS:
            return not words.isdisjoint(COURTS)  # `the jury returned a verdict`, not voters
        if key[1] in RALLIED and cue.type == "support":
            # `mobilised armed groups`, `militia groups`: forces massed, no support rallied
            return not any(
                m.lower_ == "armed" or m.lemma_.lower() in ARMED_ACTORS
                for o in verb.children
                if o.dep_ == "dobj"
                for m in o.children
                if m.dep_ in ("amod", "compound")
            )
        if cue.mode == "arrest" and key[0] == "hold":
            return _holds_captive(verb, subj)
        return True

    def _told_thing(self, subj: Token, clause: Token, verb: Token) -> bool:
        """Whether `verb`, a speech act (`urged`, `has refused`) the parser coordinated with a
        reported clause (`clause`, the content of a verb of saying), hangs there by mistake:
        the clause's subject is a thing that cannot speak (`the vote`, `her own count`)."""
        lemma = _lemma(verb)
        said = VERBS.get(lemma) or next(
            (PHRASAL[(lemma, c.lower_)] for c in verb.children if (lemma, c.lower_) in PHRASAL),
            None,
        )  # `called on all candidates to ...`
        return (
            said is not None
            and said.type in _SAID
            and clause.dep_ == "ccomp"
            and _lemma(clause.head) in SAY_VERBS
            and subj.pos_ == "NOUN"
            and self.owner.get(subj.idx) is None
            and not self._people(subj)
            and subj.lemma_.lower() not in _PARTY_NOUNS
        )

    def _subject(self, verb: Token) -> Token | None:
        tok = verb
        via_conj = False
        for _ in range(4):
            subj = next(
                (
                    c
                    # a subject on the verb's own line first: `Key dates` over a list's lines is
                    # no subject of `1985: Police arrested X` the parser joined to it
                    for c in sorted(tok.children, key=lambda c: not _one_line(c, tok))
                    if c.dep_ in ("nsubj", "csubj")
                    and (
                        not self._in_dateline(c)
                        # `SELMAR — Ilvane and Doravia signed`: the apposition is the subject
                        or any(
                            a.dep_ in ("appos", "conj") and not self._in_dateline(a)
                            for a in c.children
                        )
                    )
                ),
                None,
            )
            if (
                subj is not None
                and via_conj
                and tok.dep_ == "ccomp"
                and tok.lemma_.lower() == "be"
                and subj.pos_ == "NOUN"
                and (_noun_lemma(subj) in _EVENT_NOUN_TYPES or subj.lemma_.lower() in _INANIMATE)
            ):
                # `said the strike was irresponsible and called on the union to ...`: the
                # parser hung `called` on the reported judgement, whose subject cannot act; an
                # act coordinated with an act shares its subject, though it cannot act either
                # (`said the blaze started ... and took four hours to bring under control`)
                tok, via_conj = tok.head, False
                continue
            if subj is not None and via_conj and self._told_thing(subj, tok, verb):
                # `said the vote had been calm and urged all candidates to ...`, `says her
                # party's own count gives her 51% and has refused to concede`: a speech act
                # coordinated with the report is the speaker's, not the reported thing's
                tok, via_conj = tok.head, False
                continue
            if subj is not None and _apposed_object(subj) is not None:
                return None  # `jailed the owner, Ulric Danner, ... killed`: not its subject
            if subj is not None and not _one_line(subj, tok):
                # `Key dates\n2014 - 12 soldiers seized ...`: the heading parsed as the subject,
                # the line's own words as its apposition
                subj = next(
                    (a for a in subj.children if a.dep_ == "appos" and _one_line(a, tok)), subj
                )
            if subj is not None and _lemma(tok) in _LINKING and _act_noun(subj):
                # `an attack X also linked to Y` parsed with X in apposition to the act: X links
                subj = next((a for a in subj.children if a.dep_ == "appos"), subj)
            if subj is not None:
                return _counted(subj)
            swallowed = next((c for c in tok.lefts if _swallowed_name(c)), None)
            if swallowed is not None:
                return swallowed  # `September 2025 - Merrin cuts ...`, parsed as a compound
            if _means_of(tok):
                tok = tok.head.head  # `youths resorted to throwing stones`: the youths
                continue
            adjective = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else None
            if adjective is not None and adjective.lower_ in _PREDICATE_OF:
                tok = adjective.head  # `X are guilty of violating`: X
                continue
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
            if tok.dep_ == "conj" and not _shares_subject(tok):
                return None  # `..., the first step since a clash last month killed two soldiers`
            if tok.dep_ == "conj" and tok.head.lemma_.lower() in _DYING:
                return None  # `why two people had died and announced`: the dead act no more
            via_conj = tok.dep_ == "conj"
            if tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head.i != tok.i:
                if tok.dep_ == "xcomp":  # object control: `urged Iran to join`
                    obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
                    if obj is not None and tok.head.lemma_.lower() in _OBJECT_CONTROL:
                        return obj
                tok = tok.head
                continue
            if (
                tok.dep_ == "acl"
                and tok.head.pos_ == "NOUN"
                and tok.head.lemma_.lower() in _INTENT_NOUNS
            ):
                # the one whose intention it is: `Norvik's readiness to talk`, else the
                # subject of the verb that voices it (`X expressed its willingness to send`)
                noun = tok.head
                poss = next((c for c in noun.children if c.dep_ == "poss"), None)
                if poss is not None and poss.pos_ != "PRON":
                    return poss
                if noun.dep_ == "dobj" and noun.head.i != noun.i:
                    tok = noun.head
                    continue
            if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
                return tok.head if tok.dep_ == "relcl" or _misparsed_clause(tok) else None
            break
        return None

    def _actors(self, cand: _Candidate) -> list[Actor]:
        actors = self._actors_named(cand)
        if cand.cue.type in _TOWN_ACTS:
            return actors
        # a town is where things happen (`Port City hosted the talks`, a dateline's town read
        # as a subject): it acts only as its government speaks or rules (`_TOWN_ACTS`)
        return [a for a in actors if a[0] is None or not self._town(a[0])]

    def _actors_named(self, cand: _Candidate) -> list[Actor]:
        verb = cand.verb
        carrier = _relief_carrier(verb) if cand.cue is _RELIEF_ARRIVAL else None
        if carrier is not None:  # `rescuers from X are expected to arrive`: X gives the aid
            return self._participants(carrier, generic=True)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if _participle_passive(verb):
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            return self._prep_objects(agent) if agent is not None else []
        if passive and _stative(verb):
            subj = next(c for c in verb.children if c.dep_ == "nsubjpass")
            return self._participants(subj, generic=True)
        if (
            cand.noun is not None
            and cand.noun.i != verb.i
            and (cand.noun.dep_ in ("nsubj", "nsubjpass") or _opened_itself(cand))
        ):
            # `talks between X and Y were held`, `Brenn's meeting with Ruiz took place`; a way
            # that opens, however parsed (`The crossing, which closed in May, reopened`)
            own = self._noun_participants(cand.noun, ("poss", "compound", "amod"))
            if _opened_itself(cand):  # `the Rafah crossing`: a way's name, no one who opens it
                own = [a for a in own if a[0] is None or self.entities[a[0]].type != "PERSON"]
            between = self._prep_participants(cand.noun, ("between", "among"))
            if between:
                return between
            if own:
                return own
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            return self._prep_objects(agent) if agent is not None else []
        if passive and cand.noun is None:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None and (
                verb.lemma_.lower() in _VICTIM_VERBS or cand.cue.mode in _TAKING_MODES
            ):
                # `Two soldiers were killed by rebels`, `the tanker was seized by the navy`:
                # whoever did it acts, named or not
                return [
                    a
                    for p in agent.children
                    if p.dep_ == "pobj"
                    for a in self._participants(p, generic=True)
                ]
            return self._prep_objects(agent) if agent is not None else []
        if verb.lemma_.lower() in _DYING:
            return []  # `Thirty people have died`: the victims (targets), no one named acting
        subj = self._subject(verb)
        actors = self._participants(subj, generic=True) if subj is not None else []
        if cand.noun is not None and cand.noun.i != verb.i:
            poss = self._noun_participants(cand.noun, ("poss",))
            actors = actors or poss
        return actors

    def _joint_actors(self, noun: Token) -> list[Actor]:
        """`Russian and Chinese warships on a joint patrol`: the noun the phrase hangs on, or
        the subject of the clause it is in."""
        head = noun.head
        if head.dep_ == "prep":
            head = head.head
        if head.pos_ in ("NOUN", "PROPN"):
            return self._participants(head)
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return self._participants(subj) if subj is not None else []

    def _targets(self, cand: _Candidate, actors: list[Actor]) -> list[Actor]:
        verb = cand.verb
        found: list[Actor] = []
        if cand.addressee is not None:
            found += self._participants(cand.addressee, generic=True) or (
                self._event_reference(cand.addressee)  # `called the strike irresponsible`
            )
        if (
            cand.cue.type in _LISTING_TYPES
            and any(c.dep_ == "dobj" and _the_following(c) for c in verb.children)
            and not _names_inline(verb.sent)
        ):
            sent = verb.sent  # `designated the following: 1. X`
            found += self._listed_after(sent.start_char + len(sent.text.rstrip()))
        own_subject = self._subject(verb)
        for inner in cand.inner:
            # `demanded that Hamas renounce ...`: Hamas; `threatened to cut off electricity
            # to Nakhichevan`, `refused to meet the king`: the inner clause's targets
            subj = self._subject(inner.verb)
            if (
                subj is not None
                and (own_subject is None or subj.i != own_subject.i)
                and inner.verb.dep_ == "ccomp"
            ):
                found += self._participants(subj, generic=True)
            found += self._targets(inner, [])
        if cand.cue.type in _ABSORBING:
            absorbed = {inner.verb.i for inner in cand.inner}
            for c in verb.children:
                if (
                    c.i in absorbed
                    or c.dep_ not in ("ccomp", "xcomp")
                    or c.pos_ != "VERB"
                    or _set_beside(c)
                ):
                    continue
                subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                if c.dep_ == "ccomp" and subj is not None:  # `demanded that the US match`
                    found += self._participants(subj, generic=True)
                elif c.dep_ == "xcomp":  # `threatened to ban opposition candidates`
                    found += self._targets(_Candidate(cand.cue, c, c), [])
        if verb.lemma_.lower() in _DYING:
            # `Thirty people have died`: those who died are what the act was done to
            for c in verb.children:
                if c.dep_ == "nsubj":
                    found += self._participants(c, generic=True)
        heads = [verb] if cand.noun is None or cand.noun.i == verb.i else [verb, cand.noun]
        for head in heads:
            for c in head.children:
                if (
                    head.i == verb.i
                    and c.dep_ in ("dobj", "dative", "nsubjpass")
                    and (
                        cand.noun is None
                        or c.i != cand.noun.i
                        # people the act is done to (`expelled 200 refugees`, `summoned the
                        # ambassador`), not forces moved or goods sent
                        or cand.cue.type in _DONE_TO_PEOPLE
                        and self._people(c)
                    )
                ):
                    if c.dep_ == "nsubjpass" and (cand.noun is not None or _stative(verb)):
                        continue
                    if c.dep_ == "dative" and c.pos_ == "ADP":
                        found += self._prep_objects(c)  # `granted asylum to X`, parsed dative
                        continue
                    # those hurt, and people arrested (`About 150 people have been arrested`)
                    # what was seized, told in the passive (`The tanker was seized on 29
                    # December`): with no seizer, the one participant the act names
                    seized = (
                        cand.cue.mode == "seize"
                        and cand.noun is None
                        and c.dep_ == "nsubjpass"
                        and c.pos_ in ("NOUN", "PROPN")
                    )
                    victims = c.dep_ != "dative" and (
                        verb.lemma_.lower() in _VICTIM_VERBS
                        or cand.cue.mode == "arrest"
                        and cand.noun is None
                        and self._people(c)
                        or seized
                    )
                    found += (
                        self._participants(c, generic=victims)
                        or seized
                        and [(None, _phrase(c, with_modifiers=True).text, None)]
                        # not the event's own noun (`filed a complaint`): no earlier one's
                        or (
                            self._event_reference(c)
                            if cand.noun is None or c.i != cand.noun.i
                            else []
                        )
                    )
                    if c.dep_ == "dobj":
                        # `provides photographs to Macedonia`, `aid for Romania and Poland`
                        for p in c.children:
                            if p.dep_ == "prep" and p.lower_ in _OBJECT_TARGET_PREPS:
                                found += self._prep_objects(p)
                            elif (
                                p.dep_ in ("prep", "agent")
                                and p.lower_ in ("by", "from")
                                and cand.cue.type in _ANSWERING
                            ):
                                # `demanded an apology by X`, `rejected an offer from X`: whom
                                # the demand, offer or act in the object is by
                                found += self._prep_objects(p)
                elif head.i == verb.i and c.dep_ == "prt" and c.lower_ == "up":
                    # `detained up to 300 protesters`: the count read as a particle's phrase
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ == "to":
                            found += self._prep_objects(p)
                elif c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
                    if (
                        c.lower_ in ("between", "among")
                        and cand.noun is not None
                        and head.i == cand.noun.i
                        and cand.noun.dep_ in ("nsubj", "nsubjpass")
                    ):
                        continue
                    for pobj in (p for p in c.children if p.dep_ == "pobj"):
                        if (
                            c.lower_ in ("at", "on")
                            and not _agents(pobj)
                            and pobj.lemma_.lower() not in _PEOPLE_NOUNS
                            and self._place_of(pobj, site=c.lower_ == "on") is not None
                        ):
                            continue  # `went on strike at the port of X`: where, not whom
                        found += self._participants(pobj) or (
                            self._event_reference(pobj) if head.i == verb.i else []
                        )
        if cand.cue.type == "aid":
            found += self._recipients_under_source(verb)
        if not found and cand.cue.type != "consult":
            # whom the act is for, named in its purpose clause: `began a hunger strike to
            # protest against X`, `is ready to send doctors to help rebuild X`
            for head in heads:
                for c in head.children:
                    if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and _purpose(c):
                        found += self._targets(_Candidate(_NAMED_ONLY, c, c), [])
        if not found and cand.cue.type not in _PLACE_NOT_TARGET:
            found = self._place_targets(cand)
        if not found and cand.cue.type == "protest":
            # a protest that names no one protests to its own government, as event coders take
            # it (`Young Algerians blocked roads` -> Algeria): the place's country, else the
            # protesters' own
            place = self._place(cand)
            home = place[1] if place and place[1] else None
            countries = {a[2] for a in actors if a[2]}
            home = home or (next(iter(countries)) if len(countries) == 1 else None)
            if home:  # kept even when the protesters are that country (`Kenyans`)
                return [self._country_actor(home)]
        keys = {a[0] if a[0] is not None else a[1] for a in actors}
        out: list[Actor] = []
        for t in found:
            k = t[0] if t[0] is not None else t[1]
            if k not in keys:
                keys.add(k)
                out.append(t)
        return out

    def _sentence_country(
        self, actors: list[Actor], targets: list[Actor], sent: Span
    ) -> list[Actor]:
        """Actors named without a country (`UNITA`, `a group of refugees`) take the first
        country the sentence names that is not a target's, as event coders read a story's
        setting (the first-country baseline scores 0.86 source country on the gold set).
        International organisations keep none (`the Security Council`, `NATO`)."""
        if not actors or any(resolve_actor(a[1]).country for a in actors):
            return actors
        taken = {t[2] for t in targets if t[2]}
        named = self._countries(sent)
        found = next((c for c in named if c not in taken), None)
        if (
            found is None
            and len(named) == 1
            and actors[0][0] is not None
            and self.entities[actors[0][0]].type not in _COUNTRY_TYPES  # `Central European`
            and not self._country_argument(sent, named[0])
        ):
            # a named actor in a story of one country is of it (`Judge X indicted Peruvian
            # officials`, `threatened a curfew in Algiers`); a generic one is not (`Rebels
            # kidnapped Japanese engineers`), nor one that acts on the country itself
            # (`X criticized Iran`)
            found = named[0]
        if found is None:
            return actors
        first = actors[0]
        return [(first[0], first[1], found), *actors[1:]]

    def _country_argument(self, sent: Span, iso3: str) -> bool:
        """The country is itself an object in the sentence, by its name (`criticized Iran`,
        `sanctions on Iran`), not a people or place of it (`Iranian officials`, `in Tehran`)."""
        for tok in sent:
            index = self.owner.get(tok.idx)
            if index is None or self.entities[index].country != iso3:
                continue
            if tok.dep_ in _ARGUMENT and lookup(tok.text, ("name",)):
                return True
            head = tok.head  # `accused the Saudi government`, `Iran's leaders`
            if (
                tok.dep_ in ("amod", "compound", "poss")
                and head.dep_ in _ARGUMENT
                and head.lemma_.lower() in _STATE_NOUNS
            ):
                return True
        return False

    def _sentence_target(
        self, actors: list[Actor], targets: list[Actor], sent: Span
    ) -> list[Actor]:
        """A named target of an event done to someone (accuse, request, reject, coerce ...)
        that has no country takes the first country the sentence names other than the actors'
        own (`rebels` in `urged rebels in Angola to ...`). No target is invented where the
        text names none: a guessed participant is not in the source's words."""
        if not targets or any(t[2] for t in targets):
            return targets
        mine = {a[2] for a in actors if a[2]}
        named = self._countries(sent)
        other = next((c for c in named if c not in mine), None)
        first = targets[0]
        own_kind = first[0] is not None and self.entities[first[0]].type in _COUNTRY_TYPES
        if (
            other is None
            and len(named) == 1
            and not own_kind
            and not resolve_actor(first[1]).country
        ):
            # a domestic story: `rebels in X demanded that President Y ...`; not for a people
            # or place of its own (`European nations`) or an international body
            other = named[0]
        if other is None:
            return targets
        return [(first[0], first[1], other), *targets[1:]]

    def _countries(self, sent: Span) -> list[str]:
        """The countries a sentence names, in reading order: its places and peoples."""
        cues = self._cues.get(sent.start)
        if cues is None:
            # not those of a relative clause, which tells another story (`Gunmen who fled from
            # Chad attacked ...`)
            aside = {t.i for r in sent if r.dep_ == "relcl" for t in r.subtree}
            cues = []
            dateline = self._dateline_end(sent)
            for tok in sent:
                if tok.i in aside or not tok.text[:1].isupper() or tok.idx < dateline:
                    continue
                index = self.owner.get(tok.idx)
                ent = self.entities[index] if index is not None else None
                country = ent.country if ent and ent.type in _COUNTRY_TYPES else None
                if country is None and (ent is None or ent.type != "PERSON"):
                    # a country or people named inside another name (`the Observer Mission
                    # in Angola`) or left out of the entities (`Serbian authorities`)
                    found = lookup(tok.text, _COUNTRY_KINDS)
                    country = found[0] if found else None
                if country and country not in cues:
                    cues.append(country)
            self._cues[sent.start] = cues
        return cues

    def _named_state(self, head: Token) -> Actor | None:
        """The country a bare `the Government` is of, where its sentence names it: an `of`
        phrase (`the Government of Halveth`), else the one country the sentence names, the
        one owning a national office where it names more (`Halveth's foreign minister said
        that the Government would provide ... to Tavessa`). A name the country list does not
        know counts only as such an owner (`The mayor of Brennholm said the city would ask
        the government` names a town). None for `both governments`, a government with its
        own modifier (`the Halveth Government`, `its government`) or one in a sentence that
        names no country (an outlet's own government, which the text does not tell). A country
        in the act's object or prepositions (`imposed sanctions on Iran`) is a party of the
        act (`_act_parties`), never the government's own."""
        if (
            head.lemma_.lower() not in _GOVERNMENT_NOUNS
            or head.tag_ not in ("NN", "NNP")
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children)
        ):
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
                pobj = _short_state_name(pobj)
                return self._state_actor(pobj, True) or (None, _phrase(pobj).text, None)
        named: dict[str, Actor] = {}
        owners: dict[str, Actor] = {}
        parties = _act_parties(head)
        for tok in head.sent:
            if tok.i in parties:
                continue  # `Russia accused the government`, `sanctions on Iran`: another party
            owner = tok.dep_ in ("poss", "compound", "amod") and (
                _noun_lemma(tok.head) in _NATIONAL_OFFICES
            )
            state = self._state_actor(tok, owner)
            if state is not None:
                named.setdefault(state[1], state)
                if owner:
                    owners.setdefault(state[1], state)
        states = named if len(named) == 1 else owners
        return next(iter(states.values())) if len(states) == 1 else None

    def _state_actor(self, tok: Token, unlisted: bool) -> Actor | None:
        """The country a token names as an entity: a listed country's place or people, or,
        where `unlisted`, a place the country list does not know."""
        index = self.owner.get(tok.idx)
        ent = self.entities[index] if index is not None else None
        if ent is None or ent.type not in _COUNTRY_TYPES:
            return None
        if ent.country:
            return self._country_actor(ent.country)
        return (index, ent.name, None) if unlisted and ent.type == "GPE" else None

    def _country_actor(self, iso3: str) -> Actor:
        """The article's entity for a country, else the country by name."""
        for i, ent in enumerate(self.entities):
            if ent.type == "GPE" and ent.country == iso3 and ent.name == country_name(iso3):
                return (i, ent.name, iso3)
        return (None, country_name(iso3), iso3)

    def _place_targets(self, cand: _Candidate) -> list[Actor]:
        """No one named as target: the country acted in or on, as event coders take it
        (`withdraw its troops from Lebanon`, `eased measures in Montenegro`, `evacuate
        settlements in the Gaza Strip`): a place in an in/from/at phrase on the verb or its
        object."""
        heads = [cand.verb, *(c for c in cand.verb.children if c.dep_ == "dobj")]
        if cand.noun is not None and cand.noun not in heads:
            heads.append(cand.noun)
        for head in heads:
            for c in head.children:
                if c.dep_ != "prep" or c.lower_ not in ("in", "from", "at", "inside"):
                    continue
                for pobj in (p for p in c.children if p.dep_ == "pobj"):
                    for t in (pobj, *(x for x in pobj.children if x.dep_ == "compound")):
                        index = self.owner.get(t.idx)
                        if index is None:
                            continue
                        ent = self.entities[index]
                        if ent.type in ("GPE", "LOC") and ent.country:
                            return [(index, ent.name, ent.country)]
        return []

    def _event_reference(self, tok: Token) -> list[Actor]:
        """`criticized the meeting`: the participants of the latest event of that kind that
        happened (or, failing that, of any status)."""
        lemma = tok.lemma_.lower()
        kind = _EVENT_NOUN_TYPES.get(lemma)
        if kind is None or tok.pos_ != "NOUN":
            return []
        before = [e for e in self.events if e.type == kind and e.mentions[0][0] < tok.idx]
        done = [e for e in before if e.status != "planned"]
        for event in reversed(done or before):
            return [*event.actors, *event.targets]
        return []

    def _prep_objects(self, prep: Token) -> list[Actor]:
        out: list[Actor] = []
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            out += self._participants(pobj)
        return out

    def _prep_participants(self, noun: Token, preps: tuple[str, ...]) -> list[Actor]:
        out: list[Actor] = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                out += self._prep_objects(c)
        return out

    def _noun_participants(self, noun: Token, deps: tuple[str, ...]) -> list[Actor]:
        out: list[Actor] = []
        for c in noun.children:
            if c.dep_ in deps and c.i < noun.i:
                out += self._one(c) or []
                for cc in c.conjuncts:
                    out += self._one(cc) or []
        return _unique(out)

    def _participants(self, tok: Token, *, generic: bool = False) -> list[Actor]:
        """The actors an argument names: the head and each conjunct (`Brenn and Ruiz`), each one
        entity; a head that is no entity gives those of its modifiers (`Russian and Chinese
        warships`, `the US government`), or, for a subject (`generic`), its own words."""
        out: list[Actor] = []
        if self._in_dateline(tok):
            # `SELMAR — Ilvane and Doravia signed`, the dateline read as the subject and the
            # real one as its apposition
            tok = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("appos", "conj") and not self._in_dateline(c)
                ),
                None,
            )
            if tok is None:
                return []
        for head in [tok, *tok.conjuncts]:
            if self._in_dateline(head):
                continue
            state = self._named_state(head)
            if state is not None:
                out.append(state)  # `the Government of Halveth`: Halveth, no bare Government
                continue
            if head.lower_ in _PRONOUNS_GROUP or head.lower_ == "i":
                antecedent = _frame_subject(head)
                if antecedent is not None:
                    out += self._participants(antecedent, generic=generic)
                continue
            if (
                head.lower_ in _PRONOUNS_PERSON
                and head.idx not in self.owner
                and self._last_person(head) is None
            ):
                # no person named before: the speaker (`The Iraqi leader said he would ...`)
                antecedent = _frame_subject(head)
                if antecedent is not None:
                    out += self._participants(antecedent, generic=generic)
                    continue
            one = self._one(head, acting=generic)
            if one:
                index, name, country = one[0]
                if country is None:  # `the US Congress`: the entity, the modifier's country
                    country = self._located(head, ("compound", "amod", "nmod", "poss"))
                person = index is not None and self.entities[index].type == "PERSON"
                if country is None and person:
                    # `President Bush`, `the Bush administration`: an office holder's title
                    words = _phrase(head, with_modifiers=True).text
                    country = resolve_country(words, _HOLDER_KINDS, self._day_at(head.idx))
                out.append((index, name, country))
                continue
            mods = [
                c
                for c in head.children
                if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < head.i
            ]
            if head.pos_ == "PROPN" and head.ent_type_ in ("", "ORG"):
                # `Aldmark's Vendral rejected ...`: the named firm acts, not the country owning it
                mods = [m for m in mods if m.dep_ != "poss"]
            got: list[Actor] = []
            for m in mods:
                for mm in [m, *m.conjuncts]:
                    if mm.lower_ in _POSSESSIVE_GROUP and head.head.dep_ == "agent":
                        # `X is funded by its readers`: the readers, never X done to by itself
                        got.append((None, _phrase(head, with_modifiers=True).text, None))
                        continue
                    if mm.lower_ in _POSSESSIVE_GROUP:  # `their forces`: whose
                        antecedent = _frame_subject(mm)
                        if antecedent is not None:
                            got += self._participants(antecedent, generic=generic)
                        continue
                    index = self.owner.get(mm.idx)
                    if index is not None and _named_thing(head, mm, self.entities[index]):
                        continue  # `the collapse of the Velst bridge`: where, not whom
                    for index, name, country in self._one(mm) or []:
                        ent = self.entities[index] if index is not None else None
                        if ent is not None and (
                            ent.type == "NORP"
                            and ent.name == name
                            and mm.dep_ == "amod"
                            or self._town(index)
                            or head.lemma_.lower() in _OWN_GROUPS  # `Ruiz's supporters`
                        ):
                            # a people's adjective no country is known for (`Tarevian
                            # forces`) or a town (`Halden police`): the phrase acts, with the
                            # town's country
                            words = _phrase(head, with_modifiers=True).text
                            got.append((None, words, country))
                        else:
                            got.append((index, name, country))
            if not got and head.lemma_.lower() not in _FOLLOWERS:
                # `the president of Belarus`, `officials from Iran`; `supporters of X` act
                # themselves, not X, and `workers of X` are the phrase, with X's country
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                        got += self._prep_objects(c)
                if got and head.lemma_.lower() in _WORKERS:
                    words = _phrase(head, with_modifiers=True).text
                    got = [(None, words, next((a[2] for a in got if a[2]), None))]
            if not got and generic and head.pos_ == "NOUN":
                if head.lemma_.lower() in _ABSTRACT or head.lower_ in _ABSTRACT:
                    continue  # `international law`, `the rules`: no one acts
                if head.lemma_.lower() in _PROPOSALS:
                    # `The plan calls for ...`: a paper acts through whoever put it forward
                    # (`the plan, drafted by X,`), else no one the article names
                    out += self._proposers(head)
                    continue
                if any(
                    c.dep_ == "poss" and c.lower_ in _SPEAKER_POSSESSIVES for c in head.children
                ):
                    # `Our friends in the U.S.`: the country the phrase names, else no one
                    country = self._located(head, ("prep",))
                    if country:
                        out.append(self._country_actor(country))
                    continue
            if (
                not got
                and generic
                and (
                    head.pos_ in ("PROPN", "NOUN")
                    and head.ent_type_ in _NAME_LABELS
                    and (head.lemma_.lower() not in _EVENT_NOUN_TYPES or head.lower_ == "troops")
                    and head.lemma_.lower() not in _INANIMATE
                    or head.lower_ in _CROWDS  # `Thousands rallied in Tbilisi`
                    or _swallowed_name(head)  # `September 2025 - Merrin cuts ...`
                )
            ):
                # no entity: the words themselves (`A newspaper`, `rebels`), country if any
                words = _phrase(head, with_modifiers=True).text
                country = (
                    resolve_country(words)
                    or "-" in words  # `Vietnamese-led forces`
                    and resolve_country(words.replace("-", " "))
                    or self._located(head, ("prep",))
                    or self._phrase_country(head)
                )
                got = [(None, words, country)]
            if not got and not generic and head.pos_ == "NOUN":
                # no entity, but a nationality in its own words: `Congolese refugees`,
                # `five Panamanian army officers`
                words = _phrase(head, with_modifiers=True).text
                country = resolve_country(words, _COUNTRY_KINDS)
                if country:
                    got = [(None, words, country)]
            out += got
        return _unique(out)

    def _proposers(self, paper: Token) -> list[Actor]:
        """Who put a paper forward, where its own words say (`the plan, drafted by X,`, `a
        resolution sponsored by X and Y`, `a report by X`): the agent of a participle on it,
        or its own `by` (not a date: `a plan by 2030`; `a letter from X` is read before)."""
        preps = [
            c
            for c in paper.children
            if c.dep_ == "prep"
            and c.lower_ == "by"
            and not any(p.ent_type_ in _DATE_LABELS for p in c.children if p.dep_ == "pobj")
        ]
        preps += [
            agent
            for acl in paper.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for agent in acl.children
            if agent.dep_ == "agent"
        ]
        return [a for prep in preps for a in self._prep_objects(prep)]

    def _phrase_country(self, head: Token) -> str | None:
        """The one country the rest of the actor's own phrase names (`Militants loyal to
        Iraq's Al-Qaeda frontman`), outside any clause of its own."""
        clauses = {
            t.i
            for c in head.subtree
            if c.dep_ in ("relcl", "acl", "advcl") and c.i != head.i
            for t in c.subtree
        }
        found = set()
        for t in head.subtree:
            index = self.owner.get(t.idx) if t.i != head.i and t.i not in clauses else None
            ent = self.entities[index] if index is not None else None
            if ent is not None and ent.type in ("GPE", "NORP") and ent.country:
                found.add(ent.country)
        return found.pop() if len(found) == 1 else None

    def _located(self, head: Token, deps: tuple[str, ...]) -> str | None:
        """The country a modifier of a name gives it: `US` in `the US Congress`, `in
        Zimbabwe` in `opposition groups in Zimbabwe`."""
        for c in head.children:
            if c.dep_ not in deps:
                continue
            toks = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [c]
            if c.dep_ == "prep" and c.lower_ not in ("in", "of", "from"):
                continue
            for t in toks:
                index = self.owner.get(t.idx)
                if index is not None and self.entities[index].country:
                    return self.entities[index].country
                named = t.ent_type_ in ("GPE", "NORP") or t.pos_ == "ADJ"
                country = resolve_country(t.text) if named else None
                if country:
                    return country
        return None

    def _one(self, tok: Token, *, acting: bool = False) -> list[Actor] | None:
        """The entity a token names, as a participant; a place with no country is none (`the
        Gulf`), unless it acts (`acting`: a subject, `Ilvane and Doravia agreed`), standing
        for the state or people there."""
        if self._in_dateline(tok):
            return None  # `PORT CITY — Negotiators for X`: where the report was filed
        index = self.owner.get(tok.idx)
        if index is None and tok.lower_ in _PRONOUNS_PERSON:
            if _done_by_unknown_self(tok):
                return None  # `I have asked her to correct it`: `I` may be the last one named
            index = self._last_person(tok)
            nearer = self._unlisted_subject(tok, index)
            if nearer is not None:
                return [(None, _phrase(nearer, with_modifiers=True).text, None)]
        inner = None
        if index is None:
            # an entity mention inside the token's compound name (`President Brenn`)
            for c in tok.children:
                if c.dep_ in ("compound", "flat", "appos") and c.idx in self.owner:
                    index, inner = self.owner[c.idx], c
                    break
        if index is None and (
            _swallowed_name(tok)
            or tok.dep_ == "appos"
            and tok.pos_ == "PROPN"
            and tok.ent_type_ not in _NAME_LABELS
        ):
            # a name NER read as a date or a title here, spelled as an entity's mention
            # elsewhere (`September 2025 - Merrin cuts ...`, `an attack Merrin also linked`)
            index = self._spelled_entity(tok)
        if index is None and tok.pos_ == "NOUN":
            stray = _stray_apposition(tok)  # `the owner of the quarry, Ulric Danner,`
            if stray is not None and stray.idx in self.owner:
                index = self.owner[stray.idx]
        if index is None and tok.pos_ == "NOUN":
            index = self._described(tok)
        if index is None:
            return None
        ent = self.entities[index]
        if ent.type == "FAC" or ent.type == "LOC" and ent.country is None and not acting:
            return None
        if ent.type == "NORP" and (inner is not None or tok.dep_ == "amod" or tok.pos_ == "ADJ"):
            # a people's adjective (`Tarevian forces`): the country it is of, where known
            country = self._demonym_country(index)
            if country is not None:
                return [country]
            if inner is not None:  # else the phrase it is in (`the Tarevian government`)
                return [(None, _phrase(tok, with_modifiers=True).text, None)]
        if inner is not None and _named_thing(tok, inner, ent):
            return None  # `an inquiry into the collapse of the Velst bridge`: a thing, no actor
        if inner is not None and tok.lemma_.lower() in _FOLLOWERS:
            # `Feszak supporters` act themselves, not Feszak
            return [(None, _phrase(tok, with_modifiers=True).text, ent.country)]
        if inner is not None and inner.dep_ == "compound" and self._town(index):
            # a town's people or body (`Halden police`): the phrase, with the town's country
            return [(None, _phrase(tok, with_modifiers=True).text, ent.country)]
        return [(index, ent.name, ent.country)]

    def _demonym_country(self, index: int) -> Actor | None:
        """The country a demonym is of: its own, else the article's place whose name it is
        formed from (`Tarevian` from `Tarevia`, `Kalvani` from `Kalvan`: the name less a final
        vowel, then a demonym ending)."""
        ent = self.entities[index]
        if ent.country:
            return self._country_actor(ent.country)
        word = ent.name.lower()
        for i, other in enumerate(self.entities):
            if other.type != "GPE" or self._town(i):
                continue
            if demonym_of(word, other.name.lower()):
                return (i, other.name, other.country)
        return None

    def _last_person(self, tok: Token) -> int | None:
        """The person a `he`/`she` points to: the last one named before it. Inside a
        quotation its speaker is never meant, and one who acts there is whom the speaker
        means, not a person told of before the quote opened (`"She asked for her mother,"
        said the rescuer`); one the quoted act is done to may be (`Police found Ana Ruiz.
        "She was arrested," the officer said`)."""
        best: tuple[int, int] | None = None
        lower = max(0, tok.sent.start_char - 2000)
        opening = _quote_opening(tok.doc, tok.idx, tok.sent.start_char)
        if opening >= 0 and (_acting_pronoun(tok) or _acting_pronoun(_same_person(tok))):
            lower = max(lower, opening)
        speakers = self._speakers(tok, opening) if opening >= 0 else set()
        for i, ent in enumerate(self.entities):
            if ent.type != "PERSON" or i in speakers:
                continue
            for m in ent.mentions:
                if lower <= m.start < tok.idx and (best is None or m.start > best[0]):
                    best = (m.start, i)
        return self._apposed_owner(tok.doc, *best) if best else None

    def _apposed_owner(self, doc: Doc, start: int, index: int) -> int | None:
        """The person a pronoun means when the last one named sits inside an apposition to
        another name (`Tarsen, an editor at the weekly Harbour Lantern, was detained. He ...`):
        the name the apposition describes, the one the sentence is about; no one when that name
        is no person's entity (NER typed it a place), rather than the nested one. A name that
        acts in a clause of the apposition stays the one meant when the described name is no
        person (`Kelvar, a town run by Ilse Brandt, was shelled. She ...`: Brandt)."""
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        t = span.root if span is not None else None
        clause = False  # the nested name is reached through a clause (`run by`, `who met`)
        while t is not None and t.head.i != t.i and t.dep_ != "appos":
            clause = clause or t.dep_ in ("acl", "relcl")
            t = t.head
        if t is None or t.dep_ != "appos" or span.root.i == t.i or t.head.pos_ != "PROPN":
            return index
        head = self.owner.get(t.head.idx)
        if head == index or head is not None and self.entities[head].type == "PERSON":
            return head
        return index if clause else None

    def _unlisted_subject(self, pronoun: Token, index: int | None) -> Token | None:
        """A name the parser makes the subject of the pronoun's sentence, before it and after
        the last mention of the person found for it, that no entity holds (`Feszak told
        supporters outside the court, where her lawyers filed the appeal`, NER missing
        `Feszak`): the pronoun's nearer antecedent, not someone named further back."""
        last = -1
        if index is not None:
            last = max(
                (m.start for m in self.entities[index].mentions if m.start < pronoun.idx),
                default=-1,
            )
        for tok in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
            if tok.idx <= last:
                return None
            if (
                tok.pos_ == "PROPN"
                and tok.dep_ == "nsubj"
                and tok.idx not in self.owner
                and tok.ent_type_ in ("", "PERSON", "NORP")
                and _quote_opening(tok.doc, tok.idx, tok.sent.start_char) < 0
                and self._may_be_person(tok)
            ):
                return tok
        return None

    def _may_be_person(self, tok: Token) -> bool:
        """Whether an untagged name may be a person's: tagged PERSON, a word of a person's
        name the article gives elsewhere, or the subject of a verb of speech (`Feszak told
        supporters`); not a thing that acts on something (`Brexit hit the port`)."""
        if tok.ent_type_ == "PERSON" or tok.head.lemma_.lower() in _SPEECH:
            return True
        return any(e.type == "PERSON" and tok.text in e.name.split() for e in self.entities)

    def _speakers(self, tok: Token, opening: int) -> set[int]:
        """The people the quotation holding `tok` (opened at char `opening`) is told by: the
        subject of a verb of speech, or the object of `according to`, in its sentence or the
        one the quote opened in."""
        first = tok
        while first.i > 0 and first.idx > opening:
            first = first.doc[first.i - 1]
        found: set[int] = set()
        for sent in {first.sent, tok.sent}:
            for t in sent:
                index = self.owner.get(t.idx)
                if index is not None and _speaker_of_frame(t):
                    found.add(index)
        return found

    # -- place, date, context ------------------------------------------------------------------

    def _place(self, cand: _Candidate, kind: str | None = None) -> Place | None:
        """An in/at/near/on phrase naming a place on the candidate's verb or event noun; after
        `on`, a building is the place only of an act done to it by force (`_STRUCK`)."""
        heads = [cand.verb] + ([cand.noun] if cand.noun is not None else [])
        struck = (kind or cand.cue.type) in _STRUCK
        for head in heads:
            for c in head.children:
                if c.dep_ != "prep" or c.lower_ not in _PLACE_PREPS | _SITE_PREPS:
                    continue
                for pobj in (p for p in c.children if p.dep_ == "pobj"):
                    site = c.lower_ in _SITE_PREPS
                    place = self._place_of(pobj, site=site, building=site and struck)
                    if place:
                        return place
        return None

    def _event_place(self, cand: _Candidate, kind: str) -> Place | None:
        """Where the event happened: an in/at/near phrase naming a place (GPE, LOC, FAC, known
        to the tables or not) on its verb or event noun (`_place`); else one on a clause of the
        same type serving it, a retelling (`Police arrest 40 as ...  Police arrested 40 people
        in Port Arvel`: a headline the parser ran into the lead); else, for an act done
        somewhere (not a statement or a ruling, `_TOWN_ACTS`), one the parser hung on its
        subject, object or the object of its preposition (`Police in Port Arvel detained`,
        `clashed with rebels at Kessin Ridge`). Dates and event nouns are no places (`in March`,
        `met in talks`)."""
        place = self._place(cand, kind)
        if place is not None:
            return place
        for inner in cand.serving:
            if inner.cue.type == cand.cue.type:
                place = self._place(inner, kind)
                if place is not None:
                    return place
        if kind in _TOWN_ACTS:
            return None
        args = [c for c in cand.verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        # `KERROW - A court in Kerrow sentenced ...`: the dateline read as the subject, the real
        # one its apposition
        args += [a for c in args if self._in_dateline(c) for a in c.children if a.dep_ == "appos"]
        args += [
            p
            for c in cand.verb.children
            if c.dep_ == "prep"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        for arg in args:
            for c in arg.children:
                if c.dep_ != "prep" or c.lower_ not in _PLACE_PREPS:
                    continue
                for pobj in (p for p in c.children if p.dep_ == "pobj"):
                    place = self._place_of(pobj)
                    if place is not None:
                        return place
        return None

    def _described(self, noun: Token) -> int | None:
        """The one person the article names beside the same role noun elsewhere (`ordered the
        manager held ... The manager, Corwin Haldt, ...`): `the manager` is him. A role named
        beside two people, a plural or an indefinite (`a manager`) is left as written, and so is
        one whose own words name another (`the manager of Kerrow` is not `the manager of
        Westmoor, Jon Barr`: `_role_words`)."""
        if noun.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children
        ):
            return None
        if self._roles is None:
            self._roles = {}
            for tok in self.doc:
                if tok.dep_ != "appos":
                    continue
                for role, name in ((tok.head, tok), (tok, tok.head)):
                    index = self.owner.get(name.idx)
                    if (
                        role.tag_ == "NN"
                        and index is not None
                        and self.entities[index].type == "PERSON"
                    ):
                        named = self._roles.setdefault(role.lemma_.lower(), set())
                        named.add((index, _role_words(role)))
        own, names = _role_words(noun), _role_words(noun, proper=True)
        people = {
            index
            for index, words in self._roles.get(noun.lemma_.lower(), set())
            # `the manager of the colliery` may be `The manager, Corwin Haldt`; `the president
            # of Tamberg` names its own holder, no bare `The president, Ana Lind` elsewhere
            if not own or own & words or not words and not names
        }
        return next(iter(people)) if len(people) == 1 else None

    def _spelled_entity(self, tok: Token) -> int | None:
        """The entity whose mention elsewhere spells the name the token ends (`Merrin`, or
        `Ostavian Navy` ending on `Navy`), for a name NER left in no entity of its own."""
        words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "flat") and c.i < tok.i)]
        lo = min(t.idx for t in words)
        name = tok.doc.text[lo : tok.idx + len(tok.text)]
        return self._entity_named(name, "spelled")

    def _named_like(self, tok: Token) -> int | None:
        """The place entity a name the entity stage left unlinked spells (`KORSK - A court in
        Korsk ...`: the dateline's mention kept as a place, the body's NER-typed otherwise)."""
        if tok.pos_ != "PROPN" or tok.ent_iob_ == "I":
            return None
        words = tok.doc[tok.i : tok.i + 1]
        for ent in tok.doc.ents:
            if ent.start == tok.i:
                words = ent
                break
        return self._entity_named(words.text.lower(), "place")

    def _entity_named(self, name: str, how: str) -> int | None:
        """The first entity (in the entities' order) named `name`: by its name (`how` "name"),
        by its name or a mention's words ("spelled"), or a place by its name in lower case
        ("place"). The three maps are built in one pass over the entities, once an article,
        not a scan of them per lookup."""
        if self._names is None:
            text = self.doc.text
            self._names = {"name": {}, "spelled": {}, "place": {}}
            for i, e in enumerate(self.entities):
                self._names["name"].setdefault(e.name, i)
                self._names["spelled"].setdefault(e.name, i)
                for m in e.mentions:
                    self._names["spelled"].setdefault(text[m.start : m.end], i)
                if e.type in _PLACE_TYPES:
                    self._names["place"].setdefault(e.name.lower(), i)
        return self._names[how].get(name)

    def _place_of(self, tok: Token, *, site: bool = False, building: bool = False) -> Place | None:
        """The place a preposition's object names: a GPE, LOC or FAC entity, or an organisation
        named for a building or site (`_VENUES`), with no coordinates unless a table knows it.
        After a `site` preposition (`on`) only a FAC or an open place, or a building when the
        act is done to it (`building`: `an air strike on Karsa General Hospital`); a body
        acted on (`sanctions on Portavel University`) is no place."""
        for t in [
            tok,
            *(c for c in tok.children if c.dep_ in ("compound", "appos")),
            *(
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ),
        ]:
            index = self.owner.get(t.idx)
            if index is None:
                index = self._named_like(t)
            if index is None:
                continue
            ent = self.entities[index]
            if (
                site
                and ent.type != "FAC"
                and ent.name.lower().split()[-1] not in _SITES
                and not (building and _venue(ent))
            ):
                continue  # `sanctions on Portavel University`: a body acted on, no place
            if ent.type in _PLACE_TYPES or _venue(ent):
                return (ent.name, ent.country, ent.lat, ent.lon)
        return None

    def _called_for_a_past_day(self, cand: _Candidate, sent: Span, published: date | None) -> bool:
        """Whether a protest called in the simple past for a day was for a day one or two days
        gone, which the article reports done (`called a strike for Friday. The strike shut the
        port`, published on a Saturday): that day, not next week's. Unreported, or further
        back (Saturday in Wednesday's paper), a call looks forward."""
        verb = cand.verb
        if published is None or cand.noun is None or verb.tag_ != "VBD":
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        resolved, _ = self._date(cand, sent, published, future=False)
        if resolved is None or resolved.precision != "day":
            return False
        try:
            gone = (published - date.fromisoformat(resolved.iso)).days
        except ValueError:
            return False
        return 1 <= gone <= 2 and _reported_done(_event_noun(cand.noun), sent)

    def _date(
        self, cand: _Candidate, sent: Span, published: date | None, *, future: bool
    ) -> tuple[ResolvedDate | None, str | None]:
        ents = self._dates_in.get(sent.start, [])
        anchors = {cand.verb.i, cand.trigger.i}
        if cand.noun is not None:
            anchors.add(cand.noun.i)
        if _opened_itself(cand):
            # a way that opens is no anchor: `The crossing, which closed in May, reopened on
            # Monday` reopened on Monday, not in May
            anchors = {cand.verb.i}
        if cand.verb.dep_ == "advcl" and _purpose(cand.verb):
            # `would go to court tomorrow to ask ...`, `summoned X on Tuesday to complain`
            anchors.add(cand.verb.head.i)
        # `stormed the post on Wednesday afternoon, killing two soldiers`: the participle tells
        # what came of its clause's act, so a date of that clause is its own
        head = cand.verb.head.i if _result_participle(cand.verb) else None
        # `1971: Jailed for three years`: an entry of a list dated by its line's label, which the
        # parser may put in the sentence before
        own = self._line_labels.get(_line_start(self.doc.text, cand.trigger.idx))
        attached, loose = [], []
        labelled = own is not None or any(_line_label(e) for e in ents)
        for e in ents:
            if e is own or _line_label(e) or labelled and not _one_line(e[0], cand.trigger):
                continue  # another entry's date in a list the parser read as one sentence
            if _span_start(e, cand.verb) or _frame_date(e, cand.verb) or _past_beside(e, cand.verb):
                continue  # `since the riots began on Monday`: when a span began, not the act
            if _measure_start(e, cand) and not future:
                continue  # `announced a curfew from Friday`: when the measure starts, ahead
            if not future and (_target_date(e, cand.verb) or _later_content(e, cand.verb)):
                # `agreed to set up a reserve, to be operational by 2027`: a target; `agreed
                # that the next summit will be held in November`: the summit's day
                continue
            if _names_a_thing(e) and e.root.head.i not in anchors:
                continue  # `rejected the 2019 accord`: the accord's year, not the rejection's
            governing = _governing_verb(e.root) if head is not None else None
            if _attached(e, anchors) or governing is not None and governing.i == head:
                attached.append(e)
            elif not _under_other_clause(e, cand.verb):
                loose.append(e)
        if (
            not attached
            and cand.verb.dep_ == "conj"
            and cand.verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("aux", "auxpass") for c in cand.verb.children)
        ):
            # `X was sentenced on Wednesday, a ruling his supporters greeted with whistles`: a
            # conjoined clause with no date of its own shares its head clause's day
            shared = {cand.verb.head.i}
            attached = [e for e in ents if _attached(e, shared) and not _span_start(e, cand.verb)]
        if own is not None:
            # the line's label dates the entry, after a date its own clause tells (`1983:
            # Jailed. Police arrested X, her brother, in 1985.`: 1985)
            attached.append(own)
        for group in (attached, [] if future else loose):
            for e in group:
                text = e.text
                days = _lead_time(e, cand.verb)
                if days is not None:
                    # `three days after marines boarded`: counted back from the clause above
                    got = self._before_clause(e, days, cand.verb, ents, published)
                    if got is not None:
                        return got, text
                    continue
                # a date in a clause that points forward (`until Friday`, `is holding ...`, `would
                # table a motion on Thursday`, `if the session in April ends`) is ahead of
                # publication; another clause's such date is not this event's
                forward = future or _forward_date(e, cand.verb, published)
                if forward and not future and group is loose:
                    continue
                if published is None:
                    got = resolve_absolute(text)
                else:
                    got = resolve_date(text, published, future=forward)
                if got is not None:
                    return got, text
        return None, None

    def _before_clause(
        self, lead: Span, days: int, verb: Token, ents: list[Span], published: date | None
    ) -> ResolvedDate | None:
        """The day of an `after` clause's act told as `days` before the clause it hangs on
        (`met on Friday, three days after marines boarded the tanker`, `_lead_time`): that
        clause's day less the time given."""
        head = verb.head
        if published is None:
            return None
        for e in ents:
            if e is lead or not _attached(e, {head.i}) or _span_start(e, head):
                continue
            got = resolve_date(e.text, published)
            if got is not None and got.precision == "day":
                return ResolvedDate(
                    (date.fromisoformat(got.iso) - timedelta(days=days)).isoformat(), "day"
                )
        return None

    @staticmethod
    def _context(sent: Span) -> str | None:
        for tok in sent:
            ctx = CONTEXT_WORDS.get(tok.lower_)
            if ctx:
                return ctx
        return None

    # -- in-article dedupe ----------------------------------------------------------------------

    def _told_as_name(self, event: Event, actor: Actor) -> bool:
        """Whether an actor's last word is tagged a proper noun where the event tells it
        (`Corland`, not a sentence's `Police`): looked up in the event's own mentions, since
        one word may be a name in one sentence (`The Corland Police`) and a common noun in
        another (`Police arrested ...`). An actor not told in them (a pronoun's antecedent) is
        a name when it is an entity."""
        last = actor[1].split()[-1]
        for start, end in event.mentions:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            tags = [t.tag_ for t in span or () if t.text == last]
            if tags:
                return tags[0] in ("NNP", "NNPS")
        return actor[0] is not None

    def _add(self, event: Event, *, anonymous: bool = False) -> bool:
        """Merge the event into an earlier mention of it, or keep it as a new one (True). One
        that names no participant is kept only when `anonymous` (`_occurring`)."""
        keys = self._keys(event)
        for old in self.events:
            if old.type != event.type or not _dates_compatible(old, event):
                continue
            if (
                "planned" in (old.status, event.status)
                and old.status != event.status
                and old.date != event.date
            ):
                continue  # one to come and one past or reported: two events unless one date
            old_keys = self._keys(old)
            if old_keys and keys and not (old_keys <= keys or keys <= old_keys):
                continue
            if not keys and old.mentions[-1][1] < event.mentions[0][0] - 1500:
                continue
            if _actors_apart(old, event, self._told_as_name):
                continue  # `Corland pledged $10m, and Oskara said it would send ...`: two donors
            if _new_crowd(event, keys, old_keys, self.doc.text) or _new_crowd(
                old, old_keys, keys, self.doc.text
            ):
                continue  # `Thousands protested`: a crowd told anew is not a named actor's act
            if _charging(old) != _charging(event):
                continue  # a charge and an arrest, custody order or sentence: two steps of a case
            if (not old.date or not event.date) and self._entry_between(old, event):
                continue  # an undated act told in another entry of a timeline is its own
            _merge(old, event)
            return False
        if event.actors or event.targets or anonymous:
            self.events.append(event)
            return True
        return False

    def _listed_after(self, char: int) -> list[Actor]:
        """The names a numbered or bulleted list after the char gives, one an item, each the
        item's words up to its first separator (`1. Kolvar Timber Ltd - Ostavia - exporter`):
        what `the following` stands for. Headings between (`Entities (name - role):`) are
        passed over; the list ends at the first paragraph that is no item (the rest of the
        sentence's own line aside), so a later list (`Read more:`) is no part of it."""
        out: list[Actor] = []
        text = self.doc.text
        lines = text[char:].split("\n", _LIST_LINES)[:_LIST_LINES]
        for row, line in enumerate(lines):
            m = _LIST_ITEM.match(line)
            if m is None:
                if (out or row) and line.strip() and not line.rstrip().endswith(":"):
                    break  # another paragraph; a heading (`Individuals:`) goes on
                continue
            name = m.group("name").strip()
            start = char + sum(len(before) + 1 for before in lines[:row]) + m.start("name")
            if self._told_clause(start, name):
                break  # `Read more:` / `- X wins award`: headlines, no names
            index = self._entity_named(name, "name")
            country = self.entities[index].country if index is not None else None
            out.append((index, name, country))
        return _unique(out)

    def _told_clause(self, start: int, name: str) -> bool:
        """Whether a list item's words make a clause with a finite verb (`Anna Berg wins
        award`): a headline, which names no one listed."""
        span = self.doc.char_span(start, start + len(name), alignment_mode="expand")
        return span is not None and any(t.tag_ in _FINITE_TAGS for t in span)

    def _entry_between(self, old: Event, new: Event) -> bool:
        """Whether the old event is told in an entry of a timeline (under a dated line label,
        `8 February 2024: ...`) and the new one under another label: two entries, so an
        undated act in one is no re-telling of the other's (`Merrin calls the decision illegal`
        under 2021, `... discriminatory` under 2024). An entry may re-tell what the article
        told before its timeline."""
        mine = self._entry_label(old.mentions[-1][0])
        if mine is not None and mine != self._entry_label(new.mentions[0][0]):
            return True
        return self._other_item(old.mentions[-1][0], new.mentions[0][0])

    def _other_item(self, a: int, b: int) -> bool:
        """Whether the two chars lie in two items of a bulleted or numbered list (`- Police
        said 90 people were detained.` / `- The minister announced a curfew.`): each item
        tells its own fact."""
        text = self.doc.text
        starts = _line_start(text, a), _line_start(text, b)
        return starts[0] != starts[1] and all(
            _BULLET.match(text, start) is not None for start in starts
        )

    def _entry_label(self, char: int) -> int | None:
        """The start of the last labelled line at or before the char's line, else None."""
        starts = self._label_starts
        at = bisect.bisect_right(starts, _line_start(self.doc.text, char))
        return starts[at - 1] if at else None

    def _keys(self, event: Event) -> set[str]:
        """Participant keys that identify someone (an entity or a country), for merging."""
        return {
            _participant_key(a, self.entities)
            for a in [*event.actors, *event.targets]
            if a[0] is not None or a[2] is not None
        }


def _actors_apart(a: Event, b: Event, named: Callable[[Event, Actor], bool]) -> bool:
    """Whether two events' doers are two different actors, with no word of a name in common:
    two names (`Corland` and `Oskara`), one of them unknown to the entity list and neither
    given a country (which the keys compare), each told as a name where its event is
    (`named`: a capital on a common noun opening a sentence, `Police`, makes none); or
    two kinds of actor the agent nouns set apart (`Rebels` and `Troops`, `the Corland
    Police` and `Soldiers`), while `Soldiers` and `Troops` may be one force told twice."""
    words = [{w.lower() for x in e.actors for w in x[1].split()} for e in (a, b)]
    if not all(words) or not words[0].isdisjoint(words[1]):
        return False
    sectors = [_kinds_of(e) for e in (a, b)]
    if (
        all(sectors)
        and sectors[0].isdisjoint(sectors[1])
        and (_FORCE_SECTORS & set().union(*sectors) or not _one_scene(a, b))
    ):
        # two civilian crowds (`Students` and `Protesters`) are one march told twice only
        # where place and kind of act agree
        return True
    return all(
        x[1][:1].isupper() and x[2] is None and named(e, x) for e in (a, b) for x in e.actors
    ) and any(x[0] is None for e in (a, b) for x in e.actors)


#: Agent sectors a broader one may stand for (`Authorities` GOV for the police that acted,
#: `Gunmen` UAF for rebels): doers of such kinds may be one actor told twice.
_SECTOR_COVERS = {"GOV": frozenset({"MIL", "COP", "SPY", "JUD"}), "UAF": frozenset({"REB", "INS"})}
#: Armed and state sectors, whose kinds set two doers apart; civilian crowds of one protest
#: (`Students`, `Farmers`, `Protesters`) may be one crowd told twice.
_FORCE_SECTORS = frozenset("GOV MIL COP SPY JUD LEG REB INS UAF CRM RAD".split())


def _one_scene(a: Event, b: Event) -> bool:
    """Whether two acts may be one scene: no two different places and no two different
    modes (`went on strike in Orsa` and `went on strike in Dessel`, `marched` and
    `blocked the road`, are two); an untold place or mode agrees with any."""
    places = {e.place[0].lower() for e in (a, b) if e.place}
    modes = {e.mode for e in (a, b) if e.mode}
    return len(places) < 2 and len(modes) < 2


def _kinds_of(event: Event) -> set[str]:
    """The agent sectors of an event's doers (`Rebels` REB, `Troops` MIL), with those a broad
    one covers (`_SECTOR_COVERS`)."""
    kinds = {s for x in event.actors for s in agent_sectors(x[1])}
    return kinds.union(*(_SECTOR_COVERS.get(s, ()) for s in kinds))


def _merge(old: Event, new: Event) -> None:
    for span in new.mentions:
        if span not in old.mentions:
            old.mentions.append(span)
    names = {a[:2] for a in old.actors} | {t[:2] for t in old.targets}
    if any(a[0] is not None or a[2] is not None for a in [*old.actors, *old.targets]):
        # `the two leaders` adds nobody to a meeting whose leaders are known
        names |= {a[:2] for a in [*new.actors, *new.targets] if a[0] is None and a[2] is None}
    for a in new.actors:
        if a[:2] not in names:
            old.actors.append(a)
            names.add(a[:2])
    for t in new.targets:
        if t[:2] not in names:
            old.targets.append(t)
            names.add(t[:2])
    old.place = old.place or new.place
    if new.date and (not old.date or _rank(new.date_precision) < _rank(old.date_precision)):
        old.date, old.date_precision, old.date_text = new.date, new.date_precision, new.date_text
    order = {"happened": 0, "reported": 1, "planned": 2}
    if order[new.status] < order[old.status]:
        old.status = new.status
    old.context = old.context or new.context
    old.mode = old.mode or new.mode


#: forms of `charge`, the one legal step told with the same CAMEO code (173) as an arrest
_CHARGE_FORMS = frozenset({"charge", "charges", "charged", "charging"})
#: words that open a crowd the sentence introduces (`Thousands`, `a crowd of students`)
_NEW_CROWD = frozenset({"a", "an", "some", "many", "several"})
#: words that hedge a count before it (`About 2,000`, `More than 300`, `At least 50`)
_HEDGES = frozenset("about around roughly nearly almost over more at up some".split())


def _charging(event: Event) -> bool:
    return bool(_CHARGE_FORMS & set(event.trigger.lower().split()))


def _new_crowd(event: Event, keys: set[str], other_keys: set[str], text: str) -> bool:
    """Whether the event's actors are all unidentified crowds told as new (`Thousands`, `a
    crowd`, `200 workers`, `Thousands of dockers`) while the other event's are named: not a
    re-telling of a named participant's act (`the protesters` may be). `text`: the doc's."""
    if keys or not other_keys or not event.actors:
        return False
    told = text[event.mentions[0][0] : event.mentions[0][1]].lower() if event.mentions else ""
    return all(a[0] is None and a[2] is None and _counted_words(a[1], told) for a in event.actors)


def _counted_words(name: str, told: str) -> bool:
    """Whether the name opens with a count or an indefinite (`200 workers`, `some students`),
    or its lowercased sentence `told` counts it (`thousands of dockers`, which `_counted`
    named `dockers`)."""
    words = name.lower().split()
    while len(words) > 1 and (words[0] in _HEDGES or words[0] in ("than", "least", "to")):
        words = words[1:]  # `About 2,000 dockers`, `More than 300`, `At least 50`
    first = (words or [""])[0]
    if re.search(rf"\b(?:the|these|those|both|all)\s+{re.escape(name.lower())}", told):
        return False  # `The two leaders met`: the ones told before
    at = told.find(f" of {name.lower()}") if name.strip() else -1
    counts = [first, *(told[:at].split()[-1:] if at >= 0 else [])]
    return (
        first[:1].isdigit()
        or like_num(first)  # `Fifty dockers`, `Twelve`
        or first in _NEW_CROWD
        or any(c.rstrip("s") in _COUNT_NOUNS for c in counts)
    )


def _rank(precision: str | None) -> int:
    return {"day": 0, "week": 1, "month": 2, "year": 3}.get(precision or "", 4)


def _dates_compatible(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return True
    if a.date == b.date:
        return True
    da, db = a.date, b.date
    if "W" in da or "W" in db:
        day, week = (db, da) if "W" in da else (da, db)
        if len(day) != 10:
            return False
        y, w, _ = date.fromisoformat(day).isocalendar()
        return f"{y}-W{w:02d}" == week
    return da.startswith(db) or db.startswith(da)


# -- helpers -----------------------------------------------------------------------------------


def _ordered_confinement(verb: Token) -> tuple[Cue, Token] | None:
    """What an order tells done to its object when that is confining them (`ordered the
    manager held in custody`, `ordered X detained`): the detention's cue and verb, or None."""
    done = [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD")]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if _event_head(obj):
            continue  # `ordered the release of prisoners held in custody`: the release
        # the participle may hang on any noun of the object's phrase (`the manager of the
        # colliery held in custody`, `the foreman, X, held ...`), but one on other people
        # the object tells of is theirs (`ordered a review of migrants held in detention`)
        done += [
            t
            for t in obj.subtree
            if t.dep_ == "acl"
            and t.tag_ == "VBN"
            and (t.head == obj or t.head.dep_ == "appos" or not _people_word(t.head))
        ]
    for v in done:
        cue = VERBS.get(v.lemma_.lower())
        if cue is not None and cue.type == "coerce":
            return cue, v
        kept = v.lemma_.lower() in _PUT and any(
            p.dep_ == "prep" and any(o.lemma_.lower() in _CUSTODY for o in p.children)
            for p in v.children
        )
        if kept:
            return VERBS["detain"], v
    return None


def _meeting_prep(prep: Token) -> bool:
    """Whether a preposition tells a talk is had with someone (`sat down with @handle`,
    `sat down for talks`), not how long or about what (`talked for an hour`)."""
    if prep.lower_ == "with":
        return True
    return prep.lower_ == "for" and any(o.dep_ == "pobj" and _event_head(o) for o in prep.children)


def _market_demand(noun: Token) -> bool:
    """Whether a `demand` is buyers' wanting, not a party's (`meet rising demand for chips`,
    `satisfy demand`): a bare singular, with no article or owner (`the strikers' demands`,
    `their demand`, `the demand`)."""
    return (
        noun.lemma_.lower() == "demand"
        and noun.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _people_word(noun: Token) -> bool:
    """Whether a noun itself names people: a person's or a people's name, or a noun for
    people (`migrants`, `supporters`), not a thing (`the mine`)."""
    return noun.ent_type_ in ("PERSON", "NORP") or _noun_lemma(noun) in _PEOPLE_WORDS


def _means_of(verb: Token) -> bool:
    """A gerund telling the act by which its clause's subject does what the verb above says
    (`responded by firing rockets`, `resorted to throwing stones`, `turned to blocking
    roads`): done by that subject. Not what one is open, opposed or committed to (`objected
    to sending troops`: nothing sent)."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return False
    head = verb.head.head
    if head.pos_ != "VERB" or head.lemma_.lower() in ("have", "be"):
        return False  # `has three ways to seek it: by filing a lawsuit`: ways, nothing done
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children):
        return False  # `to win by filing a lawsuit`: a way to act, not an act
    prep = verb.head.lower_
    return prep == "by" or prep == "to" and head.lemma_.lower() in _RESORT


def _contacted(verb: Token) -> Token | None:
    """Whom a purpose clause's talk is with: the named object of the verb it serves
    (`telephoned Kozyrev to discuss the plan`, `rang the mayor to talk about the floods`):
    one reaches someone in order to talk with them. Not one sent to talk (`sent an envoy to
    discuss`) nor one urged to (`urged X to discuss`: an object's own clause, `xcomp`)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() in MOVE_VERBS or head.lemma_.lower() in _SEND:
        return None
    return next(
        (c for c in head.children if c.dep_ == "dobj" and c.ent_type_ in _PARTNER_LABELS), None
    )


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[object] = set()
    out = []
    for a in actors:
        k = a[0] if a[0] is not None else a[1]
        if k not in seen:
            seen.add(k)
            out.append(a)
    return out


def _phrase(tok: Token, *, with_modifiers: bool = False) -> Span:
    """The token with its compound/flat name parts (`Kim Jong Un`), and its adjectives and
    numbers before it when asked (`Bangladeshi peacekeeping troops`)."""
    deps = ("compound", "flat", "amod", "nummod") if with_modifiers else ("compound", "flat")
    parts = [tok, *(c for c in tok.children if c.dep_ in deps and c.i < tok.i)]
    if with_modifiers:  # a modifier's own words: `Vietnamese-led forces`
        parts += [c.left_edge for c in parts[1:] if c.left_edge.pos_ not in ("DET", "PUNCT")]
    lo = min(t.i for t in parts)
    # a dash set apart by spaces ends what comes before it (`PORT X, Nov 25 (Agency) - Calvera`,
    # `2014 - 12 soldiers`): a dateline or a line's label the parser hung on the name
    lo = max([lo, *(t.i + 1 for t in tok.doc[lo : tok.i] if _spaced_dash(t))])
    return tok.doc[lo : max(t.i for t in parts) + 1]


def _spaced_dash(tok: Token) -> bool:
    """A dash with a space on each side (` - `, ` – `), no hyphen inside a word."""
    before = tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    return tok.text in _LABEL_DASHES and before and bool(tok.whitespace_)


def _misparsed_clause(verb: Token) -> bool:
    """A past tense the parser took for a participle describing its subject noun (`Doctors
    ... donated and delivered`, `Palestinian youths resorted to ..., officials said`, `...,
    a rights group protested here Wednesday`): the clause's own verb, when the noun heads no
    clause of its own (the sentence root, a second subject of one verb, or an apposition the
    participle ends the sentence after, with nothing but adverbs)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("auxpass", "agent") or c.lower_ == "by" for c in verb.children):
        return False
    noun = verb.head
    root = verb.sent.root
    if root.pos_ in ("NOUN", "PROPN") and all(a.pos_ != "VERB" for a in verb.ancestors):
        return True  # no verb heads the sentence: `Doctors from two aid groups donated ...`
    if noun.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in noun.head.children) > 1:
        return True
    if noun.dep_ == "appos":
        rest = [t for t in verb.sent if t.i > verb.i and not t.is_punct]
        kids = [c for c in verb.children if not c.is_punct]
        return all(c.dep_ in ("advmod", "npadvmod") for c in kids) and all(
            t.head.i == verb.i or t.head.head.i == verb.i for t in rest
        )
    return False


def _role_words(role: Token, *, proper: bool = False) -> frozenset[str]:
    """The words that say whose or which a role is (`the Kerrow manager`, `the manager of the
    colliery`, `Westmoor's manager`): its compounds, adjectives, owner and `of`/`at` objects;
    with `proper`, only the names among them."""
    words = [c for c in role.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    words += [
        p
        for c in role.children
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return frozenset(
        w.lemma_.lower() for w in words if not w.is_stop and (not proper or w.pos_ == "PROPN")
    )


def _fronted_content(frame: Token) -> Token | None:
    """The clause a verb of charging tells after it (`Croatian authorities are failing to
    ..., a rights group protested here Wednesday`) where the parser hung the frame on a noun
    of that clause as a participle (`_misparsed_clause`): the sentence's main verb, else None."""
    if not (_misparsed_clause(frame) and frame.head.dep_ == "appos"):
        return None
    root = frame.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i > frame.head.left_edge.i:
        return None
    return root if any(c.dep_ == "nsubj" for c in root.children) else None


def _relief_told(verb: Token) -> bool:
    """Whether the verb's sentence or the one before tells of relief: a disaster, its victims,
    or relief itself (`RELIEF_CONTEXT`)."""
    return _told_near(
        verb, lambda t: t.lemma_.lower() in RELIEF_CONTEXT or t.lower_ in RELIEF_CONTEXT
    )


def _told_near(verb: Token, told: Callable[[Token], bool]) -> bool:
    """Whether a word of the verb's sentence or of the one before passes `told`."""
    sent = verb.sent
    start = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(told(t) for t in sent.doc[start : sent.end])


def _relief_carrier(verb: Token) -> Token | None:
    """What arrives (the subject of `arrive`, `land`) when it carries relief: rescuers, aid,
    supplies, or a team, plane or convoy marked as relief (`aid planes`, `rescue team`); a
    minister or a delegation arriving is a visit, not aid (`plover.RELIEF_CARRIERS`)."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # `rescuers are expected to arrive`: the subject of `expected`
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if _noun_lemma(subj) in RELIEF_VEHICLES:  # `a team of 60 rescuers`: the rescuers carry it
        subj = _counted(subj, RELIEF_VEHICLES)
    head = _noun_lemma(subj)
    marks = {c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod")}
    relief = (
        head in RELIEF_CARRIERS or head in RELIEF_VEHICLES and not marks.isdisjoint(RELIEF_MARKS)
    )
    return subj if relief else None


def _acting_pronoun(tok: Token) -> bool:
    """Whether a pronoun is the one who acts in its clause: an active subject (or a conjunct
    of one), or the agent of a passive (`by her`)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _same_person(pronoun: Token) -> Token:
    """The subject of the pronoun's clause when it is a pronoun of the same gender (`She asked
    for her mother`: `her` is read as `She` is), else the pronoun itself."""
    clause = pronoun.head
    for _ in range(4):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i != pronoun.i:
            same = any({subj.lower_, pronoun.lower_} <= forms for forms in _GENDERED)
            return subj if same else pronoun
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return pronoun


def _speaker_of_frame(tok: Token) -> bool:
    """Whether a token is who tells a quotation: the subject of a verb of speech (`said Lena
    Marsh`), or the object of `according to`."""
    head = tok
    while head.dep_ in ("compound", "flat", "appos", "conj") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "nsubj":
        return head.head.lemma_.lower() in _SPEECH
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and prep.nbor(-1).lower_ == "according"
    )


def _own_tense(verb: Token) -> bool:
    """Whether a conjoined verb carries its own non-future auxiliary (`will open clinics and has
    launched an appeal`) or is itself in the simple past (`will not concede and filed an
    appeal`: a verb under `will` would be bare): its tense is its own, not the first verb's.
    Only a finite auxiliary counts: the infinitive `to` (`threatened to attack X and to seize
    Y`) has no tense."""
    if verb.dep_ != "conj":
        return False
    auxes = [
        c.lower_
        for c in verb.children
        if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_AUX_TAGS
    ]
    if not auxes:
        return _past_beside_future(verb)
    return _FUTURE_AUX.isdisjoint(auxes)


def _past_beside_future(verb: Token) -> bool:
    """A simple past conjoined to a verb under a future auxiliary (`will not concede ... and
    filed an appeal`): the parser's head cannot share its tense, so the past verb stands
    beside that clause, with its frame."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.head.children)
    )


def _paired_antecedent(pronoun: Token, lemma: str) -> list[Token]:
    """What an object `it`/`them` stands for when the verb's type rests on its object (`lift
    it`): the nearest noun before it, in its sentence or the three before, that the verb
    pairs with (`VERB_OBJECT`: `the curfew` for `lift`) and that agrees in number."""
    if pronoun.lower_ not in ("it", "them"):
        return []
    plural = pronoun.lower_ == "them"
    doc = pronoun.doc
    first = pronoun.sent.start
    for _ in range(3):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first : pronoun.i]):
        if (
            tok.pos_ == "NOUN"
            and (tok.tag_ == "NNS") == plural
            and (lemma, _noun_lemma(tok)) in VERB_OBJECT
        ):
            return [tok]
    return []


#: Verbs that hand over a sum or goods once decided (`approved $5 million for X`, `announced
#: $2.5 million in funding`, `released 200,000 doses of vaccine`): aid when the object is money
#: or relief goods; with another object they keep their own reading (`released prisoners`).
_GRANTING = frozenset(
    "approve announce release allocate disburse earmark grant unveil commit donate".split()
)


def _granted_aid(verb: Token, objs: list[Token]) -> Cue | None:
    """Aid given as a decided sum or a release of relief goods: money (071) or goods (073)."""
    if _money_object(verb):
        return _PLEDGED_MONEY
    for obj in objs:
        words = [obj, _counted(obj)]
        words += [
            p
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if obj.dep_ == "dobj" and any(w.lemma_.lower() in RELIEF_GOODS for w in words):
            return _RELIEF_ARRIVAL
    return None


def _money_object(verb: Token) -> bool:
    """Whether the verb's direct object is a sum of money (`pledged 40 million dollars`,
    `pledged 30 million crowns`, which NER may tag no MONEY): promising money is giving aid,
    not agreeing to something. Not a bounty (`2 million dollars for the capture of X`: no aid
    to X), nor money for the actor's own public (`$500 million in tax cuts to voters`,
    `bonuses to staff`)."""
    money = [
        child
        for child in verb.children
        if child.dep_ == "dobj"
        and any(t.ent_type_ == "MONEY" or _sum_in_words(t) for t in child.subtree)
    ]
    return bool(money) and not any(_money_purpose(verb, obj) for obj in money)


#: What a state's income comes from (`raise 850 million euros from the levy`): money raised
#: this way is revenue, not an appeal for aid (CAMEO `RAISE &CURRENCY` 0231).
_REVENUE_SOURCES = frozenset(
    "tax levy duty tariff toll fee surcharge vat sale privatisation privatization".split()
)


def _revenue(verb: Token) -> bool:
    """Whether the sum a verb takes comes from a tax or a sale: its subject (`the levy will
    raise`), a `from`/`through` phrase (`from the bank levy`) or the noun its relative clause
    hangs on (`a levy, which the ministry expects to raise 850 million`)."""
    if not _money_object(verb):
        return False
    sources = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    sources += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("from", "through", "via")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    clause = verb.head if verb.dep_ == "xcomp" else verb
    if clause.dep_ == "relcl":
        sources.append(clause.head)
        if clause.head.dep_ == "pobj":  # `a levy on bank profits, which ...`: either noun
            sources.append(clause.head.head.head)
    return any(_noun_lemma(s) in _REVENUE_SOURCES for s in sources)


def _sum_in_words(tok: Token) -> bool:
    """A currency named by word with a figure on it (`30 million crowns`, `4 million euro`)."""
    return tok.lower_ in currency_units() and any(
        c.dep_ in ("nummod", "quantmod") or c.like_num for c in tok.children
    )


#: Words of currency names that are no currency on their own (`Special Drawing Rights`,
#: `gold`, `European Currency Unit`).
_NOT_CURRENCY = frozenset(
    "account code currency cupon funds gold palladium platinum rights silver unit units "
    "value".split()
)


@lru_cache(maxsize=1)
def currency_units() -> frozenset[str]:
    """The nouns a sum is told in (`euros`, `pounds`, `kronor`, `rupees`), singular and plural:
    the last word of each currency's English name in the CLDR data Babel ships, with `crown`,
    the English name of the koruna, krona and krone."""
    from babel import Locale
    from babel.numbers import get_currency_name

    words = {"crown", "crowns"}
    for code, name in Locale("en").currencies.items():
        if "(" in name:
            continue  # a currency of the past (`Afghan Afghani (1927-2002)`)
        for count in (1, 2):
            last = get_currency_name(code, count=count, locale="en").split()[-1].lower()
            if last.isalpha():
                words.add(last)
    return frozenset(words - _NOT_CURRENCY)


#: What a sum given `in` is when it goes to someone (`$1.5 million in humanitarian funding for
#: Marn`), beside the aid nouns and relief goods of `plover`: not fines, fees or tax credits.
_FUNDING_NOUNS = frozenset(
    "funding fund financing finance grant relief donation contribution subsidy support help "
    "money".split()
)


def _given_money(noun: Token) -> bool:
    """Whether the noun a sum is given `in` names something handed over: funding, aid, a loan
    or relief goods."""
    word = _noun_lemma(noun)
    cue = NOUNS.get(word)
    return word in _FUNDING_NOUNS or word in RELIEF_GOODS or (cue is not None and cue.type == "aid")


def _money_purpose(verb: Token, obj: Token) -> bool:
    """Whether a sum pledged is a bounty, a penalty or goes to the giver's own public: read
    from the objects of `for`/`in`/`to` on the verb or the sum (`for the capture of`, `in tax
    cuts`, `in fines`, `to voters`)."""
    for prep in (c for head in (verb, obj) for c in head.children if c.dep_ == "prep"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            word = _noun_lemma(pobj)
            if prep.lower_ == "for" and word in _BOUNTIES:
                return True
            if prep.lower_ in ("in", "for") and word in _OWN_PUBLIC_MONEY:
                return True
            if prep.lower_ == "in" and word in _PENALTIES:
                return True  # `announced $2 million in fines`: money taken, none given
            if prep.lower_ == "to" and word in _OWN_PUBLIC:
                return True
    return False


def _presence(noun: Token) -> bool:
    """Peacekeepers, observers, inspectors or monitors (`UN peacekeepers`, `peacekeeping
    troops`): a presence that other states or bodies keep in a country."""
    return noun.lemma_.lower() in _PRESENCE or any(
        c.lower_ == "peacekeeping" and c.dep_ in ("amod", "compound") for c in noun.children
    )


def _protesting_crowd(verb: Token) -> bool:
    """A crowd gathering (`About 300 people`, `hundreds of supporters`) that its sentence or
    the next shows protesting: signs, placards, chants or a protest noun (`some holding signs
    reading ...`, `Police said the protest was peaceful`)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    counted = any(c.dep_ == "nummod" for c in subj.children)
    if not (lemma in _FOLLOWERS or lemma in _CROWDS or lemma in ("people", "crowd") and counted):
        return False
    sent = verb.sent
    words = list(sent)
    if sent.end < len(verb.doc):
        words += list(verb.doc[sent.end].sent)
    if any(
        t.pos_ == "NOUN" and getattr(NOUNS.get(_noun_lemma(t)), "type", None) == "protest"
        for t in words
    ):
        return True
    # a sign, banner or chant alone is any crowd's (a festival's banners, fans' chants): it
    # shows a protest when it says something against or for a cause
    return any(t.lemma_.lower() in _PROTEST_SIGNS and _sign_message(t) for t in words)


def _sign_message(sign: Token) -> bool:
    """Whether a sign, banner or chant carries its own message: a word of saying or demanding
    or a quotation hanging off it (`signs reading "…"`, `banners demanding …`, `chanting
    against …`, `placards: "…"`), not a `police said` or a quote elsewhere in the text."""
    if any(t.lower_ in _SIGN_MESSAGES or t.is_quote for t in sign.subtree if t.i != sign.i):
        return True
    after = sign.doc[sign.i + 1 : min(sign.i + 3, sign.sent.end)]
    return any(t.is_quote and t.idx > sign.idx for t in after) and all(
        t.is_quote or t.is_punct for t in after[:1]
    )


def _jeered(verb: Token) -> bool:
    """A thing met `with whistles`, `jeers` or `chants`: the crowd protests it."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "with"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _JEERS for o in p.children)
        for p in verb.children
    )


def _venue(ent: Entity) -> bool:
    """An organisation named for a building or site one can be at (`Kerrow Regional Court`),
    or any name ending in a word for an open place (`Velmar Square`, whatever NER made of it)."""
    words = ent.name.lower().split()
    if len(words) < 2:
        return False
    return words[-1] in _SITES or ent.type == "ORG" and words[-1] in _VENUES


def _rioters(verb: Token) -> bool:
    """The subject is a crowd of protesters (`rioters`, `rioting youths`, `demonstrators`):
    their violence is a riot, not an armed attack."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = {
        subj.lemma_.lower(),
        *(c.lower_ for c in subj.children if c.dep_ in ("amod", "compound")),
    }
    return not words.isdisjoint(_PROTESTERS)


def _during_protest(verb: Token, subj: Token | None) -> bool:
    """Violence done during a protest by those who are no armed force (`youths threw stones
    during the demonstrations`): the protest turned violent (CAMEO 145), not an attack by
    armed men or police (`police fired on them during the march`)."""
    if subj is None or subj.pos_ == "PRON" or subj.ent_type_ in ("ORG", "GPE"):
        return False  # `the ministry`, `Varnia`: a body, no crowd
    if subj.lemma_.lower() in _NO_CROWD:
        return False
    return any(
        _EVENT_NOUN_TYPES.get(_noun_lemma(p)) == "protest"
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _DURING
        for p in prep.children
        if p.dep_ == "pobj"
    )


def _future(verb: Token) -> bool:
    """Whether the verb is told as to come by a future auxiliary of its own, or of an aspect
    verb above it (`will withdraw`, `would begin withdrawing`), not by an intention frame
    (`is willing to withdraw`, `plans to withdraw`)."""
    tok = verb
    for _ in range(2):
        if any(c.dep_ == "aux" and c.lower_ in _REFUSING_AUX for c in tok.children):
            return True
        if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in ("begin", "start", "continue"):
            return False
        tok = tok.head
    return False


def _threat(verb: Token) -> bool:
    """Whether a warning threatens: said to someone (`warned X that it would face ...`), or
    its content is the warner's own act (`warned that it would retaliate`) or a hostile act or
    its consequences (`warned that X would face sanctions`), not an impersonal outcome
    (`warned that prices would rise`, CAMEO's pessimistic comment, no event)."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return True
    contents = [c for c in verb.children if c.dep_ == "ccomp"]
    if not contents:
        return True  # `warned of reprisals`: as the lexicon and the dictionary read it
    for c in contents:
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in _PRONOUNS_GROUP | _SELF_PRONOUNS and _an_act(c):
            # the warner's own act (`warned that they would retaliate`); what may befall
            # the warner (`warned that they could lose the harvest`) is no threat
            return True
        for t in c.subtree:
            lemma = t.lemma_.lower()
            kind = _EVENT_NOUN_TYPES.get(lemma) if t.pos_ == "NOUN" else None
            if t.pos_ == "VERB" and lemma in VERBS:
                kind = VERBS[lemma].type
            if kind in _HOSTILE or t.pos_ == "NOUN" and lemma in _CONSEQUENCES:
                return True
    return False


#: A text is a live blog when at least this many entries open with a time of their own.
_LIVE_ENTRIES = 3


def _live_entries(text: str, day: date | None) -> list[tuple[int, date, str]]:
    """A live blog's entries (a line that is only a time over each, followed by the entry's
    words: `textshapes.ENTRY_TIME_LINE`; at least `_LIVE_ENTRIES`):
    (char where the entry starts, its day, its time) in text order. The earliest entry is on
    the publication day (a live page is published when it opens); each time earlier than the
    one before it in the order of writing starts the next day. Newest first when the times
    fall more often than they rise."""
    if day is None:
        return []
    found = [(m.start(), _minutes(m), m.group(1)) for m in ENTRY_TIME_LINE.finditer(text)]
    if len(found) < _LIVE_ENTRIES:
        return []
    falls = sum(b[1] < a[1] for a, b in zip(found, found[1:], strict=False))
    newest_first = falls * 2 > len(found) - 1
    written = list(reversed(found)) if newest_first else found
    days, offset = {}, 0
    for k, (start, minutes, _) in enumerate(written):
        if k and minutes < written[k - 1][1]:
            offset += 1
        days[start] = day + timedelta(days=offset)
    return [(start, days[start], label) for start, _, label in found]


def _minutes(m: re.Match) -> int:
    """Minutes after midnight of a clock line's time (`9.05pm` is 21:05)."""
    hours = int(m.group(1).replace(".", ":").split(":")[0])
    if m.group(3):
        hours = hours % 12 + (12 if m.group(3).lower() == "p" else 0)
    return hours * 60 + int(m.group(2))


def _entry_of(entries: list[tuple[int, date, str]], char: int) -> tuple[int, date, str] | None:
    """The live entry a char is in: the last whose time line is before it."""
    at = bisect.bisect_right(entries, char, key=lambda e: e[0])
    return entries[at - 1] if at else None


#: What is signed without agreeing with anyone: forms, records, keepsakes, players.
_SIGNED_PAPERS = frozenset(
    "report sheet form autograph book guestbook register card shirt ball receipt cheque check "
    "player striker goalkeeper defender midfielder".split()
)


def _signed_paper(cand: _Candidate) -> bool:
    """Signing taken as an agreement (`sign`, CAMEO 057) when what is signed is a paper or a
    keepsake no party agrees to (`signed the tally sheets`, `signed autographs`) or a player
    hired: no event."""
    if cand.noun is not None or _lemma(cand.verb) != "sign":
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass") and _noun_lemma(c) in _SIGNED_PAPERS
        for c in cand.verb.children
    )


def _holiday_in_name(ent: Span) -> bool:
    """A holiday that modifies another noun (`the Boxing Day riots`, `Christmas Day's
    parade`) rather than telling when an act happened (`on Christmas Day`, `at New Year`):
    it dates that other thing, not the act the clause tells."""
    if not is_holiday(ent.text):
        return False
    root = ent.root
    if root.pos_ == "NOUN" and root.is_lower and root.lower_ not in _HOLIDAY_TIMES:
        return True  # `the Christmas Day march` tagged as one date: the march's day
    return any(
        t.head.i not in range(ent.start, ent.end)
        and t.dep_ in ("compound", "amod", "nmod", "poss")
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.lower_ not in _HOLIDAY_TIMES  # `on Christmas Day evening`: when
        for t in ent
    )


#: Nouns a holiday may modify and still tell when (`on Christmas Day evening`).
_HOLIDAY_TIMES = frozenset(
    "morning afternoon evening night midnight dawn dusk noon lunchtime day eve weekend week "
    "holiday holidays".split()
)


#: Nouns a date may modify and still tell a time (`tomorrow morning`, `the 2019 season`).
_TIME_NOUNS = _HOLIDAY_TIMES | frozenset(
    "month year season term quarter session period hour minute time".split()
)


def _quoted_price(verb: Token) -> bool:
    """Whether a verb quotes a market price: no object, and `at` a figure, a sum or a rate
    (`traded at its new official rate of 96.00`, `at 1.20 dollars`), or `higher`/`lower`
    (`closed higher`). What `at` heads decides: `settled at a 4 percent pay rise` is a deal."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in ("higher", "lower", "flat", "up", "down"):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "at"
            and any(
                like_num(p.text) or p.ent_type_ == "MONEY" or p.lemma_.lower() in PRICE_NOUNS
                for p in c.children
                if p.dep_ == "pobj"
            )
        ):
            return True
    return False


def _written_day(ent: Span) -> Span | None:
    """The whole written day around a date entity (`written_day_span`) when it is wider than
    the entity, else None: found once per date entity for `_with_day` and `_day_label`."""
    lo, hi = written_day_span(ent.doc.text, ent.start_char, ent.end_char)
    if (lo, hi) == (ent.start_char, ent.end_char):
        return None
    return ent.doc.char_span(lo, hi, label=ent.label_, alignment_mode="expand")


def _with_day(ent: Span, whole: Span | None) -> Span:
    """A month name with the day number NER left out before it (`of 16 November` tagged
    `November` alone): the day and the month, so the date is the day, not the month. A day NER
    cut in pieces (`Thursday` + `26 November` for `Thursday (26 November)`) is widened to the
    whole written day (`whole`, `_written_day`), so its weekday piece alone does not decide."""
    if whole is not None and whole.sent.start == ent.sent.start:
        return whole
    if ent.start == 0 or ent.text.lower() not in MONTHS:
        return ent
    day = ent.doc[ent.start - 1]
    if day.is_digit and 1 <= int(day.text) <= 31 and not day.ent_type_:
        return Span(ent.doc, ent.start - 1, ent.end, label=ent.label_)
    return ent


def _displayed_quotation(sent: Span) -> bool:
    """A quotation put on show under a label that names it as words said (`Claim: "Not a single
    protester was detained overnight."`, `Viral post: "..."`): a fact check rates such words,
    it tells none of their acts. A name as the label (`Feszak: "We will not concede"`) is a
    speaker, and an unquoted line (`Update: Police arrested 40 people.`) is told."""
    toks = list(sent)
    colon = next((i for i, t in enumerate(toks[:4]) if t.text == ":"), None)
    if not colon or colon + 1 >= len(toks) or not toks[colon + 1].is_quote:
        return False
    if not any(t.lower_ in _DISPLAY_LABELS for t in toks[:colon]):
        return False
    closing = next((i for i in range(colon + 2, len(toks)) if toks[i].is_quote), None)
    if closing is None:  # the closing mark split off into the next sentence
        return sent.end < len(sent.doc) and sent.doc[sent.end].is_quote
    for t in toks[closing + 1 :]:  # the quote ends its line (a rating may follow glued)
        if "\n" in t.text:
            return True
        if not t.is_punct:
            return False
    return True


def _asked(sent: Span, verb: Token) -> bool:
    """Whether `verb` is asked, not told: the sentence's last mark, before any closing quote,
    is `?`. A question quoted at the sentence's end asks only what it holds when someone
    is told asking it (a speech verb or a colon before the quote) and the words outside it
    are no question themselves (`Police arrested 40 people, prompting one mother to ask:
    "Where is my son?"` still tells the arrests; `Did police arrest 40 people for what
    organisers called "a peaceful walk?"` does not)."""
    marks = [t for t in sent if not t.is_space]
    closing = bool(marks) and marks[-1].is_quote
    last = next((t for t in reversed(marks) if not t.is_quote), None)
    if last is None or not last.text.endswith("?"):
        return False
    if not closing:
        return True
    opening = next((t for t in reversed(marks[: marks.index(last)]) if t.is_quote), None)
    if opening is None or verb.i > opening.i:
        return True
    return not _quote_introduced(opening) or _inverted(sent, opening)


def _quote_introduced(opening: Token) -> bool:
    """Whether a quotation is introduced as someone's words: a colon or a speech verb
    (`ask`, `said,`) right before its opening mark, not a naming verb (`called "a walk"`)."""
    doc = opening.doc
    i = opening.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].text == ","):
        i -= 1
    if i < 0:
        return False
    prev = doc[i]
    return prev.text == ":" or prev.pos_ == "VERB" and prev.lemma_.lower() in _INTRODUCING


def _inverted(sent: Span, opening: Token) -> bool:
    """Whether the words before a quotation are a question: an auxiliary before its clause's
    subject (`Did police arrest ...`, `Will X impose ...`) or a questioning subject
    opening the sentence (`Who arrested ...`)."""
    outside = [t for t in sent if t.i < opening.i]
    first = next((t for t in outside if not t.is_punct), None)
    if first is not None and first.tag_ == "WP" and first.dep_ in ("nsubj", "nsubjpass"):
        return True
    for t in outside:
        # a copula put first asks (`Is X ready ...`); later it may only invert a place
        # (`Among those held was ...`)
        copula = (
            t.lemma_ == "be"
            and t.dep_ not in ("aux", "auxpass")
            and (t.i == first.i or first.tag_[:1] == "W")
        )
        if t.dep_ in ("aux", "auxpass") or copula:
            head = t if copula else t.head
            if any(
                c.dep_ in ("nsubj", "nsubjpass") and t.i < c.i < opening.i for c in head.children
            ):
                return True
    return False


def _an_act(verb: Token) -> bool:
    """Whether a verb names an act one party does (a cue verb or a CAMEO-coded one)."""
    lemma = verb.lemma_.lower()
    return lemma in VERBS or bool(_CAMEO.defaults.get(lemma))


def _naming_complement(verb: Token) -> Token | None:
    """What a naming verb calls its object (`called the strike irresponsible`, `branded him a
    traitor`, `described the raid as lawless`), or None."""
    for c in verb.children:
        if (
            c.dep_ in ("oprd", "acomp")
            or c.dep_ in ("xcomp", "ccomp")
            and c.pos_ in ("ADJ", "NOUN")
        ):
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:  # `called the deal a surrender` read as a second object
        return next(
            (c for c in obj.children if c.dep_ in ("appos", "amod", "dobj") and c.i > obj.i),
            None,
        )
    return None


def _disapproving(word: Token) -> bool:
    """Whether a name given to something says it is wrong: an adjective with a privative
    prefix (`irresponsible`, `illegal`, `unacceptable`), a name the CAMEO dictionary codes so
    after a naming verb (`liar`, `lawless`, `dictator`), or a hostile act or a capitulation (`a
    surrender`, `a massacre`), also through an adjective (`an irresponsible act`)."""
    for tok in (word, *(c for c in word.children if c.dep_ == "amod")):
        lower = tok.lower_
        if lower in _NAMED_WRONG or tok.lemma_.lower() in _NAMED_WRONG:
            return True
        if tok.pos_ == "ADJ" and any(
            lower.startswith(p) and len(lower) - len(p) >= 5 and lower.endswith(_ADJECTIVE_ENDINGS)
            for p in _PRIVATIVE
        ):
            return True
        if tok.pos_ == "NOUN" and _EVENT_NOUN_TYPES.get(_noun_lemma(tok)) in _BLAMED_ACTS:
            return True
    return False


#: Verbs whose subject may be what is done to (`the crossing reopened`, as `X reopened the
#: crossing`): the causative alternation.
_ERGATIVE = frozenset({"open", "reopen"})


def _opened_ways(verb: Token, lemma: str) -> list[Token]:
    """`The crossing reopened on Monday`: a border, crossing or corridor that opens is opened
    by whoever runs it (PLOVER retreat, CAMEO 086: access granted), named or not; the way is
    the object of the act. A hospital or a shop that opens is no act."""
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    if _misparsed_clause(verb):
        subjects.append(verb.head)  # `The Tamberg border reopened on Monday.` read as a noun
    return [
        s
        for s in subjects
        if (cue := VERB_OBJECT.get((lemma, _noun_lemma(s)))) is not None and cue.mode == "access"
    ]


def _opened_itself(cand: _Candidate) -> bool:
    """A way told as opening (`_opened_ways`): an event where no one is named, as an act
    told as taking place is (`_occurring`)."""
    return (
        cand.noun is not None
        and _lemma(cand.verb) in _ERGATIVE
        and cand.noun in _opened_ways(cand.verb, _lemma(cand.verb))
    )


def _ceases_work(verb: Token) -> bool:
    """A labour strike told as ceasing work (`plover.STRIKE_VERBS`, `STRIKE_WORK`): work as the
    object of stopping (`stopped work`, `downed tools`, `laid down their tools`) or what is
    walked off or out of (`walked off the job`, `walked out of work`), by someone."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() in _INANIMATE:
        return False
    subj = _counted(subj)  # `Hundreds of dockers walked out`: the dockers
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma in ("lay", "put") and "down" not in particles:
        return False
    leaving = lemma in ("walk", "leave")
    if (
        lemma == "walk"
        and "out" in particles
        and not any(
            c.lower_ == "of"
            or c.lower_ == "on"
            and not any(p.ent_type_ in _DATE_LABELS for p in c.children)
            for c in verb.children
        )
        and subj.lemma_.lower() not in _STATE_BODIES
        and subj.ent_type_ not in ("GPE", "NORP")
        and _walkout(verb, subj)
    ):
        # `dockworkers walked out on Wednesday in a dispute over pay`: walking out of nothing
        # named is a walkout (a strike); `walked out of the talks` leaves them (CAMEO 164) and
        # `walked out on the deal` abandons it
        return True
    for c in verb.children:
        if c.dep_ == "dobj" and not leaving and c.lemma_.lower() in STRIKE_WORK:
            return True
        if c.dep_ == "prep" and c.lower_ in ("off", "out", "of") and leaving:
            objs = [p for p in c.children if p.dep_ == "pobj"]
            objs += [p for x in c.children if x.dep_ == "prep" for p in x.children]
            if any(o.lemma_.lower() in STRIKE_WORK for o in objs):
                return True
    return False


def _left_talks(verb: Token) -> Cue | None:
    """Walking out of talks (`walked out of the talks`, `out of the negotiations`): leaving them
    (CAMEO 164, as `quit the talks`), or None."""
    for c in (verb, *verb.children):
        for x in c.children:
            if x.dep_ == "prep" and x.lower_ == "of":
                for p in x.children:
                    cue = VERB_OBJECT.get(("quit", p.lemma_.lower())) if p.dep_ == "pobj" else None
                    if cue is not None:
                        return cue
    return None


def _walkout(verb: Token, subj: Token) -> bool:
    """Whether `walked out` is a walkout (a strike): by workers (`nurses walked out`, a noun the
    article ties to a union) or told as a dispute (`in protest`, `in a dispute`, `over pay`),
    and not going somewhere (`walked out into the garden`, `walked out to loud applause`)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(c.lower_ in _DIRECTIONS for c in preps):
        return False
    for c in preps:
        objs = {p.lemma_.lower() for p in c.children if p.dep_ == "pobj"}
        if c.lower_ == "in" and objs & _DISPUTES or c.lower_ == "over" and objs & _GRIEVANCES:
            return True
    return _labour(subj)


def _labour(subj: Token) -> bool:
    """A subject of working people (`workers`, `dockworkers`, `staff`, `nurses`), a union, or
    people the article ties to a union (`members of the union`, `the cleaners' union`)."""
    lemma = subj.lemma_.lower()
    if lemma in _WORKERS or lemma.endswith("worker") or lemma in _UNIONS:
        return True
    if any(t.lemma_.lower() in _UNIONS for t in subj.subtree):
        return True  # `union members`, `members of the Karsk Transport Union`
    for tok in subj.doc:  # `the union representing the cleaners`, `the cleaners' union`
        if tok.lemma_.lower() == lemma:
            near = [tok.head, tok.head.head, *tok.children]
            if any(n.lemma_.lower() in _UNIONS for n in near):
                return True
    return False


def _question(verb: Token) -> bool:
    """Whether a verb's content is an interrogative clause (`asked whether X would`, `asked
    what the plans were`): a question put, not an appeal for an act."""
    for c in verb.children:
        if c.dep_ not in ("ccomp", "xcomp", "advcl") or c.i < verb.i:
            continue
        if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children):
            return True
        if c.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return True
    return False


def _participle_passive(verb: Token) -> bool:
    """A past participle opening an adverbial clause with no subject or auxiliary of its own
    (`Asked about the talks, the minister said`, `Accused of fraud, X resigned`): passive, so
    the main clause's subject is what it was done to, not who did it."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _result_participle(verb: Token) -> bool:
    """A present participle after its clause's verb with no subject of its own (`tore
    through a market, killing two workers`): what that act did, at its time."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.i < verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children
        )
    )


def _shares_subject(verb: Token) -> bool:
    """Whether a coordinated verb with no subject of its own shares its first conjunct's: the
    coordination comes right before it (`met in Halden and agreed`, `met X, then signed`), not
    a noun phrase the parser hung elsewhere (`agreed to create a commission, the first step
    since a clash near the village last month killed two soldiers`: the clash's killing, not the
    ministers')."""
    i = verb.left_edge.i - 1
    if i < verb.sent.start:
        return True
    prev = verb.doc[i]
    return prev.pos_ in ("CCONJ", "PUNCT", "SPACE") or prev.dep_ == "cc"


def _refusal(cand: _Candidate) -> bool:
    """A cooperative act its actor says they will not do (`will not withdraw`, `won't attend
    the talks`): CAMEO codes it a refusal, where a past one (`did not meet`), an inability
    (`cannot defend`) or a question (`why won't he ...?`) tells no event."""
    if cand.cue.type not in _COOPERATIVE or cand.verb.sent.text.rstrip().endswith("?"):
        return False
    verb = cand.verb
    kids = list(verb.children)
    if not any(c.dep_ == "neg" for c in kids) and not _negative_object(verb):
        return False  # `will sign nothing` refuses as `will not sign` does
    if not any(c.dep_ == "aux" and c.lower_ in _REFUSING_AUX for c in kids):
        return False
    return not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids)  # `not rule out`


def _stative(verb: Token) -> bool:
    """`were engaged in fighting`, `is involved in attacks`: a passive form that says what its
    subject does."""
    return (
        verb.lemma_.lower() in ("engage", "involve")
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _by_its_own(verb: Token) -> bool:
    """Whether a passive's agent is its subject's own people (`The paper is funded by its
    readers`, `the party is financed by their members`): a body paid for from inside, no one
    else's act on it."""
    return any(
        c.dep_ == "agent"
        and any(
            m.lower_ in _POSSESSIVE_GROUP
            for p in c.children
            for m in p.children
            if m.dep_ == "poss"
        )
        for c in verb.children
    ) and any(c.dep_ == "nsubjpass" for c in verb.children)


def _plural_subject(verb: Token) -> bool:
    """`Ministers will discuss ...`, `X and Y talked`: more than one party, so a meeting."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts))


def _property_object(verb: Token) -> bool:
    """The verb is done to things, not people: `blew up three power lines`, `set fire to the
    offices`, `torched homes`."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _PROPERTY:
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() == "fire" or c.dep_ == "prep" and c.lower_ == "to":
            for p in (x for x in c.subtree if x.dep_ == "pobj"):
                if p.lemma_.lower() in _PROPERTY:
                    return True
    return False


def _done_by_unknown_self(pronoun: Token) -> bool:
    """A `him`/`her` acted on by an unquoted first person (`I have asked her to correct it`,
    an interview's answer): no one is named as that `I`, and the last person named may be
    the `I` themself (the one interviewed), so the pronoun names no one known. Inside a
    quotation its speaker is known and left out (`_last_person`)."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return False
    if _quote_opening(pronoun.doc, pronoun.idx, pronoun.sent.start_char) >= 0:
        return False
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:  # a verbless line: its root
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in _FIRST_PERSON


def _source_words(prep: Token) -> list[Token]:
    """The words of a `from` phrase naming where a sum comes from, less a recipient the
    parser hangs under the source (`from the bloc's emergency fund for Velundi`)."""
    out: list[Token] = []
    todo = [prep]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if not (c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS)]
    return out


def _act_parties(government: Token) -> set[int]:
    """The tokens of the other parties of the government's act: its verb's direct parties
    (`Russia accused the government`) and all under the verb's objects and prepositions
    (`imposed sanctions on Iran`, `expelled two diplomats from Russia`, `send troops to
    Mali`), which are whom the act is done to, never whose government acts."""
    verb = government.head
    out: set[int] = set()
    for child in verb.children:
        if child.i == government.i:
            continue
        if child.dep_ in _PARTIES:
            out.add(child.i)
        if child.dep_ in _ACT_BRANCHES:
            out.update(t.i for t in child.subtree)
    return out


def _frame_subject(pronoun: Token) -> Token | None:
    """`Syria says it will ...`, `the rebels said they ...`: the subject of a clause above the
    pronoun's own, before it, that is no pronoun itself. `I`/`we` are only ever the speaker of
    the speech verb framing their quotation from outside it (`_quoted_speaker`): a name inside
    the quote (`"Ana Ruiz knows I will never sign"`) or before an unquoted `I` is someone else."""
    if pronoun.lower_ in _FIRST_PERSON:
        return _quoted_speaker(pronoun)
    tok = pronoun.head
    opening = _quote_opening(pronoun.doc, pronoun.idx, pronoun.sent.start_char)
    found = False  # inside a finding (`found that it had ...`), told before its court
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        below, tok = tok, tok.head
        found = found or below.dep_ == "ccomp" and _lemma(tok) in _FINDING
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        if _judging_finder(tok, subj) and (found or below.dep_ != "conj" or not _court_act(below)):
            # a court's own act coordinated with `found` is the court's (`found that X had
            # ..., and it ordered ...`); else the party found against (`and it was fined`)
            return _judged_party(pronoun)
        if opening < subj.idx and subj.right_edge.i < pronoun.i:  # before it, not holding it
            return subj
    return None


def _judging_finder(verb: Token, subj: Token) -> bool:
    """Whether the verb is a court's finding (`the court found that ...`): the party a
    pronoun under it stands for is the one judged, never the court."""
    return _lemma(verb) in _FINDING and _noun_lemma(subj) in _JUDGING


def _court_act(verb: Token) -> bool:
    """Whether a verb coordinated with a court's finding is the court's own act: one of
    `_COURT_ACTS`, active and owed by no one (`and it ordered ...`). Being fined, paying,
    agreeing or what one must now do (`and it was fined`, `and it must now pay`) falls to the
    party found against."""
    return (
        _lemma(verb) in _COURT_ACTS
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children)
    )


def _judged_party(pronoun: Token) -> Token | None:
    """The party a finding's pronoun stands for (`did not find that Velmar had breached the
    ceasefire, but found that it had shelled the village`): the named subject of an earlier
    finding's clause in the sentence, else no one known."""
    for tok in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.pos_ != "PRON"
            and tok.head.dep_ == "ccomp"
            and _lemma(tok.head.head) in _FINDING
        ):
            return tok
    return None


def _quoted_speaker(pronoun: Token) -> Token | None:
    """Who a quoted `I`/`we` is: the named subject of a verb of saying above the pronoun's
    clause, standing outside the quotation (`"I will sign it," President Ana Ruiz said`, or
    `he said`, read as `he` is), when
    the clause commits to an act (`_pledged`); what a quoted `I` saw or felt (`"I heard the
    walls crack"`) stays words. An unquoted `I` is the writer's or nobody's known."""
    doc = pronoun.doc
    opening = _quote_opening(doc, pronoun.idx, pronoun.sent.start_char)
    clause = pronoun.head
    if opening < 0 or not _pledged(clause):
        return None
    closing = next(
        (t.i for t in doc[pronoun.i + 1 : pronoun.sent.end] if t.is_quote and t.idx > opening),
        pronoun.sent.end,
    )
    tok = clause
    for _ in range(4):
        if tok.head.i == tok.i:
            break  # the root: no frame above; a whole quoted sentence's is before it
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or tok.lemma_.lower() not in SAY_VERBS:
            continue
        if subj.pos_ == "PRON" and subj.lower_ not in _PRONOUNS_PERSON:
            continue  # `he said` names whom `he` names; `I said` no one new
        if subj.i > closing or subj.idx < opening:
            return subj
    if opening == pronoun.sent.start_char and closing >= pronoun.sent.end - 2:
        return _previous_frame(pronoun.sent)  # a whole quoted sentence, its frame before it
    return None


def _previous_frame(sent: Span) -> Token | None:
    """Who goes on speaking in a quoted sentence of its own: the subject, outside the quote,
    of the verb of saying framing the quotation that ends the sentence before (`"We are not
    at war," he said. "I will lift it on Monday."`)."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    if not any(t.is_quote for t in before):
        return None
    for tok in before:
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if (
            subj is not None
            and tok.lemma_.lower() in SAY_VERBS
            and _quote_opening(sent.doc, subj.idx, before.start_char) < 0
            and (subj.pos_ != "PRON" or subj.lower_ in _PRONOUNS_PERSON)
        ):
            return subj
    return None


def _pledged(verb: Token) -> bool:
    """A clause told as the speaker's own commitment: `will`/`shall`/`would`/`'ll` or
    `going to` before the verb, unless it is counterfactual (`_counterfactual`)."""
    if _counterfactual(verb):
        return False
    if any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "would", "'ll", "wo")
        for c in verb.children
    ):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going"


def _counterfactual(verb: Token) -> bool:
    """A `would` clause told of what did not or does not happen: `would have` with a
    participle (`I would have signed it`), or under an `if` clause of `were` or `had`
    (`If I were president, I would impose sanctions`, `if they had asked`)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a in ("would", "'d") for a in auxes):
        return False
    if "have" in auxes and verb.tag_ == "VBN":
        return True
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        and (
            c.lower_ in ("were", "had")
            or any(a.dep_ == "aux" and a.lower_ == "had" for a in c.children)
        )
        for c in verb.children
    )


def _told_aside(verb: Token) -> bool:
    """A clause telling an act of a subject of its own beside the clause it hangs on: a
    relative clause about its noun (`the tanker that the navy seized`, `the city where 240
    people were arrested`), not the noun's own act
    (`rebels who attacked`); an `after` clause telling what came first (`protested on Monday,
    after the navy seized the tanker`)."""
    if verb.dep_ == "acl" and _agreed_thing(verb):
        return True  # `will release the crew under a deal reached on Friday`: the deal
    if verb.dep_ == "relcl":
        # `Dastria, where more than 240 people were arrested`: a passive's subject its own
        subjects: tuple[str, ...] = ("nsubj", "nsubjpass")
    elif verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in verb.children
    ):
        subjects = ("nsubj", "nsubjpass")
    else:
        return False
    subj = next((c for c in verb.children if c.dep_ in subjects), None)
    return subj is not None and subj.tag_ not in ("WDT", "WP", "WP$") and subj.pos_ != "PRON"


def _set_beside(clause: Token) -> bool:
    """Whether a clause parsed as its head's complement is one told beside it: a past-tense
    clause before the head, a comma or semicolon between (`Twelve members voted for; Norvia
    voted against`, `The Minister (Ms X): Yesterday twelve voted for, Norvia voted against`).
    It is no content of the head's act (no demand, no refusal of it), and its subject no
    target; a fronted complement says what is asked (`The troops must leave, X demanded`)."""
    head = clause.head
    if clause.i >= head.i or clause.tag_ != "VBD":
        return False
    end = max(t.i for t in clause.subtree)
    return end < head.i and any(t.text in (",", ";") for t in clause.doc[end : head.i])


def _upper_clause(verb: Token, by_verb: dict[int, _Candidate]) -> _Candidate | None:
    """The candidate whose clause this verb's clause completes (`agreed to [set up]`,
    `demanded that [Hamas renounce]`), through up to three xcomp/ccomp links."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i or _set_beside(tok):
            return None
        tok = tok.head
        if tok.i in by_verb:
            return by_verb[tok.i]
    return None


def _ruling_words(noun: Token) -> list[frozenset[str]]:
    """The words that tell a court's ruling (`a verdict of not guilty`, `a verdict that
    cleared the firm`), each as its lower-case form and lemma, for `plover.ruling_cue`; not a
    relative clause with a subject of its own, which tells of something else (`a verdict the
    families of the innocent victims welcomed`)."""
    other = {
        t.i
        for c in noun.children
        if c.dep_ == "relcl"
        and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.tag_ not in ("WDT", "WP") for s in c.children
        )
        for t in c.subtree
    }
    return [frozenset((t.lower_, t.lemma_.lower())) for t in noun.subtree if t.i not in other]


def _windows(verb: Token) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """The words a CAMEO pattern may name around the verb, as a tree-based coder sees them:
    its subject, particles, objects and prepositional phrases, three levels deep, leaving out
    clauses of their own (`that ...`, `and ...`); each word as its lower-case form and lemma."""
    toks: list[Token] = []
    level = [verb]
    for _ in range(3):
        nxt = [
            c
            for t in level
            for c in t.children
            if c.dep_ in _PATTERN_DEPS
            and not (t.i == verb.i and c.dep_ == "conj")
            or _object_complement(t, c, verb)
        ]
        toks += nxt
        level = nxt
    pre: list[frozenset[str]] = []
    post: list[frozenset[str]] = []
    for t in sorted(toks, key=lambda t: t.i):
        forms = frozenset((t.lower_, t.lemma_.lower()))
        (pre if t.i < verb.i else post).append(forms)
    return pre, post


def _object_complement(obj: Token, appos: Token, verb: Token) -> bool:
    """An apposition to the verb's object with no comma between them: the object's complement
    the parser read as one (`declared Ruiz the winner`), not a true one (`met Ruiz, the
    minister`); or object and complement read as a clause with no verb."""
    if appos.dep_ == "ccomp" and obj.i == verb.i and appos.pos_ == "NOUN":
        return True  # the same read as a verbless clause: `declared [Ruiz the winner]`
    if appos.dep_ != "appos" or obj.dep_ != "dobj" or obj.head.i != verb.i:
        return False
    doc = obj.doc
    return appos.i > obj.i and not any(doc[k].is_punct for k in range(obj.i + 1, appos.left_edge.i))


def _governing_verb(tok: Token) -> Token | None:
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _past_beside(ent: Span, verb: Token) -> bool:
    """A date of a past verb the parser hangs under this future one (`will not concede and
    filed an appeal on Tuesday`, `_past_beside_future`): the filing's day, not the refusal's."""
    tok = ent.root
    for _ in range(4):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        if tok.head.i == verb.i and _past_beside_future(tok):
            return True
        tok = tok.head
    return False


def _frame_date(ent: Span, verb: Token) -> bool:
    """A date between a verb of saying and the subject of the clause it frames (`The court
    said on Wednesday it would hear the appeal on Friday`): the saying's day, whatever head
    the parser gives it, not the act's. An act told as done by then (`said on Tuesday it had
    rejected the bid`) is dated by that day, as `..., the company said on Tuesday` is."""
    frame = verb.head
    if verb.dep_ != "ccomp" or frame.i >= ent.start or _told_done(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and ent.end <= subj.left_edge.i


def _names_a_thing(ent: Span) -> bool:
    """A date that is part of a noun's name, not a time of the clause (`the winner of Sunday's
    run-off`, `the 1986 fisheries arrangement`, `the 2019 accord`): that thing's date."""
    root = ent.root
    head = root.head
    if head.ent_type_ in _DATE_LABELS or head.lemma_.lower() in _TIME_NOUNS:
        return False  # `tomorrow morning`, `Friday night`: still a time
    if _occasion(head):
        return False  # `at Sunday's rally`, `during the 2014 offensive`: when the act was
    return root.dep_ == "poss" or (
        root.dep_ in ("nummod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN")
    )


#: Nouns of research the CAMEO dictionary codes as investigating (`_research`).
_RESEARCH_NOUNS = frozenset({"study"})
#: Entity types a study may investigate (`a study into the Veld Group`).
_PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


#: Prepositions that set an act at an occasion (`at the rally`, `during the offensive`).
_AT_OCCASION = frozenset({"at", "during", "amid", "throughout", "in"})
#: Security operations an arrest is made in (`in last week's sweep of the camp`): occasions
#: that date the act, though no event on their own (`a clean sweep` of an election's seats).
_OPERATIONS = frozenset({"sweep", "roundup", "round-up", "swoop", "operation"})


#: Legal verbs whose act is made in a raid or sweep (`detained 40 people in Sunday's raid`);
#: charging, trying or convicting someone `in` it comes later.
_SEIZING = frozenset({"arrest", "detain", "apprehend", "capture", "nab", "seize", "round"})


def _occasion(noun: Token) -> bool:
    """An event noun the clause's act is set at (`arrested 20 people at Sunday's rally`,
    `shelled the village during the 2014 offensive`): the occasion's date is the act's. A
    legal act `in` a deed is in connection with it (`arrested a man in the 2019 bombing`,
    `charged two men in Monday's attack`): the deed's date is not the arrest's. A raid or a
    crackdown is the arrest's own occasion (`detained 40 people in Sunday's crackdown`), and
    so is a sweep (`_OPERATIONS`)."""
    prep = noun.head
    if prep.lower_ == "in":
        cue = VERBS.get(_lemma(prep.head))
        if (
            cue is not None
            and cue.context == "legal"
            and (
                _EVENT_NOUN_TYPES.get(_noun_lemma(noun)) == "assault"
                or _lemma(prep.head) not in _SEIZING
            )
        ):
            return False  # `convicted two men in the 2019 raid`: a court acts later
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in _AT_OCCASION
        and prep.head.pos_ in ("VERB", "AUX")
        and (_noun_lemma(noun) in _EVENT_NOUN_TYPES or _noun_lemma(noun) in _OPERATIONS)
    )


def _told_done(verb: Token) -> bool:
    """A clause telling its act as done: simple past or perfect (`rejected`, `had rejected`,
    `has rejected`), no modal (`would hear`)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in _FUTURE_AUX for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes)


#: what ends a line's label (`1976: Founds the party`, `1976 – Founds the party`)
_LABEL_ENDS = frozenset({":", "-", "\u2013", "\u2014"})
#: the dashes among them: a spaced one ends a name (`2014 - 12 soldiers`)
_LABEL_DASHES = _LABEL_ENDS - {":"}
#: marks that may open a list's line before its label (`- 1976:`, `• 1976:`)
_LIST_MARKS = " \t\u00a0-*\u2013\u2014\u2022\u25cf\u25aa\u25e6\u2023\u00b7"


#: a year that opens a line, after a list mark if any, as its label (`1983 - Jailed ...`)
#: (not a range of counts: `2000 - 3000 people marched`)
_YEAR_LABEL = re.compile(r"^[ \t\u00a0*\u2022-]*((?:1[5-9]|20)\d\d)\s*([:\u2013\u2014-])\s", re.M)


def _year_labels(doc: Doc) -> list[Span]:
    """Years labelling their line that NER tagged as no date (`1983 - Jailed`: no entity)."""
    out = []
    for m in _YEAR_LABEL.finditer(doc.text):
        if m.group(2) != ":" and _dash_range(m.group(1), doc.text[m.end() : m.end() + 20]):
            continue  # `2000 - 3000 people marched`: a range of counts
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None and not any(t.ent_type_ in _DATE_LABELS for t in span):
            out.append(span)
    return out


def _label_part(ent: Span) -> Span:
    """A date entity that opens a line and runs on past a dash into the entry (`September 2025
    - Merrin`, `2014 - 12`, NER's reading of `September 2025 - Merrin cuts ...`): the date before
    the dash, the line's label; a range of counts (`2000 - 3000`) stays whole."""
    dash = next((t for t in ent[1:] if t.text in _LABEL_DASHES), None)
    if dash is None or not any(t.like_num or t.lower_ in MONTHS for t in ent[: dash.i - ent.start]):
        return ent
    label = Span(ent.doc, ent.start, dash.i, label=ent.label_)
    return label if _line_label(label) else ent


def _day_label(ent: Span, whole: Span | None) -> Span | None:
    """The whole written day (`whole`, `_written_day`) opening a line as its label when the
    parser cut the day number into a sentence of its own (`12` + `June 2021:` after a blank
    line), else None."""
    return whole if whole is not None and len(whole) > len(ent) and _line_label(whole) else None


#: The mark that opens an item of a bulleted or numbered list.
_BULLET = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*\u2022\u2013])\s")
#: A numbered or bulleted list item, its name up to the first separator (` - `, `,`, `;`,
#: `(`): `1. Kolvar Timber Ltd - Ostavia - exporter`, `- Petra Lund, director`.
_LIST_ITEM = re.compile(
    r"^\s*(?:\d{1,3}[.)]|[-*\u2022\u2013])\s+(?P<name>[^\s,;(][^,;(\n]*?)"
    r"(?:\s+[-\u2013\u2014]\s|[,;(]|$)"
)
#: Acts done to the people a list names (`designated the following: 1. X`); demands or
#: agreements list their terms, not their parties.
_LISTING_TYPES = frozenset({"sanction", "coerce"})
#: How many lines after a sentence that announces `the following` its list may take.
_LIST_LINES = 60


#: Tags of finite verbs, which make a list item a clause, no name (`_told_clause`).
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})


def _names_inline(sent: Span) -> bool:
    """Whether a sentence gives its list itself after a colon (`designated the following on
    Monday: X and Y.`): no list after it is that one."""
    colon = next((t for t in sent if t.text == ":"), None)
    return colon is not None and any(t.is_alpha for t in sent[colon.i + 1 - sent.start :])


def _the_following(noun: Token) -> bool:
    """Whether a noun phrase stands for a list that comes next (`the following entities and
    individuals`, `the following`)."""
    return noun.lower_ == "following" or any(c.lower_ == "following" for c in noun.children)


def _prep_object(verb: Token, prep: str) -> Token | None:
    """The object of the verb's own preposition (`linked ... to the Y group`: `group`)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _act_noun(tok: Token) -> bool:
    """Whether a noun names an act (`attack`, `the killings`, `the protests`)."""
    return tok.pos_ == "NOUN" and _noun_lemma(tok) in _EVENT_NOUN_TYPES


def _linked_to_act(verb: Token) -> Token | None:
    """Whom a verb of linking blames: linking an act to someone (`an attack X linked to the
    Y group`, `linked the killings to the militia`) accuses them (CAMEO 112); linking someone
    to an act (`linked the suspect to the bombing`) accuses the one linked. Linking a group or
    a person to another (`a group they link to X's intelligence service`) tells who they are,
    no act: None."""
    to = _prep_object(verb, "to")
    linked = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if linked is None and verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        linked = verb.head  # `an attack X also linked to Y`
    if linked is None:
        # the same, parsed with the act as the subject (`..., an attack X also linked to Y`)
        linked = next((c for c in verb.children if c.dep_ == "nsubj" and _act_noun(c)), None)
    if to is None or linked is None:
        return None
    if _blameworthy_act(linked) and _linkable_actor(to):
        return to
    if _blameworthy_act(to) and _linkable_actor(linked):
        return linked
    return None


def _cuts_deliveries(verb: Token) -> bool:
    """Whether the verb's object is goods sent (`cut deliveries`, `halted supplies`), which a
    firm stops as often as a state: a sanction only between states (`_state_party`). Relief
    (`food supplies`, `aid deliveries`) is aid cut by whoever sends it."""
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and _noun_lemma(c) in DELIVERIES
        and not any(_noun_lemma(m) in _RELIEF_WORDS for m in c.children)
        for c in verb.children
    )


def _state_party(verb: Token) -> bool:
    """Whether the verb's subject or the one it is done to (`to Ostavia`) is a state or its
    government (`Merrin`, `the government`, a pronoun or a name of no known kind that may
    stand for one), not a firm or a shop (`the supplier`, `the bakery`)."""
    parties = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    parties += [p for p in (_prep_object(verb, "to"), _prep_object(verb, "by")) if p is not None]
    parties += [p for a in parties if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return any(
        p.pos_ == "PRON"
        or p.ent_type_ in ("GPE", "NORP")
        or p.pos_ == "PROPN"
        and not p.ent_type_  # a name the parser cannot place: may be one
        or _noun_lemma(p) in _STATE_BODIES
        or _noun_lemma(p) in _STATE_NOUNS
        for p in parties
    )


def _designated_for_sanctions(verb: Token) -> bool:
    """Whether a verb of designating puts someone under sanctions: a sanctions word in its own
    clause (`designated X under the Sanctions Act`, `for sanctions`), not one in another clause
    of the sentence (`designated X as his successor after the sanctions were lifted`)."""
    return any(
        (t.lower_ in DESIGNATION_WORDS or t.lemma_.lower() in DESIGNATION_WORDS)
        and _in_own_clause(t, verb)
        for t in verb.subtree
    )


def _in_own_clause(tok: Token, verb: Token) -> bool:
    """Whether a token below the verb hangs on it with no other verb between (`under the
    sanctions programme`, not `after the sanctions were lifted` nor `citing the sanctions`)."""
    while tok.i != verb.i:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return True


def _blameworthy_act(tok: Token) -> bool:
    """Whether a noun names an act one is blamed for (`the attack`, `the bombing`), not a
    deal or a gift (`tied its aid to ...`, `tied the loan to ...`): linking those sets terms."""
    return _act_noun(tok) and _EVENT_NOUN_TYPES[_noun_lemma(tok)] in _BLAMEWORTHY


def _linkable_actor(tok: Token) -> bool:
    """Whether a noun names someone an act can be linked to: a person, group or state, by
    name or by a noun for them (`the militia`, `the suspect`), never a condition or a thing
    (`spending cuts`, `a wider pattern of unrest`)."""
    if tok.pos_ == "PRON" or tok.ent_type_ in _PARTNER_LABELS or _people_word(tok):
        return True
    lemma = _noun_lemma(tok)
    return lemma in _STATE_BODIES or lemma in _PARTY_NOUNS or bool(agent_sectors(tok.text))


def _swallowed_name(tok: Token) -> bool:
    """Whether the token is a name inside a line label NER read on into its entry (`September
    2025 - Merrin cuts ...` tagged one DATE): the name after the dash, no date."""
    if tok.ent_type_ not in _DATE_LABELS or tok.pos_ != "PROPN" or tok.ent_iob_ == "B":
        return False
    ent = next((e for e in tok.doc.ents if e.start < tok.i < e.end), None)
    return ent is not None and _label_part(ent).end <= tok.i


def _dash_range(first: str, rest: str) -> bool:
    """Whether a dash between a number and the number opening `rest` makes a range (`2000 -
    3000 people`): the second is at least the first. `2014 - 12 soldiers seized ...` is a
    year labelling its line, then a count."""
    m = re.match(r"\s*(\d[\d,]*)", rest)
    return m is not None and int(m.group(1).replace(",", "")) >= int(first)


def _line_label(ent: Span) -> bool:
    """A date opening a line, after a list mark if any, and followed by a colon or a dash
    (`1976: Founds the party`, `- 1976: ...`, `1976 – Founds ...`): the label of that line's
    entry in a timeline or list, which the parser may join to the lines around."""
    doc = ent.doc
    opens = not doc.text[_line_start(doc.text, ent.start_char) : ent.start_char].strip(_LIST_MARKS)
    if not opens or ent.end >= len(doc) or doc[ent.end].text not in _LABEL_ENDS:
        return False
    # a dash before a greater number is a range (`2000 - 3000 people`), no label
    numbers = re.findall(r"\d+", ent.text)
    return (
        doc[ent.end].text == ":"
        or not numbers
        or not _dash_range(numbers[-1], doc.text[doc[ent.end].idx + 1 : doc[ent.end].idx + 21])
    )


def _line_start(text: str, char: int) -> int:
    return text.rfind("\n", 0, char) + 1


def _one_line(a: Token, b: Token) -> bool:
    """Whether no line break lies between the two tokens (for a span, pass its first token)."""
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in a.doc.text[lo:hi]


def _attached(ent: Span, anchors: set[int]) -> bool:
    """A date whose head chain reaches the event word within two steps (`met on Thursday`)."""
    t = ent.root
    below = False
    for _ in range(3):
        if t.i in anchors:
            return True
        if t.head.i == t.i or below and t.pos_ in ("VERB", "AUX") and t.dep_ == "conj":
            return False  # not a clause below a coordinated one (`and said they would meet`)
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "relcl" and not _event_head(t.head):
            # `lenders, which reported record profits this year, had lobbied`: what a relative
            # clause tells of a participant is no date of the act (`_under_other_clause`)
            return False
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl" and _counted_from(t):
            # `reopened on Saturday, six weeks after a landslide destroyed the road on 9
            # October`: the landslide's date, the act told as weeks after it
            return False
        below = below or t.pos_ in ("VERB", "AUX") and t.dep_ in _OWN_CLAUSE
        t = t.head
    return t.i in anchors


def _counted_from(clause: Token) -> bool:
    """Whether an adverbial clause with a subject of its own is told as a length of time from
    the act it hangs on (`six weeks after a landslide destroyed the road`): its dates are its
    own act's. Without one (`arrested 41 people after protesters clashed on Monday night`)
    its date may stand for the act's."""
    return _own_subject(clause) and any(
        c.dep_ == "npadvmod" and c.ent_type_ in _DATE_LABELS for c in clause.children
    )


def _other_speaker_between(verb: Token, upper: Token) -> bool:
    """Whether the way up from a clause to the act above it passes a coordinated verb of saying
    with a subject of its own (`Corland pledged $10 million, and Oskara said it would send
    ...`): what that other speaker says is theirs, no part of the act above."""
    t = verb
    for _ in range(10):
        if t.i == upper.i or t.head.i == t.i:
            return False
        if (
            t.dep_ == "conj"
            and t.head.i == upper.i
            and _own_subject(t)
            and t.lemma_.lower() in _SPEECH
        ):
            return True
        t = t.head
    return False


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _under_other_clause(ent: Span, verb: Token) -> bool:
    """A date in a clause that is neither the event verb's own (or one below it: `accused X of
    violating Y on Tuesday`, not one coordinated with it) nor its speech frame (`..., officials
    said on Monday`)."""
    t = ent.root
    other = False
    # `called X Y and said they would meet next week`: a clause below a coordinated one
    coordinated = below = False
    for _ in range(10):
        if t.i == verb.i:
            return coordinated
        if t.pos_ in ("VERB", "AUX") and _told_aside(t):
            coordinated = True  # nor a relative clause's own act (`the tanker the navy seized`)
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "relcl" and not _event_head(t.head):
            # nor what a relative clause tells of a participant (`Veil, who founded the party
            # in 1976, came to the house`); a clause on the event noun may (`talks that began
            # on Monday`)
            coordinated = True
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "conj" and (below or _own_subject(t)):
            # nor a coordinated clause with a subject of its own (`has asked for cranes, and
            # a team is expected to arrive on Wednesday`)
            coordinated = True
        below = below or t.pos_ in ("VERB", "AUX") and t.dep_ in _OWN_CLAUSE
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _SPEECH:
            other = True
        if t.head.i == t.i:  # the root (spaCy makes a new Token object on each access)
            return other or not _said_content(verb, t)
        t = t.head
    return True


def _said_content(verb: Token, root: Token) -> bool:
    """Whether the verb's clause is what the saying at the root tells, reached through content
    clauses of verbs of saying only (`X rejected the bid, the company said`, `said it had
    rejected the bid and ended talks`), not through a clause of another act (`said it was
    considering its options after the board rejected the bid`)."""
    t = verb
    for _ in range(10):
        if t.i == root.i:
            return True
        head = t.head
        if t.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            t = head
            continue
        if t.dep_ not in ("ccomp", "parataxis") or head.lemma_.lower() not in _SPEECH:
            return False
        t = head
    return False


def _event_head(noun: Token) -> bool:
    """Whether a noun names an event of the lexicon (`talks`, `strike`)."""
    return _noun_lemma(noun) in _EVENT_NOUN_TYPES


_CLOSERS = frozenset("\u201d\u2019)]}")
_STRAIGHT_QUOTES = frozenset('"')


_NOBODY = frozenset(("nobody", "noone", "no-one", "none", "neither", "nothing"))
_NOT_ALL = frozenset(
    ("everyone", "everybody", "all", "every", "each", "many", "much", "both", "any", "anyone")
)


def _span_start(ent: Span, verb: Token) -> bool:
    """The date is another clause's that opens a span the event falls in, not the event's own
    day: `have detained 112 people since the riots began on Monday` (a `since` clause on the
    way from the date up to the event verb). A `since` phrase on the verb itself (`fought since
    2020`) still dates it, to the span's first day."""
    t = ent.root
    for _ in range(10):
        if t.i == verb.i:
            return False
        if t.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in t.children
        ):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


#: Prepositions before a day written in figures (`from 27/11`, `on 28/11`); `by` only with a
#: pair that is no fraction (`by 27/3`), as it also opens a margin (`rejected the budget by 3/4`).
_DAY_PREPOSITIONS = frozenset("on from until till since before after starting".split())


def _figure_date(ent: Span) -> bool:
    """A day and month in figures that NER tags a number (`from 27/11`, `on 28/11`, `Friday,
    27/11`, `by 27/3`): a date after a preposition of time or a weekday, not a fraction or a
    score (`by 3/4`: both parts could be a month, so a margin too)."""
    match = NUMERIC_DAY.fullmatch(ent.text)
    if ent.label_ != "CARDINAL" or match is None or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.text == "," and ent.start > 1:
        before = ent.doc[ent.start - 2]
    if before.lower_ == "by":
        return max(int(match["a"]), int(match["b"])) > 12 and _deadline(before)
    return before.lower_ in _DAY_PREPOSITIONS or before.lower_ in WEEKDAYS


#: Verbs whose act has a deadline (`must withdraw its troops by 27/3`, `to be completed by`):
#: after another verb `by` opens a margin (`approved the plan by 14/3`).
_DEADLINE_VERBS = frozenset(
    "complete finish withdraw pay repay leave submit deliver return vacate end hand release "
    "implement comply file disarm evacuate surrender reply respond decide".split()
)


def _target_date(ent: Span, verb: Token) -> bool:
    """A date after `by` in a clause told as to come (`agreed to build a barrier, to be
    completed by March 2028`, `directed X to complete a study by June 2027`): a target ahead,
    never the day of an act done."""
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ != "by":
        return False
    t = ent.root
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ == "TO" or c.lower_ in _FUTURE_AUX)
            for c in t.children
        ):
            return True
        if t.i == verb.i or t.head.i == t.i:
            return False
        t = t.head
    return False


def _later_content(ent: Span, verb: Token) -> bool:
    """A date in a content clause below the verb told as to come by its own `will`/`would`
    (`agreed that the next summit will be held in November`): the day of what is agreed or
    announced, not of the act done that tells it."""
    t = ent.root
    for _ in range(12):
        if t.i == verb.i or t.head.i == t.i:
            return False
        if t.pos_ in ("VERB", "AUX"):
            return (
                t.dep_ == "ccomp"
                and t.head.i == verb.i
                and any(c.dep_ == "aux" and c.lower_ in _REFUSING_AUX for c in t.children)
            )
        t = t.head
    return False


def _deadline(by: Token) -> bool:
    """`by` opens a deadline: after a verb of completing, leaving or paying, or in a clause
    told as to come (`will decide by 27/3`)."""
    verb = by.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _lemma(verb) in _DEADLINE_VERBS:
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in _FUTURE_AUX)
        for c in verb.children
    )


#: Words that open the day a measure takes effect (`a curfew from Friday`, `starting Monday`,
#: `as of 1 December`, `effective Tuesday`).
_TAKING_EFFECT = frozenset({"from", "starting", "beginning", "effective", "commencing"})


#: Verbs that put a measure in force (`imposed a curfew from Friday`, `banned all protests from
#: Friday`, `suspended all flights from Friday`): the act is the order, its day is ahead.
_PUTTING_IN_FORCE = frozenset(
    {"impose", "order", "decree", "introduce", "declare", "decide"}
    | {"ban", "suspend", "close", "shut", "halt", "bar", "restrict", "prohibit", "forbid"}
)


def _measure_start(ent: Span, cand: _Candidate) -> bool:
    """The date is when an announced or imposed measure takes effect (`announced a night
    curfew from Friday`, `a ban starting Monday`, `as of 1 December`): a day ahead of the act
    of announcing it, never the act's own day (a verb told with its measure noun only:
    `protests continued from Monday` is dated by its span)."""
    if cand.noun is None or cand.noun.i == cand.verb.i or ent.start == 0:
        return False
    if _lemma(cand.verb) not in _SPEECH | _PUTTING_IN_FORCE:
        return False  # `blocked roads from Friday to Sunday`: the act's own span
    return _takes_effect(ent)


#: Modes of measures put in force on a day (`a curfew`, `a ban`, `a state of emergency`).
_MEASURE_MODES = frozenset({"curfew", "ban", "martial-law"})
#: Verbs of a measure's coming into force (`takes effect`, `begins`, `comes into force`).
_COMING_INTO_FORCE = frozenset({"take", "begin", "start", "come", "enter", "apply"})


def _measure_in_force(cand: _Candidate) -> bool:
    """A measure told as coming into force (`A night curfew will take effect from Friday`,
    `the ban begins on Monday`): decided already, so the measure itself is to come on that
    day (planned coerce), not a threat to impose it."""
    noun = cand.noun
    return (
        noun is not None
        and cand.cue.mode in _MEASURE_MODES
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.i == cand.verb.i
        and _lemma(cand.verb) in _COMING_INTO_FORCE
    )


def _takes_effect(ent: Span) -> bool:
    """The date opens with a word of taking effect (`from Friday`, `starting Monday`, `as of 1
    December`), not a span's first day (`from Friday to Sunday`)."""
    doc = ent.doc
    if any(t.lower_ in ("to", "until", "till", "through", "-", "–") for t in ent):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in ("to", "until", "till", "through", "-", "–"):
        return False
    if ent[0].lower_ in _TAKING_EFFECT or ent.start == 0:
        return ent[0].lower_ in _TAKING_EFFECT
    before = doc[ent.start - 1]
    if before.lower_ == "of" and ent.start > 1 and doc[ent.start - 2].lower_ == "as":
        return True
    return before.lower_ in _TAKING_EFFECT


def _forward_date(ent: Span, verb: Token, published: date | None = None) -> bool:
    """The date names a time ahead: `until Friday`, or the clause it is in (up to the event
    verb) is future or modal (`would table a motion on Thursday`), conditional (`if the
    session in April ends`) or a present progressive (`is holding its summit on Friday`)."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("until", "till", "til"):
        return True
    if _takes_effect(ent) and _lemma(verb) in _SPEECH | _PUTTING_IN_FORCE:
        # `a curfew from Friday`, `starting Monday`, `as of 1 December`; a finished act `from
        # Friday` (`arrested 20 people from Friday`) looks back
        return _starts_ahead(ent, verb, published)
    if ent[0].lower_ in ("until", "till"):
        return True
    t = ent.root
    for _ in range(10):
        if t.pos_ in ("VERB", "AUX"):
            kids = list(t.children)
            auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in _FUTURE_AUX or a.lower_ == "going" for a in auxes):
                return True
            if t.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes):
                return True
            if t.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "once", "when") for c in kids
            ):
                return True
        if t.i == verb.i or t.head.i == t.i:
            return False
        t = t.head
    return False


#: Days back within which a written date a measure starts from is the past one (`closed all
#: schools from March 12`, told on the 13th), not the same day a year on.
_START_REACH_DAYS = 45


def _starts_ahead(ent: Span, verb: Token, published: date | None) -> bool:
    """Whether the day a measure starts from (`from Friday`, `from March 12`) is ahead of
    the telling: a weekday or a relative day is, unless a simple past tells a day of this
    week already gone (`banned all rallies from Wednesday`, told on Thursday); a written date
    is the past one while that is recent (`closed all schools from March 12`, told on the
    13th), else the one to come (`from 27/11`, told in March)."""
    if published is None:
        return True
    back = resolve_date(ent.text, published)
    ahead = resolve_date(ent.text, published, future=True)
    if back is None or ahead is None or back == ahead:
        return back is None
    if back.precision != "day" or ahead.precision != "day":
        return True
    if any(t.lower_ in WEEKDAYS for t in ent):
        simple_past = verb.tag_ == "VBD" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children
        )
        monday = published - timedelta(days=published.weekday())
        return not (simple_past and date.fromisoformat(back.iso) >= monday)
    gone = (published - date.fromisoformat(back.iso)).days
    return gone > _START_REACH_DAYS


def _open_clause(verb: Token) -> bool:
    """A `wherever/whenever/as ... allows` clause: it tells the scope of another act."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in _PERMIT:
        return False
    return any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _OPEN_CLAUSE and c.i < verb.i
        for c in verb.children
    )


#: Words that open a free relative clause (`whoever they voted for`, `whatever it takes`).
_EVER_WORDS = frozenset(
    ("whoever", "whomever", "whatever", "whichever", "wherever", "whenever", "whoso")
)


#: Acts news tells as taking place, with no doer needed (`the protests began on Monday`).
_OCCURRING_TYPES = frozenset({"protest", "assault", "coerce"})


def _occurring(cand: _Candidate) -> bool:
    """An act told as taking place, its event noun the subject of an occurrence verb (`the
    protests began on Monday`, `as protests spread to three more cities`, `clashes broke
    out`): an event even where no participant is named."""
    noun = cand.noun
    return (
        noun is not None
        and cand.cue.type in _OCCURRING_TYPES
        and noun.i != cand.verb.i
        and noun.dep_ == "nsubj"
        and noun.head.i == cand.verb.i
        and cand.verb.lemma_.lower() in OCCUR_VERBS
    )


#: Verbs that hold a meeting told as its subject (`the summit will be held`, `talks will take
#: place`, `the congress will convene`).
_HOLDING = frozenset({"hold", "take", "convene", "meet"})


def _meeting_to_be_held(cand: _Candidate) -> bool:
    """A meeting told as to be held (`the next summit will be held in Kesh in November`, `talks
    would take place in May`, `X will host the next summit`): a planned event even where no
    participant is named, and one of its own inside an agreement or a decision that it shall
    be held."""
    noun, verb = cand.noun, cand.verb
    return (
        noun is not None
        and cand.cue.type == "consult"
        and noun.i != verb.i
        and noun.head.i == verb.i
        and (
            noun.dep_ in ("nsubj", "nsubjpass")
            and verb.lemma_.lower() in _HOLDING
            or noun.dep_ == "dobj"
            and verb.lemma_.lower() in ("hold", "host", "convene")
        )
        and (verb.lemma_.lower() != "take" or any(c.lower_ == "place" for c in verb.children))
        and _future(verb)
    )


def _court_finds_wrong(verb: Token) -> Token | None:
    """Who a court's judgment finds did a wrong (`The tribunal ruled that X had violated Y's
    rights`, `The Court finds that X breached the treaty`): a finding of liability at a court
    of law (PLOVER accuse, CAMEO 116) against the clause's subject; None for anything else."""
    teller = verb.head if verb.dep_ == "conj" else verb  # `drew a line and ruled that`
    if not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _JUDGING
        for c in (*verb.children, *teller.children)
    ):
        return None  # `Prosecutors concluded that X breached`: a charge's side, no judgment
    if _denied(verb):
        return None  # `the court did not find that X breached`
    for clause in (*verb.children, *_after_tally(verb)):
        if clause.dep_ in ("ccomp", "relcl") and _lemma(clause) in _WRONGS and not _denied(clause):
            # `ruled that the ministry had not violated the law` clears it
            wrongdoer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if wrongdoer is not None and _noun_lemma(wrongdoer) in _ABSTRACT | _PROPOSALS:
                return None  # `found that the 2019 law violated the constitution`: no party
            return wrongdoer
    return None


def _after_tally(verb: Token) -> list[Token]:
    """The `that` clause of a ruling told with its vote (`ruled by four votes to one that X had
    breached ...`), which the parser may hang on the tally's number as a relative clause."""
    return [
        clause
        for prep in verb.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "to")
        for pobj in prep.children
        if pobj.dep_ == "pobj" and (pobj.like_num or pobj.lemma_.lower() == "vote")
        for clause in pobj.children
        if clause.dep_ == "relcl"
        and any(c.lower_ == "that" and c.i < clause.i for c in clause.children)
    ]


def _denied_finding(verb: Token) -> bool:
    """The clause a finding denies (`did not find that X had breached the ceasefire`): the
    finding says the act was not shown, so it tells no act."""
    head = verb.head
    return verb.dep_ == "ccomp" and _lemma(head) in _FINDING and _denied(head)


def _denied(verb: Token) -> bool:
    """Whether a verb is negated (`had not violated`, `never breached`)."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _measure_idiom(cand: _Candidate) -> bool:
    """Business and reporting idioms whose verb also names a political act: `declined to
    comment` (no rejection), `contributes 14 per cent of revenue` (a share, no aid), `beating
    forecasts` (a figure outdoing a benchmark, no assault), `expects revenue growth` (a
    forecast of a measure, no agreement), `than the headline suggests` (a comparison)."""
    verb = cand.verb
    if cand.noun is not None and cand.noun.i != verb.i:
        return False
    lemma = _lemma(verb)
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if cand.cue.type == "reject" and any(
        c.dep_ == "xcomp" and _speak_formula(c) for c in verb.children
    ):
        return True
    if lemma in _OUTDO and objs and all(_noun_lemma(o) in _BENCHMARKS for o in objs):
        return True
    if cand.cue.type == "aid" and objs and all(o.lower_ in _SHARES for o in objs):
        return True
    return lemma in _BELIEF and bool(objs) and all(_noun_lemma(o) not in NOUNS for o in objs)


def _speak_formula(verb: Token) -> bool:
    """The end of a reporter's refusal formula (`declined to comment`, `refused to answer
    questions`), not a refusal of talks or demands (`refused to discuss the programme`)."""
    lemma = _lemma(verb)
    if lemma in _SPEAK_FORMULAS:
        return True
    if lemma not in _ANSWER_FORMULAS:
        return False
    told = [c for c in verb.children if c.dep_ in ("dobj", "prep")]
    on_object = [p for c in told if c.dep_ == "dobj" for p in c.children]
    if any(_with_press(c) for c in (*told, *on_object)):
        return True  # `declined to discuss the case with journalists` (the parser may hang
        # `with` on `case`): no talks refused
    return all(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _QUERIES
        or c.dep_ == "prep"
        and all(
            p.lemma_.lower() in _QUERIES or p.ent_type_ in _DATE_LABELS
            for p in c.children
            if p.dep_ == "pobj"
        )
        for c in told
    )


#: Who asks a reporter's questions (`declined to discuss the case with journalists`).
_PRESS = frozenset({"reporters", "journalists", "media", "press"})


def _with_press(prep: Token) -> bool:
    """`with reporters`, `with the press`: the refusal answers the press."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(p.dep_ == "pobj" and p.lower_ in _PRESS for p in prep.children)
    )


def _no_act(cand: _Candidate) -> bool:
    """Verbs whose frame tells no act: a belief with its content (`economists had expected
    the rate to stay`, `I expect the truth to come out`), a memory or finding with its content
    (`The court recalls that`); `help` with no one helped, only a
    deed joined, told of a thing in a relative clause (`the party which X helped to found`:
    X took part in founding it); a hostile
    verb done to a bond rather than a party (`betrayed the trust of every citizen`); a line of
    a reporter's question in a transcript; `Thank you`, a courtesy; taking over as chair, a
    succession."""
    if _denied_finding(cand.verb):
        return True  # `The tribunal did not find that X had breached the ceasefire`
    if _question_line(cand.verb):
        return True  # `Q (Ana Lint, Selm Post): The bridge was promised in 2019. Why ...`
    if cand.noun is not None and cand.noun.i != cand.verb.i:
        return False
    verb = cand.verb
    lemma = verb.lemma_.lower()
    deps = {c.dep_ for c in verb.children}
    if lemma in _BELIEF and deps & {"xcomp", "ccomp"}:
        return True
    if lemma in _REMEMBER_DECIDE and "ccomp" in deps and not deps & {"dobj", "dative"}:
        return True  # `The court recalls that ...`, `Decides that the boundary follows ...`
    if _takes_office(verb):
        return True  # `takes over as chair of the Community for 2027`: a succession
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PERMISSION and verb.head.pos_ == "ADJ":
        return True  # `Critics are free to visit the warehouses`: leave given, nothing done
    if _fight_against_thing(verb):
        return True  # `"we will beat it with water pipes"`, `vowed to defeat the epidemic`
    if lemma == "thank" and any(c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children):
        return True  # `Thank you, Mr President.`: a courtesy, no act of support
    if (
        lemma == "help"
        and verb.dep_ == "relcl"
        and "xcomp" in deps
        and not deps & {"dobj", "dative"}
    ):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if (
        objs
        and all(o.lemma_.lower() in _RHETORIC for o in objs)
        and _quoted(verb)
        and not (_timed(verb) and all(_literal_object(o) for o in objs))
    ):
        return True  # `"The commission has stolen the voice of millions"`, `"we will defend
        # every single vote"`: a speaker's figure of speech, no act
    return (
        cand.cue.type in _HOSTILE_ACTS
        and bool(objs)
        and all(o.lemma_.lower() in _BONDS for o in objs)
    )


#: Adjectives that give leave to act (`are free to visit`, `is welcome to inspect`): what
#: someone may do is no act, done or planned.
_PERMISSION = frozenset({"free", "welcome", "entitled"})


def _fight_against_thing(verb: Token) -> bool:
    """A verb of defeating whose every object is a disaster or a disease (`defeat the
    epidemic`, `beat this flood`), or, inside a quotation, a bare `it` with a disaster or a
    disease named in its sentence or the one before (`"we will beat it," she said of the
    flood`): a fight against a thing, no attack on a party (`"we will beat it," he said of
    the army` still threatens)."""
    if verb.lemma_.lower() not in _WINNING:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(
        _noun_lemma(o) in ACCIDENTS or (o.lower_ == "it" and _quoted(verb) and _disaster_near(verb))
        for o in objs
    )


def _disaster_near(verb: Token) -> bool:
    """Whether the verb's sentence or the one before names a disaster or a disease as a noun
    (`ACCIDENTS`; `the army fired` is no fire)."""
    return _told_near(verb, lambda t: t.pos_ in ("NOUN", "PROPN") and _noun_lemma(t) in ACCIDENTS)


#: Verbs that make a figure of speech of `the vote` even with a time (`stole the vote on
#: Sunday`: fraud told as theft).
_FIGURATIVE_ON_VOTE = frozenset({"steal", "rob", "hijack", "defend", "protect", "take"})


def _literal_object(obj: Token) -> bool:
    """An object of a timed quoted act that names a real thing: a place (`the heart of the
    city`) or the ballot itself (`boycott the vote on Sunday`, `challenge the vote in court`),
    not everyone's vote (`defend every single vote`, `the vote of millions`)."""
    if obj.lemma_.lower() in _RHETORIC_PLACES:
        return True
    kids = list(obj.children)
    return (
        obj.lemma_.lower() == "vote"
        and _lemma(obj.head) not in _FIGURATIVE_ON_VOTE
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids)
        and not any(c.dep_ in ("prep", "poss", "amod") for c in kids)
    )


#: A line that opens with a question label (`Q:`, `Q (Ana Lint, Selm Post):`, `QUESTION:`):
#: a reporter's words in a transcript, which tell no act.
_QUESTION_LABEL = re.compile(r"[ \t]*(?:Q|QUESTION)[ \t]*(?:\([^)\n]*\))?[ \t]*[:.–-]")


def _question_line(verb: Token) -> bool:
    """Whether the verb stands on a transcript line a question label opens."""
    text = verb.doc.text
    return _QUESTION_LABEL.match(text, _line_start(text, verb.idx)) is not None


def _takes_office(verb: Token) -> bool:
    """`take over as chair`, `took over as president`: someone succeeds to a post, no seizure
    (`rebels took over the town` still is one)."""
    kids = list(verb.children)
    return (
        _lemma(verb) == "take"
        and any(c.dep_ == "prt" and c.lower_ == "over" for c in kids)
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in kids)
        and not any(c.dep_ == "dobj" for c in kids)
    )


def _timed(verb: Token) -> bool:
    """Whether the verb's clause tells when (`occupied the heart of the city since Monday`): a
    real act, not a figure of speech."""
    kids = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    return any(k.ent_type_ in _DATE_LABELS for k in kids)


def _quoted(verb: Token) -> bool:
    """Whether the verb stands inside a quotation opened on its line."""
    line = verb.doc.text.rfind("\n", 0, verb.idx) + 1
    return _quote_opening(verb.doc, verb.idx, line) >= 0


def _imperative(verb: Token) -> bool:
    """Whether the verb opens its sentence as a bare command with no subject (`Donate today.`,
    `Send blankets to Pesk.`): it asks the reader to act and tells no act; a coordinated one
    (`Sign up and donate today`) too. A verb with any subject or auxiliary is told."""
    root = verb.head if verb.dep_ == "conj" else verb
    if root.dep_ != "ROOT" or root.tag_ != "VB" or verb.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in root.children):
        return False
    first = next((t for t in root.sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.i == root.i


def _free_relative(verb: Token) -> bool:
    """A clause opened by a `wh-ever` word (`whoever they voted for`, `whichever side it
    backed`, `whatever it takes`): it tells of anyone's act or none in particular, a generic
    clause, not an event. The word is the clause's own (its subject, object, a preposition's
    object or a determiner of one) and comes before its verb."""
    return any(
        tok.i < verb.i
        and tok.lower_ in _EVER_WORDS
        and getattr(_governing_verb(tok), "i", -1) == verb.i
        for tok in verb.subtree  # not in word order where the parse crosses
    )


#: Words after a negative object that make it a limit, not a denial: `nothing but words`,
#: `nothing less than`, `nothing short of`, `none other than`.
_NOT_DENYING = frozenset({"but", "less", "short", "other", "more", "else"})


def _negative_object(verb: Token) -> bool:
    """The verb's object says it was done to nothing: `will sign nothing`, `gave none`,
    `offered no concessions`, `agreed to nothing` (what a verb is done to, denied, is as much
    a negation as `not`)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "on")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        _denying(obj) and not any(c.lower_ in _NOT_DENYING for c in obj.children) for obj in objs
    )


def _denying(tok: Token) -> bool:
    """`nothing`, `nobody`, `none`, or a noun with `no`/`neither`: a word saying there is none;
    or a noun counted as not even one (`not one piece of evidence`, `not a single word`)."""
    return tok.lower_ in _NOBODY or any(
        c.lower_ in ("no", "neither")
        and c.dep_ == "det"
        or c.dep_ == "neg"
        and c.i < tok.i
        and c.i == tok.left_edge.i + _opening_quote(tok)
        and tok.doc[c.i + 1].lower_ not in ("only", "just")  # `not only money but ...`
        and not _but_instead(tok)
        for c in tok.children
    )


def _but_instead(tok: Token) -> bool:
    """Whether a negated phrase goes on with `but` to what there was instead (`Not a single
    government but a whole bloc`, `not one but three countries`): no denial."""
    counters = [tok, *(c for c in tok.children if c.dep_ in ("nummod", "amod", "det", "neg"))]
    return any(k.lower_ == "but" and k.dep_ == "cc" for t in counters for k in t.children)


def _opening_quote(tok: Token) -> int:
    """1 when the phrase of the token opens with a quotation mark (`"not one piece`), else 0."""
    return int(tok.left_edge.is_quote)


#: Places that hold people as room for them (`the camp holds 3,000 refugees`, `the stadium can
#: hold 40,000 people`): capacity, no one detained.
_CONTAINERS = _VENUES | _THINGS | RELIEF_SITES | frozenset("camp centre center facility".split())
_HOLD_PARTICLES = frozenset({"back", "off", "up", "out", "down"})


def _holds_captive(verb: Token, subj: Token | None) -> bool:
    """Whether `hold` with people as its object is keeping them captive (`Police are holding
    his family`): not holding them off, back or up (a particle), not a place's capacity, and
    not one's own (`The mother held her child`: a possessive that agrees with the subject)."""
    if any(c.dep_ == "prt" or c.lower_ in _HOLD_PARTICLES for c in verb.children):
        return False  # `held back the protesters` (advmod), `held off the attackers` (prt)
    if subj is not None and _noun_lemma(subj) in _CONTAINERS:
        return False
    owners = [m for o in verb.children if o.dep_ == "dobj" for m in o.children]
    return not any(m.dep_ == "poss" and _own_pronoun(m, subj) for m in owners)


def _own_pronoun(pron: Token, subj: Token | None) -> bool:
    """A possessive pronoun that may be the subject's own: any but a third-person one whose
    number differs from the subject's (`Police held his brother`: someone else's)."""
    if pron.pos_ != "PRON":
        return False
    plural = pron.lower_ == "their"
    if subj is None or pron.lower_ not in ("his", "her", "its", "their"):
        return True
    return plural == (subj.tag_ in ("NNS", "NNPS") or subj.lemma_.lower() == "police")


def _no_longer(word: Token) -> bool:
    """`no longer` (`could no longer defend the rate`, `will no longer attack`): a negation."""
    return word.lower_ == "longer" and any(c.lower_ == "no" for c in word.children)


def _negative_subject(subj: Token | None) -> bool:
    """A subject that says no one did it: `nobody`, `no one`, `none of them`, `not everyone`,
    `not all countries`, `few (countries)`, `hardly anyone`."""
    if subj is None:
        return False
    low = subj.lower_
    kids = list(subj.children)
    if _denying(subj) or low == "few" and not any(c.lower_ == "a" for c in kids):
        return True  # `nobody`, `no one`, `no country`, `neither side`
    few = [c for c in kids if c.lower_ == "few"]
    if few and not any(c.lower_ == "a" for c in kids + list(few[0].children)):
        return True  # `few countries`, not `a few countries`
    quantifiers = [subj] + [c for c in kids if c.dep_ in ("det", "amod", "predet", "nummod")]
    if any(
        q.lower_ == "one" and any(c.dep_ == "neg" for c in q.children) for q in quantifiers
    ) and not any(t.lower_ == "but" for t in subj.subtree):
        return True  # `Not one more child should die`; not `Not one but two ships`
    for q in quantifiers:
        if q.lower_ in _NOT_ALL:  # a quantifier: not `Not only Peru but also Chile`
            near = [c for c in q.children if c.dep_ in ("neg", "advmod")] + [
                c for c in kids if c.dep_ in ("neg", "advmod", "preconj")
            ]
            if any(c.lower_ in ("not", "hardly", "scarcely", "barely") for c in near):
                return True  # `not everyone`, `not all members`, `hardly anyone`
    return False


def _trim(sent: Span) -> tuple[int, int]:
    """The sentence's span from its first word: without the whitespace around it, nor the
    closing quote marks or brackets the parser attached from the paragraph before (`"\n\n
    Meanwhile, ...`: a straight quote closes when an odd number of them opened before it).
    Reads the sentence's own text; the doc's quote marks are counted once per doc."""
    text, base = sent.text, sent.start_char
    i = 0
    while i < len(text):
        ch = text[i]
        closing = ch in _STRAIGHT_QUOTES and _opened_before(sent.doc, base + i)
        if not (ch.isspace() or ch in _CLOSERS or closing):
            break
        i += 1
    if i == len(text):  # nothing but marks: keep the parser's span
        i = 0
    j = len(text)
    while j > i and text[j - 1].isspace():
        j -= 1
    return base + i, base + j


def _quote_opening(doc: Doc, char: int, since: int) -> int:
    """Where the quotation holding `char` opened, at or after `since` (-1 when `char` is
    not quoted): the last opening mark before it that no closing mark follows."""
    text = doc.text[since:char]
    curly = text.rfind("\u201c")
    if curly >= 0 and text.find("\u201d", curly) < 0:
        return since + curly
    marks = _quote_marks(doc)
    at = bisect.bisect_left(marks, char)
    if at % 2 == 1 and marks[at - 1] >= since:
        return marks[at - 1]
    return -1


def _opened_before(doc: Doc, char: int) -> bool:
    """An odd number of straight quote marks stands before `char`: a mark there closes."""
    return bisect.bisect_left(_quote_marks(doc), char) % 2 == 1


def _quote_marks(doc: Doc) -> list[int]:
    """Offsets of the doc's straight quote marks, computed once per doc (kept in its user_data)."""
    marks = doc.user_data.get(_QUOTE_MARKS_KEY)
    if marks is None:
        marks = [i for i, ch in enumerate(doc.text) if ch in _STRAIGHT_QUOTES]
        doc.user_data[_QUOTE_MARKS_KEY] = marks
    return marks


_QUOTE_MARKS_KEY = "newsgraph.events.straight_quotes"


_COUNT_NOUNS = CROWD_COUNTS | {"handful", "number", "crowd"}


def _apposed_object(name: Token) -> Token | None:
    """The object a name set off by commas just after it stands beside, where the parser hung
    the name elsewhere (`jailed the owner of the quarry, Ulric Danner, for four years`:
    `Danner` an adverbial of `jailed`, or the subject of a later verb): that object, else None.
    A name followed by a verb of speech is the speaker (`detained 40 people, Ilse Marr said`)."""
    doc = name.doc
    run = sorted(
        [name, *(t for t in name.subtree if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN")]
    )
    first, last = run[0].i, run[-1].i
    if name.pos_ != "PROPN" or last - first + 1 != len(run):
        return None
    if first < 2 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    if name.dep_ == "appos" or name.dep_ not in ("npadvmod", "nsubj"):
        return None
    if name.dep_ == "nsubj" and name.head.lemma_.lower() in _SPEECH:
        return None
    obj = doc[first - 2]
    while obj.head.right_edge.i == first - 2 and obj.head.pos_ in ("NOUN", "PROPN", "ADP"):
        obj = obj.head  # `the owner of the quarry`: from `quarry` up to `owner`
    if obj.pos_ != "NOUN" or obj.dep_ not in ("dobj", "nsubjpass"):
        return None
    return obj


def _sports_score(verb: Token) -> bool:
    """Whether a verb of winning tells a match's score after it, in its own clause (`beat Velm
    United 2-0`, `defeated them 3-1 on Saturday`): a game, no attack. A range that counts
    something (`2-3 km from the town`, `leaving 2-3 injured`) or one past a comma is no score."""
    if verb.lemma_.lower() not in _WINNING:
        return False
    doc, end = verb.doc, verb.sent.end_char
    for m in _SCORE.finditer(doc.text, verb.idx, end):
        between = doc.char_span(verb.idx, m.start(), alignment_mode="contract")
        if between is None or _clause_break(between):
            return False
        after = doc.char_span(m.end(), end, alignment_mode="expand")
        word = after[0] if after is not None and len(after) else None
        if word is None or word.is_punct or word.ent_type_ in _DATE_LABELS:
            return True
        if not _counts_after(word):
            return True
    return False


def _clause_break(span: Span) -> bool:
    """Whether a span holds a comma, semicolon or colon that closes a clause: not the pair of
    commas around a noun phrase set beside the object (`beat Westmoor, the league leaders,`),
    which the parser may hang anywhere."""
    marks = [t.i for t in span if t.text in (",", ";", ":")]
    inside = set()
    for a, b in zip(marks, marks[1:], strict=False):
        words = span.doc[a + 1 : b]
        if (
            span.doc[a].text == span.doc[b].text == ","
            and len(words)
            and not any(t.pos_ in ("VERB", "AUX") for t in words)
            and span.doc[a - 1].pos_ in ("PROPN", "NOUN")
        ):
            inside |= {a, b}
    return any(i not in inside for i in marks)


def _counts_after(word: Token) -> bool:
    """Whether the word after a range is what it counts (`2-3 injured`, `2-3 km`, `2-3
    times`), not a phrase after a score (`2-0 thanks to`, `2-0 courtesy of`, `2-0 at home`)."""
    if word.tag_ in ("VBN", "JJ", "CD"):
        return True
    nxt = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.pos_ == "NOUN" and not (nxt is not None and nxt.lower_ in ("to", "of"))


def _thing_asks(verb: Token) -> bool:
    """Whether a verb of asking has a rule or an event noun for its subject (`Secret Service
    protocol called for the nominee to be taken to hospital`): it requires, no one asks."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.lemma_.lower() in _ABSTRACT or subj.pos_ == "NOUN" and _noun_lemma(subj) in NOUNS
    )


def _votes_to_do(verb: Token) -> bool:
    """Whether a vote `against` something has a `to do` clause, on the verb or on the noun
    after `against` (`voted against the odds to back the deal`, `voted against its allies to
    back it`): what the vote did is that clause's act, not a rejection of the noun."""
    against = [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children
    ]
    if any(_noun_lemma(p) in _PROPOSALS or _noun_lemma(p) in BLOCKED_DECISIONS for p in against):
        return False  # `voted against the motion to dissolve parliament`: the motion's clause
    heads = [verb, *against] if against else []
    return any(
        c.dep_ in ("xcomp", "acl", "relcl", "advcl")
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        for h in heads
        for c in h.children
    )


def _for_to_clause(tok: Token) -> bool:
    """A `for X to do` clause (`called for Tarsland to withdraw`, `for the coach to be sacked`):
    an adverbial clause opened by `for`, with `to` and a subject of its own."""
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _short_state_name(tok: Token) -> Token:
    """The short name in a state's formal one (`the Government of the Republic of Tarsel`:
    Tarsel), else the token: the government is that state's, never a bare `Republic`."""
    if tok.lower_ not in STATE_FORMS:
        return tok
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
            return pobj
    return tok


#: What one has in order to act (`the money to rebuild`, `the means to strike`): an
#: infinitive on one tells what it is for, no act.
_MEANS = frozenset("cash money fund means resource capacity capability power time".split())


def _means_for(verb: Token) -> bool:
    """Whether the verb is an infinitive on the means to act (`had enough cash to pay
    salaries`, `has the money to rebuild it`): not `the first country to recognise X`, whose
    act is told."""
    if verb.dep_ not in ("relcl", "acl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    means = verb.head
    return means.lemma_.lower() in _MEANS or any(
        c.lower_ in ("enough", "sufficient") for c in means.children
    )


def _put_on_a_day(cand: _Candidate) -> bool:
    """Whether the clause puts its event on a day ahead: a scheduling verb (`set the hearing
    for 17 December`, `a strike is set for Thursday`) or a protest called (`called a strike for
    Friday`) with `for` and a date. A pluperfect (`had called a strike for Friday`) tells a
    day that may be gone, so it is left to the date as told."""
    verb = cand.verb
    lemma = verb.lemma_.lower()
    if cand.noun is None or not _for_date(verb):
        return False
    if lemma not in SCHEDULING and not (lemma == "call" and cand.cue.type == "protest"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


#: Verbs that, with a protest as subject, tell it did not (or not yet) happen (`the strike was
#: called off`, `was postponed`).
_UNDONE = frozenset(
    "call plan set schedule reschedule announce postpone cancel delay suspend avert threaten "
    "propose slate expect".split()
)


def _reported_done(noun: Token, sent: Span) -> bool:
    """Whether another sentence tells the event the noun names done, in a past tense, with the
    noun (same lemma) as subject (`The strike shut the port`, `The protest was held`)."""
    lemma = _noun_lemma(noun)
    for tok in noun.doc:
        if sent.start <= tok.i < sent.end or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        head = tok.head
        if (
            _noun_lemma(tok) == lemma
            and head.pos_ in ("VERB", "AUX")
            and _past(head)
            and head.lemma_.lower() not in _UNDONE
            and not any(c.dep_ == "neg" for c in head.children)
        ):
            return True
    return False


def _for_date(verb: Token) -> bool:
    """Whether the verb puts something on a date: `for` and a date (`set the hearing for 17
    December`), not a span (`for four years`, `for months`)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(p.dep_ == "pobj" and p.ent_type_ == "DATE" and not _length(p) for p in c.children)
        for c in (*verb.children, *(c for o in objs for c in o.children))
    )


#: Units a length of time is counted in (`for four years`, `for 30 days`).
_TIME_UNITS = frozenset("minute hour day week month year decade".split())


def _length(noun: Token) -> bool:
    """A length of time (`four years`, `months`), not a day (`next week`, `17 December`)."""
    return noun.lemma_.lower() in _TIME_UNITS and (
        noun.tag_ == "NNS" or any(c.dep_ == "nummod" for c in noun.children)
    )


def _fronted_by_apposition(clause: Token, head: Token) -> bool:
    """Whether the parser made a sentence's first clause the complement of a later verb whose
    subject it took from the first clause's apposition (`the judge jailed the owner, Ulric
    Danner, for four years after a blast there killed two workers`: `jailed` hung on `killed`,
    `Danner` its subject): the first clause is an event of its own, not the later one's."""
    if clause.dep_ != "ccomp" or clause.i > head.i:
        return False
    subj = next((s for s in head.children if s.dep_ == "nsubj"), None)
    return subj is not None and _apposed_object(subj) is not None


def _stray_apposition(obj: Token) -> Token | None:
    """The name `_apposed_object` finds beside this object, if any."""
    doc = obj.doc
    at = obj.right_edge.i + 2
    if at >= len(doc) or doc[at - 1].text != ",":
        return None
    name = doc[at]
    while name.head.pos_ == "PROPN" and name.head.i > name.i and name.dep_ in ("compound", "flat"):
        name = name.head
    return name if _apposed_object(name) == obj else None


def _counted(subj: Token, counts: frozenset[str] = _COUNT_NOUNS) -> Token:
    """`Hundreds of supporters of X protested`: a count (`hundreds`, `dozens`, `a number`) tells
    how many, not who; the counted noun (`supporters`) acts."""
    if subj.lemma_.lower() not in counts and subj.lower_.rstrip("s") not in counts:
        return subj
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") else subj


def _lemma(tok: Token) -> str:
    """The verb's lemma, mended where spaCy's is no verb the lexicons know: `staged` read as
    `stag` is `stage`, and a `re-` verb the CAMEO dictionary does not code is its stem
    (`reimposed blockades` -> `impose`; `recalled its ambassador` stays CAMEO's)."""
    lemma = tok.lemma_.lower()
    if lemma in _KNOWN_VERBS:
        return lemma
    low = tok.lower_
    options = [low[:-1]] if low.endswith("ed") and lemma not in _CAMEO else []
    stem = lemma[3:] if lemma.startswith("re-") else lemma[2:] if lemma.startswith("re") else ""
    if (
        len(stem) > 3
        and stem in _KNOWN_VERBS
        and (lemma not in _CAMEO or _CAMEO.code(lemma, *_windows(tok)) is None)
    ):
        options.append(stem)
    for option in options:
        if option in _KNOWN_VERBS or option in _CAMEO:
            return option
    return lemma


def _object_reading(own: str, other: str | None) -> bool:
    """Whether the CAMEO dictionary's verb + object reading (`other`) replaces the lexicon's
    reading of the verb alone (`own`). Only within one side, cooperative or hostile, and not
    from words to deeds: the dictionary often codes the stance toward the object's target
    (`denounced the sanctions on X`, `protested the arrest of X` are support of X there,
    `hailed the killing of X` disapproval of X, `applauded the withdrawal` a retreat), where
    PLOVER codes the act itself; and talks stay talks whatever they are about (`discussed the
    election`, `hosted a conference`)."""
    if other is None or other == own or own == "consult":
        return False
    if (own in _COOPERATIVE) != (other in _COOPERATIVE):
        return False
    return not (own in _VERBAL and other not in _VERBAL)


def _forms(tok: Token) -> tuple[str, ...]:
    """A direct object's head noun as written and as its lemma (lower case)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("dobj", "conj"):
        return ()
    return (tok.lower_, tok.lemma_.lower())


def _agents(tok: Token) -> bool:
    """A noun naming people or forces by what they do (`police`, `troops`, `workers`,
    `protesters`): a compound before it says what they are for (`riot police`), not an event."""
    return tok.pos_ == "NOUN" and (
        tok.lemma_.lower() in _PEOPLE_NOUNS
        or tok.lemma_.lower() in FORCES
        or bool(agent_sectors(tok.text))
    )


def _noun_lemma(tok: Token) -> str:
    """An event noun's lemma, with the several-word ones the lexicon knows (`war games`, `a state
    of emergency`)."""
    lemma = tok.lemma_.lower()
    if lemma == "game" and any(c.lower_ == "war" for c in tok.children):
        return "war game"
    if lemma == "state" and any(
        p.lemma_.lower() == "emergency"
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    ):
        return "state of emergency"
    return lemma


def _event_noun(noun: Token) -> Token:
    """The event a quantity names (`10 days of war games` -> games), else the noun itself."""
    if noun.lemma_.lower() in _PARTITIVE:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((p for p in c.children if p.dep_ == "pobj"), noun)
    return noun


def _preps(verb: Token) -> list[Token]:
    """Prepositions on the verb and on its object (`took part in`, `converged for`)."""
    out = [c for c in verb.children if c.dep_ == "prep"]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        out += [c for c in obj.children if c.dep_ == "prep"]
    return out


def _helps_inquiry(tok: Token) -> bool:
    """Whether a verb of aid helps an inquiry or those who make it (`was helping
    investigators`, `assisted with the investigation`): PLOVER aid is material or humanitarian
    aid to an actor, not help with an inquiry."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in _INQUIRERS for o in objs for o in (o, *o.conjuncts))


def _named_thing(head: Token, name: Token, ent: Entity) -> bool:
    """A place's name in the compound of a built thing (`the Velst bridge`, `the Ostrel
    warehouse`): it says where the thing is, and makes no actor of the place. A one-word name
    the tagger calls an organisation there is as often the place (`the Torvik bridge`); a
    longer one (`the Velmora Grain Company warehouse`) stays its owner."""
    return (
        name.dep_ == "compound"
        and (ent.type in ("GPE", "LOC", "FAC") or ent.type == "ORG" and ent.name == name.text)
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _THINGS
    )


def _accident_cause(tok: Token) -> bool:
    """Whether a verb of harm's subject is an accident or a force of nature: its own
    (`a blaze killed two`) or, for a participle or a coordinated verb with none, its head
    clause's (`A fire tore through the yard, killing three workers`)."""
    # each subject: a dateline misread as one stands beside the real one (`PORT X, March 4 —
    # A fire tore through ...`)
    subjs = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjs and tok.dep_ in ("advcl", "conj", "xcomp"):
        head = tok.head
        subjs = [c for c in head.children if c.dep_ == "nsubj"]
        if not subjs and head.dep_ == "acl":
            subjs = [head.head]  # `A storm swept across the coast and killed four`
    return any(s.lemma_.lower() in ACCIDENTS and not _weapon_fire(s) for s in subjs)


#: Prepositions before a force of nature that make it what a text tells of (`killed in the
#: flood`, `52 hours after the quake`, `coverage of the storm`).
_DISASTER_PREPS = frozenset("in by from after since of".split())


def _subject_heads(verb: Token) -> list[Token]:
    """A verb's subjects as the words that name them: a relative pronoun stands for its
    antecedent (`the storm that flattened`), and a dateline misread as the subject stands
    beside its apposition (`PORT X, Country — A flood swept ...`)."""
    heads = []
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subj = verb.head
        heads.append(subj)
        heads.extend(c for c in subj.children if c.dep_ == "appos")
    # the agent of a passive (`roads were blocked by landslides`)
    heads.extend(
        p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
    )
    return heads


def _natural_subject(verb: Token) -> bool:
    """Whether a verb's subject (or, for a participle or a coordinated verb with none, its
    head clause's) is an accident or a force of nature (`ACCIDENTS`), not weapon fire."""
    subjs = _subject_heads(verb)
    if not subjs and verb.dep_ in ("advcl", "conj", "xcomp"):
        subjs = _subject_heads(verb.head)
    return any(s.lemma_.lower() in ACCIDENTS and not _weapon_fire(s) for s in subjs)


def _weapon_fire(cause: Token) -> bool:
    """An accident word that names weapon fire (`mortar fire`, `sniper fire`, `fire from
    government troops`): a modifier or a from/by phrase naming a weapon or an armed actor."""
    for child in cause.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.lemma_.lower() in WEAPON_FIRE:
            return True
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            for obj in child.children:
                if obj.dep_ == "pobj" and (
                    obj.lemma_.lower() in ARMED_ACTORS or obj.lemma_.lower() in WEAPON_FIRE
                ):
                    return True
    return False


def _takes_part(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def _purpose(clause: Token) -> bool:
    """An infinitive clause of purpose with no subject of its own (`sent troops to help`)."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


#: Words by which a sentence says its act follows on from the one before (`Sailors then seized`).
_FOLLOW_ON = frozenset("then later also afterwards afterward subsequently thereafter".split())


def _continuing(verb: Token) -> bool:
    """A verb with a follow-on adverb (`then seized`) or `after that` on it."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _FOLLOW_ON:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "after"
            and any(p.lower_ == "that" and p.dep_ == "pobj" for p in c.children)
        ):
            return True
    return False


def _court_told(noun: Token, verb: Token) -> bool:
    """Whether a trial's sentence tells a court case: a word of the courts (`charges`,
    `judge`, `jury`, `prosecutors`) or what the trial is for (`on trial for fraud`)."""
    if any(t.lemma_.lower() in _COURT_WORDS for t in verb.sent):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(p.dep_ == "pobj" and p.ent_type_ not in _DATE_LABELS for p in c.children)
        for c in (*noun.children, *verb.children)
    )


def _pluperfect(verb: Token) -> bool:
    """A clause in the pluperfect (`had threatened`, `had been seized`): an act before the
    time the text is telling."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _said_clause(verb: Token) -> bool:
    """A clause that is what a verb of speech reports (`She said she had demanded ...`),
    itself or through the clauses it is coordinated with."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "ccomp" and (
        tok.head.lemma_.lower() in _SPEECH or tok.head.lemma_.lower() in SAY_VERBS
    )


def _past(verb: Token) -> bool:
    """A clause in a past tense (`seized`, `had demanded`, `was seized`), not the present
    perfect (`has accused` names no time) nor a present or future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("has", "have", "'s", "'ve") and a.dep_ == "aux" for a in auxes):
        return False
    if auxes:
        return auxes[0].tag_ == "VBD"
    return verb.tag_ == "VBD"


def _lead_time(ent: Span, verb: Token) -> int | None:
    """Days told between an `after` clause's act and the clause above (`three days after`),
    when the date is that span and nothing else."""
    if ent.root.dep_ != "npadvmod" or ent.root.head.i != verb.i or verb.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return None
    return span_days(ent.text)


def _agreed_thing(verb: Token) -> bool:
    """A participle telling that a deal was made, with no one said to make it (`a deal
    reached late on Friday`, `the agreement signed in Lirre`): an agreement done, whose parties
    the story gives (`_Extractor._deal_parties`)."""
    if verb.tag_ != "VBN" or verb.head.pos_ != "NOUN":
        return False
    cue = VERB_OBJECT.get((_lemma(verb), _noun_lemma(verb.head)))
    return (
        cue is not None
        and cue.type == "agree"
        and not any(c.dep_ == "agent" for c in verb.children)
    )


_ASIDE = re.compile(r"(?:separately|meanwhile|elsewhere|in other news|in a separate)\b")


def _aside(sent: Span, verb: Token) -> bool:
    """A sentence told as other news than the one before (`Separately, ...`, `Meanwhile,
    ...`, `In other news, ...`, `a deal was separately reached`)."""
    opening = sent.text.lstrip(" \n\"'“‘(").lower()
    if _ASIDE.match(opening):
        return True
    return any(c.dep_ == "advmod" and _ASIDE.fullmatch(c.lower_) for c in verb.children)


def _unnamed_deal(cand: _Candidate) -> bool:
    """An agreement told as made with no one said to make it: a participle on the deal (`a
    deal reached late on Friday`) or the passive with no agent (`A deal was reached`)."""
    noun = cand.noun
    if cand.cue.type != "agree" or noun is None:
        return False
    if cand.verb.dep_ == "acl" and noun.i == cand.verb.head.i:
        # what is done under it tells it binds someone; `discussed the agreement reached in
        # 1995` names no one bound by it
        return _agreed_thing(cand.verb) and noun.dep_ == "pobj" and noun.head.lower_ == "under"
    return noun.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in cand.verb.children)
