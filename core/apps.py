from django.apps import AppConfig
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site frame")

    def ready(self):
        # Models load only once the app registry is ready.
        from wagtail.models import Page, PageViewRestriction
        from wagtail.models.i18n import LocaleManager
        from wagtail.query import PageQuerySet
        from wagtail.signals import (
            copy_for_translation_done,
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        # core.restrictions, core.purge and core.frame_cache import Wagtail's models,
        # so they load only now.
        from core import frame_cache, purge, restrictions, translations

        # The cached site frame (menu, footer) is dropped on publish and settings save.
        frame_cache.connect_signals()

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
        # The active Locale is read once per request (core.translations).
        LocaleManager.get_for_language = translations.locale_for_language
        request_started.connect(
            translations.on_request_started, dispatch_uid="core.translations.started"
        )
        request_finished.connect(
            translations.on_request_finished, dispatch_uid="core.translations.finished"
        )

        # Restricted sections come from the cache (issue #12): every `.public()`
        # is built from it, and any change of a restriction or of a page's path drops it.
        PageQuerySet.private_q = restrictions.cached_private_q
        for name, signal, sender in (
            ("saved", post_save, PageViewRestriction),
            ("deleted", post_delete, PageViewRestriction),
            ("moved", post_page_move, None),
        ):
            signal.connect(
                restrictions.on_sections_changed,
                sender=sender,
                dispatch_uid=f"core.restrictions.sections_{name}",
            )

        # Cached pages are purged when what they show changes (core.purge).
        page_published.connect(purge.on_page_published, dispatch_uid="core.purge.published")
        page_unpublished.connect(purge.on_page_unpublished, dispatch_uid="core.purge.unpublished")
        post_page_move.connect(purge.on_page_moved, dispatch_uid="core.purge.moved")
        page_slug_changed.connect(purge.on_page_slug_changed, dispatch_uid="core.purge.slug")
        pre_delete.connect(purge.on_page_deleted, sender=Page, dispatch_uid="core.purge.deleted")
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(
                purge.on_restriction_changed,
                sender=PageViewRestriction,
                dispatch_uid=f"core.purge.restriction_{name}",
            )
            # Any model: snippets and settings may be registered after this runs.
            signal.connect(purge.on_model_saved_or_deleted, dispatch_uid=f"core.purge.model_{name}")
