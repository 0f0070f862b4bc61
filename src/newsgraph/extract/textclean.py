"""Clean pre-scraped plain text: drop page furniture, find metadata, mend broken sentences.

Text scraped from a news page has lost its markup, so no HTML extractor applies. The cleaner
works on lines in four passes, every one linear in the input:

1. explicit furniture rules (skip links, embedded posts, "Related article:", image credits,
   agency sign-offs, sign-up forms, disclosures, author boxes, link residue...), each naming
   the reason it removed a line;
2. a jusText-style score per line (length, stopword density, sentence punctuation), the
   probability the line model (`linescore`) gives it from the line and its neighbours, and the
   maximum-sum run of lines over those scores and the furniture between, which is the article
   body; what lies outside it is `boilerplate`;
3. metadata (title, date, byline, URL, outlet) from the lines just before the body and from the
   furniture;
4. rebuilding the body with paragraphs separated by blank lines, joining sentences the scrape
   broke across paragraphs.

Every removed piece is a `Removal` whose span indexes the input with newlines normalised to \\n.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from newsgraph.extract import lexicon, linescore, titlescore
from newsgraph.extract.credits import (
    COPYRIGHT_HOLDER,
    COPYRIGHT_LINE,
    DATELINE,
    HONORIFIC_LEAD,
    SIGNOFF,
    byline_case,
    byline_people,
    given_name,
    newsletter_frame,
    without_honorific,
)
from newsgraph.extract.dates import MONTH_NAMES, MONTHS, date_line, dateline_date, find_date
from newsgraph.extract.language import detect_language
from newsgraph.extract.metadata import date_line_in
from newsgraph.extract.outlets import (
    PUBLICATION_NOUNS,
    article_name,
    canonical_outlet,
    city_and_state,
    host_of,
    is_agency,
    is_section,
    mention_pattern,
    outlet_from_domain,
    outlet_from_url,
    outlet_info,
    paper_word,
    release_issuer,
    site_name,
)
from newsgraph.names import NAME_WORD
from newsgraph.records import Extraction, Removal
from newsgraph.wordlists import (
    INSTITUTION_NOUNS,
    NAME_PARTICLES,
    OFFICE_TITLES,
    PLACE_NAME_HEADS,
)

#: The fixed vocabulary of `Removal.reason` values this cleaner emits.
REASONS = (
    "navigation",
    "boilerplate",
    "embedded post",
    "related link",
    "teaser",
    "image caption",
    "image credit",
    "sign-off",
    "markup residue",
    "metadata: title",
    "metadata: date",
    "metadata: byline",
    "metadata: url",
    "joined broken sentence",
    "comments",
    "duplicate",
    "table of contents",
    "correction notice",
    "update notice",
)

# fmt: off
_STOPWORDS_TEXT = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves said says would could may might must
shall one also its it's i'm don't can't won't he's she's that's there's they're we're you're
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
# fmt: on

# Title Case lines (menus, other articles' headlines) cost this much more than other short lines.
TITLE_CASE = 0.9
TITLE_WEIGHT = 3.0
# A sentence-case list item or a table cell of figures costs little: lists sit inside bodies.
LIST_MIN = 3
LIST_COST = -0.5
NUM_COST = -0.5
# prose without final punctuation, a short sentence (per word); a short line's cost
PROSE_UNENDED = 0.6
SHORT_SENT = 0.5
SHORT_BASE = 2.0
SHORT_WORD = 0.3
ENDED_COST = -1.0
CODE_COST = -0.3  # a line of a code listing ("if err != nil {")
# a paragraph with no prose beside it, after the last two paragraphs in a row, counts this much
ISOLATED = 0.5
TITLE_BODY = 0.1  # a headline's words recur in the body: weight of the share that does
DUP_WORDS = 4  # a repeated line this long is printed twice, not a recurring label
DUP_LIST = 4  # printed this often, a line is a field of a repeated list item
TAIL_LINKS = 3  # short lines after the last prose closing the body: a link list
TAIL_WORDS = 8
# body selection: a kept line scores (P - P_ARTICLE) * (words + P_WORDS) + RULE_SHARE * score,
# with P from the line model (`linescore`); furniture the rules removed costs GAP_COST, each
# further line of a run of furniture GAP_RUN times as much
P_ARTICLE = 0.45
P_WORDS = 2.0
RULE_SHARE = 0.25
GAP_COST = {"navigation": -3.0, "related link": -2.0, "boilerplate": -3.0}
GAP_RUN = 10.0
SIGNOFF_SCORE = 15.0  # an agency sign-off closes the article: the body runs to it
# the body's core is its best run at this stricter P; after the core, the body ends at the first
# run of END_RUN furniture lines not printed inside the core (an in-article ad slot is)
P_CORE = 0.7
END_RUN = 2
INTRO_WORDS = 5  # a line ending in a colon this long introduces a list (`Ingredients:` is a label)
INTRO_LIST = 20  # the most lines a list introduced by the body's last line takes in
CORE_GAP_RUN = 1.0
_CODE_PUNCT = re.compile(r"^[{}()\[\];,]{1,6}$")
_CODE = re.compile(
    r"(?:[;{}(\[]|=>|->)$|^(?://|/\*|#include\b|\$ |>>> )"
    r"|\b[A-Za-z_]\w*(?:\.\w+)+\(|\w ?(?:==|!=|:=|\+=|=>|===) ?\S"
    r"|^[\w.\[\]\"']{1,60} ?= ?\S"
)
# a heading that opens a section of its own: "Pros", "FAQ", "Here is what you need:"
_INTRODUCES = re.compile(r"(?i)[:?]$|\b(?:faqs?|frequently asked questions|pros|cons)\b")
_ITEM_NUMBER = re.compile(r"^(?:\d{1,3}|[A-Za-z])[.):]\s|^(?:step|part|chapter|day|week) \d", re.I)
_CODE_HINT = frozenset("=(;{}[")


def _code_like(s: str) -> bool:
    """A line of a code listing; the character test spares the regex most lines."""
    if _CODE_HINT.isdisjoint(s) and s[0] not in "/#$>" and s[-1] != ">":
        return False
    return bool(_CODE.search(s))


_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[•●▪■◦‣∙·*–-])\s")
# a timeline's entry: a year (`1990`, `1990s`, `2004–2010`) or a date opening the line, then a
# colon or a dash and what happened (`1990: elected mayor`, `4 June 1998 – left office`)
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?"
_DATED_ENTRY = re.compile(
    rf"^(?:(?:(?P<day>{_DAY_NUMBER})\s)?(?P<month>{MONTH_NAMES})\.?\s"
    rf"(?:(?P<mday>{_DAY_NUMBER}),?\s)?)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?:s|\s?[-–]\s?(?:\d\d){1,2})?\s?(?::|[–—]|\s-)\s*\w"
)
_WORD = re.compile(r"\w+(?:['’]\w+)?")
_FINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_SENT_END = re.compile(r"[.!?…][\"'”’»)\]]*$")

# --- explicit furniture rules (each anchored, bounded: linear time on any line) ---------------
_NAV = re.compile(
    r"(?i)^(?:\d{1,2}\.\s*)?(?:skip|jump) to\b.{0,60}$"
    r"|^(?:back to top|go to top|scroll to top|to top|top of page|menu|main menu|open menu|"
    r"close menu|close|search|toggle navigation|navigation|home|share|share this(?: article| story|"
    r" page| post)?|share on \w+|share via \w+|tweet|e-?mail|print|copy link|link copied|"
    r"follow us(?: on \w+)?|comments?|\d+ comments?|no comments|leave a (?:comment|reply)|"
    r"next article|previous article|next|previous|prev|load more|show more|more stories|"
    r"sign in|log ?in|log out|subscribe|register|sign up|newsletter|advertisement|"
    r"advertising|sponsored|ad|scroll to continue(?: with content)?|"
    r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube)"
    r"(?: \(opens in new window\))?)$"
)
_NAV_MORE = re.compile(
    r"(?i)^(?:(?:categor(?:y|ies)|filed (?:under|in)|tags?|tagged(?: with)?|topics?|posted in|"
    r"labels?|keywords)\s?:\s?.{0,300}|"
    r"like this:|like loading\.{0,3}|share this:?|"
    r"share (?:this )?(?:article|story|page|post)?\s?(?:on|to|via) .{1,40}|"
    r"click to (?:share|print|email|tweet).{0,60}|view all posts by .{1,80}|more posts by .{1,80}|"
    r"(?:previous|next|older|newer) (?:post|article|story|entry)s?\s?:?.{0,200}|"
    r"[←‹]\s?.{1,200}|.{1,200}\s?[→›]|"  # not « »: they are quotation marks in many languages
    r"(?:\d{1,3} )?(?:min(?:ute)?s?|hours?) read|reading time:? .{1,20}|"
    r"(?:reply|reply to comment|reply to .{1,40}|report|flag as inappropriate|like|likes?\s\d{1,6}|"
    r"\d{1,6} likes?|upvote|downvote|permalink|edit|delete|cancel reply)|"
    r"add (?:.{1,40} )?as (?:a )?(?:preferred|trusted|reliable)\b.{0,40}source\b.{0,30}|add now!?)$"
)
# a jump over an ad or to the rest of a teaser: "Advertisement - Continue Reading Below", "Article
# Continues Below", "Continue reading", "Read More..."
_CONTINUE = re.compile(
    r"(?i)^(?:advertisement\s?[-–—:|]?\s?)?(?:continue reading|keep reading|"
    r"(?:the )?(?:story|article|post) continues|read more(?:\.{2,3}|…)|"
    r"read more of our \w+(?:\.{2,3}|…)?)(?: below)?\s?[.:…]{0,3}$"
)
# a call-to-action button: "Get started for free", "Book a demo", "Learn more", "See all tours"
_CTA = re.compile(
    r"(?i)^(?:get|book|request|schedule|try|start|learn|explore|discover|shop|buy|order|claim|"
    r"download|watch|see|find|view|read|visit|contact|join|sign|subscribe|check)\b(?: \S+){0,3}? "
    r"(?:now|more|today|free|started|a demo|demo|a quote|quote|deals?|all(?: \S+)?|here|us|"
    r"(?:free )?trial|in touch|pricing|price|offer)\s?[!›»→]?$"
)
# a shop button of a product box ("Check price at Amazon", "Buy on Example (on sale!)") and an
# expand button ("Read more ↓", "Show 2 More ▼", "+ More Info")
_SHOP = re.compile(
    r"(?i)^(?:(?:check|see|compare|view|get) (?:the )?(?:latest |current |best )?(?:prices?|"
    r"deals?|offers?) (?:at|on|from) \S.{0,30}|(?:buy|shop|view|see it|get it|order) (?:it |now )?"
    r"(?:at|on|from) \S.{0,30}|read more|show (?:\d{1,3} )?more|see more|view more|\+ ?more info|"
    r"more info|see it)\s?[↓▼▾⌄!]?$"
)
_COOKIES = re.compile(
    r"(?i)\bcookies?\b.{0,200}\b(?:consent|website|browser|accept|privacy|preferences|settings|"
    r"third[- ]party|analytics|we use|this site uses)\b"
    r"|\b(?:we use|this (?:site|website) uses) cookies"
)
# sign-up and contact forms: their fine print, their messages, their pitch; affiliate
# disclosures and "Was this article helpful?" widgets. `_FORM_START` matches whole messages;
# the phrase patterns below it run only on lines holding their key words (`_form_text`).
_FORM_START = re.compile(
    r"(?i)(?:oops!? )?something went wrong|thank you!? your submission|"
    r"this field is (?:for validation|required)|"
    r"please (?:enter|fill|complete) (?:a |your |the |all |out )?(?:valid |required |this )?\w|"
    r"(?:enter|type) your e-?mail|(?:sign me up|subscribe now)!?$|"
    r"(?:was|did you find|is) this (?:article|page|post|content|information|guide|answer) "
    r"(?:helpful|useful)\??$|thank(?:s| you) for your feedback!?$|yes\s?no$|"
    # rating widgets: "How useful was this post?", "Click on a star to rate it!", "5 from 8 votes"
    r"how (?:useful|helpful) was this (?:post|article|page|recipe)\??$|"
    r"click (?:on )?a star to rate it!?$|submit rating$|rate this (?:recipe|post|article)!?$|"
    r"no votes so far!?.{0,40}$|average rating:? \d.{0,20}\bvote.{0,20}$|"
    r"\d(?:\.\d)? from \d{1,6} votes?$|"
    # reader-supported publications asking for support
    r"thanks for reading .{1,80}[!.] .{0,60}\b(?:subscribe|share|support)\b.{0,120}$|"
    r"since you(?:'ve|’ve)? (?:made it|read) to the (?:bottom|end) of (?:this|the) "
    r"(?:article|story|post)\b.{0,120}$|"
    r"(?:enjoyed|like[ds]?|love[ds]?) (?:this|the) (?:piece|article|story|post)\?.{0,40}"
    r"\b(?:help|support|donat\w*|subscrib\w*)\b.{0,120}$"
)
_BY_ACTION = (
    "by clicking",
    "by submitting",
    "by signing up",
    "by subscribing",
    "by registering",
    "by providing",
    "by entering",
    "by continuing",
)
_AGREE = re.compile(
    r"(?i)\bby (?:clicking|submitting|signing up|subscribing|registering|providing|"
    r"entering|continuing)\b.{0,200}\b(?:agree|consent|accept|acknowledge)"
)
_UNSUBSCRIBE = re.compile(r"(?i)you (?:can|may) unsubscribe|unsubscribe (?:at any time|anytime)")
_INBOX = re.compile(
    r"(?i)\b(?:delivered|sent|straight) (?:straight |right |directly )?to your inbox\b"
)
_SIGN_UP = re.compile(
    r"(?i)\bsign up (?:for|to) (?:our|the|my)\b.{0,40}\bnewsletter|"
    r"\bsign up (?:now )?(?:to (?:get|receive)|for (?:free|updates))\b"
)
_SUBSCRIBE_TO = re.compile(
    r"(?i)\bsubscribe to (?:our|the|my)\b.{0,40}\b(?:newsletter|blog|updates)"
)
_JOIN = re.compile(
    r"(?i)\bjoin (?:\d[\d,.]*\+?|over \d|more than \d)[\w ,.+]{0,20} (?:subscribers|readers|"
    r"others|members)"
)
_WE_EARN = re.compile(
    r"(?i)\bwe (?:may |might )?(?:earn|receive|get) (?:a |an )?(?:small |affiliate )?"
    r"(?:commission|fee|compensation)"
)
_AFFILIATE = re.compile(
    r"(?i)\b(?:contains?|uses?|includes?) affiliate links?\b|"
    r"\baffiliate links?\b.{0,80}\b(?:commission|earn)"
)


def _form_text(s: str) -> bool:
    """Sign-up fine print, form messages, affiliate disclosures. Each phrase's pattern runs only
    on lines holding its key words: a search over every line would cost more than all the
    other rules together."""
    if _FORM_START.match(s):
        return True
    low = s.lower()
    if " " not in s:  # every other phrase but "reCAPTCHA" has two words or more
        return "recaptcha" in low
    return (
        ("by " in low and any(k in low for k in _BY_ACTION) and bool(_AGREE.search(s)))
        or ("unsubscribe" in low and bool(_UNSUBSCRIBE.search(s)))
        or "we respect your privacy" in low
        or "recaptcha" in low
        or ("to your inbox" in low and bool(_INBOX.search(s)))
        or ("sign up" in low and bool(_SIGN_UP.search(s)))
        or ("subscribe to" in low and bool(_SUBSCRIBE_TO.search(s)))
        or ("join " in low and bool(_JOIN.search(s)))
        or ("we " in low and bool(_WE_EARN.search(s)))
        or "as an amazon associate" in low
        or "is a reader-supported publication" in low
        or ("affiliate link" in low and bool(_AFFILIATE.search(s)))
        or "no extra cost to you" in low
        or "no additional cost to you" in low
    )


_FORM_FIELD = re.compile(
    r"(?i)^(?:(?:first|last|full|your|company|business|work)\s)?(?:name|e-?mail|e-?mail address|"
    r"phone|phone number|mobile|message|company|website|zip(?: code)?|postal code|city|country|"
    r"state|job title|comments?)\s?\*?(?:\s?\((?:required|optional)\))?\s?:?\s?\*?$"
    r"|^(?:submit|send|send message|sign me up|subscribe now|captcha|loading\.{0,3}|success!?)$"
)
_BIO = re.compile(
    r"^(?:Dr\.? |Prof\.? )?(?P<name>[A-Z][\w'’-]+)(?: [A-Z][\w'’.-]+){0,3},? (?:is|was|has|leads|"
    r"covers|writes|co-founded|founded|brings|joined|serves|specializes|holds|works|oversees|"
    r"heads|manages|teaches|helps|loves|lives)\b"
)
_BIO_ROLE = re.compile(
    r"(?i)\b(?:he|she|her|his|writer|editor|author|journalist|reporter|founder|co-founder|expert|"
    r"specialist|contributor|coach|graduate|professor|director|manager|ceo|cto|consultant|analyst|"
    r"years of experience|experience (?:in|as)|career|degree|passionate|lives (?:in|with))\b"
)
_OCCUPATION = re.compile(
    r"(?i)\b(?:writer|editor|author|journalist|reporter|columnist|correspondent|contributor|"
    r"blogger|founder|co-founder|ceo|cto|professor|faculty|lecturer|researcher|fellow|physician|"
    r"analyst|consultant|coach|expert|specialist|years of experience)\b"
)
_NAME_COLON = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}: ")


def _closing_bio(s: str) -> bool:
    """ "Jane Doe is a freelance writer...", "I'm a reporter covering...", "Jane Doe: Jane was an
    editor at...": a line about the author (checked on the body's last lines only)."""
    if len(s) > 600 or not _OCCUPATION.search(s):
        return False
    s = _NAME_COLON.sub("", s, count=1)
    m = _BIO.match(s)
    if m and m.group("name").lower() not in STOPWORDS:
        return True
    return bool(re.match(r"(?:I'm|I am|I’m) (?:a|an|the)\b", s))


PITCH_LINES = 8  # the body's last lines searched for the site's pitch to its readers
# the site speaking to its readers after the article: a newsletter or follow pitch, an appeal
# for donations (a call to the reader: "please", "your support", "Donate now" as an imperative;
# a report on an appeal's donations, or on someone urging others to donate, is news), the
# story's own credits ("This story was produced by...", "Contact staff writer..."). A
# company's "contact us" / "book a demo" is not among them: in a company's blog post that
# closing call is the post's own last paragraph as often as it is the page's.
_PITCH = re.compile(
    r"(?i)\bsign up (?:today|now|for free|here)\b|\bsubscribe (?:today|now|here)\b"
    r"|\bget (?:the|our) newsletter\b"
    r"|\bjoin (?:our|the|my) (?:mailing list|newsletter|email list)\b"
    r"|\bfollow (?:us|me) on\b|\bstay (?:up to date|in the loop)\b|\breaders like you\b"
    r"|\bdonat(?:e|ions?|ing)\b.{0,80}(?:\b(?:please|you can|support us|help us)\b"
    r"|\byour (?:donations?|gifts?|support|contributions?|help)\b|[.!?] consider\b)"
    r"|(?:^[^\w\"“‘']*|[.!?:;,][\"”’]?\s+|\s[–—-]\s|\b(?:please|you can|(?:click|tap)"
    r"(?: here)? to)\s)donate (?:now|today|here|to (?:support|help|keep))\b"
    r"|\b(?:please|consider) (?:donating|pitching in|chipping in|supporting (?:us|our|the))\b"
    r"|^this (?:story|article|piece|post|report)\b.{0,100}\b(?:was|is) (?:written|reported|"
    r"produced|funded|developed|sponsored|created) (?:by|in partnership)\b"
    r"|^contact (?:staff )?(?:writer|reporter|editor|author|columnist) "
)


