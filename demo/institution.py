"""Demo content of the institutional pages: their page specs, the contacts and the action plan.

The texts are data in demo/data/ (institution.yaml, action_plan.yaml). Idempotent like the
rest of the demo loader: what exists is left as it is, so an editor's change survives a rerun.
"""

from django.db import transaction
from wagtail.models import Locale

from home.models import Action, Contact, ContactKind, Region
from home.translation import translate
from home.translation_bulk import adopt_many

from . import content
from .loader import with_block

# site_pages.yaml keys of the institutional sections, with their entries in institution.yaml.
INSTITUTION_PAGES = {
    "working-here": "working_conditions",
    "support": "contacts_page",
    "hr-excellence": "hr_excellence",
}


def with_institution_pages(page_specs):
    """The site's page specs, the institutional sections given their content."""
    institution = content.load("institution")
    specs = []
    for spec in page_specs:
        if spec["key"] in INSTITUTION_PAGES:
            data = institution[INSTITUTION_PAGES[spec["key"]]]
            spec = {
                **spec,
                "fr": data["fr"],
                "en": data["en"],
                "facts": data.get("facts", {}),
            }
            if spec["key"] == "hr-excellence":
                for language in ("fr", "en"):
                    # The strategic documents listed at the end of its body (demo.documents).
                    block = {
                        "type": "documents",
                        "value": institution["strategic_documents"][language],
                    }
                    spec[language] = with_block(spec[language], block)
                    spec[language]["abbreviations"] = glossary(language)
        specs.append(spec)
    return specs


def glossary(language):
    """The action plan's abbreviations (its "Abréviations utilisées" and the acronyms of its
    "Qui ?" column, action_plan.yaml) as the HR Excellence page's glossary blocks."""
    return [
        {
            "type": "abbreviation",
            "value": {"abbreviation": abbreviation, "expansion": meanings[language]},
        }
        for abbreviation, meanings in content.load("action_plan")["abbreviations"].items()
    ]


CONTACT_TEXTS = (
    "name",
    "handles",
    "does_not_handle",
    "who_may_refer",
    "confidentiality",
    "address",
    "hours",
)


def ensure_contacts(log=print):
    """The national contacts and each regional delegation's HR department, in French and
    English: {kind: French national contact}, for the pages that name them."""
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")
    created = 0
    for spec in content.load("institution")["contacts"]:
        if Contact.objects.filter(locale=french, kind=spec["kind"]).exists():
            continue
        with transaction.atomic():
            contact = Contact.objects.create(
                locale=french,
                kind=spec["kind"],
                email=spec["email"],
                phone=spec["phone"],
                url=spec["url"],
                anonymous_reports=spec["anonymous_reports"],
                **{name: spec["fr"][name] for name in CONTACT_TEXTS},
            )
            in_english = Contact(**{name: spec["en"][name] for name in CONTACT_TEXTS})
            in_english.pk = contact.pk
            in_english.kind = contact.kind
            translate(contact, in_english, english, f"Contact '{spec['key']}'")
        created += 1
    created += ensure_regional_contacts(french, english)
    log(f"Contacts: {created} created in French and English.")
    return {contact.kind: contact for contact in Contact.objects.filter(locale=french, region=None)}


def ensure_regional_contacts(french, english):
    """Every regional delegation has an HR department (seed 002: "Délégations régionales
    (RH)"); the sources give no addresses, so the contact says what it does, not how to reach it
    (its texts: institution.yaml's regional_hr_contact)."""
    texts = content.load("institution")["regional_hr_contact"]
    created = 0
    for region in Region.objects.filter(locale=french):
        if Contact.objects.filter(
            locale=french, kind=ContactKind.REGIONAL_HR, region=region
        ).exists():
            continue
        name_en = region.get_translation(english).name
        with transaction.atomic():
            contact = Contact.objects.create(
                locale=french,
                kind=ContactKind.REGIONAL_HR,
                region=region,
                **regional_texts(texts["fr"], region.name),
            )
            in_english = Contact(**regional_texts(texts["en"], name_en))
            in_english.pk = contact.pk
            in_english.kind = contact.kind
            translate(contact, in_english, english, f"Regional contact '{region.slug}'")
        created += 1
    return created


def regional_texts(texts, region_name):
    """The regional HR contact's texts (institution.yaml) with the region's name."""
    return {name: texts[name].replace("{region}", region_name) for name in CONTACT_TEXTS}


ACTION_FACTS = ("number", "theme", "status", "done_in", "due_year", "due_half", "owners")
ACTION_TEXTS = ("text", "group", "note")


def ensure_actions(log=print):
    """The HRS4R action plan: each action in French and its English wagtail-localize
    translation (made in bulk, home.translation_bulk), from the data that keeps both
    languages side by side. Actions that exist are left as they are."""
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")
    specs = {spec["number"]: spec for spec in content.load("action_plan")["actions"]}
    existing = set(Action.objects.filter(locale=french).values_list("number", flat=True))
    with transaction.atomic():
        created = Action.objects.bulk_create(
            Action(
                locale=french,
                position=Action.sort_key(number),
                **{name: spec[name] for name in ACTION_FACTS},
                **{name: spec[f"{name}_fr"] for name in ACTION_TEXTS},
            )
            for number, spec in specs.items()
            if number not in existing
        )
        translated = set(
            Action.objects.filter(locale=english).values_list("translation_key", flat=True)
        )
        sources = [
            action
            for action in Action.objects.filter(locale=french, number__in=specs).order_by("pk")
            if action.translation_key not in translated
        ]
        copies = Action.objects.bulk_create(
            Action(
                locale=english,
                translation_key=source.translation_key,
                position=source.position,
                **{name: getattr(source, name) for name in ACTION_FACTS},
                # An English text left empty in the data shows the French, as an
                # untranslated text does in wagtail-localize.
                **{
                    name: specs[source.number][f"{name}_en"] or getattr(source, name)
                    for name in ACTION_TEXTS
                },
            )
            for source in sources
        )
        adopt_many(zip(sources, copies, strict=True))
    log(
        f"HRS4R action plan: {len(created)} actions created, {len(copies)} translated into English."
    )
