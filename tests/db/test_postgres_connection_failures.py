"""Why a first connection to a team server failed, said in the user's language: the usual
causes in Armenian and Russian words only (the driver's own English words, once kept after
them in brackets, are in the server's log for whoever looks after it); a rarer cause in the
driver's words. No server is needed: nothing listens on port 1."""

from __future__ import annotations

import pytest

from caseapp.config import Location
from caseapp.db.postgres import connection_failure
from caseapp.domain import messages
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import open_case_file


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", "Не удаётся подключиться к командному серверу postgresql+psycopg://lawyer:***@127.0.0.1:1/casefile: "
           "по этому адресу и порту никто не отвечает; проверьте их и то, что сервер запущен."),
    ("hy", "Հնարավոր չէ միանալ postgresql+psycopg://lawyer:***@127.0.0.1:1/casefile թիմային սերվերին. "
           "այդ հասցեով և պորտով ոչինչ չի պատասխանում. ստուգեք դրանք և այն, որ սերվերն աշխատում է։"),
])
def test_nothing_listening_is_said_in_the_users_language(lang: str, said: str) -> None:
    messages.set_language(lang)  # English again after the test (tests/conftest)
    with pytest.raises(CaseFileError) as refused:
        open_case_file(Location(url="postgresql+psycopg://lawyer:pw@127.0.0.1:1/casefile"), actor="x")
    text = str(refused.value)
    assert text == said and "\n" not in text  # nothing in English after it
    assert ":pw@" not in text


def test_a_login_in_cyrillic_is_shown_as_typed() -> None:
    with pytest.raises(CaseFileError) as refused:
        open_case_file(Location(url="postgresql+psycopg://тигран:pw@127.0.0.1:1/casefile"),
                       actor="x")
    assert "postgresql+psycopg://тигран:***@127.0.0.1:1/casefile" in str(refused.value)


@pytest.mark.parametrize(("reason", "cause"), [
    ('connection failed: FATAL:  password authentication failed for user "lawyer"',
     "неверен логин или его пароль"),
    ("failed to resolve host 'casefile.example': [Errno -2] Name or service not known",
     "компьютер с таким именем не найден; проверьте адрес сервера и сеть"),
    ("connection failed: timeout expired", "сервер не ответил вовремя; проверьте сеть"),
    ('connection failed: FATAL:  database "casefil" does not exist',
     "на сервере нет файла дела (базы данных) с таким именем"),
    # Before, these two were left in the server's words only.
    ('connection failed: FATAL:  role "anna" is not permitted to log in',
     "этот логин отозван: обратитесь к владельцу команды"),
    ('connection failed: FATAL:  permission denied for database "casefile"\nDETAIL:  User does '
     "not have CONNECT privilege.",
     "этого логина нет в команде этого файла дела: обратитесь к владельцу команды"),
])
def test_the_usual_causes_are_named(reason: str, cause: str) -> None:
    found = connection_failure(reason)
    assert found is not None and found.render("ru") == cause


def test_another_cause_is_left_in_the_drivers_words() -> None:
    assert connection_failure("SSL error: certificate verify failed") is None
