"""The dossier prints under each deadline the source of its rule, in the dossier's language:
the Russian dossier cites «УПК Азербайджанской Республики, ст. 410.1.1», not the English."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from caseapp.domain.lawyer import LawyerProfile
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile

SOURCE = {"en": "Source: AZ CCrP Art. 410.1.1: a cassation complaint within one month",
          "ru": "Источник: УПК Азербайджанской Республики, ст. 410.1.1: кассационная жалоба",
          "hy": "Աղբյուր՝ Ադրբեջանի Հանրապետության քրեական դատավարության օրենսգիրք, "
                "հոդված 410.1.1"}


def _pdf(data: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.replace("\xa0", " ").split())


@pytest.mark.parametrize("lang", ["en", "ru", "hy"])
def test_the_dossier_cites_each_deadlines_source_in_its_language(case_file: CaseFile,
                                                                  lang: str) -> None:
    c = case_file.captives.create(names=["Aram Sargsyan"], capture="2024-11-20",
                                  status="on_trial", sensitivity="shareable",
                                  consent_publicity=True)
    case_file.deadline_engine.from_rule(captive_id=c.id, rule_id="az.cassation",
                                        trigger=case_file.ctx.today() - timedelta(days=3))
    text = _pdf(outputs.dossier(case_file, c.id, level="shareable", author="t",
                                lawyer=LawyerProfile(), lang=lang).data)
    assert SOURCE[lang] in text
    if lang != "en":
        assert "AZ CCrP" not in text
