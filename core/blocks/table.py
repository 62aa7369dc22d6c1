from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.table_block.blocks import TableBlock

CAPTION_PATH = "caption"


def cell_path(row_index, column_index):
    return f"cell-{row_index}-{column_index}"


class AccessibleTableBlock(TableBlock):
    """Wagtail's table editor, with a required caption and translatable cells.

    wagtail-localize ignores blocks it does not know, so this block hands it
    each non-empty cell and the caption as a separate string to translate.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "table_options",
            {"startRows": 3, "startCols": 3, "colHeaders": False, "rowHeaders": False},
        )
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value and not (value.get("table_caption") or "").strip():
            raise ValidationError(
                _("Give the table a caption: screen readers announce it before the data.")
            )
        return value

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue(CAPTION_PATH, value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for column_index, cell in enumerate(row):
                if cell:
                    segments.append(
                        StringSegmentValue(cell_path(row_index, column_index), str(cell))
                    )
        return segments

    def restore_translated_segments(self, value, segments):
        translated = {segment.path: segment.render_text() for segment in segments}
        value = dict(value)
        if CAPTION_PATH in translated:
            value["table_caption"] = translated[CAPTION_PATH]
        value["data"] = [
            [
                translated.get(cell_path(row_index, column_index), cell)
                for column_index, cell in enumerate(row)
            ]
            for row_index, row in enumerate(value.get("data") or [])
        ]
        return value

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table.html"
        preview_value = {
            "table_caption": _("Stages of the participatory budget"),
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "data": [
                [_("Stage"), _("When")],
                [_("Submitting projects"), _("April")],
                [_("Voting"), _("September")],
            ],
        }
        description = _("A data table with a caption and header cells.")