#: A reporting verb: a pitch's words after it in the same sentence are someone's reported
#: words ("the health service said please come forward", "Organisers said readers like you had
#: kept the fair alive"), news, not the site speaking to its readers.
_PITCH_REPORTED = re.compile(
    r"(?i)\b(?:said|says|told|tells|added|urged|asked|wrote|according to|announced|explained)\b"
)


def closing_pitch(s: str) -> bool:
    """Whether a paragraph after the article is the site's pitch to its readers (`_PITCH`: a
    newsletter, a donation appeal, the story's own credits), not one reported in a sentence
    of news (`_PITCH_REPORTED` before the match, in the sentence it opens in)."""
    if len(s) > 600:
        return False
    for m in _PITCH.finditer(s):
        start = max((b.end() for b in re.finditer(r"[.!?][\"”’]?\s", s[: m.start()])), default=0)
        if not _PITCH_REPORTED.search(s, start, m.end()):
            return True
    return False


def _closing_pitch(body: list[_Line]) -> None:
    """The site's pitch among the body's last lines (`_PITCH`) is boilerplate, with a heading
    right over it ("GET THE NEWSLETTER"); the article's paragraphs between pitches stay."""
    kept = [ln for ln in body if ln.reason is None][-PITCH_LINES:]
    for k, ln in enumerate(kept):
        if closing_pitch(ln.text):
            ln.reason = "boilerplate"
            if k and kept[k - 1].heading and not kept[k - 1].prose:
                kept[k - 1].reason = "boilerplate"


FRAME_LINES = 2  # the body's first and last lines searched for a newsletter's framing


def _newsletter_frame(body: list[_Line]) -> None:
    """A newsletter's greeting and sign-off among the body's first and last lines (`Good
    morning. Here is what you need to know today.`, `That's all for today. See you on
    Monday.`) are its framing, no news: boilerplate."""
    kept = [ln for ln in body if ln.reason is None]
    for ln in kept[:FRAME_LINES] + kept[-FRAME_LINES:]:
        if newsletter_frame(ln.text):
            ln.reason = "boilerplate"


_WRITTEN_BY = re.compile(r"^(?:[Ww]ritten|[Pp]osted) by ?(?=[A-Z])")


def _closing_author_box(body: list[_Line]) -> None:
    """A box about the author closing the body: a line naming a person ("Jane Doe", "Written by
    Jane Doe", or "Jane" under "By") over a paragraph about them ("Jane covers the harbour...",
    "(Editor) - Jane comes from..."); the box and what follows it are removed."""
    tail = max(0, len(body) - 6)
    for k in range(tail, len(body) - 1):
        head = body[k]
        name = _WRITTEN_BY.sub("", head.text)
        if head.reason is not None or head.prose:
            continue
        if not _looks_like_name(name):
            one = re.fullmatch(r"[A-Z][a-z]{2,20}", name)
            prev = body[k - 1].text if k else ""
            if not (one and (name != head.text or re.fullmatch(r"(?i)by:?|author:?", prev))):
                continue
        toks = [t for t in name.split() if len(t) > 2 and t.lower() not in STOPWORDS]
        about = re.compile(rf"\b(?:{'|'.join(map(re.escape, toks))})\b") if toks else None
        rest = body[k + 1 :]
        bio = next((o for o in rest[:3] if o.words >= 8), None)
        if about is None or bio is None or not about.search(bio.text[:80]):
            continue
        if not (_BIO_ROLE.search(bio.text) or _OCCUPATION.search(bio.text)):
            continue
        if sum(1 for o in rest if o.prose and o.words >= 15 and not about.search(o.text)) >= 2:
            continue
        for o in body[k:]:
            if o.reason is None:
                o.reason = "boilerplate"
        del body[k:]
        return


_AUTHOR_HEAD = re.compile(r"(?i)^(?:by|author|written by|about)\b")
#: The heading of the notes closing a piece (`Notes`, `References`, `Footnotes:`).
_NOTES_HEAD = re.compile(r"(?i)^(?:notes?|footnotes|endnotes|references|sources)\s*:?$")
#: One note under it: `[1] Ruling of 2 May, para. 4.`, `2. Ibid.`, `^3 Ibid.`, or a list item
#: (`- Ibid.`: an HTML page's `<ol>` as the extractor prints it, `- [2] Ibid.` its `<ul>`).
_NOTE_ITEM = re.compile(
    r"^(?P<u>[-•*]\s+)?(?:\[(?P<b>\d{1,3})\]\s+\S|\^?(?P<n>\d{1,3})[.)]?\s+\S|(?(u)\S|(?!)))"
)
#: A release's notes for the press (`Notes to editors`, `NOTE FOR EDITORS:`): the issuer's
#: background for journalists, printed after the release's text.
_EDITORS_NOTES = re.compile(r"(?i)^(?:notes?|information)\s(?:to|for)\s(?:the\s)?editors?\s*:?$")
#: A closing `Note:` about the document itself (`Note: This statement is issued by the Tribunal's
#: press office for media use only`, `Note: This is a press release`, `Note: This article was
#: first published ...`): the issuer's disclaimer, not its news. The document is named as this
#: one (`this release`, `is a press release`), as its kind (`press releases are prepared by
#: ...`, `not an official document`) or by its use (`for information purposes only`); a note
#: that reports what someone's press release said (`Note: The council's press release did not
#: say how ...`) is the article's reporting, and one saying the text was updated or corrected
#: is a notice the dossier lists (`compare.notices`).
_DOCUMENT_NOTE = re.compile(
    r"(?i)^(?:please\s)?note\s?:\s.{0,300}\b(?:"
    r"this\s(?:(?:press|news|media)\s)?(?:release|document|statement|announcement|translation)|"
    r"this\s(?:article|story|piece)\s(?:was|is|has\sbeen)\s(?:first\s|originally\s)?"
    r"(?:published|produced|republished|reproduced|written)|"
    r"(?:is|was)\s(?:an?\s)?(?:official\s)?(?:press|news|media)\s(?:release|statement)|"
    r"(?:press|news|media)\s(?:releases|statements)\s(?:are|do|may)|"
    r"not\s(?:\w+\s){0,2}official\s(?:documents?|records?)|"
    r"for\s(?:information|informational|media)\s(?:purposes|use)\s?only)\b"
)


#: Paragraphs that may follow a piece's closing notes (an author's bio line, left to the rules
#: after): a `Sources` list with more of the article after it is the article's own list.
NOTES_TAIL = 1


def closing_notes(paras: list[str], marked: bool) -> list[int]:
    """Which of a piece's paragraphs are its closing notes, references rather than its text: a
    `Notes` / `References` heading over notes only (`[1] Ruling of 2 May, para. 4.`; a plain
    `1.` or bulleted list only when the text carried glued footnote markers, `marked`, else it
    may be a list of the article's own) that closes the piece, a release's `Notes to editors`
    and what follows it, and a closing `Note:` about the document. What may follow the notes
    (a bio line, `NOTES_TAIL`) is left to the rules after. One rule for pre-scraped text and
    HTML's extracted paragraphs."""
    for k, text in enumerate(paras):
        if _EDITORS_NOTES.match(text) and k > 0:
            return list(range(k, len(paras)))
        if not (_NOTES_HEAD.match(text) and k > 0):
            continue
        items = 0
        for other in paras[k + 1 :]:
            m = _NOTE_ITEM.match(other)
            if not m or (not m["b"] and not marked):
                break
            items += 1
        if items and len(paras) - (k + 1 + items) <= NOTES_TAIL:
            return list(range(k, k + 1 + items))
    end = len(paras)
    while end and (_DOCUMENT_NOTE.match(paras[end - 1]) or next_issue(paras[end - 1])):
        end -= 1
    return list(range(end, len(paras)))


#: A bulletin's closing line on when the next one comes (`Next report: 24 November 2026.`, `The
#: next update will be issued on Friday.`): the series' schedule, not the report's news. A
#: briefing is an event a story reports, no issue of a series, unless a label says when the
#: next one is (`Next briefing: Monday, 10:00.`, group `label`).
_NEXT_ISSUE = re.compile(
    r"(?i)^(?:the\s+)?next\s+(?:(?:situation|sitrep|flash|daily|weekly|monthly)\s+)?"
    r"(?P<noun>report|update|bulletin|sitrep|edition|issue|briefing)\b"
    r"(?:(?P<label>\s*:\s*)|\s+(?:will\s+be\s+(?:issued|published|released|sent|shared|out)"
    r"|is\s+(?:due|expected|scheduled|planned)|(?:is\s+)?(?:due|expected|out))\s*(?:on|by|in|at)?\s*)"
    r"(?P<when>[^!?]{2,60}?)[.!]?$"
)
#: A time of day a labelled schedule line gives (`at 10:00 GMT`, `10am`, `14.30 local time`).
_SCHEDULE_TIME = re.compile(
    r"(?i)(?:\bat\s+)?\b(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\b\.?)?"
    r"|(?:1[0-2]|0?[1-9])\s?[ap]\.?m\b\.?)"
    r"(?:\s+(?:local\s+time\b|(?-i:[A-Z]{2,5})\b))?"
)
#: A day a schedule line gives besides a written date: a weekday, `tomorrow`, `next week`.
_DAY_WORD = re.compile(
    r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next\s+week)\b"
)


def next_issue(line: str) -> bool:
    """Whether a line only says when the next report of a series comes (`_NEXT_ISSUE`): a day
    or a date and nothing else after it (`Next report: 24 November 2026.`, `Next update:
    Friday`); a labelled line may add a time of day (`Next update: Friday at 10:00 GMT.`,
    `Next briefing: 14:00`). A sentence that goes on (`... on Friday, when the bank publishes
    ...`, `The next briefing is expected on Monday at 10am.`) or gives no day (`Next issue:
    whether ...`) is the story's."""
    m = _NEXT_ISSUE.match(line.strip())
    if not m:
        return False
    if not m["label"]:
        return m["noun"].lower() != "briefing" and _only_a_day(m["when"])
    when, times = _SCHEDULE_TIME.subn(" ", m["when"])
    return _only_a_day(when, times > 0)


def _only_a_day(when: str, found: bool = False) -> bool:
    """Whether a text is one day and nothing else (`Friday 14 March 2027`, `14/3/2027`, `next
    week`): its dates and day words taken out, no word is left. `found`: the caller already took
    out a time of day, which is a when of its own."""
    rest = when
    while date := find_date(rest):
        rest, found = rest[: date[1]] + " " + rest[date[2] :], True
    rest, days = _DAY_WORD.subn(" ", rest)
    return (found or days > 0) and not re.search(r"\w", re.sub(r"(?i)\b(?:on|the)\b", " ", rest))


def _closing_notes(body: list[_Line]) -> None:
    """The body's closing notes (`closing_notes`) are `boilerplate`."""
    kept = [ln for ln in body if ln.reason is None]
    for k in closing_notes([ln.text for ln in kept], any(ln.marks for ln in kept)):
        kept[k].reason = "boilerplate"


def _author_bio(s: str, byline: str | None) -> bool:
    """A closing line about the piece's author: opening with the byline's name, a bio's verb
    after it (`_BIO`: `Dr Mara Quist teaches the law of rivers at ...`), one or two short
    sentences; no occupation word needed, as `_closing_bio` needs for a name it cannot check."""
    names = [n.strip() for n in (byline or "").split(";") if len(n.split()) >= 2]
    if not names or len(_WORD.findall(s)) > 45 or len(re.findall(r"[.!?](?:\s|$)", s)) > 2:
        return False
    bare = HONORIFIC_LEAD.sub("", s, count=1)
    return bool(_BIO.match(bare)) and any(bare.startswith(f"{n} ") for n in names)


_BREADCRUMB = re.compile(r"^[^\n]{1,40}(?:\s[>»›]\s[^\n]{1,40}){1,6}$")
_EMBED_MARK = re.compile(r"(?i)^(?:embed|embedded (?:content|post|tweet|video))\s*:?\s*$")
_EMBED_LINE = re.compile(
    r"(?i)pic\.twitter\.com/|^view this post on instagram$|^a post shared by .{1,80}$"
    r"|^[—–-]\s?[^\n]{1,80}\(@\w{1,30}\)[^\n]{0,80}$|^https?://(?:t\.co|twitter\.com|x\.com)/\S*$"
)
_RELATED = re.compile(
    r"(?i)^(?:related(?: articles?| stories| story| content| coverage| reading| news)?|"
    r"read more|read also|also read|read next|see also|more on this(?: story| topic)?|"
    r"recommended(?: stories| articles)?|you (?:may|might) also like|more from [\w ]{1,30}|"
    r"more to explore|most read|most popular|trending|latest news|top stories|more stories|"
    r"further reading|don't miss|watch|listen)\s*(?:[:|»>–—-]\s*(?P<rest>.{0,300}))?$"
)
# "[Read more: Council approves budget]", "( Also read: ... )", "READ: Best hiking boots"
_RELATED_BRACKET = re.compile(
    r"(?i)^(?:[\[(]\s?(?:read more|read also|also read|related|see also|more|read)\b.{1,250}[\])]"
    r"|read\s?:\s.{1,250})$"
)
_CREDIT_WORDS = (
    r"(?:AP|AFP|Reuters|Getty(?: Images)?|TASS|picture[- ]alliance|dpa|EPA(?:-EFE)?|Pool|"
    r"Imago|Shutterstock|Xinhua|ANSA|Sputnik|Kremlin|Anadolu|Bloomberg|Alamy|"
    r"NurPhoto|SOPA|ZUMA|Sipa|Handout|AAP|PA|Wire|Images|Photo|File)"
)
_CREDIT_LINE = re.compile(
    r"(?i)^\(?(?:image|images|photo|photos|picture|foto|photograph|credit|credits|"
    r"illustration|video|graphic|photo credit|image credit|image source)\s*:\s*.{1,100}$"
    r"|^\(?(?:photo|image|picture|illustration)s? (?:by|courtesy(?: of)?)\s.{1,100}$"
)
# "Image: The minister (left) arrives at the talks": a labelled caption too long for a credit
_CAPTION_LABEL = re.compile(
    r"(?i)^\(?(?:image|photo|picture|photograph|caption|pictured|above|top)\s*:\s*\S.{0,300}$"
)
_CAPTION_BUTTON = re.compile(r"(?i)^(?:show|hide|toggle|view|close) caption$")
_SLASH_CREDIT = re.compile(r"^[^\s/][^/\n]{0,40}(?:\s?/\s?[^/\n]{1,40}){1,4}$")
_CREDIT_WORD = re.compile(rf"(?<!\w){_CREDIT_WORDS}(?!\w)", re.I)
_TRAILING_CREDIT = re.compile(
    r"\s(?:(?i:image|photo|picture|foto|credit|photograph)s?\s?:|"
    r"\|\s?(?i:image|photo|picture|foto|credit|photograph)s?\s?(?::|by))\s?"
    r"(?:[^.!?\n]|(?<=[A-Z])\.(?=\s)){1,80}$"
)
_BRACKET_CREDIT = re.compile(
    r"\s*[(\[](?i:image|photo|picture|foto|credit)s?\b[^()\[\]\n]{0,80}[)\]]$"
)


def caption_without_credit(caption: str) -> str:
    """A caption's words without the credit closing it (`... were delayed. Photo: Jo Lane/
    Nordpix`, `(Photo: Agency)`): the picture's description is content, the credit is not."""
    s = " ".join(caption.split())
    return _BRACKET_CREDIT.sub("", _TRAILING_CREDIT.sub("", s)).strip()


# a caption whose credit closes it: "Hikers on the ridge. Photo: Jane Doe/Example Agency",
# "A quiet street.Jane Doe / Getty Images", "... – Photo Credit: Jane Doe (example.com)", "Photo
# by Jane Doe on Unsplash", "(Image via Pixabay)", "Courtesy of the brand": the credit starts the
# line or follows a sentence's end or a dash, and runs to the line's end without a sentence
_STOCK = (
    r"(?:Getty(?: Images)?|Shutterstock(?:\.com)?|Unsplash|iStock(?:photo)?|Alamy|Pexels|Flickr|"
    r"Pixabay|Adobe Stock|Wikimedia Commons)"
)
_STOCK_NAME = re.compile(_STOCK)
_CREDIT_TEXT = r"(?:[^.!?\n]|(?<=[A-Z])\.(?=\s)|\.(?=\w)){1,80}"
_CREDIT_END = re.compile(
    r"(?:^\(?|(?<=[.!?\"”’)])\s?\(?|\s[–—|-]\s)(?:"
    rf"[^\s/.!?][^/.!?\n]{{0,50}}(?:\s?/\s?(?:{_STOCK}|{_CREDIT_WORDS})|\svia\s{_STOCK})"
    rf"|(?i:photo|image|picture)s? (?i:credits?)\s?:\s?{_CREDIT_TEXT}"
    rf"|(?:Photo|Image|Picture|Photograph)s?\s?:\s{_CREDIT_TEXT}"
    rf"|(?:Photo|Image|Picture|Photograph)s? by\s(?P<by>{_CREDIT_TEXT})"
    rf"|(?i:images?|photos?|pictures?) (?i:via|from|courtesy(?: of)?) (?P<via>{_CREDIT_TEXT})"
    rf"|(?i:courtesy(?: of)?) (?P<of>[^.!?\n]{{1,60}})"
    r")\.?\)?$"
)
# a verb a clause needs: "Photographs by two passengers were shown" is the article's sentence
_AUXILIARY = frozenset(
    "is are was were be been has have had will would can could may might shall should must "
    "do does did".split()
)
_CREDIT_SMALL = frozenset("of the and for on in at via courtesy de da del van von".split())
# what pictures do in a sentence: "Photos from the scene show a collapsed roof"
_PICTURE_VERBS = frozenset(
    "show shows showed shown showing depict depicts depicted capture captures captured reveal "
    "reveals revealed document documents documented feature features featured".split()
)


# words after a participle that make it a credit's ("licensed under", "used with permission")
_CREDIT_AFTER = frozenset("by under with via from courtesy".split())


def _clause(words: list[str]) -> bool:
    """Whether the words after "Photos by" / "Courtesy of" go on as a sentence, not a credit:
    an auxiliary or a lower-case verb of what pictures do ("show", "captured"; a capitalised one
    names a source, "Northgate Boat Show"), or a verb-shaped word right after a name ("Anna
    Berg walked")."""
    if any(w.lower() in _AUXILIARY or w in _PICTURE_VERBS for w in words):
        return True
    return _verb_after_name(words)


def _verb_after_name(words: list[str]) -> bool:
    """Whether a name opening the words goes on with a verb-shaped word ("Tom Hale sparked
    outrage", "Tom Hale takes the reader"): a lower-case word ending in -ed or -s right after
    the capitalised ones, with more words after it. Not after a comma ("Jane Doe, graphics by
    Tom Hale"), not one closing the credit (a plural, "Northgate Museum archives"), and not a
    participle before a credit's preposition ("licensed under", "used with permission")."""
    k = 0
    while k < len(words) and words[k][:1].isupper():
        k += 1
    if not k or k + 1 >= len(words) or words[k - 1].endswith(","):
        return False
    w = words[k]
    return (
        w.islower()
        and len(w) > 3
        and w not in _CREDIT_SMALL
        and w.endswith(("ed", "s"))
        and not w.endswith("ss")
        and words[k + 1].lower() not in _CREDIT_AFTER
    )


