"""Word lists that more than one stage reads, kept once so the stages cannot drift apart.

A stage imports this module as it imports `records.py`: plain sets of lower-case base forms,
no behaviour. Each list says what its words have in common, not what one stage does with them.
"""

from __future__ import annotations

#: General words for a craft of the sea: any ship may be told with them.
VESSEL_GENERAL = frozenset("ship vessel boat craft".split())
#: Kinds of ship: one kind is one craft, another kind another (`the tanker` / `the frigate`).
#: Only nouns that name a ship in any context (not `carrier`: an airline too).
SHIP_KINDS = frozenset(
    """
    tanker supertanker freighter frigate ferry yacht superyacht trawler destroyer cruiser
    submarine corvette warship gunboat liner schooner barge tug tugboat dredger icebreaker
    steamer dhow cutter dinghy
    """.split()
)
#: General words for a craft of the air.
AIRCRAFT_GENERAL = frozenset("aircraft plane jet".split())
#: Kinds of aircraft, and two nouns that name a craft only where a craft is talked of
#: (`an aircraft carrier` / `the carrier Lufthansa`, `a fighter jet` / `a rebel fighter`).
AIRCRAFT_KINDS = frozenset("drone helicopter airliner bomber".split())
CRAFT_IN_CONTEXT = frozenset("carrier fighter".split())
#: Every kind of craft, sea and air, the context-bound nouns included.
CRAFT_KINDS = SHIP_KINDS | AIRCRAFT_KINDS | CRAFT_IN_CONTEXT

#: Who boards a vessel to take it (singular base forms; two-word members as written): armed
#: forces, the sea's own armed bodies, police and armed men.
BOARDERS = frozenset(
    """
    troop soldier force unit marine commando paratrooper sailor navy coastguard guard
    pirate gunman police officer
    """.split()
) | frozenset({"armed man", "masked man"})

#: Nouns that make a name an organisation's ("Central Electoral Commission of X", "Ministry of
#: Health", "Harbour Workers' Union"): a release's issuer line holds one (the cleaner), and a
#: lone one is a plain word in a story's name features (the stories). The analysis keeps its
#: own list, `speakers.INSTITUTION_NOUNS`, with other words: merging them changes behaviour.
INSTITUTION_NOUNS = frozenset(
    "agency alliance assembly association authority bank board bureau cabinet centre center "
    "chamber commission committee company corporation council court department directorate "
    "embassy federation foundation fund government group institute league ministry mission "
    "office organisation organization parliament party police presidency programme program "
    "secretariat senate service services society tribunal trust union university".split()
)

#: Last words of the name of a street or an open place in a town (`Unity Square`, `Harl
#: Street`, `Kessel Boulevard`): a spot one stands on or at, whatever NER made of the name, so a
#: body's name run on into one (`the Commission on Unity Square`) ends before `on`/`in`/`at`.
STREET_NOUNS = frozenset("square street avenue road boulevard plaza lane".split())

#: Courtesy titles before a name (`Ms Priya Hallam`), without their period: no role and no part
#: of the name.
COURTESY_TITLES = frozenset("mr mrs ms miss mx".split())
#: Honorifics before a name: the courtesy titles and the titles of rank or degree, which may
#: also open a name the person is known by (`Lady Gaga`).
#: South-Asian (`Shri`, `Smt.`) and West-African (`Engr.`, `Alhaji`, `Comrade`) forms of
#: address are honorifics too: `Smt. Kavita Rao` is Kavita Rao.
HONORIFICS = COURTESY_TITLES | frozenset(
    "dr sir dame lord lady shri sri smt shrimati kumari engr alhaji alhaja comrade".split()
)
#: Titles of rank that may also open the name a person is known by (`Lady Gaga`, `Sir Elton`).
NAME_OPENING_HONORIFICS = frozenset("sir dame lord lady".split())
#: Honorifics that are only a form of address (`Dr`, `Shri`, `Smt.`, `Engr.`), never the start
#: of a name: the name is the words after them.
ADDRESS_ONLY = HONORIFICS - NAME_OPENING_HONORIFICS
#: Forms of address of protocol before a head of state's, minister's or envoy's name, without
#: their periods (`H.E. Tomas Arvelo`, `His Excellency Ivo Brandt`, `Her Excellency`): a
#: communique's way to name a person, never part of the name.
EXCELLENCY_ADDRESS = frozenset({"h.e", "excellency"})
#: Forms of address that are as often a given name or a place's first word (`Sri Wahyuni
#: Hartono`, `Kumari Selvan`, `Sri Lanka`): a form of address only before an initial (`Sri P.
#: Ramadas`, `Kumari K. Devi`), where no given name or place name can stand; elsewhere the
#: name keeps them.
NAME_PART_HONORIFICS = frozenset("sri kumari".split())
#: Forms of address that give the person's gender (`Mr.`, `Madam`, `Shri`, `Smt.`).
MALE_HONORIFICS = frozenset("mr mister sir lord shri sri alhaji".split())
FEMALE_HONORIFICS = frozenset("mrs ms miss madam dame lady smt shrimati kumari alhaja".split())

