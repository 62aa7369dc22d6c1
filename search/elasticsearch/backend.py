"""Wagtail's Elasticsearch 9 backend with the lemma fields, language sub-fields and query body.

`WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.elasticsearch.backend"`
(config/settings/production.py, when ELASTICSEARCH_URL is set). The index
settings (search/elasticsearch/settings.py) are merged into Wagtail's; each
text field gets its language sub-fields, the lemma fields the `lemma`
analyzer; a resident's query (search.lemma_query.LemmaQuery) becomes
`search_body()`; anything else (the admin's searches) is Wagtail's query.
"""

from functools import cache

from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)
from modelsearch.index import SearchField, get_indexed_models
from modelsearch.utils import deep_update

from core.text_analysis import LEMMA_FIELD_NAMES, language_of

from ..lemma_query import LemmaQuery
from .queries import facet_body, parse_facets, parse_suggestion, search_body, suggest_body
from .settings import INDEX_SETTINGS, LEMMA_FIELD_MAPPING, language_subfields

TITLE_LEMMA_FIELD = "search_title_lemmas"


class LemmaElasticsearchMapping(Elasticsearch9Mapping):
    def get_field_mapping(self, field):
        name, mapping = super().get_field_mapping(field)
        if isinstance(field, SearchField) and mapping.get("type") == "text":
            if field.field_name in LEMMA_FIELD_NAMES:
                mapping.update(LEMMA_FIELD_MAPPING)
            else:
                mapping["fields"] = language_subfields()
        return name, mapping


@cache
def field_names(model) -> tuple[list[str], list[str], list[str]]:
    """(lemma fields, title lemma fields, other text fields) of `model` and its subclasses."""
    lemma, title, text = set(), set(), set()
    for indexed in get_indexed_models():
        if not issubclass(indexed, model):
            continue
        mapping = LemmaElasticsearchMapping(indexed)
        for field in indexed.get_search_fields():
            if not isinstance(field, SearchField):
                continue
            column = mapping.get_field_column_name(field)
            if field.field_name == TITLE_LEMMA_FIELD:
                title.add(column)
            elif field.field_name in LEMMA_FIELD_NAMES:
                lemma.add(column)
            elif mapping.get_field_mapping(field)[1].get("type") == "text":
                text.add(column)
    return sorted(lemma), sorted(title), sorted(text)


class LemmaElasticsearchQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = LemmaElasticsearchMapping

    def get_inner_query(self):
        if not isinstance(self.query, LemmaQuery) or self.fields is not None:
            return super().get_inner_query()
        lemma_fields, title_fields, text_fields = field_names(self.queryset.model)
        return search_body(
            self.query.alternatives,
            text=self.query.text,
            language=language_of(self.query.language_code),
            lemma_fields=lemma_fields,
            title_fields=title_fields,
            text_fields=text_fields,
        )


class LemmaElasticsearchBackend(Elasticsearch9SearchBackend):
    mapping_class = LemmaElasticsearchMapping
    query_compiler_class = LemmaElasticsearchQueryCompiler
    settings = deep_update(deep_update({}, Elasticsearch9SearchBackend.settings), INDEX_SETTINGS)

    def facet_counts(self, queryset, query, fields: dict[str, str]) -> dict[str, dict]:
        """Exact counts per value of `fields` over every match of `query` in `queryset`."""
        compiler = self.query_compiler_class(queryset, query)
        index = self.get_index_for_model(queryset.model)
        body = facet_body(compiler.get_query(), fields)
        response = self.es.search(index=index.name, **body)
        return parse_facets(response["aggregations"])

    def suggest(self, model, text: str) -> str | None:
        """The query with each unknown word replaced by the closest indexed title word."""
        index = self.get_index_for_model(model)
        response = self.es.search(index=index.name, size=0, suggest=suggest_body(text))
        return parse_suggestion(response.get("suggest", {}), text)


SearchBackend = LemmaElasticsearchBackend
