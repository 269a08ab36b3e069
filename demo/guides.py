"""Demo welcome guides: page specs for the demo loader, built from demo/data/guides.yaml.

Guides are French pages translated into English like every demo page; their steps name
contacts by kind ("#contact:<kind>", the French national contact of that kind).
"""

from datetime import date

from . import content
from .loader import with_block

# Step contacts that exist as national contacts (regional contacts follow the visitor's region).
STEP_CONTACT_KINDS = {"social_advisor", "disability_mission"}


def guide_specs():
    """The path page, then every guide, as demo page specs under the welcome page."""
    data = content.load("guides")
    specs = [
        {
            "key": "newcomers-path",
            "model": "guides.NewcomerPathPage",
            "parent": "welcome",
            "show_in_menus": False,
            "fr": data["newcomer_path"]["fr"],
            "en": data["newcomer_path"]["en"],
        }
    ]
    for guide in data["guides"]:
        specs.append(
            {
                "key": f"guide-{guide['key']}",
                "model": "guides.WelcomeGuidePage",
                "parent": "welcome",
                "show_in_menus": False,
                "facts": {
                    "stage": guide["stage"],
                    "last_checked": date.fromisoformat(guide["last_checked"]),
                    "review_by": date.fromisoformat(guide["review_by"]),
                },
                "fr": with_contact_references(guide["fr"]),
                "en": with_contact_references(guide["en"]),
            }
        )
    return specs


def with_contact_references(fields):
    steps = []
    for step in fields["steps"]:
        value = dict(step["value"])
        value["contacts"] = [
            f"#contact:{kind}" for kind in value.get("contacts", []) if kind in STEP_CONTACT_KINDS
        ]
        steps.append({**step, "value": value})
    return {**fields, "steps": steps}


def with_guides(page_specs):
    """The site's page specs with the guides after the welcome page (their parent), which
    lists the documents translated into English."""
    specs = []
    for spec in page_specs:
        if spec["key"] == "welcome":
            spec = {
                **spec,
                "fr": with_block(spec["fr"], english_documents_block("fr")),
                "en": with_block(spec["en"], english_documents_block("en")),
            }
            specs.append(spec)
            specs.extend(guide_specs())
        else:
            specs.append(spec)
    return specs


def english_document_sources():
    """The placeholder PDFs of the documents in English: {key: (title, text)}."""
    return {
        document["key"]: (document["title_en"], document["placeholder_text"])
        for document in content.load("guides")["documents_in_english"]
    }


def english_documents_block(language):
    """The welcome page's list of the documents the institute translates into English."""
    data = content.load("guides")
    return {
        "type": "documents",
        "value": {
            "heading": data["documents_in_english_heading"][language],
            "documents": [
                {
                    "document": f"#document:{document['key']}",
                    "title": document[f"title_{language}"],
                }
                for document in data["documents_in_english"]
            ],
        },
    }
