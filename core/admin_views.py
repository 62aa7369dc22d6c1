"""Reports → Background tasks: the stored queue, its failures, and "send again"."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .background import (
    RUN_AGAIN_PERMISSION,
    VIEW_PERMISSION,
    queue_is_stored,
    stored_tasks,
    task_counts,
    task_row,
    task_run_again,
)

ROWS_PER_PAGE = 50


class TaskFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[
            ("", gettext_lazy("All")),
            ("failed", gettext_lazy("Failed")),
            ("waiting", gettext_lazy("Waiting")),
            ("running", gettext_lazy("Running")),
            ("successful", gettext_lazy("Done")),
        ],
    )


def forbidden(request):
    # A plain 403 rather than Wagtail's redirect to the dashboard: a shared
    # link then says clearly why it does not open (as the other reports do).
    return render(
        request,
        "includes/admin_forbidden.html",
        {
            "message": _(
                "You do not have permission to view background tasks. "
                "Ask an administrator for the permission “Can view Task Result”."
            )
        },
        status=403,
    )


class BackgroundTasksView(WagtailAdminTemplateMixin, TemplateView):
    """Stored tasks, newest first, filtered by status, with "send again" on failures."""

    template_name = "core/admin/background_tasks.html"
    page_title = gettext_lazy("Background tasks")
    header_icon = "cogs"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        # Home › Background tasks (the default is Home alone, named like the page).
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filter_form = TaskFilterForm(self.request.GET or None)
        status = filter_form.cleaned_data["status"] if filter_form.is_valid() else ""
        paginator = Paginator(stored_tasks(status=status), ROWS_PER_PAGE)
        page = paginator.get_page(self.request.GET.get("p"))
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            filter_form=filter_form,
            items=page,
            rows=[task_row(result) for result in page],
            counts=task_counts(),
            queue_is_stored=queue_is_stored(),
            can_run_again=self.request.user.has_perm(RUN_AGAIN_PERMISSION),
            query_string=query.urlencode(),
        )
        return context


class RunAgainView(View):
    """POST only: enqueue a failed task afresh, then back to the report."""

    def post(self, request, task_id):
        if not (
            request.user.has_perm(VIEW_PERMISSION) and request.user.has_perm(RUN_AGAIN_PERMISSION)
        ):
            return forbidden(request)
        try:
            new = task_run_again(task_id=task_id)
        except ValidationError:  # not a UUID
            new = None
        if new is None:
            messages.error(request, _("This task has not failed or was already run again."))
        else:
            messages.success(request, _("The task is queued again."))
        return redirect("core_tasks:report")
