import time
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from offers.generator import generate_specs
from offers.taxonomy import ensure_taxonomy
from offers.writing import OfferTargets, bulk_create_offers


class Command(BaseCommand):
    help = (
        "Create realistic, deterministic offers (French and English) for demos and benchmarks. "
        "Offers whose reference exists are skipped, so a second run adds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--today",
            type=date.fromisoformat,
            help="The date deadlines are computed from (default: today, Paris time).",
        )

    def handle(self, *args, count, seed, today, verbosity, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        started = time.perf_counter()
        ensure_taxonomy(log=self.stdout.write if verbosity > 1 else lambda _: None)
        try:
            targets = OfferTargets()
        except LookupError as error:
            raise CommandError(f"{error} Run load_demo_content first.") from error
        specs = list(generate_specs(count, seed, today or timezone.localdate()))
        with tqdm(total=len(specs), unit="offer", disable=verbosity == 0) as bar:
            created = bulk_create_offers(specs, targets, progress=bar.update)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{created} offers created ({count - created} existed) in {elapsed:.1f} s."
            )
        )