def _credit_caption(s: str) -> bool:
    """A line that ends in a photo credit (`_CREDIT_END`). A credit that opens with words a
    sentence can open with ("Photographs by", "Courtesy of", "Photos from") counts only when
    what follows is a credit, not a clause: an agency or a stock site, a name ("Tomas Berg
    on Unsplash"), or a few words with no verb and no comma ("the harbour council")."""
    m = _CREDIT_END.search(s)
    if not m:
        return False
    who = m.group("by") or m.group("via") or m.group("of")
    return who is None or _credit_name(who, alone=not s[: m.start()].strip(" ("))


def _credit_name(who: str, alone: bool) -> bool:
    """Whether the words after "Photo by" / "Courtesy of" name the credit and end there. On a
    line of its own the credit may run longer ("Image from the May 2024 harbour survey") than
    after a caption's sentence, where it must be a name or a few words."""
    if "/" in who or _STOCK_NAME.search(who):
        return True
    words = [w.strip("(),") for w in who.split() if any(c.isalnum() for c in w)]
    if _clause(words):
        return False
    if len(words) <= 12 and all(
        w[:1].isupper() or w[:1].isdigit() or w in _CREDIT_SMALL for w in words
    ):
        return True  # "Tomas Berg on Unsplash", "X, courtesy of the High Line", "X | From: Y"
    return len(words) <= (12 if alone else 5) and "," not in who


_CREDIT_KEY = re.compile(rf"(?i:photo|image|picture|courtesy)|{_STOCK}|\s?/\s?{_CREDIT_WORDS}$")
_REPORTING = re.compile(
    r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|written|research) by "
    r"[^\n]{1,300}$",
    re.I,
)
# One credit for the making of the piece: "Interview by X", "Translated from the Spanish by Y",
# "Interview: X", "Additional reporting by Z" (a name must follow: `_credit_only`).
_MAKING = (
    r"(?i:(?:additional\s)?(?:interview(?:ed)?|interviews|conversation|translat(?:ed|ion)|"
    r"reporting|reported|edited|editing|research|researched|compiled|produced|written|"
    r"transcri(?:bed|ption)|fact[- ]check(?:ed|ing)?))"
)
#: A magazine's credits for words and pictures, read only with `by` (`Words by X. Photographs
#: by Y.`): `Photos: X` alone is an image credit, and `Text: …` may open anything.
_MADE_BY = r"(?i:words|text|story|photographs|photography|photos|pictures|illustrations?|graphics)"
_CREDIT_SENTENCE = re.compile(
    rf"^(?:{_MAKING}(?:\s(?i:from|into)\s(?:the\s)?[A-Z][^\W\d_]+)?"
    rf"(?:\s(?i:by)\s?:?\s|\s?:\s?)|{_MADE_BY}\s(?i:by)\s?:?\s)(?P<name>\S.{{0,99}})$"
)
#: The credit that names the writer (`Words by X.`, `Written by X.`): the byline of a page
#: whose credits line has no other.
_WRITER_CREDIT = re.compile(r"(?i)^(?:words|written|text|story)\sby\b")
# A sentence ends after a word of two or more letters: an initial's point ("J. R. Doe") does not;
# a comma before another credit's word parts two credits ("Interview by X, translated by Y").
_CREDIT_SPLIT = re.compile(rf"(?<=[^\W\d_]{{2}})[.;]\s+|,\s+(?=(?:{_MAKING}|{_MADE_BY}\sby)\b)")
CREDIT_MAX = 200  # a credit line is short: longer text is prose that opens like one
CREDIT_LINES = 3  # how many of the body's first and last lines may be credits


def _credit_only(s: str) -> bool:
    """Whether a line is only credits for the piece ("Interview by X. Translated from the
    Spanish by Y."): each of its sentences a credit label and a plausible name, so a sentence
    that goes on ("Translated by volunteers, the book sold…") is not one."""
    s = s.strip().strip("()[]").strip().rstrip(".")
    if not s or len(s) > CREDIT_MAX:
        return False
    for part in _CREDIT_SPLIT.split(s):
        m = _CREDIT_SENTENCE.match(part.strip())
        name = m and _clean_name(m.group("name"))
        if not name or not _plausible_name(name, lambda _w: False, everyday=False):
            return False
    return True


#: The lowercase words a contributors' tagline or a travel disclosure names its people with
#: (`Basin Press writers Ana Lint in Selm and Bo Kerr in Varn`, `The reporter`); every other
#: word is capitalised (a name, a place, an agency).
_CREDIT_WHO_WORDS = frozenset(
    "in and also the this our writer writers reporter reporters correspondent correspondents "
    "staff journalist journalists photographer photographers producer producers author".split()
)
# `<who> contributed to this report.`, `<who> contributed reporting from Varn.` (AP style)
_CONTRIBUTED = re.compile(
    r"^(?P<who>[A-Z][^.!?;:]{2,250}?),?\s(?:also\s)?contributed"
    r"(?P<what>\s(?:reporting|research|writing|to\s(?:this|the)\s(?:report|story|article)))?"
    r"(?:\s(?:from|in)\s[A-Z][^.!?;:]{1,80})?$"
)
# `The reporter travelled as a guest of …`, `<Name> travelled to X with the assistance of Y.`,
# `The author was a guest of Z.` (group `guest`); the subject may hold initials (`Ana M. Ruiz`).
# `at the invitation of` (group `invite`) says who asked, not who paid: a story's trip as often.
_TRAVELLED = re.compile(
    r"^(?P<who>[A-Z](?:[^.!?;:]|(?<=\b[A-Z])\.){0,60}?)\s"
    r"(?:(?:travell?ed|was\sa\sguest)(?:\sto\s[A-Z][^.!?;:]{1,60}?)?"
    r"\s(?:as\s(?:a|the)\sguests?\sof|with\s(?:the\s)?assistance\sof"
    r"|courtesy\sof|(?P<invite>at\sthe\sinvitation\sof)"
    r"|(?:on\sa\strip\s)?(?:paid\sfor|funded|organi[sz]ed|sponsored)\sby)"
    r"|(?P<guest>(?:was|were)\s(?:a|the)\sguests?\sof(?!\s+hono(?:u)?r\b)))"
    r"\s[^!?;:]{2,150}$"
)
#: The writer as a disclosure names them (`The reporter`, `This writer`, `Our correspondent`, `I`).
_WRITER = re.compile(
    r"(?i:I|(?:the|this|our)\s(?:reporter|writer|author|journalist|correspondent|photographer))"
)
#: The words of a tagline that name its people's job (`Basin Press writers Ana Lint ...`).
_CREDIT_NOUNS = _CREDIT_WHO_WORDS - frozenset("in and also the this our".split())


def closing_credit(line: str, byline: str | None = None, closing: bool = True) -> bool:
    """Whether a line is only credits for the piece: a making-of credit (`_credit_only`:
    `Reporting by X; Editing by Y`), a contributors' tagline (`Basin Press writers Ana Lint in
    Selm and Bo Kerr in Varn contributed to this report.`) or, among the closing lines
    (`closing`), a travel disclosure whose subject is the writer (`The reporter travelled as a
    guest of the Harl Tourism Board.`, `_disclosing_writer`): the paper's credits, not the
    story; a story's `The Orvia Red Cross contributed.` or `President X travelled to Y at the
    invitation of Z.` stays."""
    s = line.strip().strip("*_()[]").strip()
    if _credit_only(s):
        return True
    s = s.rstrip(".").strip()
    if len(s) > 2 * CREDIT_MAX:
        return False
    if m := _CONTRIBUTED.match(s):
        return _credit_people(m.group("who"), bare=not m.group("what"))
    if not (m := _TRAVELLED.match(s)):
        return False
    if not closing:  # atop the story only the writer's own words (`The writer travelled ...`)
        return _WRITER.fullmatch(m.group("who")) is not None
    # `X was a guest of Y`, `X travelled to Y at the invitation of Z` are a story's sentences
    # too: only the writer's or the byline's person's
    return _disclosing_writer(m.group("who"), byline, any_person=not (m["guest"] or m["invite"]))


def _credit_people(who: str, bare: bool) -> bool:
    """Whether a tagline's subject only names people, places and desks (`_CREDIT_WHO_WORDS`)
    and says they are the paper's: a job's word (`Associated Press writer Bo Kerr`), an agency
    or outlet (`The Associated Press`) or, when the tagline says what they gave (`to this
    report`, `reporting`), a person's name (`Ana Lint`); a body (`The Orvia Red Cross`) is
    none."""
    words = NAME_WORD.findall(who)
    if not words or not all(
        w[0].isupper() or w in _CREDIT_WHO_WORDS or w in NAME_PARTICLES for w in words
    ):
        return False
    if {w.lower() for w in words} & _CREDIT_NOUNS:
        return True
    runs = [
        r.strip()
        for r in re.split(r",\s*|\s(?:in|and|also|the|The|this|This|our|Our)\s", f" {who} ")
    ]
    if any(r and (is_agency(r) or canonical_outlet(r) is not None) for r in runs):
        return True
    return not bare and (_outlet_shaped(who) or any(_person_name(r) for r in runs))


#: `The` and a paper's name after it (`The Orsa Herald`): an outlet the table need not know.
_THE_NAME = re.compile(r"The\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})")


def _outlet_shaped(who: str) -> bool:
    """Whether a tagline's subject is `The` and a paper's name (`outlets.paper_word`: `The Orsa
    Herald`), a sister paper the outlets table does not know; `The Orvia Red Cross` is none."""
    m = _THE_NAME.fullmatch(who.strip())
    return bool(m) and paper_word(m["name"])


def _person_name(name: str) -> bool:
    """Whether a credit is a person's name (`credits.byline_people`) of a person's shape
    (`_person_shaped`: a given name first, or no everyday word: `Oluwaseun Adeyemi`, `Siobhán
    Ní Bhriain`): no body's (`Orvia Red Cross`, `Selm Fishing Board`) nor an office's
    (`President Ilse Dorn`, `The Minister`)."""
    words = name.split()
    return (
        bool(words)
        and _person_shaped(name)
        and words[0].lower().rstrip(".") not in OFFICE_TITLES
        and not {w.lower() for w in words} & INSTITUTION_NOUNS
        and bool(byline_people(name))
    )


def _disclosing_writer(who: str, byline: str | None, any_person: bool = True) -> bool:
    """Whether a travel disclosure's subject is the writer: `The reporter`, `This writer`, `I`,
    a person the byline names (`_same_person`: `Ana Ruiz` or `Ana` by `Ana M. Ruiz`); with none
    known and `any_person`, a person's name (`_person_name`: `Sarah-Jane O'Neill`, no office:
    `President Ilse Dorn`, `The Minister` are the story's)."""
    if _WRITER.fullmatch(who):
        return True
    names = byline_people(without_honorific(byline))
    if names:
        return any(_same_person(who, n) for n in names)
    return any_person and _person_name(who)


def _same_person(who: str, name: str) -> bool:
    """Whether a disclosure's subject names the bylined person: the same first name alone, or
    the same first and last names (a middle name or initial may be left out either side)."""
    said, full = who.casefold().split(), name.casefold().split()
    if len(said) == 1:
        return said[0] == full[0]
    return said[0] == full[0] and said[-1] == full[-1]


def _credit_lines(lines: list[_Line], body: list[_Line], byline: str | None) -> None:
    """Mark the credit-only lines where a byline or a credit is printed: over the body, among
    its first lines (under the headline) and among its last lines (a closing credit)."""
    if not body:
        return
    head = [ln for ln in lines if ln.idx < body[0].idx]
    closing = {id(ln) for ln in body[-CREDIT_LINES:]}
    for ln in head + body[:CREDIT_LINES] + body[-CREDIT_LINES:]:
        if ln.reason in (None, "boilerplate") and closing_credit(
            ln.text, byline, id(ln) in closing
        ):
            ln.reason = "sign-off"


#: A byline line: `By X`, `Author: X`, or another language's label with its colon (`Autor:`,
#: Polish, German, Czech, Spanish; `Autorka:`, `Autorin:`, `Auteur :`, `Autore:`, `Penulis:`;
#: the colon, as a bare `Autor X` may open a sentence). `Von X`, `Par X`, `Por X` are read
#: by `_find_byline` and `_strip_by_word`.
_BYLINE = re.compile(
    r"^(?:(?:by|written by|words by|reported by|author|authors|story by|text by)\s?:?|"
    r"(?:autor(?:a|ka|in|es)?|auteure?|autrice|autore|penulis)\s?:)\s+"
    r"(?P<name>[^\n]{2,150})$",
    re.I,
)
_URL_LABEL = re.compile(
    r"(?i)^(?:original\s+)?(?:(?:article|story|page)\s+(?:url|link)|url|link|source url|source|"
    r"permalink|original article)\s*:\s*"
    r"(?P<url><?https?://\S{1,2000}>?)?\s*$"
)
_URL_ONLY = re.compile(r"^<?(?P<url>https?://[^\s<>]{1,2000})>?$")
#: A print view's stamp over the article (`Printed from example.com on 23/11/2026 at 18:04`,
#: `This article was printed on 3.5.2026`): the printout's, not the report's. The site is a host
#: and the date is in figures, so `Printed on recycled paper, the report …` stays.
_PRINT_STAMP = re.compile(
    r"(?i)^(?:this (?:article|story|page|copy) (?:was |is )?)?printed "
    r"(?:from (?:https?://)?[\w-]+(?:\.[\w-]+)+/?\S*|on \d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})"
    r"[^.!?]{0,60}\.?$"
)
_MD_LINK = re.compile(r"!?\[(?P<text>[^\[\]\n]{0,300})\]\((?P<url>[^()\s]{0,2000})\)")
_ANGLE_URL = re.compile(r"<(?P<url>https?://[^\s<>]{1,2000})>")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,20}(?:\s[^<>\n]{0,200})?/?>")
#: A footnote's marker glued to the sentence or word it annotates (`...on the map.[1]`,
#: `"...to litigate".[3]`, `the ruling[2] said`): a reference, not the writer's words. A `[1]`
#: after a space (a table cell, a list's own numbering, `note [1]`) is left alone.
FOOTNOTE_MARK = re.compile(r"(?<=[.,;:!?\"”’)\w])\[\d{1,3}\](?=[\s.,;:!?\"”’)]|$)")
_NOT_TITLE = re.compile(
    r"(?i)\b(?:min(?:ute)?s? read|\d{1,2}:\d\d|posted|published|updated|"
    r"fact[- ]checked|reviewed by|"
    r"table of contents|cookies?|privacy|sign up|subscribe|newsletter|advertis\w*)\b"
)
COMMENT_PROSE = 40  # prose words the page must have shown before a comment marker counts
_COMMENTS_START = re.compile(
    r"(?i)^(?:leave a (?:reply|comment)|leave your comment|post a comment|add (?:a )?comment|"
    r"write a comment|join the (?:discussion|conversation)|reader interactions|"
    r"comments are closed|discussion about this (?:post|article|story)|"
    r"your email address will not be published.{0,80}|load (?:all |more )?comments|"
    r"(?:show|view|read) (?:all )?(?:\d{1,6} )?comments|"
    r"\d{1,6} (?:thoughts|responses|replies|comments?) (?:on|to)\b.{0,200}|"
    r"(?:one|two|three) (?:thoughts?|responses?) on\b.{0,200}|"
    r"(?P<weak>(?:\d{1,6} )?comments?(?: \(\d{1,6}\))?))\s*:?$"
)
END_PROSE = 100  # prose words before an end-of-article section heading counts
_END_SECTION = re.compile(
    r"(?i)^(?:related (?:posts|articles|stories|content|reading)|"
    r"you (?:may|might) also (?:like|enjoy)|"
    r"(?:more|other) (?:posts|articles|stories) (?:from|by|like this|you may like)\b.{0,40}|"
    r"recommended (?:for you|stories|articles|posts|reading|content)|"
    r"most (?:read|popular|viewed|shared|emailed|commented)(?: \w+)?|"
    r"popular (?:now|today|this week)|editor['’]?s['’]? (?:picks?|choice)|"
    r"recommend(?:ed)? posts|about the (?:authors?|writers?|reviewers?|contributors?)|"
    r"you (?:may|might) also be interested in|"
    r"popular (?:posts|articles|stories)|recent posts|latest (?:posts|articles|stories)|"
    r"trending(?: now| stories)?|read next|up next|what to read next|keep reading|"
    r"more from [\w ]{1,30}|read this next|explore (?:more|other)\b.{0,40}|"
    r"read more (?:articles|posts|stories|news)\b.{0,40}|keep exploring\b.{0,40}|"
    r"you(?:'ll|’ll| will)? (?:also )?(?:love|like|enjoy)\b.{0,20}|"
    r"(?:recently|more|also) by [A-Z].{0,40}|further reading\b.{0,40}|"
    r"you (?:may|might) (?:also )?be interested in.{0,60}|"
    r"related (?:topics|resources|links|reads|guides)\b.{0,40}|the latest from (?:the|our) .{1,30}|"
    r"references|citations|footnotes|(?:article )?sources|works cited|bibliography|endnotes|"
    r"from the archives?|more ways (?:i|we) can help(?: you)?|other ways to connect.{0,40}|popular|"
    r"about (?:our|the) experts?|(?:article )?written by|meet the (?:authors?|experts?)|"
    r"(?:more|recent|latest|other|similar|related|popular|featured|top) (?:\w+ )?(?:posts|articles|"
    r"stories|news|videos|guides|recipes|insights|reads|reviews|episodes|podcasts))\s*:?$"
)
_COMMENT_AUTHOR = re.compile(r"^[^\n]{1,60}\s(?:says|said|wrote)\s?:?$")
_COMMENT_DATE = re.compile(
    r"(?i)\b(?:at\s\d{1,2}[:.]\d\d|\d{1,2}[:.]\d\d\s?[ap]\.?m\b|\d{1,3} (?:minutes?|hours?|days?|"
    r"weeks?|months?|years?) ago)"
)
_TOLD = re.compile(r"\b(?:told|speaking to|in an interview with|said to)\s+$")
_TOLD_ANY = re.compile(r"\b(?:told|speaking to|in an interview with|said to)\s")


@dataclass(slots=True, eq=False)
class _Line:
    start: int  # span of the stripped line in the normalised input
    end: int
    text: str  # stripped line, markdown link residue resolved
    block: int  # index of the blank-line separated block
    reason: str | None = None
    fixes: tuple[tuple[int, int], ...] = ()  # residue spans (absolute) removed inside the line
    words: int = 0
    score: float = 0.0
    prose: bool = False
    heading: bool = False
    shape: str = ""  # "num" (figures), "title" (Title Case), "item" (numbered/bulleted)
    vocab: frozenset[str] = frozenset()  # its words, lower case
    sentence: bool = False  # ends with sentence punctuation
    idx: int = 0  # position in the page's list of lines
    marks: int = 0  # footnote markers removed from the line (`FOOTNOTE_MARK`)


