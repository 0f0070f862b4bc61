"""A bracket whose `notes:` follows a subject (`(The auditors' report notes: …)`, `(Analysts
note: …)`) is reporting in brackets, a claim like any other; only a labelled note (`Note:`,
`Translator's note:`, `Ed. note:`) is the outlet's aside and no claim. Invented text."""

from claims_support import claim_texts as _claims

AUDIT = (
    "The harbour audit was published on Friday.\n\n"
    "(The auditors' report notes: the dredging contract cost 40 million crowns more than "
    "planned.)\n\n"
    "(Analysts note: the harbour board has missed its budget three years running.)\n\n"
    "The harbour board did not comment. (Ed. note: this article was updated on Saturday.)"
)


def test_a_subject_before_notes_is_reporting_and_stays_a_claim():
    got = _claims(AUDIT)
    assert [c for c in got if "40 million crowns" in c]
    assert [c for c in got if "three years running" in c]


def test_a_labelled_note_is_still_no_claim():
    got = _claims(AUDIT)
    assert not [c for c in got if "updated on Saturday" in c]
    assert "The harbour board did not comment." in got
