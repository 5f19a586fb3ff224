"""Headers about proceedings, not about the captive: "Статус жалобы в ЕСПЧ", "ECHR status",
"Գործի կարգավիճակ" (pure: no file, no database)."""

from __future__ import annotations

import re

# A status or a category of something other than the captive: an application, a complaint,
# a case, the proceedings, a hearing, a document ("Статус жалобы в ЕСПЧ", "ECHR status",
# "Գործի կարգավիճակ", "Категория дела", "Hearing type"). Its words ("коммуницирована",
# "освобожден" from the pending cases) are no captive's status or category.
_PROCEEDINGS = re.compile(
    r"echr|ecthr|cedh|еспч|есчп|միեդ|a[iі]hm|applications?|complaints?|cases?|courts?|"
    r"proceedings?|petitions?|жалоб\w*|заявлени\w*|обращени\w*|дел[оау]|суд[аеу]?|"
    r"производств\w*|գանգատ\w*|դիմում\w*|գործ(ի|ով)?|դատարան\w*|դատավարությ\w*|"
    r"requêtes?|affaires?|procédures?|plaintes?|[şs]ikay[əe]t\w*|i[şs](i|in)?|m[əe]hk[əe]m[əe]\w*|"
    # a hearing's or a paper's kind ("Hearing type", "Document type")
    r"hearings?|documents?|papers?|заседани\w*|документ\w*|նիստ\w*|փաստաթղթ\w*|audiences?")


def about_proceedings(text: str) -> bool:
    """Whether a header's words (normalised: small letters, no punctuation) name an
    application, a complaint, a case, a court or the proceedings."""
    return any(_PROCEEDINGS.fullmatch(w) for w in text.split())
