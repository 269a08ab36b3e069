"""One demo account per editorial role (local demo only, like the demo administrator)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from home.models import Region

from .models import RecruiterProfile
from .roles import ADMINISTRATORS, EDITORS, MODERATORS, RECRUITERS, TRANSLATORS, ensure_roles

# username, first name, last name, role, admin language, regions (recruiters)
DEMO_ACCOUNTS = [
    ("editrice", "Claire", "Martin", EDITORS, "fr", []),
    ("recruteur", "Julien", "Moreau", RECRUITERS, "fr", ["paris-idf-sud"]),
    ("moderatrice", "Sophie", "Bernard", MODERATORS, "fr", []),
    ("translator", "Emma", "Walsh", TRANSLATORS, "en", []),
    ("administratrice", "Nadia", "Lefèvre", ADMINISTRATORS, "fr", []),
]


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
                Region.objects.filter(
                    slug__in=region_slugs, locale__language_code=settings.LANGUAGE_CODE
                )
            )
        log(f"Demo {role.lower()} account '{username}' {'created' if created else 'kept'}.")
