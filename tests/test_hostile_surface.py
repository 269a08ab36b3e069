"""A reduced hostile pass of the public GET surface (loadtest/hostile.py) in the normal suite.

`bash scripts/hostile.sh` sends every value to every parameter of every page type, on SQLite
and PostgreSQL (several minutes each). Here a handful of URLs, each with the parameters the
pass finds in the code and the pages, get a handful of values (a NUL byte, bytes that are not
UTF-8, numbers past every limit, an injected script and template), in a few seconds, so CI
catches a view that answers a hostile query string with a 500 or reflects it unescaped.
Select it with `-m hostile`.
"""

import pytest

from loadtest.hostile import (
    COOKIE_VALUES,
    HEADERS,
    SEGMENTS,
    SHAPES,
    VALUES,
    HostilePass,
    Plan,
    details,
)

pytestmark = [pytest.mark.hostile, pytest.mark.django_db]

# One view of each kind: an API sharing the listing's filters, the site search, the region
# picker (a redirect with `next`) and a page whose form reads a date.
KINDS = {
    "route:OfferIndexPage.api",
    "url:search",
    "url:choose_region",
    "page:WorkingConditionsPage",
}
VALUE_LABELS = {"nul", "non-utf8", "huge", "two", "html-script", "template-django"}


def reduced_plan():
    return Plan(
        values=[value for value in VALUES if value[0] in VALUE_LABELS],
        shapes=[shape for shape in SHAPES if shape[0] == "array"],
        segments=[segment for segment in SEGMENTS if segment[0] in ("nul", "non-utf8")],
        headers={"HTTP_HOST": HEADERS["HTTP_HOST"][:1]},
        cookie_values=[value for value in COOKIE_VALUES if value[0] == "nul"],
        pages_per_type=1,
        max_linked_paths=0,
        kinds=KINDS,
        languages={"fr"},
        # With the other parameters set too: a page number past an empty search.
        with_others={"two", "huge"},
    )


def test_reduced_hostile_pass_meets_no_5xx_and_no_reflection():
    result = HostilePass(reduced_plan(), "suite").run()

    # The pass found what it is meant to find: the API's filters and the picker's parameters,
    # in the code, before sending anything.
    parameters = result["parameters"]
    api = next(path for path in parameters if path.endswith("/api/"))
    assert {"kind", "region", "page", "q"} <= set(parameters[api])
    assert {"region", "next"} <= set(parameters["/region/"])
    assert result["requests"] > 100

    assert result["five_xx"] == 0, details(result)
    assert result["reflections"] == 0, details(result)
