"""The oEmbed discovery <link> in the <head> of pages that have a widget."""

from django import template
from django.utils.html import format_html

from ..embeds import oembed_url
from ..selectors import is_embeddable

register = template.Library()


@register.simple_tag(takes_context=True)
def oembed_discovery(context):
    """`<link rel="alternate" type="application/json+oembed">` on survey, project, event and
    partner pages; nothing on other pages or previews.

    No query: the type says it all. A restricted page's link is seen only by
    those who passed the restriction, and the endpoint answers 404 for it.
    """
    page = context.get("page")
    request = context.get("request")
    if page is None or request is None or getattr(request, "is_preview", False):
        return ""
    if not getattr(page, "live", False) or not is_embeddable(page):
        return ""
    return format_html(
        '<link rel="alternate" type="application/json+oembed" href="{}" title="{}">',
        oembed_url(request, page.get_full_url(request)),
        page.title,
    )
