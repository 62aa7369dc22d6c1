from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Sign-in security of the admin: lockouts, throttled password resets, two-factor."""

    name = "accounts"
    verbose_name = _("Sign-in security")

    def ready(self):
        # Connects the lockout log to django-axes' signal.
        from . import lockout  # noqa: F401
