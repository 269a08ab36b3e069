"""Offer alerts without an account: double opt-in, digests of new offers in the subscriber's
language, never the same offer twice (even across an interrupted run), one-click
unsubscribe, the manage page, purge, limits, and the editors' switch and counts."""

import io
import os
import re
import signal
import smtplib
import time
from datetime import timedelta
from unittest import mock
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core import mail, signing
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from alerts import links
from alerts.digests import send_offer_alerts
from alerts.models import Alert, AlertSettings, Digest, SentOffer
from alerts.purge import purge
from alerts.switch import alerts_enabled
from core.human_check import new_token
from home.models import Region
from offers.models import OfferPage

pytestmark = pytest.mark.django_db

SUBSCRIBE_EN = "/en/alerts/"
SUBSCRIBE_FR = "/fr/alerts/"


@pytest.fixture(autouse=True)
def quiet_offers():
    """Every demo offer published long ago: a test says which offers are new."""
    Page.objects.type(OfferPage).update(first_published_at=timezone.now() - timedelta(days=60))


def open_offers(language="fr", **filters):
    return OfferPage.objects.open().filter(locale__language_code=language, **filters).order_by("pk")


def publish(offers, ago=timedelta(minutes=30)):
    """Make offers (both languages: same translation key) newly published."""
    keys = [offer.translation_key for offer in offers]
    Page.objects.filter(translation_key__in=keys).update(first_published_at=timezone.now() - ago)
    return offers


def active_alert(email="ada@example.org", language="en", search="kind=postdoc", **fields):
    now = timezone.now()
    values = {
        "frequency": "daily",
        "created_at": now - timedelta(days=10),
        "confirmed_at": now - timedelta(days=10),
        "checked_until": now - timedelta(hours=25),
    }
    values.update(fields)
    return Alert.objects.create(email=email, language=language, search=search, **values)


def run(**options):
    out = io.StringIO()
    call_command("send_offer_alerts", stdout=out, **options)
    return out.getvalue()


def sent_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def html_of(message):
    (html, mimetype), *_ = message.alternatives
    assert mimetype == "text/html"
    return html


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def subscribe(client, url=SUBSCRIBE_EN, *, email="ada@example.org", frequency="daily", **extra):
    data = {
        "email": email,
        "frequency": frequency,
        "picture": "maison",
        "website": "",
        "check_token": new_token("maison", shown_at=time.time() - 30),
    }
    data.update(extra)
    return client.post(url, data)


def link_in(message, name):
    match = re.search(rf"https?://\S+/alerts/{name}/\S+/", message.body)
    assert match, message.body
    return path_of(match.group(0))


# --- Subscribing: double opt-in ------------------------------------------------------


def test_the_listing_offers_an_alert_for_its_search(client):
    html = client.get("/en/offers/?kind=postdoc&region=grand-est&sort=newest").content.decode()
    assert 'href="/en/alerts/?kind=postdoc&amp;region=grand-est"' in html
    assert "E-mail me new offers like these" in html
    # The Atom feed of the same search is still there.
    assert "/en/offers/feed/?kind=postdoc&amp;region=grand-est" in html


def test_the_subscribe_page_shows_the_search_and_what_is_stored(client):
    html = client.get(SUBSCRIBE_EN + "?kind=postdoc&region=grand-est&q=imaging").content.decode()
    assert '<html lang="en">' in html
    assert "Postdoc" in html and "Grand Est" in html and "imaging" in html
    assert "we keep only your e-mail address" in html
    assert 'type="email"' in html and 'autocomplete="email"' in html
    assert 'aria-describedby="id_email_helptext"' in html
    assert '<meta name="robots" content="noindex">' in html
    # For feed readers: the same search as an Atom feed.
    assert 'href="/en/offers/feed/?' in html and "region=grand-est" in html


def test_subscribing_sends_only_a_confirmation(client):
    publish(open_offers("en", kind="postdoc")[:2])
    response = subscribe(client, SUBSCRIBE_EN + "?kind=postdoc", email="Ada.Lovelace@Example.ORG")
    assert response.status_code == 200
    assert "Check your inbox" in response.content.decode()
    alert = Alert.objects.get(email="Ada.Lovelace@example.org")  # domain lowercased
    assert alert.is_pending and alert.language == "en" and alert.search == "kind=postdoc"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["Ada.Lovelace@example.org"]
    assert "Confirm your offer alert" in message.subject
    assert "/en/alerts/confirm/" in message.body
    assert "we\nkeep only your e-mail address" in message.body or "keep only" in message.body
    assert '<html lang="en">' in html_of(message)
    # Nothing is sent to an address that has not confirmed, even with new offers.
    active_alert(email="someone-else@example.org", search="kind=phd")
    Alert.objects.filter(pk=alert.pk).update(checked_until=timezone.now() - timedelta(days=2))
    run()
    assert sent_to("Ada.Lovelace@example.org") == [message]


