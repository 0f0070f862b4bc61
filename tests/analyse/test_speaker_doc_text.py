"""`doc_text` joins a document's text once: `Doc.text` rebuilds it on every access, and reading
it per transcript label or per quotation made a long page's extraction quadratic."""

from __future__ import annotations

from newsgraph.analyse.speakers import doc_text


def test_the_text_is_joined_once_per_document(nlp):
    doc = nlp("PRESIDENT OSK: Good evening.\n\nQ: Will the port reopen?\n")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # the same string, not joined anew
    other = nlp("A different page.")
    assert doc_text(other) == "A different page."
