# ruff: noqa: E501 - prose paragraphs, as long as real ones
"""Invented digests and articles (written for the tests) for the digest-splitting tests."""

#: A wire briefs page: four unrelated items, each opened by a dateline.
BRIEFS = """World briefs

PORT AVEL, Nov 20 (NWS) — Dock workers at the port of Avel ended a three-day walkout on Thursday after the harbour board agreed to hire forty more crane operators, the union said. Ships queued outside the harbour were expected to berth by the weekend.

LINDQUAY, Nov 20 (NWS) — A landslide blocked the coastal railway between Lindquay and Osterby on Thursday morning. No one was hurt, the rail operator said, and buses will replace trains until the line is cleared, probably on Monday.

MERRIN FALLS, Nov 20 (NWS) — The regional court in Merrin Falls sentenced a former tax inspector to four years in prison on Thursday for taking bribes from builders. His lawyer said he would appeal the verdict.

KESTOW, Nov 20 (NWS) — Voters in Kestow elected Anja Terhune as mayor on Thursday, the electoral commission said, ending twelve years of rule by the Civic Alliance. Turnout was 58 percent.
"""

#: An email newsletter: a greeting, then three items under headings, then a sign-off.
NEWSLETTER_HTML = """<!doctype html><html><head><title>Evening Letter: pier closed, bank rate, cup final</title>
<meta name="author" content="Ines Valdor"></head><body><article>
<h1>Evening Letter: pier closed, bank rate, cup final</h1>
<p>Good evening. Here is what you need to know today.</p>
<h2>Ferry pier closes for repairs</h2>
<p>The harbour council of Portavel closed the old ferry pier on Wednesday after divers found cracks in two of its pillars. Ferries will dock at the fishing quay until the repairs are done, probably in March.</p>
<h2>Central bank holds its rate</h2>
<p>The Bank of Ostmark kept its main interest rate at 4.25% on Wednesday for a second meeting. Governor Lene Varga said prices were rising more slowly but that a cut would have to wait.</p>
<h2>Harlow Rovers reach the cup final</h2>
<p>Harlow Rovers beat Denby Athletic 3-1 on Tuesday night to reach the national cup final in May. Their captain, Tomas Okafor, scored twice in the second half.</p>
<p>That's all for today. See you tomorrow.</p>
</article></body></html>
"""

_LEAD = (
    "The harbour council of Portavel voted on Tuesday to repair the old sea wall before the winter storms, after a debate about the cost of the work that lasted most of the evening.\n\n"
    "The Portavel sea wall was built in 1910 and has moved by several centimetres since last winter, engineers told the council.\n\n"
)
_SECTIONS = """What the repairs involve

Engineers will replace the top of the Portavel sea wall and strengthen its base with new stone. The work will take two summers, the council's engineers said on Tuesday, and the promenade will close while it goes on.

Who pays for the sea wall

The regional government owns the land behind the Portavel sea wall and has offered to pay half of the cost. Council members said on Tuesday that the rest would come from the harbour fund.

What residents say

Residents of Portavel who live behind the sea wall said on Tuesday they were relieved. "We have waited for this since the storms," said Edda Marr, who runs a cafe on the promenade.
"""
#: A normal article with subheadings, with a lead before its first subheading.
FEATURE = "Harbour council approves sea wall repairs\n\nBy Mara Quist\n\n" + _LEAD + _SECTIONS
#: The same article as a text that opens with its first subheading (no lead kept).
FEATURE_NO_LEAD = "Harbour council approves sea wall repairs\n\n" + _SECTIONS

#: A guide's entries under headings: short, unrelated by names, but no news (no day or date).
GUIDE = """Four walks near Portavel

Gullstone Point

A short loop over the cliffs with views of the lighthouse. The path is steep in places and muddy after rain, so good boots help. It takes about an hour.

Brackley Woods

An easy stroll under old beech trees along a stream, with benches and a small cafe near the gate. Children like the wooden bridges over the brook.

The Salt Marsh

A flat track on a raised dyke through the marsh, where herons and egrets feed at low tide. Bring binoculars and something warm against the wind.

Corran Hill

A steady climb to the old signal station at the summit, rewarded by views across the bay to the islands. Pack water and a snack for the top.
"""