def all_of(message):
    """Everything a confirmation e-mail shows: subject, headers, plain text and HTML."""
    return "\n".join(
        [message.subject, *map(str, message.extra_headers.values()), message.body, html_of(message)]
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_confirmation_quotes_nothing_the_visitor_typed(client, language):
    """Anyone may give any address: the first e-mail to it carries no text of theirs (else the
    form relays spam or phishing from the institute's sender), only what the site knows."""
    city = open_offers(language).exclude(city="").first().city
    typed = "Call 0800 555 or visit evil.example"
    search = urlencode(
        [("q", typed), ("kind", "postdoc"), ("region", "grand-est"), ("city", city)]
        + [("city", "Win a prize at evil.example")]
    )
    url = (SUBSCRIBE_EN if language == "en" else SUBSCRIBE_FR) + "?" + search
    assert subscribe(client, url, email="pat@example.org").status_code == 200
    alert = Alert.objects.get(email="pat@example.org")
    assert "q=Call" in alert.search and "evil.example" in alert.search  # saved as asked
    (message,) = mail.outbox
    shown = all_of(message)
    for word in ("Call", "0800", "555", "evil", "prize"):
        assert word not in shown, word
    # Known values, from the site's own lists, describe the alert.
    assert city in shown
    if language == "en":
        assert "Postdoc" in shown and "Grand Est" in shown
        assert "With your keywords" in shown and "In a city you named" in shown
    else:
        assert "Post-doctorat" in shown and "Grand Est" in shown
        assert "Avec vos mots-clés" in shown and "Dans une ville que vous avez indiquée" in shown
    # The link to the listing keeps the known filters only.
    assert re.search(r"https?://\S+\?\S*kind=postdoc", message.body)


def test_digests_after_confirmation_keep_the_subscribers_words():
    """Once the address's owner confirmed (the confirmation page shows the whole search), a
    digest names the search as the listing does, words included."""
    offer = open_offers("en", kind="postdoc").first()
    word = offer.title.split()[-1]
    publish([offer])
    active_alert(email="quin@example.org", search=f"q={word}&kind=postdoc")
    run()
    (message,) = sent_to("quin@example.org")
    assert f"Text: “{word}”" in message.body


def test_confirming_through_the_link(client):
    subscribe(client, SUBSCRIBE_FR + "?kind=postdoc", email="bea@example.org", frequency="weekly")
    url = link_in(mail.outbox[0], "confirm")
    assert url.startswith("/fr/alerts/confirm/")
    page = client.get(url)
    assert page.status_code == 200
    assert '<html lang="fr">' in page.content.decode()
    alert = Alert.objects.get(email="bea@example.org")
    assert alert.is_pending, "opening the link (a mail scanner may) confirms nothing"
    response = client.post(url)
    assert response.status_code == 200
    alert.refresh_from_db()
    assert alert.is_active and alert.frequency == "weekly"
    assert alert.checked_until == alert.confirmed_at
    assert "/fr/alerts/manage/" in response.content.decode()
    # Confirming again changes nothing.
    assert client.post(url).status_code == 200


def test_tampered_and_expired_confirmation_links(client):
    subscribe(client, email="cyd@example.org")
    url = link_in(mail.outbox[0], "confirm")
    tampered = url[:-3] + ("A" if url[-3] != "A" else "B") + url[-2:]
    response = client.get(tampered)
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    assert client.post(tampered).status_code == 400
    alert = Alert.objects.get(email="cyd@example.org")
    past = signing.b62_encode(int(time.time()) - 8 * 24 * 3600)
    with mock.patch.object(signing.TimestampSigner, "timestamp", return_value=past):
        old = links.make_token(alert, "confirm")
    response = client.post(f"/en/alerts/confirm/{old}/")
    assert response.status_code == 410
    assert "has expired" in response.content.decode()
    alert.refresh_from_db()
    assert alert.is_pending
    # A link for another purpose is not a confirmation link.
    other = links.make_token(alert, "unsubscribe")
    assert client.post(f"/en/alerts/confirm/{other}/").status_code == 400
    # A deleted request: the link says so.
    alert.delete()
    response = client.get(url)
    assert response.status_code == 410 and "no longer exists" in response.content.decode()


def test_invalid_addresses_are_refused_with_a_linked_message(client):
    for address in ("not-an-address", "a@b", "", "x" * 250 + "@example.org"):
        response = subscribe(client, email=address)
        assert response.status_code == 200
        html = response.content.decode()
        assert 'id="id_email_error"' in html
        assert re.search(r'aria-describedby="[^"]*id_email_error', html)
        assert "Check your inbox" not in html
    assert mail.outbox == []
    assert not Alert.objects.filter(email__in=["not-an-address", "a@b"]).exists()


def test_the_form_keeps_what_was_typed_after_a_failed_check(client):
    response = subscribe(client, email="dan@example.org", picture="arbre")
    html = response.content.decode()
    assert "That is not the picture asked for" in html
    assert 'value="dan@example.org"' in html
    assert mail.outbox == []


def test_the_same_form_sent_twice_is_received_once(client):
    token = new_token("maison", shown_at=time.time() - 30)
    for _ in range(2):
        response = subscribe(client, email="eve@example.org", check_token=token)
        assert "Check your inbox" in response.content.decode()
    assert len(mail.outbox) == 1


def test_asking_again_renews_a_pending_request_and_never_reveals_an_active_one(client):
    subscribe(client, SUBSCRIBE_EN + "?kind=phd", email="fay@example.org")
    subscribe(client, SUBSCRIBE_EN + "?kind=phd", email="fay@example.org", frequency="weekly")
    assert Alert.objects.filter(email="fay@example.org").count() == 1
    assert Alert.objects.get(email="fay@example.org").frequency == "weekly"
    assert len(mail.outbox) == 2
    active_alert(email="gil@example.org", search="kind=phd")
    response = subscribe(client, SUBSCRIBE_EN + "?kind=phd", email="gil@example.org")
    assert "Check your inbox" in response.content.decode()  # the same page either way
    assert sent_to("gil@example.org") == []
    assert Alert.objects.filter(email="gil@example.org").count() == 1


def test_rate_limit_per_client(client, settings):
    settings.ALERTS_SUBSCRIBE_PER_HOUR = 2
    for number in range(2):
        assert subscribe(client, email=f"h{number}@example.org").status_code == 200
    response = subscribe(client, email="h3@example.org")
    assert response.status_code == 429
    assert "Too many requests from your connection" in response.content.decode()
    assert 'value="h3@example.org"' in response.content.decode()
    assert len(mail.outbox) == 2
    assert not Alert.objects.filter(email="h3@example.org").exists()


def test_rate_limit_per_address(client):
    """Five confirmation e-mails a day for one address, whatever the clients asking."""
    statuses = []
    for number, kind in enumerate(
        ["postdoc", "phd", "internship", "fixed-term-engineer", "competition-cr", "competition-dr"]
    ):
        other_client = Client(REMOTE_ADDR=f"10.0.0.{number}")
        url = SUBSCRIBE_EN + f"?kind={kind}"
        statuses.append(subscribe(other_client, url, email="ivy@example.org"))
    assert [response.status_code for response in statuses] == [200] * 5 + [429]
    assert "Too many confirmation requests for this address" in statuses[-1].content.decode()
    assert len(sent_to("ivy@example.org")) == 5
    assert Alert.objects.filter(email="ivy@example.org").count() == 5


def test_the_limit_per_address_counts_each_address_apart(settings):
    """Each address has its own count: one address's requests never hold back another's."""
    settings.ALERTS_CONFIRMATIONS_PER_ADDRESS = 1
    first = subscribe(Client(REMOTE_ADDR="10.0.1.1"), email="una@example.org")
    second = subscribe(Client(REMOTE_ADDR="10.0.1.2"), email="vic@example.org")
    assert [first.status_code, second.status_code] == [200, 200]
    assert len(sent_to("una@example.org")) == len(sent_to("vic@example.org")) == 1
    again = subscribe(
        Client(REMOTE_ADDR="10.0.1.3"), SUBSCRIBE_EN + "?kind=phd", email="una@example.org"
    )
    assert again.status_code == 429


def test_too_many_alerts_for_one_address(client, settings):
    settings.ALERTS_MAX_PER_ADDRESS = 2
    active_alert(email="jo@example.org", search="kind=phd")
    active_alert(email="jo@example.org", search="kind=postdoc")
    response = subscribe(client, SUBSCRIBE_EN + "?kind=internship", email="jo@example.org")
    assert response.status_code == 409
    assert "the most alerts allowed" in response.content.decode()
    assert mail.outbox == []


def test_a_mail_server_failure_is_told_not_a_500(client):
    with mock.patch.object(EmailBackend, "send_messages", side_effect=smtplib.SMTPException):
        response = subscribe(client, email="kim@example.org")
    assert response.status_code == 503
    assert "could not be sent just now" in response.content.decode()
    assert not Alert.objects.filter(email="kim@example.org").exists()


def test_unknown_filters_in_the_subscribe_address_are_left_out(client):
    response = client.get(SUBSCRIBE_EN + "?kind=postdoc&region=atlantis&kind=wizard&page=x")
    assert response.status_code == 200
    assert "no longer exist and were left out" in response.content.decode()
    subscribe(client, SUBSCRIBE_EN + "?kind=postdoc&region=atlantis", email="lea@example.org")
    assert Alert.objects.get(email="lea@example.org").search == "kind=postdoc"


# --- Digests -------------------------------------------------------------------------


def test_digests_in_each_language_with_matching_offers_only():
    postdocs = publish(list(open_offers("fr", kind="postdoc")[:3]))
    publish(list(open_offers("fr", kind="phd")[:2]))
    active_alert(email="fr@example.org", language="fr", search="kind=postdoc")
    active_alert(email="en@example.org", language="en", search="kind=postdoc")
    output = run()
    assert "2 digests sent (6 offers)" in output

    (french,) = sent_to("fr@example.org")
    (english,) = sent_to("en@example.org")
    keys = {offer.translation_key for offer in postdocs}
    what_we_keep = {
        "fr": "nous conservons uniquement votre adresse électronique",
        "en": "we keep only your e-mail address",
    }
    for message, language in ((french, "fr"), (english, "en")):
        offers = OfferPage.objects.filter(translation_key__in=keys, locale__language_code=language)
        html = html_of(message)
        assert f'<html lang="{language}">' in html
        for offer in offers:
            assert offer.title in message.body and offer.title in html
            assert offer.url in message.body
        assert message.body.count("* ") == 3  # the PhD offers do not match
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert re.fullmatch(
            r"<http://[^>]+/alerts/one-click/[^>]+/>", message.extra_headers["List-Unsubscribe"]
        )
        assert what_we_keep[language] in " ".join(message.body.split())  # in their language
        assert f"/{language}/alerts/manage/" in message.body
        assert f"/{language}/alerts/unsubscribe/" in message.body
    assert "Post-doctorat" in french.body and "Postdoc" in english.body
    assert "/fr/offres/" in french.body and "/en/offers/" in english.body
    assert "3 new offers" in english.subject
    assert "3 nouvelles offres pour votre alerte" in french.subject
    # Recorded: which offers went to which alert, once.
    assert SentOffer.objects.filter(alert__email="fr@example.org").count() == 3
    assert Digest.objects.filter(alert__email="en@example.org", sent_at__isnull=False).count() == 1


def test_an_offer_published_in_the_admin_way_is_sent_in_both_languages():
    """Through the import path (save_revision().publish()): the French page and its English
    translation get their own first publication date, now."""
    from tests.factories import make_offer

    search = "kind=postdoc&field=neurosciences"
    active_alert(email="pub-fr@example.org", language="fr", search=search)
    active_alert(email="pub-en@example.org", language="en", search=search)
    make_offer("2026-ALERT-0001")
    run()
    (french,) = sent_to("pub-fr@example.org")
    (english,) = sent_to("pub-en@example.org")
    assert "Post-doctorat en imagerie calcique du cortex" in french.body
    assert "Postdoc in calcium imaging of the cortex" in english.body
    assert "Offer Testing Laboratory (U1999)" in html_of(english)


def test_runs_never_overlap():
    """A second run while one holds the lock (another connection) does nothing."""
    from alerts.digests import LOCK_ID

    publish(list(open_offers("fr", kind="postdoc")[:1]))
    active_alert(email="lock@example.org")
    other = connection.get_new_connection(connection.get_connection_params())
    try:
        other.execute("SELECT pg_advisory_lock(%s)", [LOCK_ID])
        assert "Another send_offer_alerts run is in progress" in run()
        assert sent_to("lock@example.org") == []
    finally:
        other.close()
    run()
    assert len(sent_to("lock@example.org")) == 1


def test_text_query_and_filters_are_applied_as_on_the_listing(client):
    offer = open_offers("en", kind="postdoc").first()
    word = offer.title.split()[-1]
    publish(list(open_offers("fr", kind="postdoc")[:6]))
    search = f"q={word}&kind=postdoc"
    listing = client.get(f"/en/offers/?{search}&sort=newest").content.decode()
    active_alert(email="q@example.org", search=search)
    run()
    (message,) = sent_to("q@example.org")
    recent = set(
        open_offers(
            "en", kind="postdoc", first_published_at__gt=timezone.now() - timedelta(days=1)
        ).values_list("title", flat=True)
    )
    listed = {title for title in recent if title in listing}
    assert listed and {title for title in recent if title in message.body} == listed


def test_no_offer_twice_across_reruns():
    publish(list(open_offers("fr", kind="postdoc")[:2]))
    alert = active_alert(email="rerun@example.org")
    run()
    assert len(sent_to("rerun@example.org")) == 1
    # Due again (as a day later), with nothing new: nothing is sent.
    Alert.objects.filter(pk=alert.pk).update(checked_until=timezone.now() - timedelta(days=2))
    run()
    assert len(sent_to("rerun@example.org")) == 1
    # A new offer arrives: only it is sent.
    (new,) = publish(list(open_offers("fr", kind="postdoc")[5:6]), ago=timedelta(minutes=5))
    Alert.objects.filter(pk=alert.pk).update(checked_until=timezone.now() - timedelta(days=2))
    run()
    first, second = sent_to("rerun@example.org")
    assert second.body.count("* ") == 1
    english = OfferPage.objects.get(translation_key=new.translation_key, locale__language_code="en")
    assert english.title in second.body


def test_an_offer_published_just_before_the_last_check_is_not_lost_nor_repeated():
    """An offer whose publication committed after the previous run looked (dated just before
    it) is still found, thanks to the look-back, and the records stop any repeat."""
    checked = timezone.now() - timedelta(days=1)
    alert = active_alert(email="late@example.org", checked_until=checked)
    publish(list(open_offers("fr", kind="postdoc")[:1]), ago=timedelta(days=1, minutes=10))
    run()
    assert len(sent_to("late@example.org")) == 1
    # The same window looked at again (as by a run that was interrupted): not repeated.
    Alert.objects.filter(pk=alert.pk).update(checked_until=checked)
    run()
    assert len(sent_to("late@example.org")) == 1


def failing_after(calls, exception):
    """A locmem backend that delivers the first `calls` e-mails, then raises `exception`."""
    original = EmailBackend.send_messages
    state = {"calls": 0}

    def send_messages(self, messages):
        state["calls"] += 1
        if state["calls"] > calls:
            raise exception
        return original(self, messages)

    return mock.patch.object(EmailBackend, "send_messages", send_messages)


def three_alerts():
    publish(list(open_offers("fr", kind="postdoc")[:2]))
    return [active_alert(email=f"run{number}@example.org") for number in range(3)]


def offers_received(address):
    lines = [line for message in sent_to(address) for line in message.body.splitlines()]
    return [line for line in lines if line.startswith("* ")]


def test_a_failed_e_mail_is_sent_by_the_next_run_and_others_are_not_repeated():
    three_alerts()
    with failing_after(1, smtplib.SMTPRecipientsRefused({})):
        output = run()
    assert "1 digests sent" in output and "2 failed" in output
    assert [len(sent_to(f"run{n}@example.org")) for n in range(3)] == [1, 0, 0]
    # The next run (the failed alerts are still due) sends the rest, and nothing twice.
    Alert.objects.filter(email__startswith="run").update(
        checked_until=timezone.now() - timedelta(days=2)
    )
    run()
    for number in range(3):
        received = offers_received(f"run{number}@example.org")
        assert len(received) == 2 and len(set(received)) == 2


def test_an_interrupted_run_never_sends_an_offer_twice_and_the_rest_is_delivered():
    """Interrupted while sending the second e-mail: the first is sent, the second is in
    flight (perhaps sent: recorded, never sent again), the third was not tried: the next run
    sends it."""
    three_alerts()
    with failing_after(1, KeyboardInterrupt()), pytest.raises(KeyboardInterrupt):
        run()
    assert [len(sent_to(f"run{n}@example.org")) for n in range(3)] == [1, 0, 0]
    assert Digest.objects.filter(sent_at__isnull=True, alert__email="run1@example.org").count() == 1
    Alert.objects.filter(email__startswith="run").update(
        checked_until=timezone.now() - timedelta(days=2)
    )
    output = run()
    assert "1 digests sent" in output
    assert [len(sent_to(f"run{n}@example.org")) for n in range(3)] == [1, 0, 1]
    for number in range(3):
        received = offers_received(f"run{number}@example.org")
        assert len(received) == len(set(received))
    run()
    assert len(mail.outbox) == 2


def test_a_sigterm_from_the_scheduler_stops_the_run_as_an_exit_then_is_handed_back():
    """Mutation caught: the SIGTERM handler of send_offer_alerts removed. A scheduler stops a
    job with SIGTERM: the command turns it into SystemExit, so the batch being sent is settled
    (alerts/digests.py) rather than the process dying mid-batch; afterwards the previous
    handler is back."""
    received = []

    def previous(signum, frame):  # stands for the process's own handler; records, never exits
        received.append(signum)

    def stopped_by_the_scheduler(**options):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.5)  # the handler runs before this returns (Python checks signals often)
        raise AssertionError("the SIGTERM did not stop the run")

    before = signal.signal(signal.SIGTERM, previous)
    try:
        with (
            mock.patch(
                "alerts.management.commands.send_offer_alerts.send_offer_alerts",
                stopped_by_the_scheduler,
            ),
            pytest.raises(SystemExit),
        ):
            run(no_purge=True)
        assert signal.getsignal(signal.SIGTERM) is previous
        assert received == []  # the command's handler took it, not the previous one
    finally:
        signal.signal(signal.SIGTERM, before)


