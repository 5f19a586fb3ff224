"""The welcome page's three first choices form one column: in Russian the demo's longer
caption ("Открыть демонстрационный файл дела (вымышленные лица)") made its button alone wider
than the other two."""

from __future__ import annotations

from caseapp.ui.views.welcome import WelcomePage


def test_the_first_choices_are_one_column_in_every_language(qtbot, russian) -> None:  # type: ignore[no-untyped-def]
    page = WelcomePage()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    buttons = (page.create_button, page.open_button, page.demo_button)
    assert page.demo_button.text().startswith("Открыть демонстрационный")
    assert len({b.width() for b in buttons}) == 1
    assert len({b.x() for b in buttons}) == 1
    assert all(b.fontMetrics().horizontalAdvance(b.text()) < b.width() for b in buttons)
