"""Generate N live pages (projects, news, events in pl, en, uk) fast, then index them.

`add_child()` saves one page at a time (a few queries and a treebeard path
lookup each): 100,000 of them take hours. Here the page rows are built in
memory with their materialised paths computed from the parent's (treebeard's
alphabet, four characters a step), inserted with one `bulk_create` of `Page`
rows and one multi-row INSERT of the page type's own table per batch; the
search index rows are then written by the search backend's `add_bulk()`,
batch by batch (one INSERT each), which is the index build time reported.

Runs inside a configured Django (see benchmarks/search/__main__.py).
"""

import datetime
import time
import uuid
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from campaigns.models import EventIndexPage, EventPage
from pages.models import NewsIndexPage, NewsPage
from projects.models import ProjectIndexPage, ProjectPage
from taxonomies.models import District, Topic

from .texts import page_text

SLUG_PREFIX = "bench-"
BATCH_SIZE = 2000
INDEX_BATCH_SIZE = 500
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's MP_Node.alphabet
STEP_LENGTH = 4
# Page number → language and type: 3 in 5 Polish; 4 in 10 projects, 4 news, 2 events.
LANGUAGES = ("pl", "pl", "pl", "en", "uk")
TYPES = (ProjectPage,) * 4 + (NewsPage,) * 4 + (EventPage,) * 2
INDEX_MODELS = {ProjectPage: ProjectIndexPage, NewsPage: NewsIndexPage, EventPage: EventIndexPage}
FIRST_DAY = datetime.datetime(2022, 1, 1, 9, tzinfo=datetime.UTC)


def encode_step(number: int) -> str:
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP_LENGTH, "0")


def generated_count() -> int:
    return Page.objects.filter(slug__startswith=SLUG_PREFIX).count()


def ensure_site() -> None:
    """The demo site (home pages and the indexes in three languages), once."""
    if not ProjectIndexPage.objects.exists():
        call_command("load_demo_content", verbosity=0)


def _parents() -> dict:
    parents = {}
    for language in set(LANGUAGES):
        locale = Locale.objects.get(language_code=language)
        home = Page.objects.filter(depth=2, locale=locale).first()
        for model, index_model in INDEX_MODELS.items():
            index_page = index_model.objects.filter(locale=locale).first()
            parents[model, language] = Page.objects.get(pk=(index_page or home).pk)
    return parents


def _specific_fields(model, number: int, language: str, title: str, lead: str, body: str, day):
    paragraphs = [("paragraph", RichText(f"<p>{body}</p>"))]
    if model is ProjectPage:
        return {"lead": lead, "body": paragraphs, "start_month": day.date().replace(day=1)}
    if model is NewsPage:
        return {"lead": lead, "body": paragraphs, "date": day.date(), "publishing_unit": "UM"}
    return {
        "summary": lead[:400],
        "description": f"<p>{body}</p>",
        "start": day + datetime.timedelta(days=30),
        "end": day + datetime.timedelta(days=30, hours=2),
        "format": "in_person",
        "place": title[:200],
    }


def _insert_batch(numbers, parents, content_types, terms) -> None:
    pages, specifics = [], []
    next_step = {}
    for number in numbers:
        model = TYPES[number % len(TYPES)]
        language = LANGUAGES[number % len(LANGUAGES)]
        parent = parents[model, language]
        step = next_step.get(parent.pk, parent.numchild) + 1
        next_step[parent.pk] = step
        title, lead, body = page_text(number, language)
        slug = f"{SLUG_PREFIX}{number}"
        day = FIRST_DAY + datetime.timedelta(hours=7 * number % (4 * 365 * 24))
        pages.append(
            Page(
                content_type=content_types[model],
                title=title,
                draft_title=title,
                slug=slug,
                path=parent.path + encode_step(step),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=day,
                last_published_at=day,
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
            )
        )
        specifics.append((model, number, language, title, lead, body, day))
    Page.objects.bulk_create(pages)
    rows = defaultdict(list)
    through = defaultdict(list)
    for page, (model, number, language, title, lead, body, day) in zip(
        pages, specifics, strict=True
    ):
        specific = model(**_specific_fields(model, number, language, title, lead, body, day))
        specific.page_ptr_id = page.pk
        rows[model].append(specific)
        if model is ProjectPage:
            districts, topics = terms[language]
            if districts:
                through["districts"].append(
                    ProjectPage.districts.through(
                        projectpage_id=page.pk, district_id=districts[number % len(districts)]
                    )
                )
            if topics:
                through["topics"].append(
                    ProjectPage.topics.through(
                        projectpage_id=page.pk, topic_id=topics[number % len(topics)]
                    )
                )
    for model, objs in rows.items():
        # bulk_create refuses multi-table models: the page type's own table directly.
        model._base_manager._insert(objs, fields=model._meta.local_concrete_fields)
    for name, objs in through.items():
        getattr(ProjectPage, name).through.objects.bulk_create(objs)
    for parent_pk, step in next_step.items():
        Page.objects.filter(pk=parent_pk).update(numchild=step)


def generate(total: int, log=print) -> float:
    """Make the database hold `total` generated pages (adding the missing ones); seconds taken."""
    ensure_site()
    existing = generated_count()
    if existing >= total:
        return 0.0
    started = time.perf_counter()
    content_types = {model: ContentType.objects.get_for_model(model) for model in INDEX_MODELS}
    terms = {}
    for language in set(LANGUAGES):
        locale = Locale.objects.get(language_code=language)
        terms[language] = (
            list(District.objects.filter(locale=locale).values_list("pk", flat=True)),
            list(Topic.objects.filter(locale=locale).values_list("pk", flat=True)),
        )
    for start in range(existing, total, BATCH_SIZE):
        with transaction.atomic():
            parents = _parents()  # fresh numchild for each batch
            _insert_batch(
                range(start, min(start + BATCH_SIZE, total)), parents, content_types, terms
            )
        log(f"  pages {min(start + BATCH_SIZE, total):,}/{total:,}")
    return time.perf_counter() - started


def build_index(log=print) -> float:
    """Index every generated page with the search backend (as update_index would); seconds taken."""
    backend = get_search_backend()
    started = time.perf_counter()
    for model in INDEX_MODELS:
        queryset = model.objects.filter(slug__startswith=SLUG_PREFIX).select_related("locale")
        if model is ProjectPage:
            queryset = queryset.prefetch_related("districts", "topics")
        last_pk = 0
        while True:
            batch = list(queryset.filter(pk__gt=last_pk).order_by("pk")[:INDEX_BATCH_SIZE])
            if not batch:
                break
            backend.add_bulk(model, batch)
            last_pk = batch[-1].pk
        log(f"  indexed {model.__name__}")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started
