"""The fixed text of the shipped letter templates in Russian, block by block (see
``tools/make_templates.py`` for the kinds of block). Placeholders are those of
``caseapp.reports.letter_values.PLACEHOLDERS``; each translation uses the same set as its English
original (tests/reports/test_template_languages.py checks it).

Terms as in docs/glossary.md. Sentences about the captive avoid the past tense, which Russian
marks for gender; where a noun has a woman's form («доверительница»), the letter chooses it
with ``{% if captive_is_woman %}`` (see :func:`_of`); counts of days are
written "сут." (сутки, the unit of custody terms), which takes no plural ending."""

from __future__ import annotations

from typing import Any

from letter_texts_en import UNLESS, beside  # (tools/ is on the path of make_templates.py)

Block = tuple[str, Any]


def _beside_both() -> str:
    """The name in Cyrillic, then in brackets its Latin and native spellings, each only where
    it differs from those before it (see :func:`letter_texts_en.beside`)."""
    return ("{{ captive_name }}{% if captive_name_latin != captive_name %} "
            "({{ captive_name_latin }}{% if captive_name_native != captive_name and "
            "captive_name_native != captive_name_latin %}; {{ captive_name_native }}{% endif %})"
            "{% elif captive_name_native != captive_name %} ({{ captive_name_native }})"
            "{% endif %}")


def _of(her: str, him: str) -> str:
    """The words said of a woman, else of a man (or when the sex is not recorded)."""
    return "{% if captive_is_woman %}" + her + "{% else %}" + him + "{% endif %}"

ICRC_RU: list[Block] = [
    ("subject", "Просьба о посещении и о розыске: {{ captive_name }}"),
    ("p", "{{ salutation }}"),
    ("p", "Я представляю интересы лица, сведения о котором приведены ниже, и обращаюсь к "
          "Международному Комитету Красного Креста с просьбой о содействии."),
    ("facts", [("ФИО", "{{ captive_name }}"),
               ("Другие написания", "{{ captive_names_other }}", "captive_names_other"),
               ("Дата рождения", "{{ captive_birth_date }}"),
               ("Гражданство", "{{ captive_citizenship }}"),
               ("Дата и место задержания", "{{ capture_date }}, {{ capture_place }}"),
               ("Задержавший орган", "{{ capturing_authority }}"),
               ("Последнее известное место содержания", "{{ detention_place }}"),
               ("Последние подтверждённые сведения", "{{ last_contact_date }}")]),
    ("p", "Прошу МККК:"),
    ("list", ["посетить " + _of("мою доверительницу", "моего доверителя")
              + " в месте содержания под стражей, оценить условия "
              "содержания и состояние здоровья;",
              "если местонахождение не подтверждено, открыть или продолжить розыск и сообщить "
              "о его результатах семье;",
              "содействовать обмену сообщениями Красного Креста между "
              + _of("моей доверительницей", "моим доверителем") + " и "
              "семьёй."]),
    ("p", "Прошу сообщить мне о принятых мерах по указанному выше адресу."),
    ("close", "С уважением,"),
]

OMBUDSMAN_RU: list[Block] = [
    ("subject", "Конфиденциальное свидание с защитником и медицинская помощь: "
                "{{ captive_name }}"),
    ("p", "{{ salutation }}"),
    ("p", "Обращаюсь к Вам в качестве защитника лица, сведения о котором приведены ниже."),
    ("facts", [("ФИО", "{{ captive_name }}"), ("Дата рождения", "{{ captive_birth_date }}"),
               ("Место содержания", "{{ detention_place }}, {{ detention_address }}"),
               ("Уголовное дело", "№ {{ case_number }}"),
               ("Состояние здоровья", "{{ health }}")]),
    ("p", "Несмотря на мои обращения, мне не предоставлена возможность конфиденциального "
          "свидания с " + _of("доверительницей", "доверителем")
          + ". Право на конфиденциальное общение с защитником по своему "
          "выбору гарантировано статьёй 14 Международного пакта о гражданских и политических "
          "правах, статьёй 6 Конвенции о защите прав человека и основных свобод и правилом 61 "
          "Минимальных стандартных правил Организации Объединённых Наций в отношении обращения "
          "с заключёнными (Правил Нельсона Манделы). Медицинское обслуживание заключённых "
          "является обязанностью государства (правила 24–27 тех же Правил)."),
    ("p", "В связи с изложенным прошу Вас:"),
    ("list", ["обеспечить мне конфиденциальное свидание с "
              + _of("доверительницей", "доверителем") + " в месте содержания под "
              "стражей продолжительностью, достаточной для подготовки защиты;",
              "обеспечить безотлагательный осмотр " + _of("доверительницы", "доверителя")
              + " независимым врачом и получение "
              "назначенного лечения, а также предоставить защитнику копию медицинского "
              "заключения;",
              "сообщить мне о принятых мерах."]),
    ("close", "С уважением,"),
]

