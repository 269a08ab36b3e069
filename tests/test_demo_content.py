"""load_demo_content: the whole bilingual site, idempotent, English as real translations."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import LocaleSynchronization, Translation

from demo import content
from demo.forms import with_questionnaire
from demo.guides import with_guides
from demo.institution import with_institution_pages
from demo.offers import DEMO_OFFER_COUNT
from home.models import Action, Contact, HomePage, Region
from offers.models import OfferPage, ResearchField

from .helpers import locale

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "live")),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "redirects": Redirect.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_second_run_changes_nothing():
    before = snapshot()
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert snapshot() == before
    assert "0 created, 0 translated" in out.getvalue()


def test_refused_under_production_settings(tmp_path):
    """It creates accounts with a known password: never on a production server, and the
    refusal comes before anything is written (the database here does not even exist)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "SECRET_KEY", "DEMO_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="careers_site.settings.production",
        SECRET_KEY="a-production-grade-secret-" + "x" * 40,
        ALLOWED_HOSTS="carrieres.example.org",
        EMAIL_URL="smtp://mail.example.org:25",
        DATABASE_URL=f"sqlite:///{tmp_path / 'never-created.sqlite3'}",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo_content"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "CommandError" in result.stderr and "production settings" in result.stderr
    assert "--allow-production-settings" in result.stderr
    assert not (tmp_path / "never-created.sqlite3").exists()


def test_production_settings_need_the_explicit_opt_in(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError, match="known password"):
        call_command("load_demo_content", stdout=io.StringIO())
    before = snapshot()
    call_command("load_demo_content", "--allow-production-settings", stdout=io.StringIO())
    assert snapshot() == before


def test_the_load_runs_opt_in_explicitly(monkeypatch, tmp_path):
    """scripts/load.sh loads the demo site into its throwaway database under the production
    settings: it says so with the flag."""
    from loadtest import __main__ as load

    commands = []
    monkeypatch.setattr(load, "setup_command", lambda out, env, *args: commands.append(args))
    (tmp_path / "targets.json").write_text("{}")
    load.set_up({}, tmp_path)
    (demo,) = [args for args in commands if "load_demo_content" in args]
    assert "--allow-production-settings" in demo


# The site's pages, the institutional sections with their own types, and the welcome guides.
SPECS = with_questionnaire(with_guides(with_institution_pages(content.load("site_pages")["pages"])))
CONTACTS = content.load("institution")["contacts"]


def test_every_spec_page_exists_in_both_languages():
    for language in ("fr", "en"):
        pages = Page.objects.filter(locale=locale(language), depth__gt=1)
        # The spec pages, and the suggestions form (demo.forms).
        assert pages.not_type(OfferPage).count() == len(SPECS) + 1
        assert pages.type(OfferPage).count() == DEMO_OFFER_COUNT


def test_english_pages_and_contacts_are_wagtail_localize_translations():
    french_home = HomePage.objects.get(locale=locale("fr"))
    english_home = french_home.get_translation(locale("en"))
    translations = Translation.objects.filter(target_locale=locale("en"))
    regions = Region.objects.filter(locale=locale("fr")).count()
    fields = ResearchField.objects.filter(locale=locale("fr")).count()
    offers = OfferPage.objects.filter(locale=locale("fr")).count()
    actions = Action.objects.filter(locale=locale("fr")).count()
    # Pages, the suggestions form, national contacts and each regional delegation's HR,
    # regions, research fields, offers and HRS4R actions: every English version, whoever
    # wrote it.
    assert translations.count() == (
        len(SPECS) + 1 + len(CONTACTS) + regions + regions + fields + offers + actions
    )
    national = Contact.objects.filter(locale=locale("en"), region=None)
    assert national.count() == len(CONTACTS)
    assert all(contact.name in {c["en"]["name"] for c in CONTACTS} for contact in national)
    assert english_home.title == "Careers at Inserm"
    # Nested list items (key figures) are translated too, not left in French.
    figures = next(b for b in english_home.body if b.block_type == "key_figures")
    labels = [figure["label"] for figure in figures.value["figures"]]
    assert all("candidats" not in label for label in labels)
    assert any("applicants" in label for label in labels)


def test_site_languages_and_sync():
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.locale.language_code == "fr"
    assert LocaleSynchronization.objects.get(locale=locale("en")).sync_from == locale("fr")
    # The translation process leaves no redirect from URLs that never existed.
    assert Redirect.objects.count() == 0


def test_admin_account():
    assert get_user_model().objects.get(username="admin").is_superuser
