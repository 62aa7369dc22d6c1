from .results import hooks as results_hooks  # noqa: F401 - registers the results hooks
