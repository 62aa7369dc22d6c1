"""The image and document collection that holds the demo media.

Keeping demo media in their own collection shows editors what is sample
material, and lets `--reset` delete exactly those files.
"""

from wagtail.models import Collection

NAME = "Materiały demonstracyjne"


def find_demo_collection():
    """The demo collection, or None when the demo content was never loaded."""
    return Collection.get_first_root_node().get_children().filter(name=NAME).first()


def ensure_demo_collection():
    """The demo collection, created below the root collection when missing."""
    return find_demo_collection() or Collection.get_first_root_node().add_child(name=NAME)
