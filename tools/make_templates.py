"""Write the shipped letter templates (resources/templates/*.docx) with python-docx.

Run ``uv run python tools/make_templates.py`` after changing a text below, and commit the
.docx files it writes: lawyers edit those in Word or LibreOffice. Every ``{{ name }}`` is a
placeholder of ``caseapp.reports.letters.PLACEHOLDERS``; each one is written inside a single
run so that docxtpl finds it whole.
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "templates"

# Fonts that show the letter's script in Word on Windows and macOS; LibreOffice substitutes
# a metric-compatible or a DejaVu face where they are missing.
FONTS = {"en": "Times New Roman", "ru": "Times New Roman", "hy": "Sylfaen"}

Block = tuple[str, Any]

# ---- English --------------------------------------------------------------------------------

EN_FACTS = [("Name", "{{ captive_name }}"), ("Other spellings", "{{ captive_names_all }}"),
            ("Date of birth", "{{ captive_birth_date }}"),
            ("Citizenship", "{{ captive_citizenship }}"),
            ("Captured", "{{ capture_date }}, {{ capture_place }}"),
            ("Captured by", "{{ capturing_authority }}"),
            ("Last known place of detention", "{{ detention_place }}"),
            ("Last confirmed news", "{{ last_contact_date }}")]

ICRC_EN: list[Block] = [
    ("subject", "Request for a visit and for tracing: {{ captive_name }}"),
    ("p", "Dear {{ recipient_name }},"),
    ("p", "I represent the person named below and write to ask for the help of the International "
          "Committee of the Red Cross."),
    ("facts", EN_FACTS),
    ("p", "I respectfully ask the ICRC:"),
    ("list", ["to visit my client at the place of detention and to assess the conditions of "
              "detention and the state of health;",
              "if the whereabouts cannot be confirmed, to open or pursue a tracing request and "
              "to inform the family of the outcome;",
              "to facilitate the exchange of Red Cross messages between my client and the "
              "family."]),
    ("p", "I would be grateful to be informed of the steps taken, at the address above."),
    ("close", "Yours sincerely,"),
]

OMBUDSMAN_EN: list[Block] = [
    ("subject", "Confidential lawyer visit and medical care: {{ captive_name }}"),
    ("p", "Dear {{ recipient_name }},"),
    ("p", "I write as defence counsel of the person named below."),
    ("facts", [("Name", "{{ captive_name }}"), ("Date of birth", "{{ captive_birth_date }}"),
               ("Place of detention", "{{ detention_place }}, {{ detention_address }}"),
               ("Criminal case", "{{ case_number }}"),
               ("State of health", "{{ health }}")]),
    ("p", "Despite my requests, I have not been able to meet my client in private. The right "
          "to communicate in confidence with counsel of one's own choosing is guaranteed by "
          "Article 14 of the International Covenant on Civil and Political Rights, Article 6 of "
          "the European Convention on Human Rights and Rule 61 of the United Nations Standard "
          "Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules). Health care "
          "of prisoners is the responsibility of the State (Rules 24 to 27 of the same Rules)."),
    ("p", "I therefore ask you:"),
    ("list", ["to ensure that I can visit my client at the place of detention, in private and "
              "for a time sufficient to prepare the defence;",
              "to ensure that my client is examined without delay by an independent doctor and "
              "receives the treatment prescribed, and that counsel receives a copy of the "
              "medical findings;",
              "to inform me of the steps taken."]),
    ("close", "Yours sincerely,"),
]

RULE39_EN: list[Block] = [
    ("banner", "URGENT: REQUEST FOR AN INTERIM MEASURE UNDER RULE 39 OF THE RULES OF COURT"),
    ("subject", "{{ captive_name_latin }} v. {{ respondent_state }}, application "
                "{{ echr_reference }}"),
    ("p", "Dear {{ recipient_name }},"),
    ("p", "On behalf of the applicant, {{ captive_name_latin }}, born {{ captive_birth_date }}, "
          "held at {{ detention_place }}, I ask the Court to indicate to the Government of "
          "{{ respondent_state }} an interim measure under Rule 39 of the Rules of Court."),
    ("p", "The measure sought: {{ current_asks }}"),
    ("p", "The applicant's present situation: {{ captive_status }}, {{ days_in_custody }} days "
          "in custody since {{ capture_date }}. State of health: {{ health }}"),
    ("p", "The request, with the reasons for its urgency and the supporting documents, is "
          "enclosed. I remain available to the Registry at the telephone number and e-mail "
          "address above, including outside office hours."),
    ("close", "Yours faithfully,"),
]

WGAD_EN: list[Block] = [
    ("subject", "Communication concerning {{ captive_name_latin }} ({{ respondent_state }})"),
    ("p", "Dear {{ recipient_name }},"),
    ("p", "I submit to the Working Group on Arbitrary Detention, under its methods of work, a "
          "communication concerning the deprivation of liberty of the person named below, and "
          "ask the Working Group to render an opinion on it."),
    ("facts", [("Name", "{{ captive_name_latin }}"), ("Other spellings", "{{ captive_names_all }}"),
               ("Date of birth", "{{ captive_birth_date }}"),
               ("Citizenship", "{{ captive_citizenship }}"),
               ("Deprived of liberty", "{{ capture_date }}, {{ capture_place }}, by "
                                       "{{ capturing_authority }}"),
               ("Place of detention", "{{ detention_place }}"),
               ("Criminal case", "{{ case_number }}, {{ court }}"),
               ("Charges", "{{ charges }}"), ("Status", "{{ captive_status }}")]),
    ("p", "The facts and the reasons why the detention is arbitrary are set out in the "
          "enclosed questionnaire, with its annexes. The source consents to the communication "
          "being transmitted to the Government."),
    ("close", "Yours faithfully,"),
]

EMBASSY_EN: list[Block] = [
    ("subject", "Brief: {{ captive_name_latin }}, {{ days_in_custody }} days in custody"),
    ("p", "Dear {{ recipient_name }},"),
    ("p", "Ahead of your contacts with the authorities, please find below a short brief on "
          "the situation of my client."),
    ("facts", [("Name", "{{ captive_name_latin }} ({{ captive_name_native }})"),
               ("Category", "{{ captive_category }}"), ("Status", "{{ captive_status }}"),
               ("Captured", "{{ capture_date }}, {{ capture_place }}"),
               ("Days in custody", "{{ days_in_custody }}"),
               ("Place of detention", "{{ detention_place }}"),
               ("Criminal case", "{{ case_number }}, {{ court }}"),
               ("Charges", "{{ charges }}"), ("Next hearing", "{{ next_hearing }}")]),
    ("p", "Key facts: {{ key_facts }}"),
    ("p", "We would be grateful if your Government could raise the case and support the "
          "following: {{ current_asks }}"),
    ("p", "I remain at your disposal for any further information."),
    ("close", "Yours sincerely,"),
]

POA_EN: list[Block] = [
    ("title", "POWER OF ATTORNEY"),
    ("p", "I, the undersigned, {{ captive_name_latin }} ({{ captive_name_native }}), born "
          "{{ captive_birth_date }} in {{ captive_birth_place }}, citizen of "
          "{{ captive_citizenship }},"),
    ("p", "hereby authorise {{ lawyer_name }}, advocate, bar registration number "
          "{{ lawyer_bar_number }}, {{ lawyer_address }},"),
    ("p", "to represent me and to act on my behalf before the European Court of Human Rights, "
          "the bodies of the United Nations, the International Committee of the Red Cross, "
          "national human rights institutions and the authorities and courts of any State, in "
          "all matters concerning my deprivation of liberty, in particular to lodge "
          "applications, communications and requests, to receive documents and correspondence, "
          "and to have access to my case files."),
    ("p", "This power of attorney is valid until revoked in writing."),
    ("signature", ["Place and date: ______________________________",
                   "Signature of the principal: ______________________________",
                   "Accepted by the representative: ______________________________"]),
]

PRESS_EN: list[Block] = [
    ("title", "PRESS STATEMENT"),
    ("right", "For immediate release · {{ today }}"),
    ("subject", "{{ captive_name_latin }}: {{ days_in_custody }} days in custody"),
    ("p", "{{ captive_name_latin }} ({{ captive_name_native }}) was captured on "
          "{{ capture_date }} at {{ capture_place }} and has now spent {{ days_in_custody }} "
          "days in custody. Present status: {{ captive_status }}."),
    ("p", "{{ key_facts }}"),
    ("p", "What we ask: {{ current_asks }}"),
    ("p", "Media contact: {{ lawyer_name }}, {{ lawyer_email }}, {{ lawyer_phone }}."),
]

# ---- Russian ---------------------------------------------------------------------------------

ICRC_RU: list[Block] = [
    ("subject", "Просьба о посещении и о розыске: {{ captive_name }}"),
    ("p", "Уважаемый(-ая) {{ recipient_name }}!"),
    ("p", "Я представляю интересы лица, сведения о котором приведены ниже, и обращаюсь к "
          "Международному Комитету Красного Креста с просьбой о содействии."),
    ("facts", [("ФИО", "{{ captive_name }}"), ("Другие написания", "{{ captive_names_all }}"),
               ("Дата рождения", "{{ captive_birth_date }}"),
               ("Гражданство", "{{ captive_citizenship }}"),
               ("Дата и место задержания", "{{ capture_date }}, {{ capture_place }}"),
               ("Задержавший орган", "{{ capturing_authority }}"),
               ("Последнее известное место содержания", "{{ detention_place }}"),
               ("Последние подтверждённые сведения", "{{ last_contact_date }}")]),
    ("p", "Прошу МККК:"),
    ("list", ["посетить моего доверителя в месте содержания под стражей, оценить условия "
              "содержания и состояние здоровья;",
              "если местонахождение не подтверждено, открыть или продолжить розыск и сообщить "
              "о его результатах семье;",
              "содействовать обмену сообщениями Красного Креста между моим доверителем и "
              "семьёй."]),
    ("p", "Прошу сообщить мне о принятых мерах по указанному выше адресу."),
    ("close", "С уважением,"),
]

OMBUDSMAN_RU: list[Block] = [
    ("subject", "Конфиденциальное свидание с защитником и медицинская помощь: "
                "{{ captive_name }}"),
    ("p", "Уважаемый(-ая) {{ recipient_name }}!"),
    ("p", "Обращаюсь к Вам в качестве защитника лица, сведения о котором приведены ниже."),
    ("facts", [("ФИО", "{{ captive_name }}"), ("Дата рождения", "{{ captive_birth_date }}"),
               ("Место содержания", "{{ detention_place }}, {{ detention_address }}"),
               ("Уголовное дело", "№ {{ case_number }}"),
               ("Состояние здоровья", "{{ health }}")]),
    ("p", "Несмотря на мои обращения, мне не предоставлена возможность конфиденциального "
          "свидания с доверителем. Право на конфиденциальное общение с защитником по своему "
          "выбору гарантировано статьёй 14 Международного пакта о гражданских и политических "
          "правах, статьёй 6 Конвенции о защите прав человека и основных свобод и правилом 61 "
          "Минимальных стандартных правил Организации Объединённых Наций в отношении обращения "
          "с заключёнными (Правил Нельсона Манделы). Медицинское обслуживание заключённых "
          "является обязанностью государства (правила 24–27 тех же Правил)."),
    ("p", "В связи с изложенным прошу Вас:"),
    ("list", ["обеспечить мне конфиденциальное свидание с доверителем в месте содержания под "
              "стражей продолжительностью, достаточной для подготовки защиты;",
              "обеспечить безотлагательный осмотр доверителя независимым врачом и получение "
              "назначенного лечения, а также предоставить защитнику копию медицинского "
              "заключения;",
              "сообщить мне о принятых мерах."]),
    ("close", "С уважением,"),
]

# ---- Armenian --------------------------------------------------------------------------------

ICRC_HY: list[Block] = [
    ("subject", "Այցելության և որոնման խնդրանք՝ {{ captive_name }}"),
    ("p", "Հարգելի {{ recipient_name }},"),
    ("p", "Ներկայացնում եմ ստորև նշված անձի շահերը և դիմում եմ Կարմիր Խաչի միջազգային "
          "կոմիտեին՝ աջակցության խնդրանքով։"),
    ("facts", [("Անուն, ազգանուն", "{{ captive_name }}"),
               ("Այլ տառադարձումներ", "{{ captive_names_all }}"),
               ("Ծննդյան ամսաթիվ", "{{ captive_birth_date }}"),
               ("Քաղաքացիություն", "{{ captive_citizenship }}"),
               ("Ազատությունից զրկելու ամսաթիվը և վայրը", "{{ capture_date }}, {{ capture_place }}"),
               ("Ազատությունից զրկած մարմինը", "{{ capturing_authority }}"),
               ("Պահման վերջին հայտնի վայրը", "{{ detention_place }}"),
               ("Վերջին հաստատված տեղեկությունը", "{{ last_contact_date }}")]),
    ("p", "Խնդրում եմ ԿԽՄԿ-ին՝"),
    ("list", ["Այցելել իմ վստահորդին կալանքի վայրում, գնահատել պահման պայմանները և "
              "առողջական վիճակը։",
              "Եթե գտնվելու վայրը հաստատված չէ, բացել կամ շարունակել որոնման գործը և դրա "
              "արդյունքների մասին տեղեկացնել ընտանիքին։",
              "Աջակցել իմ վստահորդի և ընտանիքի միջև Կարմիր Խաչի հաղորդագրությունների "
              "փոխանակմանը։"]),
    ("p", "Խնդրում եմ ձեռնարկված միջոցների մասին տեղեկացնել ինձ վերը նշված հասցեով։"),
    ("close", "Հարգանքով՝"),
]

OMBUDSMAN_HY: list[Block] = [
    ("subject", "Պաշտպանի հետ գաղտնի տեսակցություն և բժշկական օգնություն՝ {{ captive_name }}"),
    ("p", "Հարգելի {{ recipient_name }},"),
    ("p", "Դիմում եմ Ձեզ որպես ստորև նշված անձի պաշտպան։"),
    ("facts", [("Անուն, ազգանուն", "{{ captive_name }}"),
               ("Ծննդյան ամսաթիվ", "{{ captive_birth_date }}"),
               ("Պահման վայրը", "{{ detention_place }}, {{ detention_address }}"),
               ("Քրեական գործ", "№ {{ case_number }}"),
               ("Առողջական վիճակը", "{{ health }}")]),
    ("p", "Չնայած իմ դիմումներին՝ ինձ չի տրամադրվել վստահորդիս հետ գաղտնի տեսակցության "
          "հնարավորություն։ Իր ընտրած պաշտպանի հետ գաղտնի հաղորդակցվելու իրավունքը "
          "երաշխավորված է Քաղաքացիական և քաղաքական իրավունքների մասին միջազգային դաշնագրի "
          "14-րդ հոդվածով, Մարդու իրավունքների և հիմնարար ազատությունների պաշտպանության մասին "
          "կոնվենցիայի 6-րդ հոդվածով և Բանտարկյալների հետ վարվելու ՄԱԿ-ի նվազագույն "
          "ստանդարտ կանոնների (Նելսոն Մանդելայի կանոններ) 61-րդ կանոնով։ Բանտարկյալների "
          "բժշկական սպասարկումը պետության պարտականությունն է (նույն կանոնների 24–27-րդ "
          "կանոններ)։"),
    ("p", "Ելնելով վերոգրյալից՝ խնդրում եմ Ձեզ՝"),
    ("list", ["Ապահովել իմ գաղտնի տեսակցությունը վստահորդիս հետ կալանքի վայրում՝ "
              "պաշտպանությանը նախապատրաստվելու համար բավարար տևողությամբ։",
              "Ապահովել վստահորդիս անհապաղ զննումն անկախ բժշկի կողմից և նշանակված բուժման "
              "տրամադրումը, ինչպես նաև պաշտպանին տրամադրել բժշկական եզրակացության պատճենը։",
              "Ձեռնարկված միջոցների մասին տեղեկացնել ինձ։"]),
    ("close", "Հարգանքով՝"),
]

TEMPLATES: dict[str, tuple[str, list[Block]]] = {
    "icrc_request_en": ("en", ICRC_EN),
    "icrc_request_hy": ("hy", ICRC_HY),
    "icrc_request_ru": ("ru", ICRC_RU),
    "echr_rule39_cover_en": ("en", RULE39_EN),
    "wgad_communication_en": ("en", WGAD_EN),
    "ombudsman_visit_medical_en": ("en", OMBUDSMAN_EN),
    "ombudsman_visit_medical_hy": ("hy", OMBUDSMAN_HY),
    "ombudsman_visit_medical_ru": ("ru", OMBUDSMAN_RU),
    "embassy_brief_en": ("en", EMBASSY_EN),
    "power_of_attorney_en": ("en", POA_EN),
    "press_statement_en": ("en", PRESS_EN),
}
# Letters open with the lawyer, the addressee and the date; a power of attorney and a press
# statement do not.
HEADED = {k for k in TEMPLATES if not k.startswith(("power_of_attorney", "press_statement"))}


def _font(doc: Any, name: str, lang: str) -> None:
    style = doc.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(11.5)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)
    lang_el = style.element.get_or_add_rPr().find(qn("w:lang"))
    if lang_el is None:
        lang_el = style.element.get_or_add_rPr().makeelement(qn("w:lang"), {})
        style.element.get_or_add_rPr().append(lang_el)
    lang_el.set(qn("w:val"), {"en": "en-GB", "ru": "ru-RU", "hy": "hy-AM"}[lang])
    style.paragraph_format.space_after = Pt(6)
    style.paragraph_format.line_spacing = 1.12


PAGE_OF = {"en": ("Page ", " of "), "ru": ("Стр. ", " из "), "hy": ("Էջ ", " / ")}
CREATED = datetime(2026, 12, 1, tzinfo=UTC)  # when these templates were last rewritten


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice compute when they lay out."""
    run = paragraph.add_run()
    for tag, attrs, text in (("w:fldChar", {"w:fldCharType": "begin"}, None),
                             ("w:instrText", {"xml:space": "preserve"}, f" {instruction} "),
                             ("w:fldChar", {"w:fldCharType": "separate"}, None)):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if text:
            el.text = text
        run._r.append(el)
    paragraph.add_run("1")  # shown until the field is updated
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _page_numbers(doc: Any, lang: str) -> None:
    before, between = PAGE_OF[lang]
    for section in doc.sections:
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(before)
        _field(p, "PAGE")
        p.add_run(between)
        _field(p, "NUMPAGES")
        for run in p.runs:
            run.font.size = Pt(8.5)


