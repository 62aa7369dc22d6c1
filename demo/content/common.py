"""Values several demo pages share: the office's name and contact details."""

from ..texts import t

OFFICE = t(
    "Biuro ds. Partycypacji Społecznej",
    "Social Participation Office",
    "Бюро з питань громадської участі",
)
EMAIL = "partycypacja@example.org"
PHONE = "+48 12 345 67 89"
ADDRESS = "ul. Józefińska 14\n30-529 Kraków"
EMAIL_LINK = f'<a href="mailto:{EMAIL}">{EMAIL}</a>'
