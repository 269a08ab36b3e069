"""Institutional pages: HR Excellence and its action plan, support contacts, working conditions."""

from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import Action, ActionStatus, Contact, ContactKind, Region
from home.translation import plain_copies
from tests.helpers import Outline, page_by_path
from tests.test_action_plan_source import SOURCE_ROWS

pytestmark = pytest.mark.django_db

HR_FR = "/fr/hr-excellence-in-research/"
HR_EN = "/en/hr-excellence-in-research/"
# The page's queries do not depend on the number of actions, nor on how many are translated
# (one query reads the plan). The English page looks up one more.
HR_PAGE_QUERIES = {HR_FR: 6, HR_EN: 7}


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def actions(language="fr"):
    return Action.objects.filter(locale__language_code=language)


def in_english(action):
    return action.get_translation(Locale.objects.get(language_code="en"))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_action_of_the_source_is_published_per_theme(language):
    in_source = Counter(row["theme"] for row in SOURCE_ROWS)
    published = Counter(actions(language).values_list("theme", flat=True))
    assert published == in_source
    assert sum(published.values()) == 91
    assert set(actions(language).values_list("number", flat=True)) == {
        row["number"] for row in SOURCE_ROWS
    }


def test_every_demo_action_has_its_english_wagtail_localize_translation():
    """Made by the demo loader in bulk, they are wagtail-localize's own: the translator opens
    them in the translation editor, where the facts follow the French."""
    english = Locale.objects.get(language_code="en")
    translated = set(
        Translation.objects.filter(
            source__specific_content_type__app_label="home",
            source__specific_content_type__model="action",
            source__locale__language_code="fr",
            target_locale=english,
            enabled=True,
        ).values_list("source__object_id", flat=True)
    )
    french = list(actions())
    assert len(french) == 91
    assert set(translated) == {action.translation_key for action in french}
    targets = {action.translation_key: action for action in actions("en")}
    for action in french:
        target = targets[action.translation_key]
        assert target.text and target.text != action.text, action.number
        assert (target.number, target.status, target.owners) == (
            action.number,
            action.status,
            action.owners,
        )
    assert plain_copies(Action, Locale.objects.get(language_code="fr")) == []


@pytest.mark.parametrize(
    ("url", "heading", "status_label"),
    [(HR_FR, "Le plan d’action", "En cours"), (HR_EN, "The action plan", "In progress")],
)
def test_the_page_shows_the_whole_plan_in_both_languages(client, url, heading, status_label):
    html = client.get(url).content.decode()
    assert heading in html
    assert Outline(html).h1_count == 1
    for number in actions().values_list("number", flat=True):
        assert f'<th scope="row">{number}</th>' in html
    assert status_label in html
    action = actions("en" if "/en/" in url else "fr").get(number="3.4")
    assert action.text in html
    assert "not been translated yet" not in html
    assert "lang=" not in plan_section(html)


def plan_section(html):
    return html.split('id="action-plan-title"', 1)[1].split("</section>", 1)[0]


def test_an_action_not_translated_yet_is_shown_in_french_and_said_so(client):
    action = actions().get(number="3.4")
    in_english(action).delete()
    html = client.get(HR_EN).content.decode()
    assert "91 actions shown." in html
    assert f'<span lang="fr">{action.text}</span>' in plan_section(html)
    assert "1 action has not been translated yet: it is shown in French." in html
    assert "not been translated" not in client.get(HR_EN, {"theme": "1"}).content.decode()


def test_filters_by_theme_and_status_with_plain_get(client):
    html = client.get(HR_EN, {"theme": "3", "status": "in_progress"}).content.decode()
    expected = actions().filter(theme=3, status=ActionStatus.IN_PROGRESS)
    shown = [
        n for n in actions().values_list("number", flat=True) if f'<th scope="row">{n}</th>' in html
    ]
    assert shown == list(expected.values_list("number", flat=True))
    assert f"{expected.count()} actions shown." in html
    # The summary keeps every theme whatever the filters.
    assert html.count('href="?theme=') == 8


@pytest.mark.parametrize(
    "params", [{"theme": "9"}, {"theme": "x"}, {"status": "<script>"}, {"theme": ""}]
)
def test_unknown_filters_are_ignored(client, params):
    response = client.get(HR_EN, params)
    assert response.status_code == 200
    assert "91 actions shown." in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_progress_summary_per_theme(client):
    html = client.get(HR_EN).content.decode()
    done = actions().filter(status=ActionStatus.DONE).count()
    assert f"{done} of the plan’s 91 actions are done." in html
    recruitment = actions().filter(theme=1)
    done_in_recruitment = recruitment.filter(status=ActionStatus.DONE).count()
    assert f'<progress max="{recruitment.count()}" value="{done_in_recruitment}"' in html