def test_nothing_is_sent_when_nothing_matches():
    publish(list(open_offers("fr", kind="postdoc")[:3]))
    alert = active_alert(email="none@example.org", search="kind=internship&region=corse")
    quiet = active_alert(email="quiet@example.org", search="kind=phd")
    output = run()
    assert sent_to("none@example.org") == [] and sent_to("quiet@example.org") == []
    assert "0 digests sent" in output
    for item in (alert, quiet):
        item.refresh_from_db()
        assert item.checked_until > timezone.now() - timedelta(minutes=5)
        assert item.last_sent_at is None


def test_daily_and_weekly_alerts():
    publish(list(open_offers("fr", kind="postdoc")[:2]), ago=timedelta(hours=1))
    now = timezone.now()
    active_alert(email="daily@example.org", checked_until=now - timedelta(hours=23))
    weekly = {"frequency": "weekly"}
    active_alert(email="weekly-early@example.org", checked_until=now - timedelta(days=3), **weekly)
    active_alert(email="weekly-due@example.org", checked_until=now - timedelta(days=7), **weekly)
    active_alert(email="daily-early@example.org", checked_until=now - timedelta(hours=12))
    run()
    assert len(sent_to("daily@example.org")) == 1
    assert len(sent_to("weekly-due@example.org")) == 1
    assert sent_to("weekly-early@example.org") == [] and sent_to("daily-early@example.org") == []


