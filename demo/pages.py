"""The Polish pages of the demo content: created once, always published through revisions.

Publishing a saved revision (rather than saving a live page) is what an
editor does in the admin, and it is where publication records take their
'published by' and dates from.
"""

from functools import partial

from pages.models import ContentPage, HomePage, HomePageFeaturedItem, NewsIndexPage, NewsPage

from .specs import NewsIndexSpec, stream_data


def publish(page, user):
    """Save a revision of `page` as `user` and publish it as `user`."""
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    return revision


def ensure_pages(home, specs, refs, user, report):
    """Create the pages of `specs` (and the news below the index) under the Polish home.

    A page whose slug already exists under its parent is kept as it is.
    Returns the pages, parents before children, and records each in `refs`.
    """
    pages = []
    for spec in specs:
        page = _ensure_child(home, spec, partial(_build_page, spec, refs), user, report)
        refs.pages[spec.key] = page
        pages.append(page)
        if isinstance(spec, NewsIndexSpec):
            for news_spec in spec.news:
                build = partial(_build_news, news_spec, refs)
                news = _ensure_child(page, news_spec, build, user, report)
                refs.pages[news_spec.key] = news
                pages.append(news)
    return pages


def _ensure_child(parent, spec, build, user, report):
    """The child of `parent` with the spec's slug; `build()` makes it when there is none."""
    existing = parent.get_children().filter(slug=spec.slug.pl).specific().first()
    if existing is not None:
        report(f"  kept the existing page {existing.title!r}", verbosity=2)
        return existing
    report(f"Creating page {spec.title.pl!r}…")
    page = build()
    page.owner = user
    page.locale = parent.locale
    # Created as a draft, so that the publication below is the page's first.
    page.live = False
    parent.add_child(instance=page)
    publish(page, user)
    return page.specific_class.objects.get(pk=page.pk)


def _build_page(spec, refs):
    common = {"title": spec.title.pl, "slug": spec.slug.pl, "show_in_menus": spec.show_in_menus}
    if isinstance(spec, NewsIndexSpec):
        return NewsIndexPage(**common, intro=spec.intro.pl)
    return ContentPage(**common, lead=spec.lead.pl, body=stream_data(spec.body, refs))


def _build_news(spec, refs):
    return NewsPage(
        title=spec.title.pl,
        slug=spec.slug.pl,
        date=spec.date,
        lead=spec.lead.pl,
        image=refs.image(spec.image) if spec.image else None,
        image_alt_text=spec.image_alt.pl if spec.image_alt else "",
        body=stream_data(spec.body, refs),
        publishing_unit=spec.publishing_unit.pl,
    )


def update_home(home, spec, refs, user, report):
    """Fill in the Polish home page the migration created, unless it has been edited.

    The migration creates the home page without revisions, so a revision
    means that someone (this command or an editor) has filled it in already.
    """
    if home.latest_revision_id is not None:
        report("  kept the home page as it is", verbosity=2)
        return home
    report(f"Updating the home page {spec.title.pl!r}…")
    home.title = home.draft_title = spec.title.pl
    home.hero_heading = spec.hero_heading.pl
    home.hero_text = spec.hero_text.pl
    home.hero_image = refs.image(spec.hero_image)
    home.hero_link_page = refs.page(spec.hero_link_page)
    home.hero_link_label = spec.hero_link_label.pl
    home.featured_heading = spec.featured_heading.pl
    home.featured_items = [
        HomePageFeaturedItem(
            page=refs.page(item.page),
            summary=item.summary.pl,
            locale=home.locale,
            sort_order=index,
        )
        for index, item in enumerate(spec.featured)
    ]
    publish(home, user)
    return HomePage.objects.get(pk=home.pk)