@pytest.mark.parametrize("url", [HR_FR, HR_EN])
def test_hr_page_query_count_is_fixed(client, django_assert_num_queries, url):
    client.get(url)
    with django_assert_num_queries(HR_PAGE_QUERIES[url]):
        client.get(url, {"status": "done"})
    # Whatever the number of actions translated.
    in_english(actions().get(number="3.4")).delete()
    client.get(url)
    with django_assert_num_queries(HR_PAGE_QUERIES[url]):
        client.get(url, {"status": "done"})


def test_milestones(client):
    html = client.get(HR_EN).content.decode()
    assert '<time datetime="2016-05">' in html
    assert '<time datetime="2022-03">' in html


def test_editor_changes_a_status_in_one_field(admin_client, client):
    action = actions().get(number="1.4")
    wording = in_english(action).text
    listing = admin_client.get("/admin/snippets/home/action/", {"status": "in_progress"})
    assert listing.status_code == 200
    assert "1.4" in listing.content.decode()
    form = admin_client.get(f"/admin/snippets/home/action/edit/{action.pk}/")
    assert form.status_code == 200
    data = {
        "number": action.number,
        "theme": action.theme,
        "status": "done",
        "done_in": "2023",
        "due_year": action.due_year or "",
        "due_half": action.due_half or "",
        "owners": action.owners,
        "text": action.text,
        "group": action.group,
        "note": action.note,
    }
    response = admin_client.post(f"/admin/snippets/home/action/edit/{action.pk}/", data)
    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.status, action.done_in) == ("done", "2023")
    # Both languages follow at once (the English page shows the French action's facts, before
    # the translation is next updated), and the prose was not touched.
    english = client.get(HR_EN, {"theme": "1"}).content.decode()
    assert "Done in 2023" in english
    assert wording in english
    assert "Réalisé en 2023" in client.get(HR_FR, {"theme": "1"}).content.decode()


def test_a_number_is_used_once_per_language(admin_client):
    action = actions().get(number="1.4")
    response = admin_client.post(
        "/admin/snippets/home/action/add/",
        {
            "number": "1.4",
            "theme": 1,
            "status": "in_progress",
            "owners": "RH",
            "text": "Une autre action 1.4",
        },
    )
    assert response.status_code == 200
    assert "existe déjà" in response.content.decode()
    assert actions().filter(number=action.number).count() == 1


def test_a_done_action_needs_its_date(admin_client):
    action = actions().get(number="1.4")
    response = admin_client.post(
        f"/admin/snippets/home/action/edit/{action.pk}/",
        {
            "number": "1.4",
            "theme": 1,
            "status": "done",
            "done_in": "",
            "owners": action.owners,
            "text": action.text,
        },
    )
    assert response.status_code == 200
    assert "Indiquez quand" in response.content.decode()
    action.refresh_from_db()
    assert action.status == "in_progress"


PROTECTION_KINDS = {
    ContactKind.MEDIATOR,
    ContactKind.ETHICS_BOARD,
    ContactKind.RESEARCH_INTEGRITY,
    ContactKind.REPORTING_SYSTEM,
    ContactKind.PSYCHOSOCIAL_UNIT,
    ContactKind.DISABILITY_MISSION,
    ContactKind.EQUALITY_CONTACT,
    ContactKind.SOCIAL_ADVISOR,
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_protection_body_is_a_contact_in_both_languages(language):
    kinds = set(
        Contact.objects.filter(locale__language_code=language).values_list("kind", flat=True)
    )
    assert kinds >= PROTECTION_KINDS


def contacts_section(response):
    html = response.content.decode()
    return html.split('id="contacts-title"', 1)[1].split("</section>", 1)[0]


def test_contacts_page_lists_them_and_answers_situations(client):
    page = page_by_path("/accueil/soutien-et-protection/")
    english = page.get_translations().get()
    html = client.get(english.url).content.decode()
    for contact in Contact.objects.filter(locale__language_code="en", region=None):
        assert contact.name in html
    # Regional contacts only for the visitor's region (home.regions), and first.
    assert "regional delegation" not in contacts_section(client.get(english.url))
    client.cookies["region"] = "grand-est"
    regional = contacts_section(client.get(english.url))
    assert regional.count("regional delegation") == 1
    assert regional.index("Grand Est regional delegation") < regional.index(
        Contact.objects.get(locale__language_code="en", kind=ContactKind.MEDIATOR).name
    )
    del client.cookies["region"]
    harassment = contacts_section(client.get(english.url, {"situation": "harassment"}))
    reporting = Contact.objects.get(locale__language_code="en", kind=ContactKind.REPORTING_SYSTEM)
    mediator = Contact.objects.get(locale__language_code="en", kind=ContactKind.MEDIATOR)
    assert reporting.name in harassment
    assert mediator.name not in harassment
    abroad = contacts_section(client.get(english.url, {"situation": "abroad"}))
    assert (
        Contact.objects.get(locale__language_code="en", kind=ContactKind.SOCIAL_ADVISOR).name
        in abroad
    )
    assert client.get(english.url, {"situation": "<b>"}).status_code == 200


def test_equality_plan_has_its_four_axes(client):
    page = page_by_path("/accueil/soutien-et-protection/")
    assert len(page.equality_axes) == 4
    html = client.get(page.url).content.decode()
    assert html.count("<li><h3>") >= 4


YEAR = timezone.localdate().year
# The page frame (as a standard page, tests/test_performance.py) and what the estimator and the
# page's blocks read.
WORKING_PAGE_QUERIES = 7
WORKING_FR = "/fr/travailler-a-l-inserm/"
WORKING_EN = "/en/working-at-inserm/"


def test_working_conditions_facts_in_both_languages(client):
    english = client.get(WORKING_EN).content.decode()
    assert "Up to 32 working days a year" in english
    assert "Up to 13 days a year" in english
    assert "1 to 3 days a week" in english
    assert "At least 2 days a week" in english
    assert "32 jours ouvrés" in client.get(WORKING_FR).content.decode()


def test_leave_estimator_answers_and_shows_its_rule(client):
    html = client.get(WORKING_EN, {"rate": "50", "start": f"01/01/{YEAR + 1}"}).content.decode()
    assert "16 days of annual leave" in html
    assert "6.5 RTT days" in html
    assert "Rule applied" in html


@pytest.mark.parametrize(
    "params",
    [
        {"rate": "33", "start": f"{YEAR}-01-01"},
        {"rate": "100", "start": "1999-01-01"},
        {"rate": "100", "start": "not a date"},
        {"rate": "100"},
        {"rate": "<script>", "start": "<script>"},
    ],
)
def test_leave_estimator_bad_input_keeps_the_form(client, params):
    response = client.get(WORKING_EN, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Rule applied" not in html
    assert 'class="errorlist' in html
    assert "<script>" not in html


def test_strategic_documents_are_wagtail_documents_with_the_source_text(client):
    html = client.get(HR_EN).content.decode()
    assert "HRS4R action plan 2022 (in French)" in html
    link = html.split('class="documents__list"', 1)[1].split('href="', 1)[1].split('"', 1)[0]
    response = client.get(link)
    assert response.status_code == 200
    pdf = b"".join(response.streaming_content) if response.streaming else response.content
    assert pdf.startswith(b"%PDF-1.4")
    assert b"(Plan d'action)" in pdf  # a line of the source document


def test_contacts_page_query_count_does_not_grow_with_regional_contacts(client):
    english = Locale.objects.get(language_code="en")
    url = page_by_path("/accueil/soutien-et-protection/").get_translation(english).url
    # Contacts point to the French region and show its English name, with no query each.
    region = Region.objects.get(locale__language_code="fr", slug="grand-est")

    def add_regional_contacts(count):
        for index in range(count):
            Contact.objects.create(
                locale=english,
                kind=ContactKind.REGIONAL_HR,
                name=f"Regional HR {index}",
                handles="Welcomes newcomers.",
                region=region,
            )

    client.cookies["region"] = "grand-est"
    add_regional_contacts(1)
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    add_regional_contacts(4)
    client.get(url)  # saving a contact renewed the content generation
    with CaptureQueriesContext(connection) as five:
        html = client.get(url).content.decode()
    assert len(five) == len(one)
    # Five added, and the delegation's own HR contact from the demo content.
    assert html.count(f"· {region.get_translation(english).name}") == 6


def test_working_page_query_count(client, django_assert_num_queries):
    client.get(WORKING_EN)
    with django_assert_num_queries(WORKING_PAGE_QUERIES):
        client.get(WORKING_EN, {"rate": "80", "start": f"{YEAR}-03-01"})


def test_contacts_are_reused_in_offers_and_pages(client):
    from tests.factories import make_offer

    offer = make_offer("CONTACT-REUSE")
    english_offer = offer.get_translation(Locale.objects.get(language_code="en"))
    advisor = Contact.objects.get(locale__language_code="en", kind=ContactKind.SOCIAL_ADVISOR)
    html = client.get(english_offer.url).content.decode()
    assert "Moving to France for this position?" in html
    assert advisor.name in html

    # A page points to the French contact; its English translation shows the English one.
    page = page_by_path("/accueil/mentions-legales/")
    french_advisor = Contact.objects.get(
        locale__language_code="fr", kind=ContactKind.SOCIAL_ADVISOR
    )
    page.body.append(("contact", french_advisor))
    page.save_revision().publish()
    assert french_advisor.name in client.get(page.url).content.decode()


# --- Dates with their real precision, the plan's date and its glossary (issue 22, point 2) --


@pytest.mark.parametrize(("url", "month"), [(HR_FR, "avril 2013"), (HR_EN, "April 2013")])
def test_milestones_keep_the_precision_of_their_source(client, url, month):
    html = client.get(url).content.decode()
    for year in ("2006", "2011", "2020"):
        assert f'<time datetime="{year}">{year}</time>' in html
    assert f'<time datetime="2013-04">{month}</time>' in html
    assert "January 2006" not in html and "janvier 2006" not in html
    assert '<time datetime="2006-01">' not in html


def test_a_milestone_saved_before_the_precision_existed_reads_as_a_month():
    from home.models.hr_excellence import MilestoneBlock

    value = MilestoneBlock().to_python({"date": "2019-06-01", "text": "Old milestone"})
    assert value.datetime == "2019-06"
    value = MilestoneBlock().to_python(
        {"date": "2015-01-29", "precision": "day", "text": "Charte de déontologie"}
    )
    assert value.datetime == "2015-01-29"


@pytest.mark.parametrize(
    ("url", "as_of"),
    [
        (HR_FR, 'État à la date du plan d’action (<time datetime="2022-03">mars 2022</time>)'),
        (HR_EN, 'Status as of <time datetime="2022-03">March 2022</time>'),
    ],
)
def test_the_action_plan_gives_the_date_of_its_statuses(client, url, as_of):
    html = client.get(url, {"status": "in_progress"}).content.decode()
    assert as_of in html
    assert html.index(as_of) < html.index("actions-table")


@pytest.mark.parametrize(
    ("url", "rh"),
    [(HR_FR, "Département des Ressources Humaines"), (HR_EN, "Human Resources Department")],
)
def test_owners_are_expanded_by_the_plans_glossary(client, url, rh):
    html = client.get(url).content.decode()
    assert f'<abbr title="{rh}">RH</abbr>' in html
    assert "<abbr title=" in html.split('class="glossary"', 1)[1]
    # DIS is an owner the plan never expands: said so, not guessed.
    assert '<abbr title="">' not in html
    assert "DIS" in html.split('class="glossary"', 1)[1]


# --- A contact is never a dead end (issue 22, point 1) -------------------------------------

SUPPORT_EN = "/en/support-and-protection/"


def contact_card(html, name):
    return html.split(f">{name}</h3>", 1)[1].split("</article>", 1)[0]


def test_a_contact_without_channel_says_its_address_will_be_published(client):
    html = client.get(SUPPORT_EN).content.decode()
    card = contact_card(html, "Mediator")
    assert "Its direct contact details have not been published yet" in card
    assert "mailto:" not in card and "Meanwhile" not in card


def test_a_contact_without_channel_routes_through_hr(client):
    from django.core.cache import cache

    french = Locale.objects.get(language_code="fr")
    national = Contact.objects.create(
        locale=french,
        kind=ContactKind.HR_DEPARTMENT,
        name="Département des ressources humaines",
        handles="Carrières, recrutement.",
        email="drh@inserm.test",
    )
    cache.clear()
    html = client.get("/fr/soutien-et-protection/").content.decode()
    card = contact_card(html, "Médiateur")
    assert "Département des ressources humaines" in card
    assert 'href="mailto:drh@inserm.test"' in card
    # The visitor's regional HR department comes first when it has a channel.
    region = Region.objects.get(locale=french, slug="grand-est")
    regional = Contact.objects.get(locale=french, kind=ContactKind.REGIONAL_HR, region=region)
    regional.phone = "+33 3 00 00 00 00"
    regional.save()
    client.cookies["region"] = "grand-est"
    card = contact_card(client.get("/fr/soutien-et-protection/").content.decode(), "Médiateur")
    assert 'href="tel:+33300000000"' in card and "mailto:drh@inserm.test" not in card
    national.delete()


def test_a_contact_shows_its_official_page_while_it_has_no_channel(client):
    mediator = Contact.objects.get(locale__language_code="fr", kind="mediator")
    mediator.official_page = "https://www.inserm.test/mediateur"
    mediator.official_page_source = "Document X, 2026"
    mediator.save()
    card = contact_card(client.get("/fr/soutien-et-protection/").content.decode(), "Médiateur")
    assert 'href="https://www.inserm.test/mediateur"' in card
    assert "Document X, 2026" in card
    mediator.email = "mediateur@inserm.test"
    mediator.save()
    card = contact_card(client.get("/fr/soutien-et-protection/").content.decode(), "Médiateur")
    assert "mailto:mediateur@inserm.test" in card
    assert "coordonnées directes" not in card and "inserm.test/mediateur" not in card
