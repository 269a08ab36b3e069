"""The content readiness report (issue 22, point 1): each check, who sees the report, and the
dashboard's count."""

from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.documents import get_document_model

from demo.guides import english_document_sources
from editorial import readiness
from guides.models import WelcomeGuidePage
from home.models import Contact, HRExcellencePage
from home.models.suggestions import SuggestionFormPage
from offers.models import OfferPage, ResearchField

from .editorial import signed_in
from .helpers import locale

pytestmark = pytest.mark.django_db
URL = "/admin/readiness/"


def finder():
    return AdminURLFinder(get_user_model().objects.get(username="editrice"))


def subjects(findings):
    return {finding.subject for finding in findings}


# --- Who sees it ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "allowed"),
    [
        ("editrice", True),
        ("administratrice", True),
        ("admin", True),
        ("moderatrice", True),
        ("translator", False),
        ("recruteur", False),
    ],
)
def test_editors_and_administrators_see_the_report(username, allowed):
    client = signed_in(username)
    response = client.get(URL)
    if allowed:
        assert response.status_code == 200
    else:  # Wagtail turns the refusal into a redirect to the dashboard, with a message
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or response["Location"] == "/admin/"
    menu = client.get("/admin/").content.decode()
    assert (URL in menu) is allowed


def test_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_report_lists_every_check_with_links_to_fix():
    html = signed_in("editrice").get(URL).content.decode()
    for check in readiness.CHECKS:
        assert f'id="check-{check.key}"' in html
    mediator = Contact.objects.get(locale=locale("fr"), kind="mediator")
    assert f"/admin/snippets/home/contact/edit/{mediator.pk}/" in html


def test_the_dashboard_shows_the_count_with_a_link():
    counts = readiness.counts(get_user_model().objects.get(username="editrice"))
    assert counts["blockers"] > 0
    html = signed_in("editrice").get("/admin/").content.decode()
    line = html.split(f'href="{URL}">', 1)[1].split("</li>", 1)[0]
    assert line.startswith(f"{counts['blockers']} ")
    assert f"{counts['warnings']} " in line
    assert URL not in signed_in("recruteur").get("/admin/").content.decode()


# --- Each check ------------------------------------------------------------------------------


def test_contacts_without_any_channel():
    french = Contact.objects.filter(locale=locale("fr"))
    found = readiness.contacts_without_channel(finder())
    # The sources give no channel for any contact: every one is listed, none is invented.
    assert subjects(found) == {contact.name for contact in french}
    assert all(finding.severity == readiness.BLOCKER and finding.fix_url for finding in found)
    mediator = french.get(kind="mediator")
    mediator.phone = "+33 1 00 00 00 00"
    mediator.save()
    assert mediator.name not in subjects(readiness.contacts_without_channel(finder()))


def test_guides_past_their_review_date():
    guide = WelcomeGuidePage.objects.filter(locale=locale("fr")).first()
    guide.review_by = timezone.localdate() - timedelta(days=1)
    guide.save()
    found = readiness.guides_past_review(finder())
    assert guide.title in subjects(found)
    assert all(finding.severity == readiness.WARNING for finding in found)
    guide.review_by = timezone.localdate() + timedelta(days=30)
    guide.save()
    assert guide.title not in subjects(readiness.guides_past_review(finder()))


def test_review_dates_read_as_dates_in_french():
    guide = WelcomeGuidePage.objects.filter(locale=locale("fr")).first()
    guide.last_checked = date(2026, 3, 2)
    guide.review_by = date(2026, 9, 1)
    guide.save()
    with translation.override("fr"):
        found = readiness.guides_past_review(finder(), today=date(2026, 12, 6))
        problems = [finding.problem for finding in found if finding.subject == guide.title]
    assert problems == [
        "À relire depuis le 1er septembre 2026 : vérifiez ses règles, puis fixez la prochaine date."
    ]


def test_pages_and_snippets_without_an_english_translation():
    assert readiness.missing_translations(finder()) == []  # the demo is fully translated
    field = ResearchField.objects.create(
        locale=locale("fr"), name="Glycobiologie", slug="glycobiologie"
    )
    found = readiness.missing_translations(finder())
    assert [finding.subject for finding in found] == [field.name]
    assert "submit" in found[0].fix_url and "select_locale=en" in found[0].fix_url


def test_placeholder_documents_are_found_by_their_tag():
    # The demo's three English documents are placeholders, tagged as such; its two source
    # documents (the action plan, the objectives contract) are real and are not listed.
    Document = get_document_model()
    demo = {finding.subject for finding in readiness.placeholder_documents(finder())}
    assert demo == {title for title, _text in english_document_sources().values()}
    document = Document.objects.exclude(title__in=demo).first()
    document.tags.add("placeholder")
    found = readiness.placeholder_documents(finder())
    assert {finding.subject for finding in found} == demo | {document.title}


def test_example_org_recipients():
    form = SuggestionFormPage.objects.get(locale=locale("fr"))
    found = readiness.example_recipients(finder())
    assert form.title in subjects(found)  # the demo's reserved recipient
    form.to_address = "rh@inserm.fr"
    form.save()
    assert form.title not in subjects(readiness.example_recipients(finder()))
    offer = OfferPage.objects.filter(locale=locale("fr")).first()
    offer.apply_email = "jobs@example.org"
    offer.save()
    assert offer.title in subjects(readiness.example_recipients(finder()))
    assert readiness.is_reserved_address("a@lab.example.com")
    assert readiness.is_reserved_address("a@mail.test")
    assert not readiness.is_reserved_address("a@inserm.fr")
    assert not readiness.is_reserved_address("a@notexample.org")


def test_offers_without_an_application_channel():
    assert readiness.offers_without_application(finder()) == []
    offer = OfferPage.objects.filter(locale=locale("fr"), deadline__gt=timezone.now()).first()
    OfferPage.objects.filter(pk=offer.pk).update(apply_url="", apply_email="")
    found = readiness.offers_without_application(finder())
    assert [finding.subject for finding in found] == [offer.title]
    assert found[0].fix_url == f"/admin/pages/{offer.pk}/edit/"


def test_facts_without_a_source():
    assert readiness.facts_without_source(finder()) == []  # every demo figure cites its source
    page = HRExcellencePage.objects.get(locale=locale("fr"))
    for block in page.body:
        if block.block_type == "key_figures":
            block.value["figures"][0]["source"] = ""
            break
    page.plan_status_date = None
    page.save()
    found = readiness.facts_without_source(finder())
    assert [finding.subject for finding in found] == [page.title, page.title]
    assert "2016" in found[0].problem
