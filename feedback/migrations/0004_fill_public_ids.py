"""A distinct random public identifier for every answer stored before 0003."""

import uuid

from django.db import migrations


def fill_public_ids(apps, schema_editor):
    PageFeedback = apps.get_model("feedback", "PageFeedback")
    missing = PageFeedback.objects.filter(public_id__isnull=True).only("pk")
    for feedback in missing.iterator(chunk_size=2000):
        feedback.public_id = uuid.uuid4()
        feedback.save(update_fields=["public_id"])


class Migration(migrations.Migration):
    dependencies = [("feedback", "0003_pagefeedback_public_id")]

    operations = [migrations.RunPython(fill_public_ids, migrations.RunPython.noop)]
