"""Which search backends to try for a language, and an engine set aside after a failure.

With ELASTICSEARCH_URL set, each language has its own Elasticsearch backend
(`elasticsearch_<language>`, see search/config.py) beside the database backend ("default"),
which is always kept up to date. After a failure of the engine (unreachable, slow, an error),
whoever met it sets it aside: the database answers for ENGINE_RETRY_AFTER seconds, so that a
slow engine costs one visitor two seconds, not every visitor. Site search (search/engine.py),
the offer listing's facet counts (offers/facets.py) and /healthz share this state.
"""

from django.conf import settings
from django.core.cache import cache

DATABASE = "default"
ENGINE_RETRY_AFTER = 30  # seconds


def backend_names(language):
    """The backends to try for a language, in order."""
    engine = f"elasticsearch_{language}"
    if engine in settings.WAGTAILSEARCH_BACKENDS and not is_set_aside(engine):
        return [engine, DATABASE]
    return [DATABASE]


def unavailable_key(name):
    return f"search-backend-unavailable-{name}"


def set_aside(name):
    """After a failure of engine `name`: the database answers for ENGINE_RETRY_AFTER seconds."""
    cache.set(unavailable_key(name), True, ENGINE_RETRY_AFTER)


def is_set_aside(name):
    return bool(cache.get(unavailable_key(name)))
