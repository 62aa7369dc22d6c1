"""Stored background tasks as administrators see them: rows of the report, "send again".

Reads and writes django-tasks-db's table (production's queue). A row never
shows its arguments: an e-mail's carry its addresses and the answers.
"""

import dataclasses
import datetime

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import TaskResultStatus, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from .mail import max_attempts, send_email

VIEW_PERMISSION = "django_tasks_database.view_dbtaskresult"
RUN_AGAIN_PERMISSION = "django_tasks_database.change_dbtaskresult"

# Task paths of this site and of Wagtail, in words; others show their function's name.
TASK_LABELS = {
    send_email.module_path: _("E-mail"),
    "wagtail.tasks.update_reference_index_task": _("Reference index update"),
    "wagtail.tasks.delete_file_from_storage_task": _("File deletion"),
    "wagtail.images.tasks.set_image_focal_point_task": _("Image focal point"),
    "modelsearch.tasks.insert_or_update_object_task": _("Search index update"),
    "wagtail.contrib.frontend_cache.tasks.purge_urls_from_cache_task": _("Front-end cache purge"),
}

# A task running this long outlived its worker (killed mid-task, e.g. by SIGKILL):
# no worker takes it up again, so the report offers to run it again.
STALLED_AFTER = datetime.timedelta(hours=1)

STATUS_FILTERS = {
    "failed": TaskResultStatus.FAILED,
    "waiting": TaskResultStatus.READY,
    "running": TaskResultStatus.RUNNING,
    "successful": TaskResultStatus.SUCCESSFUL,
}


def queue_is_stored():
    """Whether the default queue is the database (production) rather than run at once."""
    return isinstance(task_backends["default"], DatabaseBackend)


@dataclasses.dataclass
class TaskRow:
    """One stored task, in the words of the report."""

    id: str
    label: str
    status: str
    status_code: str
    attempt: str
    error: str
    enqueued_at: object
    finished_at: object
    run_after: object
    can_run_again: bool
    is_email: bool


def _last_line(traceback_text):
    """The exception line of a traceback, its class without the module path."""
    lines = [line for line in traceback_text.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    exception, _colon, message = lines[-1].strip().partition(": ")
    exception = exception.rsplit(".", 1)[-1]
    return f"{exception}: {message}" if message else exception


def is_stalled(result):
    """Whether a RUNNING task started so long ago that its worker must have died."""
    return (
        result.status == TaskResultStatus.RUNNING
        and result.started_at is not None
        and result.started_at < timezone.now() - STALLED_AFTER
    )


def task_row(result):
    """The report's view of one DBTaskResult."""
    is_email = result.task_path == send_email.module_path
    kwargs = result.args_kwargs.get("kwargs", {}) if isinstance(result.args_kwargs, dict) else {}
    returned = result.return_value if isinstance(result.return_value, dict) else {}
    run_after = None if result.run_after == get_date_max() else result.run_after
    error = ""
    can_run_again = False
    if result.status == TaskResultStatus.FAILED:
        error = _last_line(result.traceback)
        if returned.get("run_again_as"):
            status = _("Failed, sent again") if is_email else _("Failed, run again")
        else:
            status = _("Failed")
            can_run_again = True
    elif result.status == TaskResultStatus.SUCCESSFUL:
        if returned.get("retried_as"):
            status = _("Attempt failed, retried")
            error = returned.get("error", "")
        else:
            status = _("Done")
    elif result.status == TaskResultStatus.RUNNING:
        if is_stalled(result):
            status = _("Stalled: its worker stopped")
            can_run_again = True
        else:
            status = _("Running")
    else:
        error = kwargs.get("last_error", "")
        if run_after and run_after > timezone.now():
            status = _("Waiting to retry") if error else _("Scheduled")
        else:
            status = _("Waiting")
    if is_email:
        attempt = f"{kwargs.get('attempt', 1)} / {max_attempts()}"
    else:
        attempt = str(len(result.worker_ids or []))
    return TaskRow(
        id=str(result.pk),
        label=TASK_LABELS.get(result.task_path, result.task_path.rsplit(".", 1)[-1]),
        status=status,
        status_code=result.status,
        attempt=attempt,
        error=error,
        enqueued_at=result.enqueued_at,
        finished_at=result.finished_at,
        run_after=run_after,
        can_run_again=can_run_again,
        is_email=is_email,
    )


def stored_tasks(*, status=""):
    """Stored tasks, newest first, optionally of one status (a key of STATUS_FILTERS)."""
    results = DBTaskResult.objects.order_by("-enqueued_at")
    if status in STATUS_FILTERS:
        results = results.filter(status=STATUS_FILTERS[status])
    return results.only(
        "id",
        "status",
        "task_path",
        "args_kwargs",
        "return_value",
        "traceback",
        "worker_ids",
        "enqueued_at",
        "started_at",
        "finished_at",
        "run_after",
    )


def task_counts():
    """How many stored tasks have each status: {status: count}."""
    counts = dict.fromkeys(TaskResultStatus.values, 0)
    for row in DBTaskResult.objects.values("status").order_by().annotate(n=Count("id")):
        counts[row["status"]] = row["n"]
    return counts


@transaction.atomic
def task_run_again(*, task_id):
    """Enqueue a failed (or stalled) task afresh, with its stored arguments, once.

    An e-mail starts its attempts again from the first, with the same retry
    delays. The failed row stays (the report shows it as run again); a stalled
    one is marked failed first.

    Args:
        task_id: the failed task's id.

    Returns:
        The new task result, or None if the task is not (or no longer) a
        failure that may be run again.
    """
    result = (
        DBTaskResult.objects.select_for_update()
        .filter(pk=task_id, status__in=[TaskResultStatus.FAILED, TaskResultStatus.RUNNING])
        .first()
    )
    if result is None or (
        isinstance(result.return_value, dict) and result.return_value.get("run_again_as")
    ):
        return None
    if result.status == TaskResultStatus.RUNNING:
        if not is_stalled(result):
            return None
        # Its worker is gone: the row becomes the failure it is.
        result.status = TaskResultStatus.FAILED
        result.finished_at = timezone.now()
        result.traceback = "Stalled: the worker stopped during the task"
    task = dataclasses.replace(result.task, run_after=None)
    args = result.args_kwargs["args"]
    kwargs = result.args_kwargs["kwargs"]
    if result.task_path == send_email.module_path:
        kwargs = {**kwargs, "attempt": 1, "last_error": _last_line(result.traceback)}
    new = task.enqueue(*args, **kwargs)
    result.return_value = {"run_again_as": new.id}
    result.save(update_fields=["status", "finished_at", "traceback", "return_value"])
    return new
