"""One captive's name as an Azerbaijani court, a Russian list, the English press and an
Armenian letter write it meets itself: the search finds each spelling from the Azerbaijani
one and the Azerbaijani one from each, and the duplicate check offers them as one person;
names that only look alike (a man's and a woman's surname, a brother and a sister, two
surnames a letter apart) are never offered. On a SQLite file and on a PostgreSQL server."""

from __future__ import annotations

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_duplicates import likely_pairs

# Azerbaijani Latin (court records) | Russian Cyrillic | English press | Armenian (or "").
# Men's and women's surnames (-ov/-ova, -yev/-yeva, -li, -zadə), patronymics (oğlu / оглы,
# qızı / кызы / gizi), Armenian captives as an Azerbaijani court spells them.
SPELLINGS = [
    ("Şükürov Elçin", "Шукюров Эльчин", "Shukurov Elchin", "Շուքուրով Էլչին"),  # ü / ю
    ("Əliyev Ramil Əli oğlu", "Алиев Рамиль Али оглы", "Aliyev Ramil Ali oglu", "Ալիև Ռամիլ"),
    ("Qasımova Aynur", "Гасымова Айнур", "Gasimova Aynur", ""),  # q / г, ı / ы
    ("Hüseynov Vüsal", "Гусейнов Вюсал", "Huseynov Vusal", "Հուսեյնով Վուսալ"),  # h / г
    ("Məmmədov Eldəniz", "Мамедов Эльдениз", "Mammadov Eldaniz", "Մամեդով Էլդենիզ"),  # ə / е
    ("Cəfərova Səbinə Tofiq qızı", "Джафарова Сабина Тофик кызы",
     "Jafarova Sabina Tofig gizi", ""),  # c / дж / j
    ("Xəlilov Ülvi", "Халилов Ульви", "Khalilov Ulvi", ""),  # x / х / kh
    ("Mehdiyeva Günel", "Мехтиева Гюнель", "Mehdiyeva Gunel", ""),
    ("Ağazadə Söhrab", "Агазаде Сохраб", "Aghazade Sohrab", ""),  # ğ / г, -zadə / -заде
    ("Hüseynli Çingiz", "Гусейнли Чингиз", "Huseynli Chingiz", ""),  # -li, ç / ч / ch
    ("Gözəlov Rüstəm", "Гёзалов Рустам", "Gozalov Rustam", ""),  # ö / ё
    ("Məhərrəmova Könül", "Магеррамова Кёнуль", "Maharramova Konul", ""),
    ("Nəcəfov Cavanşir", "Наджафов Джаваншир", "Najafov Javanshir", ""),
    ("Əsgərov Elşən", "Аскеров Эльшан", "Asgarov Elshan", ""),
    ("Rəhimli Aysel", "Рагимли Айсель", "Rahimli Aysel", ""),  # y / й
    ("Mkrtçyan Artaşes", "Мкртчян Арташес", "Mkrtchyan Artashes", "Մկրտչյան Արտաշես"),
    ("Qazaryan Arşak", "Казарян Аршак", "Ghazaryan Arshak", "Ղազարյան Արշակ"),
    ("Xaçatryan Tigran", "Хачатрян Тигран", "Khachatryan Tigran", "Խաչատրյան Տիգրան"),
    ("Arutyunyan Lilit", "Арутюнян Лилит", "Harutyunyan Lilit", "Հարությունյան Լիլիթ"),
    ("Gevorqyan Gülnarə", "Геворкян Гюльнара", "Gevorgyan Gulnara", "Գևորգյան Գյուլնարա"),
    ("Hambardzumyan Albert", "Амбарцумян Альберт", "Ambartsumyan Albert",
     "Համբարձումյան Ալբերտ"),  # ձ / ц / dz
    ("Ohanesyan Nerses", "Оганесян Нерсес", "Hovhannisyan Nerses", "Հովհաննիսյան Ներսես"),
]

