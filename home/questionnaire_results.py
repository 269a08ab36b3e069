"""Questionnaire results for HR, in the admin: counts, averages and a chart per question, by
axis, and a CSV export of the answers (which identify nobody: nothing identifying is stored),
formula-safe like every export (core/spreadsheets.py).

A question's figures are shown only once it has MIN_ANSWERS ratings, so that no single
person's answer can be read from them.
"""

import csv

from django.contrib.auth.decorators import permission_required
from django.db.models import Avg, Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation

from core.spreadsheets import safe_cell

from .models import Answer, QuestionnairePage
from .models.questionnaire import RATINGS

MIN_ANSWERS = 5
PERMISSION = "home.view_answer"


def questionnaires():
    """The questionnaires, in their source language (their translations share the answers)."""
    return QuestionnairePage.objects.filter(locale__language_code="fr").order_by("path")


@permission_required(PERMISSION, raise_exception=True)
def results_index(request):
    pages = list(questionnaires())
    if len(pages) == 1:
        return results(request, pages[0].pk)
    return TemplateResponse(request, "home/admin/questionnaire_index.html", {"pages": pages})


@permission_required(PERMISSION, raise_exception=True)
def results(request, page_id):
    page = get_object_or_404(QuestionnairePage, pk=page_id)
    answers = Answer.objects.filter(response__questionnaire=page.translation_key)
    stats = {
        row["question"]: row
        for row in answers.values("question").annotate(
            ratings=Count("rating"), average=Avg("rating")
        )
    }
    distribution = {}
    for row in answers.exclude(rating=None).values("question", "rating").annotate(n=Count("id")):
        distribution.setdefault(row["question"], {})[row["rating"]] = row["n"]
    comments = dict(
        answers.exclude(comment="")
        .values("question")
        .annotate(n=Count("id"))
        .values_list("question", "n")
    )
    axes = []
    for title, questions in page.questions():
        rows = []
        for question_id, statement in questions:
            row = stats.get(question_id, {"ratings": 0, "average": None})
            shown = row["ratings"] >= MIN_ANSWERS
            rows.append(
                {
                    "statement": statement,
                    "ratings": row["ratings"],
                    "shown": shown,
                    "average": row["average"] if shown else None,
                    "levels": [
                        (label, distribution.get(question_id, {}).get(value, 0))
                        for value, label in RATINGS
                    ]
                    if shown
                    else [],
                    "comments": comments.get(question_id, 0),
                }
            )
        axes.append((title, rows))
    context = {
        "page": page,
        "axes": axes,
        "responses": page_responses(page).count(),
        "min_answers": MIN_ANSWERS,
    }
    return TemplateResponse(request, "home/admin/questionnaire_results.html", context)


def page_responses(page):
    from .models import Response

    return Response.objects.filter(questionnaire=page.translation_key)


@permission_required(PERMISSION, raise_exception=True)
def results_csv(request, page_id):
    page = get_object_or_404(QuestionnairePage, pk=page_id)
    with translation.override(page.locale.language_code):
        labels = {
            question_id: (title, statement)
            for title, questions in page.questions()
            for question_id, statement in questions
        }
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="questionnaire-{page.pk}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 files with their accents
    writer = csv.writer(response)
    writer.writerow(["response", "day", "axis", "statement", "rating", "comment"])
    answers = (
        Answer.objects.filter(response__questionnaire=page.translation_key)
        .select_related("response")
        .order_by("response_id", "id")
    )
    for answer in answers.iterator():
        axis, statement = labels.get(answer.question, ("", answer.question))
        row = [
            answer.response_id,
            answer.response.day.isoformat(),
            axis,
            statement,
            answer.rating or "",
            answer.comment,
        ]
        # A visitor's comment (or an editor's statement) may start like a formula.
        writer.writerow([safe_cell(value) for value in row])
    return response
