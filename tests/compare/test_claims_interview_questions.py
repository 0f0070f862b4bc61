"""A question asserts nothing: an interviewer's question (a paragraph turn ending in `?`) and
any sentence that only asks are no claims, neither shared nor unique, while a sentence that
reports someone's question stays. An interview's answers are the interviewee's quotes (the
quotes stage reads the turns): they stay claims of the report carrying their quote, as any
quoted sentence does."""

from claims_support import claim_texts as _claims
from dossier_support import article as _art
from ledger_support import quote

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble

INTERVIEW = (
    "Harbour master Ana Ruiz closed the port of Vessby to cargo ships on Sunday after the storm "
    "broke the outer wall. Ruiz spoke to the Ostley Herald at her office.\n\n"
    "How many ships were turned away at Vessby on Sunday?\n\n"
    "Eleven. Most of them anchored in the bay and came back the next day.\n\n"
    "The dockers' union says the number was closer to thirty.\n\n"
    "They count every boat that waited an hour. A wait is not a refusal.\n\n"
    "Why close the whole port, and why only to cargo?\n\n"
    "Because the outer wall protects the cargo berths. The ferries use the inner basin.\n\n"
    "Will the port open again before the weekend?\n\n"
    'Ruiz smiled. "The divers go down on Thursday," she said.'
)
REPORT = (
    "The port of Vessby turned away eleven cargo ships on Sunday after a storm broke its outer "
    "wall, the harbour office said.\n\n"
    "The dockers' union put the number at about thirty."
)
ANSWERS = (
    "Eleven. Most of them anchored in the bay and came back the next day.",
    "They count every boat that waited an hour. A wait is not a refusal.",
    "Because the outer wall protects the cargo berths. The ferries use the inner basin.",
)


def _answer_quotes(aid: str) -> list[dict]:
    """The interviewee's answers as the quotes stage records them: one direct quote a turn."""
    out = []
    for n, said in enumerate(ANSWERS):
        rec = quote(f"q{n}", aid, said, speaker="Ana Ruiz")
        rec["start"] = INTERVIEW.index(said)
        rec["end"] = rec["start"] + len(said)
        out.append(rec)
    return out


def _story() -> dict:
    a, b = _art("a", "Ostley Herald", INTERVIEW), _art("b", "Vessby Post", REPORT)
    story = {"id": "s-a", "title": "Vessby", "articles": [a["id"], b["id"]], "wire_copies": []}
    return assemble(StoryBundle(story, [a, b], _answer_quotes(a["id"]), [], []))


def _texts(d: dict) -> list[str]:
    unique = [c["text"] for cs in d["unique"].values() for c in cs]
    return unique + [s["text"] for c in d["shared"] for s in c["spans"]]


def test_an_interviewers_questions_are_neither_shared_nor_unique_claims():
    got = _texts(_story())
    assert got, "the interview's answers and statements stay claims"
    assert not [t for t in got if t.rstrip().endswith("?")], got


def test_a_question_is_not_shared_with_the_report_that_answers_it():
    d = _story()
    rows = [sorted(s["text"] for s in c["spans"]) for c in d["shared"]]
    assert rows, "the report and the interview share the answered claims"
    assert not any("How many ships" in t for row in rows for t in row), rows


def test_an_interviewers_statement_stays_a_claim():
    got = _texts(_story())
    assert "The dockers' union says the number was closer to thirty." in got


def test_answers_stay_claims_carrying_the_interviewees_quote():
    d = _story()
    mine = {c["text"]: c["quotes"] for c in d["unique"]["a" * 16]}
    assert mine["A wait is not a refusal."] == ["q1"], mine
    assert mine["The ferries use the inner basin."] == ["q2"], mine


def test_a_rhetorical_question_in_a_report_is_no_claim():
    got = _claims(
        "The council of Vessby approved the new sea wall on Monday.\n\n"
        "But will the money for the sea wall ever arrive?\n\n"
        'Mayor Ivo Brandt asked: "Who will pay for the second wall?"'
    )
    assert got == [
        "The council of Vessby approved the new sea wall on Monday.",
        'Mayor Ivo Brandt asked: "Who will pay for the second wall?"',
    ]


def test_a_quoted_question_alone_is_no_claim_but_a_reported_one_stays():
    text = (
        '"Who will pay for the second wall?" Mayor Ivo Brandt asked the council on Monday. '
        '"Why should the harbour pay?" he added. '
        '"Who will pay for the second wall, and when?"\n\n'
        'Do the engineers agree that the wall is "safe for ten years"?'
    )
    got = " ".join(_claims(text))
    assert '"Who will pay for the second wall?' in got, got
    assert '"Why should the harbour pay?" he added.' in got, got
    assert "and when" not in got and "engineers" not in got, got


def test_a_statement_line_joined_to_a_question_stays_a_claim():
    text = "The mayor of Vessby said the new sea wall would hold for ten years. ''\nWill it hold?"
    got = " ".join(_claims(text))
    assert "would hold for ten years" in got, got
