"""Illustrations drawn with Pillow and stored as Wagtail images; nothing is downloaded.

Each picture is a gradient with a simple motif and no text at all: words
burned into a picture reach nobody who reads the site in another language or
with a screen reader, so what an image means is said in its (translated)
alternative text instead. A fixed seed per image keeps the pictures identical
from run to run (and adding an image does not change the others).
"""

import io
import math
import random
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

SEED = 2026
SIZE = (1200, 800)
# Fonts with Polish letters, when the system has them; Pillow's own font otherwise.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/Library/Fonts/Arial Bold.ttf",
)
PALETTE = ("#ffffff", "#ffd166", "#ef476f", "#06d6a0", "#118ab2", "#f4a261", "#e9c46a")


def load_font(size):
    """A bold font that has Polish letters, at `size` pixels."""
    for candidate in FONT_CANDIDATES:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size=size)


def _gradient(top, bottom):
    """A vertical gradient between two colours."""
    mask = PILImage.linear_gradient("L").resize(SIZE)
    return PILImage.composite(
        PILImage.new("RGB", SIZE, bottom), PILImage.new("RGB", SIZE, top), mask
    )


def _colour(rng, alpha=190):
    rgb = PILImage.new("RGB", (1, 1), rng.choice(PALETTE)).getpixel((0, 0))
    return (*rgb, alpha)


def _draw_skyline(draw, rng, width, ground):
    draw.ellipse((width - 380, 80, width - 140, 320), fill=(255, 230, 160, 200))
    x = 0
    while x < width:
        building_width = rng.randint(60, 140)
        top = ground - rng.randint(120, 420)
        draw.rectangle((x, top, x + building_width, ground), fill=_colour(rng, 220))
        x += building_width + rng.randint(4, 16)


def _draw_table(draw, rng, width, ground):
    centre_x, centre_y = width // 2, ground // 2 + 20
    table = (centre_x - 260, centre_y - 110, centre_x + 260, centre_y + 110)
    draw.ellipse(table, fill=(255, 255, 255, 170))
    seats = 10
    for seat in range(seats):
        angle = 2 * math.pi * seat / seats
        x = centre_x + int(340 * math.cos(angle))
        y = centre_y + int(190 * math.sin(angle))
        draw.ellipse((x - 45, y - 45, x + 45, y + 45), fill=_colour(rng, 230))


def _draw_notes(draw, rng, width, ground):
    for offset in range(0, width, 120):
        draw.line((offset, 0, offset + 200, ground), fill=(255, 255, 255, 120), width=6)
    for _ in range(14):
        x, y = rng.randint(40, width - 160), rng.randint(30, ground - 150)
        draw.rectangle((x, y, x + 110, y + 110), fill=_colour(rng, 235))


