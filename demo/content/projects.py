"""Demo projects, partners and topics (see demo.sections).

Partners come first, because projects link to them; topics are snippets
translated here, the pages are translated by the builder.
"""

import datetime
import io
import uuid
from dataclasses import dataclass
from functools import partial

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from projects.models import (
    PartnerIndexPage,
    PartnerPage,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)
from taxonomies.models import District, Topic

from ..collection import ensure_demo_collection
from ..images import load_font
from ..pages import _ensure_child
from ..sections import DemoSection
from ..texts import SOURCE_LANGUAGE, Text, iter_texts
from ..translations import target_locales, translate_snippet
from . import projects_list as projects_content
from . import projects_partners as partners_content

LOGO_SIZE = (480, 200)


@dataclass(frozen=True)
class IndexSpec:
    """The fields `_ensure_child` needs to find or create an index page."""

    title: Text
    slug: Text
    intro: Text


PARTNER_INDEX = IndexSpec(
    partners_content.PARTNER_INDEX_TITLE,
    partners_content.PARTNER_INDEX_SLUG,
    partners_content.PARTNER_INDEX_INTRO,
)
PROJECT_INDEX = IndexSpec(
    projects_content.PROJECT_INDEX_TITLE,
    projects_content.PROJECT_INDEX_SLUG,
    projects_content.PROJECT_INDEX_INTRO,
)