def _split(norm: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    block = 0
    for piece in norm.split("\n"):
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            start = pos + lead
            lines.append(_Line(start, start + len(stripped), stripped, block, idx=len(lines)))
        elif lines and lines[-1].block == block:
            block += 1
        pos += len(piece) + 1
    return lines


def _resolve_residue(line: _Line) -> None:
    """`[text](url)` -> text, `<https://x>` -> https://x, stray tags dropped; spans recorded."""
    s = line.text
    if "[" not in s and "<" not in s:
        return
    out: list[str] = []
    fixes: list[tuple[int, int]] = []
    last = 0
    spans: list[tuple[int, int, int, int]] = []  # (start, end, keep_start, keep_end)
    for m in _MD_LINK.finditer(s):
        spans.append((m.start(), m.end(), m.start("text"), m.end("text")))
    for st, en in footnote_marks(s):
        spans.append((st, en, en, en))
        line.marks += 1
    for m in _ANGLE_URL.finditer(s):
        spans.append((m.start(), m.end(), m.start("url"), m.end("url")))
    for m in _TAG.finditer(s):
        spans.append((m.start(), m.end(), m.end(), m.end()))
    spans.sort()
    for st, en, ks, ke in spans:
        if st < last:
            continue
        out.append(s[last:st])
        out.append(s[ks:ke])
        if ks > st:
            fixes.append((line.start + st, line.start + ks))
        if en > ke:
            fixes.append((line.start + ke, line.start + en))
        last = en
    if not fixes:
        return
    out.append(s[last:])
    line.text = "".join(out)
    line.fixes = tuple(fixes)


def footnote_marks(s: str) -> list[tuple[int, int]]:
    """Spans of the footnote markers glued to a paragraph's words (`FOOTNOTE_MARK`); none in a
    line of code (`rows[1]` is code)."""
    if "[" not in s or _code_like(s):
        return []
    return [m.span() for m in FOOTNOTE_MARK.finditer(s)]


def _features(line: _Line) -> None:
    toks = _WORD.findall(line.text)
    n = len(toks)
    line.words = n
    if not n:
        line.score = CODE_COST if _CODE_PUNCT.match(line.text) else -1.0
        line.shape = "code" if line.score == CODE_COST else ""
        return
    low = list(map(str.lower, toks))
    line.vocab = frozenset(low)
    stop = sum(map(STOPWORDS.__contains__, low)) / n
    ends = bool(_FINAL.search(line.text))
    sent = line.sentence = bool(_SENT_END.search(line.text))
    chars = len(line.text)
    alpha = (n - sum(map(str.isdigit, toks))) / n
    if chars >= 70 and stop >= 0.2 and alpha > 0.6 or n >= 8 and sent and stop >= 0.15:
        line.prose = True
        line.score = n * (1.0 if sent else PROSE_UNENDED)
    elif sent and n >= 4 and stop >= 0.1:
        line.score = SHORT_SENT * n
        line.prose = True
    else:
        line.score = -(SHORT_BASE + SHORT_WORD * n) if not ends else ENDED_COST
        caps = sum(1 for t in toks if t[0].isupper() or t.isdigit())
        if stop < 0.2 and _code_like(line.text):
            line.score = CODE_COST  # "if err != nil {", "db := testdb.New(t)": a code listing
            line.shape = "code"
        elif alpha <= 0.5 and not date_line(line.text):
            line.score = NUM_COST  # figures: a table cell (a date line is page furniture)
            line.shape = "num"
        elif _ITEM.match(line.text) or _DATED_ENTRY.match(line.text):
            line.score = LIST_COST  # "1. San Jose, CA", "• Free shipping", "1990: elected"
            line.shape = "item"
        elif n >= 2 and caps >= TITLE_CASE * n:
            line.score *= TITLE_WEIGHT  # Title Case Lines Are Menus And Headlines
            line.shape = "title"
        elif n >= LIST_MIN and stop > 0 and caps < n:
            line.score = LIST_COST  # a list item or a table cell in running text
    line.heading = not sent and 1 <= n <= 20 and chars <= 150
    if not line.heading and n <= 12 and re.search(r"[?!][\"'”’»)]*$", line.text):
        # a short question or exclamation on its own reads as a heading, not prose
        line.heading = not re.search(r"[.!?]\s", line.text)
        if line.heading:
            line.prose = False
            line.score = -1.0


def _table_rows(cand: list[_Line]) -> None:
    """A Title Case cell beside a cell of figures is a table row ("Boston, MA" / "64.4"), not a
    menu item: it costs what a list item costs."""
    for k, ln in enumerate(cand):
        if ln.shape != "title":
            continue
        prev = cand[k - 1] if k else None
        nxt = cand[k + 1] if k + 1 < len(cand) else None
        if (prev is not None and prev.shape == "num") or (nxt is not None and nxt.shape == "num"):
            ln.score = LIST_COST


def _forms(lines: list[_Line]) -> None:
    """Two form fields close together ("Name *", "Email", "Submit") are a form."""
    fields = [k for k, ln in enumerate(lines) if len(ln.text) <= 40 and _FORM_FIELD.match(ln.text)]
    for a, b in zip(fields, fields[1:], strict=False):
        if b - a <= 2:
            for k in (a, b):
                if lines[k].reason in (None, "navigation"):
                    lines[k].reason = "boilerplate"


_CONTENTS = re.compile(
    r"(?i)^(?:table of contents|contents|in this (?:article|post|guide|story)|on this page|"
    r"jump to(?: section)?|article contents|what(?:'s|’s| is) in this (?:article|post|guide))"
    r"\s?:?$"
)
_TOC_ITEM_END = re.compile(r"[.!;,]$")


def _toc_item(s: str) -> bool:
    return len(s) <= 120 and len(_WORD.findall(s)) <= 15 and not _TOC_ITEM_END.search(s)


def _contents(lines: list[_Line]) -> None:
    """A table of contents ("Table of contents", "In this article") and the section titles under
    it: the same titles head the sections below, where they are read."""
    for k, ln in enumerate(lines):
        if ln.reason is not None or len(ln.text) > 40 or not _CONTENTS.match(ln.text):
            continue
        items: list[_Line] = []
        for other in lines[k + 1 : k + 42]:
            if other.reason is not None:
                continue
            if not _toc_item(other.text):
                if items:  # the last title heads the text that follows: it is no item
                    items.pop()
                break
            items.append(other)
        if len(items) >= 2:
            for other in (ln, *items):
                other.reason = "table of contents"


BOX_PROSE = 12  # words of a sentence: a paragraph, not an author box's name or role line


def _author_boxes(lines: list[_Line]) -> None:
    """ "Jane Doe" / "Senior Editor" / "Jane Doe is a freelance writer who..." : the box about the
    author, a bio under a line naming the person, is not the article. The box holds no
    paragraph between its name and its bio, and a head that says more than the name ("Mara
    Quell, harbour chief, resigns") needs some paragraph before it: a headline naming a person
    over the lead and a paragraph about them ("Quell was appointed…") is a story or a profile."""
    first_prose = next((i for i, ln in enumerate(lines) if _long_line(ln)), len(lines))
    for k, ln in enumerate(lines):
        m = _BIO.match(ln.text)
        if not m or ln.reason is not None or not _BIO_ROLE.search(ln.text):
            continue
        name = m.group("name")
        if name.lower() in STOPWORDS:
            continue
        for j in range(k - 1, max(-1, k - 5), -1):
            head = lines[j].text
            if _long_line(lines[j]):
                break  # a paragraph between the name line and the bio: no box
            if (
                len(head) <= 80
                and name in head
                and (_looks_like_name(head.split(",")[0]) or _AUTHOR_HEAD.match(head))
            ):
                if "," in head and j <= first_prose:
                    break  # "Name, what they did" opening the page: the headline, not a box
                for other in lines[j : k + 1]:
                    if other.reason in (None, "metadata: byline"):
                        other.reason = "boilerplate"
                break


def _long_line(ln: _Line) -> bool:
    """A line the rules kept that is a paragraph: `BOX_PROSE` words or more and a sentence end
    (a role line, "AI Specialist @ X | Author of Y", is none)."""
    return (
        ln.reason is None
        and _SENT_END.search(ln.text) is not None
        and len(_WORD.findall(ln.text)) >= BOX_PROSE
    )


def _isolated(seq: list[_Line]) -> None:
    """After the last two paragraphs in a row, a paragraph with no prose beside it (a teaser's
    blurb, a bio, a newsletter pitch) counts for less than one inside running prose."""
    ok = [ln.prose and ln.reason is None for ln in seq]
    core = max((k for k in range(1, len(seq)) if ok[k] and ok[k - 1]), default=len(seq))
    for k in range(core + 1, len(seq)):
        if ok[k] and not ok[k - 1] and (k + 1 == len(seq) or not ok[k + 1]):
            seq[k].score *= ISOLATED


def _last_item(body: list[_Line]) -> bool:
    """Whether the body ends with the last item of a list (an item after an item: a timeline's
    `2004: founded the trust`), which closes the list, not a heading over nothing."""
    return len(body) >= 2 and body[-1].shape == body[-2].shape == "item"


def _trailing_links(body: list[_Line]) -> None:
    """Short lines without a sentence closing the body after its last prose (a list of links to
    other pages, a tag cloud, a footer menu the body ran into) are not the article's; numbered
    items and a dated timeline closing it (`1990: elected mayor`) are a list of the article's
    own."""
    kept = [ln for ln in body if ln.reason is None]
    last = max((k for k, ln in enumerate(kept) if ln.prose or ln.sentence), default=None)
    if last is None:
        return
    tail = kept[last + 1 :]
    timeline = len(tail) - _closing_timeline(tail)  # where the timeline's entries start

    def link_like(k: int, ln: _Line) -> bool:
        if ln.words >= TAIL_WORDS:
            return False
        if ln.shape == "item" and k < timeline and _DATED_ENTRY.match(ln.text):
            return True  # a dated line outside a timeline: a link's date
        return ln.shape not in ("num", "item", "code")

    if len(tail) >= TAIL_LINKS and all(link_like(k, ln) for k, ln in enumerate(tail)):
        for ln in tail:
            ln.reason = "boilerplate"


def _entry_key(text: str) -> tuple[int, int, int] | None:
    """When a dated entry (`4 June 1998 – left office`, `1990: elected mayor`) happened, as
    (year, month, day), 0 for what it leaves out."""
    m = _DATED_ENTRY.match(text)
    if not m:
        return None
    month = m.group("month")
    mon = MONTHS[month.lower()] if month else 0
    day = m.group("day") or m.group("mday") or "0"
    return int(m.group("year")), mon, int(re.sub(r"\D", "", day))


def _closing_timeline(lines: list[_Line]) -> int:
    """How many dated entries close `lines` as a timeline (else 0): two or more in a row at the
    end, oldest first (`1990: elected mayor` … `2004: founded the trust`, under a `Key dates`
    heading at most). Dated lines running newest first (`12 March 2026 – Ferry fares rise` over
    `3 March 2026 – Pier closes`) are the site's latest stories, and dated lines followed by
    undated ones are links among links: no timeline."""
    keys: list[tuple[int, int, int]] = []
    for ln in reversed(lines):
        key = _entry_key(ln.text)
        if key is None:
            break
        keys.append(key)
    ordered = all(a >= b for a, b in pairwise(keys))  # read backwards: newest first
    return len(keys) if len(keys) >= 2 and ordered else 0


#: The link labels that are words a paragraph of prose may open with (`Watch: the mayor's office
#: has published a video ...`); `Related:`, `Read more:`, `See also:` only ever label a link.
_PROSE_LABEL = re.compile(r"(?i)^(?:watch|listen|trending)\b")
#: Words a reported sentence after a link's label has at least (`Watch: the mayor's office has
#: published a video of the session on its website.`); a teaser's headline may be shorter.
REPORTED_WORDS = 8
#: A sentence's full stop (or `!`), not a question's mark nor a cut teaser's `…` / `...`.
_FULL_STOP = re.compile(r"(?<!\.\.)[.!][\"'”’»)\]]*$")


def _reported_sentence(s: str) -> bool:
    """Whether the text after a link's label (`Watch:`, `Trending:`) is a sentence the article
    reports rather than another article's headline: eight words or more, most of them lower
    case, closed by a full stop. A headline has no full stop, asks a question (`Who is X?`), or
    is cut short (`The council voted to…`)."""
    words = s.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= REPORTED_WORDS and lower * 2 >= len(words) and bool(_FULL_STOP.search(s))


def related_link(s: str) -> bool:
    """Whether a paragraph only points to another article (`Read more: Who is X?`, `[Related:
    Council approves budget]`): the rule `_rule` removes as a related link. A label that is a
    word prose may open with (`_PROSE_LABEL`) over a reported sentence (`Trending: tram lines
    are back in fashion, the ministry said.`) is the article's prose."""
    if len(s) >= 300:
        return False
    m = _RELATED.match(s)
    if m:
        return not (_PROSE_LABEL.match(s) and _reported_sentence(m["rest"] or ""))
    bracket = s[:1] in ("[", "(") or s[:4].lower() == "read"
    return bracket and bool(_RELATED_BRACKET.match(s))


#: A recording's page around its transcript: the heading over it (`Transcript excerpt`, `Full
#: transcript`, `Show notes`), the editor's note on it (`This transcript has been edited for
#: length and clarity.`, `Interview edited and condensed.`, `This interview took place on 2 May
#: and has been condensed.`) and the pitch to follow the show
#: (`Subscribe to X wherever you get your podcasts.`). None of them is the report's.
_EPISODE_HEADING = re.compile(
    r"(?i)^(?:(?:full|episode|podcast|interview|edited|partial|read the|show|programme|program)"
    r"\s+)?(?:transcripts?|show notes|episode notes)"
    r"(?:\s+(?:excerpts?|extracts?|below|highlights|follows))?\s*:?$"
)
_EDITED = (
    r"(?:lightly |slightly |heavily )?(?:edited|condensed|abridged|shortened)"
    r"(?: and (?:lightly )?(?:edited|condensed|abridged|shortened))?"
)
_FOR_READERS = r"(?:length|clarity|brevity|space|readability)"
#: When and where the interview was held, before the note that it was edited (`This interview
#: took place on 20 May in Oslo and has been condensed.`): the note's own words, no news.
_TOOK_PLACE = r"(?: (?:took place|was (?:conducted|recorded|held)) [^.;:()\[\]\n]{1,80}? and)"
_EDIT_NOTE = re.compile(
    r"(?i)^[(\[]?(?:(?:this|the following|the|our) )?(?:(?:podcast|episode|radio|video|full) )?"
    r"(?:transcripts?|interviews?|conversations?|discussions?|exchanges?|q ?& ?a|episodes?)"
    rf"(?: (?:excerpt|extract|above|below))?{_TOOK_PLACE}?(?: (?:has|have|was|were|is|are))?"
    rf"(?: been)? {_EDITED}"
    rf"(?: for {_FOR_READERS}(?:,? (?:and )?{_FOR_READERS})*)?[.)\]]*$"
    rf"|^[(\[]?{_EDITED} for {_FOR_READERS}(?:,? (?:and )?{_FOR_READERS})*[.)\]]*$"
)
_SHOW_PITCH = re.compile(
    r"(?i)\bwherever you (?:get|find|listen to|download) (?:your |our )?podcasts\b"
    r"|^(?:subscribe to|follow|listen to|download) .{1,80} (?:on|in|via) (?:apple podcasts|"
    r"spotify|google podcasts|pocket casts|(?:your |any )?podcast app)\b"
)


def episode_furniture(s: str) -> bool:
    """Whether a paragraph is a recording's page furniture (`_EPISODE_HEADING`, `_EDIT_NOTE`,
    `_SHOW_PITCH`): a podcast's or an interview's transcript page prints it around the text."""
    if len(s) > 250:
        return False
    return bool(_EPISODE_HEADING.match(s) or _EDIT_NOTE.match(s) or _SHOW_PITCH.search(s))


def print_header(s: str) -> bool:
    """Whether a paragraph is a print view's header line: its stamp (`_PRINT_STAMP`) or the
    article's labelled address (`Article URL: https://…`), printed over the article."""
    return len(s) <= 300 and bool(_PRINT_STAMP.match(s) or _URL_LABEL.match(s))


def _rule(line: _Line) -> str | None:
    s = line.text
    if len(s) > 400:
        return None
    if episode_furniture(s) or _PRINT_STAMP.match(s):
        return "boilerplate"
    if _NAV.match(s):
        return "navigation"
    if len(s) <= 60 and _CONTINUE.match(s):  # no break in the article: it reads on over it
        return "teaser"
    if _NAV_MORE.match(s):
        return "navigation"
    if len(s) <= 60 and (_CTA.match(s) or _SHOP.match(s)):
        return "navigation"
    if len(s) < 400 and _COOKIES.search(s):
        return "boilerplate"
    if _form_text(s):
        return "boilerplate"
    if _EMBED_MARK.match(s) or _EMBED_LINE.search(s):
        return "embedded post"
    if related_link(s):
        return "related link"
    m = SIGNOFF.match(s)
    if m:
        inner = (m.group("with") or "") + (m.group("credits") or "")
        if m.group("initials") or _agency_list(inner):
            return "sign-off"
    if _REPORTING.match(s):
        return "sign-off"
    if _CREDIT_LINE.match(s) and not _clause(s.split()[2:]):
        return "image credit"
    if _CAPTION_LABEL.match(s):
        return "image caption"
    if _CAPTION_BUTTON.match(s):  # not furniture between two parts of the article
        return "image caption"
    if (
        len(s) <= 100
        and _SLASH_CREDIT.match(s)
        and not _SENT_END.search(s)
        and _CREDIT_WORD.search(s)
        and len(_WORD.findall(s)) <= 10
    ):
        return "image credit"
    if _TRAILING_CREDIT.search(s):
        return "image caption"
    if _CREDIT_KEY.search(s) and _credit_caption(s):
        return "image caption"
    if COPYRIGHT_LINE.match(s) and len(s) < 250:
        # "© Reuters" under a photo credits it; "© 2024 Reuters" is the site's own footer
        photo = _CREDIT_WORD.search(s) and len(s) < 60 and not re.search(r"(?:19|20)\d\d", s)
        return "image credit" if photo else "boilerplate"
    if _BREADCRUMB.match(s) and len(_WORD.findall(s)) <= 12:
        return "navigation"
    if _FORM_ITEM.match(s):
        return "boilerplate"
    return None


#: A filing form's item heading (`Item 2.02 Results of Operations and Financial Condition`,
#: `ITEM 7.01. Regulation FD Disclosure`): the form's section label, which says nothing.
_FORM_ITEM = re.compile(r"(?i)^item\s\d{1,2}\.\d{2}[.:]?\s+[A-Z][^.!?\n]{2,100}$")


def _cut_comments(lines: list[_Line], cand: list[_Line]) -> list[_Line]:
    """Drop a reader-comment section: from its first marker after the article's prose on.

    A marker only counts once the page has shown some prose (a "Comments" link in the header
    menu does not end anything); a bare "Comments" heading needs more prose before it.
    """
    # "Jane Doe" / "December 18, 2025, 9:46 pm" heading each of several comments
    stamped = [
        k
        for k in range(len(lines) - 1)
        if lines[k].reason is None
        and len(lines[k].text) <= 40
        and not _SENT_END.search(lines[k].text)
        and len(lines[k + 1].text) <= 60
        and _COMMENT_DATE.search(lines[k + 1].text)
        and date_line(lines[k + 1].text)
    ]
    first_stamp = stamped[0] if len(stamped) >= 2 else -1
    prose_words = 0
    for k, ln in enumerate(lines):
        if k == first_stamp and prose_words >= 3 * COMMENT_PROSE:
            for other in lines[k:]:
                if other.reason is None:
                    other.reason = "comments"
            return [c for c in cand if c.reason is None]
        if k == first_stamp and len(stamped) >= 3:
            first_stamp = stamped[1]
            stamped = stamped[1:]
        if ln.prose and ln.reason is None:
            prose_words += ln.words
            continue
        if ln.reason not in (None, "navigation", "related link"):
            continue
        if prose_words >= END_PROSE and _END_SECTION.match(ln.text):
            # the list of other articles runs until two paragraphs in a row resume the prose
            ln.reason = "related link"
            run = [o for o in lines[k + 1 :] if o.reason is None]
            for j, other in enumerate(run):
                nxt = run[j + 1] if j + 1 < len(run) else None
                if other.prose and other.words >= 15 and nxt and nxt.prose and nxt.words >= 15:
                    break
                other.reason = "related link"
            continue
        strong = _COMMENTS_START.match(ln.text)
        if not strong and not (len(ln.text) <= 60 and _COMMENT_AUTHOR.match(ln.text)):
            continue
        need = COMMENT_PROSE if strong and strong.group("weak") is None else 3 * COMMENT_PROSE
        if prose_words < need:
            continue
        if not strong:  # "Jane says" must be followed by the comment's date line
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if nxt is None or not _COMMENT_DATE.search(nxt.text):
                continue
        for other in lines[k:]:
            if other.reason is None or other is ln:
                other.reason = "comments"
        return [c for c in cand if c.reason is None]
    return [c for c in cand if c.reason is None]


def _agency_list(inner: str) -> list[str]:
    """["AP", "AFP", "Reuters"] from "AP, AFP, Reuters" when every part is a known outlet."""
    parts = [p.strip() for p in re.split(r"[,;/]| and ", inner) if p.strip()]
    if parts and all(canonical_outlet(p) for p in parts):
        return parts
    return []


def _max_run(scores: list[float]) -> tuple[int, int, float]:
    """Kadane: the contiguous run with the highest sum, as (first, last, sum)."""
    best = (0, -1, 0.0)
    cur_start, cur = 0, 0.0
    for i, s in enumerate(scores):
        if cur <= 0:
            cur_start, cur = i, s
        else:
            cur += s
        if cur > best[2]:
            best = (cur_start, i, cur)
    return best


def _clean_name(name: str) -> str | None:
    name = re.split(r"\s(?:\||·|•|—|–)\s|\s{2,}", name)[0]
    name = re.sub(r"(?<=[a-z])(?=(?:Published|Posted|Updated|Last)\b)", " ", name)  # "DoePublished"
    name = re.sub(r"(?i)\s*\b(?:published|posted|updated|on)\b.*$", "", name)
    name = name.strip(" ,;:-|")
    if not name or len(name) > 100 or len(_WORD.findall(name)) > 10:
        return None
    return name


def _find_outlet(lines: list[_Line], body: list[_Line], url: str | None) -> str | None:
    found = outlet_from_url(url)
    if found:
        return found
    pat = mention_pattern()
    for line in lines:  # the site naming itself in its furniture
        if line.reason in ("navigation", "boilerplate") and (
            line.reason == "navigation" or COPYRIGHT_LINE.match(line.text)
        ):
            for m in pat.finditer(line.text):
                name = canonical_outlet(m.group())
                if name:
                    return name
    votes: Counter[str] = Counter()
    for line in body:  # "told DW": an outlet interviewing someone names itself
        if not _TOLD_ANY.search(line.text):
            continue  # (the outlet pattern is long: search only lines that can vote)
        for m in pat.finditer(line.text):
            if _TOLD.search(line.text[max(0, m.start() - 30) : m.start()]):
                name = canonical_outlet(m.group())
                if name:
                    info = outlet_info(name)
                    votes[name] += 1 if info and info.kind == "agency" else 2
    if votes:
        return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return _unknown_outlet(lines, url)


_MORE_SITES = re.compile(r"(?i)\b(?:skip|go|jump) to more (?P<name>.{2,60}?) sites\b")


def _unknown_outlet(lines: list[_Line], url: str | None) -> str | None:
    """An outlet the table does not know: the site naming itself in its navigation ("Skip to more
    KBC sites"), in its copyright line ("© 2025 Compass Review"), else the URL's domain."""
    for line in lines:
        if line.reason == "navigation" and (m := _MORE_SITES.search(line.text)):
            return site_name(m.group("name"))
    for line in lines:
        if line.reason in ("boilerplate", "image credit") and COPYRIGHT_LINE.match(line.text):
            m = COPYRIGHT_HOLDER.search(line.text)
            name = m.group("holder") if m else ""
            if name and not re.match(r"(?i)(?:the )?(?:authors?|copyright|all rights)", name):
                return site_name(name)
    masthead = _masthead(lines, url)
    if masthead:
        return masthead
    return outlet_from_domain(url)


_MENU_LINE = re.compile(r"\S\s[|•·]\s\S")


def _compact(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


# An edition printed after the masthead's name: "X — English edition", "X - International Edition"
# `— English edition`, `(English edition)`, `: english edition`, `— English-language edition`
_EDITION_TAIL = re.compile(
    r"(?i)(?:\s[-–—|:]\s|:\s|\s\()(?:[^\W\d_][\w.]*(?:-[^\W\d_][\w.]*)?\s){0,2}edition\)?$"
)


def _masthead_name(s: str) -> str:
    """A masthead line without its edition ("El Faro de Salina — English edition")."""
    return _EDITION_TAIL.sub("", s.strip())


# the words that end sections' and programmes' titles as well as papers' names ("Book Review",
# "Property News", "Farming Today", "Garden Digest"), so they name no paper on their own
_SECTION_NOUN = re.compile(r"\b(?:News|Review|Digest|Today|Online|Magazine|Bulletin)\W*$")


def _masthead(lines: list[_Line], url: str | None) -> str | None:
    """The site's name printed as a masthead: the page's first line that is not navigation, when
    it is a short name (no digits, no sentence end, not the headline) and either the URL's host
    spells it ("VENA - Velorian News Agency" on vena.example, "The Kestrow Ledger" on
    kestrowledger.example) or a navigation or menu line ("Home | World | Sport") follows it and,
    with a URL whose host does not spell it, it reads as a publication's name ("Vale Herald"),
    or it reads as one and the day's date follows it (a paper's front: "Vale Herald" over
    "Saturday 21 November 2026")."""
    k = 0
    while k < len(lines) and k < 4 and lines[k].reason == "navigation":
        k += 1
    if k >= len(lines) or k >= 4:
        return None
    line = lines[k]
    s = _masthead_name(line.text)
    if (
        line.reason not in (None, "boilerplate")
        or len(s.split()) > 6
        or re.search(r"\d", s)
        or _SENT_END.search(s)
    ):
        return None
    name = site_name(s)
    if not name:
        return None
    host = host_of(url)
    if host:
        # the host spells the name, with or without its article ("The Kestrow Ledger" on
        # kestrowledger.example)
        label = _compact(host.split(".")[0])
        spelled = {_compact(v) for v in (name, s)}
        spelled |= {v[3:] for v in spelled if v.startswith("the")}
        if label and label in spelled:
            return name
        if not publication_name(s) or is_section(s):
            return None
    after = lines[k + 1 : k + 3]
    if any(ln.reason == "navigation" or _MENU_LINE.search(ln.text) for ln in after):
        return name
    # a paper's name over the day's date ("Tamberg Gazette" / "Saturday 21 November 2026"); a
    # section's or a programme's title there ends in a word sections share ("Book Review")
    # ... or over the headline and then the date (`Radio Vantor` / `The Long Wire …` /
    # `Broadcast: 24 November 2026`)
    dated = [ln for ln in after if date_line(ln.text) or ln.reason == "metadata: date"]
    if not dated or is_section(s):
        return None
    if after and _section_line(after[0]) and _capitalised(s):
        # a section's label under the name (`Tarnvik Review` / `Opinion` / the date): a
        # section's title or a kicker is never printed over another section's, so the name
        # is the paper's, whatever its words
        return name
    if publication_name(s):
        return None if _SECTION_NOUN.search(s) else name
    return None


def _capitalised(s: str, most: int = 5) -> bool:
    """A name's shape: one to `most` words, each capitalised but for small words (`of`, `&`)."""
    words = s.split()
    return 1 <= len(words) <= most and all(
        w[:1].isupper() or w.lower() in _CREDIT_SMALL or w == "&" for w in words
    )


def _head_section(lines: list[_Line], title_idx: int) -> None:
    """Label a section line over the headline (`Opinion` under the masthead) as the page's
    section, not plain boilerplate: `genre.section_view` reads a view label there."""
    for ln in lines[: max(0, title_idx)][:HEAD_LINES]:
        if ln.reason in (None, "boilerplate", "navigation") and _section_line(ln):
            ln.reason = "metadata: section"


def _section_line(line: _Line) -> bool:
    """A line that is only a site's section label (`Opinion`, `World News`)."""
    return len(line.text) <= 40 and is_section(line.text.strip())


@dataclass(slots=True)
class _Page:
    """The lines of a page after the explicit rules, with what the rules read on the way."""

    lines: list[_Line]
    url: str | None = None
    byline: str | None = None  # a sign-off's "Reporting by X"
    agencies: list[str] = field(default_factory=list)
    bylines: list[tuple[int, str]] = field(default_factory=list)  # "By X" lines: (line, name)


def _apply_rules(norm: str) -> _Page:
    """Pass 1: the explicit furniture rules, line by line, then forms and author boxes."""
    lines = _split(norm)
    url: str | None = None
    byline: str | None = None
    agencies: list[str] = []
    bylines: list[tuple[int, str]] = []
    # pass 1: explicit rules
    embed_open = -1
    for i, line in enumerate(lines):
        _resolve_residue(line)
        m = _URL_LABEL.match(line.text)
        if m:
            line.reason = "metadata: url"
            if m.group("url"):
                url = url or m.group("url").strip("<>")
            elif i + 1 < len(lines) and _URL_ONLY.match(lines[i + 1].text):
                lines[i + 1].reason = "metadata: url"
                url = url or _URL_ONLY.match(lines[i + 1].text).group("url")
            continue
        if line.reason:
            continue
        if name := _writer_credit(line.text, norm):  # `Words by X. Photographs by Y.`
            line.reason = "metadata: byline"
            bylines.append((i, name))
            continue
        line.reason = _rule(line)
        if line.reason == "embedded post":
            if _EMBED_MARK.match(line.text):
                embed_open = i
            elif embed_open >= 0 and i - embed_open <= 4:
                for j in range(embed_open + 1, i):
                    lines[j].reason = "embedded post"
                embed_open = -1
        elif line.reason == "sign-off":
            sm = SIGNOFF.match(line.text)
            if sm:
                agencies = _agency_list((sm.group("with") or "") + (sm.group("credits") or ""))
            else:
                rm = re.search(r"(?i)reporting by ([^;)\n]{2,120})", line.text)
                byline = byline or (rm and _clean_name(rm.group(1)))
        elif line.reason == "related link" and i + 1 < len(lines):
            nxt = lines[i + 1]
            rel = _RELATED.match(line.text)
            if rel and rel.group("rest") in (None, "") and nxt.reason is None:
                _features(nxt)
                if nxt.heading:
                    nxt.reason = "related link"
        elif line.reason == "image caption":
            # alt text printed beside a caption in the same block is caption too
            for other in lines[max(0, i - 2) : i + 3]:
                if other.block == line.block and other.reason is None:
                    _features(other)
                    if not _SENT_END.search(other.text):
                        other.reason = "image caption"
        if line.reason is None and _BYLINE.match(line.text):
            name = _clean_name(_BYLINE.match(line.text).group("name"))
            toks = _WORD.findall(name or "")
            stops = sum(1 for t in toks if t.lower() in STOPWORDS and t.lower() != "and")
            if name and name[0].isupper() and stops <= len(toks) // 3:
                line.reason = "metadata: byline"
                bylines.append((i, _BYLINE.match(line.text).group("name")))
        if line.reason is None and _URL_ONLY.match(line.text) and url is None:
            line.reason = "metadata: url"
            url = _URL_ONLY.match(line.text).group("url")

    for line in lines[:WIRE_NOTE_LINES]:
        if line.reason is None:
            line.reason = wire_note(line.text)
    _forms(lines)
    _author_boxes(lines)
    _contents(lines)
    return _Page(lines, url, byline, agencies, bylines)


#: A wire's note on its version, in brackets over the story (`(Corrects deficit figure in
#: paragraph 2; adds opposition reaction)`, `(Updates with minister's comments)`, `(Refiles to
#: fix typo in headline)`): the wire's word to its clients about the text, never its news. It
#: opens with a verb of editing in the third person, capitalised, and fills its line.
_WIRE_NOTE = re.compile(
    r"^\((?:Corrects|Clarifies|Adds|Updates|Refiles|Recasts|Repeats|Rewrites|Changes|"
    r"Removes|Deletes|Inserts|Fixes|Amends|Withdraws|Replaces|Expands|Reissues)\b[^()\n]{0,400}\)$"
)
#: The first lines of a text where a wire note is looked for (the headline, a slug, a byline
#: may come first).
WIRE_NOTE_LINES = 4


def wire_note(s: str) -> str | None:
    """`correction notice` for a wire's bracketed note that corrects the story (`(Corrects …)`,
    `(Clarifies …)`, or any note whose parts do: `(Updates …; corrects …)`), `update notice`
    for one that only updates it (`(Adds …)`, `(Refiles …)`), else None (`_WIRE_NOTE`)."""
    m = _WIRE_NOTE.match(s.strip())
    if m is None:
        return None
    corrected = re.search(r"(?i)\b(?:correct(?:s|ed|ing)?|clarif(?:ies|ied|ying))\b", s)
    return "correction notice" if corrected else "update notice"


#: A wire note's removal reason -> its kind in `metadata.wire_note` (the dossier's notice kinds).
WIRE_NOTE_KINDS = {"correction notice": "correction", "update notice": "update"}


def wire_note_of(removals: Iterable[Removal]) -> dict[str, str] | None:
    """The wire note the cleaner took off a story (`wire_note`), as the article keeps it in
    `metadata.wire_note`: `{"text": "(Corrects …)", "kind": "correction" | "update"}`, the
    first one when there are several, else None. The note is the wire's word that the report
    was corrected; with it gone from the text, only the metadata can tell the dossier so."""
    for r in removals:
        if (kind := WIRE_NOTE_KINDS.get(r.reason)) and (text := " ".join(r.text.split())):
            return {"text": text, "kind": kind}
    return None


def _candidates(lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Pass 2a: score what the rules kept and cut the comment section; returns the kept lines
    and the sequence the body is chosen from (kept lines and the furniture between them)."""
    cand = [ln for ln in lines if ln.reason is None]
    for ln in cand:
        _features(ln)
    _table_rows(cand)
    cand = _cut_comments(lines, cand)
    # furniture the rules removed still separates the article from what follows it
    seq = [
        ln for ln in lines if ln.reason is None or ln.reason in GAP_COST or ln.reason == "sign-off"
    ]
    _isolated(seq)
    return cand, seq


def _select_body(lines: list[_Line], cand: list[_Line], seq: list[_Line]) -> list[_Line]:
    """Pass 2b: each kept line scores its expected article words, `(P - P_ARTICLE) * (words +
    P_WORDS)` with P from the line model, plus a share of its rule score; each furniture line
    costs (a run of furniture more); the best-scoring run is the body."""
    probs = linescore.probabilities(seq, Counter(ln.text for ln in lines))
    first, last, total = _max_run(_run_scores(seq, probs, P_ARTICLE))
    if total <= 0:
        return cand  # no prose at all: keep what the rules left
    last = _core_end(seq[first : last + 1], probs[first : last + 1]) + first
    last = _introduced_list(seq, probs, last)
    return [ln for ln in seq[first : last + 1] if ln.reason is None]


# a line speaking to the reader (`You may also like:`, `This might interest you:`) or pointing
# to more reading (`More coverage of the strike:`, `Read more on this story:`, `Other stories
# from the Gazette:`) introduces links to other pages, not a list of the article's own ("thank
# you" speaks to no reader)
_TO_OTHER_PAGES = re.compile(
    r"(?i)(?<!thank )\byou(?:r|rs|['’]re|['’]ll)?\b"
    r"|^(?:read|see|more|also|related|further|other|recommended|popular|latest|top|trending)\b"
    r"|\b(?:coverage|stories|articles|headlines|links)\b"
)


# a link of a site's footer, a line of its own: `About us`, `Contact the newsroom`, `Privacy
# policy`, `Terms of use`, `Advertise with the Harbour Times`
_SITE_LINK = re.compile(
    r"(?i)^(?:about(?: us| the \w+)?|contact(?: us| the \w+)?|privacy(?: policy| notice)?|"
    r"terms(?: of (?:use|service))?(?: (?:and|&) conditions)?|cookies?(?: policy| settings)?|"
    r"advertis\w*(?: with [\w ]{1,40})?|careers|jobs|site ?map|accessibility|"
    r"(?:our )?(?:staff|team|ethics policy|editorial standards)|copyright\b.{0,60}|"
    r"rss(?: feeds?)?)$"
)


def _introduced_list(seq: list[_Line], probs: list[float | None], last: int) -> int:
    """The body's last line in `seq`, taking in the list its last line introduces: a sentence
    ending in a colon (`Here are the projects my friends made:`) promises what follows it, and
    the lines after it up to the next line the rules removed are that list, however unsure the
    line model is of them (short lines after the prose look like link lists to it); its short
    lines are marked list items. A line that speaks to the reader or points to more reading
    introduces links to other pages instead, and a link of the site's footer (`About us`,
    `Privacy policy`) ends the list: a closing colon with nothing after it but the footer (an
    embed the scrape lost) takes in nothing."""
    ln = seq[last]
    if not (ln.text.endswith(":") and ln.words >= INTRO_WORDS) or _TO_OTHER_PAGES.search(ln.text):
        return last
    end = last
    while (
        end + 1 < len(seq)
        and end - last < INTRO_LIST
        and probs[end + 1] is not None
        and seq[end + 1].idx == seq[end].idx + 1  # no line the rules removed between
        and not _SITE_LINK.match(seq[end + 1].text)
    ):
        end += 1
        if not seq[end].prose:
            seq[end].shape = "item"  # the closing rules take it for a list item, no link
    return end


def _run_scores(
    seq: list[_Line], probs: list[float | None], p_min: float, gap_run: float = GAP_RUN
) -> list[float]:
    """Per line of `seq`, what it adds to a body run: a kept line `RULE_SHARE * score + (P -
    p_min) * (words + P_WORDS)`, a sign-off `SIGNOFF_SCORE`, furniture its `GAP_COST` (each
    further line of a run of furniture `GAP_RUN` times as much)."""
    scores = []
    run = 0
    for ln, p in zip(seq, probs, strict=True):
        if p is not None:
            run = 0
            scores.append(RULE_SHARE * ln.score + (p - p_min) * (ln.words + P_WORDS))
        elif ln.reason == "sign-off":  # "ml/ab (AP, Reuters)": the article ends here
            run = 0
            scores.append(SIGNOFF_SCORE)
        else:
            run += 1
            scores.append(GAP_COST[ln.reason] * (1.0 if run == 1 else gap_run))
    return scores


def _core_end(run: list[_Line], probs: list[float | None]) -> int:
    """The last line of a body run (index into `run`): the run cut at the first `END_RUN`
    furniture lines in a row after its core (its best run at `P_CORE`), unless the core prints
    all of them too. Why: lines the model is unsure of (a product list, another post's
    blurbs) can outweigh the share row, author box or menu that ends the article; the core is
    the article itself, and furniture repeated inside it (`Advertisement`, `Book now` under
    each pick) is part of its layout, not its end."""
    c0, c1, total = _max_run(_run_scores(run, probs, P_CORE, CORE_GAP_RUN))
    if total <= 0:
        return len(run) - 1
    inner = {run[j].text for j in range(c0, c1 + 1) if probs[j] is None}
    streak = 0
    for i in range(c1 + 1, len(run)):
        if probs[i] is not None or run[i].reason == "sign-off":
            streak = 0
            continue
        streak += 1
        if streak >= END_RUN and any(ln.text not in inner for ln in run[i - streak + 1 : i + 1]):
            return i - streak
    return len(run) - 1


# a line ending so goes on below it (a letter's closing, "With respect,"): no headline
_GOES_ON = (",", ',"', ",”", ",'", ",’")


def _heading_pairs(body: list[_Line]) -> list[tuple[_Line, _Line]]:
    """(upper, lower) for each heading of the body that stands over another heading between
    paragraphs (prose before, a heading and then prose after) and opens no section of its
    own (`_INTRODUCES`, a numbered step or a question under it); an upper line ending in a
    comma goes on below it and is no heading."""
    pairs = []
    for k in range(1, len(body) - 2):
        prev, ln, nxt, nxt2 = body[k - 1 : k + 3]
        if (
            ln.heading
            and not ln.prose
            and prev.prose
            and nxt.heading
            and not nxt.prose
            and nxt2.prose
            and ln.words >= 4
            and not ln.text.endswith(_GOES_ON)
            and not _INTRODUCES.search(ln.text)
            and not _ITEM_NUMBER.match(nxt.text)
            and not nxt.text.endswith("?")
        ):
            pairs.append((ln, nxt))
    return pairs


def _guide_sections(pairs: list[tuple[_Line, _Line]]) -> bool:
    """Whether heading pairs are a guide's section titles, not teasers for other articles:
    they recur (three or more), or two or more share a shape (`Where to find it: …` under
    each, or numbered uppers); two unlike pairs are two teasers."""
    if len(pairs) >= 3:
        return True
    if len(pairs) < 2:
        return False
    return any(len({_heading_shape(p[side].text) for p in pairs}) == 1 for side in (0, 1))


def _heading_shape(text: str) -> str:
    """A heading's shape: a number for a numbered one, else its label before a colon, else
    its first two words (lower-cased)."""
    if _ITEM_NUMBER.match(text) or text[:1].isdigit():
        return "#"
    label, colon, _ = text.partition(":")
    if colon and len(label) <= 40:
        return label.strip().lower() + ":"
    return " ".join(text.lower().split()[:2])


def clean_text(raw: str, *, select_body: bool = True, title: str | None = None) -> Extraction:
    """Clean body and metadata of pre-scraped article text; see the module docstring.

    `select_body=False` keeps every line the explicit rules keep, without choosing the body by
    prose scores: for text declared to be the article (a JSON `text` field) and for languages
    the English word statistics of the scorer would misjudge. `title`, the headline the input
    declares (a JSON `title`), is removed where the text repeats it as its first paragraph.
    """
    norm = raw.replace("\r\n", "\n").replace("\r", "\n")
    page = _apply_rules(norm)
    lines, url, byline, agencies = page.lines, page.url, page.byline, page.agencies
    removals: list[Removal] = []

    # pass 2: score the rest and take the best run as the body
    cand, seq = _candidates(lines)
    body = _select_body(lines, cand, seq) if select_body else cand
    inside = {id(ln) for ln in body}

    # pass 3: metadata from the lines just before the body (and its first lines)
    title = None
    issuer = _release_head(lines)
    if issuer is not None:
        _release_dateline(lines)
    head_idx, stop_idx, window = _head_window(lines, body)
    published = _head_date(window)
    # a text the English scorer does not judge may print its date in its own language
    lang = None if select_body else detect_language(norm)
    masthead = None
    if lang not in (None, "en"):
        published = published or _foreign_date(lines, lang)
        masthead = _masthead_over_headline(lines)
    best = titlescore.pick(lines, head_idx, body, _rule_title(window, body), url)
    if masthead is not None:
        furniture = (masthead[0], *masthead[2])  # the name and a section line under it
        for ln in furniture:
            ln.reason = "boilerplate"
        if best is None or any(best is ln for ln in furniture):
            best = masthead[1]
    if best is not None:
        title = _strip_site_suffix(best.text, lines)
        best.reason = "metadata: title"
        # the date printed with the headline ("By Jane Doe · Dec 20, 2025", "Posted on July 1,
        # 2024 by X") before a date line nearer the body start, unless that one says Published
        iso, kind = _title_date(lines, best.idx)
        labelled = any(
            ln.reason == "metadata: date" and _PUBLISHED.search(ln.text) for ln in window
        )
        if kind == "published" or (kind == "plain" and not labelled):
            published = iso
    # a date and a byline printed together ("By Jane Doe | May 19, 2024"), or a date beside
    # other page furniture: the meta lines near the headline, first one first
    meta = [
        ln
        for ln in lines[max(0, head_idx - 25) : stop_idx + 4]
        if (len(ln.text) <= 160 or _POSTED_ON.match(ln.text))
        and not (ln.prose and ln.words > 25 and not _POSTED_ON.match(ln.text))
        and ln.reason not in ("comments", "metadata: title")
    ]
    if published is None:
        for ln in meta:
            found = find_date(ln.text)
            if found:
                published = found[0]
                break
    if published is None:  # the body's dateline (`SELVIK, 17 November 2026 - The ...`)
        published = next((iso for ln in body[:3] if (iso := dateline_date(ln.text, norm))), None)
    if published is None:  # a date line anywhere else on the page (a footer "Published ...")
        for ln in lines:
            if ln.reason != "comments" and (iso := date_line(ln.text)):
                published = iso
                break
    anchor = best.idx if best is not None else head_idx
    lo = max(0, min(anchor, head_idx) - 25)
    found = _find_byline(page, norm, anchor, lo, max(stop_idx + 4, anchor + 8), window)
    if _transcript(lines):
        found = None  # a chamber's record: its people are speakers, its head lines headings
    if found is not None:
        byline, marks = found
        byline = byline_case(without_honorific(_strip_by_word(byline, lang)))
        for ln in marks:
            if (
                ln.reason is None
                and len(ln.text) <= 100
                and (not ln.prose or _credit_only(ln.text))
            ):
                ln.reason = "metadata: byline"
    _credit_lines(lines, body, byline)
    body = [ln for ln in body if ln.reason is None]
    if title and body and same_heading(body[0].text, title):
        body[0].reason = "metadata: title"  # the declared headline printed again as the body's head
        body = body[1:]

    # subheading policy: a short heading is kept when prose follows it; one ending the body
    # introduces nothing: a teaser. A heading over another heading between paragraphs is a
    # teaser for another article, unless such pairs recur or share a shape: then the body is
    # a guide whose sections open with a heading and a subheading (numbered picks, "Where to
    # watch: X" over each review), and those are its text.
    if body and body[-1].heading and not body[-1].prose and not _last_item(body):
        body[-1].reason = "teaser"
    pairs = _heading_pairs(body)
    if not _guide_sections(pairs):
        for upper, _ in pairs:
            upper.reason = "teaser"
    _trailing_links(body)
    _closing_notes(body)
    body = [ln for ln in body if ln.reason is None]
    # the author's bio closing the piece ("Jane Doe is a freelance writer based in Oslo.")
    while (
        body
        and body[-1].reason is None
        and (_closing_bio(body[-1].text) or _author_bio(body[-1].text, byline))
    ):
        body[-1].reason = "boilerplate"
        body.pop()
    _closing_pitch(body)
    _newsletter_frame(body)
    _closing_author_box(body)
    # a paragraph printed again (a pull quote, a box shown twice for two screen sizes)
    # (a paragraph printed four or more times is a field of a repeated list item, kept)
    keys = {id(ln): " ".join(_WORD.findall(ln.text.lower())) for ln in body if ln.reason is None}
    times = Counter(keys.values())
    seen: set[str] = set()
    for ln in body:
        if ln.reason is None and ln.words >= DUP_WORDS:
            key = keys[id(ln)]
            if key in seen and times[key] < DUP_LIST:
                ln.reason = "duplicate"
            seen.add(key)
    body = [ln for ln in body if ln.reason is None]
    inside = {id(ln) for ln in body}
    for ln in lines:
        if ln.reason is None and id(ln) not in inside:
            ln.reason = "boilerplate"

    if masthead and not url and _outlet_evidence(masthead[0].text, masthead[1].text, lines, lang):
        outlet = issuer or site_name(_masthead_name(masthead[0].text))
    else:
        outlet = issuer
    outlet = outlet or _find_outlet(lines, body, url)
    body = [ln for ln in body if ln.reason is None]  # a masthead line the outlet came from
    _head_section(lines, best.idx if best is not None else head_idx)

    # pass 4: rebuild, joining broken sentences
    parts: list[str] = []
    prev: _Line | None = None
    for ln in body:
        if prev is not None:
            if ln.block == prev.block:
                parts.append("\n")
            elif _broken(prev, ln):
                parts.append(" ")
                removals.append(
                    Removal(prev.end, ln.start, norm[prev.end : ln.start], "joined broken sentence")
                )
            else:
                parts.append("\n\n")
        parts.append(ln.text)
        for s, e in ln.fixes:
            removals.append(Removal(s, e, norm[s:e], "markup residue"))
        prev = ln
    for ln in lines:
        if ln.reason is not None:
            removals.append(Removal(ln.start, ln.end, norm[ln.start : ln.end], ln.reason))
    removals.sort(key=lambda r: (r.start, r.end))
    return Extraction(
        text="".join(parts),
        title=title,
        published=published,
        byline=byline,
        outlet=outlet,
        url=url,
        agencies=agencies,
        removals=removals,
        extractor="textclean",
    )


HEAD_LINES = 12  # a date line of a text with no body selection is among its first lines


def _release_head(lines: list[_Line]) -> str | None:
    """The issuer of a text that opens as an institution's release (`outlets.release_issuer`:
    `CENTRAL ELECTORAL COMMISSION OF X` over `PRESS RELEASE`): its name line is the masthead
    and the label line a document label, never a byline."""
    head = [ln for ln in lines[:HEAD_LINES] if ln.reason in (None, "boilerplate")]
    found = release_issuer([ln.text for ln in head])
    if found is None:
        return None
    issuer, label, name = found
    # the issuer's unit lines between its name and the label (`Office of Sanctions Control`)
    # are its name too, never the headline
    for ln in head[issuer : label if label > issuer else issuer + 1]:
        ln.reason = "metadata: outlet"
    head[label].reason = "metadata: label"
    # a name line over the label of an issuer printed under it is where it was issued (a stock
    # exchange over `REGULATORY ANNOUNCEMENT` over the company): a masthead, never a byline
    for ln in head[: min(issuer, label)]:
        if ln.reason is None and _masthead_line(ln.text):
            ln.reason = "boilerplate"
    return name


def _masthead_line(s: str) -> bool:
    """A short line of capitalised words, no digits or sentence marks (`NORTH SEA EXCHANGE`)."""
    return _capitalised(s, most=6) and not re.search(r"[\d.!?:;,\"“”|@]", s)


_PLACE_DATE = re.compile(r"^(?P<place>[^\W\d_][^,\n]{0,60}),\s*(?P<date>[^,\n].{4,40})$")


def _release_dateline(lines: list[_Line]) -> None:
    """Mark a release's head line `Place, date` (`Kelmar City, 3 April 2026`) as its date: the
    place it was issued from, printed where an article prints its byline, is no author."""
    for ln in lines[:HEAD_LINES]:
        m = _PLACE_DATE.match(ln.text.strip())
        if ln.reason is None and m and date_line(m["date"]):
            ln.reason = "metadata: date"
            return


def _transcript(lines: list[_Line]) -> bool:
    """Whether the text opens as a chamber's record (`genre.transcript_label`, found by
    `_release_head`): `Brenland House of Assembly` over `Official Report (Hansard)`."""
    from newsgraph.extract.genre import transcript_label

    return any(
        ln.reason == "metadata: label" and transcript_label(ln.text) for ln in lines[:HEAD_LINES]
    )


def _foreign_date(lines: list[_Line], lang: str) -> str | None:
    """The first of the text's first lines that is a date in `lang` ("lundi 3 mars 2025"),
    marked as metadata, as an ISO date."""
    for ln in lines[:HEAD_LINES]:
        if ln.reason is None and (iso := date_line_in(ln.text, lang)):
            ln.reason = "metadata: date"
            return iso
    return None


MASTHEAD_WORDS = 5


def _masthead_over_headline(
    lines: list[_Line],
) -> tuple[_Line, _Line, list[_Line]] | None:
    """(masthead, headline, section lines) when the text opens with the outlet's name over its
    headline, a date line within the three lines after that ("Le Courrier du Val / Le port
    rouvre... / Par X / lundi 3 mars 2025"): the shape of a scraped article's head in any
    language, where no menu follows the name to mark it as a masthead (`_masthead`). A section
    label or kicker has that shape too (`Économie`, `Grève des dockers`): furniture all the same,
    but the outlet only with evidence (`_outlet_evidence`). A section line may sit between the
    name and the headline (`Harian Lintas Pos / Internasional / Rabu, 25 November 2026 / KTT
    ...`, `_section_shaped`): furniture too. A short headline over the date line has a
    section's shape as well (`Le port rouvre / mardi 3 mars 2026`): when the line after it is no
    headline, it is read as the headline."""
    head = [ln for ln in lines[:HEAD_LINES] if ln.text.strip() and ln.reason != "navigation"]
    if len(head) < 3:
        return None
    return _masthead_head(head, section=True) or _masthead_head(head, section=False)


def _masthead_head(head: list[_Line], section: bool) -> tuple[_Line, _Line, list[_Line]] | None:
    """`_masthead_over_headline` on the text's first non-empty lines `head`, a section line
    between the name and the headline allowed when `section`."""
    name = head[0]
    # a date line may sit between the name and the headline ("L'Echo du Val / mercredi 18
    # novembre 2026 / Le port rouvre"), and one section line ("Internasional")
    k, sections = 1, []
    while k < min(3, len(head) - 1):
        if section and not sections and _section_shaped(head[k], head[k + 1]):
            sections.append(head[k])
        elif head[k].reason != "metadata: date":
            break
        k += 1
    headline = head[k]
    s = _masthead_name(name.text)
    if (
        name.reason is not None
        or not 1 <= len(s.split()) <= MASTHEAD_WORDS
        or not s[0].isupper()
        or re.search(r"\d", s)
        or _SENT_END.search(s)
        or headline.reason not in (None, "metadata: title")
        or len(headline.text.split()) <= len(s.split())
        or _SENT_END.search(headline.text)
        or not site_name(s)
    ):
        return None
    after = head[1:k] + head[k + 1 : k + 4]
    if any(ln.reason == "metadata: date" or date_line(ln.text) for ln in after):
        return name, headline, sections
    return None


#: The most words of a section line between a masthead and its headline (`Internasional`,
#: `Économie`, `Vida y Cultura`).
SECTION_LINE_WORDS = 3


def _section_shaped(line: _Line, nxt: _Line) -> bool:
    """Whether a line under a masthead has a section label's shape in any language (the
    sections `_section_line` knows are English only): up to `SECTION_LINE_WORDS` words,
    capitalised, no digit, no punctuation, shorter than the line after it (the headline, or a
    date line over it)."""
    s = line.text.strip()
    words = s.split()
    return (
        line.reason in (None, "boilerplate")
        and 1 <= len(words) <= SECTION_LINE_WORDS
        and s[0].isupper()
        and not re.search(r"[\d.,;:!?|()\[\]]", s)
        and len(nxt.text.split()) > len(words)
    )


def _outlet_evidence(name: str, headline: str, lines: list[_Line], lang: str | None = None) -> bool:
    """Whether a short line over a headline is the outlet's name, not a section or kicker: the
    outlet table knows it, the page's rights line names it again, or it is shaped as a paper's
    name: a newspaper's word ("La Gazette du Rivage") or an article before capitalised words
    ("Le Phare du Val") whose first the headline does not use (a kicker's, "Der Hafenstreik"
    over "Hafenstreik legt ... lahm", names its story). `lang`, the text's language, rules out an
    English-only paper word ("Deutsche Post" over a German headline). (A URL's host spelling it
    is read by `_masthead`.)"""
    if canonical_outlet(name) or paper_word(name, lang):
        return True
    key = _word_key(name)
    if any(COPYRIGHT_LINE.match(ln.text) and key in _word_key(ln.text) for ln in lines[1:]):
        return True
    if any(_dateline_names(ln.text, key) for ln in lines[1:HEAD_LINES]):
        return True
    rest = article_name(name)
    head_word = _WORD.search(rest) if rest else None
    return head_word is not None and _word_key(head_word.group()) not in _word_key(headline)


def _dateline_names(text: str, key: str) -> bool:
    """Whether a paragraph's dateline credits the name `key` (a `_word_key`) after its place
    (`LOMARI, Lintas Pos - ...`, `PORT CITY (Lintas Pos) -`): the paper names itself there, as
    Indonesian and Malay papers do, so a line over the headline with that name is its name. The
    credit is the whole name, or the name less its first word (an article, a `Harian`) when two
    words are left: a place's word alone (`Kesh`) credits no kicker `Région Kesh`."""
    m = DATELINE.match(text[:200])
    if m is None:
        return False
    words = key.split()
    names = {key, f" {' '.join(words[1:])} " if len(words) > 2 else key}
    return any(
        part and _WORD.search(part) and _word_key(part) in names
        for part in ((m["rest"] or "").lstrip(","), m["agency"])
    )