#: Words for a day relative to the story's date, which a parse may take for a subject or a
#: name word (`Today said`, `Tomorrow's vote`).
RELATIVE_DAY_WORDS = frozenset("today yesterday tonight tomorrow".split())

#: Verbs of asking (base forms): what follows them is a question put, not a claim made.
ASKING_VERBS = frozenset("ask wonder question inquire enquire query demand".split())

#: Nouns that count people roughly rather than say who they are (singular base forms; told
#: in the plural, `thousands of dockers`, `Dozens were hurt`): a crowd so counted is no one
#: named group, and two reports of such a crowd need not be the same people.
CROWD_COUNTS = frozenset("ten dozen score hundred thousand million".split())

#: Small words that sit inside a proper name between its capitalised words, in the languages
#: whose names the news prints (`Ursula von der Leyen`, `Mohammed bin Salman`, `José Ortega y
#: Gasset`, `Sophie in 't Veld`, `Banco de España`): a name may hold them in lower case. No
#: English function word: a caller whose names also hold `of`, `the` adds those itself. Many
#: also open a name (`Le Pen`, `Abu Dhabi`) or are one (`Ben`), which a check that ignores case
#: must weigh.
NAME_PARTICLES = frozenset(
    """
    de du des la le el del da di dos das van von der den dem vom zum zur zu und ter ten te op
    het 't af av ap y e al bin bint ibn abu ben ould los las lo della delle dei degli dello
    """.split()
)

#: Legal forms that close a company's name (`Corvane Timber Ltd`, `Pella Freight JSC`, `Tarsk
#: Industries AG`, `Vendor Holdings PLC`): lower case and without periods (`S.p.A.` is `spa`),
#: each with the ways a company prints it, periods left out (`legal_form` reads the case); the
#: first is its case when the name is not in capitals.
LEGAL_FORMS = {
    "ltd": ("Ltd", "LTD"), "limited": ("Limited", "LIMITED"), "llc": ("LLC",), "llp": ("LLP",),
    "jsc": ("JSC",), "ojsc": ("OJSC",), "pjsc": ("PJSC",), "cjsc": ("CJSC",), "fze": ("FZE",),
    "fzco": ("FZCO",), "fzc": ("FZC",), "sarl": ("SARL", "Sarl"), "gmbh": ("GmbH", "GMBH"),
    "plc": ("plc", "Plc", "PLC"), "inc": ("Inc", "INC"), "corp": ("Corp", "CORP"),
    "co": ("Co", "CO"), "pty": ("Pty", "PTY"), "nv": ("NV",), "bv": ("BV",), "spa": ("SpA",),
    "oyj": ("Oyj", "OYJ"), "ag": ("AG",), "sa": ("SA",), "ab": ("AB",), "asa": ("ASA",),
}  # fmt: skip
#: Legal forms that, written bare, are as often another word's short form (`Co Cork`, a
#: county; `SA`, South Africa; `NV`, Nevada; `AB`, Alberta): in a text's own case they close a
#: company's name only with their periods (`Co.`, `S.A.`, `N.V.`).
_LEGAL_FORMS_DOTTED_ONLY = frozenset("co sa nv ab".split())


def legal_form(word: str, any_case: bool = False) -> bool:
    """Whether a word is a legal form (`LEGAL_FORMS`). In a text's own case (`any_case` False)
    it must be printed as companies print it (`GmbH`, `plc`, `Plc`, `LTD`), periods allowed
    (`S.p.A.`, `Inc.`), and the forms of `_LEGAL_FORMS_DOTTED_ONLY` need theirs: `Spa`,
    `Ag`, `Co` are other words. `any_case` is for a line in capitals or words already
    lower-cased (`VENDOR HOLDINGS PLC`, `co`)."""
    bare = word.replace(".", "")
    forms = LEGAL_FORMS.get(bare.lower())
    if forms is None:
        return False
    if any_case:
        return True
    if bare.lower() in _LEGAL_FORMS_DOTTED_ONLY and "." not in word:
        return False
    return bare in forms


#: Given names that are also everyday English words (`lexicon.everyday_word` reads `Joy`,
#: `Rose`, `Grant` as words, and a line of such words as a label, `Key Takeaways`): first in a
#: two-word name they make it a person's (`Joy Rivers`, `Rose Hills`, `Summer Reeves`).
EVERYDAY_GIVEN_NAMES = frozenset(
    """
    amber april autumn bill bob carol chase christian clay crystal daisy dale dawn dean destiny
    dot drew faith frank gene ginger glen grace grant guy hazel heather holly hope hunter iris
    ivy jack jade jasmine jewel joy june kitty lance lily mark mason maxim may melody mercy
    miles nick olive pat patience pearl penny rose ruby rusty sandy skip summer sue terry
    victor violet wade will willow
    """.split()
)

