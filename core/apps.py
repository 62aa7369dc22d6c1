from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site frame")

    def ready(self):
        # Models load only once the app registry is ready.
        from wagtail.models import PageViewRestriction
        from wagtail.signals import copy_for_translation_done

        # core.restrictions imports Wagtail's models, so it loads only now.
        from core import restrictions

        # A view restriction follows the page into every language (core.restrictions).
        post_save.connect(
            restrictions.on_restriction_saved,
            sender=PageViewRestriction,
            dispatch_uid="core.restrictions.saved",
        )
        post_delete.connect(
            restrictions.on_restriction_deleted,
            sender=PageViewRestriction,
            dispatch_uid="core.restrictions.deleted",
        )
        m2m_changed.connect(
            restrictions.on_restriction_groups_changed,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="core.restrictions.groups_changed",
        )
        copy_for_translation_done.connect(
            restrictions.on_copy_for_translation_done,
            dispatch_uid="core.restrictions.copy_for_translation_done",
        )
