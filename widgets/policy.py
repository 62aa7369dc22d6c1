"""What a widget response says to browsers: who may frame it, its CSP, its theme.

Only widget views call `frame_for`; every other response keeps
`X-Frame-Options: DENY` and `frame-ancestors 'none'` (config/settings/base.py).
The policy depends on the registrations and the site settings only, never on
the visitor, so a widget response can be cached by any shared cache; saving a
registration or the settings purges the page cache (widgets.wagtail_hooks).
"""

import base64
import hashlib
import re
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from core.middleware import build_content_security_policy

from .models import LIST_KINDS, WidgetRegistration, WidgetSettings

THEMES = {
    # background, text, muted text, surface, border
    "light": ("#ffffff", "#1b1f24", "#4a5360", "#f3f6f9", "#8a96a3"),
    "dark": ("#14181d", "#f2f4f7", "#c5ccd4", "#1f252c", "#7d8894"),
}
DEFAULT_ACCENT = {"light": "#0b4f8a", "dark": "#8cc4ff"}
MIN_CONTRAST = 4.5
HEX_COLOUR = re.compile(r"^#?([0-9a-fA-F]{6})$")


class ThemeError(ValueError):
    """A theme or accent colour a widget cannot use; the message is for the editor."""


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Theme:
    name: str
    accent: str

    @property
    def colours(self):
        return THEMES[self.name]

    def stylesheet(self) -> str:
        """The custom properties of this theme, for an inline <style> allowed by its hash."""
        background, text, muted, surface, border = self.colours
        return (
            f":root{{--w-bg:{background};--w-text:{text};--w-muted:{muted};"
            f"--w-surface:{surface};--w-border:{border};--w-accent:{self.accent};"
            f"--w-on-accent:{background}}}"
        )


def theme_from(theme: str | None, accent: str | None) -> Theme:
    """The Theme asked for by ?theme=light|dark&accent=rrggbb.

    Raises:
        ThemeError: an unknown theme, a malformed colour, or an accent whose
            contrast against the widget's background is below 4.5:1.
    """
    name = theme or "light"
    if name not in THEMES:
        raise ThemeError(_("The theme must be “light” or “dark”."))
    if not accent:
        return Theme(name, DEFAULT_ACCENT[name])
    match = HEX_COLOUR.match(accent)
    if not match:
        raise ThemeError(_("The accent colour must be six hexadecimal digits, e.g. 0b4f8a."))
    colour = "#" + match.group(1).lower()
    ratio = contrast_ratio(colour, THEMES[name][0])
    if ratio < MIN_CONTRAST:
        raise ThemeError(
            _(
                "The accent colour #%(colour)s has a contrast of %(ratio).1f:1 against the "
                "widget's background; at least 4.5:1 is needed so everyone can read it."
            )
            % {"colour": match.group(1).lower(), "ratio": ratio}
        )
    return Theme(name, colour)


def style_hash(css: str) -> str:
    """The CSP source allowing exactly this inline style."""
    digest = hashlib.sha256(css.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def registered_origins() -> list[str]:
    """Every active registration's origins, sorted (one query)."""
    origins = set()
    for text in WidgetRegistration.objects.filter(active=True).values_list("origins", flat=True):
        origins.update(line for line in text.splitlines() if line)
    return sorted(origins)


def open_embedding(request: HttpRequest, kind: str) -> bool:
    """Whether any website may frame widgets of `kind` (site settings, "Widgets")."""
    site = Site.find_for_request(request)
    if site is None:
        return kind in LIST_KINDS
    widget_settings = WidgetSettings.for_site(site)
    return widget_settings.open_lists if kind in LIST_KINDS else widget_settings.open_surveys


def frame_ancestors(request: HttpRequest, kind: str) -> list[str]:
    """The frame-ancestors sources of a widget of `kind`."""
    if open_embedding(request, kind):
        return ["*"]
    return ["'self'", *registered_origins()]


def frame_for(
    request: HttpRequest, response: HttpResponse, kind: str, *, styles: list[str] = ()
) -> HttpResponse:
    """Let the allowed websites frame `response`: its own full CSP, no X-Frame-Options.

    Args:
        styles: inline stylesheets the response carries, allowed by their hashes.
    """
    policy = {name: list(sources) for name, sources in settings.CONTENT_SECURITY_POLICY.items()}
    policy["frame-ancestors"] = frame_ancestors(request, kind)
    policy["style-src"] = [*policy["style-src"], *(style_hash(css) for css in styles)]
    response.headers["Content-Security-Policy"] = build_content_security_policy(policy)
    # XFrameOptionsMiddleware skips responses marked like this (xframe_options_exempt).
    response.xframe_options_exempt = True
    return response