RULE39_RU: list[Block] = [
    ("banner", "СРОЧНО: ЗАПРОС О ПРИМЕНЕНИИ ОБЕСПЕЧИТЕЛЬНОЙ МЕРЫ НА ОСНОВАНИИ ПРАВИЛА 39 "
               "РЕГЛАМЕНТА СУДА"),
    ("subject", "Жалоба № {{ echr_reference }}; заявитель {{ captive_name_latin }}; "
                "государство-ответчик: {{ respondent_state }}"),
    ("p", "{{ salutation }}"),
    ("p", "От имени заявителя — {{ captive_name }}, дата рождения: {{ captive_birth_date }}, "
          "место содержания под стражей: {{ detention_place }} — прошу Суд указать "
          "Правительству государства-ответчика ({{ respondent_state }}) на обеспечительную "
          "меру в соответствии с правилом 39 Регламента Суда."),
    ("p", "Испрашиваемая мера: {{ current_asks }}"),
    ("p", "Нынешнее положение заявителя: {{ captive_status }}; дата пленения: "
          "{{ capture_date }}; срок содержания под стражей: {{ days_in_custody }} сут. "
          "Состояние здоровья: {{ health }}"),
    ("p", "Запрос с обоснованием его срочности и подтверждающие документы прилагаются. "
          "Секретариат Суда может связаться со мной по указанным выше телефону и адресу "
          "электронной почты, в том числе в нерабочее время."),
    ("close", "С уважением,"),
]

WGAD_RU: list[Block] = [
    ("subject", "Сообщение: {{ captive_name }} ({{ respondent_state }})"),
    ("p", "{{ salutation }}"),
    ("p", "В соответствии с методами работы Рабочей группы по произвольным задержаниям "
          "представляю сообщение о лишении свободы лица, сведения о котором приведены ниже, и "
          "прошу Рабочую группу вынести по нему мнение."),
    ("facts", [("ФИО латиницей", "{{ captive_name_latin }}"),
               ("Другие написания", "{{ captive_names_other_than_latin }}",
                "captive_names_other_than_latin"),
               ("Дата рождения", "{{ captive_birth_date }}"),
               ("Гражданство", "{{ captive_citizenship }}"),
               ("Дата, место и орган, лишивший свободы",
                "{{ capture_date }}, {{ capture_place }}, {{ capturing_authority }}"),
               ("Место содержания", "{{ detention_place }}"),
               (UNLESS, "no_proceedings_known",
                [("Уголовное дело", "№ {{ case_number }}, {{ court }}"),
                 ("Обвинение", "{{ charges }}")],
                ("Уголовное дело", "Уголовное дело и обвинение неизвестны.")),
               ("Статус", "{{ captive_status }}")]),
    ("p", "Факты и основания, по которым лишение свободы является произвольным, изложены в "
          "прилагаемом вопроснике с приложениями. Источник согласен на передачу сообщения "
          "Правительству."),
    ("close", "С уважением,"),
]

