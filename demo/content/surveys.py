"""Demo surveys (see demo.sections).

An index of surveys with an ambassadors' sign-up, an advice-session request,
an open multi-step consultation and a closed survey whose results are
public, with a few hundred generated responses. The pages are translated
by the builder; only the Polish pages get responses.
"""

import datetime

from django.utils import timezone

from projects.models import ProjectPage, ProjectRelatedPage
from surveys.models import SurveyDraft, SurveyIndexPage, SurveyPage, SurveyResponse

from ..pages import _ensure_child, publish
from ..sections import DemoSection
from ..texts import iter_texts, p, t
from .surveys_consultations import COURTYARDS, PARKS
from .surveys_forms import ADVICE, AMBASSADORS
from .surveys_responses import ensure_responses
from .surveys_specs import pl, stream_data

INDEX_TITLE = t("Ankiety i zapisy", "Surveys and sign-ups", "Анкети та записи")
INDEX_SLUG = t("ankiety", "surveys", "ankety")
INDEX_INTRO = p(
    "Tu zapytamy cię o zdanie w sprawach dzielnic i miasta, a także zapiszesz się na szkolenia "
    "i konsultacje. Ankiety są anonimowe, chyba że pytanie wyraźnie prosi o dane.",
    "Here we ask for your opinion on district and city matters, and you can sign up for "
    "training and advice. Surveys are anonymous unless a question clearly asks for your details.",
    "Тут ми питаємо вашу думку про справи районів і міста, а також тут можна записатися на "
    "навчання й консультації. Анкети анонімні, якщо питання прямо не просить ваших даних.",
)
SURVEYS = (COURTYARDS, AMBASSADORS, ADVICE, PARKS)


class _Spec:
    """What demo.pages._ensure_child reads from a spec: the title and the slug."""

    def __init__(self, title, slug):
        self.title = title
        self.slug = slug


def _day(today, days):
    """Midnight `days` from today in the site's time zone, or None."""
    if days is None:
        return None
    moment = datetime.datetime.combine(today + datetime.timedelta(days=days), datetime.time())
    return timezone.make_aware(moment)


def _build_survey(spec, today):
    return SurveyPage(
        title=pl(spec.title),
        slug=pl(spec.slug),
        intro=pl(spec.intro),
        questions=stream_data(spec),
        opens_at=_day(today, spec.opens_in_days),
        closes_at=_day(today, spec.closes_in_days),
        results_public=spec.results_public,
        response_policy=spec.policy,
        consent_text=pl(spec.consent),
        retention_days=spec.retention_days,
        thank_you_text=pl(spec.thank_you),
        office_email=spec.office_email,
        send_copy_to_resident=spec.send_copy,
    )


def build(context):
    """Create the Polish survey pages and the closed survey's responses; return the pages."""
    home, user, report = context.home, context.user, context.report
    index = _ensure_child(
        home,
        _Spec(INDEX_TITLE, INDEX_SLUG),
        lambda: SurveyIndexPage(
            title=pl(INDEX_TITLE), slug=pl(INDEX_SLUG), intro=pl(INDEX_INTRO), show_in_menus=True
        ),
        user,
        report,
    )
    today = timezone.localdate()
    surveys = [
        _ensure_child(index, spec, lambda spec=spec: _build_survey(spec, today), user, report)
        for spec in SURVEYS
    ]
    for spec, survey in zip(SURVEYS, surveys, strict=True):
        if spec.closes_in_days is not None and spec.closes_in_days < 0:
            ensure_responses(survey, report)
    by_slug = {survey.slug: survey for survey in surveys}
    link_survey_to_project(context, by_slug[pl(COURTYARDS.slug)], PROJECT_OF_COURTYARDS)
    return [index, *surveys]


# The green-courtyards consultation belongs to the project of the same name.
PROJECT_OF_COURTYARDS = "project-courtyards"


def link_survey_to_project(context, survey, project_key):
    """List the survey among the project's related pages, once, and publish the project."""
    project = context.refs.page(project_key)
    if project.related_pages.filter(page=survey).exists():
        return
    context.report(f"Linking {survey.title!r} from {project.title!r}…")
    # Stored first, then published from the database state, so that the
    # revision carries the row with its id (an unsaved one would be created twice).
    ProjectRelatedPage.objects.create(
        project=project, page=survey, locale=project.locale, sort_order=0
    )
    publish(ProjectPage.objects.get(pk=project.pk), context.user)


def texts():
    """Every text of the survey pages that wagtail-localize needs in en and uk."""
    yield from iter_texts((INDEX_TITLE, INDEX_SLUG, INDEX_INTRO, SURVEYS))


def _demo_survey_pages():
    slugs = [pl(spec.slug) for spec in SURVEYS]
    polish = SurveyPage.objects.filter(slug__in=slugs, locale__language_code="pl")
    keys = polish.values_list("translation_key", flat=True)
    return SurveyPage.objects.filter(translation_key__in=keys)


def reset(report):
    """Delete the responses and drafts of the demo surveys in every language."""
    pages = _demo_survey_pages()
    responses, _ = SurveyResponse.objects.filter(page__in=pages).delete()
    drafts, _ = SurveyDraft.objects.filter(page__in=pages).delete()
    if responses or drafts:
        report(f"Deleted {responses} demo survey responses and {drafts} drafts…")


SURVEYS_SECTION = DemoSection(name="surveys", texts=texts, build=build, reset=reset)
