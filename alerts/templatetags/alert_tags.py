from django import template
from django.urls import reverse

from alerts.searches import canonical
from alerts.switch import alerts_enabled

register = template.Library()


@register.inclusion_tag("alerts/includes/listing_link.html")
def offer_alert_link(filters):
    """The listing's "e-mail me new offers like these" link, carrying its filters; nothing
    when editors have paused the service. No query once the switch is cached."""
    if not alerts_enabled():
        return {"url": None}
    search = canonical(filters)
    return {"url": reverse("alerts:subscribe") + (f"?{search}" if search else "")}
