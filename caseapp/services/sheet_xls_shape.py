"""The hidden rows and columns of an old Excel (.xls, BIFF8) sheet, the rows set in bold or
on a fill (the look of a header) and the workbook's count of dates, which python-calamine
does not give: from the ROW records' "height zero" flag, the COLINFO records' "hidden" flag
and the format (XF) of each cell record of the sheet's part of the Workbook stream, inside
the file's OLE compound document, and the DATEMODE, FONT and XF records of its globals.

Formulas never computed cannot be told in an .xls file: each formula record holds a result,
as the program that wrote it left it. Anything unexpected in the file gives no rows and no
columns (its values were read: only what they show is not known).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from caseapp.services.sheet_file_shape import Shape

_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE  # the end of a chain of sectors
_BOF, _EOF, _BOUNDSHEET, _ROW, _COLINFO = 0x0809, 0x000A, 0x0085, 0x0208, 0x007D
_DATEMODE = 0x0022
_FONT, _XF = 0x0031, 0x00E0
# The records of a cell with a value (LABELSST, LABEL, RSTRING, NUMBER, RK, BOOLERR,
# FORMULA), each beginning with its row, column and format (XF); MULRK holds several.
_CELLS = frozenset({0x00FD, 0x0204, 0x00D6, 0x0203, 0x027E, 0x0205, 0x0006})
_MULRK = 0x00BD
_WHITE = frozenset({1, 9, 65})  # the palette's white and the window's background: no fill
_ROW_HIDDEN = 0x0020  # fDyZero
_MOST = 500  # columns (sheet_read's MAX_COLUMNS)


class DamagedXls(Exception):
    """The file's compound document does not hold together (a sector past its end, a chain
    that loops, a stream longer than its sectors): its technical reason, in English."""


def workbook_stream(raw: bytes) -> bytes:
    """The "Workbook" stream of an .xls file, its chains of sectors followed and checked.
    Checked before python-calamine reads the file: a damaged one (sectors zeroed by a broken
    disk or download) made it ask for gigabytes of memory, and the app was killed."""
    try:
        return _workbook_stream(raw)
    except DamagedXls:
        raise
    except (struct.error, IndexError, KeyError, ValueError) as exc:
        raise DamagedXls(f"{type(exc).__name__}: {exc}") from None


def xls_shape(stream: bytes, sheet: str, merged: tuple[tuple[int, int, int, int], ...]) -> Shape:
    """The shape of ``sheet`` (in the workbook's ``stream``): its ``merged`` cells
    (python-calamine's), its 0-based hidden rows and columns and whether the workbook counts
    its dates from 1904 (its DATEMODE record); only the merged cells when the rest is not
    known."""
    try:
        found = _Globals().read(stream)
        offset = found.offsets.get(sheet)
        if offset is None:
            return Shape(merged)
        rows, columns, emphasised = _hidden(stream, offset, found.marked)
    except (struct.error, IndexError, KeyError, ValueError):
        return Shape(merged)
    return Shape(merged, rows, columns, dates_from_1904=found.from_1904,
                 emphasised_rows=emphasised)


def _workbook_stream(raw: bytes) -> bytes:
    """The "Workbook" stream of an OLE compound document (Excel 97 and later)."""
    if not raw.startswith(_SIGNATURE):
        raise DamagedXls("no compound document signature")
    shift, mini_shift = struct.unpack_from("<HH", raw, 0x1E)
    if shift not in (9, 12) or mini_shift != 6:  # the only sizes the format has
        raise DamagedXls(f"sector sizes 2**{shift} and 2**{mini_shift}")
    size, mini_size = 1 << shift, 1 << mini_shift
    first_dir, = struct.unpack_from("<I", raw, 0x30)
    cutoff, first_minifat, _, first_difat, difat_count = struct.unpack_from("<5I", raw, 0x38)

    def sector(n: int) -> bytes:
        if (n + 2) * size > len(raw):
            raise DamagedXls(f"sector {n} lies past the end of the file")
        return raw[(n + 1) * size:(n + 2) * size]

    fat_sectors = list(struct.unpack_from("<109I", raw, 0x4C))
    for _ in range(min(difat_count, len(raw) // size)):  # more FAT sectors, in DIFAT sectors
        if first_difat >= _END:
            break
        listed = struct.unpack(f"<{size // 4}I", sector(first_difat))
        fat_sectors.extend(listed[:-1])
        first_difat = listed[-1]
    fat = [n for s in fat_sectors if s < _END
           for n in struct.unpack(f"<{size // 4}I", sector(s))]

    def chain(first: int, table: list[int]) -> list[int]:
        out: list[int] = []
        while first < _END:
            if first >= len(table) or len(out) > len(table):
                raise DamagedXls(f"a chain of sectors runs past its table or loops at {first}")
            out.append(first)
            first = table[first]
        return out

    directory = b"".join(sector(s) for s in chain(first_dir, fat))
    entries: dict[str, tuple[int, int]] = {}
    for at in range(0, len(directory) - 127, 128):
        length, kind = struct.unpack_from("<HB", directory, at + 64)
        name = directory[at:at + max(0, length - 2)].decode("utf-16-le", "replace")
        start, stream_size = struct.unpack_from("<2I", directory, at + 116)
        entries[name if kind != 5 else "\0root"] = (start, stream_size)
    found = entries.get("Workbook") or entries.get("Book")
    if found is None:
        raise DamagedXls("no Workbook stream")
    start, stream_size = found
    if stream_size >= cutoff:
        sectors = chain(start, fat)
        if stream_size > len(sectors) * size:
            raise DamagedXls(f"a stream of {stream_size} bytes in {len(sectors)} sectors")
        return b"".join(sector(s) for s in sectors)[:stream_size]
    root_start, _ = entries["\0root"]  # a small stream lies in the mini stream
    container = b"".join(sector(s) for s in chain(root_start, fat))
    minifat = [n for s in chain(first_minifat, fat)
               for n in struct.unpack(f"<{size // 4}I", sector(s))]
    sectors = chain(start, minifat)
    if stream_size > len(sectors) * mini_size:
        raise DamagedXls(f"a small stream of {stream_size} bytes in {len(sectors)} sectors")
    return b"".join(container[s * mini_size:(s + 1) * mini_size] for s in sectors)[:stream_size]


def _records(stream: bytes, at: int) -> Iterator[tuple[int, bytes]]:
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        yield kind, stream[at + 4:at + 4 + length]
        at += 4 + length


class _Globals:
    """What the workbook's globals say before its sheets: where each sheet's records begin
    (BOUNDSHEET), whether dates count from 1904 (DATEMODE), and which cell formats (XF) are
    bold (their FONT's weight) or on a coloured fill (their pattern)."""

    def __init__(self) -> None:
        self.offsets: dict[str, int] = {}
        self.from_1904 = False
        self.bold_fonts: list[bool] = []
        self.marked: set[int] = set()  # the indexes of the XF records bold or filled
        self._xf = 0

    def read(self, stream: bytes) -> _Globals:
        for kind, data in _records(stream, 0):
            if kind == _BOF and struct.unpack_from("<H", data)[0] != 0x0600:
                break  # not BIFF8 (Excel 5 and earlier): not read
            if kind == _EOF:
                break
            if kind == _DATEMODE:
                self.from_1904 = struct.unpack_from("<H", data)[0] == 1
            elif kind == _FONT:
                self.bold_fonts.append(struct.unpack_from("<H", data, 6)[0] >= 600)
            elif kind == _XF:
                self._format(data)
            elif kind == _BOUNDSHEET:
                offset, = struct.unpack_from("<I", data)
                count, wide = data[6], data[7] & 1
                name = data[8:8 + count * (2 if wide else 1)].decode(
                    "utf-16-le" if wide else "latin-1", "replace")
                self.offsets.setdefault(name, int(offset))
        return self

    def _format(self, data: bytes) -> None:
        font, = struct.unpack_from("<H", data)
        font -= font > 4  # (font 4 is never written: the fifth FONT record is font 5)
        pattern = struct.unpack_from("<I", data, 14)[0] >> 26
        fore = struct.unpack_from("<H", data, 18)[0] & 0x7F
        bold = 0 <= font < len(self.bold_fonts) and self.bold_fonts[font]
        if bold or (pattern and fore not in _WHITE):
            self.marked.add(self._xf)
        self._xf += 1


def _hidden(stream: bytes, offset: int, marked: set[int] | frozenset[int] = frozenset()
            ) -> tuple[tuple[int, ...], tuple[int, ...], frozenset[int]]:
    """The sheet's hidden rows and columns, and its rows whose every cell with a value has a
    format in ``marked`` (bold or filled: the look of a header). Empty cells that are only
    formatted (BLANK, MULBLANK) do not count."""
    rows: list[int] = []
    columns: list[int] = []
    with_marked: set[int] = set()
    with_plain: set[int] = set()
    bof_length = struct.unpack_from("<H", stream, offset + 2)[0]
    for kind, data in _records(stream, offset + 4 + bof_length):
        if kind == _EOF:
            break
        if kind in _CELLS:
            row, _, xf = struct.unpack_from("<3H", data)
            (with_marked if xf in marked else with_plain).add(row)
        elif kind == _MULRK:
            row, = struct.unpack_from("<H", data)
            for at in range(4, len(data) - 2, 6):
                xf, = struct.unpack_from("<H", data, at)
                (with_marked if xf in marked else with_plain).add(row)
        elif kind == _ROW and struct.unpack_from("<H", data, 12)[0] & _ROW_HIDDEN:
            rows.append(struct.unpack_from("<H", data)[0])
        elif kind == _COLINFO and struct.unpack_from("<H", data, 8)[0] & 1:
            first, last = struct.unpack_from("<HH", data)
            columns.extend(range(first, min(last, _MOST - 1) + 1))
    return tuple(rows), tuple(columns), frozenset(with_marked - with_plain)
