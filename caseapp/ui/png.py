"""A widget saved as a PNG file the way every output is written: whole or not at all
(:func:`caseapp.fileio.atomic_write_bytes`), and a failure raised, never ignored.

``QPixmap.save`` only answers False when the disk is full or the folder is not writable,
and leaves an empty or cut-off file behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QWidget

from caseapp.fileio import atomic_write_bytes


def save_png(widget: QWidget, path: Path) -> Path:
    """``widget`` as it is drawn now, at ``path``; OSError when it cannot be written."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
    buffer.close()
    atomic_write_bytes(path, bytes(data.data()))
    return path
