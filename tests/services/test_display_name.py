"""One Latin headline name everywhere: the captives list, the table rows, the dossier, the
status report and the letters show the same name, chosen by the one rule."""

from __future__ import annotations

import pytest

from caseapp.reports.dossier import render_dossier
from caseapp.reports.letter_values import letter_context
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.status_report_data import build_status_report
from tests.conftest import TODAY
from tests.reports.conftest import LAWYER, pdf_text

CASES = [
    # names as the lawyer recorded them -> the headline written by hand
    ([dict(full_name="Արտաշես Մկրտչյան", language="hy", is_primary=True),
      dict(full_name="Artaşes Mkrtçyan", language="az", kind="alias"),
      dict(full_name="Арташес Мкртчян", language="ru", kind="transliteration")],
     "Artashes Mkrtchyan"),
    ([dict(full_name="Եղիշե Ոսկանյան", language="hy", is_primary=True)], "Yeghishe Voskanyan"),
    ([dict(full_name="Վարդան Ղազարյան", language="hy", is_primary=True),
      dict(full_name="Vardan Ghazarian", language="fr", kind="transliteration"),
      dict(full_name="Vardan Ghazaryan", language="en", kind="transliteration")],
     "Vardan Ghazaryan"),
]


@pytest.mark.parametrize(("names", "headline"), CASES, ids=[c[1] for c in CASES])
def test_every_output_shows_the_same_latin_name(case_file: CaseFile, names: list[dict],
                                                headline: str) -> None:
    cf = case_file
    c = cf.captives.create(names=names, status="held", sensitivity="public",
                           consent_publicity=True)
    assert [x.latin_name for x in cf.captives.list()] == [headline]
    assert cf.captives.get(c.id).latin_name == headline
    assert [r.latin_name for r in cf.overview.captive_rows()] == [headline]
    dossier = build_dossier(cf, c.id, level="internal")
    assert dossier.captive.latin_name == headline
    assert [r.latin_name for r in build_status_report(cf, level="public").rows] == [headline]
    context = letter_context(dossier, lang="en", lawyer=LAWYER, today=TODAY)
    assert context["captive_name_latin"] == headline
    assert context["captive_name"] == headline  # an English letter names them in Latin
    pages = pdf_text(render_dossier(dossier))
    assert headline in pages[0] and headline in pages[1]  # cover and running header
    assert "Artaşes Mkrtçyan" not in pages[1].split("\n")[0]  # never the running header
