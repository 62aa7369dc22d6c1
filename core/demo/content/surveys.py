"""Demo surveys (see core.demo.sections)."""

from ..sections import DemoSection

SURVEYS_SECTION = DemoSection(name="surveys")
