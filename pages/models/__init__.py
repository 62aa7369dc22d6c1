"""Page types of the portal, one page family per module."""

from .base import BasePage
from .content import ContentPage
from .home import HomePage, HomePageFeaturedItem
from .news import NewsIndexPage, NewsPage
from .partners import OrganisationType, PartnerIndexPage, PartnerPage
from .projects import (
    PartnerRole,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectRelatedPage,
)

__all__ = [
    "BasePage",
    "ContentPage",
    "HomePage",
    "HomePageFeaturedItem",
    "NewsIndexPage",
    "NewsPage",
    "OrganisationType",
    "PartnerIndexPage",
    "PartnerPage",
    "PartnerRole",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectRelatedPage",
]
