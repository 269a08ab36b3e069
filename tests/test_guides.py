"""Welcome guides: every guide translated, every step owned, checklists, the newcomers' path,
the review listing for editors, and the documents in English."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from demo import content
from guides.models import GuideIndexPage, NewcomerPathPage, WelcomeGuidePage
from home.regions import COOKIE

from .helpers import Outline, main_content

pytestmark = pytest.mark.django_db

GUIDES = content.load("guides")["guides"]
DOCUMENTS_IN_ENGLISH = content.load("guides")["documents_in_english"]

TOPICS = [
    "visa",
    "hosting agreement",
    "housing",
    "bank",
    "social security",
    "childcare",
    "school",
    "French",
    "tax",
    "transport",
]


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


def test_at_least_eight_guides_each_translated_with_owned_steps(english):
    french_guides = WelcomeGuidePage.objects.filter(locale__language_code="fr")
    assert french_guides.count() == len(GUIDES) >= 8
    for guide in french_guides:
        translation = guide.get_translation_or_none(english)
        assert translation is not None and translation.live, guide.title
        assert len(guide.steps) >= 3
        assert len(translation.specific.steps) == len(guide.steps)
        for step in [*guide.steps, *translation.specific.steps]:
            assert step.value["who"], f"{guide.title}: {step.value['title']}"
            assert step.value["title"]


def test_the_guides_cover_the_journey(client):
    # The guides' own content: the header names the languages ("Français", "English") on
    # every page, so a topic looked for in the whole page could be found there.
    content = main_content(client.get("/en/welcome-to-france/").content.decode())
    for topic in TOPICS:
        assert topic.lower() in content.lower(), topic
    for stage in ("Before you arrive", "When you arrive", "Your family", "Daily life"):
        assert stage in content


def test_a_guide_shows_its_steps_and_a_checklist_of_them(client, english):
    guide = WelcomeGuidePage.objects.filter(locale=english).order_by("path").first()
    html = client.get(guide.url).content.decode()
    assert Outline(html).h1_count == 1
    assert "Rules last checked on" in html
    for step in guide.steps:
        assert f'id="step-{step.id}"' in html
        assert f'<input type="checkbox" id="check-{step.id}" value="{step.id}">' in html
        assert f'<label for="check-{step.id}">' in html
    assert f'data-checklist="guide-{guide.translation_key}"' in html


def test_steps_name_their_official_procedure_and_contacts(client, english):
    visa = WelcomeGuidePage.objects.get(locale=english, slug="hosting-agreement-and-visa")
    html = client.get(visa.url).content.decode()
    assert "france-visas.gouv.fr" in html
    assert "(official procedure)" in html
    assert "Who:" in html


def test_regional_contacts_appear_in_guides_for_a_chosen_region(client, english):
    guide = WelcomeGuidePage.objects.filter(locale=english).first()
    assert "Your regional contacts" not in client.get(guide.url).content.decode()
    client.cookies[COOKIE] = "grand-est"
    html = client.get(guide.url).content.decode()
    assert "Your regional contacts" in html
    assert "Human resources of the Grand Est regional delegation" in html


def test_the_newcomers_path_is_made_of_the_guides_steps(client, english):
    path = NewcomerPathPage.objects.get(locale=english)
    assert "Your steps" not in client.get(path.url).content.decode()
    eu = client.get(path.url, {"citizenship": "eu", "contract": "permanent", "family": "no"})
    non_eu = client.get(
        path.url, {"citizenship": "non_eu", "contract": "fixed_term", "family": "yes"}
    )
    eu_html, non_eu_html = eu.content.decode(), non_eu.content.decode()
    assert "Your steps" in eu_html and "Your steps" in non_eu_html
    assert "Apply for the “talent – chercheur” long-stay visa" in non_eu_html
    assert "talent – chercheur” long-stay visa" not in eu_html
    assert "Enrol your children at school" in non_eu_html
    assert "Enrol your children at school" not in eu_html
    # Each step links to its place in its guide.
    assert "#step-" in non_eu_html


@pytest.mark.parametrize("params", [{"citizenship": "mars"}, {"family": "<script>"}, {"x": "1"}])
def test_the_path_refuses_bad_answers_without_failing(client, english, params):
    path = NewcomerPathPage.objects.get(locale=english)
    response = client.get(path.url, params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()
    assert "Your steps" not in response.content.decode()


def test_editors_see_the_guides_to_review(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    overdue = WelcomeGuidePage.objects.filter(review_by__lte=timezone.localdate())
    assert overdue.exists(), "the demo has a guide past its review date"
    response = client.get("/admin/guides-review/", {"review": "due"})
    assert response.status_code == 200
    html = response.content.decode()
    for guide in overdue:
        assert guide.title in html
    for guide in WelcomeGuidePage.objects.filter(review_by__gt=timezone.localdate())[:3]:
        assert guide.title not in html


def test_documents_in_english_are_listed_and_say_what_they_stand_for(client):
    index = GuideIndexPage.objects.get(locale__language_code="en")
    html = client.get(index.url).content.decode()
    for document in DOCUMENTS_IN_ENGLISH:
        assert document["title_en"] in html
    link = html.split('class="documents__list"', 1)[1].split('href="', 1)[1].split('"', 1)[0]
    response = client.get(link)
    pdf = b"".join(response.streaming_content) if response.streaming else response.content
    assert pdf.startswith(b"%PDF") and b"placeholder" in pdf.lower()


# A guide, the fragment cache warm (core/fragment_cache.py: the page frame, the home page
# routed from and the steps, with their contacts): the route to the page and its row. (A
# visitor with a region is not served shared HTML: add their region's contacts, one query.)
GUIDE_QUERIES = 2


def test_query_counts_do_not_grow_with_contacts_or_guides(client, english):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home.models import Contact

    guide = WelcomeGuidePage.objects.get(
        locale__language_code="fr", slug="diplomes-et-preparation-de-l-arrivee"
    )
    client.get(guide.url)
    with CaptureQueriesContext(connection) as before:
        client.get(guide.url)
    assert len(before) == GUIDE_QUERIES
    advisor = Contact.objects.get(locale=guide.locale, kind="social_advisor")
    for step in guide.steps:
        step.value["contacts"].append(advisor)
    guide.save_revision().publish()
    client.get(guide.url)  # the publish renewed the content generation
    with CaptureQueriesContext(connection) as after:
        client.get(guide.url)
    assert len(after) == GUIDE_QUERIES

    path = NewcomerPathPage.objects.get(locale=english)
    answers = {"citizenship": "non_eu", "contract": "fixed_term", "family": "yes"}
    client.get(path.url, answers)
    with CaptureQueriesContext(connection) as one:
        client.get(path.url, answers)
    extra = WelcomeGuidePage.objects.filter(locale=english).first()
    extra.copy(update_attrs={"slug": "copy-of-a-guide", "title": "Copy"})
    client.get(path.url, answers)  # a live copy is published: a new content generation
    with CaptureQueriesContext(connection) as more:
        client.get(path.url, answers)
    assert len(more) == len(one)