def _draw_park(draw, rng, width, ground):
    draw.polygon(
        [(0, ground - 120), (width, ground - 260), (width, ground), (0, ground)],
        fill=(70, 140, 220, 200),
    )
    points = [(x, 200 + int(120 * ((x // 150) % 2))) for x in range(0, width + 150, 150)]
    draw.line(points, fill=(245, 222, 179, 255), width=24, joint="curve")
    for _ in range(16):
        x, y = rng.randint(0, width), rng.randint(40, ground - 260)
        radius = rng.randint(40, 80)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(30, 100, 50, 210))


def _draw_chart(draw, rng, width, ground):
    bars = 7
    bar_width = width // (bars * 2)
    for index in range(bars):
        x = bar_width // 2 + index * bar_width * 2
        height = rng.randint(140, ground - 80)
        draw.rectangle((x, ground - height, x + bar_width, ground), fill=_colour(rng, 235))


def _draw_bubbles(draw, rng, width, ground):
    for _ in range(9):
        x, y = rng.randint(20, width - 300), rng.randint(20, ground - 200)
        draw.rounded_rectangle((x, y, x + 280, y + 160), radius=50, fill=_colour(rng, 215))
        draw.polygon(
            [(x + 60, y + 150), (x + 110, y + 150), (x + 50, y + 210)], fill=_colour(rng, 215)
        )


def _draw_route(draw, rng, width, ground):
    start, end = (150, ground - 150), (width - 150, 150)
    points = [start]
    for step in range(1, 8):
        x = start[0] + (end[0] - start[0]) * step // 8
        y = start[1] + (end[1] - start[1]) * step // 8 + rng.randint(-90, 90)
        points.append((x, y))
    points.append(end)
    for first, second in zip(points, points[1:], strict=False):
        draw.line((first, second), fill=(255, 255, 255, 220), width=10)
    for x, y in (start, end):
        draw.ellipse((x - 50, y - 50, x + 50, y + 50), fill=(255, 209, 102, 255))


def _draw_network(draw, rng, width, ground):
    nodes = [(rng.randint(80, width - 80), rng.randint(60, ground - 60)) for _ in range(12)]
    for index, node in enumerate(nodes):
        for other in nodes[index + 1 : index + 3]:
            draw.line((node, other), fill=(255, 255, 255, 160), width=6)
    for x, y in nodes:
        draw.ellipse((x - 40, y - 40, x + 40, y + 40), fill=_colour(rng, 240))


def _draw_bikes(draw, rng, width, ground):
    draw.rectangle((0, ground - 180, width, ground - 120), fill=(60, 60, 70, 220))
    for x in range(40, width, 160):
        draw.rectangle((x, ground - 154, x + 80, ground - 146), fill=(255, 255, 255, 230))
    for index in range(3):
        # Wheels resting on the road.
        x, y = 180 + index * 330 + rng.randint(-20, 20), ground - 250
        colour = _colour(rng, 255)
        for wheel in (x, x + 170):
            draw.ellipse((wheel - 70, y - 70, wheel + 70, y + 70), outline=colour, width=14)
        draw.line(
            ((x, y), (x + 70, y - 90), (x + 170, y), (x + 85, y), (x, y)), fill=colour, width=12
        )
        draw.line(((x + 70, y - 90), (x + 60, y - 130)), fill=colour, width=12)


MOTIFS = {
    "skyline": _draw_skyline,
    "table": _draw_table,
    "notes": _draw_notes,
    "park": _draw_park,
    "chart": _draw_chart,
    "bubbles": _draw_bubbles,
    "route": _draw_route,
    "network": _draw_network,
    "bikes": _draw_bikes,
}


def render_image(spec, seed):
    """The JPEG bytes of one illustration."""
    rng = random.Random(seed)
    image = _gradient(*spec.colors).convert("RGBA")
    overlay = PILImage.new("RGBA", SIZE, (0, 0, 0, 0))
    MOTIFS[spec.motif](ImageDraw.Draw(overlay), rng, *SIZE)
    image = PILImage.alpha_composite(image, overlay).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def ensure_images(specs, collection, report):
    """Each image of `specs` in `collection`: created, or redrawn when the drawing changed.

    An image made by an earlier version of this module (one with a caption
    burned in) is given the new picture, keeping its id, so pages keep it.
    """
    report("Creating images…")
    image_model = get_image_model()
    images = {}
    for index, spec in enumerate(specs):
        data = render_image(spec, SEED + index)
        image = image_model.objects.filter(collection=collection, title=spec.title).first()
        if image is None:
            image = _create_image(image_model, spec, collection, data)
            report(f"  created image {spec.title!r}", verbosity=2)
        elif image.file_hash != hash_filelike(io.BytesIO(data)):
            _replace_file(image, spec, data)
            report(f"  redrew image {spec.title!r}", verbosity=2)
        images[spec.key] = image
    return images


def _image_file(spec, data):
    return ImageFile(io.BytesIO(data), name=f"demo-{spec.key}.jpg")


def _create_image(image_model, spec, collection, data):
    image = image_model(
        title=spec.title,
        description=spec.description,
        collection=collection,
        file=_image_file(spec, data),
        file_size=len(data),
        file_hash=hash_filelike(io.BytesIO(data)),
    )
    image.save()
    return image


def _replace_file(image, spec, data):
    """Give an image a new picture and description; its old renditions go with the old file."""
    image.renditions.all().delete()
    image.file = _image_file(spec, data)
    image.file_size = len(data)
    image.file_hash = hash_filelike(io.BytesIO(data))
    image.description = spec.description
    image.save()
