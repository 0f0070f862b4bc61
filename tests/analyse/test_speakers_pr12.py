"""Product review 12 speakers: a person's lawyer (or barrister, spokesman, husband) is not
that person; role words stay out of a name NER tagged an organisation; `the company` for a
name NER left untagged. All names and texts are invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

TRIAL = "Former port director Oskar Pellane went on trial in Varsk on Monday. "

CASES = [
    pytest.param(
        "Union negotiator Petra Hollis said the strike would go on. Defence lawyer Ruben "
        "Tasker said his client would appeal.",
        "client would appeal",
        "Ruben Tasker",
        id="role_words_stay_out_of_a_name_ner_tags_an_organisation",
    ),
    pytest.param(
        TRIAL + "Pellane's barrister said the witness had lied.",
        "witness had lied",
        None,
        id="a_persons_barrister_is_not_that_person",
    ),
    pytest.param(
        "Tomas Brenn, Pellane's lawyer, asked the court to acquit him on Monday. Pellane's "
        "lawyer said the witness had lied.",
        "witness had lied",
        "Tomas Brenn",
        id="a_persons_lawyer_is_the_one_introduced_as_that_lawyer",
    ),
    pytest.param(
        "Defence lawyer Tomas Brenn asked the court to acquit Oskar Pellane on Monday. "
        "Pellane's lawyer said the witness had lied.",
        "witness had lied",
        "Tomas Brenn",
        id="a_title_introduces_the_lawyer_too",
    ),
    pytest.param(
        TRIAL + "Anna Vell, the lawyer of his co-defendant, asked for an acquittal. Pellane's "
        "lawyer said the witness had lied.",
        "witness had lied",
        None,
        id="the_lawyer_of_someone_else_is_not_the_persons_lawyer",
    ),
    pytest.param(
        "Ilse Marhold won the seat on Sunday. Her husband, Piet Marhold, told reporters she "
        "had worked for years. Marhold's husband said she would rest now.",
        "rest now",
        None,
        id="her_husband_named_is_not_the_husband_of_a_name",
    ),
    pytest.param(
        "Quorvex acknowledged that the issue remained tricky. \u201cWe have always sought a "
        "balance,\u201d the company said.",
        "sought a balance",
        "Quorvex",
        id="the_company_is_the_untagged_name_subject_just_before",
    ),
    # guards: already right before this session
    pytest.param(
        TRIAL + "Pellane's lawyer, Tomas Brenn, said the case rested on one witness.",
        "rested on one witness",
        "Tomas Brenn",
        id="guard_appositive_name_after_the_description",
    ),
    pytest.param(
        "The minister said the budget was fair. The minister's spokesman, Jan Ostrov, said "
        "the cuts would not touch schools.",
        "touch schools",
        "Jan Ostrov",
        id="guard_the_ministers_spokesman_named",
    ),
    pytest.param(
        "Orvik Foods reported a loss on Tuesday. The company's chief executive, Lena Sorvik, "
        "said the cuts were over.",
        "cuts were over",
        "Lena Sorvik",
        id="guard_the_companys_chief_executive_named",
    ),
    pytest.param(
        TRIAL + "Pellane's statement said the witness had lied.",
        "witness had lied",
        "Oskar Pellane",
        id="guard_a_persons_statement_speaks_for_that_person",
    ),
    pytest.param(
        "Tomas Brenn runs a shipping firm. Brenn acknowledged that the issue remained "
        "tricky. \u201cWe have always sought a balance,\u201d the company said.",
        "sought a balance",
        None,
        id="guard_a_person_subject_is_not_the_company",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "name"), CASES)
def test_speaker_name(nlp, text: str, fragment: str, name: str | None) -> None:
    assert only(quotes(nlp, text), fragment).speaker_name == name


@pytest.mark.parametrize(
    ("text", "owner", "speaker", "person", "expected"),
    [
        # `Pellane's lawyer, Tomas Brenn,`: the named lawyer, not Pellane
        ("Pellane's lawyer", ("Oskar Pellane", "Pellane"), "Tomas Brenn", True, True),
        # `Pellane's lawyer said`, no name: never Pellane
        ("Pellane's lawyer", ("Oskar Pellane", "Pellane"), None, True, True),
        # an organisation's unnamed spokesman still speaks for it
        ("Orvik’s spokesman", ("Orvik Foods", "Orvik"), None, False, False),
        # `Ana Ruiz's campaign`: the resolver's name holds the owner's
        ("Ana Ruiz's campaign", ("Ana Ruiz",), "Ana Ruiz's campaign", True, False),
        # `Pellane's statement` speaks for Pellane
        ("Pellane's statement", ("Oskar Pellane", "Pellane"), "Oskar Pellane", True, False),
    ],
)
def test_owner_only(
    text: str, owner: tuple[str, ...], speaker: str | None, person: bool, expected: bool
) -> None:
    from newsgraph.analyse.speakers import owner_only  # new in session 12

    end = text.index(owner[-1]) + len(owner[-1])
    assert owner_only(text, end, len(text), owner, speaker, person) is expected


def test_a_whole_name_is_no_owner() -> None:
    from newsgraph.analyse.speakers import owner_only

    text = "Oskar Pellane"
    assert not owner_only(text, len(text), len(text), ("Oskar Pellane",), "Tomas Brenn", True)
