"""Demo offers: the regions and research fields in both languages, then ~200 offers."""

from django.utils import timezone

from offers.generator import generate_specs
from offers.taxonomy import ensure_taxonomy
from offers.writing import OfferTargets, bulk_create_offers

DEMO_OFFER_COUNT = 200
DEMO_SEED = 217  # the number of open positions the institute's careers guide mentions


def load_demo_offers(count=DEMO_OFFER_COUNT, seed=DEMO_SEED, log=print):
    ensure_taxonomy(log)
    specs = list(generate_specs(count, seed, timezone.localdate()))
    created = bulk_create_offers(specs, OfferTargets())
    log(f"Offers: {created} created in French and English ({count - created} existed).")
