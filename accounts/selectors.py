"""Reads for the sign-in lockout report."""

from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice


def _counted_attempts():
    """Failed sign-ins still counted: those within the cool-off, as django-axes counts them."""
    threshold = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(attempt_time__gte=threshold)


def _grouped(field):
    rows = (
        _counted_attempts()
        .exclude(**{f"{field}__isnull": True})
        .values(field)
        .annotate(failures=Sum("failures_since_start"), last_attempt=Max("attempt_time"))
        .order_by("-last_attempt")
    )
    limit = settings.AXES_FAILURE_LIMIT
    return [
        {
            "value": row[field],
            "failures": row["failures"],
            "last_attempt": row["last_attempt"],
            "locked": row["failures"] >= limit,
            "locked_until": row["last_attempt"] + settings.AXES_COOLOFF_TIME,
        }
        for row in rows
    ]


def counted_failures_by_account():
    """Per account (username as typed): failures within the cool-off, last one, whether locked.

    Returns:
        A list of dicts with `value`, `failures`, `last_attempt`, `locked`, `locked_until`,
        newest first.
    """
    return _grouped("username")


def counted_failures_by_address():
    """Per client address: failures within the cool-off, last one, whether locked (as above)."""
    return _grouped("ip_address")


def recent_failures(*, limit=100):
    """The latest failed sign-ins (newest first), whether or not they are still counted."""
    return AccessFailureLog.objects.order_by("-attempt_time")[:limit]


def enrolled_devices():
    """Enrolled two-factor devices with their users, by username."""
    return (
        TOTPDevice.objects.filter(confirmed=True).select_related("user").order_by("user__username")
    )
