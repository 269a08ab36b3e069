import io
import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from demo import content
from demo.accounts import ensure_admin, ensure_demo_accounts
from demo.documents import ensure_documents, source_documents
from demo.forms import ensure_suggestion_form, with_questionnaire
from demo.guides import english_document_sources, with_guides
from demo.institution import ensure_actions, ensure_contacts, with_institution_pages
from demo.loader import DemoLoader
from demo.offers import load_demo_offers
from demo.promotions import ensure_promotions
from demo.search import ensure_synonyms
from home.translation_bulk import adopt_plain_copies
from offers.taxonomy import ensure_taxonomy


class Command(BaseCommand):
    help = "Create the bilingual demo site (idempotent: existing pages are left as they are)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-username", default=os.environ.get("DEMO_ADMIN_USERNAME", "admin")
        )
        parser.add_argument(
            "--admin-password", default=os.environ.get("DEMO_ADMIN_PASSWORD", "inserm-demo")
        )
        parser.add_argument(
            "--allow-production-settings",
            action="store_true",
            help="Load even under the production settings: only for a throwaway database that "
            "nobody else reaches (the load runs, scripts/load.sh).",
        )

    def handle(self, *args, **options):
        # The production settings set DEMO_CONTENT_ALLOWED = False: every demo account gets the
        # same, published password, so a demo loaded on a public server is an open admin.
        allowed = getattr(settings, "DEMO_CONTENT_ALLOWED", True)
        if not allowed and not options["allow_production_settings"]:
            raise CommandError(
                "load_demo_content is refused under the production settings: it creates admin "
                "accounts with a known password. For a throwaway database that nobody else "
                "reaches (load runs), pass --allow-production-settings."
            )
        log = self.stdout.write
        pages = content.load("site_pages")["pages"]
        specs = with_questionnaire(with_guides(with_institution_pages(pages)))
        loader = DemoLoader(specs, log=log)
        # Pages name documents and contacts, which need the locales and the regions first.
        loader.ensure_locales()
        ensure_taxonomy(log=log)
        loader.contacts = ensure_contacts(log=log)
        placeholders = english_document_sources()
        loader.documents = ensure_documents(
            {**source_documents(), **placeholders}, placeholders=placeholders, log=log
        )
        loader.run()
        ensure_suggestion_form(log=log)
        ensure_actions(log=log)
        load_demo_offers(log=self.stdout.write)
        ensure_promotions(log=self.stdout.write)
        ensure_synonyms(log=self.stdout.write)
        # A database loaded before every English version was a translation.
        adopt_plain_copies(log=self.stdout.write)
        ensure_admin(options["admin_username"], options["admin_password"], log=self.stdout.write)
        ensure_demo_accounts(options["admin_password"], log=self.stdout.write)
        # Offers are written in bulk (offers.writing), past the per-page bookkeeping: the search
        # index and Wagtail's reference index ("usage" in the admin) are rebuilt once, whole.
        # Then the words typo correction suggests from, read from the search index.
        for command in ("update_index", "rebuild_references_index", "update_search_vocabulary"):
            call_command(command, verbosity=0, stdout=io.StringIO(), stderr=io.StringIO())
        self.stdout.write("Search and reference indexes and the search vocabulary rebuilt.")
        self.stdout.write(
            self.style.SUCCESS(
                "Demo content ready. Sign in at /admin/ as "
                f"'{options['admin_username']}' (password '{options['admin_password']}' "
                "unless the account existed before)."
            )
        )
