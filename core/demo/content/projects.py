"""Demo projects and partners (see core.demo.sections)."""

from ..sections import DemoSection

PROJECTS_SECTION = DemoSection(name="projects and partners")
