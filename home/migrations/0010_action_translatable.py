"""HRS4R actions get a language, like every other snippet (step 1 of 3).

The language columns (text_fr/text_en, group_…, note_…) stay until 0011 has copied them into
the French records and their English translations; 0012 then drops them.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_accessibility_statement_page"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="action",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="action",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="action",
            name="text",
            field=models.TextField(
                default="",
                help_text="The action as worded in the action plan.",
                verbose_name="action",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="action",
            name="group",
            field=models.CharField(
                blank=True,
                help_text=(
                    "Shown once above the actions that follow each other in number order with "
                    "the same sub-heading. Empty for an action without one."
                ),
                max_length=250,
                verbose_name="sub-heading",
            ),
        ),
        migrations.AddField(
            model_name="action",
            name="note",
            field=models.TextField(
                blank=True,
                help_text=(
                    "Shown in small print under the action, e.g. why it was revised or dropped."
                ),
                verbose_name="note",
            ),
        ),
        # Unique per language from 0012 on: the English action has the French one's number.
        migrations.AlterField(
            model_name="action",
            name="number",
            field=models.CharField(
                help_text="As in the action plan, e.g. 3.12.", max_length=10, verbose_name="number"
            ),
        ),
    ]
