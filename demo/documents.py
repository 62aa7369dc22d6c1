"""A one-page PDF drawn with Pillow and stored as a Wagtail document.

Pillow writes the page as an image, so the PDF has no text layer; it stands
in for a real attachment only. Real documents published on the portal must
be accessible (tagged, with real text), as the accessibility statement says.
"""

import io

from django.core.files import File
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.utils.file import hash_filelike

from .images import load_font

# A4 at 100 dots per inch keeps the file small and the text legible.
PAGE_SIZE = (827, 1169)
RESOLUTION = 100.0
MARGIN = 70


def _wrap(draw, text, font, width):
    """Split `text` into lines no wider than `width` pixels."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            candidate = word
        line = candidate
    return [*lines, line]


def render_pdf(spec):
    """The bytes of a one-page PDF with the document's title and lines."""
    page = PILImage.new("L", PAGE_SIZE, 255)
    draw = ImageDraw.Draw(page)
    text_width = PAGE_SIZE[0] - 2 * MARGIN
    y = MARGIN
    title_font = load_font(26)
    for line in _wrap(draw, spec.title, title_font, text_width):
        draw.text((MARGIN, y), line, font=title_font, fill=0)
        y += 38
    draw.line((MARGIN, y + 8, PAGE_SIZE[0] - MARGIN, y + 8), fill=0, width=2)
    y += 40
    body_font = load_font(16)
    for paragraph in spec.lines:
        for line in _wrap(draw, paragraph, body_font, text_width):
            draw.text((MARGIN, y), line, font=body_font, fill=0)
            y += 26
        y += 6
    buffer = io.BytesIO()
    page.save(
        buffer,
        format="PDF",
        resolution=RESOLUTION,
        title=spec.title,
        author="Biuro ds. Partycypacji Społecznej",
        subject="Dokument demonstracyjny",
    )
    return buffer.getvalue()


def ensure_documents(specs, collection, report):
    """Each document of `specs`, created in `collection` unless one with its title exists."""
    report("Creating documents…")
    document_model = get_document_model()
    documents = {}
    for spec in specs:
        document = document_model.objects.filter(collection=collection, title=spec.title).first()
        if document is None:
            document = _create_document(document_model, spec, collection)
            report(f"  created document {spec.title!r}", verbosity=2)
        documents[spec.key] = document
    return documents


def _create_document(document_model, spec, collection):
    data = render_pdf(spec)
    document = document_model(
        title=spec.title,
        collection=collection,
        file=File(io.BytesIO(data), name=spec.filename),
        file_size=len(data),
        file_hash=hash_filelike(io.BytesIO(data)),
    )
    document.save()
    return document
