"""Moving between pages the way a reader does: by following a link."""


def follow_menu_link(page, live_site, kind):
    """Click the main navigation's link to a Polish page and wait until it has loaded."""
    path = live_site.paths[kind, "pl"]
    page.locator(f'.main-nav a[href="{path}"]').click()
    page.wait_for_url(live_site.url(kind))
