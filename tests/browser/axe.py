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
    # axe skips what is not rendered: open the accordions so their answers are audited too.
    page.evaluate("document.querySelectorAll('details').forEach(item => { item.open = true; })")
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
            target = " ".join(map(str, node["target"]))
            lines.append(f"    {target}: {one_line(node['failureSummary'])}")
    return "\n".join(lines)


def one_line(failure_summary):
    """axe's indented, multi-line summary as 'Fix any of the following: a; b'."""
    parts = []
    for line in filter(None, map(str.strip, failure_summary.splitlines())):
        if parts and not parts[-1].endswith(":"):
            parts[-1] += ";"
        parts.append(line)
    return " ".join(parts)