def _word_key(s: str) -> str:
    """The words of `s`, case-folded, space-separated and padded, so that `in` finds whole
    words: " la gazette du rivage " in " © 2025 la gazette du rivage "."""
    return f" {' '.join(w.casefold() for w in _WORD.findall(s))} "


#: "By" before a byline's names, by language (English "By" is read by the byline rules).
_BY_WORDS = {
    "de": "Von",
    "fr": "Par",
    "es": "Por",
    "pt": "Por",
    "nl": "Door",
    "sv": "Av",
    "no": "Av",
    "nb": "Av",
    "da": "Af",
    "pl": "Przez",
    "id": "Oleh",
    "ms": "Oleh",
}


def _strip_by_word(byline: str | None, lang: str | None) -> str | None:
    """A byline without the word for "by" of the text's language ("Von Katrin Ebeling")."""
    word = _BY_WORDS.get(lang or "")
    if byline and word:
        m = re.match(rf"(?i){word}:?\s+(?=[A-Z])", byline)
        if m:
            return byline[m.end() :]
    return byline


_UPDATED = re.compile(r"(?i)\b(?:updated|modified|edited|reviewed|revised|last)\b")
_PUBLISHED = re.compile(r"(?i)\b(?:published|posted|created|released|issued|first)\b")


def same_heading(a: str, b: str) -> bool:
    """True when two headlines are the same words (case, quotes and punctuation aside)."""
    wa, wb = _WORD.findall(a.lower().replace("’", "'")), _WORD.findall(b.lower().replace("’", "'"))
    return bool(wa) and wa == wb


