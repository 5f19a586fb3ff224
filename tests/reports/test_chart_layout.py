"""The status report's histogram: the y-axis title sits above the top tick's label, not on it."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import String

from caseapp.reports.status_pdf import _bar_chart


def test_axis_title_clears_the_top_tick_label() -> None:
    drawing = _bar_chart([("< 1 year", 2), ("1–2 years", 12), ("2–3 years", 1)], 320, 130,
                         x_title="time in custody", y_title="captives")
    chart = next(x for x in drawing.contents if isinstance(x, VerticalBarChart))
    title = next(x for x in drawing.contents if isinstance(x, String) and x.text == "captives")
    chart.valueAxis.configure(chart.data)
    top_tick = chart.valueAxis.scale(chart.valueAxis._tickValues[-1])
    label_top = top_tick + chart.valueAxis.labels.fontSize / 2
    assert title.y > label_top + 1  # the title's baseline is above the top label
    assert title.y + title.fontSize <= drawing.height  # and inside the drawing
