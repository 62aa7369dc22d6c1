"""The surveys part of the site the browser tests audit (see content.EXTENSIONS)."""


def build(base):
    """Create the pages and return {(kind, language): path} for each of them."""
    return {}