def _head_window(lines: list[_Line], body: list[_Line]) -> tuple[int, int, list[_Line]]:
    """Where the body starts, where its head ends, and the lines before it that no rule took:
    the window the headline, the date and the byline are looked for in."""
    head_idx = body[0].idx if body else len(lines)
    first_prose = next((ln for ln in body if ln.prose), None)
    stop_idx = first_prose.idx if first_prose else head_idx
    # a standfirst above the byline and date is prose too: the head runs on past it
    for _ in range(2):
        follow = lines[stop_idx + 1 : stop_idx + 4]
        if not any(o.reason == "metadata: byline" or date_line(o.text) for o in follow):
            break
        nxt = next((o for o in lines[stop_idx + 1 :] if o.prose and o.reason is None), None)
        if nxt is None:
            break
        stop_idx = nxt.idx
    window = [ln for ln in lines[max(0, head_idx - 25) : stop_idx] if ln.reason is None]
    return head_idx, stop_idx, window


def _rule_title(window: list[_Line], body: list[_Line]) -> _Line | None:
    """The headline by rule (the fallback of the title ranker, and one of its features)."""
    # the headline: the longest heading-like line there (a kicker, a section label or a
    # "5 min read" is shorter); a menu ("Home | World | Business") is never a headline
    heads = [
        ln
        for ln in window
        if ln.reason is None
        and (ln.heading or ln.words <= 20 and ln.text.endswith("?"))
        and ln.words >= 2
        and not _looks_like_name(ln.text)
        and not _NOT_TITLE.search(ln.text)
        and not _MENU.search(ln.text)
        and not _dated(ln.text)
    ]
    if heads:
        vocab = frozenset().union(*(ln.vocab for ln in body[:40] if ln.prose))

        def fit(ln: _Line) -> tuple[float, int]:
            content = [w for w in ln.vocab if w not in STOPWORDS]
            share = sum(w in vocab for w in content) / len(content) if content else 0.0
            return min(ln.words, 25) * (TITLE_BODY + share), -ln.idx

        return max(heads, key=fit)
    return None


