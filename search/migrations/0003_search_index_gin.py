"""GIN indexes on the search index's vectors, on PostgreSQL only.

The text search matches the body vector (search.backends.postgres) and the
header's suggestions the autocomplete vector with a prefix query ('bud':*);
without an index each scans every row of the table (hundreds of megabytes at
100,000 pages). Wagtail's migration declares these indexes only for the
database it saw when the migration module was imported: they are created
here if missing.
"""

from django.db import migrations

INDEXES = {
    "search_indexentry_body_gin": "body",
    "search_indexentry_autocomplete_gin": "autocomplete",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, column in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON wagtailsearch_indexentry USING gin ({column})"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_searchrecord"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
