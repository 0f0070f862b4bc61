"""Name resolution, round 4 (`speakers.SpeakerResolver`): each rule on text written for it
(errors read on PolNeAR train 601-840 only; see docs/quotes.md "Name resolution")."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.analyse.speakers import SpeakerResolver


def _as_org(doc, words: str) -> None:
    """Tag `words` as an organisation, as the small model does with many names."""
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label="ORG")
    ]


# -- a name NER tags as an organisation ---------------------------------------------------------


def test_a_name_tagged_org_after_a_person_noun_is_a_person(nlp):
    doc = nlp(
        "The hall was half empty when presidential candidate Lena Portavel strode onstage.\n\n"
        "Instead, Portavel opened by talking about her work in the harbour towns."
    )
    _as_org(doc, "Lena Portavel")
    r = SpeakerResolver(doc)
    assert "Lena Portavel" in {p.name for p in r.people}
    at = doc.text.index("her work")
    assert r.resolve(doc.char_span(at, at + 3)) == "Lena Portavel"


def test_an_organisation_after_a_plural_or_other_noun_stays_one(nlp):
    doc = nlp("Harbour workers Norvik Shipping hired last year said the pay was low.")
    _as_org(doc, "Norvik Shipping")
    assert "Norvik Shipping" not in {p.name for p in SpeakerResolver(doc).people}


# -- two people who share a surname ------------------------------------------------------------


_RUIZ = (
    "Harbour master Ana Ruiz said on Monday the port would reopen. Ruiz has run the port for "
    "ten years. The council praised her work. The ships came back in May.\n\n"
    "Her husband, Karl Ruiz, runs a ferry line. The ferries were late all winter. "
    "Fares rose twice. Passengers complained.\n\n"
    "Ruiz said she would ask the council for more berths."
)


def test_a_bare_surname_is_the_principal_not_the_latest_namesake(nlp):
    doc = nlp(_RUIZ)
    r = SpeakerResolver(doc)
    assert r._known("Ruiz", doc.text.rindex("Ruiz")) == "Ana Ruiz"


def test_a_bare_surname_right_after_the_namesake_is_the_namesake(nlp):
    doc = nlp(_RUIZ.replace("The ferries were late", "Ruiz said the ferries were late"))
    r = SpeakerResolver(doc)
    # `Karl Ruiz` is named in full in the sentence before: the bare surname is his.
    text = doc.text
    assert r._known("Ruiz", text.index("Ruiz said the ferries")) == "Karl Ruiz"
    assert r._known("Ruiz", text.rindex("Ruiz")) == "Ana Ruiz"


# -- an institution noun whose owner was written before ----------------------------------------


def test_the_campaign_is_the_owner_of_the_latest_campaign(nlp):
    doc = nlp(
        "Tomas Brenn will return to the council, where he hopes to push the issues he raised "
        "during his campaign.\n\n"
        "His donor list, which the campaign says holds two million names, is a coveted asset."
    )
    r = SpeakerResolver(doc)
    at = doc.text.index("the campaign says")
    assert r.resolve(doc.char_span(at, at + len("the campaign"))) == "Tomas Brenn's campaign"


def test_the_campaign_with_an_unwritten_owner_is_not_named(nlp):
    doc = nlp(
        "The harbour towns ran their campaign for a year.\n\n"
        "The ferries, which the campaign says are too old, still run."
    )
    r = SpeakerResolver(doc)
    at = doc.text.index("the campaign says")
    assert r.resolve(doc.char_span(at, at + len("the campaign"))) is None


# -- documents ---------------------------------------------------------------------------------


def test_a_document_written_by_someone_speaks_for_the_writer(nlp):
    doc = nlp(
        "The charge is explained in an affidavit written by Tom Vey, a harbour police "
        "detective.\n\n"
        "The affidavit said that the ferry had left without lights."
    )
    r = SpeakerResolver(doc)
    at = doc.text.index("The affidavit said")
    assert r.resolve(doc.char_span(at, at + len("The affidavit"))) == "Tom Vey"


def test_a_document_inside_a_compound_speaks_for_the_phrase_owner(nlp):
    doc = nlp(
        "A fundraising email sent out by Tom Vey on Monday warned of a long fight. "
        "Ana Ruiz's campaign sent out an email fundraising appeal on Tuesday.\n\n"
        '"We need every vote," the email said.'
    )
    r = SpeakerResolver(doc)
    at = doc.text.index("the email said")
    assert r.resolve(doc.char_span(at, at + len("the email"))) == "Ana Ruiz's campaign"


def test_an_analysis_by_an_outlet_speaks_for_the_outlet(nlp):
    doc = nlp("Ferry fares rose by a third, according to a Norvik Post analysis.")
    r = SpeakerResolver(doc)
    at = doc.text.index("a Norvik Post analysis")
    assert r.resolve(doc.char_span(at, at + len("a Norvik Post analysis"))) == "Norvik Post"


# -- epithets ------------------------------------------------------------------------------------


def test_an_epithet_is_the_topic_just_before_not_a_namesake_far_back(nlp):
    doc = nlp(
        "Norvik senator Tomas Brenn won the caucuses in January.\n\n"
        "The polls tightened in February. The debate was long. Voters were tired. "
        "The weather was cold.\n\n"
        "Karl Vesper sought to lift the mood as he stopped by his office in Portavel. "
        "Walking in to loud cheers, the senator said his campaign was closing strong."
    )
    r = SpeakerResolver(doc)
    at = doc.text.index("the senator said")
    assert r.resolve(doc.char_span(at, at + len("the senator"))) == "Karl Vesper"


def test_an_epithet_named_near_keeps_the_person_introduced_so(nlp):
    doc = nlp(
        "Norvik senator Tomas Brenn met voters in Portavel on Monday.\n\n"
        "Karl Vesper sought to lift the mood as he stopped by his office. "
        "Walking in to loud cheers, the senator said his campaign was closing strong."
    )
    r = SpeakerResolver(doc)
    at = doc.text.index("the senator said")
    assert r.resolve(doc.char_span(at, at + len("the senator"))) == "Tomas Brenn"


# -- he/she: an unnamed person is a likelier antecedent than a named one ------------------------


def test_she_after_an_unnamed_woman_is_not_named(nlp):
    doc = nlp(
        "Mayor Lena Portavel said on Monday the harbour rules would stay.\n\n"
        "A 29-year-old Norvik woman, meanwhile, was fined in July for a post about the "
        'ferries. "Close the port!" she wrote.'
    )
    r = SpeakerResolver(doc)
    at = doc.text.index("she wrote")
    assert r.resolve(doc.char_span(at, at + 3)) is None


def test_she_after_a_named_woman_keeps_her_name(nlp):
    doc = nlp(
        "Mayor Lena Portavel said on Monday the harbour rules would stay.\n\n"
        'Portavel, meanwhile, was asked about the ferries. "Close the port!" she said.'
    )
    r = SpeakerResolver(doc)
    at = doc.text.index("she said")
    assert r.resolve(doc.char_span(at, at + 3)) == "Lena Portavel"


def test_it_after_a_document_named_just_before_speaks_for_its_writer(nlp):
    doc = nlp(
        "The charge is explained in an affidavit written by Tom Vey, a harbour police "
        "detective.\n\n"
        '"The ferry left without lights," he wrote in the affidavit. It continued: "The '
        'master was warned."'
    )
    r = SpeakerResolver(doc)
    at = doc.text.index("It continued")
    assert r.resolve(doc.char_span(at, at + 2)) == "Tom Vey"


def test_a_bare_surname_before_any_full_name_is_the_one_named_most(nlp):
    doc = nlp(
        "Ruiz said on Monday the port would reopen.\n\n"
        "Her sister, Mira Ruiz, runs a ferry line. Harbour master Ana Ruiz has run the port "
        "for ten years, and Ana Ruiz plans to stay."
    )
    r = SpeakerResolver(doc)
    assert r._known("Ruiz", 0) == "Ana Ruiz"
