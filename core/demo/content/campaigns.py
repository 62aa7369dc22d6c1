"""Demo district-council campaign and events (see core.demo.sections)."""

from ..sections import DemoSection

CAMPAIGNS_SECTION = DemoSection(name="district-council campaign and events")