def _head_date(window: list[_Line]) -> str | None:
    """The publication date among the date lines before the body: a line saying "Published"
    first, else the earliest date not labelled as an update (a page shows when it was published
    and when it was updated, and the first comes first in time), else the earliest; every date
    line there is marked as metadata."""
    found = [(iso, ln) for ln in window if ln.reason is None and (iso := date_line(ln.text))]
    for _, ln in found:
        ln.reason = "metadata: date"
    published = [iso for iso, ln in found if _PUBLISHED.search(ln.text)]
    if published:
        return published[-1]
    plain = [iso for iso, ln in found if not _UPDATED.search(ln.text)]
    return min(plain or [iso for iso, _ in found], default=None)


def _title_date(lines: list[_Line], t: int) -> tuple[str | None, str | None]:
    """The date printed with the headline on line `t`: the nearest in the five lines below it
    (then the two above), not in a sentence, as (ISO date, "published" / "plain" /
    "updated", by the label before the date); a date labelled Published first, then one with
    no label, then an update."""
    near = [*lines[t + 1 : t + 6], *reversed(lines[max(0, t - 2) : t])]
    found: dict[str, str] = {}
    for ln in near:
        if ln.prose and not _POSTED_ON.match(ln.text):
            continue  # a date in a sentence is no date line
        if ln.reason == "comments" or len(ln.text) > 160:
            continue
        hit = find_date(ln.text)
        if hit is None:
            continue
        before = ln.text[: hit[1]]
        kind = (
            "published"
            if _PUBLISHED.search(before)
            else "updated"
            if _UPDATED.search(before)
            else "plain"
        )
        found.setdefault(kind, hit[0])
    for kind in ("published", "plain", "updated"):
        if kind in found:
            return found[kind], kind
    return None, None


_POSTED_ON = re.compile(r"(?i)^(?:posted|published)(?: on)?:? (?=\w{3,9}\.? \d|\d)")


def _dated(s: str) -> bool:
    """A meta line with a date and little else ("Dec 17, 2025 Jane Doe", "May 3, 2017 By Jane
    Doe 4 Comments"): never a headline."""
    found = find_date(s)
    return bool(found) and len(_WORD.findall(s[: found[1]] + " " + s[found[2] :])) <= 6


_MENU = re.compile(r"(?:\s[|•·/]\s|\s?[|•·]\s?)[^|•·]{1,60}(?:\s?[|•·]\s?)")
_TITLE_TAIL = re.compile(r"^(?P<head>.{8,200}?)\s(?:[|–—-]|::)\s(?P<site>[^|–—]{2,60})$")


def _norm_title(s: str) -> str:
    m = _TITLE_TAIL.match(s)
    return " ".join(_WORD.findall((m.group("head") if m else s).lower()))


def _strip_site_suffix(title: str, lines: list[_Line]) -> str:
    """ "Headline | Site" -> "Headline" when the tail names the site: a known outlet, or a name
    the page prints on a line of its own (its masthead)."""
    m = _TITLE_TAIL.match(title)
    if not m:
        return title
    site = m.group("site").strip()
    key = " ".join(_WORD.findall(site.lower()))
    if canonical_outlet(site) or any(
        len(ln.text) <= 60 and " ".join(_WORD.findall(ln.text.lower())) == key for ln in lines
    ):
        return m.group("head").strip()
    return title


_NAME_TOKEN = r"(?:[A-Z][\w'’.-]{0,30}|[A-Z]\.|(?:de|van|von|der|da|del|bin|al|la|le)\b)"
_BY_IN_LINE = re.compile(
    rf"(?:^|[\s|•·,–—-])(?i:by|written by|posted by|author)\s?:?\s+"
    rf"(?P<name>{_NAME_TOKEN}(?:\s{{1,2}}{_NAME_TOKEN}){{0,4}}"
    rf"(?:(?:,\s(?:and\s|&\s)?|\s(?:and|&)\s){_NAME_TOKEN}(?:\s{_NAME_TOKEN}){{0,3}}){{0,5}})"
)
# A list of co-authors: "A, B and C", "A, B, and C", "A, B, C" (each of two to five name words)
_CO_AUTHOR = re.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s")
_NAME_STOP = re.compile(
    r"(?i)\s?(?:\b(?:published|posted|updated|translated|interpreted|last|on|in|at|for|the|a|an|"
    r"with|from|staff|writer|editor|reporter|correspondent|contributor|senior|analyst|team)\b|"
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s|$)|\d).*$"
)


def _byline_in(s: str) -> str | None:
    """ "Jane Doe" from a meta line such as "By Jane Doe | May 19, 2024" or "Posted by Jane Doe
    on August 21, 2019"; a camel-cased join of the scrape ("By Jane DoePublished") is split."""
    s = re.sub(r"(?i)\b(by|author):(?=\S)", r"\1: ", re.sub(r"^By(?=[A-Z][a-z])", "By ", s))
    s = _GLUED_META.sub(" ", s)  # "By Jane DoePublished", "By Jane DoeMar 5, 2025"
    m = _BY_IN_LINE.search(s)
    if (
        not m
        or _NOT_AUTHOR_BY.search(s[: m.start("name")])
        or _CLAUSE_BY.search(s[: m.start("name")])
    ):
        return None
    name = _co_authors(_NAME_STOP.sub("", m.group("name")).strip(" ,.-–—|"))
    toks = name.split()
    if not 1 <= len(toks) <= 8 * len(_CO_AUTHOR.split(name)) or not name[:1].isupper():
        return None
    if len(toks) == 1 and not re.fullmatch(r"[A-Z][a-z]{2,}", name):
        return None
    return name


def _co_authors(name: str) -> str:
    """`name` cut to what names people: a comma-separated list of co-authors only when it reads
    as one ("A, B and C", "A, B, and C", three or more names of two to five words); after a
    single comma, a place or a second credit ("Jane Doe, New York") is cut off."""
    if "," not in name:
        return name
    parts, seps = _CO_AUTHOR.split(name), _CO_AUTHOR.findall(name)
    closed = any(not sep.startswith(",") or "and" in sep or "&" in sep for sep in seps)
    if (closed or len(parts) >= 3) and all(2 <= len(p.split()) <= 5 for p in parts[1:]):
        return name
    return name.split(",", 1)[0]


#: A date line without its year (`Jun 9`, `9th June`): a blog prints this year's posts so.
_DAY_MONTH = re.compile(
    rf"^(?:(?:{MONTH_NAMES})\.?\s{_DAY_NUMBER}|{_DAY_NUMBER}\s(?:{MONTH_NAMES})\.?)$"
)
_BY_LABEL = re.compile(
    r"(?i)^(?:(?:article\s)?(?:written|posted|reported|words|story|text|recipe)\s|"
    r"(?:article|post|blog post|guide)\s)?by\s?:?$"
    r"|^(?i:authors?|contributors?|written by|article written by)\s?:?$"
)
# "by" after a lower-case participle (`-ed`, `-en`, a common irregular one) that is no author's
# label is a clause of a sentence ("the draft, submitted by X and Y, ...", "the seat, won by X");
# "written by", "Published 3 May by" are labels, and so is a noun for the piece ("A column by X",
# "Guest post by X", "Words and pictures by X")
_CLAUSE_BY = re.compile(
    r"(?<![\w'’])(?!(?:written|posted|reported|published)\b)"
    r"(?:[a-z]+(?:ed|en)|won|held|told|sold|paid|put|sent|brought|bought|taught|caught|found|"
    r"kept|lost|met|struck|shot|hit|set|run|cut|beat|left)\s(?i:by)\s?:?\s*$"
)
_NOT_AUTHOR_BY = re.compile(
    r"(?i)\b(?:reviewed|edited|checked|illustrat\w*|photo\w*|images?|designed|powered|sponsored|"
    r"presented|hosted|produced|updated|share|shared|sort|filter|browse|shop|search|organi[sz]ed|"
    r"curated|translated|narrated|supported|funded|made|built|inspired|followed|used|trusted|"
    r"caused|led|driven|backed|loved|read)\s(?:by|author)\s?:?\s*$"
)
_GLUED_META = re.compile(
    rf"(?<=[a-z])(?=(?:Published|Posted|Updated|Last|(?:In|On)\s[A-Z]|(?:{MONTH_NAMES})\.?\s?\d))"
)
_NAME_CUT = re.compile(r"\s[|·•⋅\-–—]\s|[|·•⋅]|\s[-–—]+(?=\s|$)|\(|\s{2,}")
_ROLE = re.compile(
    r"(?i)\b(?:writer|editor|reporter|correspondent|contributor|columnist|analyst|expert|"
    r"manager|director|founder|co-founder|ceo|cto|cfo|coo|officer|head|lead|specialist|"
    r"strategist|consultant|president|producer|journalist|chief|associate|assistant|intern|"
    r"professor|researcher|engineer|designer|developer|marketer|team member|staff writer|"
    r"senior|principal|global desk|desk)\b"
)
# Each credential ends where its word ends (`(?![A-Za-z])`): without it a long capitalised word
# splits into 2–6 letter chunks in exponentially many ways, and one byline line took minutes.
_CREDENTIALS = re.compile(
    r"(?:(?:[A-Z]{2,6}|Ph\.?D\.?|[A-Z]-[A-Z]{2,5})(?![A-Za-z])(?:\s\d{1,4})?[\s,]*)+"
)
_BYLINE_START = re.compile(
    r"(?i)(?:by|author|contributor|written|posted|reported|article|words|story|text|recipe)\b"
)
_META_MARK = re.compile(r"[|•·⋅,\-–—/]{1,3}")
_READ_TIME = re.compile(r"(?i)\b\d{1,3}\s?min(?:ute)?s?\b|\bread(?:ing)? time\b")
# (this check ignores case, and a particle is not weighed as a name's word: `Ben` is an English
# given name and `AP` an agency's initials far more often than particles)
_PARTICLES = NAME_PARTICLES - {"ben", "ap", "av", "af"}


def _key(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def _trim_name(s: str) -> str:
    """The name out of a byline's text: "Jane Doe, Senior Writer" -> "Jane Doe"; "Jane Doe |
    May 19, 2024", "Jane Doe - Mar 27, 2024", "Jane DoeNovember 20, 2007" -> "Jane Doe";
    "Jane Doe, MS, RD" -> "Jane Doe"; "Jane Doe, Li Wei and Ana Ruiz" stays whole."""
    s = _GLUED_META.sub(" ", s.strip())
    s = _NAME_CUT.split(s, maxsplit=1)[0]
    keep: list[str] = []
    for part in s.split(","):
        p = re.sub(r"^(?:and|&)\s+", "", part.strip())
        if not p:
            continue
        role = _ROLE.search(p)
        if role and not keep and p[: role.start()].strip():  # "Jane Doe Senior Writer"
            keep.append(p[: role.start()].strip())
        if role or (keep and _CREDENTIALS.fullmatch(p)):
            break
        keep.append(part.strip())
    name = ", ".join(keep)
    first = re.match(r"\S+", name)  # (its first word is the name's: "A. J. Doe")
    stop = _NAME_STOP.search(name, first.end() if first else 0)
    return (name[: stop.start()] if stop else name).strip(" ,.;:-–—|")


#: What separates the names a byline lists: "A, B and C", "A & B".
_PERSONS = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")


def _plausible_name(name: str, in_lower: Callable[[str], bool], everyday: bool = True) -> bool:
    """Whether a byline's text names people: capitalised words, no digits or sentence marks, no
    stopwords, and not only words the page also prints in lower case ("Smart Home", "Use Case",
    "By Region": menu labels are ordinary words; names are not); no words of time ("Monday
    Morning") and, with `everyday`, not only everyday English words ("Popular Demand",
    `lexicon.everyday_word`)."""
    if not name or len(name) > 100 or re.search(r"[\d@/:;!?=+<>\[\]{}#\"“”]", name):
        return False
    if city_and_state(name):  # `DENVER CO`: a dateline's place
        return False
    if _POSSESSIVE_END.search(name) or _glued_words(name) >= 2:
        return False  # "by George Hotz's company"; menu items the scrape joined
    persons = [p for p in _PERSONS.split(name) if p]
    if not 1 <= len(persons) <= 6:
        return False
    words: list[str] = []
    for p in persons:
        toks = p.split()
        caps = [t for t in toks if t.lower() not in _PARTICLES]
        if not 1 <= len(toks) <= 5 or not caps or not all(t[0].isupper() for t in caps):
            return False
        if any(t.lower() in STOPWORDS for t in caps):  # ("A." is an initial)
            return False
        if len(toks) == 1 and (len(p) < 3 or not p[1:].islower()):
            return False
        low = [t.lower().strip(".'’") for t in caps]
        # a day or a time of day is no name ("Monday Morning", "Sunday Night"); a month or a
        # season may be one ("April Reyes", "Mara Winter")
        if any(w in _TIME_WORDS for w in low):
            return False
        words += [w for w, t in zip(low, caps, strict=True) if len(t.strip(".")) > 1]
    if everyday and len(words) >= 2 and all(map(lexicon.everyday_word, words)):
        return False  # everyday words only: "By Popular Demand", "By Royal Appointment"
    return not words or not all(map(in_lower, words))


#: A name cut before what it owns (`kit by Jane Doe's company`): a clause, no credit.
_POSSESSIVE_END = re.compile(r"['’]s$")
#: Two words the scrape printed without a space (`TopicGuest`, `ChecklistsJust`): one such
#: join may be a handle's (`SimplyThrilled`), two are menu items run together; a name's own
#: capital comes after at most three lower-case letters (`McNally`, `MacArthur`, `FitzGerald`).
_GLUED_WORDS = re.compile(r"(?P<head>[A-Za-z]*[a-z]{4})[A-Z]")
#: A surname's prefix of particles written together with it (`VanderMolen`, `DeLaCruz`,
#: `VanDenBerg`): no join of two words.
_PARTICLE_PREFIX = re.compile(
    "(?:" + "|".join(sorted(NAME_PARTICLES | {"mac", "fitz"}, key=len, reverse=True)) + ")+"
)


def _glued_words(name: str) -> int:
    """How many joins of two words the scrape ran together a byline's text holds
    (`_GLUED_WORDS`), not counting a surname's particles written with it (`VanderMolen`)."""
    return sum(
        not _PARTICLE_PREFIX.fullmatch(m["head"].lower()) for m in _GLUED_WORDS.finditer(name)
    )


# Words of time that never name a person (a month or a season may: "April Reyes", "Jo Winter")
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night "
    "midnight noon midday tonight today tomorrow yesterday weekend week month year hour minute "
    "decade century".split()
)


def _label_words(name: str) -> bool:
    """Whether a title-cased line is only everyday words and ends in a plural noun (`Key
    Takeaways`, `Final Thoughts`, `Recent Posts`, `Tax Operations`): a section's or a list's
    label. A name may be all everyday words (`Jack Shepherd`, `Christian Winter`), but its last
    word is no plural noun (a surname that reads as one, `Waters`, is listed as a name)."""
    words = _WORD.findall(name)
    last = words[-1].lower() if words else ""
    if len(words) == 2 and given_name(words[0]):
        return False  # a given name first: `Joy Rivers`, `Rose Hills`, `Summer Reeves`
    return len(words) >= 2 and last.endswith("s") and all(map(_label_word, words))


def _label_name(name: str) -> bool:
    """Whether a byline's text reads as a label: everyday words and plural nouns
    (`_label_words`), or one word that is an everyday word or a dictionary noun (`Category`,
    `User`, `Spotlight`; `_dictionary_noun`)."""
    words = _WORD.findall(name)
    if len(words) == 1:
        return lexicon.everyday_word(words[0]) or _dictionary_noun(words[0])
    return _label_words(name)


def _label_word(word: str) -> bool:
    """An everyday word (`lexicon.everyday_word`) or a dictionary noun's plural (`Takeaways`,
    `Newsletters`) that is not itself listed (WordNet lists `Jones`, `Williams` as names)."""
    w = word.lower()
    if lexicon.everyday_word(w):
        return True
    nouns = lexicon._index().get("noun", frozenset())
    return len(w) > 3 and w.endswith("s") and w not in nouns and _dictionary_noun(w)


#: A date glued to a name by the scrape (`2016Autumn Adams`, `Jane Doe3/4/2025`).
_GLUED_DATE = re.compile(r"(?<=\d)(?=[A-Z][a-z])|(?<=[a-z])(?=\d{1,4}[/.-]\d)")
#: The labels of a meta line's date and counters (`Last Updated:`, `109 Comments`, `5 min read`).
_META_LABEL = re.compile(
    r"(?i)\b(?:last\s)?(?:updated|published|posted|modified)(?:\son)?\s?:?|"
    r"\b\d+\s(?:comments?|responses?|replies|views|shares|min(?:ute)?s?(?:\sread)?)\b"
)


def _name_beside_date(s: str) -> str | None:
    """The name of a meta line that holds one or more dates and a name without a `By` (`Dec
    17, 2025 Jane Doe`, `Jane Doe 3/4/2025`, `109 Comments | Jane Doe | Last Updated: March
    11, 2019`): nothing else on the line but labels and counters."""
    if len(s) > 120:
        return None
    rest, dates = _GLUED_DATE.sub(" ", s), 0
    while dates < 3 and (found := find_date(rest)):
        rest, dates = rest[: found[1]] + " | " + rest[found[2] :], dates + 1
    if not dates:
        return None
    parts = [p.strip(" ,.-–—") for p in _META_SPLIT.split(_META_LABEL.sub(" | ", rest))]
    parts = [p for p in parts if _ANY_WORD.search(p)]
    if len(parts) != 1 or not _looks_like_name(parts[0]) or len(parts[0].split()) > 5:
        return None
    return parts[0] if _person_on_date(parts[0]) else None


def _person_on_date(name: str) -> bool:
    """Whether the name on a date's line is a person's, not the line's place, section or
    outlet (`March 3, 2031 Greater Manchester`, `3 March 2031 Business News`, `March 3, 2031
    Harbour Ledger`, `Orsa Valley`): a person's shape (`_person_shaped`), no publication's or
    section's name, and no place's last word (`wordlists.PLACE_NAME_HEADS`) after a word that
    is no given name."""
    words = name.split()
    if not _person_shaped(name) or publication_name(name) or paper_word(name) or is_section(name):
        return False
    return given_name(words[0]) or words[-1].lower() not in PLACE_NAME_HEADS


def _person_shaped(name: str) -> bool:
    """Whether a name line has a person's name's shape where only the headline stands beside
    it (over it, or a date on its line): a given name first (`credits.given_name`: `Marta
    Lind`, `Joy Rivers`), or no word an everyday word (`Orla Penn`); `Select Page`, `Greater
    Manchester`, `New Zealand`, `Business News` are a page's labels and places."""
    words = _WORD.findall(name)
    if not 2 <= len(words) <= 4:
        return False
    return given_name(words[0]) or not any(map(lexicon.everyday_word, words))


_META_SPLIT = re.compile(r"\s*[|•·⋅]\s*|\s{2,}")


def _bare_name(ln: _Line) -> str | None:
    """A line that is a name, alone or before a date, a role or a read time ("Jane Doe",
    "Jane Doe | Senior Writer | July 2, 2025", "Jane Doe•Updated on Jul 4, 2024")."""
    if ln.words > 12:
        return None  # a paragraph that opens with a name (a dateline, `PORT X, March 4 — A fire`)
    name = _trim_name(ln.text)
    if not _looks_like_name(name) or len(name.split()) > 5:
        return None
    rest = ln.text[len(name) :].lstrip()
    if rest and not re.match(rf"[|•·⋅,\-–—]|(?:Published|Posted|Updated|Last|{MONTH_NAMES})", rest):
        return None
    return name