def test_only_offers_since_the_alert_was_confirmed():
    publish(list(open_offers("fr", kind="postdoc")[:2]), ago=timedelta(days=3))
    active_alert(email="new@example.org", checked_until=timezone.now() - timedelta(days=1))
    run()
    assert sent_to("new@example.org") == []


def test_closed_offers_are_not_sent():
    (offer,) = publish(list(open_offers("fr", kind="postdoc")[:1]))
    OfferPage.objects.filter(translation_key=offer.translation_key).update(
        deadline=timezone.now() - timedelta(minutes=1)
    )
    active_alert(email="closed@example.org")
    run()
    assert sent_to("closed@example.org") == []


def test_a_long_digest_lists_fifty_offers_and_links_the_rest(monkeypatch):
    monkeypatch.setattr("alerts.digests.MAX_OFFERS_PER_DIGEST", 2)
    publish(list(open_offers("fr", kind="postdoc")[:5]))
    active_alert(email="many@example.org")
    run()
    (message,) = sent_to("many@example.org")
    assert message.body.count("* ") == 2
    assert "And 3 more offers on the site" in " ".join(message.body.split())
    assert "sort=newest" in message.body
    assert SentOffer.objects.filter(alert__email="many@example.org").count() == 2


# --- Unsubscribing and managing ---------------------------------------------------------


