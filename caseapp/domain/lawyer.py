"""Who signs the letters and documents: the lawyer's details, as the case file's settings and
the ``CASEAPP_LAWYER_*`` variables give them. A module of its own: the window's start reads
them with the case settings, before anything of the documents is needed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

LAWYER_ENV = {  # LawyerProfile field -> environment variable the command line reads
    "name": "CASEAPP_LAWYER_NAME",
    "organisation": "CASEAPP_LAWYER_ORGANISATION",
    "address": "CASEAPP_LAWYER_ADDRESS",
    "bar_number": "CASEAPP_LAWYER_BAR_NUMBER",
    "phone": "CASEAPP_LAWYER_PHONE",
    "email": "CASEAPP_LAWYER_EMAIL",
    "city": "CASEAPP_LAWYER_CITY",
    "name_hy": "CASEAPP_LAWYER_NAME_HY",
    "name_ru": "CASEAPP_LAWYER_NAME_RU",
}


def name_in_language(lang: str, name: str, *, hy: str, ru: str) -> str:
    """The lawyer's name as a document in ``lang`` writes it: in the language's script when
    recorded (a letter's signature, a dossier's representative and author), else ``name``."""
    return {"hy": hy, "ru": ru}.get(lang, "") or name


@dataclass(frozen=True)
class LawyerProfile:
    """Who signs: the settings the letters and the dossier's metadata take their author from."""

    name: str = ""
    organisation: str = ""
    address: str = ""  # postal address, lines separated by "\n"
    bar_number: str = ""
    phone: str = ""
    email: str = ""
    city: str = ""  # where letters are signed ("Yerevan")
    name_hy: str = ""  # the name in Armenian letters, for letters in Armenian
    name_ru: str = ""  # the name in Cyrillic letters, for letters in Russian

    def name_for(self, lang: str) -> str:
        """The name a letter in ``lang`` is signed with: in its script when recorded."""
        return name_in_language(lang, self.name, hy=self.name_hy, ru=self.name_ru)

    @classmethod
    def from_mapping(cls, values: Mapping[str, str]) -> LawyerProfile:
        """From ``CASEAPP_LAWYER_*`` variables (``os.environ`` or any mapping).

        A literal ``\\n`` in the address stands for a line break."""
        found = {f: values.get(env, "").strip() for f, env in LAWYER_ENV.items()}
        found["address"] = found["address"].replace("\\n", "\n")
        return cls(**found)

    def filled_from(self, other: LawyerProfile) -> LawyerProfile:
        """These details, each empty field taken from ``other`` (the case file's details
        first, the ``CASEAPP_LAWYER_*`` variables only where the file says nothing)."""
        return LawyerProfile(**{f: getattr(self, f) or getattr(other, f) for f in LAWYER_ENV})
