"""The admin's password-reset form, throttled per account and per client address."""

import hashlib
import logging

from django.conf import settings
from wagtail.admin.forms.auth import PasswordResetForm

from core.antispam import RateLimit

logger = logging.getLogger(__name__)

HOUR = 60 * 60


class AccountRateLimit(RateLimit):
    """A RateLimit counting per account (the e-mail address asked for), not per client address."""

    def _key(self, email):
        normalised = email.strip().lower()
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{normalised}".encode()).hexdigest()[:32]
        return f"ratelimit:{self.scope}:{digest}"


def reset_limits():
    """The per-address and the per-account limit, read from the settings on each use."""
    per_hour = settings.PASSWORD_RESETS_PER_HOUR
    return (
        RateLimit(scope="password-reset-address", limit=per_hour, window=HOUR),
        AccountRateLimit(scope="password-reset-account", limit=per_hour, window=HOUR),
    )


class ThrottledPasswordResetForm(PasswordResetForm):
    """Sends at most PASSWORD_RESETS_PER_HOUR e-mails per account and per address and hour.

    A throttled request is answered exactly as any other (the "if the address
    exists, we sent a link" page), so the limit tells nothing about which
    addresses have accounts; it only sends nothing.
    """

    def save(self, *, request=None, **kwargs):
        by_address, by_account = reset_limits()
        email = self.cleaned_data["email"]
        # Both are counted on every request, so neither can be used to probe the other.
        address_allowed = request is None or by_address.hit(request)
        account_allowed = by_account.hit(email)
        if not (address_allowed and account_allowed):
            logger.warning(
                "Password reset throttled (%s); no e-mail sent.",
                "address" if not address_allowed else "account",
            )
            return
        super().save(request=request, **kwargs)
