"""Make the responsive-image renditions of every image before residents ask for them.

Wagtail makes a rendition on the first request that needs it; a page with
pictures in AVIF, WebP and JPEG at four widths would make a dozen on its
first view. Run this after importing images or loading the demo content
(`make run` does); it skips renditions that exist, so it is safe to repeat.
"""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from core.images import prepare_renditions


class Command(BaseCommand):
    help = "Make the {% picture %} renditions of every image that lacks them."

    def handle(self, *args, **options):
        images = get_image_model().objects.order_by("pk").prefetch_related("renditions")
        count = prepare_renditions(images.iterator(chunk_size=50))
        self.stdout.write(self.style.SUCCESS(f"Renditions ready for {count} image(s)."))
