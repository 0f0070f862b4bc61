# ruff: noqa: E501 - prose paragraphs, as long as real ones
"""A digest in another language is dated in its own day and month names (`mercredi`,
`novembre`, read from dateparser's locale data): a French newsletter splits like an English
one, and a French article with subheadings still does not."""

from __future__ import annotations

from newsgraph.extract import extract
from newsgraph.extract.digest import split_digest
from newsgraph.records import RawItem

LETTRE_HTML = """<!doctype html><html lang="fr"><head><title>La lettre du soir</title></head><body><article>
<h1>La lettre du soir</h1>
<p>Bonsoir. Voici l'essentiel de la journée.</p>
<h2>Le port de Portavel ferme une jetée</h2>
<p>Le conseil portuaire de Portavel a fermé mercredi la vieille jetée des ferries après que des plongeurs ont découvert des fissures dans deux de ses piliers. Les ferries accosteront au quai de pêche jusqu'en mars.</p>
<h2>La banque centrale maintient son taux</h2>
<p>La Banque d'Ostmark a maintenu mercredi son principal taux directeur à 4,25 % pour la deuxième réunion consécutive. La gouverneure Lene Varga a déclaré que les prix augmentaient moins vite.</p>
<h2>Harlow Rovers en finale de la coupe</h2>
<p>Harlow Rovers a battu Denby Athletic 3-1 mardi soir et jouera la finale de la coupe nationale en mai. Son capitaine, Tomas Okafor, a marqué deux fois en seconde période.</p>
</article></body></html>
"""

ARTICLE_HTML = """<!doctype html><html lang="fr"><head><title>Portavel répare sa digue</title></head><body><article>
<h1>Portavel répare sa digue</h1>
<p>Le conseil portuaire de Portavel a voté mardi la réparation de la vieille digue avant les tempêtes d'hiver.</p>
<h2>Les travaux</h2>
<p>Les ingénieurs remplaceront le haut de la digue de Portavel et renforceront sa base avec de la pierre neuve. Les travaux dureront deux étés, ont-ils indiqué mardi, et la promenade sera fermée.</p>
<h2>Le financement</h2>
<p>La région possède les terrains derrière la digue de Portavel et a proposé mardi de payer la moitié du coût. Le reste viendra du fonds du port, selon le conseil.</p>
<h2>Les habitants</h2>
<p>Les habitants de Portavel qui vivent derrière la digue se sont dits soulagés mardi. « Nous attendions cela depuis les tempêtes de novembre », a déclaré Edda Marr, qui tient un café.</p>
</article></body></html>
"""


def _split(html: str):
    return split_digest(extract(RawItem("p.html", "html", html.encode())))


def test_french_newsletter_items_split():
    items = _split(LETTRE_HTML)
    assert items is not None
    assert [i.title for i in items] == [
        "Le port de Portavel ferme une jetée",
        "La banque centrale maintient son taux",
        "Harlow Rovers en finale de la coupe",
    ]


def test_french_article_with_subheadings_does_not_split():
    assert _split(ARTICLE_HTML) is None
