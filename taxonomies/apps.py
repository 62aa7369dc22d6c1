from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomiesConfig(AppConfig):
    name = "taxonomies"
    verbose_name = _("Districts and topics")

    def ready(self):
        # The admin's form fields are looked up when Wagtail first builds a
        # page form (its system checks do so), which is after every ready().
        from .forms import register_term_pickers

        register_term_pickers()
