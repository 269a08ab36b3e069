"""Public pages of offer alerts: subscribe, confirm, unsubscribe (page and one click), manage.

Links from e-mails open a page with a button rather than acting on GET: mail security
scanners follow links, and must not confirm or stop an alert. Only the RFC 8058 one-click
address acts on a POST without a page (and without a CSRF token: the signed link is the
proof).
"""

from datetime import timedelta

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Locale

from core import rate_limit
from core.human_check import first_use
from offers.filters import OfferFilters

from . import links, subscriptions
from .emails import listing_path
from .forms import ManageForm, SubscribeForm
from .models import Alert, Frequency
from .searches import SavedSearch, canonical
from .switch import alerts_enabled


def subscribes_per_hour():
    return getattr(settings, "ALERTS_SUBSCRIBE_PER_HOUR", 10)


def retention():
    return {
        "unconfirmed_days": links.confirm_days(),
        "unsubscribed_days": getattr(settings, "ALERTS_UNSUBSCRIBED_DAYS", 30),
    }


def _listing_path(language, search=""):
    return listing_path(language, search) or f"/{language}/"


def _feed_path(language, search=""):
    """The listing's Atom feed of the same search (offers.models.OfferIndexPage.feed)."""
    index = listing_path(language)
    if not index:
        return None
    return f"{index}feed/" + (f"?{search}" if search else "")


@never_cache
def subscribe(request):
    language = translation.get_language()
    filters = OfferFilters(request.GET, Locale.get_active())
    search = canonical(filters)
    saved = SavedSearch(search, Locale.get_active())
    context = {
        "search": search,
        "labels": saved.labels(),
        "ignored": bool(filters.ignored),
        "listing_url": _listing_path(language, search),
        "feed_url": _feed_path(language, search),
        "action": reverse("alerts:subscribe") + (f"?{search}" if search else ""),
        **retention(),
    }
    if not alerts_enabled():
        context["paused"] = True
        status = 200 if request.method in ("GET", "HEAD") else 503
        return TemplateResponse(request, "alerts/subscribe.html", context, status=status)
    if request.method != "POST":
        context["form"] = SubscribeForm()
        return TemplateResponse(request, "alerts/subscribe.html", context)

    form = SubscribeForm(request.POST)
    context["form"] = form
    if not rate_limit.allow(request, "offer-alerts", subscribes_per_hour(), 3600):
        form.is_valid()  # what the visitor typed is shown again, with the reason
        form.add_error(
            None, _("Too many requests from your connection: please try again in an hour.")
        )
        return TemplateResponse(request, "alerts/subscribe.html", context, status=429)
    if not form.is_valid():
        return TemplateResponse(request, "alerts/subscribe.html", context)
    email = form.cleaned_data["email"]
    context["email"] = email
    if not first_use(form.cleaned_data["check_token"]):
        # The same form sent twice (a double click, a reload): received once.
        return TemplateResponse(request, "alerts/subscribe_sent.html", context)
    outcome = subscriptions.request_alert(
        email, language, search, form.cleaned_data["frequency"], saved
    )
    if outcome in (subscriptions.SENT, subscriptions.ALREADY_ACTIVE):
        return TemplateResponse(request, "alerts/subscribe_sent.html", context)
    errors = {
        subscriptions.ADDRESS_LIMIT: (
            _(
                "Too many confirmation requests for this address today: no e-mail was sent. "
                "Look for the ones already sent (and in your spam folder), or try again "
                "tomorrow."
            ),
            429,
        ),
        subscriptions.TOO_MANY_ALERTS: (
            _(
                "This address has the most alerts allowed (%(count)s): no e-mail was sent. "
                "Delete one with the link at the bottom of any alert e-mail, then try again."
            )
            % {"count": subscriptions.max_alerts_per_address()},
            409,
        ),
        subscriptions.NOT_SENT: (
            _("The e-mail could not be sent just now. Please try again in a few minutes."),
            503,
        ),
    }
    message, status = errors[outcome]
    form.add_error(None, message)
    return TemplateResponse(request, "alerts/subscribe.html", context, status=status)


def link_error(request, error, purpose):
    messages = {
        "invalid": _(
            "This link is not valid. It may have been cut by your mail program: copy the "
            "whole address from the e-mail into your browser."
        ),
        "expired": _(
            "This confirmation link has expired: requests not confirmed within %(days)s days "
            "are deleted. You can ask for the alert again from the offers listing."
        )
        % {"days": links.confirm_days()}
        if purpose == "confirm"
        else _("This link has expired. Use the link in a more recent alert e-mail."),
        "gone": _(
            "This alert no longer exists: it was deleted, or it was not confirmed in time. "
            "You can ask for a new alert from the offers listing."
        ),
    }
    context = {
        "message": messages[error],
        "listing_url": _listing_path(translation.get_language()),
    }
    status = 400 if error == "invalid" else 410
    return TemplateResponse(request, "alerts/link_error.html", context, status=status)


def _describe(alert, locale):
    saved = SavedSearch(alert.search, locale)
    alert.labels = saved.labels()
    alert.missing = saved.missing_labels()
    alert.broken = saved.broken
    alert.language_name = dict(settings.LANGUAGES).get(alert.language, alert.language)
    alert.listing_url = _listing_path(alert.language, alert.search)
    alert.delete_on = None
    if alert.unsubscribed_at:
        days = retention()["unsubscribed_days"]
        alert.delete_on = alert.unsubscribed_at + timedelta(days=days)
    return alert


@never_cache
def confirm(request, token):
    result = links.read_token(token, "confirm")
    if result.error:
        return link_error(request, result.error, "confirm")
    alert = result.alert
    state = "active" if alert.is_active else "pending"
    if alert.unsubscribed_at is not None:
        state = "stopped"
    if request.method == "POST" and alert.is_pending:
        now = timezone.now()
        alert.confirmed_at = now
        alert.checked_until = now  # only offers published from now on are sent
        alert.save(update_fields=["confirmed_at", "checked_until"])
        state = "confirmed"
    context = {
        "alert": _describe(alert, Locale.get_active()),
        "state": state,
        "token": token,
        "paused": not alerts_enabled(),
        "manage_url": reverse("alerts:manage", args=[links.make_token(alert, "manage")]),
        **retention(),
    }
    return TemplateResponse(request, "alerts/confirm.html", context)


def _unsubscribe(alert):
    if alert.unsubscribed_at is None:
        alert.unsubscribed_at = timezone.now()
        alert.save(update_fields=["unsubscribed_at"])


@never_cache
def unsubscribe(request, token):
    result = links.read_token(token, "unsubscribe")
    if result.error:
        return link_error(request, result.error, "unsubscribe")
    alert = result.alert
    if request.method == "POST":
        _unsubscribe(alert)
    context = {
        "alert": _describe(alert, Locale.get_active()),
        "token": token,
        "manage_url": reverse("alerts:manage", args=[links.make_token(alert, "manage")]),
        **retention(),
    }
    return TemplateResponse(request, "alerts/unsubscribe.html", context)


@csrf_exempt
@never_cache
def one_click_unsubscribe(request, token):
    """RFC 8058: mail programs POST `List-Unsubscribe=One-Click` here, with no cookie and no
    CSRF token. A person who opens the address gets the unsubscribe page instead."""
    result = links.read_token(token, "unsubscribe")
    if request.method in ("GET", "HEAD"):
        language = result.alert.language if result.alert else settings.LANGUAGE_CODE
        with translation.override(language):
            return HttpResponseRedirect(reverse("alerts:unsubscribe", args=[token]))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    if result.error:
        texts = {
            "invalid": "This unsubscribe link is not valid.",
            "expired": "This unsubscribe link has expired.",
            "gone": "This alert no longer exists.",
        }
        status = 400 if result.error == "invalid" else 410
        return HttpResponse(texts[result.error], status=status, content_type="text/plain")
    _unsubscribe(result.alert)
    return HttpResponse("Unsubscribed.", content_type="text/plain")


@never_cache
def manage(request, token):
    result = links.read_token(token, "manage")
    if result.error:
        return link_error(request, result.error, "manage")
    anchor = result.alert
    email = anchor.email
    done = request.GET.get("done", "")
    status = 200
    if request.method == "POST":
        form = ManageForm(request.POST)
        done = _apply(form, email) if form.is_valid() else ""
        if not done:
            status = 400
        else:
            remaining = Alert.objects.filter(email=email).order_by("created_at").first()
            if remaining is not None:
                url = reverse("alerts:manage", args=[links.make_token(remaining, "manage")])
                return HttpResponseRedirect(f"{url}?done={done}")
    locale = Locale.get_active()
    alerts = [_describe(alert, locale) for alert in Alert.objects.filter(email=email)]
    alerts.sort(key=lambda alert: alert.created_at)
    messages = {
        "frequency": _("The frequency was changed."),
        "delete": _("The alert was deleted."),
        "delete_all": _("All your alerts were deleted, with everything stored about them."),
        "resume": _("The alert is on again."),
        "missing": _("This alert no longer exists."),
    }
    context = {
        "alerts": alerts,
        "message": messages.get(done, ""),
        "error": _("That change is not possible.") if status == 400 else "",
        "token": links.make_token(alerts[0], "manage") if alerts else "",
        "frequencies": Frequency.choices,
        "paused": not alerts_enabled(),
        **retention(),
    }
    return TemplateResponse(request, "alerts/manage.html", context, status=status)


def _apply(form, email):
    """Carry out a manage-page action on one of this address's alerts; returns its name."""
    action = form.cleaned_data["action"]
    alerts = Alert.objects.filter(email=email)
    if action == "delete_all":
        alerts.delete()
        return action
    alert = alerts.filter(key=form.cleaned_data["alert"]).first()
    if alert is None:
        return "missing"
    if action == "delete":
        alert.delete()
        return action
    if action == "frequency" and alert.is_active and form.cleaned_data["frequency"]:
        alert.frequency = form.cleaned_data["frequency"]
        alert.save(update_fields=["frequency"])
        return action
    if action == "resume" and alert.confirmed_at and alert.unsubscribed_at:
        alert.unsubscribed_at = None
        alert.checked_until = timezone.now()  # offers of the pause are not sent afterwards
        alert.save(update_fields=["unsubscribed_at", "checked_until"])
        return action
    return ""
