"""sitemap.xml covering every language version of the site."""

from django.contrib.sitemaps.views import sitemap
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists one tree; this one lists each locale's tree."""

    def items(self):
        site_root = self.get_wagtail_site().root_page
        roots = site_root.get_translations(inclusive=True)
        tree_filter = Page.objects.none()
        for root in roots:
            tree_filter |= Page.objects.descendant_of(root, inclusive=True)
        return tree_filter.live().public().order_by("path").defer_streamfields().specific()


def sitemap_view(request):
    """sitemap.xml of every language version of the default site."""
    return sitemap(request, sitemaps={"pages": MultilingualSitemap(request)})
