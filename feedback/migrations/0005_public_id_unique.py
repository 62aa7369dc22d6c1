"""The public identifier is required and unique (and so indexed) once every row has one."""

import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("feedback", "0004_fill_public_ids")]

    operations = [
        migrations.AlterField(
            model_name="pagefeedback",
            name="public_id",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="Public identifier"
            ),
        ),
    ]
