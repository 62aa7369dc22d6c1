from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo content of every capability; the top layer, imported by nothing."""

    name = "demo"
    verbose_name = _("Demo content")
