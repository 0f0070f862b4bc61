"""The words by which an article speaks of itself (`this article`, `an earlier version of this
story`, `this headline has been corrected`). One vocabulary for the quotes stage, which gives
such a sentence no speaker, and for `compare.notices`, which finds correction and update
notices with it (compare may import analyse, not the other way round)."""

from __future__ import annotations

#: Nouns for the text as a whole: `this article`, `this story said …`.
WHOLE_TEXT = ("article", "story", "report", "piece", "post", "item", "column", "page")
#: Parts of the page a notice may say were corrected or updated (`this caption has been
#: corrected`); no part speaks for the article, so the quotes stage leaves them out.
TEXT_PARTS = ("headline", "caption", "graphic", "video")
#: The noun for an earlier state of the text and the words that make it one: `an earlier
#: version of this article`, `the original version of this story`.
VERSION = "version"
EARLIER = ("earlier", "previous", "prior", "original", "first")
