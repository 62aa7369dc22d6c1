"""Every answer gets a random public identifier, the only name its comment token carries.

Three migrations (this one, 0004 and 0005), as Django's documentation
advises for a unique field on existing rows: on PostgreSQL, filling the rows
and adding the constraint in one transaction can fail with "pending trigger
events".
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("feedback", "0002_moderators_see_report")]

    operations = [
        migrations.AddField(
            model_name="pagefeedback",
            name="public_id",
            field=models.UUIDField(editable=False, null=True, verbose_name="Public identifier"),
        ),
    ]
