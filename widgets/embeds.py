"""Addresses and snippets of a widget: for oEmbed, its discovery tags and the admin's Embed view."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join

# The size a consumer gets when it names none (oEmbed) and the loader starts with.
DEFAULT_HEIGHTS = {"survey": 640, "projects": 520, "events": 480, "news": 480, "project": 380}
DEFAULT_WIDTH = 600
MIN_WIDTH = 280
OPTION_KEYS = ("district", "topic", "status", "partner", "campaign", "limit", "theme", "accent")


@dataclass(frozen=True)
class Embed:
    """One widget with its options, in one language."""

    kind: str
    language: str
    object_id: int | None = None
    options: dict = field(default_factory=dict)

    def path(self) -> str:
        with translation.override(self.language):
            if self.object_id is not None:
                path = reverse(f"widgets:widget_{self.kind}", kwargs={"page_id": self.object_id})
            else:
                path = reverse(f"widgets:widget_{self.kind}")
        query = {key: self.options[key] for key in OPTION_KEYS if self.options.get(key)}
        return path + (f"?{urlencode(query)}" if query else "")

    def url(self, request) -> str:
        return request.build_absolute_uri(self.path())

    def iframe(self, request, *, title: str, width=None, height=None) -> str:
        """A plain <iframe>: works everywhere, keeps the height it is given."""
        return format_html(
            '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" '
            'style="border:0;max-width:100%"></iframe>',
            self.url(request),
            title,
            width or "100%",
            height or DEFAULT_HEIGHTS[self.kind],
        )

    def placeholder(self, request, *, title: str, full_url: str) -> str:
        """The loader's <script> and placeholder: the link stays for readers without JavaScript."""
        attributes = {
            "data-participation-widget": self.kind,
            "data-lang": self.language,
            "data-page": self.object_id if self.object_id is not None else "",
            "data-title": title,
            **{f"data-{key}": self.options[key] for key in OPTION_KEYS if self.options.get(key)},
        }
        rendered = format_html_join(
            " ", '{}="{}"', ((name, value) for name, value in attributes.items() if value != "")
        )
        return format_html(
            '<script src="{}" async></script>\n<div {}><a href="{}">{}</a></div>',
            request.build_absolute_uri(static("widgets/loader.js")),
            rendered,
            full_url,
            title,
        )


def oembed_url(request, page_url: str, language: str | None = None) -> str:
    """The portal's oEmbed endpoint (in `language`, else the active one) for one page address."""
    with translation.override(language or translation.get_language()):
        endpoint = reverse("widgets:oembed")
    query = urlencode({"url": page_url, "format": "json"})
    return f"{request.build_absolute_uri(endpoint)}?{query}"
