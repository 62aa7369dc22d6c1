"""Who may see a survey's results, responses and exports."""

from wagtail.contrib.forms.utils import get_forms_for_user


def can_view_results(user, page):
    """Users who may edit the survey page, as Wagtail's own form submissions views require.

    Hooks registered with `filter_form_submissions_for_user` narrow this further.
    """
    if not user.is_authenticated:
        return False
    return get_forms_for_user(user).filter(pk=page.pk).exists()
