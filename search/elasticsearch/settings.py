"""Index settings of the Elasticsearch backend, as data (merged into Wagtail's own).

Two signals are indexed for every text field of a page:

- the **lemma fields** (`search_lemmas`, `search_title_lemmas`) hold the
  tokens `core.text_analysis` made in Python; the `lemma` analyzer only
  splits them on whitespace, lower-cases and folds them (they already are:
  this is a guard), so Elasticsearch matches exactly what PostgreSQL and
  SQLite match;
- every other text field gets one **sub-field per language** (`title.pl`,
  `title.uk`, `title.en`, ...), analysed by that language's analyzer: Polish
  by the `analysis-stempel` plugin's stemmer, Ukrainian by the
  `analysis-ukrainian` plugin, English by the built-in stemmer; the query
  searches only the sub-field of the reader's language, as a should-boost.

One index holds every language (Wagtail keeps one index per model family and
filters by locale): a per-language sub-field costs some disk, where an index
per locale would need a backend of our own to route each page and query.
"""

# The language sub-fields' names, by language code of core.text_analysis.language_of.
LANGUAGE_ANALYZERS = {
    "pl": "polish_folded",
    "uk": "ukrainian",
    "en": "english_folded",
}
LEMMA_ANALYZER = "lemma"
# Plugins every node needs: `bin/elasticsearch-plugin install analysis-stempel analysis-ukrainian`.
REQUIRED_PLUGINS = ("analysis-stempel", "analysis-ukrainian")

INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                LEMMA_ANALYZER: {
                    "type": "custom",
                    "tokenizer": "whitespace",
                    "filter": ["lowercase", "asciifolding"],
                },
                # Stempel's stemmer works on the words as written; diacritics
                # are folded after it, as core.text_analysis folds after Morfeusz.
                "polish_folded": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "polish_stop", "polish_stem", "asciifolding"],
                },
                # The Ukrainian plugin offers its analyzer only (no token
                # filters to chain): it is used as it is. Cyrillic has nothing
                # for asciifolding to fold; Latin names in Ukrainian text
                # ("Płaszów") are folded in the lemma fields.
                "english_folded": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "english_possessive",
                        "lowercase",
                        "english_stop",
                        "english_stemmer",
                        "asciifolding",
                    ],
                },
            },
            "filter": {
                "english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "english_stop": {"type": "stop", "stopwords": "_english_"},
                "english_stemmer": {"type": "stemmer", "language": "english"},
            },
        }
    }
}

LEMMA_FIELD_MAPPING = {"analyzer": LEMMA_ANALYZER, "search_analyzer": LEMMA_ANALYZER}


def language_subfields() -> dict:
    """The `fields` of a text field's mapping: one sub-field per language."""
    return {
        language: {"type": "text", "analyzer": analyzer}
        for language, analyzer in LANGUAGE_ANALYZERS.items()
    }
