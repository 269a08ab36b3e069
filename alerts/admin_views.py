"""Admin › Reports › Offer alerts: counts only. No address is ever listed, to anyone."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.db.models import Count, Q, Sum
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from .models import Alert, Digest
from .switch import alerts_enabled

PERMISSION = "alerts.view_alert_counts"


@permission_required(PERMISSION, raise_exception=True)
def counts(request):
    now = timezone.now()
    last_7, last_30 = now - timedelta(days=7), now - timedelta(days=30)
    alerts = {
        row["language"]: row
        for row in Alert.objects.values("language").annotate(
            pending=Count("pk", filter=Q(confirmed_at__isnull=True, unsubscribed_at__isnull=True)),
            active=Count("pk", filter=Q(confirmed_at__isnull=False, unsubscribed_at__isnull=True)),
            unsubscribed=Count("pk", filter=Q(unsubscribed_at__isnull=False)),
            daily=Count(
                "pk",
                filter=Q(
                    confirmed_at__isnull=False, unsubscribed_at__isnull=True, frequency="daily"
                ),
            ),
        )
    }
    sends = {
        row["language"]: row
        for row in Digest.objects.filter(created_at__gte=last_30)
        .values("language")
        .annotate(
            digests_7=Count("pk", filter=Q(sent_at__gte=last_7)),
            digests_30=Count("pk", filter=Q(sent_at__isnull=False)),
            offers_7=Sum("offer_count", filter=Q(sent_at__gte=last_7), default=0),
            offers_30=Sum("offer_count", filter=Q(sent_at__isnull=False), default=0),
            interrupted=Count("pk", filter=Q(sent_at__isnull=True)),
        )
    }
    fields = (
        "pending", "active", "daily", "unsubscribed",
        "digests_7", "digests_30", "offers_7", "offers_30", "interrupted",
    )  # fmt: skip
    rows = []
    for code, name in settings.LANGUAGES:
        row = {"code": code, "name": name}
        for field in fields:
            row[field] = {**alerts.get(code, {}), **sends.get(code, {})}.get(field, 0)
        rows.append(row)
    total = {field: sum(row[field] for row in rows) for field in fields}
    context = {
        "rows": rows,
        "total": total,
        "enabled": alerts_enabled(),
        "settings_url": reverse("wagtailsettings:edit", args=["alerts", "alertsettings"]),
        "can_change_settings": request.user.has_perm("alerts.change_alertsettings"),
    }
    return TemplateResponse(request, "alerts/admin/counts.html", context)
