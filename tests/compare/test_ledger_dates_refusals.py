"""Quote ledger, session 13 (reviews): a date or a bare number shared is no evidence of one
statement; a named thing's quoted description is an excerpt of the speaker's words; one refusal
told twice is one statement.

A code review found two statements of one speaker that open alike (`fares climbed`) and give
different reasons linked by the month they share (`in March`); a product review found a column's
`called the seizure "…"` labelled a paraphrase of the minister's quotation that holds those words
verbatim (an excerpt: a cut, `variant`), and a spokesperson's `We will not pay …` not grouped
with another outlet's `it would not pay …` of her ministry."""

from __future__ import annotations

import pytest
from ledger_support import OTHERS, group_of, quote

SPEAKER = "Ilse Varga"


def _linked(a: dict, b: dict) -> bool:
    return "2" in group_of(a, b, *OTHERS, of="1")


def _relation(member: dict, ref: dict) -> str:
    """The relation the ledger gives `member` in the group of `ref` (one group expected)."""
    from newsgraph.compare.quotes import group_quotes

    records = [ref, member, *OTHERS]
    groups = group_quotes(records, {r["article"]: r["article"] for r in records}, {})
    (group,) = [g for g in groups if member["id"] in g["quotes"]]
    assert ref["id"] in group["quotes"], "not grouped"
    return next(m["relation"] for m in group["members"] if m["quote"] == member["id"])


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        (
            "Rents rose by a tenth in April after the council raised the levy",
            "rents rose in April because landlords wanted to sell",
            SPEAKER,
        ),
        (
            "Prices jumped on Monday after the storm closed the port",
            "prices had jumped on Monday because traders feared a shortage",
            SPEAKER,
        ),
        (
            "Traffic slowed yesterday when the old bridge over the canal was shut for repairs",
            "traffic had slowed yesterday as drivers tried to avoid the new tolls on the ring road",
            SPEAKER,
        ),
        (
            "Sales dropped in 2025 after the factory in the north burned down in a fire",
            "sales had dropped in 2025 because buyers moved their orders to suppliers abroad",
            SPEAKER,
        ),
        (
            "Deliveries fell by a third after the 40 trucks at the harbour depot were flooded",
            "deliveries had fallen because 40 drivers were off sick with the flu",
            SPEAKER,
        ),
        (
            "Bookings climbed this week once the ferry service to the mainland returned",
            "bookings had climbed this week because the hotels on the coast cut their prices",
            SPEAKER,
        ),
        # With no speaker to go by, three shared words link; a day is not one of them.
        (
            "Bookings for the ferry climbed on Monday once the harbour reopened",
            "bookings for the ferry fell on Monday because fares rose",
            None,
        ),
        (
            "The ferry will sail again on Tuesday morning",
            "the ferry was stopped on Tuesday morning after a storm",
            None,
        ),
    ],
)
def test_a_shared_date_or_number_does_not_make_two_statements_one(
    first: str, second: str, speaker: str | None
) -> None:
    a = quote("1", "a", first, "direct", speaker)
    b = quote("2", "b", second, "indirect", speaker)
    assert not _linked(a, b)


def test_a_shared_reason_with_the_date_still_links() -> None:
    a = quote(
        "1",
        "a",
        "Rents rose by a tenth in April after the council raised the levy",
        "direct",
        SPEAKER,
    )
    b = quote(
        "2", "b", "rents rose in April because the council raised its levy", "indirect", SPEAKER
    )
    assert _linked(a, b)


THEFT = "This is theft carried out in broad daylight, and we will fight it in court"


@pytest.mark.parametrize(
    ("quotation", "mixed", "cue", "relation"),
    [
        (THEFT, 'the levy "theft carried out in broad daylight"', "called", "variant"),
        (
            "It is a scheme written for the owners of the largest yards. We oppose it.",
            'the plan as "a scheme written for the owners of the largest yards"',
            "described",
            "variant",
        ),
        (
            "What they did was an insult to every family on the island, nothing less",
            'the closure "an insult to every family on the island"',
            "branded",
            "variant",
        ),
        # words of the reporter's after the marks
        (
            THEFT,
            'the levy "theft carried out in broad daylight" by the harbour board',
            "called",
            "paraphrase",
        ),
        # not a naming verb: the frame is the reporter's account
        (THEFT, 'the levy would be "theft carried out in broad daylight"', "warned", "paraphrase"),
        # the frame stands for words the quotation had
        (
            "What happened at the port this week was theft carried out in broad daylight",
            'the closure as "theft carried out in broad daylight"',
            "described",
            "paraphrase",
        ),
        # a call to act names nothing
        (
            "We urge every council to open its halls to the families who lost their homes",
            'on the councils to "open its halls to the families who lost their homes"',
            "called",
            "paraphrase",
        ),
    ],
)
def test_a_named_things_quoted_description_is_an_excerpt(
    quotation: str, mixed: str, cue: str, relation: str
) -> None:
    ref = quote("1", "a", quotation, "direct", SPEAKER)
    member = quote("2", "b", mixed, "mixed", SPEAKER)
    member["cue"] = cue
    assert _relation(member, ref) == relation


def _spoke(quote_record: dict, entity: str) -> dict:
    quote_record["speaker"]["entity"] = entity
    return quote_record


LEASE = "We will not sign any lease that closes the old mill. Our members were clear."


@pytest.mark.parametrize(
    ("said", "reported", "linked"),
    [
        (LEASE, "it would not sign the lease at any price", True),
        (
            "We won't fund the new stadium while the schools leak",
            "it would not fund any stadium",
            True,
        ),
        # not a refusal: what happened
        (
            "We did not sign the lease because the rent was too high",
            "it would not sign the lease",
            False,
        ),
        (LEASE, "it would not renew the lease", False),  # another verb refused
        (LEASE, "it would not sign the wage agreement", False),  # nothing else shared
        (LEASE, "it had agreed to sign the lease", False),  # an agreement, not a refusal
    ],
)
def test_one_refusal_told_by_the_spokesperson_and_of_the_body(
    said: str, reported: str, linked: bool
) -> None:
    """A spokesperson's `We will not sign …` and another outlet's `it would not sign …` told of
    the body she speaks for: the same verb refused, another word shared, is one statement."""
    a = _spoke(quote("1", "a", said, "direct", "Ana Ruiz"), "person:ana-ruiz")
    b = _spoke(quote("2", "b", reported, "indirect", "Dockers Union"), "org:dockers-union")
    assert _linked(a, b) is linked
