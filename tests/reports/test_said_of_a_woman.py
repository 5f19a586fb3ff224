"""Russian documents speak of a woman in the feminine: the dossier's chronology «Взята в
плен», «Доставлена в место содержания», «Убыла из места содержания», its «Кем взята в плен»
and «…того, что жива», when the level shows her sex; the plain form of a man, and of a woman
whose sex the level withholds (as her status is said: caseapp.reports.texts.status_label).
The Russian demo speaks of its women so too."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.reports.dossier import render_dossier, section_titles
from caseapp.reports.texts import CATALOGUES, OF_A_WOMAN, TEXTS
from caseapp.services.casefile import CaseFile, Location, open_case_file
from caseapp.services.dossier_data import build_dossier
from tests.conftest import TODAY, messages_in
from tests.reports.conftest import outline_titles, pdf_text

SAID_OF_HER = ("Взята в плен", "Доставлена в место содержания", "Убыла из места содержания",
               "Кем взята в плен", "Посещения и другие подтверждения того, что жива")
SAID_OF_HIM = ("Взят в плен", "Доставлен в место содержания", "Убыл из места содержания",
               "Кем взят в плен", "Посещения и другие подтверждения того, что жив")


def _captive(cf: CaseFile, sex: str, **kw: object) -> int:
    c = cf.captives.create(names=["Анна Оганесян" if sex == "female" else "Арам Оганесян"],
                           sex=sex, capture="2023-09-30", capturing_authority="Пограничная служба",
                           status="held", **kw)
    cf.detention_places.create(captive_id=c.id, facility="Изолятор", from_date="2023-09-30",
                               to_date="2023-10-02")
    cf.detention_places.create(captive_id=c.id, facility="СИЗО № 1", from_date="2023-10-02",
                               to_date="2024-01-10")  # (and left: the last stay ended)
    cf.welfare_contacts.create(captive_id=c.id, contact_on="2026-10-01", kind="icrc_visit")
    return c.id


def _text(cf: CaseFile, cid: int, level: str) -> tuple[str, bytes]:
    data = render_dossier(build_dossier(cf, cid, level=level), lang="ru")
    return " ".join(" ".join(pdf_text(data)).split()), data


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def test_a_womans_dossier_in_russian_speaks_of_her_in_the_feminine(case_file: CaseFile) -> None:
    text, data = _text(case_file, _captive(case_file, "female"), "internal")
    assert [p for p in SAID_OF_HER if not _has(text, p)] == []
    assert [p for p in SAID_OF_HIM if _has(text, p)] == []
    # the headings and their bookmarks say it as the pages do
    assert set(section_titles("ru", "female")) <= set(outline_titles(data))
    assert "История содержания под стражей и подтверждение того, что жива" in outline_titles(data)


def test_a_mans_dossier_in_russian_keeps_the_masculine(case_file: CaseFile) -> None:
    text, _ = _text(case_file, _captive(case_file, "male"), "internal")
    assert [p for p in SAID_OF_HIM if not _has(text, p)] == []
    assert [p for p in SAID_OF_HER if _has(text, p)] == []


def test_a_woman_whose_sex_the_level_withholds_is_spoken_of_in_the_plain_form(
        case_file: CaseFile) -> None:
    """Printed at a level below her sex's, the dossier does not give away that she is a
    woman: neither in the sex field nor in the grammar."""
    cid = _captive(case_file, "female", field_levels={"sex": "internal"})
    text, _ = _text(case_file, cid, "shareable")
    assert "Женский" not in text
    assert [p for p in SAID_OF_HIM if not _has(text, p)] == []
    assert [p for p in SAID_OF_HER if _has(text, p)] == []


def test_every_form_said_of_a_woman_is_of_a_text_of_the_catalogue() -> None:
    for lang in CATALOGUES:
        assert set(OF_A_WOMAN[lang]) <= set(TEXTS[lang]), lang
    assert OF_A_WOMAN["ru"]  # (Russian has them; Armenian and English need none)


@pytest.fixture(scope="module")
def russian_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ru-demo") / "demo.db"
    out, err = io.StringIO(), io.StringIO()
    with messages_in("en"):  # (--lang ru is the process's: put back for the tests after)
        assert main(["--lang", "ru", "demo", "--db", str(path)], out=out, err=err) == 0, \
            err.getvalue()
    return path


def test_the_russian_demo_speaks_of_its_women_in_the_feminine(russian_demo: Path) -> None:
    cf = open_case_file(Location(path=russian_demo), actor="tester", today=lambda: TODAY)
    try:
        women = [c for c in cf.captives.list() if c.sex is not None and c.sex.value == "female"]
        assert {c.latin_name for c in women} == {"Anahit Davtyan", "Lilit Hakobyan"}
        for c in women:
            full = cf.captives.get(c.id)
            said = [full.summary, full.capture_circumstances, *full.tags,
                    *(h.note for h in cf.captives.status_history(c.id)),
                    *(p.notes for p in cf.detention_places.list(captive_id=c.id))]
            said = [s for s in said if s]
            assert "взята в плен" in full.summary, full.summary
            masculine = re.compile(r"(?<!\w)(взят|снят|передан|освобожд[её]н|переведён|"
                                   r"переведен|остался|вернулся|с ним)(?!\w)", re.IGNORECASE)
            assert [s for s in said if masculine.search(s)] == [], c.latin_name
        lilit = next(c for c in women if c.latin_name == "Lilit Hakobyan")
        said_of_lilit = " ".join(filter(None, [
            cf.captives.get(lilit.id).capture_circumstances,
            *(h.note for h in cf.captives.status_history(lilit.id))]))
        assert "с ней связь" in said_of_lilit and "Передана на границе" in said_of_lilit
    finally:
        cf.close()
