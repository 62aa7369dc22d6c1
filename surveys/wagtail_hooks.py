from wagtail import hooks
from wagtail.contrib.forms.utils import get_forms_for_user

from pages.participation import HOME_PARTICIPATION_HOOK

from .dashboard import OpenSurveysPanel, open_surveys_for_dashboard
from .participation import open_surveys_section
from .results import hooks as results_hooks  # noqa: F401 - registers the results hooks

# The home page's participation section: pages sits below this app, so the
# home page learns of it through a hook (pages.participation).
hooks.register(HOME_PARTICIPATION_HOOK, open_surveys_section)


@hooks.register("construct_homepage_panels")
def add_open_surveys_panel(request, panels):
    """Open surveys and their responses, for whoever may see some survey's results."""
    surveys = open_surveys_for_dashboard(user=request.user)
    if surveys or get_forms_for_user(request.user).exists():
        panels.append(OpenSurveysPanel(surveys))
