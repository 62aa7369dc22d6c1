"""The oEmbed discovery <link> in the <head> of pages that have a widget."""

from django import template
from django.utils.html import format_html

from core.restrictions import is_restricted

from ..embeds import oembed_url
from ..selectors import widget_target

register = template.Library()


@register.simple_tag(takes_context=True)
def oembed_discovery(context):
    """`<link rel="alternate" type="application/json+oembed">` on survey, project, event and
    partner pages that anyone may see; nothing on other pages, previews or restricted pages."""
    page = context.get("page")
    request = context.get("request")
    if page is None or request is None or getattr(request, "is_preview", False):
        return ""
    if not getattr(page, "live", False) or widget_target(page) is None or is_restricted(page):
        return ""
    return format_html(
        '<link rel="alternate" type="application/json+oembed" href="{}" title="{}">',
        oembed_url(request, page.get_full_url(request)),
        page.title,
    )