_BY_PARAGRAPH = re.compile(r"(?i)^(?:(?:written|words|reported|story|text)\s)?by\s?:?\s+(?=[A-Z])")
_PLAIN_BY = re.compile(r"(?i)\s*by\b")  # "By X", not "Written by X"
BY_PARAGRAPH_WORDS = 12  # a byline paragraph is at most this long ("By Jane Doe, Staff Writer")


def _writer_credit(line: str, text: str) -> str | None:
    """The writer a credits line names first (`Words by X. Photographs by Y.` gives X; only a
    line of nothing but credits, `_credit_only`): a name of two words or more, none of them
    everyday words (`Words by Popular Demand`; `text`, the article, prints no name word in
    lower case); else None."""
    if not _WRITER_CREDIT.match(line) or not _credit_only(line):
        return None
    first = _CREDIT_SPLIT.split(line.strip().rstrip("."))[0]
    m = _CREDIT_SENTENCE.match(first.strip())
    name = _clean_name(m.group("name")) if m else None
    if not name or len(name.split()) < 2:
        return None
    return name if _plausible_name(name, lambda w: _has_word(text, w), True) else None


def byline_paragraph(para: str, text: str) -> str | None:
    """The name when a paragraph is only a byline ("By Jane Doe", "By Jane Doe and Li Wei",
    "By Jane Doe, Staff Writer | May 19, 2024"): a name-like run after "By" with nothing after
    it but a role, a date, an outlet or more names, never a sentence that opens with "By" ("By
    Tuesday the fire had spread."), a place after a comma ("By George Street, Kestmoor"), words
    of time ("By Monday Morning") or everyday words ("By Popular Demand", `lexicon`). `text` is
    the article around it: a name the article prints in lower case is no name ("By Boat And
    Rail")."""
    para = " ".join(para.split())
    if _WRITER_CREDIT.match(para) and (name := _writer_credit(para, text)):
        return name  # a credits line (`Words by X. Photographs by Y.`)
    if len(para) > 120 or len(para.split()) > BY_PARAGRAPH_WORDS or not _BY_PARAGRAPH.match(para):
        return None
    found = _byline_in(para)
    if not found:
        return None
    name = _trim_name(found)
    rest = para[para.find(found) + len(found) :].strip() if found in para else None
    if rest is None or (
        rest
        and not re.match(rf"[|•·⋅,\-–—(]|(?:Published|Posted|Updated|Last|{MONTH_NAMES})", rest)
    ):
        return None
    if rest and not re.match(r"[,(]", rest) and not find_date(rest):
        return None  # "By Jane Doe - Opinion": only a role or a date goes after the name
    if rest.startswith(","):
        # after a comma a role, a date, an outlet or more names ("By Jane Doe, Li Wei and Ana
        # Ruiz"), never a place ("By George Street, Kestmoor" is an address)
        tail = re.split(r"\s*[|•·⋅]\s*", rest[1:].strip(), maxsplit=1)[0].strip()
        more = [p for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", tail) if p]
        credit = _ROLE.search(tail) or find_date(tail) or canonical_outlet(tail)
        if not credit and not publication_name(tail):
            if not more or not all(len(p.split()) >= 2 and _looks_like_name(p) for p in more):
                return None
            name = f"{name}, {tail}"
    if canonical_outlet(name) and is_agency(name):
        return canonical_outlet(name)
    kicker = bool(_PLAIN_BY.match(para))  # "Written by Popular Demand" is no kicker's
    if len(name.split()) < 2 or not _plausible_name(name, lambda w: _has_word(text, w), kicker):
        return None
    return name


def _has_word(text: str, word: str) -> bool:
    """Whether `text` has `word` as a whole word (case-sensitive; a literal scan, no regex). A
    part of an e-mail address or a host name ("hey@mara.example", "www.mara.example/about") is
    no word of the text: a site named after a person prints the name in lower case there."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        before = text[pos - 1] if pos else " "
        after = text[end] if end < len(text) else " "
        after2 = text[end + 1] if end + 1 < len(text) else " "
        if not (
            before.isalnum()
            or before in "_'’@./"
            or after.isalnum()
            or after in "_'’@"
            or (after in "./" and after2.isalnum())
        ):
            return True
        pos = text.find(word, pos + 1)
    return False


_ANY_WORD = re.compile(r"\w")
_ONE_NAME = re.compile(r"[A-Z][a-z]{2,15}")
_MENU_SEP = re.compile(r"\s*[|·•⋅/»›>]\s*")


def _dictionary_noun(word: str) -> bool:
    """Whether a word (or its plural: "Markets", "Features", "Stories") is a noun of the
    WordNet lemma index that `lexicon` reads: a topic ("Politics", "Climate"), a kind of
    article ("Opinion", "Analysis") or a place ("Europe"). WordNet lists some first names too
    ("Mara"), so this refuses only a one-word byline, where a section label is likelier."""
    nouns = lexicon._index().get("noun", frozenset())
    w = word.lower()
    forms = {w}
    if w.endswith("ies"):
        forms.add(w[:-3] + "y")
    if w.endswith("es"):
        forms.add(w[:-2])
    if w.endswith("s"):
        forms.add(w[:-1])
    return any(f in nouns for f in forms)


def _menu_item(lines: list[_Line], j: int, word: str) -> bool:
    """Whether line `j` prints `word` as a menu item: one item of a line of them ("News | Sport |
    Opinion", "Home › Opinion"), or alone between two other labels ("News" / "Opinion" /
    "Sport"). Alone beside a headline or a date it is no menu: a site reprints its author's name
    so under related posts."""
    items = _MENU_SEP.split(lines[j].text.strip())
    if len(items) > 1:
        return word in items
    if items[0] != word or not 0 < j < len(lines) - 1:
        return False
    return all(
        o.words <= 3 and not re.search(r"\d", o.text) and not date_line(o.text)
        for o in (lines[j - 1], lines[j + 1])
    )


def _find_byline(
    page: _Page, norm: str, anchor: int, lo: int, hi: int, window: list[_Line]
) -> tuple[str, list[_Line]] | None:
    """The byline and the lines it was read from. Candidates near the headline (line `anchor`),
    from `lo` to `hi`: "By X" / "Written by X" / "Author: X" / "Words by X" in a line, a "By" or
    "Author:" line over a name, and, within three lines of the headline or a date line, a line
    that is only a name (or a name before a date or a role). The nearest explicit one wins, a
    bare name only when there is none, a line below the headline before one above it. With none
    near the headline: the "Reporting by" of a sign-off, else a "Written by X" anywhere (a closing
    author box)."""
    lines = page.lines
    by_line = dict(page.bylines)
    sites: list[str] = []
    seen: dict[str, bool] = {}

    def in_lower(word: str) -> bool:  # the page prints the word in lower case
        if word not in seen:
            seen[word] = _has_word(norm, word)
        return seen[word]

    def plausible(
        name: str, bare: bool, dated: bool = False, marks: list[_Line] | None = None
    ) -> bool:
        if not bare and canonical_outlet(name):  # "By AFP", "By Reuters": the agency's copy
            return True
        # everyday words are no name after a plain "By" ("By Popular Demand": a kicker); a
        # bare line of them ("Mara Winter") or a credit ("Written by Harbour Build") keeps
        # its other tests
        kicker = bool(marks) and bool(_PLAIN_BY.match(marks[0].text))
        if not _plausible_name(name, in_lower, everyday=kicker):
            return False
        if not sites:
            sites.append(_key(_masthead(lines, page.url) or ""))
        # a bare line naming the site (a known outlet, the page's masthead) or any publication
        # ("Harbour Weekly" over the headline) is no byline; a name with a role or a date beside
        # it ("Mara Post" over "Staff Writer") is a person's, whatever its last word
        return not bare or not (
            canonical_outlet(name)
            or _key(name) == sites[0]
            or (not dated and publication_name(name))
        )

    skip = ("comments", "image credit", "image caption", "embedded post", "related link")
    cands: list[tuple[int, float, str, list[_Line]]] = []

    def dist(idx: int) -> float:
        return idx - anchor if idx >= anchor else (anchor - idx) * 1.5 + 1

    def explicit(ln: _Line, k: int, anywhere: bool) -> tuple[str, list[_Line]] | None:
        if ln.idx in by_line:
            return _trim_name(by_line[ln.idx]), [ln]
        if _BY_LABEL.match(ln.text) and k + 1 < len(lines):
            nxt = lines[k + 1]
            return _trim_name(nxt.text), [ln, nxt]
        if anywhere and not re.match(r"(?i)(?:written|posted) by\b", ln.text):
            return None
        if len(ln.text) > 160 and not _POSTED_ON.match(ln.text):
            return None
        if ln.prose and ln.words > 25:
            return None
        name = _byline_in(ln.text)
        return (_trim_name(name), [ln]) if name else None

    def supported(k: int, under: bool = True) -> bool:
        """A bare name line sits beside the headline or what goes with a byline: a date, a
        separator, a role ("Senior Writer"), a read time, or under the headline and its
        standfirst (not with `under` False: what goes with a byline only); a menu item sits
        among menu items."""
        if under and anchor < k <= anchor + 2:
            return True
        for o in _beside(k):
            t = o.text
            # the headline under a line is no support: a kicker, a section label or a menu's
            # last item sits there (`Select Page`, `Tax Operations`); a byline over the headline
            # comes with a date or a role
            # (but for a person's name: `Marta Lind` over the headline, `_person_shaped`)
            over = o.idx == anchor and (k < anchor or not under)
            over = over and not _person_shaped(lines[k].text)
            if (
                (not over and (o.idx == anchor or (o.reason or "").startswith("metadata")))
                or _META_MARK.fullmatch(t)
                or (len(t) <= 80 and (date_line(t) or _dated(t) or _DAY_MONTH.match(t)))
                or (o.words <= 8 and (_ROLE.search(t) or _READ_TIME.search(t)))
            ):
                return True
        return False

    def _beside(k: int) -> list[_Line]:
        """The lines before and after line k, past lines without a letter or digit (an icon of
        the scrape, "\ue08a", between a date and a name)."""
        out = []
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and j != anchor and not _ANY_WORD.search(lines[j].text):
                j += step
            if 0 <= j < len(lines):
                out.append(lines[j])
        return out

    def dated(k: int, name: str) -> bool:
        """A role on the name's line or the next ("Mara Post | Staff Writer"), or below the
        headline a date (over it, a date goes with a masthead: "Vale Herald / March 4")."""
        own = lines[k].text[len(name) :]
        nxt = lines[k + 1].text if k + 1 < len(lines) else ""
        return any(
            t.strip()
            and len(t) <= 80
            and (_ROLE.search(t) or (k > anchor and (date_line(t) or _dated(t))))
            for t in (own, nxt)
        )

    def _one_name(k: int) -> str | None:
        """A line of one capitalised word directly over a date line, under the headline ("Gabi"
        over "Jan 23"): a first name or a handle; not a section label: an everyday word
        ("Featured"), a dictionary noun, a topic or a place ("Opinion", "Football", "Europe",
        `_dictionary_noun`), or a word the page also prints as a menu or section item."""
        t = lines[k].text
        if (
            k <= anchor
            or not _ONE_NAME.fullmatch(t)
            or lexicon.everyday_word(t)
            or _dictionary_noun(t)
            or any(j != k and _menu_item(lines, j, t) for j in range(len(lines)))
        ):
            return None
        after = _beside(k)[-1:]
        if not after or after[0].idx <= k:
            return None
        nxt = after[0].text
        return t if len(nxt) <= 80 and (date_line(nxt) or _dated(nxt)) else None

    def roled(k: int, name: str) -> bool:
        """A role on the name's line or the next ("Grant Majors | Senior Writer")."""
        nxt = lines[k + 1].text if k + 1 < len(lines) else ""
        own = lines[k].text[len(name) :]
        return any(t.strip() and len(t) <= 80 and _ROLE.search(t) for t in (own, nxt))

    def _by_headline(k: int) -> bool:
        return anchor < k <= anchor + 2 or any(o.idx == anchor for o in _beside(k))

    labels: list[tuple[float, _Line]] = []  # name-like labels beside the headline
    anchors = [anchor] + [ln.idx for ln in window if ln.reason == "metadata: date"]
    for k in range(lo, min(hi, len(lines))):
        ln = lines[k]
        if ln.reason in skip:
            continue
        got = explicit(ln, k, False)
        # one word after "By" is a name beside the headline or a date, on its line or the next
        # ("By Susan", "By SusanMay 4, 2025"), in a menu a filter ("By Region", "By Type")
        if (
            got
            and plausible(got[0], False, marks=got[1])
            and (
                " " in got[0]
                or len(got[1]) > 1
                or supported(k)
                or (len(ln.text) <= 160 and find_date(ln.text) is not None)
            )
        ):
            cands.append((0, dist(k), got[0], got[1]))
        elif (
            ln.reason is None
            and any(abs(k - a) <= 3 for a in anchors)
            and not _below_paragraphs(lines, anchor, k)
        ):
            name = _bare_name(ln) or _one_name(k)
            on_date = not name and bool(name := _name_beside_date(ln.text))
            if name and organisation_name(name) and _spoken_of(name, norm, ln):
                # a body's name where a byline goes (a meeting's coverage: `Security Council,
                # 9871st Meeting (AM)` under the headline) is no byline; with more on its line
                # it is a label of the page, alone maybe a subheading (`Full Service Catering`)
                if name != ln.text:
                    ln.reason = "boilerplate"
            elif name and plausible(name, True, on_date or dated(k, name)):
                # a label of everyday words and a plural noun is a byline only over a role
                label = _label_words(name) and (on_date or not roled(k, name))
                if not label and (name != ln.text or supported(k)):
                    cands.append((1, dist(k), name, [ln]))
                elif name == ln.text and _by_headline(k):
                    labels.append((dist(k), ln))
    if cands:
        _, _, name, marks = min(cands, key=lambda c: (c[0], c[1]))
        return name, marks
    if labels:  # a label beside the headline (a kicker, a section's name) is the page's
        min(labels, key=lambda c: c[0])[1].reason = "boilerplate"
    if page.byline:
        return page.byline, []
    for k, ln in enumerate(lines):
        if ln.reason in skip or lo <= k < hi or not _BYLINE_START.match(ln.text):
            continue
        got = explicit(ln, k, True)
        # far from the headline an `Author` or `By` label over a label is a menu's or an author
        # box's heading (`Author` / `Recent Posts`, `By Category`), not a credit
        if got and plausible(got[0], False, marks=got[1]) and not _label_name(got[0]):
            return got[0], []
    return None


#: Paragraphs between the headline and a line below it that make the line the text's end, not
#: its byline: a byline sits over the text, under a standfirst at most.
BYLINE_PAST_PARAS = 2


def _below_paragraphs(lines: list[_Line], anchor: int, k: int) -> bool:
    """Whether line `k` comes after `BYLINE_PAST_PARAS` of the text's paragraphs below the
    headline (a short release's closing contact line, `Press Office, Harbour Authority, 2 Quay
    Street`): a name there closes the text, it does not sign it."""
    return sum(1 for ln in lines[anchor + 1 : k] if _long_line(ln)) >= BYLINE_PAST_PARAS


# The last word of a publication's name: "Harbour Weekly", "The Kestrow Herald", "Vale News".
_PUBLICATION_NOUN = "|".join(PUBLICATION_NOUNS)
_PUBLICATION = re.compile(
    rf"^(?:The\s)?(?:[A-Z][\w'’&-]*\s){{0,4}}(?:{_PUBLICATION_NOUN})(?:\s(?:Online|Today))?$"
)


#: A broadcaster's name: `Radio Vantor`, `Harlow Radio`, `Kestria TV`, `Channel 4 News` aside.
_BROADCASTER = re.compile(
    r"^(?:The\s)?(?:(?:Radio|Television|TV)(?:\s[A-Z][\w'’&-]*){1,3}"
    r"|(?:[A-Z][\w'’&-]*\s){1,3}(?:Radio|Television|TV|FM|Broadcasting))$"
)


def publication_name(s: str) -> bool:
    """Whether `s` reads as a publication's or a broadcaster's name: title-cased words ending in
    a publication noun ("Harbour Weekly", "The Kestrow Evening Herald"), or a radio's or a
    television's ("Radio Vantor", "Harlow Radio"), not a person's."""
    s = " ".join(s.split())
    return bool(_PUBLICATION.match(s) or _BROADCASTER.match(s) and _broadcaster_own_word(s))


def _broadcaster_own_word(s: str) -> bool:
    """Whether a broadcaster-shaped line holds a name of its own (`Vantor`, `Harlow`), not only
    a programme's or a kicker's everyday words (`Radio Interview`, `TV Tonight`)."""
    words = [w.lower() for w in _WORD.findall(s)]
    return any(
        w not in _BROADCAST_NOUNS and w not in _TIME_WORDS and not lexicon.everyday_word(w)
        for w in words
    )


#: The nouns of `_BROADCASTER`, around a broadcaster's own name.
_BROADCAST_NOUNS = frozenset("the radio television tv fm broadcasting".split())


def organisation_name(s: str) -> bool:
    """Whether a name-shaped byline names a body, not a person: an institution noun with an
    everyday word ("Security Council"), in every name it lists ("Teodor Vance, Continental Press
    Service" credits a person); "Margaret Court" is a person's. A meeting's coverage prints its
    body where an article prints a byline."""
    parts = [p for p in _PERSONS.split(s) if p]
    return bool(parts) and all(map(_body_name, parts))


def _spoken_of(name: str, norm: str, line: _Line) -> bool:
    """Whether the text outside the name's own line speaks of the body a name-shaped line names:
    its whole name again (`Supreme Court`), or an institution noun of it in lower case (`the
    court`, `the bank`). A meeting's coverage is about the body it names; an author whose name
    reads like one (`Grant Court`, a first name that is also an everyday word) is not in it."""
    rest = norm[: line.start] + norm[line.end :]
    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", rest):
        return True
    nouns = [w for w in _WORD.findall(name) if w.lower() in INSTITUTION_NOUNS]
    return any(re.search(rf"(?<![\w-]){re.escape(w.lower())}s?(?![\w-])", rest) for w in nouns)


def _body_name(s: str) -> bool:
    words = [w.lower() for w in _WORD.findall(s)]
    if not any(w in INSTITUTION_NOUNS for w in words):
        return False
    return any(
        w not in INSTITUTION_NOUNS and w not in STOPWORDS and lexicon.everyday_word(w)
        for w in words
    )


def _looks_like_name(s: str) -> bool:
    """ "Andrew King", "Jane Doe and Li Wei": 2-6 capitalised words, no digits, no punctuation."""
    toks = s.split()
    if not 2 <= len(toks) <= 6 or len(s) > 60 or re.search(r"[\d.!?:;@/|]", s):
        return False
    particles = ("and", "de", "van", "von", "der", "da", "bin", "al")
    caps = [t for t in toks if t.lower() not in particles]
    return all(t[0].isupper() for t in caps) and not any(t.lower() in STOPWORDS for t in caps)


def _broken(prev: _Line, nxt: _Line) -> bool:
    """A paragraph cut mid-sentence: no final punctuation, then a lowercase or tiny continuation."""
    if _FINAL.search(prev.text) or prev.words < 6 or not prev.prose and prev.words < 8:
        return False
    first = nxt.text[0]
    if first.islower():
        return True
    return nxt.words <= 3 and bool(_SENT_END.search(nxt.text)) and first.isalnum()