def test_unsubscribe_page_then_button():
    publish(list(open_offers("fr", kind="postdoc")[:1]))
    alert = active_alert(email="stop@example.org")
    run()
    (message,) = sent_to("stop@example.org")
    client = Client(enforce_csrf_checks=True)
    url = link_in(message, "unsubscribe")
    page = client.get(url)
    assert page.status_code == 200 and "Stop this offer alert?" in page.content.decode()
    alert.refresh_from_db()
    assert alert.is_active, "opening the page stops nothing"
    token = page.cookies["csrftoken"].value
    response = client.post(url, {"csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert "You will receive no more e-mails" in response.content.decode()
    alert.refresh_from_db()
    assert alert.unsubscribed_at is not None


def test_one_click_unsubscribe_without_csrf_token():
    publish(list(open_offers("fr", kind="postdoc")[:1]))
    alert = active_alert(email="oneclick@example.org")
    run()
    (message,) = sent_to("oneclick@example.org")
    url = path_of(message.extra_headers["List-Unsubscribe"].strip("<>"))
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    alert.refresh_from_db()
    assert alert.unsubscribed_at is not None
    # Nothing more is sent to it.
    publish(list(open_offers("fr", kind="postdoc")[3:4]), ago=timedelta(minutes=1))
    Alert.objects.filter(pk=alert.pk).update(checked_until=timezone.now() - timedelta(days=2))
    run()
    assert len(sent_to("oneclick@example.org")) == 1
    # Opened in a browser, the address leads to the page in the alert's language.
    assert client.get(url).headers["Location"].startswith("/en/alerts/unsubscribe/")
    assert client.post(url[:-5] + "XXXX/").status_code == 400


def test_manage_page_changes_frequency_resumes_and_deletes(client):
    first = active_alert(email="mia@example.org", search="kind=postdoc")
    second = active_alert(email="mia@example.org", search="kind=phd&region=grand-est")
    active_alert(email="other@example.org", search="kind=phd")
    url = f"/en/alerts/manage/{links.make_token(first, 'manage')}/"
    html = client.get(url).content.decode()
    assert "This address has 2 alerts." in html
    assert "Grand Est" in html and "other@example.org" not in html

    response = client.post(url, {"action": "frequency", "alert": second.key, "frequency": "weekly"})
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.frequency == "weekly"
    assert "The frequency was changed." in client.get(response.headers["Location"]).content.decode()

    client.post(url, {"action": "delete", "alert": first.key})
    assert not Alert.objects.filter(pk=first.pk).exists()
    # The link of a deleted alert says so; the redirect led to a working link.
    assert client.get(url).status_code == 410

    Alert.objects.filter(pk=second.pk).update(unsubscribed_at=timezone.now())
    url = f"/en/alerts/manage/{links.make_token(second, 'manage')}/"
    assert "Resume this alert" in client.get(url).content.decode()
    client.post(url, {"action": "resume", "alert": second.key})
    second.refresh_from_db()
    assert second.is_active

    # Another address's alert cannot be changed from this page.
    other = Alert.objects.get(email="other@example.org")
    client.post(url, {"action": "delete", "alert": other.key})
    assert Alert.objects.filter(pk=other.pk).exists()

    response = client.post(url, {"action": "delete_all"})
    assert response.status_code == 200
    assert "nothing about it is stored" in response.content.decode()
    assert not Alert.objects.filter(email="mia@example.org").exists()
    assert Alert.objects.filter(pk=other.pk).exists()


def test_manage_page_rejects_odd_posts(client):
    alert = active_alert(email="odd@example.org")
    url = f"/en/alerts/manage/{links.make_token(alert, 'manage')}/"
    assert client.post(url, {"action": "explode"}).status_code == 400
    assert client.post(url, {"action": "frequency", "alert": "not-a-uuid"}).status_code == 400
    response = client.post(url, {"action": "frequency", "alert": alert.key, "frequency": "hourly"})
    assert response.status_code == 400
    assert client.get("/en/alerts/manage/garbage/").status_code == 400


def test_unknown_filters_after_a_taxonomy_change():
    """A region removed after the alert was saved: the manage page says so, the alert never
    widens to every region, and nothing fails."""
    region = Region.objects.get(slug="grand-est", locale__language_code="fr")
    assert publish(list(open_offers("fr", kind="postdoc", region=region)[:2]))
    broken = active_alert(email="tax@example.org", search="kind=postdoc&region=old-region")
    partial = active_alert(
        email="tax2@example.org", search=f"kind=postdoc&region=old-region&region={region.slug}"
    )
    output = run()
    assert sent_to("tax@example.org") == []
    assert "1 with a filter that no longer exists" in output
    (message,) = sent_to("tax2@example.org")
    assert "no longer exist on the site and were left out: Region: old-region" in " ".join(
        message.body.split()
    )
    client = Client()
    html = client.get(f"/en/alerts/manage/{links.make_token(broken, 'manage')}/").content.decode()
    assert "Region: old-region" in html and "sends nothing until you replace it" in html
    html = client.get(f"/fr/alerts/manage/{links.make_token(partial, 'manage')}/").content.decode()
    assert "old-region" in html and "Grand Est" in html


# --- Purge -------------------------------------------------------------------------------


def test_purge_of_unconfirmed_and_unsubscribed_alerts():
    now = timezone.now()
    old_pending = Alert.objects.create(
        email="p1@example.org", language="fr", created_at=now - timedelta(days=8)
    )
    new_pending = Alert.objects.create(
        email="p2@example.org", language="fr", created_at=now - timedelta(days=6)
    )
    old_stopped = active_alert(email="u1@example.org", unsubscribed_at=now - timedelta(days=31))
    new_stopped = active_alert(email="u2@example.org", unsubscribed_at=now - timedelta(days=29))
    long_active = active_alert(email="a1@example.org", created_at=now - timedelta(days=400))
    output = io.StringIO()
    call_command("purge_alerts", stdout=output)
    assert "1 unconfirmed requests, 1 unsubscribed alerts" in output.getvalue()
    remaining = set(Alert.objects.values_list("pk", flat=True))
    assert old_pending.pk not in remaining and old_stopped.pk not in remaining
    assert {new_pending.pk, new_stopped.pk, long_active.pk} <= remaining
    # send_offer_alerts purges too, first.
    Alert.objects.filter(pk=new_pending.pk).update(created_at=now - timedelta(days=9))
    assert "1 unconfirmed requests" in run()
    assert not Alert.objects.filter(pk=new_pending.pk).exists()


def test_purge_of_old_sent_records_keeps_the_ones_that_matter():
    publish(list(open_offers("fr", kind="postdoc")[:1]))
    alert = active_alert(email="rec@example.org")
    run()
    SentOffer.objects.filter(alert=alert).update(created_at=timezone.now() - timedelta(days=40))
    Alert.objects.filter(pk=alert.pk).update(checked_until=timezone.now() - timedelta(days=41))
    assert purge()["sent_records"] == 0, "the alert has not looked past them yet"
    Alert.objects.filter(pk=alert.pk).update(checked_until=timezone.now())
    assert purge()["sent_records"] == 1


# --- The switch and the admin --------------------------------------------------------------


def test_the_service_can_be_paused(client):
    settings_row = AlertSettings.load()
    settings_row.enabled = False
    settings_row.save()
    assert not alerts_enabled()
    html = client.get("/en/offers/?kind=postdoc").content.decode()
    assert "E-mail me new offers like these" not in html
    assert "Follow these offers (Atom feed)" in html
    page = client.get(SUBSCRIBE_EN + "?kind=postdoc")
    assert page.status_code == 200 and "paused" in page.content.decode()
    response = subscribe(client, email="paused@example.org")
    assert response.status_code == 503
    assert mail.outbox == [] and not Alert.objects.filter(email="paused@example.org").exists()
    publish(list(open_offers("fr", kind="postdoc")[:2]))
    alert = active_alert(email="paused-alert@example.org")
    assert "Offer alerts are off" in run()
    assert mail.outbox == []
    # Unsubscribing and managing still work while paused.
    url = f"/en/alerts/manage/{links.make_token(alert, 'manage')}/"
    assert client.get(url).status_code == 200
    settings_row.enabled = True
    settings_row.save()
    assert alerts_enabled()
    run()
    assert len(sent_to("paused-alert@example.org")) == 1


def test_admin_counts_are_reserved_and_show_no_address(client):
    active_alert(email="counted@example.org", language="fr")
    Alert.objects.create(email="pending-counted@example.org", language="en")
    editor = User.objects.create_user("alerts-editor", password="x", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    # Wagtail's admin turns the refusal into a redirect to its dashboard, with a message.
    assert client.get("/admin/offer-alerts/").status_code in (302, 403)
    assert "/admin/offer-alerts/" not in client.get("/admin/reports/").content.decode()
    group = Group.objects.create(name="Alert counts")
    group.permissions.add(Permission.objects.get(codename="view_alert_counts"))
    editor.groups.add(group)
    editor = User.objects.get(pk=editor.pk)
    client.force_login(editor)
    response = client.get("/admin/offer-alerts/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "counted@example.org" not in html and "@example.org" not in html
    rows = response.context["rows"]
    totals = response.context["total"]
    assert totals["active"] >= 1 and totals["pending"] >= 1
    assert {row["code"] for row in rows} == {"fr", "en"}


def test_the_permission_is_offered_to_groups():
    from wagtail import hooks

    permissions = [p for hook in hooks.get_hooks("register_permissions") for p in hook()]
    assert any(p.codename == "view_alert_counts" for p in permissions)


# --- Queries -------------------------------------------------------------------------------


SEARCHES = [
    "kind=postdoc",
    "kind=phd",
    "kind=postdoc&language=en",
    "kind=fixed-term-engineer",
    "category=researcher",
    "region=grand-est",
    "remote=1",
    "kind=postdoc&kind=phd",
    "category=engineer&remote=1",
    "",
]


def measure(alerts_per_search, batch_size):
    Alert.objects.filter(email__endswith="@bulk.example.org").delete()
    now = timezone.now()
    Alert.objects.bulk_create(
        Alert(
            email=f"{number}-{index}@bulk.example.org",
            language=("fr", "en")[number % 2],
            search=search,
            confirmed_at=now - timedelta(days=3),
            checked_until=now - timedelta(days=2),
        )
        for index, search in enumerate(SEARCHES)
        for number in range(alerts_per_search)
    )
    alerts_enabled()  # the switch is cached, as on every run after the first
    mail.outbox = []
    with CaptureQueriesContext(connection) as queries:
        report = send_offer_alerts(batch_size=batch_size)
    return report, len(queries)


def test_queries_grow_with_distinct_searches_not_with_alerts():
    """20 then 200 alerts over the same 10 searches, in two languages (20 distinct searches):
    - 5 the lock (taken, released), the due alerts, the records already sent, the locales
    - per language: 2 "anything new?" (view restrictions, one EXISTS), 4 per distinct search
      (two taxonomy look-ups, view restrictions, the search), 3 for the offers (the index
      page, the regions' names, the offers)
    - per batch of digests: a savepoint and its release, 2 inserts (digests, records),
      2 updates (digests sent, alerts moved on)
    - at most 1 for the alerts with nothing new (one update per 5,000)
    With one batch either way, the count is the same for 20 and 200 alerts. (A first run
    warms the site root paths and the index page's locale, cached afterwards.)
    """
    publish(list(open_offers("fr")[:40]))
    measure(1, batch_size=1000)
    small, small_queries = measure(2, batch_size=1000)
    large, large_queries = measure(20, batch_size=1000)
    assert small.due == 20 and large.due == 200
    assert small.digests and large.digests > small.digests
    assert small.searches == large.searches == 20
    assert small_queries == large_queries
    # With the default batches (100 digests), each batch adds its four bookkeeping queries.
    default, default_queries = measure(20, batch_size=100)
    batches = -(-default.digests // 100)
    assert batches > 1
    assert default_queries == large_queries + 6 * (batches - 1)


def test_digests_give_the_deadline_time_unless_it_is_midnight():
    """A noon deadline is not the end of the day (issue 22, point 6)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    paris = ZoneInfo("Europe/Paris")
    noon, midnight = publish(list(open_offers("en", kind="postdoc")[:2]))
    day = (timezone.now() + timedelta(days=40)).astimezone(paris).date()
    for offer, hour in ((noon, 12), (midnight, 0)):
        deadline = datetime(day.year, day.month, day.day, hour, tzinfo=paris)
        OfferPage.objects.filter(translation_key=offer.translation_key).update(deadline=deadline)
    active_alert(email="noon@example.org", language="en", search="kind=postdoc")
    active_alert(email="midi@example.org", language="fr", search="kind=postdoc")
    run()
    (english,) = sent_to("noon@example.org")
    (french,) = sent_to("midi@example.org")
    when = f"{day.day} {day.strftime('%B')} {day.year}"
    for text in (english.body, html_of(english)):
        assert f"Apply before {when} at 12:00 (Paris time)" in text
        assert f"Apply before {when}\n" in text or f"Apply before {when}</" in text
        assert f"Apply before {when} at 00:00" not in text
    assert "à 12:00 (heure de Paris)" in french.body


# --- The digests' rules asked directly (mutation check, docs/mutation.md) -----------------


def test_a_sent_digest_moves_its_alert_on_and_dates_it():
    """Mutations caught: the alert's checked_until or last_sent_at not written, or emptied,
    after its digest went (the next run would send the same window again, or never)."""
    publish(list(open_offers("fr", kind="postdoc")[:2]))
    alert = active_alert(email="moved@example.org")
    now = timezone.now()
    report = send_offer_alerts(now=now)
    assert (report.digests, report.uncertain) == (1, 0)
    alert.refresh_from_db()
    assert alert.checked_until == now and alert.last_sent_at == now
    # What the admin counts per language, and when (the records share the digest's time).
    digest = Digest.objects.get(alert=alert)
    assert (digest.language, digest.offer_count) == ("en", 2)
    assert {record.created_at for record in SentOffer.objects.filter(alert=alert)} == {
        digest.created_at
    }
    (message,) = sent_to("moved@example.org")
    assert "/en/offers/?kind=postdoc&sort=newest" in message.body  # the whole search, newest first


def test_the_report_adds_up_over_batches_and_languages():
    """Mutations caught: a counter of the run's report set (=) or subtracted (-=) where it adds
    up, which only shows with several batches or languages."""
    publish(list(open_offers("fr", kind="postdoc")[:2]))
    for number in range(2):
        active_alert(email=f"batch{number}@example.org")
    for language in ("fr", "en"):
        active_alert(email=f"nothing-{language}@example.org", language=language, search="kind=phd")
        broken = "kind=postdoc&region=old-region"  # a region since removed
        active_alert(email=f"broken-{language}@example.org", language=language, search=broken)
    report = send_offer_alerts(batch_size=1)
    assert (report.digests, report.offers, report.uncertain) == (2, 4, 0)
    assert (report.nothing_new, report.broken) == (4, 2)  # the broken ones have nothing new
    assert Digest.objects.values("created_at").distinct().count() == 2  # two batches of one
    Alert.objects.filter(email__startswith="batch").update(
        checked_until=timezone.now() - timedelta(days=2)
    )
    Digest.objects.all().delete()
    with failing_after(0, smtplib.SMTPRecipientsRefused({})):
        report = send_offer_alerts(batch_size=1)
    assert (report.failed, report.uncertain) == (2, 0)


def test_a_digests_queries_do_not_grow_with_its_offers():
    """Mutations caught: a field dropped from the offers' only() (one more query per offer),
    the offers read one chunk per offer. Also the region's name in each summary."""
    postdocs = list(open_offers("fr", kind="postdoc")[:8])
    alert = active_alert(email="growth@example.org")

    def queries_for(offers):
        Page.objects.type(OfferPage).update(first_published_at=timezone.now() - timedelta(days=60))
        SentOffer.objects.all().delete()
        Alert.objects.filter(pk=alert.pk).update(checked_until=timezone.now() - timedelta(days=2))
        publish(offers)
        mail.outbox = []
        alerts_enabled()
        with CaptureQueriesContext(connection) as queries:
            assert send_offer_alerts().offers == len(offers)
        return len(queries)

    queries_for(postdocs[:1])  # warms the site's root paths and the index's locale
    assert queries_for(postdocs[:2]) == queries_for(postdocs)
    (message,) = sent_to("growth@example.org")
    english = OfferPage.objects.get(
        translation_key=postdocs[0].translation_key, locale__language_code="en"
    )
    assert f"({english.localized_region.name})" in message.body


def test_ten_refusals_in_a_row_stop_the_run_and_a_delivery_starts_the_count_again():
    """Mutations caught: the count of consecutive refusals started at 1, not reset by a
    delivery, not added up one by one, or compared with > (MAX_CONSECUTIVE_FAILURES)."""
    from alerts.digests import MAX_CONSECUTIVE_FAILURES, DeliveryStopped

    publish(list(open_offers("fr", kind="postdoc")[:1]))
    attempts = []

    def refusing(delivered_first):
        def send_messages(self, messages):
            attempts.append(messages)
            return 1 if delivered_first and len(attempts) == 1 else 0

        return mock.patch.object(EmailBackend, "send_messages", send_messages)

    alerts = [active_alert(email=f"refused{n}@example.org") for n in range(11)]
    with refusing(False), pytest.raises(DeliveryStopped, match="10 e-mails in a row"):
        send_offer_alerts()
    assert len(attempts) == MAX_CONSECUTIVE_FAILURES
    Alert.objects.filter(pk__in=[a.pk for a in alerts]).update(
        checked_until=timezone.now() - timedelta(days=2)
    )
    attempts.clear()
    with refusing(True), pytest.raises(DeliveryStopped):
        send_offer_alerts()
    assert len(attempts) == 1 + MAX_CONSECUTIVE_FAILURES


def test_a_mail_server_that_refuses_the_connection_leaves_every_digest_to_the_next_run():
    """Mutations caught: the index of the e-mail being tried not starting before the first
    one, so that digests were neither sent nor released."""
    publish(list(open_offers("fr", kind="postdoc")[:1]))
    for number in range(3):
        active_alert(email=f"closed{number}@example.org")
    with (
        mock.patch.object(EmailBackend, "open", side_effect=smtplib.SMTPConnectError(421, "no")),
        pytest.raises(smtplib.SMTPConnectError),
    ):
        send_offer_alerts()
    assert not Digest.objects.exists() and not SentOffer.objects.exists()
    assert send_offer_alerts().digests == 3


def test_an_alert_in_a_language_the_site_no_longer_has_stops_nothing():
    """Mutations caught: such alerts not counted as checked (an error), or the run stopping at
    them instead of going on to the other languages."""
    postdocs = publish(list(open_offers("en", kind="postdoc")[:1]))
    active_alert(email="gone@example.org", language="de")
    active_alert(email="kept@example.org", language="en")
    report = send_offer_alerts()
    assert (report.digests, report.nothing_new) == (1, 1)
    assert postdocs[0].title in sent_to("kept@example.org")[0].body


def test_a_digest_lists_the_newest_publication_first():
    """Mutation caught: the matches ordered by id instead of publication date."""
    lower_id, higher_id = open_offers("en", kind="postdoc")[:2]
    publish([lower_id], ago=timedelta(minutes=10))
    publish([higher_id], ago=timedelta(minutes=40))
    active_alert(email="order@example.org")
    send_offer_alerts()
    (message,) = sent_to("order@example.org")
    assert message.body.index(lower_id.title) < message.body.index(higher_id.title)


def test_the_next_days_run_does_not_send_again_an_offer_of_the_lookback_hour():
    """Mutation caught: the records already sent read from an hour *after* the oldest check
    instead of an hour before, so an offer published within the look-back hour of the last
    run (considered again now) was sent twice."""
    publish(list(open_offers("en", kind="postdoc")[:1]))
    active_alert(email="twice@example.org")
    now = timezone.now()
    assert send_offer_alerts(now=now).digests == 1
    assert send_offer_alerts(now=now + timedelta(days=1)).digests == 0
    assert len(sent_to("twice@example.org")) == 1
