import logging
import time
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from tqdm import tqdm

from offers.importing import FORMATS, ImportFileError, read_file, validate_rows
from offers.models import OfferPage
from offers.writing import OfferTargets, save_offer


class Command(BaseCommand):
    help = (
        "Import offers (French, optionally English) from a CSV or JSON file; the schema is in "
        "the README. The whole file is validated first: one rejected row and nothing is "
        "imported. Then every row is saved in one transaction. Idempotent by reference: an "
        "offer whose reference exists is updated, never duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv (UTF-8, comma-separated) or .json file.")
        parser.add_argument(
            "--format", choices=FORMATS, help="Read the file as this format, whatever its name."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Validate and report; import nothing."
        )

    def handle(self, *args, file, format, dry_run, verbosity, **options):
        with translation.override("en"):
            self.import_file(file, format, dry_run, verbosity)

    def import_file(self, path, format, dry_run, verbosity):
        started = time.perf_counter()
        try:
            rows, file_warnings = read_file(path, format)
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        try:
            targets = OfferTargets()
        except LookupError as error:
            raise CommandError(f"{error} Run load_demo_content first.") from None
        report = validate_rows(rows, targets)
        report.warnings[:0] = file_warnings

        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(f"Warning: {warning}"))
        if not report.ok:
            for error in report.errors:
                self.stderr.write(error)
            raise CommandError(
                f"{report.rejected} of {report.rows} rows rejected; nothing was imported."
            )

        references = [spec["reference"] for _location, spec in report.specs]
        existing = set(
            OfferPage.objects.filter(locale=targets.source, reference__in=references).values_list(
                "reference", flat=True
            )
        )
        if dry_run:
            self.stdout.write(
                f"Dry run: {report.rows} rows valid ({report.rows - len(existing)} would be "
                f"created, {len(existing)} updated); nothing was imported."
            )
            return

        counts = {"created": 0, "updated": 0}
        current = None
        try:
            with quiet_page_log(verbosity), transaction.atomic():
                for location, spec in tqdm(report.specs, unit="offer", disable=verbosity == 0):
                    current = location
                    counts[save_offer(spec, targets)] += 1
        except Exception as error:
            # All or nothing: the transaction is rolled back, say where it stopped.
            raise CommandError(
                f"{current}: the import failed ({type(error).__name__}: {error}); "
                "nothing was imported."
            ) from error
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts['created']} created, {counts['updated']} updated ({elapsed:.1f} s)."
            )
        )


@contextmanager
def quiet_page_log(verbosity):
    """Wagtail logs every page created, edited and published: shown from -v 2 only."""
    logger = logging.getLogger("wagtail")
    level = logger.level
    if verbosity < 2:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)
