from django.urls import path

from . import views

app_name = "accounts_admin"

urlpatterns = [
    path("two-factor/", views.TwoFactorView.as_view(), name="two_factor"),
    path("two-factor/remove/", views.two_factor_remove, name="two_factor_remove"),
    path("two-factor/verify/", views.VerifyView.as_view(), name="verify"),
    path("sign-in-lockouts/", views.LockoutReportView.as_view(), name="lockouts"),
    path("sign-in-lockouts/unlock/", views.UnlockView.as_view(), name="unlock"),
    path(
        "sign-in-lockouts/two-factor/<int:user_id>/remove/",
        views.TwoFactorResetView.as_view(),
        name="two_factor_reset",
    ),
]
