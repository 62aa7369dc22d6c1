"""The one error the demo loader raises; the management command turns it into a CommandError."""


class DemoContentError(Exception):
    """The demo content cannot be built as described (e.g. a string has no translation)."""
