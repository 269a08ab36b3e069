"""Cached facet counts follow every change to an offer (see filters.facet_counts)."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from .filters import offers_changed
from .models import OfferPage


def _offers_changed(sender, **kwargs):
    offers_changed()


def connect():
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(_offers_changed, sender=OfferPage, dispatch_uid=f"offers-{id(signal)}")