EMBASSY_RU: list[Block] = [
    ("subject", "Справка: {{ captive_name }}; срок содержания под стражей — "
                "{{ days_in_custody }} сут."),
    ("p", "{{ salutation }}"),
    ("p", "В преддверии Ваших контактов с властями направляю краткую справку о положении "
          + _of("моей доверительницы", "моего доверителя") + "."),
    ("facts", [("ФИО", beside("captive_name_latin", "captive_name_native")),
               ("Категория", "{{ captive_category }}"), ("Статус", "{{ captive_status }}"),
               ("Дата и место пленения", "{{ capture_date }}, {{ capture_place }}"),
               ("Дней под стражей", "{{ days_in_custody }}"),
               ("Место содержания", "{{ detention_place }}"),
               (UNLESS, "no_proceedings_known",
                [("Уголовное дело", "№ {{ case_number }}, {{ court }}"),
                 ("Обвинение", "{{ charges }}")],
                ("Уголовное дело", "Уголовное дело и обвинение неизвестны.")),
               ("Ближайшее судебное заседание", "{{ next_hearing }}")]),
    ("p", "Основные факты: {{ key_facts }}"),
    ("p", "Будем признательны, если Ваше правительство поднимет этот вопрос и поддержит "
          "следующее: {{ current_asks }}"),
    ("p", "При необходимости предоставлю любую дополнительную информацию."),
    ("close", "С уважением,"),
]

# Signed by a captive in custody who reads Russian: his name in Cyrillic where recorded, his
# own spelling beside it, and the passport spelling at the signature.
POA_RU: list[Block] = [
    ("title", "ДОВЕРЕННОСТЬ"),
    ("p", "Я, " + beside("captive_name", "captive_name_native") + ", дата рождения: "
          "{{ captive_birth_date }}, место рождения: {{ captive_birth_place }}, гражданство: "
          "{{ captive_citizenship }},"),
    ("p", "настоящей доверенностью уполномочиваю адвоката (ФИО: {{ lawyer_name }}; "
          "регистрационный номер: {{ lawyer_bar_number }}; адрес: {{ lawyer_address }})"),
    ("p", "представлять мои интересы и действовать от моего имени в Европейском суде по "
          "правам человека, органах Организации Объединённых Наций, Международном Комитете "
          "Красного Креста, национальных правозащитных учреждениях, а также в органах власти "
          "и судах любого государства по всем вопросам, связанным с лишением меня свободы, в "
          "том числе подавать жалобы, сообщения, заявления и ходатайства, получать документы и "
          "корреспонденцию и знакомиться с материалами моих дел."),
    ("p", "Доверенность действует до её отмены в письменной форме."),
    ("signature", ["Место и дата: ______________________________",
                   "Подпись доверителя ({{ captive_name_latin }}): ______________________",
                   "Доверенность принял представитель: ______________________________"]),
]

PRESS_RU: list[Block] = [
    ("title", "ЗАЯВЛЕНИЕ ДЛЯ ПРЕССЫ"),
    ("right", "Для немедленного распространения · {{ today }}"),
    ("subject", "{{ captive_name }}: срок содержания под стражей — {{ days_in_custody }} сут."),
    ("p", _beside_both() + " находится в "
          "плену. Дата пленения: {{ capture_date }}; место пленения: {{ capture_place }}. Срок "
          "содержания под стражей составляет {{ days_in_custody }} сут. Нынешний статус: "
          "{{ captive_status }}."),
    ("p", "{{ key_facts }}"),
    ("p", "Наши требования: {{ current_asks }}"),
    ("p", "Контакты для СМИ: {{ lawyer_name }}, {{ lawyer_email }}, {{ lawyer_phone }}."),
]

# the template's name without its language -> its blocks
LETTERS: dict[str, list[Block]] = {
    "icrc_request": ICRC_RU,
    "ombudsman_visit_medical": OMBUDSMAN_RU,
    "echr_rule39_cover": RULE39_RU,
    "wgad_communication": WGAD_RU,
    "embassy_brief": EMBASSY_RU,
    "power_of_attorney": POA_RU,
    "press_statement": PRESS_RU,
}
