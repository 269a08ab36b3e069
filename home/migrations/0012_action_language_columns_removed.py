"""HRS4R actions: the language columns go, every record has its language (step 3 of 3)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_action_translations"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        # A default, so that going backwards re-adds the required columns to existing rows
        # (0011 then fills them in).
        migrations.AlterField(
            model_name="action",
            name="text_fr",
            field=models.TextField(default="", verbose_name="action (French)"),
        ),
        migrations.AlterField(
            model_name="action",
            name="text_en",
            field=models.TextField(default="", verbose_name="action (English)"),
        ),
        migrations.RemoveField(model_name="action", name="text_fr"),
        migrations.RemoveField(model_name="action", name="text_en"),
        migrations.RemoveField(model_name="action", name="group_fr"),
        migrations.RemoveField(model_name="action", name="group_en"),
        migrations.RemoveField(model_name="action", name="note_fr"),
        migrations.RemoveField(model_name="action", name="note_en"),
        migrations.AlterField(
            model_name="action",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="action",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="action", unique_together={("translation_key", "locale")}
        ),
        migrations.AddConstraint(
            model_name="action",
            constraint=models.UniqueConstraint(
                fields=("number", "locale"), name="unique_action_number_per_locale"
            ),
        ),
    ]
