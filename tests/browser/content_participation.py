"""The participation part of the site the browser tests audit (see content.extensions).

Runs after the projects, campaigns and surveys builders and adds what the
home page's sections, the survey legends and past events need: a survey
closing in ten days with named steps, scale and matrix end labels; an
unpublished survey that must not appear; the open survey linked from the
project (its call to action); the past event in every language; and the
English versions of the pages audited in pl, en and uk.
"""

import datetime
import io

from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from campaigns.models import EventPage
from demo.content.media import IMAGES
from demo.images import SEED, render_image
from projects.models import ProjectPage, ProjectRelatedPage
from projects.selectors import PROJECT_CARD_IMAGE
from surveys.models import SurveyIndexPage
from tests.factories import publish_with_revision, site_home, translate_page
from tests.surveys.factories import SurveyPageFactory, options, question, step_break

OPEN_SURVEY_TITLE = "Budżet Dzielnicy Podgórze 2027"
DRAFT_SURVEY_TITLE = "Ankieta jeszcze w przygotowaniu"
SCALE_MIN, SCALE_MAX = "Zdecydowanie nie", "Zdecydowanie tak"
STEP_TITLES = ("Twoja dzielnica", "Ocena", "Pomysły")
ALL_LANGUAGES = ("pl", "en", "uk")


def open_survey_questions():
    """Three named steps; the second has a labelled scale and a labelled matrix."""
    return [
        step_break(STEP_TITLES[0]),
        question("district", "W której dzielnicy mieszkasz?", key="where", required=False),
        step_break(STEP_TITLES[1]),
        question(
            "scale",
            "Jak oceniasz plac zabaw?",
            key="playground",
            scale_max="5",
            min_label=SCALE_MIN,
            max_label=SCALE_MAX,
            required=False,
        ),
        question(
            "matrix",
            "Na ile się zgadzasz?",
            key="opinions",
            statements=options(("safe", "Jest bezpiecznie."), ("clean", "Jest czysto.")),
            scale_max="5",
            min_label=SCALE_MIN,
            max_label=SCALE_MAX,
            required=False,
        ),
        step_break(STEP_TITLES[2]),
        question("long_text", "Twój pomysł", key="idea", max_length=500, required=False),
    ]


# The {% picture %} renditions of the home page's hero and the project page's
# image (templates/pages/home_page.html, templates/projects/project_page.html),
# spelt as the tag spells them: its filters joined in the template's order.
HERO_PICTURE = "format-{avif,webp,jpeg}|fill-{1080x720,720x480,390x260}"
FIGURE_PICTURE = "format-{avif,webp,jpeg}|width-{1280,960,640,390}"


def illustration(key, *picture_specs):
    """One of the demo's drawn illustrations (no text in it), so screenshots look like the site.

    Its renditions are made here: AVIF takes a second or two each, which a
    page's first request would otherwise spend within the browser's timeout.
    """
    index, spec = next((i, spec) for i, spec in enumerate(IMAGES) if spec.key == key)
    data = render_image(spec, SEED + index)
    image = get_image_model().objects.create(
        title=spec.title,
        description=spec.description,
        file=ImageFile(io.BytesIO(data), name=f"demo-{key}.jpg"),
    )
    image.get_renditions(*(f for p in picture_specs for f in Filter.expand_spec(p)))
    return image


def build(base):
    """Create the pages and return {(kind, language): path} for each of them."""
    home = site_home("pl")
    home.hero_image = illustration("hero", HERO_PICTURE)
    publish_with_revision(home, base.editor)
    index = SurveyIndexPage.objects.get(slug="ankiety", locale=base.home.locale)
    survey = SurveyPageFactory(
        parent=index,
        title=OPEN_SURVEY_TITLE,
        slug="budzet-podgorza",
        closes_at=timezone.now() + datetime.timedelta(days=10),
        questions=open_survey_questions(),
    )
    survey = publish_with_revision(survey, base.editor)
    SurveyPageFactory(parent=index, title=DRAFT_SURVEY_TITLE, slug="w-przygotowaniu", live=False)

    project = ProjectPage.objects.get(slug="dialog", locale=base.home.locale)
    project.image = illustration("meeting", FIGURE_PICTURE, *PROJECT_CARD_IMAGE)
    ProjectRelatedPage.objects.create(project=project, page=survey, locale=project.locale)
    project = publish_with_revision(project, base.editor)

    past_event = EventPage.objects.filter(end__lt=timezone.now(), locale=base.home.locale).get()
    upcoming_event = EventPage.objects.filter(end__gt=timezone.now(), locale=base.home.locale).get()
    pages = {
        "open_survey": survey,
        "past_event": past_event,
        "event": upcoming_event,
        "project": project,
    }
    paths = {}
    for language in ALL_LANGUAGES:
        for kind, page in pages.items():
            translated = page if language == "pl" else _translation(page, language)
            paths[kind, language] = translated.url
    # Translating the pages above made the English home page too.
    paths["home", "en"] = site_home("en").url
    return paths


def _translation(page, language):
    """The page's translation, created (with its parents) when it does not exist yet."""
    existing = page.get_translations().filter(locale__language_code=language).first()
    return existing.specific if existing else translate_page(page, language)
