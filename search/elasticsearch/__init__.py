"""Elasticsearch: index settings and mappings as data, query bodies, the backend that uses them."""
