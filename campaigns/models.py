"""District-council campaigns: campaign pages, councillors and events.

The page types arrive with the participation-content work; the app exists
from the start so that its migrations and URLs have a stable home.
"""
