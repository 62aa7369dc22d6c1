"""Admin views of sign-in security: two-factor enrolment and code entry, the lockout report."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from django_otp import login as otp_login
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import selectors, services
from .two_factor import (
    confirmed_device,
    device_confirm,
    device_verify,
    devices_remove,
    manual_key,
    pending_device,
    qr_code_svg,
    two_factor_required,
)


class CodeForm(forms.Form):
    """One code from the authenticator app."""

    code = forms.CharField(
        label=gettext_lazy("Code from the authenticator app"),
        help_text=gettext_lazy("Six digits; the app shows a new code every 30 seconds."),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


WRONG_CODE = gettext_lazy(
    "This code is not right or has expired. Wait for the next code and type it in; "
    "after several wrong codes you must wait a little longer before each try."
)


def safe_next(request, fallback):
    """The `next` address of the request when it points into this site, else `fallback`."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


class TwoFactorView(WagtailAdminTemplateMixin, FormView):
    """Account menu → Two-factor sign-in: enrol an authenticator app, or remove it."""

    template_name = "accounts/two_factor.html"
    page_title = gettext_lazy("Two-factor sign-in")
    header_icon = "key"
    form_class = CodeForm

    def get_breadcrumbs_items(self):
        return [{"url": reverse("wagtailadmin_account"), "label": _("Account")}] + [
            {"url": "", "label": self.get_page_title()}
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        enrolled = confirmed_device(user)
        context.update(
            enrolled=enrolled,
            required=two_factor_required(user),
            next=safe_next(self.request, ""),
        )
        if enrolled is None:
            device = pending_device(user)
            context.update(
                qr_code=qr_code_svg(device, _("QR code for your authenticator app")),
                manual_key=manual_key(device),
            )
        return context

    def form_valid(self, form):
        user = self.request.user
        if confirmed_device(user) is not None:
            return redirect("accounts_admin:two_factor")
        device = pending_device(user)
        if not device_confirm(device=device, token=form.cleaned_data["code"]):
            form.add_error("code", WRONG_CODE)
            return self.form_invalid(form)
        otp_login(self.request, device)
        messages.success(
            self.request,
            _(
                "Two-factor sign-in is on: from now on you will be asked for a code "
                "after your password."
            ),
        )
        return redirect(safe_next(self.request, reverse("accounts_admin:two_factor")))


@require_POST
def two_factor_remove(request):
    """Remove the enrolled device; the current code proves the editor still holds it."""
    form = CodeForm(request.POST)
    if form.is_valid() and device_verify(user=request.user, token=form.cleaned_data["code"]):
        devices_remove(user=request.user)
        messages.success(request, _("Two-factor sign-in is off for your account."))
    else:
        messages.error(request, WRONG_CODE)
    return redirect("accounts_admin:two_factor")


class VerifyView(FormView):
    """The second step of signing in: the code, after the password."""

    template_name = "accounts/verify.html"
    form_class = CodeForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = safe_next(self.request, "")
        return context

    def form_valid(self, form):
        device = device_verify(user=self.request.user, token=form.cleaned_data["code"])
        if device is None:
            form.add_error("code", WRONG_CODE)
            return self.form_invalid(form)
        otp_login(self.request, device)
        return redirect(safe_next(self.request, reverse("wagtailadmin_home")))


class SuperuserOnlyMixin:
    """Superusers only; others get the admin's 403 page, not a redirect."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            return render(
                request,
                "includes/admin_forbidden.html",
                {"message": _("Only administrators can see sign-in lockouts.")},
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)


class LockoutReportView(SuperuserOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Reports → Sign-in lockouts: counted failures per account and address, recent failures."""

    template_name = "accounts/lockout_report.html"
    page_title = gettext_lazy("Sign-in lockouts")
    header_icon = "lock"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            groups=[
                {
                    "kind": "account",
                    "title": _("Accounts"),
                    "column": _("Account"),
                    "empty": _("No account has failed sign-ins now."),
                    "rows": selectors.counted_failures_by_account(),
                },
                {
                    "kind": "address",
                    "title": _("Addresses"),
                    "column": _("Address"),
                    "empty": _("No address has failed sign-ins now."),
                    "rows": selectors.counted_failures_by_address(),
                },
            ],
            failures=selectors.recent_failures(),
            devices=selectors.enrolled_devices(),
        )
        return context


class TwoFactorResetView(SuperuserOnlyMixin, TemplateView):
    """POST: remove another user's two-factor device (a lost phone)."""

    http_method_names = ["post"]

    def post(self, request, user_id):
        user = get_object_or_404(get_user_model(), pk=user_id)
        services.two_factor_reset(user=user, by=request.user)
        messages.success(
            request,
            _("Two-factor sign-in of “%(name)s” was removed; they can enrol again.")
            % {"name": user.get_username()},
        )
        return redirect("accounts_admin:lockouts")


class UnlockForm(forms.Form):
    kind = forms.ChoiceField(choices=[("account", "account"), ("address", "address")])
    value = forms.CharField(max_length=255)


class UnlockView(SuperuserOnlyMixin, TemplateView):
    """POST: lift one lockout (an account or an address) before its cool-off ends."""

    http_method_names = ["post"]

    def post(self, request):
        form = UnlockForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Nothing to unlock was chosen."))
            return redirect("accounts_admin:lockouts")
        value = form.cleaned_data["value"]
        if form.cleaned_data["kind"] == "account":
            services.account_unlock(username=value, by=request.user)
            messages.success(
                request, _("The account “%(name)s” can sign in again.") % {"name": value}
            )
        else:
            services.address_unlock(ip_address=value, by=request.user)
            messages.success(
                request, _("Sign-ins from %(address)s are allowed again.") % {"address": value}
            )
        return redirect("accounts_admin:lockouts")