# Two people each: never to be offered as one.
DIFFERENT = [
    ("Əliyev", "Əliyeva"),  # husband and wife, as a list of surnames gives them
    ("Мехтиев Р.", "Mehdiyeva R."),
    ("Şükürov Elçin Əli oğlu", "Şükürova Elmira Əli qızı"),  # brother and sister
    ("Şükürov Vüqar Əli oğlu", "Şükürov Vüqar Vəli oğlu"),  # another father
    ("Əliyev Ramil", "Vəliyev Ramil"),
    ("Hüseynov Elşən", "Həsənov Elşən"),
    ("Cəfərov Ramil", "Səfərov Ramil"),
    ("Qasımov Ramil", "Kazımov Ramil"),
    ("Məmmədov Vüsal", "Məhərrəmov Vüsal"),
    ("Qazaryan Aram", "Nazaryan Aram"),
    ("Petrosyan Arman", "Petrosyan Armen"),
]


def _file_with_every_spelling(cf: CaseFile) -> dict[str, tuple[int, int]]:
    """One captive per spelling: spelling → (its row in SPELLINGS, captive id)."""
    out = {}
    for row, names in enumerate(SPELLINGS):
        for name in filter(None, names):
            out[name] = (row, cf.captives.create(names=[name]).id)
    return out


@pytest.fixture(params=["case_file", "server_case_file"])
def any_file(request: pytest.FixtureRequest) -> CaseFile:
    return request.getfixturevalue(request.param)


def test_each_spelling_finds_the_azerbaijani_one_and_is_found_by_it(any_file: CaseFile) -> None:
    captives = _file_with_every_spelling(any_file)
    missed = []
    for azerbaijani, *others in SPELLINGS:
        for other in filter(None, others):
            for query, wanted in ((azerbaijani, other), (other, azerbaijani)):
                # Every word typed must be in the name: as many as the shorter spelling has.
                query = " ".join(query.split()[:len(wanted.split())])
                found = any_file.search.captive_ids(query, names_only=True)
                if captives[wanted][1] not in found:
                    missed.append(f"{query} → {wanted}")
            # By the surname alone too, as a lawyer types it.
            surname, wanted = other.split()[0], azerbaijani
            if captives[wanted][1] not in any_file.search.captive_ids(surname, names_only=True):
                missed.append(f"{surname} → {wanted}")
    assert not missed, missed


def test_each_spelling_is_offered_as_the_azerbaijani_ones_duplicate(any_file: CaseFile) -> None:
    captives = _file_with_every_spelling(any_file)
    offered = {frozenset((p.first_name, p.second_name)) for p in likely_pairs(any_file.ctx)}
    wanted = {frozenset((names[0], other)) for names in SPELLINGS for other in names[1:] if other}
    assert not wanted - offered, sorted(tuple(sorted(p)) for p in wanted - offered)
    # Nothing across two people of the table (each row is one person).
    across = [tuple(p) for p in offered if len({captives[n][0] for n in p}) > 1]
    assert not across, across


def test_names_that_only_look_alike_are_not_offered(any_file: CaseFile) -> None:
    for first, second in DIFFERENT:
        any_file.captives.create(names=[first])
        any_file.captives.create(names=[second])
    offered = [(p.first_name, p.second_name) for p in likely_pairs(any_file.ctx)]
    assert not offered


@pytest.mark.parametrize("query", [
    "Şük\u200fürov",  # a right-to-left mark, pasted from a right-to-left text
    "\u202bШук\u202cюров",  # an embedding
    "Shu\u00adkurov",  # a soft hyphen from a PDF
])
def test_a_query_is_read_without_the_invisible_characters_a_name_is_kept_without(
        case_file: CaseFile, query: str) -> None:
    target = case_file.captives.create(names=["Şükürov Elçin"]).id
    assert case_file.captives.get(target).names[0].full_name == "Şükürov Elçin"
    assert case_file.search.captive_ids(query) == [target]
