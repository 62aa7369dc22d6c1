"""The demo site described as data: every text in Polish, English and Ukrainian.

`TOP_LEVEL_PAGES` is in menu order. A page may only link to pages that come
before it (the call to action on 'Jak się zaangażować' links to 'O nas'),
because pages are created in this order; the home page, updated last, may
link to any of them.
"""

from ..specs import SiteSettingsSpec
from .about import ABOUT
from .campaigns import CAMPAIGNS_SECTION
from .common import ADDRESS, EMAIL, OFFICE, PHONE
from .get_involved import GET_INVOLVED
from .home import HOME, NEWS_INDEX
from .media import DOCUMENTS, IMAGES
from .policies import ACCESSIBILITY, PRIVACY
from .projects import PROJECTS_SECTION
from .surveys import SURVEYS_SECTION

TOP_LEVEL_PAGES = (ABOUT, GET_INVOLVED, NEWS_INDEX, ACCESSIBILITY, PRIVACY)

SITE_SETTINGS = SiteSettingsSpec(
    office_name=OFFICE.pl,
    office_name_en=OFFICE.en,
    office_name_uk=OFFICE.uk,
    address=ADDRESS,
    phone=PHONE,
    email=EMAIL,
    facebook_url="https://www.facebook.com/KrakowDecydujeDemo",
    instagram_url="https://www.instagram.com/krakowdecydujedemo/",
    youtube_url="https://www.youtube.com/@KrakowDecydujeDemo",
    accessibility_statement=ACCESSIBILITY.key,
    privacy_policy=PRIVACY.key,
)

# Later capabilities, in the order they are built (see demo.sections).
SECTIONS = (PROJECTS_SECTION, CAMPAIGNS_SECTION, SURVEYS_SECTION)

# Everything whose texts go through wagtail-localize.
TRANSLATED_CONTENT = (HOME, *TOP_LEVEL_PAGES)

__all__ = [
    "DOCUMENTS",
    "HOME",
    "IMAGES",
    "SECTIONS",
    "SITE_SETTINGS",
    "TOP_LEVEL_PAGES",
    "TRANSLATED_CONTENT",
]
