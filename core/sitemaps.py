"""sitemap.xml covering every language version of the site, with hreflang alternates."""

from collections import defaultdict
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists one tree; this one lists each locale's tree.

    Each page's address names the host the request came to (like robots.txt),
    not the Site record's hostname and port, and lists its translations as
    `xhtml:link rel="alternate"` with `x-default` naming the Polish version.
    """

    def items(self):
        site_root = self.get_wagtail_site().root_page
        roots = site_root.get_translations(inclusive=True)
        tree_filter = Page.objects.none()
        for root in roots:
            tree_filter |= Page.objects.descendant_of(root, inclusive=True)
        return (
            tree_filter.live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .select_related("locale")
            .specific()
        )

    def _on_request_host(self, url: str) -> str:
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.request.build_absolute_uri(path)

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        urls_by_page = {}
        main_url_by_key = defaultdict(dict)
        for item in pages:
            url_infos = item.get_sitemap_urls(self.request)
            for url_info in url_infos:
                url_info["location"] = self._on_request_host(url_info["location"])
            urls_by_page[item.pk] = url_infos
            if url_infos:
                language = item.locale.language_code
                main_url_by_key[item.translation_key][language] = url_infos[0]["location"]
        urls = []
        last_mods = set()
        for item in pages:
            for index, url_info in enumerate(urls_by_page[item.pk]):
                translations = main_url_by_key[item.translation_key]
                if index == 0 and len(translations) > 1:
                    url_info["alternates"] = alternates(translations)
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def alternates(translations: dict[str, str]) -> list[dict[str, str]]:
    """The hreflang entries of one page: each language, then x-default (Polish)."""
    entries = [
        {"lang_code": code, "location": translations[code]}
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    if settings.LANGUAGE_CODE in translations:
        entries.append({"lang_code": "x-default", "location": translations[settings.LANGUAGE_CODE]})
    return entries


def sitemap_view(request):
    """sitemap.xml of every language version of the default site."""
    return sitemap(request, sitemaps={"pages": MultilingualSitemap(request)})
