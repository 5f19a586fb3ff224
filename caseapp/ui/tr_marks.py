"""How the window marks its texts for translation, typed for mypy.

``pyside6-lupdate`` reads the sources as text: it finds ``QT_TRANSLATE_NOOP("Context", "…")``,
``Context.tr("…")``, ``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")`` by
their names, whoever defines them. PySide6's own ``QT_TRANSLATE_NOOP`` is typed as returning
``object`` and its ``QObject.tr`` as an instance method, so that every marked text and every
``Context.tr("…")`` called on a class read as errors to mypy. The two below do exactly what
Qt's do, with the types the window relies on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogues under ``context`` and return it unchanged: it is
    translated where it is shown (``QCoreApplication.translate(context, text)``)."""
    del context
    return text


class TranslationContext:
    """A class that only names a translation context, for texts of functions outside any
    widget: ``CaptiveTabs.tr("…")`` is what lupdate finds, and it looks the text up under
    the class's name, as Qt's ``tr`` does."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
