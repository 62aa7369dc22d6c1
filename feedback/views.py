"""The poll's two endpoints: the yes/no answer and the optional comment.

Both answer HTML (a 303 redirect back to the page, for browsers without
JavaScript) or JSON (for static/js/feedback.js) depending on Accept.

Why there is no CSRF token: the poll is part of pages that are cached whole
and must be byte-for-byte the same for every visitor, so it cannot carry a
per-visitor token or set a cookie. Django's CSRF protection guards actions
taken with the visitor's authority; a vote carries none (it is anonymous and
tied to no session), so the only thing a forged cross-site POST could do is
stuff the ballot. That is stopped by checking the Origin header (browsers
send it with every POST) or, failing that, the Referer, plus the honeypot and
the per-IP rate limit that every public form here shares. A POST with
neither header is refused: browsers always send one of them with a form or
fetch() POST, so what arrives without both is a script (or a privacy tool
stripping headers, whose user is told why). The check lives in core.origin,
shared with the surveys.

Why the Origin check alone and not a signed token as the surveys have: a
token in a page cached whole is the same for every visitor until the cache
refreshes, so it could not be single-use, and one that expired would have to
outlive the cache by an unknown margin; it would add nothing the Origin check
does not already give, while a stale one would lose votes. So the poll works
with cookies blocked and with no per-visitor state at all.

Votes and comments on a page under a view restriction (password, login,
groups; on the page or an ancestor) are refused exactly as for a page that
does not exist, and nothing sent back names a restricted page.
"""

from urllib.parse import urlencode

from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from core.antispam import RateLimit, honeypot_filled
from core.origin import allowed_origins, request_origin

from .forms import PAGE_UNAVAILABLE_CODE, CommentForm, VoteForm
from .selectors import vote_page
from .services import (
    CommentAlreadySent,
    VoteNotFound,
    page_feedback_add_comment,
    page_feedback_create,
)
from .tokens import vote_token

# Votes and comments together: a person rating every page they read stays far
# below this, while a script hammering the poll from one address is cut off
# within a minute. Offices behind one shared address still have room.
RATE_LIMIT = RateLimit(scope="page-feedback", limit=20, window=10 * 60)
ANCHOR = "page-feedback"
# The query parameter naming the poll's state on the page (see feedback_tags.poll_state).
STATE_PARAMETER = "feedback"
DONE = "done"


def wants_json(request):
    """Whether the client asked for JSON first (the script does; browsers ask for HTML)."""
    preferred = request.get_preferred_type(["text/html", "application/json"])
    return preferred == "application/json"


def page_url(request, page):
    """The page's address on this site, or None when there is no page to go back to.

    Callers pass only pages that accept votes (live and public, see
    selectors.votable_page), so no restricted page's address is ever sent.
    """
    return page.get_url(request) if page is not None else None


def back_to_page(request, page, state):
    """303 to the page with the poll's state in the query string, scrolled to the poll.

    A page without an address on this site (e.g. its site was removed) sends
    the visitor to the site's root, which picks their language.
    """
    url = page_url(request, page)
    if url is None:
        return HttpResponseRedirect("/", status=303)
    query = urlencode({STATE_PARAMETER: state})
    return HttpResponseRedirect(f"{url}?{query}#{ANCHOR}", status=303)


def error_response(request, message, *, status, page=None):
    """The error as JSON for the script, or as a short page with a way back."""
    if wants_json(request):
        response = JsonResponse({"error": str(message)}, status=status)
    else:
        context = {"message": message, "back_url": page_url(request, page), "status": status}
        response = render(request, "feedback/error.html", context, status=status)
    if status == 405:
        response["Allow"] = "POST"
    if status == 429:
        response["Retry-After"] = str(RATE_LIMIT.window)
    return response


def first_error(form):
    """The message of the first thing wrong with the form, for one clear sentence."""
    for errors in form.errors.values():
        return errors[0]
    return _("The form could not be accepted.")


def rejected(request):
    """An error response if the request must be turned away before reading the form."""
    if request.method != "POST":
        return error_response(
            request, _("This address only accepts answers sent from the poll."), status=405
        )
    if not RATE_LIMIT.hit(request):
        return error_response(
            request,
            _("You have sent many answers in a short time. Please try again in a few minutes."),
            status=429,
        )
    origin = request_origin(request)
    if origin is None:
        return error_response(
            request,
            _(
                "Your browser did not say which page this answer was sent from, so it "
                "cannot be accepted. Some privacy settings or extensions remove this "
                "information (the Origin and Referer headers); allow it for this website "
                "and answer again."
            ),
            status=403,
        )
    if origin not in allowed_origins(request):
        return error_response(
            request, _("Answers are accepted only from this website's pages."), status=403
        )
    if honeypot_filled(request.POST):
        return error_response(
            request,
            _("The form could not be accepted. Please leave the hidden field empty."),
            status=400,
        )
    return None


@csrf_exempt
@never_cache
def vote(request):
    """Store a yes/no answer; reply with the token that lets the voter add a comment."""
    if (response := rejected(request)) is not None:
        return response
    form = VoteForm(request.POST)
    if not form.is_valid():
        # A page that is missing, unpublished, restricted or without the poll:
        # one answer for all, so the status says nothing about which it is.
        status = 404 if form.has_error(NON_FIELD_ERRORS, PAGE_UNAVAILABLE_CODE) else 400
        return error_response(request, first_error(form), status=status)
    feedback = page_feedback_create(
        page=form.cleaned_data["page"], useful=form.cleaned_data["useful"]
    )
    token = vote_token(feedback)
    if wants_json(request):
        return JsonResponse(
            {"token": token, "message": _("Thank you for your answer.")}, status=201
        )
    return back_to_page(request, form.cleaned_data["page"], token)


@csrf_exempt
@never_cache
def comment(request):
    """Attach the optional comment to the vote named by the signed token."""
    if (response := rejected(request)) is not None:
        return response
    form = CommentForm(request.POST)
    form_ok = form.is_valid()
    public_id = form.cleaned_data.get("token")
    # The vote's page, if it still takes answers; a page restricted since
    # the vote is treated as deleted, and its address is never linked.
    page = vote_page(public_id=public_id) if public_id else None
    if not form_ok:
        return error_response(request, first_error(form), status=400, page=page)
    expired = _("This comment form has expired. Please answer the question again.")
    if page is None:
        return error_response(request, expired, status=400)
    try:
        page_feedback_add_comment(public_id=public_id, comment=form.cleaned_data["comment"])
    except CommentAlreadySent:
        return error_response(
            request, _("A comment has already been sent with this answer."), status=409, page=page
        )
    except VoteNotFound:
        return error_response(request, expired, status=400)
    if wants_json(request):
        return JsonResponse({"message": _("Thank you for your comment.")})
    return back_to_page(request, page, DONE)