def _metadata(doc: Any, key: str) -> None:
    """The file's properties: its title, not python-docx's defaults (a 2013 date, no title).
    CaseApp sets the title, author and dates again when it fills a letter."""
    sys.path.insert(0, str(ROOT))
    from caseapp.reports.letters import shipped_templates

    titles = {t.key: t.title for t in shipped_templates()}
    props = doc.core_properties
    props.title = titles.get(key, key.replace("_", " "))
    props.subject = "CaseApp letter template"
    props.author = props.last_modified_by = "CaseApp"
    props.created = props.modified = CREATED
    props.revision = 1
    props.comments = "Placeholders: see docs/letter-placeholders.md"
    props.keywords = ""
    props.category = ""


def _keep_with_next(paragraph: Any) -> None:
    paragraph.paragraph_format.keep_with_next = True
    paragraph.paragraph_format.keep_together = True


def build(key: str) -> bytes:
    lang, blocks = TEMPLATES[key]
    doc = Document()
    _font(doc, FONTS[lang], lang)
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    _metadata(doc, key)
    _page_numbers(doc, lang)
    if key in HEADED:
        p = doc.add_paragraph("{{ lawyer_block }}")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.runs[0].font.size = Pt(9.5)
        doc.add_paragraph("{{ recipient_block }}").paragraph_format.space_before = Pt(18)
        p = doc.add_paragraph("{{ today }}")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_before = Pt(12)
    for kind, value in blocks:
        if kind == "p":
            doc.add_paragraph(value)  # ragged right: multi-line values must not stretch
        elif kind == "subject":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(12)
            p.add_run(value).bold = True
        elif kind in ("title", "banner"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(14)
            run = p.add_run(value)
            run.bold = True
            run.font.size = Pt(15 if kind == "title" else 11.5)
        elif kind == "right":
            doc.add_paragraph(value).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "facts":
            table = doc.add_table(rows=0, cols=2)
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for label, text in value:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(5.2), Cm(10.8)
                cells[0].paragraphs[0].add_run(label).bold = True
                cells[1].paragraphs[0].add_run(text)
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
        elif kind == "list":
            for item in value:
                doc.add_paragraph(item, style="List Number")
        elif kind == "close":
            _keep_with_next(doc.paragraphs[-1])  # the signature never stands alone on a page
            p = doc.add_paragraph(value)
            p.paragraph_format.space_before = Pt(12)
            _keep_with_next(p)
            p = doc.add_paragraph("{{ lawyer_name }}")
            p.paragraph_format.space_before = Pt(30)
        elif kind == "signature":
            _keep_with_next(doc.paragraphs[-1])
            for line in value:
                p = doc.add_paragraph(line)
                p.paragraph_format.space_before = Pt(24)
                _keep_with_next(p)
            p.paragraph_format.keep_with_next = False
        else:
            raise ValueError(f"unknown block {kind!r}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from caseapp.fileio import atomic_write_bytes

    for key in TEMPLATES:
        atomic_write_bytes(OUT / f"{key}.docx", build(key))
        print(OUT / f"{key}.docx")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