def _pl(text):
    return text.get(SOURCE_LANGUAGE) if text else ""


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def month(value, today):
    """A (year, month) pair, or a number of months from `today`, as the first day of a month."""
    if value is None:
        return None
    if isinstance(value, tuple):
        return datetime.date(value[0], value[1], 1)
    index = today.year * 12 + today.month - 1 + value
    return datetime.date(index // 12, index % 12 + 1, 1)


# --- Topics ----------------------------------------------------------------------


def ensure_topics(context):
    """The Polish topics by slug, created and translated where missing."""
    topics = {}
    for spec in partners_content.TOPICS:
        topic, created = Topic.objects.get_or_create(
            locale=context.home.locale,
            slug=spec.slug,
            defaults={"name": _pl(spec.name), "description": _pl(spec.description)},
        )
        if created:
            context.report(f"Creating topic {topic.name!r}…")
        for locale in target_locales():
            translate_snippet(topic, locale, context.memory, context.user)
        topics[spec.slug] = topic
    return topics


# --- Partners --------------------------------------------------------------------


def draw_logo(name, colour):
    """A wordmark: the organisation's name on its colour; nothing is downloaded."""
    image = PILImage.new("RGB", LOGO_SIZE, colour)
    draw = ImageDraw.Draw(image)
    font = load_font(30)
    words, lines = name.split(), [""]
    for word in words:
        candidate = f"{lines[-1]} {word}".strip()
        if draw.textlength(candidate, font=font) > LOGO_SIZE[0] - 40 and lines[-1]:
            lines.append(word)
        else:
            lines[-1] = candidate
    top = (LOGO_SIZE[1] - 40 * len(lines)) // 2
    for number, line in enumerate(lines):
        draw.text((20, top + 40 * number), line, fill="#ffffff", font=font)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer


def ensure_logo(spec, collection):
    """The partner's generated logo image, made once."""
    title = f"Logo – {_pl(spec.title)}"
    Image = get_image_model()
    existing = Image.objects.filter(collection=collection, title=title).first()
    if existing is not None:
        return existing
    buffer = draw_logo(_pl(spec.title), spec.logo_colour)
    return Image.objects.create(
        title=title,
        description=_pl(spec.title),
        collection=collection,
        file=ImageFile(buffer, name=f"logo-{_pl(spec.slug)}.png"),
    )


def _build_partner(spec, logo):
    return PartnerPage(
        title=_pl(spec.title),
        slug=_pl(spec.slug),
        organisation_type=spec.organisation_type,
        logo=logo,
        description=_pl(spec.description),
        website=spec.website,
        city=_pl(spec.city),
        country=_pl(spec.country),
        contact_email=spec.contact_email,
    )


def ensure_partners(context):
    """The partner index and its partners; returns the pages, index first."""
    build_index = partial(
        PartnerIndexPage,
        title=_pl(PARTNER_INDEX.title),
        slug=_pl(PARTNER_INDEX.slug),
        intro=_pl(PARTNER_INDEX.intro),
        show_in_menus=True,
    )
    index = _ensure_child(context.home, PARTNER_INDEX, build_index, context.user, context.report)
    collection = ensure_demo_collection()
    pages = [index]
    for spec in partners_content.PARTNERS:
        build = partial(_build_partner, spec, ensure_logo(spec, collection))
        partner = _ensure_child(index, spec, build, context.user, context.report)
        context.refs.pages[spec.key] = partner
        pages.append(partner)
    return pages


# --- Projects --------------------------------------------------------------------


def _activity(spec, today):
    return _block(
        "activity",
        {
            "title": _pl(spec.title),
            "description": _pl(spec.description),
            "start_date": month(spec.start_offset, today),
            "end_date": month(spec.end_offset, today),
        },
    )


def _build_project(spec, context, topics, today):
    project = ProjectPage(
        title=_pl(spec.title),
        slug=_pl(spec.slug),
        lead=_pl(spec.lead),
        image=context.refs.image(spec.image) if spec.image else None,
        image_alt_text=_pl(spec.image_alt),
        start_month=month(spec.start, today),
        end_month=month(spec.end, today),
        declared_status=spec.declared_status,
        goals=[_block("goal", _pl(goal)) for goal in spec.goals],
        body=[_block("paragraph", _pl(paragraph)) for paragraph in spec.body],
        activities=[_activity(activity, today) for activity in spec.activities],
        funding_note=_pl(spec.funding_note),
        budget=spec.budget,
        contact_name=spec.contact_name,
        contact_role=_pl(spec.contact_role),
        contact_email=spec.contact_email,
    )
    project.districts = list(
        District.objects.filter(locale=context.home.locale, slug__in=spec.districts)
    )
    project.topics = [topics[slug] for slug in spec.topics]
    project.project_partners = [
        ProjectPartner(
            partner=context.refs.page(key), role=role, locale=context.home.locale, sort_order=n
        )
        for n, (key, role) in enumerate(spec.partners)
    ]
    return project


def ensure_project_index(context):
    build_index = partial(
        ProjectIndexPage,
        title=_pl(PROJECT_INDEX.title),
        slug=_pl(PROJECT_INDEX.slug),
        intro=_pl(PROJECT_INDEX.intro),
        show_in_menus=True,
    )
    return _ensure_child(context.home, PROJECT_INDEX, build_index, context.user, context.report)


def ensure_projects(index, context, topics):
    """The projects under their index, linked to partners made before them."""
    today = timezone.localdate()
    pages = []
    for spec in projects_content.PROJECTS:
        build = partial(_build_project, spec, context, topics, today)
        project = _ensure_child(index, spec, build, context.user, context.report)
        context.refs.pages[spec.key] = project
        pages.append(project)
    return pages


# --- The section -----------------------------------------------------------------


def build(context):
    topics = ensure_topics(context)
    # The project index comes first, so that the menu lists it before the partners.
    project_index = ensure_project_index(context)
    partners = ensure_partners(context)
    projects = ensure_projects(project_index, context, topics)
    return [project_index, *partners, *projects]


def texts():
    return iter_texts(
        (
            PARTNER_INDEX,
            PROJECT_INDEX,
            partners_content.TOPICS,
            partners_content.PARTNERS,
            projects_content.PROJECTS,
        )
    )


def reset(report):
    """Delete the demo topics; pages and logos go with the rest of the demo content."""
    slugs = [spec.slug for spec in partners_content.TOPICS]
    report("Deleting the demo topics…")
    Topic.objects.filter(slug__in=slugs).delete()


PROJECTS_SECTION = DemoSection(name="projects and partners", texts=texts, build=build, reset=reset)
