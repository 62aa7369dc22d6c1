from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

from .cache import on_term_changed


class TaxonomiesConfig(AppConfig):
    name = "taxonomies"
    verbose_name = _("Districts and topics")

    def ready(self):
        # The admin's form fields are looked up when Wagtail first builds a
        # page form (its system checks do so), which is after every ready().
        from .forms import register_term_pickers

        register_term_pickers()

        # Cached districts and topics (taxonomies.cache) are dropped on any change;
        # the models load only once the app registry is ready.
        from .models import District, Topic

        for model in (District, Topic):
            for signal in (post_save, post_delete):
                signal.connect(
                    on_term_changed,
                    sender=model,
                    dispatch_uid=f"taxonomies.cache.{model.__name__}.{signal is post_save}",
                )