#: Forms of address and ranks abbreviated with a period before a name that spaCy's English
#: tokenizer does not know (`Smt. Rao`, `Engr. Adeyemi`, `Lt. Col. Vey`), as printed: split,
#: their period ends the sentence and the quote before the name loses its speaker. `Sr.` (a
#: name's suffix, often at a sentence end) is left out.
TITLE_ABBREVIATIONS = (
    "Smt Shri Engr Supt Cllr Lt Col Capt Cmdr Maj Sgt Cpl Pvt Brig Insp Det Hon Asst "
    "Mx Mme Mlle Msgr"
).split()
#: Titles abbreviated before a name that spaCy's tokenizer already keeps whole with their
#: period (`Sen.`, `Gen.`, `Dr.`).
KNOWN_TITLE_ABBREVIATIONS = "Sen Rep Gov Gen Adm Dr Prof".split()
#: Every title or rank abbreviated before a name, lower case, with and without its period
#: (`lt`, `lt.`, `sgt.`, `sen`): a title, never a given name nor a name's word.
ABBREVIATED_TITLES = frozenset(
    w.lower() + dot for w in (*TITLE_ABBREVIATIONS, *KNOWN_TITLE_ABBREVIATIONS) for dot in ("", ".")
)
#: Abbreviated titles that are also given names (`Hon Li`, `Maj Sjowall`): before a name in a
#: headline a title only with their period (`Hon. Li`, `Maj. Ivo Brandt`); without it they may
#: be the name's first word.
GIVEN_NAME_TITLE_ABBREVIATIONS = frozenset({"hon", "maj"})

#: Last words of military and police ranks, full or abbreviated (`Rear Admiral`, `Lieutenant
#: Colonel`, `Staff Sgt`, `Chief Superintendent`): a rank needs one (`Rear` alone is none).
RANK_HEADS = frozenset(
    "admiral adm general gen colonel col lieutenant lt commander cmdr captain capt commodore "
    "marshal sergeant sgt corporal cpl brigadier officer superintendent inspector".split()
)
#: Every word of a military or police rank (`Air Vice Marshal`, `Master Chief Petty Officer`,
#: `Private First Class`): the heads and the words that qualify them.
RANK_WORDS = RANK_HEADS | frozenset(
    "rear vice major maj brig field air wing group squadron flight staff master chief petty "
    "first second private pvt constable".split()
)

#: Offices printed before a holder's name (`President Ilse Dorn`, `Minister`), with the ranks,
#: honorifics and abbreviated titles: a name so opened is the story's official, never its
#: writer's (only a name's first word is looked up: `King`, `Bishop` are surnames after a
#: given name). The analysis keeps its own, larger lists of roles.
OFFICE_TITLES = (
    frozenset(
        "president minister premier chancellor governor mayor senator ambassador envoy "
        "secretary king queen prince princess emperor pope bishop archbishop judge justice "
        "chairman chairwoman chair commissioner councillor councilor deputy speaker "
        "prime foreign interior defence defense finance mp".split()
    )
    | RANK_WORDS
    | HONORIFICS
    | ABBREVIATED_TITLES
)

#: Last words of the names of natural features (`Kell Strait`, `Red Sea`, `Orsa Valley`): the
#: name is a place's (a LOC), whatever else its first words are.
NATURAL_FEATURE_HEADS = frozenset(
    "strait straits sea ocean river lake bay gulf canal island islands isles peninsula "
    "valley desert mountains mountain range hills plateau basin delta reef coast creek falls "
    "glacier lagoon archipelago pass gorge canyon ridge peak heights plain plains cove fjord "
    "estuary marshes moor highlands lowlands".split()
)
#: Last words of a place's name that a person's surname seldom is (`Orsa Valley`, `Kell
#: Island`, `Vane County`, `Lusk Harbour`): natural features, divisions of a country, towns and
#: spots in them. The cleaner reads a date line's `March 3, 2031 Orsa Valley` as its place, not
#: its author, by them. Narrower than `NATURAL_FEATURE_HEADS` on purpose: a surname may be one
#: of those (`Moor`, `Pass`, `Peak`, `Range`, `Sea`).
PLACE_NAME_HEADS = frozenset(
    "valley hills mountains mountain island islands isles coast bay lake river heights plains "
    "highlands lowlands springs falls creek ridge peninsula delta county district province "
    "region city town village park beach harbour harbor port".split()
)
