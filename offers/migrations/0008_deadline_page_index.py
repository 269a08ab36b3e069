"""Offers: the deadline indexed with the page, so that the closed offers every search leaves
out are read from the index alone (the new index before the old one goes)."""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0015_model_plural_names"),
        ("offers", "0007_model_plural_names"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="offerpage",
            index=models.Index(fields=["deadline", "page_ptr"], name="offers_deadline_page"),
        ),
        migrations.AlterField(
            model_name="offerpage",
            name="deadline",
            field=models.DateTimeField(
                help_text="Paris time. The offer leaves the listing at this moment.",
                verbose_name="application deadline",
            ),
        ),
    ]
