"""Trigram similarity for "did you mean" on PostgreSQL; nothing on other databases."""

from django.db import migrations


def enable_pg_trgm(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(enable_pg_trgm, migrations.RunPython.noop, elidable=False)]
