"""The search vocabulary: synonyms and acronyms editors manage per language (search.synonyms),
and the indexed words typo correction chooses from (search.spelling)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

MAX_TERM_LENGTH = 100
# Longer "words" in the index are codes or URLs, never corrected towards.
MAX_WORD_LENGTH = 40


class Synonym(models.Model):
    """A word, acronym or phrase visitors type, and what the site's pages say instead.

    One way: a search for the term also finds the alternatives, not the other way round (write a
    second entry for the other direction, unless it would lead back: loops are refused).
    """

    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    term = models.CharField(
        _("what visitors type"),
        max_length=MAX_TERM_LENGTH,
        help_text=_("A word, an acronym or a few words, e.g. RTT."),
    )
    alternatives = models.TextField(
        _("what the pages say"),
        help_text=_(
            "Separated by commas, e.g. réduction du temps de travail. A search for the term "
            "also finds pages with any of these."
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("term"), FieldPanel("alternatives")]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "term"]
        constraints = [
            models.UniqueConstraint(fields=["language", "term"], name="unique_synonym_term")
        ]

    def __str__(self):
        return f"{self.term} → {self.alternatives}"

    def alternative_list(self):
        return [part.strip() for part in self.alternatives.split(",") if part.strip()]

    def clean(self):
        from .synonyms import normalized

        super().clean()
        term = normalized(self.term or "")
        if not term:
            raise ValidationError({"term": _("Write the word or acronym visitors type.")})
        parts = [part.strip() for part in (self.alternatives or "").split(",")]
        if not any(parts):
            raise ValidationError({"alternatives": _("Write at least one alternative.")})
        if any(not normalized(part) for part in parts):
            raise ValidationError(
                {
                    "alternatives": _(
                        "An entry is empty (two commas in a row, or a comma at the start or the "
                        "end): remove it."
                    )
                }
            )
        if any(normalized(part) == term for part in parts):
            raise ValidationError({"alternatives": _("The term cannot be its own alternative.")})
        others = Synonym.objects.filter(language=self.language).exclude(pk=self.pk)
        if any(normalized(other.term) == term for other in others):
            raise ValidationError(
                {"term": _("This term already has an entry in this language: edit that one.")}
            )
        loop = self.find_loop(term, [normalized(part) for part in parts], others)
        if loop:
            raise ValidationError(
                {
                    "alternatives": _("These synonyms loop: %(path)s. Keep one direction only.")
                    % {"path": " → ".join(loop)}
                }
            )

    @staticmethod
    def find_loop(term, targets, others):
        """A path from `term` back to itself through the language's entries, or None."""
        from .synonyms import normalized

        graph = {}
        for other in others:
            graph.setdefault(normalized(other.term), []).extend(
                normalized(part) for part in other.alternative_list()
            )
        graph[term] = targets
        stack = [(target, [term, target]) for target in targets]
        seen = set()
        while stack:
            node, path = stack.pop()
            if node == term:
                return path
            if node in seen:
                continue
            seen.add(node)
            stack.extend((nxt, [*path, nxt]) for nxt in graph.get(node, []))
        return None


@receiver(post_save, sender=Synonym)
@receiver(post_delete, sender=Synonym)
def synonyms_changed(sender, instance, **kwargs):
    from .synonyms import forget

    forget(instance.language)


class IndexedWord(models.Model):
    """A word of the search index's text in one locale, for typo correction (search/spelling.py).

    Rebuilt from the index by `manage.py update_search_vocabulary` (a scheduled job, hourly);
    PostgreSQL finds the words close to a typo through a trigram index on `word` (pg_trgm,
    migration 0004), SQLite compares them in Python.
    """

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    word = models.CharField(max_length=MAX_WORD_LENGTH)  # folded: lower case, no accents
    written = models.CharField(max_length=MAX_WORD_LENGTH)  # as most often written
    count = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("indexed word")
        verbose_name_plural = _("indexed words")
        constraints = [
            models.UniqueConstraint(fields=["locale", "word"], name="unique_indexed_word")
        ]

    def __str__(self):
        return self.written
