"""Running axe-core in a page and reporting its findings so they can be acted on."""

import functools

import pytest
from django.conf import settings

AXE_SCRIPT = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
# The level the portal promises in its accessibility statement: WCAG 2.1 AA.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@functools.cache
def axe_source():
    if not AXE_SCRIPT.exists():
        pytest.fail(
            f"axe-core is missing at {AXE_SCRIPT}: run `npm ci` in the project root.",
            pytrace=False,
        )
    return AXE_SCRIPT.read_text(encoding="utf-8")


def audit(page):
    """Run axe-core on the loaded page and return its violations (a list of dicts).

    The page's context must be created with `bypass_csp=True`: the site's
    policy rightly refuses the inline script that injects axe.
    """
    page.add_script_tag(content=axe_source())
    return page.evaluate(
        "options => axe.run(document, options).then(results => results.violations)",
        AXE_OPTIONS,
    )


def format_violations(violations):
    """One line per broken rule, one per failing element: what to fix and where."""
    lines = [f"{len(violations)} axe-core violation(s):"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"<{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            summary = " ".join(node["failureSummary"].split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)
