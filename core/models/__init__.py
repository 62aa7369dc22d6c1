"""Models of the base layer: site settings and the abstract pages every app builds on."""

from .images import ImageWithAltText
from .pages import BasePage, FilteredIndexPage, IndexPage
from .site_settings import SiteSettings

__all__ = ["BasePage", "ImageWithAltText", "FilteredIndexPage", "IndexPage", "SiteSettings"]
