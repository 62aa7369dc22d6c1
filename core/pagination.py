"""One page of a long list, shared by every index and the search results."""

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator


def paginate(queryset, page_number, *, per_page: int) -> Page | None:
    """A page of results, or None when the number is not a page that exists.

    Page 1 of an empty list exists (it shows 'nothing here yet').
    """
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    try:
        return paginator.page(page_number)
    except (PageNotAnInteger, EmptyPage):
        return None
