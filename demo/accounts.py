"""The demo's accounts: a local administrator and one account per editorial role (local demo
only: every account has the same, published password)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from core.locales import in_source_language
from editorial.models import RecruiterProfile
from editorial.roles import (
    ADMINISTRATORS,
    EDITORS,
    MODERATORS,
    RECRUITERS,
    TRANSLATORS,
    ensure_roles,
)
from home.models import Region

# username, first name, last name, role, admin language, regions (recruiters)
DEMO_ACCOUNTS = [
    ("editrice", "Claire", "Martin", EDITORS, "fr", []),
    ("recruteur", "Julien", "Moreau", RECRUITERS, "fr", ["paris-idf-sud"]),
    ("moderatrice", "Sophie", "Bernard", MODERATORS, "fr", []),
    ("translator", "Emma", "Walsh", TRANSLATORS, "en", []),
    ("administratrice", "Nadia", "Lefèvre", ADMINISTRATORS, "fr", []),
]


def ensure_admin(username, password, log=print):
    """A local administrator for the demo; an existing account keeps its password."""
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        log(f"Admin account '{username}' already exists (password unchanged).")
        return
    user_model.objects.create_superuser(username=username, email="", password=password)
    log(f"Admin account '{username}' created.")


def ensure_demo_accounts(password, log=print):
    ensure_roles(log=log)
    user_model = get_user_model()
    for username, first_name, last_name, role, language, region_slugs in DEMO_ACCOUNTS:
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
            },
        )
        if created:
            user.set_password(password)
            user.save()
        user.groups.set([Group.objects.get(name=role)])
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        if region_slugs:
            recruiter, _ = RecruiterProfile.objects.get_or_create(user=user)
            recruiter.regions.set(
                Region.objects.filter(in_source_language(), slug__in=region_slugs)
            )
        log(f"Demo {role.lower()} account '{username}' {'created' if created else 'kept'}.")
