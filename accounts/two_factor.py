"""Two-factor sign-in with an authenticator app (TOTP, django-otp).

An editor enrols one device from the account menu: the admin shows a QR
code (segno, inline SVG) and the secret for manual entry, and the device
counts only once the editor has typed a code it produced. From then on a
password sign-in is followed by a code (accounts.middleware).
"""

from base64 import b32encode

import segno
from django.conf import settings
from django.db import transaction
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "authenticator app"


def two_factor_required(user):
    """Whether `user` must enrol before using the admin (superusers, when the setting says so)."""
    return bool(settings.ADMIN_REQUIRE_2FA and user.is_superuser)


def has_confirmed_device(user):
    """Whether `user` has an enrolled (confirmed) device."""
    return user_has_device(user, confirmed=True)


def confirmed_device(user):
    """The user's enrolled TOTP device, or None."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_device(user):
    """The unconfirmed device shown while enrolling: the same one until it is confirmed."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def manual_key(device):
    """The secret in base32 groups of four, for apps that cannot scan the code."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_svg(device, title):
    """The device's otpauth:// address as an inline SVG QR code."""
    return segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=2, title=title, svgclass="two-factor-qr"
    )


def device_confirm(*, device, token):
    """Confirm `device` when `token` is a code it produced now; drop the user's other devices.

    Args:
        device: the pending TOTPDevice.
        token: the code the editor typed.

    Returns:
        True when the device is now enrolled.
    """
    if not device.verify_token(token.strip()):
        return False
    with transaction.atomic():
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    return True


def device_verify(*, user, token):
    """The user's enrolled device when `token` is its current code, else None.

    django-otp throttles each device: after a wrong code the next attempt
    is refused for an exponentially growing delay, so codes cannot be guessed.
    """
    device = confirmed_device(user)
    if device is None or not device.verify_token(token.strip()):
        return None
    return device


def devices_remove(*, user):
    """Remove every two-factor device of `user` (enrolled or pending)."""
    TOTPDevice.objects.filter(user=user).delete()
