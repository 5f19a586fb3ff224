"""The welcome page's first choices form one column: in Russian the demo's longer
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
    buttons = (page.create_button, page.open_button, page.server_button, page.demo_button)
    assert page.demo_button.text().startswith("Открыть демонстрационный")
    assert len({b.width() for b in buttons}) == 1
    assert len({b.x() for b in buttons}) == 1
    assert all(b.fontMetrics().horizontalAdvance(b.text()) < b.width() for b in buttons)


def test_a_colleague_connects_to_the_team_server_from_the_welcome_page(
        qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A colleague's first start: the owner gave her the server's address and a login, and
    the welcome page offered only to create or open a file; Connect to the team's server is
    among its first choices now, opening the same dialog as File → Connect to Team Server…."""
    from PySide6.QtCore import QSettings, Qt

    from caseapp.ui import team_connect
    from caseapp.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(team_connect.ConnectDialog, "exec",
                        lambda dialog: shown.append(dialog.windowTitle()) or 0)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, lambda location, **kw: None, demo_builder=lambda p: None,
                        demo_path=tmp_path / "demo.db")
    qtbot.addWidget(window)
    window.show()
    assert window.welcome.server_button.isVisible()
    qtbot.mouseClick(window.welcome.server_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert window.session.case_file is None  # cancelled: nothing opened
