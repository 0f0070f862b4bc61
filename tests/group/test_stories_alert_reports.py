"""A headline-only wire alert (`BREAKING: Magnitude 7.1 earthquake strikes …`) joins the story of
the reports that tell its event: its label is no word of the event, and the capital after the
label's colon opens the headline (`Magnitude` is no name). Text invented."""

from __future__ import annotations

from newsgraph.group.features import article_features
from newsgraph.group.stories import StoryDoc, StoryIndex

ALERT = "BREAKING: Magnitude 7.1 earthquake strikes western Orvania - seismic centre"

REPORT_1 = (
    "BRASKO, Orvania, Mar 3 - The death toll from the earthquake that struck western Orvania "
    "rose to at least 140 on Tuesday, the disaster agency said, as rescue teams from four "
    "countries searched collapsed blocks in the city of Brasko.\n\n"
    "The magnitude 7.1 quake struck before dawn on Monday, 9 km north of Brasko at a depth "
    "of 12 km, according to Orvania's National Seismic Centre. More than 600 people were "
    "injured.\n\n"
    '"We are still finding people alive," Civil Defence Minister Ilse Varga told reporters '
    "in Brasko. Aftershocks shook the region through the night, and several roads into the "
    "mountain villages of Keld and Sorn were blocked by fallen rock.\n\n"
    "The Kingdom of Esmar said it would send a field hospital and 40 rescuers, and the "
    "Red Crescent opened shelters for 3,000 people in schools and sports halls."
)
REPORT_2 = (
    "Rescuers in western Orvania pulled a nine-year-old girl alive from the rubble of a "
    "school in Brasko on Wednesday, two days after the magnitude 7.1 earthquake, as the "
    "death toll rose to 212.\n\n"
    "Civil Defence Minister Ilse Varga said teams were still working in the villages of "
    "Keld and Sorn, where the road had been cleared overnight.\n\n"
    "The National Seismic Centre recorded more than 80 aftershocks, the strongest of "
    "magnitude 5.2. Esmar's field hospital opened in a Brasko stadium on Tuesday evening."
)


def test_the_alert_label_is_no_feature():
    feats = article_features(ALERT, ALERT)
    assert not [k for k in feats if "break" in k]
    assert "w:magnitude" in feats and "n:magnitude" not in feats


def test_a_headline_only_alert_joins_its_events_story():
    index = StoryIndex()
    alert = index.add(StoryDoc("alert", ALERT, ALERT, "2027-03-02T02:05:00+00:00"))
    index.add(StoryDoc("r1", "Orvania quake toll rises to 140", REPORT_1, "2027-03-03T15:00:00Z"))
    index.add(StoryDoc("r2", "Girl pulled alive in Brasko", REPORT_2, "2027-03-04T11:00:00Z"))
    (members,) = [m for m in index.stories().values() if "r1" in m]
    assert sorted(members) == ["alert", "r1", "r2"]
    assert index.story_of("alert") == alert
