"""PostgreSQL: each object indexed with its language's text search configuration."""

import copy
from collections import defaultdict

from django.utils import translation
from modelsearch.backends.database.postgres import postgres

from . import language_of, text_search_config


class PostgresIndex(postgres.PostgresIndex):
    def add_items(self, model, objs):
        # Wagtail's indexer reads the configuration from the backend: index each language's
        # objects through a copy of the backend set to that language.
        groups = defaultdict(list)
        for obj in objs:
            groups[text_search_config(language_of(obj))].append(obj)
        for config, group in groups.items():
            postgres.PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class PostgresSearchQueryCompiler(postgres.PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return text_search_config(translation.get_language())


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    index_class = PostgresIndex
    query_compiler_class = PostgresSearchQueryCompiler

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend
