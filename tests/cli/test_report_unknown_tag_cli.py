"""``caseapp report --tag`` with a tag no captive has (mistyped: "Khtsaberd" for "Khtsaberd
group") wrote a report on 0 captives, ready to hand over as if none were held; it is refused
in one line naming the tag, and no file is written."""

from __future__ import annotations

import io
from pathlib import Path

from caseapp.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_tag_no_captive_has_is_refused(demo_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    code, out, err = run("report", "--tag", "Khtsaberd", "-o", str(target), "--db", str(demo_copy))
    assert code == 2 and out == "" and not target.exists()
    assert err.count("\n") == 1 and "“Khtsaberd”" in err and "Traceback" not in err
    code, out, _ = run("report", "--tag", "Khtsaberd group", "-o", str(target),
                       "--db", str(demo_copy))
    assert code == 0 and target.exists() and "(5 captives" in out
