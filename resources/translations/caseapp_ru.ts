<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="37" />
        <source>About CaseApp</source>
        <translation>О программе CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="42" />
        <source>CaseApp %1</source>
        <translation>CaseApp %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="48" />
        <source>Case files of captives and detainees held abroad.</source>
        <translation>Дела пленных и задержанных, содержащихся за рубежом.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="51" />
        <source>CaseApp is free software under the GNU General Public License, version 3 or (at your option) any later version (%1). You may run it for any purpose, study and change it, and give copies to others, changed or not, as long as you pass on the same freedoms and the source code with them. It comes with no warranty. The licence's full text is the file LICENSE of the source code and %2.</source>
        <translation>CaseApp — свободная программа под лицензией GNU General Public License версии 3 или (по вашему выбору) любой более поздней версии (%1). Её можно запускать для любых целей, изучать и изменять, передавать копии другим, с изменениями или без, если вместе с ними передаются те же свободы и исходный код. Она предоставляется без каких-либо гарантий. Полный текст лицензии — файл LICENSE исходного кода и %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="58" />
        <source>Qt %1 and PySide6 %2 are used under the GNU Lesser General Public License, version 3 (LGPL-3.0), as shared libraries that CaseApp loads when it starts. They are in %3. You may replace them with your own build of the same versions, with the same file names; their source code is at %4 and %5.</source>
        <translation>Qt %1 и PySide6 %2 используются по лицензии GNU Lesser General Public License версии 3 (LGPL-3.0) как разделяемые библиотеки, которые CaseApp загружает при запуске. Они находятся в %3. Их можно заменить собственной сборкой тех же версий с теми же именами файлов; их исходный код находится на %4 и %5.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="65" />
        <source>&amp;Third-party notices:</source>
        <translation>&amp;Уведомления третьих сторон:</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="33" />
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="34" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="35" />
        <source>Captives</source>
        <translation>Пленные</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="36" />
        <source>Hearings</source>
        <translation>Судебные заседания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="37" />
        <source>Contacts &amp;&amp; organisations</source>
        <translation>Контакты и организации</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="38" />
        <source>Advocacy log</source>
        <translation>Журнал обращений</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="39" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="55" />
        <source>&amp;New Case File…</source>
        <translation>&amp;Новый файл дела…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="56" />
        <source>Create a new, empty case file</source>
        <translation>Создать новый пустой файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="57" />
        <source>&amp;Open Case File…</source>
        <translation>&amp;Открыть файл дела…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="58" />
        <source>Open another case file</source>
        <translation>Открыть другой файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="59" />
        <source>Connect to &amp;Team Server…</source>
        <translation>Подключиться к серверу &amp;команды…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="60" />
        <source>Open a case file on a team server under your own login</source>
        <translation>Открыть файл дела на сервере команды под своим логином</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="61" />
        <source>Open &amp;Demo Case File</source>
        <translation>Открыть &amp;демонстрационный файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="62" />
        <source>Open the demo case file: fictional captives to try CaseApp on</source>
        <translation>Открыть демонстрационный файл дела: вымышленные пленные для знакомства с CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="63" />
        <source>&amp;Close Case File</source>
        <translation>&amp;Закрыть файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="64" />
        <source>Close the case file (backed up first) and go back to the welcome page</source>
        <translation>Закрыть файл дела (предварительно создав резервную копию) и вернуться на начальную страницу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="66" />
        <source>&amp;Import JSON…</source>
        <translation>&amp;Импорт JSON…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="67" />
        <source>Add the records of a CaseApp JSON export to this case file</source>
        <translation>Добавить в этот файл дела записи из экспорта CaseApp в формате JSON</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="69" />
        <source>Bring in captives from a CSV, XLSX or ODS spreadsheet, row by row</source>
        <translation>Загрузить пленных из таблицы CSV, XLSX или ODS, построчно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="72" />
        <source>Write the captives list to an XLSX or CSV file that Import Spreadsheet reads back</source>
        <translation>Записать список пленных в файл XLSX или CSV, который «Импорт таблицы» читает обратно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="74" />
        <source>&amp;Export JSON…</source>
        <translation>&amp;Экспорт JSON…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="75" />
        <source>Write the whole case file to a JSON file</source>
        <translation>Записать весь файл дела в файл JSON</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="78" />
        <source>Close the case file and clear the window until its passphrase is typed again</source>
        <translation>Закрыть файл дела и очистить окно до повторного ввода парольной фразы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="82" />
        <source>Emergenc&amp;y Lock</source>
        <translation>Экстренная б&amp;локировка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="83" />
        <source>Lock at once and empty the clipboard (and wipe the case file after a countdown, if turned on)</source>
        <translation>Сразу заблокировать и очистить буфер обмена (и, если включено, стереть файл дела после обратного отсчёта)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="85" />
        <source>Change &amp;Passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="86" />
        <source>Change the case file's passphrase, or encrypt an unencrypted case file</source>
        <translation>Сменить парольную фразу файла дела или зашифровать незашифрованный файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="88" />
        <source>Split a recovery key into shares for trusted colleagues, printed</source>
        <translation>Разделить ключ восстановления на доли для доверенных коллег, в распечатанном виде</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="90" />
        <source>Set a new passphrase for a case file with enough colleagues' shares</source>
        <translation>Задать новую парольную фразу для файла дела с помощью достаточного числа долей коллег</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="91" />
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="92" />
        <source>See, verify, make and restore backups of the case file</source>
        <translation>Просмотр, проверка, создание и восстановление резервных копий файла дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="93" />
        <source>Security &amp;Settings…</source>
        <translation>Н&amp;астройки безопасности…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="94" />
        <source>Auto-lock, clipboard clearing and how many backups to keep</source>
        <translation>Автоблокировка, очистка буфера обмена и число хранимых резервных копий</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="95" />
        <source>&amp;Language…</source>
        <translation>&amp;Язык…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="96" />
        <source>The language of the interface: Armenian, Russian or English</source>
        <translation>Язык интерфейса: армянский, русский или английский</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="97" />
        <source>Emergency Settin&amp;gs…</source>
        <translation>Экстр&amp;енные настройки…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="98" />
        <source>The emergency wipe: off, after a panic, after wrong passphrases</source>
        <translation>Экстренное стирание: выключено, после тревоги, после неверных парольных фраз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="101" />
        <source>Write a new encrypted case file with only what is at a lower level, to cross a border with</source>
        <translation>Создать новый зашифрованный файл дела только с данными более низкого уровня — чтобы пересечь границу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="103" />
        <source>&amp;Merge Travel Copy…</source>
        <translation>Объединить дорожну&amp;ю копию…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="104" />
        <source>Bring the changes made in a travel copy into this case file</source>
        <translation>Перенести изменения, сделанные в дорожной копии, в этот файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="68" />
        <source>Import Spreads&amp;heet…</source>
        <translation>Импорт &amp;таблицы…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="71" />
        <source>E&amp;xport Captives List…</source>
        <translation>Экспорт &amp;списка пленных…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="77" />
        <source>Loc&amp;k</source>
        <translation>&amp;Блокировать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="87" />
        <source>Set &amp;Up Passphrase Recovery…</source>
        <translation>Настроить &amp;восстановление парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="89" />
        <source>Recover &amp;a Lost Passphrase…</source>
        <translation>Восстановить &amp;утерянную парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="100" />
        <source>Tra&amp;vel Copy…</source>
        <translation>Доро&amp;жная копия…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="106" />
        <source>Destroy Travel Copy…</source>
        <translation>Уничтожить дорожную копию…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="107" />
        <source>Overwrite and delete a travel copy</source>
        <translation>Перезаписать и удалить дорожную копию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="108" />
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="109" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="110" />
        <source>Undo the last edit</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="111" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="112" />
        <source>Do again what was last undone</source>
        <translation>Повторить последнее отменённое действие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="114" />
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="115" />
        <source>Search captives by any spelling, in any script</source>
        <translation>Поиск пленных по любому написанию, в любой письменности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="117" />
        <source>New &amp;Captive…</source>
        <translation>&amp;Новый пленный…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="118" />
        <source>Add a captive to the case file</source>
        <translation>Добавить пленного в файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="121" />
        <source>&amp;Open Captive</source>
        <translation>&amp;Открыть карточку пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="122" />
        <source>Open the selected captive's file (Enter)</source>
        <translation>Открыть карточку выбранного пленного (Enter)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="123" />
        <source>&amp;Delete Captive…</source>
        <translation>&amp;Удалить пленного…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="124" />
        <source>Delete the selected captive and everything recorded about them</source>
        <translation>Удалить выбранного пленного и все записанные о нём сведения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="126" />
        <source>&amp;Merge Captives…</source>
        <translation>Объ&amp;единить пленных…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="127" />
        <source>Merge two selected captives recorded twice into one</source>
        <translation>Объединить двух выбранных пленных, записанных дважды, в одного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="128" />
        <source>Likely D&amp;uplicates…</source>
        <translation>Вероятные &amp;дубликаты…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="129" />
        <source>List the captives likely recorded twice, to merge them</source>
        <translation>Показать пленных, вероятно записанных дважды, чтобы объединить их</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="130" />
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="131" />
        <source>Go back to the view or captive's file shown before</source>
        <translation>Вернуться к ранее показанному разделу или карточке пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="132" />
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="133" />
        <source>Go forward again after going back</source>
        <translation>Снова перейти вперёд после возврата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="135" />
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="136" />
        <source>Read the case file again</source>
        <translation>Перечитать файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="138" />
        <source>&amp;Export Calendar (.ics)…</source>
        <translation>&amp;Экспорт календаря (.ics)…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="139" />
        <source>Write open deadlines and coming hearings to a calendar file</source>
        <translation>Записать открытые сроки и предстоящие судебные заседания в файл календаря</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="140" />
        <source>Deadline &amp;Calculator…</source>
        <translation>&amp;Калькулятор сроков…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="141" />
        <source>Compute any rule's deadline with the steps taken</source>
        <translation>Исчислить срок по любому правилу с показом шагов</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="142" />
        <source>&amp;Daily Log…</source>
        <translation>&amp;Журнал за день…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="143" />
        <source>Print what happened to the deadlines on a day (PDF, internal)</source>
        <translation>Напечатать, что происходило со сроками в течение дня (PDF, внутренний)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="144" />
        <source>Deadline &amp;Settings…</source>
        <translation>&amp;Настройки сроков…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="145" />
        <source>Jurisdiction, warning periods and the statutory maximum</source>
        <translation>Юрисдикция, сроки предупреждения и предельный срок по закону</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="146" />
        <source>&amp;Dossier…</source>
        <translation>&amp;Досье…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="147" />
        <source>Print a captive's dossier at a sensitivity level</source>
        <translation>Напечатать досье пленного на выбранном уровне конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="148" />
        <source>&amp;Status Report…</source>
        <translation>&amp;Отчёт о положении…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="149" />
        <source>Report on all captives, as PDF or spreadsheet</source>
        <translation>Отчёт обо всех пленных в формате PDF или таблицы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="150" />
        <source>&amp;Letter…</source>
        <translation>&amp;Письмо…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="151" />
        <source>Write a letter from a Word template</source>
        <translation>Составить письмо по шаблону Word</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="152" />
        <source>&amp;Filing with the ECHR and the UN…</source>
        <translation>Подача &amp;в ЕСПЧ и ООН…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="153" />
        <source>ECHR application and Rule 39 packs, UN submissions for the open captive</source>
        <translation>Пакеты жалобы в ЕСПЧ и по правилу 39, обращения в ООН по открытому пленному</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="155" />
        <source>Seizure &amp;Exposure Report…</source>
        <translation>Отчёт о &amp;рисках после изъятия…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="156" />
        <source>After a device was seized: what it held and what to revoke (PDF)</source>
        <translation>После изъятия устройства: что на нём было и что отозвать (PDF)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="157" />
        <source>Letter &amp;Templates…</source>
        <translation>&amp;Шаблоны писем…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="158" />
        <source>Add or remove your own Word templates for letters</source>
        <translation>Добавить или удалить ваши собственные шаблоны писем Word</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="159" />
        <source>La&amp;wyer's Details…</source>
        <translation>&amp;Сведения об адвокате…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="160" />
        <source>Who signs letters and authors dossiers</source>
        <translation>Кто подписывает письма и составляет досье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="161" />
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="162" />
        <source>CaseApp's support log: what ran and where errors happened, never case data</source>
        <translation>Служебный журнал CaseApp: что запускалось и где возникали ошибки, без данных дел</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="164" />
        <source>CaseApp &amp;Guide</source>
        <translation>&amp;Руководство CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="166" />
        <source>First steps, levels, deadlines, backups, travel, filings and the team server</source>
        <translation>Первые шаги, уровни, сроки, резервные копии, поездки, подача в ЕСПЧ и ООН и сервер команды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="179" />
        <source>In any other list: open the selected row, as a double-click does</source>
        <translation>В другом списке: открыть выбранную строку, как двойной щелчок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="180" />
        <source>In a list: delete the selected record (asks first)</source>
        <translation>В списке: удалить выбранную запись (с подтверждением)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="169" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="170" />
        <source>Every keyboard shortcut of CaseApp</source>
        <translation>Все сочетания клавиш CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="171" />
        <source>&amp;About CaseApp</source>
        <translation>&amp;О программе CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="177" />
        <source>In a search box: move into its results</source>
        <translation>В поле поиска: перейти к результатам</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="178" />
        <source>In the captives list: open the selected captive's file</source>
        <translation>В списке пленных: открыть карточку выбранного пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="181" />
        <source>In the captives list: copy the selected row (taken off the clipboard again)</source>
        <translation>В списке пленных: скопировать выбранную строку (затем она удаляется из буфера обмена)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="183" />
        <source>In a date field: open the calendar</source>
        <translation>В поле даты: открыть календарь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="184" />
        <source>In the help: go from link to link (Enter follows the link)</source>
        <translation>В справке: переходить от ссылки к ссылке (Enter открывает ссылку)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="188" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="188" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="189" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="190" />
        <source>&amp;Captive</source>
        <translation>П&amp;ленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="192" />
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="192" />
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="191" />
        <source>&amp;Deadlines</source>
        <translation>&amp;Сроки</translation>
    </message>
</context>
<context>
    <name>AdvocacyView</name>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="147" />
        <source>Filter by subject, addressee, captive, request or response…</source>
        <translation>Фильтр по теме, адресату, пленному, запросу или ответу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="153" />
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="154" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="155" />
        <source>Not closed</source>
        <translation>Не закрытые</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="156" />
        <source>Follow-up overdue</source>
        <translation>Контрольный срок просрочен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="172" />
        <source>Advocacy log</source>
        <translation>Журнал обращений</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="179" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="180" />
        <source>Record a new intervention</source>
        <translation>Записать новое обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="181" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="182" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="184" />
        <source>Open captive…</source>
        <translation>Открыть пленного…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="186" />
        <source>Open the file of a captive this intervention concerns</source>
        <translation>Открыть карточку пленного, которого касается это обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="196" />
        <source>Request and response</source>
        <translation>Запрос и ответ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="198" />
        <source>Captives concerned (double-click to open)</source>
        <translation>Пленные, которых это касается (дважды щёлкните, чтобы открыть)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="242" />
        <source>No intervention matches the search and the status chosen.</source>
        <translation>Ни одно обращение не соответствует запросу и выбранному статусу.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="243" />
        <source>Show all interventions</source>
        <translation>Показать все обращения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="247" />
        <source>Record an intervention…</source>
        <translation>Записать обращение…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="329" />
        <source>Select an intervention to read its request and response.</source>
        <translation>Выберите обращение, чтобы прочитать запрос и ответ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="333" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="333" />
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="391" />
        <source>no addressee</source>
        <translation>адресат не указан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="395" />
        <source>follow up on %1</source>
        <translation>контроль %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="396" />
        <source> (overdue)</source>
        <translation> (просрочено)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="91" />
        <location filename="../../caseapp/ui/views/advocacy.py" line="336" />
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="84" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="85" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="86" />
        <source>Left empty, it is taken from the person's organisation</source>
        <translation>Если оставить пустым, берётся из организации этого лица</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="87" />
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="89" />
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="90" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="92" />
        <location filename="../../caseapp/ui/views/advocacy.py" line="336" />
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="93" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="94" />
        <source>Follow up on</source>
        <translation>Контрольный срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="95" />
        <source>Captives concerned</source>
        <translation>Пленные, которых это касается</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="126" />
        <source>Edit intervention</source>
        <translation>Изменить обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="127" />
        <source>Add intervention</source>
        <translation>Добавить обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="129" />
        <source>intervention</source>
        <translation>обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="244" />
        <source>No interventions are recorded yet. Record each letter, meeting, call or filing, and when to follow it up: CaseApp reminds you on that day and once it is overdue.</source>
        <translation>Обращения ещё не записаны. Записывайте каждое письмо, встречу, звонок или подачу документов и контрольный срок: CaseApp напомнит в этот день и после того, как контрольный срок будет просрочен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/advocacy.py" line="311" />
        <source>%Ln intervention(s)</source>
        <translation><numerusform>%Ln обращение</numerusform><numerusform>%Ln обращения</numerusform><numerusform>%Ln обращений</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/advocacy.py" line="313" />
        <source>%Ln follow-up(s) overdue</source>
        <translation><numerusform>%Ln контрольный срок просрочен</numerusform><numerusform>%Ln контрольных срока просрочено</numerusform><numerusform>%Ln контрольных сроков просрочено</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="374" />
        <source>Intervention saved.</source>
        <translation>Обращение сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="381" />
        <source>Delete the intervention of %1 “%2”? Documents linked to it stay in the case file.</source>
        <translation>Удалить обращение от %1 «%2»? Связанные с ним документы останутся в файле дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="385" />
        <source>Delete intervention</source>
        <translation>Удалить обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="386" />
        <source>Deleted the intervention “%1”.</source>
        <translation>Обращение «%1» удалено.</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="176" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="176" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="224" />
        <source>Moved: %1</source>
        <translation>Перенесено: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="226" />
        <source>Taken from the other record: %1</source>
        <translation>Взято из другой записи: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="229" />
        <source>Kept as aliases: %1</source>
        <translation>Сохранены как варианты имени: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="232" />
        <source>Kept as recorded: %1</source>
        <translation>Сохранены как были записаны: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="235" />
        <source>Held by both records, kept once: %1</source>
        <translation>Было в обеих записях, сохранено один раз: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="299" />
        <source>as the record</source>
        <translation>как у записи</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="58" />
        <source>Daily backup made and verified.</source>
        <translation>Ежедневная резервная копия создана и проверена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="62" />
        <source>The daily backup failed: %1</source>
        <translation>Ежедневное резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="74" />
        <source>Backing up the case file…</source>
        <translation>Резервное копирование файла дела…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="90" />
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="91" />
        <source>The backup on closing failed: %1
The case file itself is unchanged; earlier backups are kept.</source>
        <translation>Резервное копирование при закрытии не удалось: %1
Сам файл дела не изменён; прежние резервные копии сохранены.</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="58" />
        <source>No photo on file</source>
        <translation>Фотографии нет</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../caseapp/ui/backup_banner.py" line="19" />
        <source>Backups…</source>
        <translation>Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_banner.py" line="22" />
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_banner.py" line="24" />
        <source>Hides this until the next backup fails</source>
        <translation>Скрывает это сообщение до следующей неудачной попытки резервного копирования</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_banner.py" line="31" />
        <source>The daily backup failed: %1. The case file itself is unchanged and earlier backups are kept. CaseApp tries again every hour; Backups… makes one now.</source>
        <translation>Ежедневное резервное копирование не удалось: %1. Сам файл дела не изменён, прежние резервные копии сохранены. CaseApp повторяет попытку каждый час; «Резервные копии…» создаёт копию сейчас.</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="75" />
        <source>Restore the backup into a new case file</source>
        <translation>Восстановить резервную копию в новый файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="82" />
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="83" />
        <source>%1 exists already. Replace it with the backup? Everything in it is lost.</source>
        <translation>%1 уже существует. Заменить его резервной копией? Всё его содержимое будет утрачено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="103" />
        <source>Passphrase of the backup (the case file's passphrase when it was made):</source>
        <translation>Парольная фраза резервной копии (парольная фраза файла дела на момент её создания):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="104" />
        <location filename="../../caseapp/ui/dialogs/backups.py" line="144" />
        <location filename="../../caseapp/ui/dialogs/backups.py" line="158" />
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="149" />
        <source>A backup of another case file</source>
        <translation>Резервная копия другого файла дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="150" />
        <source>%1

Restore it anyway?</source>
        <translation>%1

Всё равно восстановить её?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="161" />
        <source>The backup does not open with this passphrase (or it is damaged).</source>
        <translation>Резервная копия не открывается этой парольной фразой (или повреждена).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="173" />
        <source>%1

If you are sure the passphrase is right, the file may be damaged. Restore its latest verified backup into a new case file? The file itself is left as it is.</source>
        <translation>%1

Если вы уверены, что парольная фраза верна, файл, возможно, повреждён. Восстановить его последнюю проверенную резервную копию в новый файл дела? Сам файл останется без изменений.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="177" />
        <source>%1

Restore the latest verified backup into a new case file? The damaged file is left as it is.</source>
        <translation>%1

Восстановить последнюю проверенную резервную копию в новый файл дела? Повреждённый файл останется без изменений.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="179" />
        <source>Cannot open the case file</source>
        <translation>Не удаётся открыть файл дела</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="52" />
        <source>made by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="53" />
        <location filename="../../caseapp/ui/dialogs/backups.py" line="54" />
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="55" />
        <source>on closing</source>
        <translation>при закрытии</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="56" />
        <source>passphrase changed</source>
        <translation>сменена парольная фраза</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="191" />
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="191" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="192" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="192" />
        <source>Encrypted</source>
        <translation>Зашифрована</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="193" />
        <source>Verified</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="199" />
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="210" />
        <source>CaseApp backs the case file up when you close it and once a day while it is open, and checks every backup after writing it. Backups are encrypted with the passphrase the case file had when they were made.</source>
        <translation>CaseApp создаёт резервную копию файла дела при его закрытии и раз в день, пока он открыт, и проверяет каждую копию после записи. Резервные копии зашифрованы той парольной фразой, которая была у файла дела в момент их создания.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="213" />
        <source>CaseApp backs the case file up when you close it and once a day while it is open, and checks every backup after writing it. This case file is not encrypted, so neither are its backups.</source>
        <translation>CaseApp создаёт резервную копию файла дела при его закрытии и раз в день, пока он открыт, и проверяет каждую копию после записи. Этот файл дела не зашифрован, поэтому не зашифрованы и его резервные копии.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="217" />
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="225" />
        <source>Backups of this case file</source>
        <translation>Резервные копии этого файла дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="239" />
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="242" />
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="244" />
        <source>Open the backup with the passphrase and check every page</source>
        <translation>Открыть резервную копию парольной фразой и проверить каждую страницу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="246" />
        <source>Restore into a new file…</source>
        <translation>Восстановить в новый файл…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="274" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="274" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="278" />
        <source>damaged: do not restore</source>
        <translation>повреждена: не восстанавливать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="279" />
        <source>not verified</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="289" />
        <source>No backups yet: use “Back up now”.</source>
        <translation>Резервных копий пока нет: нажмите «Создать копию сейчас».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="314" />
        <source>Backing up and verifying…</source>
        <translation>Копирование и проверка…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="318" />
        <source>Backed up and verified: %1 (%2).</source>
        <translation>Копия создана и проверена: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="328" />
        <source>Verifying %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="332" />
        <source>%1 is intact: it opens with the passphrase and every page passes the check.</source>
        <translation>%1 не повреждена: она открывается парольной фразой, и каждая страница проходит проверку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="339" />
        <source>%1 failed the check: %2</source>
        <translation>%1 не прошла проверку: %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="356" />
        <source>Restored into %1.</source>
        <translation>Восстановлено в %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="360" />
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="361" />
        <source>The backup was restored into %1. Open it now? The case file open now is closed (it is not changed).</source>
        <translation>Резервная копия восстановлена в %1. Открыть её сейчас? Открытый сейчас файл дела будет закрыт (без изменений).</translation>
    </message>
</context>
<context>
    <name>CaptiveDialogs</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="171" />
        <source>Not shown at this level: it can be changed only where the whole case file is read.</source>
        <translation>Не показывается на этом уровне: изменить это можно только там, где доступен весь файл дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="173" />
        <source>not shown at this level</source>
        <translation>не показывается на этом уровне</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="191" />
        <source>computed from the start and the term</source>
        <translation>исчисляется от начала и срока</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="200" />
        <source>computed: %1</source>
        <translation>исчислено: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="201" />
        <source>give the term or the expiry</source>
        <translation>укажите срок или дату истечения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="250" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="251" />
        <source>Delete %1? This cannot be undone.</source>
        <translation>Удалить %1? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="247" />
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="259" />
        <source>Cannot delete</source>
        <translation>Удаление невозможно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="269" />
        <source>Name in the native script</source>
        <translation>Имя на родной письменности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="271" />
        <source>As written at home, e.g. in Armenian</source>
        <translation>Как пишется на родине, например по-армянски</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="272" />
        <source>Language of that name</source>
        <translation>Язык этого имени</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="273" />
        <source>Latin spelling</source>
        <translation>Написание латиницей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="274" />
        <source>As in the passport, if known</source>
        <translation>Как в паспорте, если известно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="275" />
        <source>Cyrillic spelling</source>
        <translation>Написание кириллицей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="276" />
        <source>As Russian-language sources write it</source>
        <translation>Как пишут русскоязычные источники</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="277" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="26" />
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="278" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="27" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="279" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="28" />
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="280" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="29" />
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="281" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="30" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="282" />
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="64" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="295" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="283" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="31" />
        <source>Captured on</source>
        <translation>Дата пленения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="284" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="32" />
        <source>Place of capture</source>
        <translation>Место пленения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="285" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="33" />
        <source>Capturing authority</source>
        <translation>Кем пленён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="288" />
        <source>New captive</source>
        <translation>Новый пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="292" />
        <source>Not saved: the captive may be recorded already.</source>
        <translation>Не сохранено: возможно, этот пленный уже записан.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="61" />
        <source>The stay gets this day as its departure; Undo puts back the status and the open stay</source>
        <translation>Этот день записывается как конец содержания; отмена возвращает и статус, и незавершённое содержание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="110" />
        <source>Also end the stay at %1 on %2</source>
        <translation>Также отметить конец содержания (%1): %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="115" />
        <source>The stay at %1 began on %2, after %3: it is left open.</source>
        <translation>Содержание (%1) началось %2, после %3: оно остаётся незавершённым.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/custody_end_text.py" line="33" />
        <source>Custody ends: %Ln open deadline(s) of the detention orders due after %1 (the first on %2) will be closed in the same step; Undo reopens.</source>
        <translation><numerusform>Содержание под стражей оканчивается: %Ln открытый срок по постановлениям о заключении под стражу, истекающий после %1 (первый — %2), будет закрыт тем же действием; отмена откроет его снова.</numerusform><numerusform>Содержание под стражей оканчивается: %Ln открытых срока по постановлениям о заключении под стражу, истекающих после %1 (первый — %2), будут закрыты тем же действием; отмена откроет их снова.</numerusform><numerusform>Содержание под стражей оканчивается: %Ln открытых сроков по постановлениям о заключении под стражу, истекающих после %1 (первый — %2), будут закрыты тем же действием; отмена откроет их снова.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/custody_end_text.py" line="40" />
        <source>%Ln deadline(s) of the detention orders after %1 dated by hand will stay open (the first on %2): dismiss in Deadlines what custody's end makes moot.</source>
        <translation><numerusform>%Ln срок по постановлениям о заключении под стражу после %1, дата которого указана вручную, останется открытым (первый — %2): снимите в «Сроках» то, что с окончанием содержания под стражей утратило смысл.</numerusform><numerusform>%Ln срока по постановлениям о заключении под стражу после %1, даты которых указаны вручную, останутся открытыми (первый — %2): снимите в «Сроках» то, что с окончанием содержания под стражей утратило смысл.</numerusform><numerusform>%Ln сроков по постановлениям о заключении под стражу после %1, даты которых указаны вручную, останутся открытыми (первый — %2): снимите в «Сроках» то, что с окончанием содержания под стражей утратило смысл.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/custody_end_text.py" line="49" />
        <source>%Ln hearing(s) on detention still to come (from %1 on) will no longer be shown as the next hearing; nothing recorded is changed.</source>
        <translation><numerusform>%Ln предстоящее заседание по вопросу о содержании под стражей (начиная с %1) больше не будет показываться как следующее; записанное не меняется.</numerusform><numerusform>%Ln предстоящих заседания по вопросу о содержании под стражей (начиная с %1) больше не будут показываться как следующее; записанное не меняется.</numerusform><numerusform>%Ln предстоящих заседаний по вопросу о содержании под стражей (начиная с %1) больше не будут показываться как следующее; записанное не меняется.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="130" />
        <source>This change is dated before the current status, %1 since %2: it goes into the history by its date, and the current status stays %1.</source>
        <translation>Это изменение датировано раньше текущего статуса «%1» (с %2): оно войдёт в историю по своей дате, текущий статус останется «%1».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="135" />
        <source>%1 is dated the same day: of two changes on one day, the one recorded later, this one, becomes the current status.</source>
        <translation>«%1» датирован тем же днём: из двух изменений одного дня текущим становится записанное позже — это.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="154" />
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="155" />
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="156" />
        <source>The day the status changed (empty: today)</source>
        <translation>День изменения статуса (если пусто — сегодня)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="157" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="158" />
        <source>What happened, and the source</source>
        <translation>Что произошло и источник сведений</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="160" />
        <source>Who may see this status change and its note in a dossier or report: a change with a note starts internal, which keeps the note to your team</source>
        <translation>Кто может видеть это изменение статуса и примечание к нему в досье или отчёте: изменение с примечанием сначала внутреннее, и примечание доступно только вашей команде</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="164" />
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="377" />
        <source>Choose a photo</source>
        <translation>Выберите фотографию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="379" />
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="388" />
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_choices.py" line="16" />
        <source>Case without number (%1)</source>
        <translation>Дело без номера (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/kind_declaration.py" line="66" />
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="159" />
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_choices.py" line="45" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/kind_declaration.py" line="67" />
        <source>Who may see this record when a dossier is printed</source>
        <translation>Кто может видеть эту запись в напечатанном досье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="50" />
        <source>Add name</source>
        <translation>Добавить имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="51" />
        <source>Edit name</source>
        <translation>Изменить имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="53" />
        <source>Name as written</source>
        <translation>Имя в написании</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="54" />
        <source>In any script; the script is recognised from the letters</source>
        <translation>В любой письменности; письменность определяется по буквам</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="55" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="50" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="56" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="103" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="218" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="258" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="57" />
        <source>Primary name</source>
        <translation>Основное имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="58" />
        <source>The name shown first everywhere</source>
        <translation>Имя, показываемое везде первым</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="66" />
        <source>Add identity document</source>
        <translation>Добавить документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="67" />
        <source>Edit identity document</source>
        <translation>Изменить документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="84" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="69" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="70" />
        <source>Passport, national ID card, military ID, birth certificate…</source>
        <translation>Паспорт, удостоверение личности, военный билет, свидетельство о рождении…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="72" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="73" />
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="74" />
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="75" />
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="83" />
        <source>Add place of detention</source>
        <translation>Добавить место содержания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="84" />
        <source>Edit place of detention</source>
        <translation>Изменить место содержания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="86" />
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="87" />
        <source>Address for letters</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="88" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="89" />
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="90" />
        <source>Leave empty while the captive is still held there</source>
        <translation>Оставьте пустым, пока пленный там содержится</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="66" />
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="97" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="91" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="113" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="161" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="231" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="271" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="322" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="99" />
        <source>Add welfare contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="100" />
        <source>Edit welfare contact</source>
        <translation>Изменить контакт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="102" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="286" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="104" />
        <source>Confirmed (proof of life)</source>
        <translation>Подтверждён (подтверждение того, что жив)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="105" />
        <source>Only confirmed contacts count for the days since the last contact</source>
        <translation>При подсчёте дней с последнего контакта учитываются только подтверждённые контакты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="107" />
        <source>Independent proof of life</source>
        <translation>Независимое подтверждение того, что жив</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="109" />
        <source>Empty: as the kind says (ICRC, consular and lawyer visits are independent; calls, letters and videos published by the detaining side are not)</source>
        <translation>Пусто — по виду контакта (визиты МККК, консула и адвоката независимы; звонки, письма и видео, опубликованные удерживающей стороной, — нет)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="112" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="315" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="56" />
        <source>Communicated to the Government on</source>
        <translation>Дата коммуникации Правительству</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="57" />
        <source>The day in the letter of the Court, the Working Group or the Committee: the Government's time limit runs from it</source>
        <translation>День, указанный в письме Суда, Рабочей группы или Комитета: от него отсчитывается срок Правительства</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="59" />
        <source>Chamber judgment delivered on</source>
        <translation>Дата постановления Палаты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="60" />
        <source>ECHR only, the date on the Chamber judgment: the three months to request referral to the Grand Chamber run from it. Leave it empty for a Grand Chamber or Committee judgment, final at once</source>
        <translation>Только для ЕСПЧ — дата, указанная в постановлении Палаты: от неё отсчитываются три месяца для просьбы о передаче дела в Большую палату. Для постановления Большой палаты или Комитета оставьте поле пустым: такие постановления окончательны сразу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="76" />
        <source>Add delivery from the Court</source>
        <translation>Добавить документ, полученный от Суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="77" />
        <source>Edit delivery from the Court</source>
        <translation>Изменить документ, полученный от Суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="79" />
        <source>Appeared in the account on</source>
        <translation>Появился в учётной записи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="81" />
        <source>The Court counts a document as delivered on the day it appears in your account: its time limits run from then</source>
        <translation>Суд считает документ врученным в день его появления в вашей учётной записи: сроки отсчитываются с этого дня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="83" />
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="85" />
        <source>Application number</source>
        <translation>Номер жалобы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="86" />
        <source>International proceeding</source>
        <translation>Международное разбирательство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="88" />
        <source>The application or request it was delivered in: it is kept at that proceeding's level at least</source>
        <translation>Жалоба или запрос, по которым он доставлен: он хранится не ниже уровня конфиденциальности этого разбирательства</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="90" />
        <source>Time limit in the letter (weeks)</source>
        <translation>Срок, указанный в письме (недели)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="91" />
        <source>0: none, or a date: enter it as a deadline</source>
        <translation>0 — срока нет, или указана дата: введите её как срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="92" />
        <source>Downloaded on</source>
        <translation>Скачан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="93" />
        <source>Downloaded copy</source>
        <translation>Скачанная копия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="95" />
        <source>The document of the case file that holds the copy downloaded from the portal</source>
        <translation>Документ файла дела, содержащий копию, скачанную с портала</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="128" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="129" />
        <source>Facts for filings</source>
        <translation>Сведения для ЕСПЧ и ООН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="131" />
        <source>The detaining state confirmed the detention</source>
        <translation>Удерживающее государство подтвердило задержание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="133" />
        <source>Confirmed on</source>
        <translation>Дата подтверждения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="134" />
        <source>Source of the confirmation</source>
        <translation>Источник подтверждения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="135" />
        <source>Special risk: health</source>
        <translation>Особый риск: здоровье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="136" />
        <source>Special risk: disability</source>
        <translation>Особый риск: инвалидность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="137" />
        <source>Special risk: hunger strike</source>
        <translation>Особый риск: голодовка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="138" />
        <source>About the risk</source>
        <translation>О риске</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="139" />
        <source>Kind of release</source>
        <translation>Вид освобождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="143" />
        <source>facts for filings</source>
        <translation>сведения для ЕСПЧ и ООН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="149" />
        <source>Add prosecution</source>
        <translation>Добавить уголовное дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="150" />
        <source>Edit prosecution</source>
        <translation>Изменить уголовное дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="152" />
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="153" />
        <source>Investigating body</source>
        <translation>Орган расследования</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="154" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="259" />
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="155" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="260" />
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="156" />
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="157" />
        <source>Defence counsel</source>
        <translation>Защитник</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="158" />
        <source>Counsel</source>
        <translation>Статус защитника</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="159" />
        <source>Language of proceedings</source>
        <translation>Язык судопроизводства</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="160" />
        <source>Case opened on</source>
        <translation>Дата возбуждения дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="164" />
        <source>this prosecution</source>
        <translation>это уголовное дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="170" />
        <source>Add charge</source>
        <translation>Добавить обвинение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="171" />
        <source>Edit charge</source>
        <translation>Изменить обвинение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="173" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="219" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="261" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="318" />
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="175" />
        <source>Criminal code</source>
        <translation>Уголовный кодекс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="176" />
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="177" />
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="178" />
        <source>Offence</source>
        <translation>Преступление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="179" />
        <source>Charged on</source>
        <translation>Дата предъявления обвинения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="183" />
        <source>Criminal Code of the Republic of Azerbaijan</source>
        <translation>Уголовный кодекс Азербайджанской Республики</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="215" />
        <source>Add detention order</source>
        <translation>Добавить постановление о заключении под стражу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="216" />
        <source>Edit detention order</source>
        <translation>Изменить постановление о заключении под стражу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="220" />
        <source>Ordering court</source>
        <translation>Суд, вынесший постановление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="221" />
        <source>Decided on</source>
        <translation>Дата вынесения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="222" />
        <source>Detention from</source>
        <translation>Под стражей с</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="223" />
        <source>Term: months</source>
        <translation>Срок: месяцев</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="224" />
        <source>Term: days</source>
        <translation>Срок: дней</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="225" />
        <source>Expires on</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="226" />
        <source>Leave empty: computed as the start plus the term (a day past the end of a month is moved to its last day). Fill in only when the order states another date.</source>
        <translation>Оставьте пустым: дата исчисляется как начало плюс срок (день после конца месяца переносится на его последний день). Заполняйте, только если в постановлении указана другая дата.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="229" />
        <source>Appeal filed on</source>
        <translation>Дата подачи апелляционной жалобы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="230" />
        <source>Appeal outcome</source>
        <translation>Результат апелляции</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="234" />
        <source>the order of %1 (until %2)</source>
        <translation>постановление от %1 (до %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="252" />
        <source>Add hearing</source>
        <translation>Добавить судебное заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="253" />
        <source>Edit hearing</source>
        <translation>Изменить судебное заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="255" />
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="256" />
        <source>Local time of the court</source>
        <translation>Местное время суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="257" />
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="262" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="297" />
        <source>Captives concerned</source>
        <translation>Пленные, которых это касается</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="264" />
        <source>Add every co-defendant: the hearing appears in each one's file</source>
        <translation>Добавьте каждого соподсудимого: заседание появится в карточке каждого из них</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="266" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="267" />
        <source>Adjourned or cancelled: the hearing is no longer the next one, nor reminded of</source>
        <translation>Отложенное или отменённое заседание больше не считается ближайшим, и о нём не напоминают</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="65" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="269" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="270" />
        <source>Next hearing on</source>
        <translation>Следующее заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="274" />
        <source>the %1 hearing of %2</source>
        <translation>судебное заседание (%1) от %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="46" />
        <source>Add international proceeding</source>
        <translation>Добавить международное разбирательство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="47" />
        <source>Edit international proceeding</source>
        <translation>Изменить международное разбирательство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="49" />
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="51" />
        <source>Reference number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="52" />
        <source>Convention articles</source>
        <translation>Статьи Конвенции</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="53" />
        <source>As in the application, separated by commas: 3, 5 § 1, 5 § 4, P1-1</source>
        <translation>Как в жалобе, через запятую: 3, 5 § 1, 5 § 4, P1-1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="55" />
        <source>Lodged on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="283" />
        <source>Add intervention</source>
        <translation>Добавить обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="284" />
        <source>Edit intervention</source>
        <translation>Изменить обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="287" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="289" />
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="291" />
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="292" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="293" />
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="294" />
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="296" />
        <source>Follow up on</source>
        <translation>Контрольный срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="354" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="310" />
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="311" />
        <source>Edit document</source>
        <translation>Изменить документ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="313" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="335" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="314" />
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="315" />
        <source>Who gave or sent it</source>
        <translation>Кто передал или направил</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="316" />
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="317" />
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="319" />
        <source>Hearing</source>
        <translation>Судебное заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="320" />
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="332" />
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="333" />
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="336" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="23" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="51" />
        <source>Add captive</source>
        <translation>Добавить пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="24" />
        <source>Edit person and capture</source>
        <translation>Изменить сведения о лице и пленении</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="34" />
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="35" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="35" />
        <source>Separated by commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="52" />
        <source>Edit summary, asks and consent</source>
        <translation>Изменить краткое изложение, требования и согласие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="54" />
        <source>Summary</source>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="55" />
        <source>Current asks</source>
        <translation>Текущие требования</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="56" />
        <source>Health and treatment</source>
        <translation>Здоровье и обращение с пленным</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="57" />
        <source>Power of attorney on file</source>
        <translation>Доверенность имеется</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="58" />
        <source>Consents to publicity</source>
        <translation>Согласие на огласку</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="60" />
        <source>The family consents to a submission to the UN Working Group on Enforced or Involuntary Disappearances</source>
        <translation>Семья согласна на обращение в Рабочую группу ООН по насильственным или недобровольным исчезновениям</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="62" />
        <source>Notes on consent</source>
        <translation>Примечания о согласии</translation>
    </message>
</context>
<context>
    <name>CaptiveFacts</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="61" />
        <source>%1 of %2 days in custody</source>
        <translation>%1 из %2 суток под стражей</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="70" />
        <source>%Ln day(s) in custody</source>
        <translation><numerusform>%Ln сутки под стражей</numerusform><numerusform>%Ln суток под стражей</numerusform><numerusform>%Ln суток под стражей</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/held_place.py" line="25" />
        <source>Last held at %1</source>
        <translation>Последнее место содержания: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="77" />
        <source>Held at %1</source>
        <translation>Содержится: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="80" />
        <source>Place of detention not disclosed</source>
        <translation>Место содержания не раскрывается</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="81" />
        <source>No place of detention on record</source>
        <translation>Место содержания не записано</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="91" />
        <source>The detention order expires today (%1)</source>
        <translation>Срок постановления о заключении под стражу истекает сегодня (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="93" />
        <source>The detention order expires tomorrow (%1)</source>
        <translation>Срок постановления о заключении под стражу истекает завтра (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="95" />
        <source>The detention order expires in %Ln day(s), on %1</source>
        <translation><numerusform>Срок постановления о заключении под стражу истекает через %Ln день, %1</numerusform><numerusform>Срок постановления о заключении под стражу истекает через %Ln дня, %1</numerusform><numerusform>Срок постановления о заключении под стражу истекает через %Ln дней, %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="100" />
        <source>The detention order expired %Ln day(s) ago, on %1</source>
        <translation><numerusform>Срок постановления о заключении под стражу истёк %Ln день назад, %1</numerusform><numerusform>Срок постановления о заключении под стражу истёк %Ln дня назад, %1</numerusform><numerusform>Срок постановления о заключении под стражу истёк %Ln дней назад, %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="115" />
        <source>Prisoner of war: the three months of confinement awaiting trial that GC III Art. 103 allows ended on %2, counted from %1, the start of the first detention order (a release and a re-arrest do not restart the count)</source>
        <translation>Военнопленный: три месяца содержания под стражей в ожидании суда, допускаемые ст. 103 III Женевской конвенции, истекли %2; счёт ведётся с начала первого постановления о заключении под стражу — %1 (освобождение и повторный арест не начинают счёт заново)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="119" />
        <source>Prisoner of war: the three months of confinement awaiting trial that GC III Art. 103 allows end on %2, counted from %1, the start of the first detention order (a release and a re-arrest do not restart the count)</source>
        <translation>Военнопленный: три месяца содержания под стражей в ожидании суда, допускаемые ст. 103 III Женевской конвенции, истекают %2; счёт ведётся с начала первого постановления о заключении под стражу — %1 (освобождение и повторный арест не начинают счёт заново)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="141" />
        <source>The detention order in criminal case %2 expires today (%1)</source>
        <translation>Срок постановления о заключении под стражу по уголовному делу № %2 истекает сегодня (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="143" />
        <source>The detention order in criminal case %2 expires tomorrow (%1)</source>
        <translation>Срок постановления о заключении под стражу по уголовному делу № %2 истекает завтра (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="145" />
        <source>The detention order in criminal case %2 expires in %Ln day(s), on %1</source>
        <translation><numerusform>Срок постановления о заключении под стражу по уголовному делу № %2 истекает через %Ln день, %1</numerusform><numerusform>Срок постановления о заключении под стражу по уголовному делу № %2 истекает через %Ln дня, %1</numerusform><numerusform>Срок постановления о заключении под стражу по уголовному делу № %2 истекает через %Ln дней, %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="149" />
        <source>The detention order of %2 expires today (%1)</source>
        <translation>Срок постановления о заключении под стражу, действующего с %2, истекает сегодня (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="151" />
        <source>The detention order of %2 expires tomorrow (%1)</source>
        <translation>Срок постановления о заключении под стражу, действующего с %2, истекает завтра (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="153" />
        <source>The detention order of %2 expires in %Ln day(s), on %1</source>
        <translation><numerusform>Срок постановления о заключении под стражу, действующего с %2, истекает через %Ln день, %1</numerusform><numerusform>Срок постановления о заключении под стражу, действующего с %2, истекает через %Ln дня, %1</numerusform><numerusform>Срок постановления о заключении под стражу, действующего с %2, истекает через %Ln дней, %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="166" />
        <source>Two detention orders of this criminal case start on %1 and their decision days do not settle which replaced the other: the earlier expiry is shown. Record each order's decision day.</source>
        <translation>Два постановления о заключении под стражу по этому уголовному делу начинаются в один день — %1, и по датам их вынесения не видно, какое заменило другое: показан более ранний срок окончания. Укажите дату вынесения каждого постановления.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="185" />
        <source>Convicted: the pre-trial detention order's expiry (%1) stays open in Deadlines; check what the verdict decided on detention</source>
        <translation>Вынесен обвинительный приговор: срок постановления о заключении под стражу до приговора (%1) остаётся открытым в «Сроках»; проверьте, что приговор решил о мере пресечения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="199" />
        <source>Last confirmed contact %Ln day(s) ago</source>
        <translation><numerusform>Последний подтверждённый контакт — %Ln день назад</numerusform><numerusform>Последний подтверждённый контакт — %Ln дня назад</numerusform><numerusform>Последний подтверждённый контакт — %Ln дней назад</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="226" />
        <source>Next hearing %1 (%2), no longer in custody: %3</source>
        <translation>Следующее судебное заседание: %1 (%2), уже не под стражей: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="240" />
        <source>%Ln open deadline(s), the next on %1</source>
        <translation><numerusform>%Ln открытый срок, ближайший — %1</numerusform><numerusform>%Ln открытых срока, ближайший — %1</numerusform><numerusform>%Ln открытых сроков, ближайший — %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="243" />
        <source>%1 (an estimate: the day of capture is not known)</source>
        <translation>%1 (ориентировочно: день пленения неизвестен)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="98" />
        <source>The detention order expired yesterday (%1)</source>
        <translation>Срок постановления о заключении под стражу истёк вчера (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="59" />
        <source>At least %1 of %2 days in custody</source>
        <translation>Не менее %1 из %2 суток под стражей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="60" />
        <source>About %1 of %2 days in custody</source>
        <translation>Около %1 из %2 суток под стражей</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="65" />
        <source>At least %Ln day(s) in custody</source>
        <translation><numerusform>Не менее %Ln суток под стражей</numerusform><numerusform>Не менее %Ln суток под стражей</numerusform><numerusform>Не менее %Ln суток под стражей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="68" />
        <source>About %Ln day(s) in custody</source>
        <translation><numerusform>Около %Ln суток под стражей</numerusform><numerusform>Около %Ln суток под стражей</numerusform><numerusform>Около %Ln суток под стражей</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="194" />
        <source>No confirmed contact on record</source>
        <translation>Подтверждённый контакт не записан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="196" />
        <source>Last confirmed contact today</source>
        <translation>Последний подтверждённый контакт — сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="198" />
        <source>Last confirmed contact yesterday</source>
        <translation>Последний подтверждённый контакт — вчера</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="230" />
        <source>Next hearing %1 (%2)</source>
        <translation>Следующее судебное заседание: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaptiveFieldLevels</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="63" />
        <source>Level of the field “%1”</source>
        <translation>Уровень поля «%1»</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="110" />
        <source>The level this field is printed at: a dossier, a report or a list made below it leaves the field out.</source>
        <translation>Уровень, на котором печатается это поле: досье, отчёт или список, составленные на более низком уровне, это поле не включают.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="90" />
        <source>As the record (%1)</source>
        <translation>Как у записи (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="83" />
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="94" />
        <source>The record is %1: none of its fields is printed below it.</source>
        <translation>Уровень записи: %1. Ни одно из её полей не печатается ниже этого уровня.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="202" />
        <source>Above your clearance (%1): you cannot put a field above it.</source>
        <translation>Выше вашего допуска (%1): поле нельзя поставить выше этого уровня.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="239" />
        <source>No consent to publicity is on file: a public dossier, report or list leaves this captive out, and with it the fields set Public: %1.</source>
        <translation>Согласие на огласку не зафиксировано: публичное досье, отчёт или список не включают этого пленного, а с ним и поля с уровнем «Публичный»: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="245" />
        <source>No consent to publicity is on file: a public dossier, report or list leaves this captive out.</source>
        <translation>Согласие на огласку не зафиксировано: публичное досье, отчёт или список не включают этого пленного.</translation>
    </message>
</context>
<context>
    <name>CaptiveFileView</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="244" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="216" />
        <source>Charges in case %1</source>
        <translation>Обвинения по делу %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="126" />
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="217" />
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="83" />
        <source>Names in every script</source>
        <translation>Имена во всех письменностях</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="84" />
        <source>No names yet.</source>
        <translation>Имён пока нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="86" />
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="87" />
        <source>No identity documents recorded.</source>
        <translation>Документы, удостоверяющие личность, не записаны.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="89" />
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="90" />
        <source>No status changes.</source>
        <translation>Изменений статуса нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="92" />
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="76" />
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="100" />
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="101" />
        <source>The person, names in every script, identity documents, status history</source>
        <translation>Лицо, имена во всех письменностях, документы, удостоверяющие личность, история статусов</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="107" />
        <source>Detention orders</source>
        <translation>Постановления о заключении под стражу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="108" />
        <source>No detention orders recorded. Add the first order to see its expiry here and on the timeline.</source>
        <translation>Постановления о заключении под стражу не записаны. Добавьте первое постановление, чтобы видеть дату его истечения здесь и на шкале времени.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="111" />
        <source>Places of detention</source>
        <translation>Места содержания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="112" />
        <source>No place of detention recorded.</source>
        <translation>Место содержания не записано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="115" />
        <source>Custody</source>
        <translation>Содержание под стражей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="116" />
        <source>Custody timeline, detention orders and places of detention</source>
        <translation>Шкала содержания под стражей, постановления о заключении под стражу и места содержания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="121" />
        <source>Prosecutions</source>
        <translation>Уголовные дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="122" />
        <source>No prosecution recorded.</source>
        <translation>Уголовное дело не записано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="127" />
        <source>No charges in this case.</source>
        <translation>По этому делу обвинений нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="131" />
        <source>Hearings</source>
        <translation>Судебные заседания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="132" />
        <source>No hearings recorded.</source>
        <translation>Судебные заседания не записаны.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="135" />
        <source>Proceedings</source>
        <translation>Производство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="136" />
        <source>Prosecutions, charges and hearings</source>
        <translation>Уголовные дела, обвинения и судебные заседания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="142" />
        <source>International proceedings</source>
        <translation>Международные разбирательства</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="143" />
        <source>No filings with the ECHR, UN bodies or others.</source>
        <translation>Обращений в ЕСПЧ, органы ООН и другие органы нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="145" />
        <source>International</source>
        <translation>Международные</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="146" />
        <source>ECHR, UN bodies and other international proceedings</source>
        <translation>ЕСПЧ, органы ООН и другие международные разбирательства</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="192" />
        <source>The history of changes is read from the audit log, which needs internal clearance.</source>
        <translation>История изменений читается из журнала аудита, для которого нужен допуск «внутренний».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="175" />
        <source>Shown in red after %1 days without news.</source>
        <translation>Выделяется красным после %1 дн. без вестей.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="256" />
        <source>Last confirmed contact today (%1, %2)</source>
        <translation>Последний подтверждённый контакт — сегодня (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_file.py" line="258" />
        <source>%3 day(s) since the last confirmed contact (%1, %2)</source>
        <translation>
            <numerusform>%3 день с последнего подтверждённого контакта (%1, %2)</numerusform>
            <numerusform>%3 дня с последнего подтверждённого контакта (%1, %2)</numerusform>
            <numerusform>%3 дней с последнего подтверждённого контакта (%1, %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="155" />
        <source>Welfare contacts (proof of life)</source>
        <translation>Контакты (подтверждение того, что жив)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="156" />
        <source>No contact recorded.</source>
        <translation>Контакты не записаны.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="157" />
        <source>Welfare</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="158" />
        <source>Welfare contacts: proof of life</source>
        <translation>Контакты: подтверждение того, что жив</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="162" />
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="163" />
        <source>No interventions for this captive yet.</source>
        <translation>По этому пленному обращений пока нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="167" />
        <source>Request and response</source>
        <translation>Запрос и ответ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="169" />
        <source>Advocacy</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="170" />
        <source>Interventions with organisations, and their follow-ups</source>
        <translation>Обращения в организации и их контрольные сроки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="174" />
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="179" />
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="180" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="175" />
        <source>No notes yet.</source>
        <translation>Заметок пока нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="178" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="195" />
        <source>Every change to this file</source>
        <translation>Все изменения этой карточки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="189" />
        <source>No changes recorded.</source>
        <translation>Изменения не записаны.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="200" />
        <source>Filter the history…</source>
        <translation>Фильтр истории…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="206" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="207" />
        <source>Every change to this captive's file: when, who, what</source>
        <translation>Все изменения карточки этого пленного: когда, кто, что</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_file.py" line="232" />
        <source>%1 and %n other(s)</source>
        <translation><numerusform>%1 и ещё %n</numerusform><numerusform>%1 и ещё %n</numerusform><numerusform>%1 и ещё %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="252" />
        <source>No confirmed contact on record.</source>
        <translation>Подтверждённых контактов нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="225" />
        <source>Request: %1</source>
        <translation>Запрос: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="226" />
        <source>Response: %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="229" />
        <source>Also concerns: %1</source>
        <translation>Касается также: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_actions.py" line="48" />
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_actions.py" line="61" />
        <source>Photo saved.</source>
        <translation>Фотография сохранена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_actions.py" line="67" />
        <location filename="../../caseapp/ui/views/captive_actions.py" line="75" />
        <source>Remove photo</source>
        <translation>Удалить фотографию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_actions.py" line="68" />
        <source>Remove the photo from the file?</source>
        <translation>Удалить фотографию из карточки?</translation>
    </message>
</context>
<context>
    <name>CaptiveHeader</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="130" />
        <source>← Captives</source>
        <translation>← Пленные</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="131" />
        <source>Back to the list of captives</source>
        <translation>Назад к списку пленных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="149" />
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="152" />
        <source>Edit person…</source>
        <translation>Изменить сведения о лице…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="155" />
        <source>Deadlines…</source>
        <translation>Сроки…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="157" />
        <source>This captive's deadlines, open and closed</source>
        <translation>Сроки этого пленного, открытые и закрытые</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="159" />
        <source>Dossier…</source>
        <translation>Досье…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="161" />
        <source>Print this captive's dossier: preview, save, print or keep it</source>
        <translation>Напечатать досье этого пленного: просмотр, сохранение, печать или хранение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="164" />
        <source>Letter…</source>
        <translation>Письмо…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="166" />
        <source>Write a letter about this captive from a template</source>
        <translation>Составить письмо об этом пленном по шаблону</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="168" />
        <source>Filing…</source>
        <translation>ЕСПЧ и ООН…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="170" />
        <source>ECHR application and Rule 39 packs, UN submissions for this captive</source>
        <translation>Пакеты жалобы в ЕСПЧ и по правилу 39, обращения в ООН по этому пленному</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="208" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>CaptivePicker</name>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker_parts.py" line="69" />
        <source>%1 (born %2)</source>
        <translation>%1 (род. %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker_parts.py" line="74" />
        <source>%1 · also “%2”</source>
        <translation>%1 · также «%2»</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker_parts.py" line="81" />
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker_parts.py" line="117" />
        <location filename="../../caseapp/ui/widgets/captive_picker_parts.py" line="118" />
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="83" />
        <source>No one chosen yet.</source>
        <translation>Никто пока не выбран.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="84" />
        <source>No captive chosen.</source>
        <translation>Пленный не выбран.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="91" />
        <source>Type part of a name, in any script</source>
        <translation>Введите часть имени, в любой письменности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="97" />
        <source>Captives matching the search</source>
        <translation>Пленные, подходящие под поиск</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="220" />
        <source>Type part of a name to find one of the %Ln captive(s) of this case file.</source>
        <translation><numerusform>Введите часть имени, чтобы найти одного из %Ln пленного этого дела.</numerusform><numerusform>Введите часть имени, чтобы найти одного из %Ln пленных этого дела.</numerusform><numerusform>Введите часть имени, чтобы найти одного из %Ln пленных этого дела.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="224" />
        <source>No captives in this case file yet.</source>
        <translation>В этом файле дела пока нет пленных.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="228" />
        <source>No captive's name matches “%1”.</source>
        <translation>Ни одно имя пленного не соответствует «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="233" />
        <source>The first %1 of %Ln match(es): type more of the name.</source>
        <translation><numerusform>Первые %1 из %Ln совпадения: введите имя подробнее.</numerusform><numerusform>Первые %1 из %Ln совпадений: введите имя подробнее.</numerusform><numerusform>Первые %1 из %Ln совпадений: введите имя подробнее.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="331" />
        <source>Captive %1</source>
        <translation>Пленный %1</translation>
    </message>
</context>
<context>
    <name>CaptiveTabs</name>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="49" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="58" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="61" />
        <source>Primary name</source>
        <translation>Основное имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="62" />
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="63" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="64" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="131" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="205" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="220" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="250" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="61" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="68" />
        <location filename="../../caseapp/ui/views/captive_risk.py" line="44" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="69" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="70" />
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="71" />
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="72" />
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="88" />
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="50" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="89" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="222" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="316" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="90" />
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="54" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="91" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="92" />
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_columns.py" line="97" />
        <source>%n month(s)</source>
        <translation><numerusform>%n месяц</numerusform><numerusform>%n месяца</numerusform><numerusform>%n месяцев</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_columns.py" line="98" />
        <source>%n day(s)</source>
        <translation><numerusform>%n день</numerusform><numerusform>%n дня</numerusform><numerusform>%n дней</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="124" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="147" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="126" />
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="129" />
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="132" />
        <source>Ordering court</source>
        <translation>Суд, вынесший постановление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="134" />
        <source>Decided</source>
        <translation>Вынесено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="136" />
        <source>Appeal</source>
        <translation>Апелляция</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="146" />
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="148" />
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/held_place.py" line="31" />
        <source>until the release on %1</source>
        <translation>до освобождения %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/held_place.py" line="32" />
        <source>until the repatriation on %1</source>
        <translation>до репатриации %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/held_place.py" line="33" />
        <source>until the death on %1</source>
        <translation>до смерти %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/held_place.py" line="42" />
        <source>now</source>
        <translation>по настоящее время</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="150" />
        <source>Address for letters</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="153" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="255" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="162" />
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="163" />
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="164" />
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="165" />
        <source>Defence</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="166" />
        <source>Opened</source>
        <translation>Возбуждено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="167" />
        <source>Investigating body</source>
        <translation>Орган расследования</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="184" />
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_columns.py" line="265" />
        <source>%1, %Ln day(s) late</source>
        <translation><numerusform>%1, просрочено на %Ln день</numerusform><numerusform>%1, просрочено на %Ln дня</numerusform><numerusform>%1, просрочено на %Ln дней</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="177" />
        <source>AZ CC</source>
        <translation>УК АР</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="80" />
        <source>%1 (entered later, on %2)</source>
        <translation>%1 (внесено позже, %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="84" />
        <source>Entered after a change dated later: it is put in the history by its date, and the status before each line is read by date.</source>
        <translation>Внесено после изменения с более поздней датой: в истории оно стоит по своей дате, а статус до каждой строки определяется по датам.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="187" />
        <source>Offence</source>
        <translation>Преступление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="189" />
        <source>Charged</source>
        <translation>Предъявлено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="202" />
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="208" />
        <source>Court and judge</source>
        <translation>Суд и судья</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="210" />
        <source>Co-defendants</source>
        <translation>Соподсудимые</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="212" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="223" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="214" />
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="218" />
        <source>Lodged</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="219" />
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="221" />
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="233" />
        <source>judgment %1</source>
        <translation>постановление: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="239" />
        <source>communicated %1</source>
        <translation>коммуникация: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="247" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="269" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="248" />
        <source>Days ago</source>
        <translation>Дней назад</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="251" />
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="252" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="253" />
        <source>no, unconfirmed</source>
        <translation>нет, не подтверждён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="254" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="270" />
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="271" />
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="272" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="276" />
        <source>Status and follow-up</source>
        <translation>Статус и контрольный срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="280" />
        <source>Overdue: follow this up</source>
        <translation>Просрочено: требуется повторное обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="282" />
        <source>Captives</source>
        <translation>Пленные</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="293" />
        <source>A hearing</source>
        <translation>Судебное заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="296" />
        <source>An intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="299" />
        <source>A criminal case</source>
        <translation>Уголовное дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="304" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="328" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="308" />
        <source>Attached to</source>
        <translation>Приложен к</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="310" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="312" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="314" />
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="315" />
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="316" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="330" />
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="317" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="326" />
        <source>Written</source>
        <translation>Написана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="329" />
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="335" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="337" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="338" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="340" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="342" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="343" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="146" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="147" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="148" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="299" />
        <source>Deleted %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="48" />
        <source>Captive</source>
        <translation>Пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="51" />
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="52" />
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="53" />
        <source>Welfare contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="55" />
        <source>Prosecution</source>
        <translation>Уголовное дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="56" />
        <source>Charge</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="57" />
        <source>Detention order</source>
        <translation>Постановление о заключении под стражу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="58" />
        <source>Hearing</source>
        <translation>Судебное заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="59" />
        <source>International proceeding</source>
        <translation>Международное разбирательство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="60" />
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="62" />
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="65" />
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="66" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="67" />
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="317" />
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="42" />
        <source>Appeared</source>
        <translation>Появился</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="43" />
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="45" />
        <source>Application</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="46" />
        <source>Deleted from the portal on</source>
        <translation>Удаляется с портала</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="48" />
        <source>Downloaded</source>
        <translation>Скачан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="50" />
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/order_names.py" line="24" />
        <source>Replaced by the order from %1 made by %2</source>
        <translation>Заменено постановлением, действующим с %1 (суд: %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/order_names.py" line="27" />
        <source>Replaced by the order from %1 to %2</source>
        <translation>Заменено постановлением, действующим с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/order_names.py" line="30" />
        <source>Replaced by the order from %1, decided on %2</source>
        <translation>Заменено постановлением от %2, действующим с %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/order_names.py" line="32" />
        <source>Replaced by the order from %1</source>
        <translation>Заменено постановлением, действующим с %1</translation>
    </message>
</context>
<context>
    <name>CaptivesModel</name>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="51" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="43" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="45" />
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/models/captives.py" line="46" />
        <source>%Ln day(s) ago</source>
        <translation><numerusform>%Ln день назад</numerusform><numerusform>%Ln дня назад</numerusform><numerusform>%Ln дней назад</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="92" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="94" />
        <source>Other spelling</source>
        <translation>Другое написание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="96" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="98" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="100" />
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="104" />
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="109" />
        <source>Days held</source>
        <translation>Дней под стражей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="110" />
        <source>Next hearing</source>
        <translation>Следующее заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="112" />
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="118" />
        <source>Found by</source>
        <translation>Совпадение при поиске</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="326" />
        <source>Last confirmed proof of life: %1</source>
        <translation>Последнее подтверждение того, что жив: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="328" />
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="332" />
        <source>Search match: %1</source>
        <translation>Совпадение при поиске: %1</translation>
    </message>
</context>
<context>
    <name>CaptivesView</name>
    <message>
        <location filename="../../caseapp/ui/views/captives_filter.py" line="49" />
        <source>Search names and notes in any script (Ctrl+F)…</source>
        <translation>Поиск по именам и заметкам в любой письменности (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives_filter.py" line="55" />
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives_filter.py" line="56" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives_filter.py" line="57" />
        <source>In custody</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives_filter.py" line="96" />
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captives_filter.py" line="98" />
        <source>%Ln captive(s)</source>
        <translation><numerusform>%Ln пленный</numerusform><numerusform>%Ln пленных</numerusform><numerusform>%Ln пленных</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="114" />
        <source>List of captives</source>
        <translation>Список пленных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="390" />
        <source>Copied; CaseApp removes it from the clipboard in %1 s.</source>
        <translation>Скопировано; CaseApp удалит это из буфера обмена через %1 с.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="391" />
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_list_columns.py" line="83" />
        <source>Restore Default Columns</source>
        <translation>Вернуть столбцы по умолчанию</translation>
    </message>
</context>
<context>
    <name>CaseFileOpener</name>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="146" />
        <location filename="../../caseapp/ui/opener.py" line="160" />
        <source>The passphrase was wrong.</source>
        <translation>Парольная фраза неверна.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/opener.py" line="147" />
        <source>The passphrase was wrong (%n time(s) in a row).</source>
        <translation><numerusform>Парольная фраза неверна (%n раз подряд).</numerusform><numerusform>Парольная фраза неверна (%n раза подряд).</numerusform><numerusform>Парольная фраза неверна (%n раз подряд).</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="150" />
        <source>CaseApp waited %1 s before answering, to slow down guessing.</source>
        <translation>CaseApp выждал %1 с перед ответом, чтобы затруднить подбор.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="152" />
        <source>The next wrong passphrase waits %1 s.</source>
        <translation>После следующей неверной парольной фразы ожидание составит %1 с.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="158" />
        <source>Passphrase for %1:</source>
        <translation>Парольная фраза для %1:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="161" />
        <source>Try again.</source>
        <translation>Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="162" />
        <source>Encrypted case file</source>
        <translation>Зашифрованный файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="181" />
        <source>Updating the case file</source>
        <translation>Обновление файла дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="249" />
        <source>The audit log was changed outside CaseApp</source>
        <translation>Журнал аудита был изменён вне CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="215" />
        <location filename="../../caseapp/ui/opener.py" line="273" />
        <source>Cannot open the case file</source>
        <translation>Не удаётся открыть файл дела</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="136" />
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="154" />
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="136" />
        <source>Encrypt case file</source>
        <translation>Зашифровать файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="138" />
        <source>The case file is written again, encrypted with the new passphrase, and replaces the old one only once it has been checked. Backups made before keep the old passphrase: keep it until they are no longer needed.</source>
        <translation>Файл дела записывается заново, зашифрованный новой парольной фразой, и заменяет старый только после проверки. Ранее созданные резервные копии сохраняют старую парольную фразу: храните её, пока они нужны.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="141" />
        <source>This case file is not encrypted: anyone who gets a copy of it can read it. Choose a passphrase to encrypt it; from then on it opens only with that passphrase. Earlier backups stay unencrypted.</source>
        <translation>Этот файл дела не зашифрован: любой, кто получит его копию, сможет его прочитать. Выберите парольную фразу, чтобы зашифровать его; после этого он будет открываться только с этой парольной фразой. Прежние резервные копии останутся незашифрованными.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="146" />
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="154" />
        <source>Encrypt</source>
        <translation>Зашифровать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="161" />
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="178" />
        <source>Encrypting… this takes a few seconds.</source>
        <translation>Шифрование… это займёт несколько секунд.</translation>
    </message>
</context>
<context>
    <name>ClearanceLevels</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/clearance_levels.py" line="56" />
        <source>Above your clearance (%1): you can save this record at %1 or below.</source>
        <translation>Выше вашего допуска (%1): эту запись можно сохранить на уровне «%1» или ниже.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/clearance_levels.py" line="68" />
        <source>Above your clearance (%1): what you print or export holds only what %1 reads.</source>
        <translation>Выше вашего допуска (%1): то, что вы печатаете или выгружаете, содержит только то, что читает уровень «%1».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/clearance_levels.py" line="97" />
        <source>Deleting a record needs internal clearance: %1 has clearance %2, which adds and edits records at or below it but does not delete them. Nothing was deleted.</source>
        <translation>Чтобы удалить запись, нужен внутренний допуск: у логина %1 допуск «%2», с ним можно добавлять и изменять записи этого уровня и ниже, но не удалять их. Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/clearance_levels.py" line="110" />
        <source>Merging two records needs internal clearance: %1 has clearance %2, and a merge deletes the record merged in. Nothing was merged.</source>
        <translation>Чтобы объединить две записи, нужен внутренний допуск: у логина %1 допуск «%2», а объединение удаляет присоединяемую запись. Ничего не объединено.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="93" />
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="97" />
        <source>Someone else</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="98" />
        <source>meanwhile</source>
        <translation>тем временем</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="99" />
        <source>%1 saved this record (%2) after you opened it. Your changes are not saved yet.</source>
        <translation>%1 сохраняет эту запись (%2) после того, как вы её открыли. Ваши изменения ещё не сохранены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="103" />
        <source>Choose, field by field, which version to keep. Keep mine saves the fields you changed; Keep theirs shows their version in the form and saves nothing.</source>
        <translation>Выберите для каждого поля, какую версию оставить. «Оставить мою» сохраняет изменённые вами поля; «Оставить их» показывает их версию в форме и ничего не сохраняет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="109" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="109" />
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="110" />
        <source>Their version</source>
        <translation>Их версия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="126" />
        <source>Your version of %1</source>
        <translation>Ваша версия поля «%1»</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="127" />
        <source>Their version of %1</source>
        <translation>Их версия поля «%1»</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="146" />
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="147" />
        <source>Merge as chosen</source>
        <translation>Объединить, как выбрано</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="145" />
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../caseapp/ui/connection_banner.py" line="27" />
        <source>The team server no longer lets your login in: it was revoked, taken out of the team, or its password changed. Nothing can be saved or read again until the team's owner lets you in; what you type in an open form stays there.</source>
        <translation>Командный сервер больше не впускает ваш логин: он отозван, исключён из команды или его пароль изменён. Ничего нельзя сохранить или снова прочитать, пока владелец команды не впустит вас; то, что вы вводите в открытой форме, останется в ней.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/connection_banner.py" line="33" />
        <source>The connection to the team server is lost (%1). CaseApp is trying to reconnect; until then nothing can be saved, and what you type in an open form stays there.</source>
        <translation>Соединение с сервером команды потеряно (%1). CaseApp пытается подключиться снова; до тех пор ничего нельзя сохранить, а то, что вы вводите в открытой форме, останется в ней.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/connection_banner.py" line="35" />
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="56" />
        <location filename="../../caseapp/ui/views/contacts.py" line="73" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="27" />
        <location filename="../../caseapp/ui/views/contacts.py" line="76" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="28" />
        <location filename="../../caseapp/ui/views/contacts.py" line="77" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="29" />
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="59" />
        <location filename="../../caseapp/ui/views/contacts.py" line="78" />
        <location filename="../../caseapp/ui/views/contacts.py" line="86" />
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="30" />
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="60" />
        <location filename="../../caseapp/ui/views/contacts.py" line="79" />
        <location filename="../../caseapp/ui/views/contacts.py" line="87" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="26" />
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="55" />
        <location filename="../../caseapp/ui/views/contacts.py" line="82" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="57" />
        <location filename="../../caseapp/ui/views/contacts.py" line="83" />
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="58" />
        <location filename="../../caseapp/ui/views/contacts.py" line="84" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="31" />
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="32" />
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="61" />
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="33" />
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="62" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="34" />
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="35" />
        <source>Who may see this organisation when a letter or dossier is printed</source>
        <translation>Кто может видеть эту организацию при печати письма или досье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="40" />
        <source>Edit organisation</source>
        <translation>Изменить организацию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="41" />
        <source>Add organisation</source>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="43" />
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="68" />
        <source>Edit person</source>
        <translation>Изменить лицо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="68" />
        <source>Add person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="70" />
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="106" />
        <source>Search organisations and people: name, country, email, role…</source>
        <translation>Поиск организаций и лиц: имя, страна, эл. почта, должность…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="113" />
        <source>Filter by kind</source>
        <translation>Фильтр по виду</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="114" />
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="132" />
        <source>Add organisation…</source>
        <translation>Добавить организацию…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="134" />
        <location filename="../../caseapp/ui/views/contacts.py" line="154" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="135" />
        <location filename="../../caseapp/ui/views/contacts.py" line="155" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="153" />
        <source>Add person…</source>
        <translation>Добавить лицо…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="165" />
        <source>Double-click to open the captive concerned</source>
        <translation>Дважды щёлкните, чтобы открыть карточку пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="167" />
        <source>Open captive…</source>
        <translation>Открыть пленного…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="168" />
        <source>Open the file of a captive this intervention concerns</source>
        <translation>Открыть карточку пленного, которого касается это обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="189" />
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="192" />
        <source>Interventions addressed to it</source>
        <translation>Обращения в эту организацию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="225" />
        <source>No person of this organisation is recorded.</source>
        <translation>Лица из этой организации не записаны.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="225" />
        <source>Add a person…</source>
        <translation>Добавить лицо…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="237" />
        <source>No organisation or person matches the search and the kind chosen.</source>
        <translation>Ни одна организация или лицо не соответствует запросу и выбранному виду.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="238" />
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="239" />
        <source>No organisations or contacts are recorded yet. Add those you write to: the ICRC delegation, the ombudsman, embassies, UN bodies, families.</source>
        <translation>Организации и контакты ещё не записаны. Добавьте тех, кому вы пишете: делегацию МККК, омбудсмена, посольства, органы ООН, семьи.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="241" />
        <source>Add an organisation…</source>
        <translation>Добавить организацию…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="271" />
        <source>(People without an organisation)</source>
        <translation>(Лица без организации)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/contacts.py" line="313" />
        <source>%Ln organisation(s)</source>
        <translation><numerusform>%Ln организация</numerusform><numerusform>%Ln организации</numerusform><numerusform>%Ln организаций</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="325" />
        <source>Select an organisation to see its people and the interventions addressed to it.</source>
        <translation>Выберите организацию, чтобы увидеть её сотрудников и адресованные ей обращения.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="48" />
        <source>Organisation added.</source>
        <translation>Организация добавлена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="54" />
        <source>Organisation saved.</source>
        <translation>Организация сохранена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/contact_writes.py" line="62" />
        <source>Delete %1? Its people (%2) stay in the directory without an organisation; the advocacy log will keep %Ln intervention(s) addressed to it alone, but with no addressee.</source>
        <translation><numerusform>Удалить %1? Её сотрудники (%2) останутся в справочнике без организации; журнал обращений сохранит %Ln обращение, адресованное только ей, но без адресата.</numerusform><numerusform>Удалить %1? Её сотрудники (%2) останутся в справочнике без организации; журнал обращений сохранит %Ln обращения, адресованные только ей, но без адресата.</numerusform><numerusform>Удалить %1? Её сотрудники (%2) останутся в справочнике без организации; журнал обращений сохранит %Ln обращений, адресованных только ей, но без адресата.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/contact_writes.py" line="96" />
        <source>Delete %1 from the directory? The advocacy log will keep %Ln intervention(s) addressed to them alone, but with no addressee.</source>
        <translation><numerusform>Удалить из справочника: %1? Журнал обращений сохранит %Ln обращение, адресованное только этому лицу, но без адресата.</numerusform><numerusform>Удалить из справочника: %1? Журнал обращений сохранит %Ln обращения, адресованные только этому лицу, но без адресата.</numerusform><numerusform>Удалить из справочника: %1? Журнал обращений сохранит %Ln обращений, адресованных только этому лицу, но без адресата.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="67" />
        <source>Delete %1? Its people (%2) stay in the directory without an organisation; the advocacy log keeps its interventions.</source>
        <translation>Удалить %1? Её сотрудники (%2) останутся в справочнике без организации; журнал обращений сохранит адресованные ей обращения.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="70" />
        <source>Delete organisation</source>
        <translation>Удалить организацию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="77" />
        <source>Deleted %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="83" />
        <source>Person added.</source>
        <translation>Лицо добавлено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="89" />
        <source>Person saved.</source>
        <translation>Лицо сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="100" />
        <source>Delete %1 from the directory? The advocacy log keeps the interventions addressed to them.</source>
        <translation>Удалить из справочника: %1? Журнал обращений сохранит адресованные этому лицу обращения.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="103" />
        <source>Delete person</source>
        <translation>Удалить лицо</translation>
    </message>
</context>
<context>
    <name>CustodyMaximumDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="42" />
        <source>Custody maximum for one captive, charge or stage</source>
        <translation>Предельный срок содержания под стражей для отдельного пленного, обвинения или стадии</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="47" />
        <source>One captive</source>
        <translation>Отдельный пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="48" />
        <source>The charges under an article</source>
        <translation>Обвинения по одной статье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="49" />
        <source>A stage of the case</source>
        <translation>Стадия дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="55" />
        <source>An article, or its part after a dot: 214 or 214.2</source>
        <translation>Статья или её часть через точку: 214 или 214.2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="68" />
        <source>not set: the file's maximum applies</source>
        <translation>не задан: действует срок, заданный для файла</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="79" />
        <source>A captive's own maximum wins; else the shortest of their charges' maxima; else their stage's; else the file's. 0 days removes the maximum set here.</source>
        <translation>Срок, заданный для самого пленного, имеет приоритет; иначе — кратчайший из сроков по его обвинениям; иначе — срок его стадии; иначе — срок файла. 0 дней удаляет заданный здесь срок.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="92" />
        <source>For</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="93" />
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="108" />
        <source>Captive</source>
        <translation>Пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="94" />
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="95" />
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="96" />
        <source>Statutory maximum of custody (days)</source>
        <translation>Предельный срок содержания под стражей по закону (дней)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="161" />
        <source>Choose a captive first.</source>
        <translation>Сначала выберите пленного.</translation>
    </message>
</context>
<context>
    <name>CustodyTimeline</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="32" />
        <source>%n month(s)</source>
        <translation><numerusform>%n месяц</numerusform><numerusform>%n месяца</numerusform><numerusform>%n месяцев</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="35" />
        <source>%n day(s)</source>
        <translation><numerusform>%n день</numerusform><numerusform>%n дня</numerusform><numerusform>%n дней</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="40" />
        <source>%1m</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="42" />
        <source>%1d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="194" />
        <source>No detention orders or hearings recorded yet.</source>
        <translation>Постановления о заключении под стражу и судебные заседания ещё не записаны.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="210" />
        <source>Initial order</source>
        <translation>Первоначальное постановление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="211" />
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="213" />
        <source>Preliminary / trial</source>
        <translation>Предварительное слушание / суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="215" />
        <source>Appeal / cassation</source>
        <translation>Апелляция / кассация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="216" />
        <source>Scheduled</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="217" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="308" />
        <source>%1 detention order</source>
        <translation>Постановление о заключении под стражу: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="314" />
        <source>Decided on %1</source>
        <translation>Вынесено %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="319" />
        <source>Appeal filed on %1</source>
        <translation>Апелляционная жалоба подана %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="89" />
        <source>Custody ended %1</source>
        <translation>Содержание под стражей окончено %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="90" />
        <source>Custody ended</source>
        <translation>Содержание под стражей окончено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="93" />
        <source>Expired %1</source>
        <translation>Истекло %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="95" />
        <source>Expires today</source>
        <translation>Истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="96" />
        <source>Expires %1 (in %Ln day(s))</source>
        <translation><numerusform>Истекает %1 (через %Ln день)</numerusform><numerusform>Истекает %1 (через %Ln дня)</numerusform><numerusform>Истекает %1 (через %Ln дней)</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="359" />
        <source>%1 hearing</source>
        <translation>Судебное заседание: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="364" />
        <source>Custody has ended: this hearing on detention is not shown as the next hearing.</source>
        <translation>Содержание под стражей окончено: это заседание по вопросу о содержании под стражей не показывается как следующее.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="371" />
        <source>Outcome: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline.py" line="374" />
        <source>%n co-defendant(s)</source>
        <translation><numerusform>%n соподсудимый</numerusform><numerusform>%n соподсудимых</numerusform><numerusform>%n соподсудимых</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="384" />
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="390" />
        <source>Captured %1</source>
        <translation>Пленение: %1</translation>
    </message>
</context>
<context>
    <name>DailyLog</name>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="45" />
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="57" />
        <location filename="../../caseapp/ui/views/deadline_log.py" line="81" />
        <source>Daily log of deadline control</source>
        <translation>Ежедневный журнал контроля сроков</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="58" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="59" />
        <source>Deadlines entered, changed, done, dismissed or deleted on this day, with who, when and why. Printed at the internal level: for the legal team only.</source>
        <translation>Сроки, внесённые, изменённые, выполненные, снятые или удалённые в этот день, с указанием кем, когда и почему. Печатается на внутреннем уровне: только для юридической команды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="62" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="64" />
        <source>The language of the log: its headings, the deadlines' rules and notes, and its dates.</source>
        <translation>Язык журнала: заголовков, правил и заметок сроков, а также дат.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="83" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_log.py" line="97" />
        <source>Wrote the daily log of %1 (%Ln event(s)) to %2.</source>
        <translation><numerusform>Журнал за %1 (%Ln событие) записан в %2.</numerusform><numerusform>Журнал за %1 (%Ln события) записан в %2.</numerusform><numerusform>Журнал за %1 (%Ln событий) записан в %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="124" />
        <source>Longest without news (proof of life)</source>
        <translation>Дольше всех без вестей (подтверждение того, что жив)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="123" />
        <source>Hearings in the next 14 days</source>
        <translation>Судебные заседания в ближайшие 14 дней</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="116" />
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="111" />
        <source>All deadlines…</source>
        <translation>Все сроки…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="137" />
        <source>Recently changed</source>
        <translation>Недавние изменения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="246" />
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="248" />
        <source>overdue by %Ln day(s)</source>
        <translation><numerusform>просрочено на %Ln день</numerusform><numerusform>просрочено на %Ln дня</numerusform><numerusform>просрочено на %Ln дней</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="250" />
        <source>in %Ln day(s)</source>
        <translation><numerusform>через %Ln день</numerusform><numerusform>через %Ln дня</numerusform><numerusform>через %Ln дней</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="257" />
        <source>Follow-up of “%1” due today (%2).</source>
        <translation>Контрольный срок по «%1» истекает сегодня (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="260" />
        <source>Follow-up of “%1” overdue by %Ln day(s) (due %2).</source>
        <translation><numerusform>Контрольный срок по «%1» просрочен на %Ln день (истёк %2).</numerusform><numerusform>Контрольный срок по «%1» просрочен на %Ln дня (истёк %2).</numerusform><numerusform>Контрольный срок по «%1» просрочен на %Ln дней (истёк %2).</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="268" />
        <source>Detention order expires today (%1); no hearing is recorded before then.</source>
        <translation>Срок постановления о заключении под стражу истекает сегодня (%1); судебное заседание до этой даты не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="271" />
        <source>Detention order expires in %Ln day(s) (%1); no hearing is recorded before then.</source>
        <translation><numerusform>Срок постановления о заключении под стражу истекает через %Ln день (%1); судебное заседание до этой даты не записано.</numerusform><numerusform>Срок постановления о заключении под стражу истекает через %Ln дня (%1); судебное заседание до этой даты не записано.</numerusform><numerusform>Срок постановления о заключении под стражу истекает через %Ln дней (%1); судебное заседание до этой даты не записано.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="282" />
        <source>No confirmed news for %Ln day(s).</source>
        <translation><numerusform>Нет подтверждённых вестей %Ln день.</numerusform><numerusform>Нет подтверждённых вестей %Ln дня.</numerusform><numerusform>Нет подтверждённых вестей %Ln дней.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="286" />
        <source>No independent proof of life for %Ln day(s) (last: %1).</source>
        <translation><numerusform>Нет независимого подтверждения того, что жив, %Ln день (последнее: %1).</numerusform><numerusform>Нет независимого подтверждения того, что жив, %Ln дня (последнее: %1).</numerusform><numerusform>Нет независимого подтверждения того, что жив, %Ln дней (последнее: %1).</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="295" />
        <source>Detention order in criminal case %2 expires today (%1); no hearing is recorded before then.</source>
        <translation>Срок постановления о заключении под стражу по уголовному делу № %2 истекает сегодня (%1); судебное заседание до этой даты не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="297" />
        <source>Detention order in criminal case %2 expires in %Ln day(s) (%1); no hearing is recorded before then.</source>
        <translation><numerusform>Срок постановления о заключении под стражу по уголовному делу № %2 истекает через %Ln день (%1); судебное заседание до этой даты не записано.</numerusform><numerusform>Срок постановления о заключении под стражу по уголовному делу № %2 истекает через %Ln дня (%1); судебное заседание до этой даты не записано.</numerusform><numerusform>Срок постановления о заключении под стражу по уголовному делу № %2 истекает через %Ln дней (%1); судебное заседание до этой даты не записано.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="300" />
        <source>Detention order of %2 expires today (%1); no hearing is recorded before then.</source>
        <translation>Срок постановления о заключении под стражу, действующего с %2, истекает сегодня (%1); судебное заседание до этой даты не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="302" />
        <source>Detention order of %2 expires in %Ln day(s) (%1); no hearing is recorded before then.</source>
        <translation><numerusform>Срок постановления о заключении под стражу, действующего с %2, истекает через %Ln день (%1); судебное заседание до этой даты не записано.</numerusform><numerusform>Срок постановления о заключении под стражу, действующего с %2, истекает через %Ln дня (%1); судебное заседание до этой даты не записано.</numerusform><numerusform>Срок постановления о заключении под стражу, действующего с %2, истекает через %Ln дней (%1); судебное заседание до этой даты не записано.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="309" />
        <source>%Ln overdue</source>
        <translation><numerusform>%Ln просрочен</numerusform><numerusform>%Ln просрочено</numerusform><numerusform>%Ln просрочено</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="311" />
        <source>%Ln due today</source>
        <translation><numerusform>%Ln истекает сегодня</numerusform><numerusform>%Ln истекают сегодня</numerusform><numerusform>%Ln истекают сегодня</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="312" />
        <source>%Ln this week</source>
        <translation><numerusform>%Ln на этой неделе</numerusform><numerusform>%Ln на этой неделе</numerusform><numerusform>%Ln на этой неделе</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="314" />
        <source>%Ln later</source>
        <translation><numerusform>%Ln позже</numerusform><numerusform>%Ln позже</numerusform><numerusform>%Ln позже</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="317" />
        <source>%Ln follow-up(s) overdue</source>
        <translation><numerusform>%Ln контрольный срок просрочен</numerusform><numerusform>%Ln контрольных срока просрочено</numerusform><numerusform>%Ln контрольных сроков просрочено</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="319" />
        <source>%Ln follow-up(s) due today</source>
        <translation><numerusform>%Ln контрольный срок истекает сегодня</numerusform><numerusform>%Ln контрольных срока истекают сегодня</numerusform><numerusform>%Ln контрольных сроков истекают сегодня</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="352" />
        <source>%Ln captive(s) in this case file</source>
        <translation><numerusform>%Ln пленный в этом файле дела</numerusform><numerusform>%Ln пленных в этом файле дела</numerusform><numerusform>%Ln пленных в этом файле дела</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="362" />
        <source>%Ln day(s) ago</source>
        <translation><numerusform>%Ln день назад</numerusform><numerusform>%Ln дня назад</numerusform><numerusform>%Ln дней назад</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="249" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="263" />
        <source>Detention order expired on %1; no later order is recorded.</source>
        <translation>Срок постановления о заключении под стражу истёк %1; более позднее постановление не записано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="274" />
        <source>%1 days in custody: over the statutory maximum of %2.</source>
        <translation>Под стражей %1 сут.: сверх предельного срока по закону (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="277" />
        <source>Prisoner of war confined awaiting trial for %1 days; GC III Art. 103 allows three months (until %2).</source>
        <translation>Военнопленный содержится под стражей в ожидании суда %1 сут.; ст. 103 III Женевской конвенции допускает три месяца (до %2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="281" />
        <source>No confirmed news is recorded.</source>
        <translation>Подтверждённых вестей нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="284" />
        <source>No independent proof of life (ICRC, consular or lawyer visit) is recorded.</source>
        <translation>Независимое подтверждение того, что жив (визит МККК, консула или адвоката), не записано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="288" />
        <source>Nothing ahead: no deadline still to come and no hearing to come.</source>
        <translation>Впереди ничего: ни срока, который ещё не истёк, ни предстоящего судебного заседания.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="347" />
        <source>Nothing needs attention: no deadline this week, no warning.</source>
        <translation>Ничто не требует внимания: сроков на этой неделе и предупреждений нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="361" />
        <source>no contact recorded</source>
        <translation>контакты не записаны</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="369" />
        <source>Nobody in custody or missing: no news to wait for.</source>
        <translation>Никто не находится под стражей и не пропал без вести: ждать вестей не от кого.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="373" />
        <source>%1 (no longer in custody)</source>
        <translation>%1 (уже не под стражей)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="383" />
        <source>No hearings scheduled.</source>
        <translation>Судебные заседания не назначены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="396" />
        <source>Recent changes are read from the audit log, which needs internal clearance.</source>
        <translation>Последние изменения читаются из журнала аудита, для которого нужен допуск «внутренний».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="398" />
        <source>Nothing recorded yet: what you add or change shows here.</source>
        <translation>Пока ничего не записано: здесь появится то, что вы добавите или измените.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="76" />
        <source>e.g. %1, %2 or %3</source>
        <translation>напр.: %1, %2 или %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="78" />
        <source>e.g. %1</source>
        <translation>напр.: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="81" />
        <source>A day, a month or a year. For a day known only roughly, put ~ before it: %1.</source>
        <translation>День, месяц или год. Если день известен лишь приблизительно, поставьте перед ним ~, например: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="87" />
        <source>Pick a date (Alt+Down)</source>
        <translation>Выбрать дату (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="145" />
        <source>“%1”: only a day can be marked rough with ~; a month or a year already says that the day is not known. Write %2.</source>
        <translation>«%1»: знаком ~ отмечается только приблизительный день; месяц или год и так показывают, что день неизвестен. Напишите %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="148" />
        <source>“%1” is not a date: write a day as %2, a month as %3 or a year as %4.</source>
        <translation>«%1» — не дата: укажите день как %2, месяц как %3 или год как %4.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="153" />
        <source>“%1” gives only a month or a year: a day is needed here. Give the first day known, such as %2.</source>
        <translation>«%1» — только месяц или год, а здесь нужен день. Укажите первый известный день, например %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="155" />
        <source>“%1” is not a date: write it as %2.</source>
        <translation>«%1» — не дата: укажите её как %2.</translation>
    </message>
</context>
<context>
    <name>DeadlineNoteDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_note.py" line="62" />
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Подтвердить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_note.py" line="83" />
        <source>Write a note: it is kept in the audit trail with your name and the time.</source>
        <translation>Напишите примечание: оно сохраняется в журнале аудита с вашим именем и временем.</translation>
    </message>
</context>
<context>
    <name>DeadlineSettingsDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="39" />
        <source>Deadline settings</source>
        <translation>Настройки сроков</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="46" />
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="46" />
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="51" />
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="62" />
        <source>The statutory maximum depends on the charge and the stage of the case: CaseApp does not assume one. Rules of the other country stay available in the calculator. These settings are kept in the case file; changing the procedure recomputes its deadlines (dates you set by hand are kept).</source>
        <translation>Предельный срок по закону зависит от обвинения и стадии дела: CaseApp не предполагает его заранее. Правила другой страны остаются доступны в калькуляторе. Эти настройки хранятся в файле дела; при смене процедуры сроки пересчитываются (даты, установленные вручную, сохраняются).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="73" />
        <source>Maximum for one captive, charge or stage…</source>
        <translation>Предельный срок для отдельного пленного, обвинения или стадии…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="82" />
        <source>Domestic procedure</source>
        <translation>Национальная процедура</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="83" />
        <source>Statutory maximum of custody (days)</source>
        <translation>Предельный срок содержания под стражей по закону (дней)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="84" />
        <source>Warn when an order expires within (days)</source>
        <translation>Предупреждать об истечении постановления за (дней)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="85" />
        <source>Proof of life: warn after (days without news)</source>
        <translation>Подтверждение того, что жив: предупреждать через (дней без вестей)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="87" />
        <source>Your own rules: .toml files in %1 add rules or replace shipped ones by id (see the shipped files for the format); they are read when a case file is opened.</source>
        <translation>Собственные правила: файлы .toml в %1 добавляют правила или заменяют поставляемые по id (формат см. в поставляемых файлах); они читаются при открытии файла дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="94" />
        <source>Open the rules folder</source>
        <translation>Открыть папку правил</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="102" />
        <source>Rule files that could not be read:</source>
        <translation>Файлы правил, которые не удалось прочитать:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="127" />
        <source>Maxima set for one captive, charge or stage (in days):</source>
        <translation>Предельные сроки, заданные для отдельного пленного, обвинения или стадии (в днях):</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="26" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="27" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="28" />
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="29" />
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="30" />
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="31" />
        <source>Done or dismissed</source>
        <translation>Выполнено или снято</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="109" />
        <source>Show history</source>
        <translation>Показать историю</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="111" />
        <source>Also list the deadlines already done or dismissed</source>
        <translation>Показывать также уже выполненные или снятые сроки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="153" />
        <source>Mark done…</source>
        <translation>Отметить как выполненный…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="154" />
        <source>The step was taken: close the deadline, saying what was done</source>
        <translation>Действие совершено: закрыть срок, указав, что сделано</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="160" />
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="161" />
        <source>Its date (kept when the rules recompute), whether it is hard, the document it came from</source>
        <translation>Дата срока (сохраняется при пересчёте по правилам), является ли он жёстким, документ-основание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="163" />
        <source>Open document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="165" />
        <source>Open the document the deadline came from</source>
        <translation>Открыть документ, на основании которого установлен срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="172" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="58" />
        <source>Due</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="62" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="69" />
        <source>the deadline “%1”</source>
        <translation>срок «%1»</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="81" />
        <source>This is a hard deadline set by a court: it cannot be missed.</source>
        <translation>Это жёсткий срок, установленный судом: его нельзя пропустить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="92" />
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="100" />
        <source>Mark deadline done</source>
        <translation>Отметить срок как выполненный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="97" />
        <source>Marked done: %1</source>
        <translation>Отмечено как выполненное: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="101" />
        <source>Mark the deadline “%1” (due %2) as done?</source>
        <translation>Отметить срок «%1» (истекает %2) как выполненный?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="103" />
        <source>What was done (kept in the audit trail with your name and the time):</source>
        <translation>Что сделано (сохраняется в журнале аудита с вашим именем и временем):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="105" />
        <source>Mark done</source>
        <translation>Отметить как выполненный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="115" />
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="123" />
        <source>Dismiss deadline</source>
        <translation>Снять срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="120" />
        <source>Dismissed: %1</source>
        <translation>Снято: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="124" />
        <source>Dismiss the deadline “%1” (due %2) without doing it?</source>
        <translation>Снять срок «%1» (истекает %2) без выполнения?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="126" />
        <source>Why is it dismissed?</source>
        <translation>Почему он снимается?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="126" />
        <source>Dismiss</source>
        <translation>Снять</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="143" />
        <source>Deleted the deadline “%1”.</source>
        <translation>Срок «%1» удалён.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="147" />
        <source>Delete deadline</source>
        <translation>Удалить срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="148" />
        <source>Delete the deadline “%1” (due %2) for good? Mark it done or dismiss it instead to keep it on record.</source>
        <translation>Удалить срок «%1» (истекает %2) окончательно? Чтобы сохранить о нём запись, лучше отметьте его как выполненный или снимите.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="151" />
        <source>Why is it deleted?</source>
        <translation>Почему он удаляется?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="151" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="163" />
        <source>Remind me again on</source>
        <translation>Напомнить снова</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="164" />
        <source>The due date does not change.</source>
        <translation>Дата истечения срока не меняется.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="166" />
        <source>Why snooze a deadline set by a court?</source>
        <translation>Почему откладывается напоминание о сроке, установленном судом?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="168" />
        <source>A hard deadline cannot be missed: the reason is kept with the snooze and in the audit trail.</source>
        <translation>Жёсткий срок нельзя пропустить: причина сохраняется вместе с отложенным напоминанием и в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="170" />
        <source>Snooze a hard deadline</source>
        <translation>Отложить напоминание о жёстком сроке</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="171" />
        <source>Snooze deadline</source>
        <translation>Отложить напоминание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="178" />
        <source>Snoozed: %1</source>
        <translation>Напоминание отложено: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="183" />
        <source>Due on</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="184" />
        <source>Hard deadline (set by a court, cannot be missed)</source>
        <translation>Жёсткий срок (установлен судом, пропуск недопустим)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="185" />
        <source>Shown first, marked, and never snoozed without a reason.</source>
        <translation>Показывается первым, выделяется и не откладывается без указания причины.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="187" />
        <source>Came from the document</source>
        <translation>Основание — документ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="188" />
        <source>The order or letter that set it; open it from the deadline.</source>
        <translation>Постановление или письмо, установившее срок; его можно открыть из срока.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="190" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="191" />
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="193" />
        <source>Who may see this deadline and its notes in a calendar, dossier or report: a deadline with notes starts internal</source>
        <translation>Кто может видеть этот срок и примечания к нему в календаре, досье или отчёте: срок с примечаниями сначала внутренний</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="223" />
        <source>Edit deadline</source>
        <translation>Изменить срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="225" />
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="255" />
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="250" />
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="66" />
        <source>Captive</source>
        <translation>Пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="254" />
        <source>Add deadline</source>
        <translation>Добавить срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="267" />
        <source>Deadline added.</source>
        <translation>Срок добавлен.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="290" />
        <source>Open the document (a copy, not encrypted)</source>
        <translation>Открыть документ (копия, без шифрования)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="298" />
        <source>Saved a copy to %1.</source>
        <translation>Копия сохранена в %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="182" />
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="68" />
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="71" />
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="72" />
        <location filename="../../caseapp/ui/views/deadline_details.py" line="135" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="74" />
        <source>Set by hand</source>
        <translation>Установлен вручную</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="97" />
        <source>Filter by captive, deadline, rule or body…</source>
        <translation>Фильтр по пленному, сроку, правилу или органу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="104" />
        <source>Which deadlines to show</source>
        <translation>Какие сроки показывать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="105" />
        <source>Open (not snoozed)</source>
        <translation>Открытые (не отложенные)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="108" />
        <source>All deadlines</source>
        <translation>Все сроки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="114" />
        <source>Filter by body</source>
        <translation>Фильтр по органу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="117" />
        <source>Filter by rule</source>
        <translation>Фильтр по правилу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="143" />
        <source>List of deadlines</source>
        <translation>Список сроков</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="156" />
        <source>Dismiss…</source>
        <translation>Снять…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="157" />
        <source>Close the deadline without doing it, saying why</source>
        <translation>Закрыть срок без выполнения, указав причину</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="158" />
        <source>Snooze…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="159" />
        <source>Hide it from the reminders until a later day</source>
        <translation>Не напоминать до более поздней даты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="166" />
        <source>Open captive</source>
        <translation>Открыть карточку пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="168" />
        <source>Add by hand…</source>
        <translation>Добавить вручную…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="169" />
        <source>A deadline no rule computes</source>
        <translation>Срок, не исчисляемый ни одним правилом</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="170" />
        <source>From a rule…</source>
        <translation>По правилу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="171" />
        <source>Compute a deadline with any rule and add it</source>
        <translation>Исчислить срок по любому правилу и добавить его</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="173" />
        <source>Export calendar…</source>
        <translation>Экспорт календаря…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="175" />
        <source>Write open deadlines and hearings to an .ics file</source>
        <translation>Записать открытые сроки и судебные заседания в файл .ics</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="184" />
        <source>How it was computed</source>
        <translation>Как исчислен срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="87" />
        <source>%1 (estimate)</source>
        <translation>%1 (ориентировочно)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="100" />
        <source>Counted from the day of the event that sets it off: %1.</source>
        <translation>Срок исчисляется со дня события-основания: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="103" />
        <source>An estimate: the day of the event is not known, only its month or year; counted from the first day of that month or year, never later.</source>
        <translation>Ориентировочно: день события неизвестен, известны только месяц или год; срок отсчитывается от первого дня этого месяца или года, не позже.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="128" />
        <source>passed at %1 (%2)</source>
        <translation>срок истёк в %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="132" />
        <source>day ended in %1 at %2</source>
        <translation>день истёк в %2 (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="136" />
        <source>%Ln day(s) overdue</source>
        <translation><numerusform>просрочено на %Ln день</numerusform><numerusform>просрочено на %Ln дня</numerusform><numerusform>просрочено на %Ln дней</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="139" />
        <source>in %Ln day(s)</source>
        <translation><numerusform>через %Ln день</numerusform><numerusform>через %Ln дня</numerusform><numerusform>через %Ln дней</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="163" />
        <source>This rule has not been verified against its source.</source>
        <translation>Это правило не сверено с источником.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="141" />
        <source>%Ln deadline(s)</source>
        <translation><numerusform>%Ln срок</numerusform><numerusform>%Ln срока</numerusform><numerusform>%Ln сроков</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="154" />
        <source>%Ln hard deadline(s) open</source>
        <translation><numerusform>%Ln жёсткий срок открыт</numerusform><numerusform>%Ln жёстких срока открыты</numerusform><numerusform>%Ln жёстких сроков открыто</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="75" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="84" />
        <source>HARD: %1</source>
        <translation>ЖЁСТКИЙ: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="97" />
        <source>%1
A hard deadline set by a court: it cannot be missed.</source>
        <translation>%1
Жёсткий срок, установленный судом: его нельзя пропустить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="125" />
        <source>snoozed until %1</source>
        <translation>отложено до %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="138" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="152" />
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="161" />
        <source>Rule %1</source>
        <translation>Правило %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="62" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="118" />
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="64" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="118" />
        <source>All rules</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="90" />
        <source>Captive: %1</source>
        <translation>Пленный: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="91" />
        <source>Show everyone's deadlines</source>
        <translation>Показать сроки всех пленных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="311" />
        <source>Select a deadline to see how it was computed.</source>
        <translation>Выберите срок, чтобы увидеть, как он исчислен.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="32" />
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="53" />
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="72" />
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="102" />
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="33" />
        <source>Level of the calendar (anything above it is left out):</source>
        <translation>Уровень календаря (всё, что выше, исключается):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="56" />
        <source>Write the calendar</source>
        <translation>Записать календарь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="58" />
        <source>Choose another level</source>
        <translation>Выбрать другой уровень</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="74" />
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="103" />
        <source>Language of the calendar (its events, reminders and dates):</source>
        <translation>Язык календаря (событий, напоминаний и дат):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="119" />
        <source>Wrote %Ln event(s) (deadlines: %1, hearings: %2) at the %4 level to %3.</source>
        <translation><numerusform>Записано %Ln событие (сроков: %1, судебных заседаний: %2) на уровне «%4» в %3.</numerusform><numerusform>Записано %Ln события (сроков: %1, судебных заседаний: %2) на уровне «%4» в %3.</numerusform><numerusform>Записано %Ln событий (сроков: %1, судебных заседаний: %2) на уровне «%4» в %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="126" />
        <source>%Ln item(s) left out at that level.</source>
        <translation><numerusform>На этом уровне исключена %Ln запись.</numerusform><numerusform>На этом уровне исключены %Ln записи.</numerusform><numerusform>На этом уровне исключено %Ln записей.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="129" />
        <source>The file also cancels %Ln deadline(s) closed lately (done or dismissed).</source>
        <translation><numerusform>Файл также отменяет %Ln недавно закрытый срок (выполненный или снятый).</numerusform><numerusform>Файл также отменяет %Ln недавно закрытых срока (выполненных или снятых).</numerusform><numerusform>Файл также отменяет %Ln недавно закрытых сроков (выполненных или снятых).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="133" />
        <source>The file also cancels %Ln hearing(s) or deadline(s) deleted lately.</source>
        <translation><numerusform>Файл также отменяет %Ln недавно удалённое судебное заседание или срок.</numerusform><numerusform>Файл также отменяет %Ln недавно удалённых судебных заседания или срока.</numerusform><numerusform>Файл также отменяет %Ln недавно удалённых судебных заседаний или сроков.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="102" />
        <source>Due by the end of %1 in your time zone, before the day ends in %2.</source>
        <translation>Срок истекает в конце дня %1 по вашему часовому поясу, раньше, чем по местному времени суда (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="105" />
        <source>Due by the end of %1 in %2 (%3 on %4 in your time zone).</source>
        <translation>Срок истекает в конце дня %1 по местному времени суда (%2), в %3 %4 по вашему часовому поясу.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="107" />
        <source>Due by the end of %1 in %2 (%3 in your time zone).</source>
        <translation>Срок истекает в конце дня %1 по местному времени суда (%2), в %3 по вашему часовому поясу.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="124" />
        <source>A hard deadline set by a court: it cannot be missed, and it is never snoozed without a reason.</source>
        <translation>Жёсткий срок, установленный судом: его нельзя пропустить, и напоминание о нём не откладывается без указания причины.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="128" />
        <source>Open the document it came from</source>
        <translation>Открыть документ, из которого он взят</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="135" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="141" />
        <source>This rule has not been verified against its source: check the date.</source>
        <translation>Это правило не сверено с источником: проверьте дату.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="146" />
        <source>The date was set by hand; recomputing keeps it.</source>
        <translation>Дата установлена вручную; пересчёт её сохраняет.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="39" />
        <location filename="../../caseapp/ui/views/captive_documents.py" line="79" />
        <source>Documents and evidence</source>
        <translation>Документы и доказательства</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="40" />
        <source>No documents yet. Drop files here, or click Add…</source>
        <translation>Документов пока нет. Перетащите файлы сюда или нажмите Добавить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="43" />
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="45" />
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="46" />
        <source>Saves a copy where you choose (not encrypted), then opens it</source>
        <translation>Сохраняет копию в выбранном месте (без шифрования) и открывает её</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="47" />
        <source>Make searchable (OCR)</source>
        <translation>Сделать доступным для поиска (OCR)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="49" />
        <source>Reads a scanned PDF or image in Armenian, Russian, Azerbaijani and English; the text copy is kept beside the original, which is not changed</source>
        <translation>Распознаёт отсканированный PDF или изображение на армянском, русском, азербайджанском и английском; текстовая копия хранится рядом с оригиналом, который не меняется</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="52" />
        <source>Stop reading</source>
        <translation>Остановить распознавание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="53" />
        <source>Stops reading this scan: nothing of it is stored</source>
        <translation>Останавливает распознавание этого скана: из него ничего не сохраняется</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="71" />
        <source>Drop files on this tab to add them. Files are stored inside the case file; “Save a copy” writes an unencrypted copy where you choose.</source>
        <translation>Перетащите файлы на эту вкладку, чтобы добавить их. Файлы хранятся внутри файла дела; «Сохранить копию» записывает незашифрованную копию в выбранное вами место.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="79" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="85" />
        <source>Attached to: %1</source>
        <translation>Приложен к: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="103" />
        <source>Add documents</source>
        <translation>Добавить документы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="114" />
        <source>Added %1.</source>
        <translation>Добавлено: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="122" />
        <source>Save a copy (not encrypted)</source>
        <translation>Сохранить копию (без шифрования)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="130" />
        <source>Saved a copy to %1.</source>
        <translation>Копия сохранена в %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="147" />
        <location filename="../../caseapp/ui/views/captive_documents.py" line="150" />
        <location filename="../../caseapp/ui/views/captive_documents.py" line="193" />
        <source>Make searchable</source>
        <translation>Сделать доступным для поиска</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="151" />
        <source>Only PDF, PNG, JPEG and TIFF scans can be read by OCR.</source>
        <translation>OCR распознаёт только сканы в PDF, PNG, JPEG и TIFF.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="156" />
        <source>“%1” will be read (OCR) after the scans before it…</source>
        <translation>«%1» будет распознан (OCR) после предыдущих сканов…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="158" />
        <source>Reading “%1” (OCR)…</source>
        <translation>Распознаётся «%1» (OCR)…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="169" />
        <source>Reading “%1” was stopped: nothing was stored.</source>
        <translation>Распознавание «%1» остановлено: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="183" />
        <source>OCR read no text in “%1”: a search will not find it. If it holds writing, check the scan (too faint, or in another language) and make it searchable again.</source>
        <translation>OCR не прочитал в «%1» никакого текста: поиск его не найдёт. Если в нём есть надписи, проверьте скан (слишком бледный или на другом языке) и снова сделайте его доступным для поиска.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="187" />
        <source>“%1” is searchable now.</source>
        <translation>«%1» теперь доступен для поиска.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="204" />
        <source>Stopping the reading of “%1”…</source>
        <translation>Распознавание «%1» останавливается…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="209" />
        <source>Page %1 of “%2” may be unreadable in its text copy: which way up it is could not be told, so a search may miss its words.</source>
        <translation>Страница %1 документа «%2» может быть нечитаема в его текстовой копии: не удалось определить, где у неё верх, поэтому поиск может не найти её слова.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="211" />
        <source>Pages %1 of “%2” may be unreadable in its text copy: which way up they are could not be told, so a search may miss their words.</source>
        <translation>Страницы %1 документа «%2» могут быть нечитаемы в его текстовой копии: не удалось определить, где у них верх, поэтому поиск может не найти их слова.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="218" />
        <source>Page %1 of “%2” was not checked for which way up it is: the time for it ran out, and it was read as it is, so a search may miss its words if it lies sideways or upside down.</source>
        <translation>Страница %1 документа «%2» не проверена на то, где у неё верх: время на это истекло, и она распознана как есть, поэтому поиск может не найти её слова, если она лежит боком или вверх ногами.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="221" />
        <source>Pages %1 of “%2” were not checked for which way up they are: the time for it ran out, and they were read as they are, so a search may miss the words of any of them lying sideways or upside down.</source>
        <translation>Страницы %1 документа «%2» не проверены на то, где у них верх: время на это истекло, и они распознаны как есть, поэтому поиск может не найти слова тех из них, что лежат боком или вверх ногами.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="115" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="121" />
        <source>Captive</source>
        <translation>Пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="122" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="123" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="125" />
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="127" />
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="130" />
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="132" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="185" />
        <source>Filter by title, captive, type, source or SHA-256…</source>
        <translation>Фильтр по названию, пленному, типу, источнику или SHA-256…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="191" />
        <source>Filter by reliability</source>
        <translation>Фильтр по достоверности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="192" />
        <source>Any reliability</source>
        <translation>Любая достоверность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="207" />
        <source>List of documents</source>
        <translation>Список документов</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="213" />
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="215" />
        <source>Write the document's file where you choose</source>
        <translation>Записать файл документа в выбранное место</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="217" />
        <source>Open captive…</source>
        <translation>Открыть пленного…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="218" />
        <source>Open the file of the captive this document concerns</source>
        <translation>Открыть карточку пленного, которого касается этот документ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="220" />
        <source>Selected document</source>
        <translation>Выбранный документ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="292" />
        <source>Select a document to see where it comes from and its full SHA-256.</source>
        <translation>Выберите документ, чтобы увидеть его источник и полный SHA-256.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="297" />
        <source>(no file name)</source>
        <translation>(без имени файла)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="300" />
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="133" />
        <location filename="../../caseapp/ui/views/documents.py" line="301" />
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="110" />
        <location filename="../../caseapp/ui/views/documents.py" line="304" />
        <source>Attached to: %1</source>
        <translation>Приложен к: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/documents.py" line="281" />
        <source>%Ln document(s)</source>
        <translation><numerusform>%Ln документ</numerusform><numerusform>%Ln документа</numerusform><numerusform>%Ln документов</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="326" />
        <source>Save a copy of “%1”</source>
        <translation>Сохранить копию «%1»</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="334" />
        <source>Saved a copy of “%1” to %2 (%3).</source>
        <translation>Копия «%1» сохранена в %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="143" />
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="205" />
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="222" />
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="223" />
        <source>Captive</source>
        <translation>Пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="224" />
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="227" />
        <source>Store this PDF, with its SHA-256, among the captive's documents at the level it was printed at</source>
        <translation>Сохранить этот PDF с его SHA-256 среди документов пленного на том уровне, на котором он напечатан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="229" />
        <source>Dossier of one captive</source>
        <translation>Досье одного пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="240" />
        <source>Internal: everything in the file, for your own team only.</source>
        <translation>Внутренний: всё содержимое карточки, только для вашей команды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="242" />
        <source>Shareable: leaves out what is marked internal; for the ICRC, courts, diplomats and partners.</source>
        <translation>Для передачи: без сведений с пометкой «внутренний»; для МККК, судов, дипломатов и партнёров.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="244" />
        <source>Public: only what is marked public; for the press and publication.</source>
        <translation>Публичный: только сведения с пометкой «публичный»; для прессы и публикации.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="278" />
        <source>Choose a captive first.</source>
        <translation>Сначала выберите пленного.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="291" />
        <source>Printed at the %1 level, version %2.</source>
        <translation>Напечатано на уровне «%1», версия %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="294" />
        <source>%Ln page(s).</source>
        <translation><numerusform>%Ln страница.</numerusform><numerusform>%Ln страницы.</numerusform><numerusform>%Ln страниц.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="297" />
        <source>%Ln item(s) left out at this level.</source>
        <translation><numerusform>На этом уровне исключена %Ln запись.</numerusform><numerusform>На этом уровне исключены %Ln записи.</numerusform><numerusform>На этом уровне исключено %Ln записей.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="300" />
        <source>Nothing was left out at this level.</source>
        <translation>На этом уровне ничего не исключено.</translation>
    </message>
</context>
<context>
    <name>EmergencyExit</name>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="227" />
        <source>The emergency wipe was cancelled; the case file is locked.</source>
        <translation>Экстренное стирание отменено; файл дела заблокирован.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="252" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/panic.py" line="253" />
        <source>Emergency wipe done: %Ln file(s) overwritten and deleted.</source>
        <translation><numerusform>Экстренное стирание выполнено: %Ln файл перезаписан и удалён.</numerusform><numerusform>Экстренное стирание выполнено: %Ln файла перезаписаны и удалены.</numerusform><numerusform>Экстренное стирание выполнено: %Ln файлов перезаписаны и удалены.</numerusform></translation>
    </message>
</context>
<context>
    <name>EmergencySettingsDialog</name>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="301" />
        <source>Emergency Settings</source>
        <translation>Экстренные настройки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="304" />
        <source>The panic command (Ctrl+Shift+L) always locks the case file at once and empties the clipboard. It can also wipe the case file after a countdown.</source>
        <translation>Команда тревоги (Ctrl+Shift+L) всегда сразу блокирует файл дела и очищает буфер обмена. Она может также стереть файл дела после обратного отсчёта.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="309" />
        <source>Wipe the case file after a panic (with a countdown that can be cancelled)</source>
        <translation>Стирать файл дела после тревоги (с обратным отсчётом, который можно отменить)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="315" />
        <source>Wipe its automatic backups on this computer too</source>
        <translation>Стирать и его автоматические резервные копии на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="321" />
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="327" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="331" />
        <source>Warning: a wipe cannot be undone. After the set number of wrong passphrases on the lock page the case file is wiped at once, without a countdown — also when you mistype it yourself, or a child or a colleague tries. Keep a backup somewhere else. On an SSD or a memory card the drive may keep old blocks a wipe cannot reach: they stay as safe as the case file's encryption.</source>
        <translation>Внимание: стирание нельзя отменить. После заданного числа неверных парольных фраз на странице блокировки файл дела стирается сразу, без обратного отсчёта — и когда вы сами ошиблись, и когда пробует ребёнок или коллега. Храните резервную копию в другом месте. На SSD или карте памяти накопитель может хранить старые блоки, недоступные стиранию: они защищены лишь шифрованием файла дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="347" />
        <source>Countdown before the wipe:</source>
        <translation>Обратный отсчёт перед стиранием:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="348" />
        <source>Wipe after this many wrong passphrases in a row:</source>
        <translation>Стирать после стольких неверных парольных фраз подряд:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="363" />
        <location filename="../../caseapp/ui/panic.py" line="376" />
        <source>Emergency wipe</source>
        <translation>Экстренное стирание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="364" />
        <source>After a panic, the case file will be overwritten and deleted when the countdown ends, unless you cancel it. This cannot be undone. Turn the emergency wipe on?</source>
        <translation>После тревоги файл дела будет перезаписан и удалён по окончании обратного отсчёта, если вы его не отмените. Это нельзя отменить. Включить экстренное стирание?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="377" />
        <source>Wrong passphrases will wipe the case file without a countdown, even if they are your own typing mistakes. Turn this on?</source>
        <translation>Неверные парольные фразы сотрут файл дела без обратного отсчёта, даже если это ваши собственные опечатки. Включить?</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="45" />
        <source>No captives are recorded yet. Add the first with every spelling of the name you know, in any script: the search finds a captive by any of them.</source>
        <translation>Пленные ещё не записаны. Добавьте первого со всеми известными вам написаниями имени, в любой письменности: поиск находит пленного по любому из них.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="47" />
        <source>A list you keep in a spreadsheet comes in with File → Import Spreadsheet… (every row is previewed before anything is written).</source>
        <translation>Список, который вы ведёте в таблице, переносится командой Файл → Импорт таблицы… (каждая строка показывается до того, как что-либо будет записано).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="50" />
        <source>Add a captive…</source>
        <translation>Добавить пленного…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="51" />
        <source>No captive matches the search and the status chosen.</source>
        <translation>Ни один пленный не соответствует запросу и выбранному статусу.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="52" />
        <source>Show all captives</source>
        <translation>Показать всех пленных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="59" />
        <source>No documents are kept yet. Add orders, letters and photos from a captive's file, on its Documents tab: each is kept inside the case file, with its SHA-256.</source>
        <translation>Документов пока нет. Добавляйте постановления, письма и фотографии из карточки пленного, на вкладке «Документы»: каждый хранится внутри файла дела вместе с его SHA-256.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="62" />
        <source>No document matches the search and the reliability chosen.</source>
        <translation>Ни один документ не соответствует запросу и выбранной достоверности.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="63" />
        <source>Show all documents</source>
        <translation>Показать все документы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="77" />
        <source>No deadlines yet. CaseApp computes them as you record detention orders, hearings and decisions in a captive's file, each with its rule and source; a deadline no rule gives can be added by hand.</source>
        <translation>Сроков пока нет. CaseApp исчисляет их, когда вы записываете в карточке пленного постановления о заключении под стражу, судебные заседания и решения, — каждый со своим правилом и источником; срок, который не даёт ни одно правило, можно добавить вручную.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="81" />
        <source>Add a deadline by hand…</source>
        <translation>Добавить срок вручную…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="85" />
        <source>No deadline matches the search and the filters chosen.</source>
        <translation>Ни один срок не соответствует запросу и выбранным фильтрам.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="86" />
        <source>Show everyone's open deadlines</source>
        <translation>Показать открытые сроки всех пленных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="87" />
        <source>No deadline is open: every one is done, dismissed or snoozed.</source>
        <translation>Открытых сроков нет: все выполнены, сняты или отложены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="89" />
        <source>Show all deadlines</source>
        <translation>Показать все сроки</translation>
    </message>
</context>
<context>
    <name>ExportSheetDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="44" />
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="92" />
        <source>Export Captives List</source>
        <translation>Экспорт списка пленных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="54" />
        <source>&amp;Level (anything above it is left out):</source>
        <translation>&amp;Уровень (всё, что выше, не включается):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="58" />
        <source>captives.xlsx or captives.csv</source>
        <translation>Пленные.xlsx или Пленные.csv</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="61" />
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="66" />
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="70" />
        <source>A mapping file is written beside it, so that Import Spreadsheet reads the list back unchanged.</source>
        <translation>Рядом записывается файл сопоставления, чтобы «Импорт таблицы» прочитал список без изменений.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="81" />
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="93" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Таблицы (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="101" />
        <source>Give a file name ending in .xlsx or .csv.</source>
        <translation>Укажите имя файла с окончанием .xlsx или .csv.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="116" />
        <source>Nothing was written: %1</source>
        <translation>Ничего не записано: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="123" />
        <source>Mapping: %1.</source>
        <translation>Сопоставление: %1.</translation>
    </message>
</context>
<context>
    <name>ExposureDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="201" />
        <source>Seizure Exposure Report</source>
        <translation>Отчёт о рисках после изъятия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="203" />
        <source>After a device was seized or lost: which captives, families, contacts, sources and documents it held, and what to revoke or rotate. Printed at the internal level.</source>
        <translation>После изъятия или утраты устройства: каких пленных, семьи, контакты, источники и документы оно содержало и что отозвать или сменить. Печатается на внутреннем уровне.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="207" />
        <source>From the last backup made from the device</source>
        <translation>По последней резервной копии с устройства</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="214" />
        <source>From this case file's audit trail, as of a day</source>
        <translation>По журналу аудита этого файла дела на определённый день</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="232" />
        <source>Backup:</source>
        <translation>Резервная копия:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="233" />
        <source>Its passphrase:</source>
        <translation>Её парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="235" />
        <source>Seized on:</source>
        <translation>Дата изъятия:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="236" />
        <source>Save the report as:</source>
        <translation>Сохранить отчёт как:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="250" />
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="251" />
        <source>Case files (*.db);;All files (*)</source>
        <translation>Файлы дел (*.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="60" />
        <source>Filing with the ECHR and the UN</source>
        <translation>Подача в ЕСПЧ и ООН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="66" />
        <source>Reading the case file…</source>
        <translation>Чтение файла дела…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="71" />
        <source>ECHR application and annex bundle</source>
        <translation>Жалоба в ЕСПЧ и пакет приложений</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="72" />
        <source>Rule 39 request and fax cover</source>
        <translation>Запрос об обеспечительной мере (правило 39) и титульный лист факса</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="73" />
        <source>UN Working Group on Arbitrary Detention</source>
        <translation>Рабочая группа ООН по произвольным задержаниям</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="74" />
        <source>UN Working Group on Enforced or Involuntary Disappearances</source>
        <translation>Рабочая группа ООН по насильственным или недобровольным исчезновениям</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="93" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="105" />
        <source>The final domestic decision's date, when the case file does not record it: the time limit in section G is counted from it. Empty: the one the case file records.</source>
        <translation>Дата окончательного внутригосударственного решения, если в файле дела её нет: от неё отсчитывается срок в разделе G. Пусто — решение, записанное в файле дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="117" />
        <source>The facts of the imminent risk (default: the captive's health)</source>
        <translation>Факты непосредственной угрозы (по умолчанию — состояние здоровья пленного)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="121" />
        <source>Default: the lawyer's name</source>
        <translation>По умолчанию — имя адвоката</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="124" />
        <source>Default: the lawyer's telephone</source>
        <translation>По умолчанию: телефон адвоката</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="128" />
        <source>Captive</source>
        <translation>Пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="129" />
        <source>Pack</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="130" />
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="131" />
        <source>Language of the draft</source>
        <translation>Язык проекта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="132" />
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="133" />
        <source>Warn above (annex pages)</source>
        <translation>Предупреждать, если страниц приложений больше</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="134" />
        <source>Final domestic decision of</source>
        <translation>Дата окончательного внутригосударственного решения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="135" />
        <source>Reaches the Court at (Strasbourg time)</source>
        <translation>Поступит в Суд (по страсбургскому времени)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="136" />
        <source>Imminent risk</source>
        <translation>Непосредственная угроза</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="137" />
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="138" />
        <source>Contact's telephone</source>
        <translation>Телефон контактного лица</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="139" />
        <source>Contact's fax</source>
        <translation>Факс контактного лица</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="143" />
        <source>The pack made</source>
        <translation>Подготовленный пакет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="146" />
        <source>Once the pack is made: the folder it was written to, its files, and what to check before filing.</source>
        <translation>Когда пакет будет подготовлен: папка, в которую он записан, его файлы и что проверить перед подачей.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="149" />
        <source>Make the pack</source>
        <translation>Подготовить пакет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="185" />
        <source>Filing with the ECHR and the UN: %1</source>
        <translation>Подача в ЕСПЧ и ООН: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="204" />
        <source>Folder for the pack</source>
        <translation>Папка для пакета</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="238" />
        <source>Choose the folder to write the pack into.</source>
        <translation>Выберите папку, в которую записать пакет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="247" />
        <source>Making the pack…</source>
        <translation>Пакет готовится…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="265" />
        <source>Written to %1:</source>
        <translation>Записано в %1:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="268" />
        <source>Before filing:</source>
        <translation>Перед подачей:</translation>
    </message>
</context>
<context>
    <name>FilingFactsTab</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="84" />
        <source>Edit facts…</source>
        <translation>Изменить сведения…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="94" />
        <source>Documents delivered by the Court (eComms, Rule 39 site)</source>
        <translation>Документы, врученные Судом (eComms, сайт Правила 39)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="95" />
        <source>No delivery from the Court recorded.</source>
        <translation>Документы от Суда не записаны.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="98" />
        <source>Filing facts</source>
        <translation>Сведения для ЕСПЧ и ООН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="99" />
        <source>Confirmation of the detention, special risk, kind of release, independent proof of life and the Court's deliveries</source>
        <translation>Подтверждение задержания, особый риск, вид освобождения, независимое подтверждение того, что жив, и документы от Суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="60" />
        <source>No independent proof of life (ICRC, consular or lawyer visit) is recorded.</source>
        <translation>Независимое подтверждение того, что жив (визит МККК, консула или адвоката), не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_risk.py" line="64" />
        <source>Last independent proof of life: %1, %Ln day(s) ago.</source>
        <translation><numerusform>Последнее независимое подтверждение того, что жив: %1, %Ln день назад.</numerusform><numerusform>Последнее независимое подтверждение того, что жив: %1, %Ln дня назад.</numerusform><numerusform>Последнее независимое подтверждение того, что жив: %1, %Ln дней назад.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_risk.py" line="66" />
        <source>The warning comes after %Ln day(s) without one.</source>
        <translation><numerusform>Предупреждение выдаётся через %Ln день без него.</numerusform><numerusform>Предупреждение выдаётся через %Ln дня без него.</numerusform><numerusform>Предупреждение выдаётся через %Ln дней без него.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="128" />
        <source>The detaining state confirmed the detention on %1 (source: %2).</source>
        <translation>Удерживающее государство подтвердило задержание %1 (источник: %2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="130" />
        <source>an unknown date</source>
        <translation>в неизвестный день</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="131" />
        <source>not recorded</source>
        <translation>не записан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="133" />
        <source>The detaining state has not confirmed the detention.</source>
        <translation>Удерживающее государство не подтвердило задержание.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="134" />
        <source>health</source>
        <translation>здоровье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="135" />
        <source>aged %1</source>
        <translation>возраст %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="136" />
        <source>disability</source>
        <translation>инвалидность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="137" />
        <source>hunger strike</source>
        <translation>голодовка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="138" />
        <source>Special risk: %1.</source>
        <translation>Особый риск: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="140" />
        <source>No special risk recorded.</source>
        <translation>Особый риск не записан.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="141" />
        <source>Kind of release: %1.</source>
        <translation>Вид освобождения: %1.</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="88" />
        <source>First steps</source>
        <translation>Первые шаги</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="90" />
        <source>Three things to set up in this case file before the work starts.</source>
        <translation>Три шага настройки этого файла дела перед началом работы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="92" />
        <source>Hide this list</source>
        <translation>Скрыть этот список</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="95" />
        <source>Hide the first steps in this case file; the menus do the same</source>
        <translation>Скрыть первые шаги в этом файле дела; те же действия доступны в меню</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="108" />
        <source>Add your first captive</source>
        <translation>Добавьте первого пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="109" />
        <source>Names in every spelling and script, status, capture, place of detention</source>
        <translation>Имена во всех написаниях и письменностях, статус, пленение, место содержания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="110" />
        <source>Set your procedure and custody maxima</source>
        <translation>Задайте процедуру и предельные сроки содержания под стражей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="111" />
        <source>Whose criminal procedure the deadlines follow, and the longest custody the law allows</source>
        <translation>По уголовно-процессуальному закону какой страны исчисляются сроки и какой наибольший срок содержания под стражей допускает закон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="113" />
        <source>Set your lawyer's details</source>
        <translation>Укажите сведения об адвокате</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="114" />
        <source>Who signs letters and authors dossiers</source>
        <translation>Кто подписывает письма и составляет досье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="153" />
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="154" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="153" />
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="154" />
        <source>To do</source>
        <translation>Предстоит</translation>
    </message>
</context>
<context>
    <name>FittedColumns</name>
    <message>
        <location filename="../../caseapp/ui/widgets/fitted_columns.py" line="349" />
        <source>Fit columns to contents</source>
        <translation>Подогнать ширину столбцов по содержимому</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fitted_columns.py" line="351" />
        <source>Forget the widths you gave the columns and size each by what it holds</source>
        <translation>Забыть заданную вами ширину столбцов и подогнать каждый по его содержимому</translation>
    </message>
</context>
<context>
    <name>HearingState</name>
    <message>
        <location filename="../../caseapp/ui/hearing_state.py" line="22" />
        <source>Custody ended</source>
        <translation>Содержание под стражей окончено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hearing_state.py" line="24" />
        <source>Adjourned to %1</source>
        <translation>Отложено до %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hearing_state.py" line="27" />
        <source>Not recorded</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="132" />
        <source>Scheduled</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="133" />
        <source>Held</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="134" />
        <source>Adjourned</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="135" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>HearingsView</name>
    <message>
        <location filename="../../caseapp/ui/views/hearing_agenda.py" line="87" />
        <source>When (court's time)</source>
        <translation>Когда (время суда)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_agenda.py" line="89" />
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="29" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_agenda.py" line="90" />
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="30" />
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_agenda.py" line="92" />
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="32" />
        <source>Defendants</source>
        <translation>Подсудимые</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="26" />
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="27" />
        <source>As the court gives it, in the court's time zone</source>
        <translation>Как указывает суд, в часовом поясе суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="28" />
        <source>Court's time zone</source>
        <translation>Часовой пояс суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="33" />
        <source>Type part of each co-defendant's name, in any script</source>
        <translation>Введите часть имени каждого соподсудимого, любым алфавитом</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="35" />
        <location filename="../../caseapp/ui/views/hearings.py" line="156" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="36" />
        <source>Adjourned or cancelled: the hearing is no longer the next one, nor reminded of</source>
        <translation>Отложенное или отменённое заседание больше не считается ближайшим, и о нём не напоминают</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="57" />
        <source>Add hearing</source>
        <translation>Добавить судебное заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="62" />
        <source>Edit hearing</source>
        <translation>Изменить судебное заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="66" />
        <source>hearing</source>
        <translation>судебное заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_calendar.py" line="32" />
        <source>Previous month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_calendar.py" line="33" />
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_calendar.py" line="40" />
        <source>Calendar of hearings</source>
        <translation>Календарь судебных заседаний</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="99" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="99" />
        <source>Show the hearings of the selected day</source>
        <translation>Показать судебные заседания выбранного дня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="100" />
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="100" />
        <source>Show the hearings of the selected week</source>
        <translation>Показать судебные заседания выбранной недели</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="101" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="101" />
        <source>Show the hearings of the selected month</source>
        <translation>Показать судебные заседания выбранного месяца</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="124" />
        <source>Add hearing…</source>
        <translation>Добавить заседание…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="125" />
        <source>Add a hearing on the selected day</source>
        <translation>Добавить судебное заседание на выбранный день</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="126" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="127" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="128" />
        <source>Delete the selected hearing (Delete)</source>
        <translation>Удалить выбранное судебное заседание (Delete)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="136" />
        <source>Hearings in the chosen period</source>
        <translation>Судебные заседания за выбранный период</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="144" />
        <source>No hearings in this period.</source>
        <translation>В этот период судебных заседаний нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="152" />
        <location filename="../../caseapp/ui/views/hearings.py" line="188" />
        <source>Selected hearing</source>
        <translation>Выбранное заседание</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/hearings.py" line="339" />
        <source>%Ln hearing(s)</source>
        <translation><numerusform>%Ln судебное заседание</numerusform><numerusform>%Ln судебных заседания</numerusform><numerusform>%Ln судебных заседаний</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="31" />
        <location filename="../../caseapp/ui/views/hearings.py" line="156" />
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_agenda.py" line="47" />
        <source>%1 (UTC%2) in the court's time zone
%3 your time</source>
        <translation>%1 (UTC%2) по времени суда
%3 по вашему времени</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="38" />
        <location filename="../../caseapp/ui/views/hearings.py" line="157" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="39" />
        <location filename="../../caseapp/ui/views/hearings.py" line="158" />
        <source>Next date</source>
        <translation>Следующая дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="40" />
        <location filename="../../caseapp/ui/views/hearings.py" line="158" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="89" />
        <source>&lt;span style='color:%1'&gt;●&lt;/span&gt; hearing days (with how many) &amp;nbsp; &lt;span style='color:%2'&gt;■&lt;/span&gt; today</source>
        <translation>&lt;span style='color:%1'&gt;●&lt;/span&gt; дни заседаний (с их числом) &amp;nbsp; &lt;span style='color:%2'&gt;■&lt;/span&gt; сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="168" />
        <source>Open captive</source>
        <translation>Открыть карточку пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="173" />
        <source>Defendants (double-click to open):</source>
        <translation>Подсудимые (дважды щёлкните, чтобы открыть):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="191" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="192" />
        <source>Go back to today</source>
        <translation>Вернуться к сегодняшнему дню</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="283" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="363" />
        <source>Select a hearing in the agenda.</source>
        <translation>Выберите судебное заседание в расписании.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_writes.py" line="59" />
        <source>Saved the hearing of %1.</source>
        <translation>Судебное заседание %1 сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_writes.py" line="74" />
        <source>Delete the hearing of %1 at %2 (%3; %4)? It leaves every defendant's file.</source>
        <translation>Удалить судебное заседание %1 в %2 (%3; %4)? Оно будет удалено из карточек всех подсудимых.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_writes.py" line="78" />
        <source>Delete the hearing of %1 (%2; %3)? It leaves every defendant's file.</source>
        <translation>Удалить судебное заседание %1 (%2; %3)? Оно будет удалено из карточек всех подсудимых.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_writes.py" line="81" />
        <source>Delete hearing</source>
        <translation>Удалить судебное заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_writes.py" line="83" />
        <source>Deleted the hearing of %1.</source>
        <translation>Судебное заседание %1 удалено.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../caseapp/ui/help.py" line="25" />
        <source>First steps</source>
        <translation>Первые шаги</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="26" />
        <source>A case file holds everything about the captives you represent. Create one from the welcome page or with File → New Case File…; to look around first, open the demo case file (File → Open Demo Case File): its people are fictional.</source>
        <translation>Файл дела содержит все сведения о пленных, которых вы представляете. Создайте его на начальной странице или командой Файл → Новый файл дела…; чтобы сначала осмотреться, откройте демонстрационный файл дела (Файл → Открыть демонстрационный файл дела): все лица в нём вымышлены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="33" />
        <source>Add a captive with Captive → New Captive… (Ctrl+N). Give every spelling of the name you know, in any script: the search finds a captive by any of them. In the captive's file, record charges, detention orders, hearings, visits and other proof of life, international proceedings, advocacy and documents.</source>
        <translation>Добавьте пленного командой Пленный → Новый пленный… (Ctrl+N). Укажите все известные вам написания имени, в любой письменности: поиск находит пленного по любому из них. В карточке пленного записывайте обвинения, постановления о заключении под стражу, судебные заседания, посещения и другие подтверждения того, что жив, международные разбирательства, обращения и документы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="29" />
        <source>Before the first captive, tell CaseApp how your cases are counted: Deadlines → Deadline Settings… sets the domestic procedure, the warning periods, the statutory maximum of custody and after how many days without news a captive is flagged. Reports → Lawyer's Details… sets who signs letters and authors dossiers.</source>
        <translation>Прежде чем добавить первого пленного, укажите CaseApp, как исчисляются сроки по вашим делам: Сроки → Настройки сроков… задают национальную процедуру, сроки предупреждения, предельный срок содержания под стражей по закону и число дней без вестей, после которого пленный отмечается. Отчёты → Сведения об адвокате… задают, кто подписывает письма и составляет досье.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="37" />
        <source>Each morning, start from the Dashboard: “Needs attention” lists deadlines due this week, follow-ups of your interventions due today or overdue, detention orders about to expire with no hearing recorded, custody beyond the maximum and captives without proof of life for longer than your threshold.</source>
        <translation>Каждое утро начинайте с Обзора: в разделе «Требует внимания» перечислены сроки, истекающие на этой неделе, контрольные сроки ваших обращений, наступившие сегодня или просроченные, истекающие постановления о заключении под стражу без записанного судебного заседания, содержание под стражей сверх предельного срока и пленные без подтверждения того, что жив, дольше установленного вами порога.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="41" />
        <source>Adding and changing records, a spreadsheet's import and a merge of two captives can be undone (Edit → Undo, Ctrl+Z); the menu says what would be undone and for whom, and Edit → Redo does it again. A deletion cannot be undone: CaseApp asks first. Closing or locking the case file forgets what could be undone.</source>
        <translation>Добавление и изменение записей, импорт таблицы и объединение двух пленных можно отменить (Правка → Отменить, Ctrl+Z); в меню указано, что будет отменено и в отношении кого, а Правка → Повторить выполняет это снова. Удаление отменить нельзя: CaseApp сначала спрашивает. При закрытии или блокировке файла дела то, что можно было отменить, забывается.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="46" />
        <source>Sensitivity levels</source>
        <translation>Уровни конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="47" />
        <source>Every record that can hold free text has a level: internal (you and your team only), shareable (people you work with) or public. An attached document takes the stricter of its own level and its record's.</source>
        <translation>Каждая запись, которая может содержать произвольный текст, имеет уровень: внутренний (только вы и ваша команда), для передачи (те, с кем вы работаете) или публичный. Приложенный документ получает более строгий из двух уровней: своего и уровня записи.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="50" />
        <source>A dossier, report, letter or calendar is made at one level and contains nothing above it; every page of a PDF is marked with its level. What the level leaves out is never written into it.</source>
        <translation>Досье, отчёт, письмо или календарь формируются на одном уровне и не содержат ничего выше него; каждая страница PDF помечается своим уровнем. То, что уровень исключает, никогда в документ не записывается.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="53" />
        <source>Nothing about a captive goes into a public output unless the captive's consent to publicity is recorded.</source>
        <translation>Никакие сведения о пленном не попадают в публичные материалы, если не записано его согласие на огласку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="56" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="57" />
        <source>Deadlines are computed from rules, each with its source and whether it was checked against the text in force. When you record an order, a hearing or a decision, its deadlines are computed or moved; a date you set by hand is kept.</source>
        <translation>Сроки исчисляются по правилам; у каждого правила указан источник и отмечено, сверено ли оно с действующей редакцией. Когда вы записываете постановление, судебное заседание или решение, связанные сроки исчисляются или переносятся; дата, установленная вручную, сохраняется.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="60" />
        <source>Where it is not verified how a rule counts (for example whether a deadline moves to the next working day), CaseApp never shows a date later than the plain count: a day early costs a day, a day late can cost the case. Check each date against its source: the Deadlines view shows how it was computed, step by step.</source>
        <translation>Если не проверено, как правило исчисляет срок (например, переносится ли он на следующий рабочий день), CaseApp никогда не показывает дату позже простого подсчёта: день раньше стоит одного дня, день позже может стоить дела. Сверяйте каждую дату с источником: в разделе «Сроки» пошагово показано, как она исчислена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="64" />
        <source>In the Deadlines view, mark a deadline done, dismiss it with a reason, snooze it or change its date. Deadlines → Export Calendar (.ics)… writes them, with the coming hearings, to a calendar file; exporting again updates the same events.</source>
        <translation>В разделе «Сроки» отметьте срок как выполненный, снимите его с указанием причины, отложите напоминание или измените дату. Сроки → Экспорт календаря (.ics)… записывает их вместе с предстоящими судебными заседаниями в файл календаря; повторный экспорт обновляет те же события.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="67" />
        <source>While CaseApp runs, it reminds you of deadlines and follow-ups due today or overdue and of captives without news, when a file is opened and every half hour: in a banner at the top of the window and as a desktop notification where the desktop offers them.</source>
        <translation>Пока CaseApp работает, он напоминает о сроках и контрольных сроках, наступающих сегодня или просроченных, и о пленных без вестей — при открытии файла и каждые полчаса: в полосе вверху окна и в виде уведомления рабочего стола, если рабочий стол их поддерживает.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="73" />
        <source>A case file is encrypted with its passphrase, unless you chose a file without one when you created it (for fictional or public data only). CaseApp never stores the passphrase: if it is lost, nobody can open the file or its backups. Keep it in a password manager or another safe place.</source>
        <translation>Файл дела зашифрован своей парольной фразой, если при его создании вы не выбрали файл без неё (только для вымышленных или публичных данных). CaseApp никогда не хранит парольную фразу: если она утрачена, никто не сможет открыть ни файл, ни его резервные копии. Храните её в менеджере паролей или в другом надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="72" />
        <source>Backups and the passphrase</source>
        <translation>Резервные копии и парольная фраза</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="77" />
        <source>File → Lock (Ctrl+L) closes the file and clears the window until the passphrase is typed again; File → Security Settings… can lock it by itself after a time without use.</source>
        <translation>Файл → Блокировать (Ctrl+L) закрывает файл и очищает окно до повторного ввода парольной фразы; Файл → Настройки безопасности… позволяют блокировать его автоматически после периода бездействия.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="80" />
        <source>CaseApp backs the file up when you close it and at most once a day while it is open. Each backup is checked after it is written and is encrypted like the case file. File → Backups… lists them, checks them, makes one now and restores one into a file you choose, never over the open case file; a damaged backup is never offered for restore.</source>
        <translation>CaseApp создаёт резервную копию файла при его закрытии и не чаще раза в день, пока он открыт. Каждая копия проверяется после записи и зашифрована так же, как файл дела. Файл → Резервные копии… показывает их список, проверяет их, создаёт копию сейчас и восстанавливает копию в выбранный вами файл, но никогда поверх открытого файла дела; повреждённая копия для восстановления не предлагается.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="84" />
        <source>Backups are kept on this computer, in a folder of CaseApp's own that File → Backups… names (the newest 10; File → Security Settings… sets how many): a laptop lost or seized takes them with it. Keep a copy of the case file somewhere else too.</source>
        <translation>Резервные копии хранятся на этом компьютере, в собственной папке CaseApp, которую называет Файл → Резервные копии… (10 последних; их число задают Файл → Настройки безопасности…): потерянный или изъятый ноутбук уносит их с собой. Храните копию файла дела и в другом месте.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="87" />
        <source>File → Change Passphrase… changes the passphrase of the case file. Backups made before the change still open with the old passphrase only.</source>
        <translation>Файл → Сменить парольную фразу… меняет парольную фразу файла дела. Резервные копии, созданные до смены, по-прежнему открываются только старой парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="89" />
        <source>If the passphrase may one day be lost, File → Set Up Passphrase Recovery… splits a recovery key into printed shares for trusted colleagues; enough of them together set a new passphrase with File → Recover a Lost Passphrase…. Keep the file that ends in .keys beside the case file: without it, a case file with recovery cannot be opened.</source>
        <translation>Если парольная фраза может однажды потеряться, Файл → Настроить восстановление парольной фразы… разделяет ключ восстановления на распечатанные доли для доверенных коллег; достаточное их число вместе задаёт новую парольную фразу через Файл → Восстановить утерянную парольную фразу…. Храните файл с окончанием .keys рядом с файлом дела: без него файл дела с восстановлением открыть нельзя.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="95" />
        <source>Travelling and emergencies</source>
        <translation>Поездки и чрезвычайные ситуации</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="96" />
        <source>Before crossing a border, File → Travel Copy… writes a new case file with a passphrase of its own that holds only what is at or below the level you choose, public or shareable: a captive without consent to publicity is not in a public copy, and nothing internal travels, nor the history of changes. A travel copy is not a backup.</source>
        <translation>Перед пересечением границы Файл → Дорожная копия… записывает новый файл дела с собственной парольной фразой, в котором есть только то, что находится на выбранном вами уровне или ниже, — публичном или для передачи: пленного без согласия на огласку нет в публичной копии, а ничто с уровнем «внутренний» в неё не попадает, как и история изменений. Дорожная копия — не резервная копия.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="101" />
        <source>Back home, File → Merge Travel Copy… brings the changes made in the copy into this case file. A record changed on both sides is listed as a conflict, with what the copy holds, and not applied: make that change by hand. Where a day that counts deadlines was changed on both sides, the earlier day is kept. Then File → Destroy Travel Copy… overwrites and deletes the copy.</source>
        <translation>По возвращении Файл → Объединить дорожную копию… переносит изменения, сделанные в копии, в этот файл дела. Запись, изменённая с обеих сторон, указывается как конфликт вместе с тем, что содержит копия, и не применяется: внесите это изменение вручную. Если день, от которого исчисляются сроки, изменён с обеих сторон, сохраняется более ранний. Затем Файл → Уничтожить дорожную копию… перезаписывает и удаляет копию.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="106" />
        <source>File → Emergency Lock (Ctrl+Shift+L) locks at once and empties the clipboard. File → Emergency Settings… can also wipe the case file after a countdown that follows it, or after a number of wrong passphrases in a row; both are off until you turn them on, and a wipe cannot be undone. On an SSD or a memory card a wipe cannot reach every old copy of the file: there its encryption protects it.</source>
        <translation>Файл → Экстренная блокировка (Ctrl+Shift+L) сразу блокирует файл и очищает буфер обмена. Файл → Экстренные настройки… позволяют также стирать файл дела после следующего за ней обратного отсчёта или после нескольких неверных парольных фраз подряд; оба варианта выключены, пока вы их не включите, и стирание отменить нельзя. На SSD или карте памяти стирание не достигает всех старых копий файла: там его защищает шифрование.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="111" />
        <source>After a device was seized or lost, Reports → Seizure Exposure Report… lists what it held and which passphrases, logins and recovery shares to replace.</source>
        <translation>Если устройство изъято или утеряно, Отчёты → Отчёт о рисках после изъятия… перечисляет, что на нём было и какие парольные фразы, логины и доли ключа восстановления нужно заменить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="114" />
        <source>Dossiers, letters and filings</source>
        <translation>Досье, письма и подача в ЕСПЧ и ООН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="115" />
        <source>Reports → Dossier… prints one captive's dossier, Reports → Status Report… a report on all captives (PDF or spreadsheet) and Reports → Letter… a letter from a Word template; each is made at the level you choose.</source>
        <translation>Отчёты → Досье… печатает досье одного пленного, Отчёты → Отчёт о положении… — отчёт обо всех пленных (PDF или таблица), а Отчёты → Письмо… — письмо по шаблону Word; каждый документ формируется на выбранном вами уровне.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="118" />
        <source>From a captive's file, Reports → Filing with the ECHR and the UN… drafts an application to the ECHR with its annexes, a Rule 39 request or a communication to a UN body, in English or French, into a folder you choose. Its level is shareable by default, as a filing leaves the team. These are drafts: read and complete them before you file.</source>
        <translation>Из карточки пленного Отчёты → Подача в ЕСПЧ и ООН… готовит в выбранной вами папке проект жалобы в ЕСПЧ с приложениями, запрос об обеспечительной мере (правило 39 Регламента Суда) или сообщение в орган ООН — на английском или французском языке. Уровень по умолчанию — «для передачи»: подача уходит за пределы команды. Это проекты: прочтите и дополните их перед подачей.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="124" />
        <source>Spreadsheets and the team server</source>
        <translation>Таблицы и сервер команды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="125" />
        <source>File → Import Spreadsheet… brings in captives from a CSV, XLSX or ODS list, with headers in Armenian, Russian, English or Azerbaijani. Every row is previewed, with the cells that cannot be taken and the captives likely recorded already; nothing is written until you confirm. File → Export Captives List… writes the list back out.</source>
        <translation>Файл → Импорт таблицы… добавляет пленных из списка CSV, XLSX или ODS с заголовками на армянском, русском, английском или азербайджанском языке. Каждая строка показывается заранее — с ячейками, которые нельзя принять, и с пленными, которые, вероятно, уже записаны; ничего не записывается, пока вы не подтвердите. Файл → Экспорт списка пленных… записывает список обратно в файл.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="130" />
        <source>A team can work in one case file on a PostgreSQL server: File → Connect to Team Server… opens it under your own login. The server keeps from each person what is above their clearance (an assistant cleared for shareable sees nothing internal); deleting records and changing settings need internal clearance.</source>
        <translation>Команда может работать с одним файлом дела на сервере PostgreSQL: Файл → Подключиться к серверу команды… открывает его под вашим собственным логином. Сервер скрывает от каждого то, что выше его допуска (помощник с допуском «для передачи» не видит ничего внутреннего); для удаления записей и изменения настроек нужен допуск «внутренний».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="199" />
        <source>Tab leaves the text. Ctrl+Tab and Ctrl+Shift+Tab go from link to link; Enter follows the link chosen.</source>
        <translation>Tab выводит из текста. Ctrl+Tab и Ctrl+Shift+Tab переходят от ссылки к ссылке; Enter открывает выбранную ссылку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="251" />
        <source>CaseApp guide</source>
        <translation>Руководство CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="142" />
        <location filename="../../caseapp/ui/help.py" line="255" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>InterventionColumns</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="92" />
        <source>Follow-up overdue by %Ln day(s)</source>
        <translation><numerusform>Контрольный срок просрочен на %Ln день</numerusform><numerusform>Контрольный срок просрочен на %Ln дня</numerusform><numerusform>Контрольный срок просрочен на %Ln дней</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="103" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="105" />
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="108" />
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="109" />
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="110" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="113" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="115" />
        <source>Follow-up</source>
        <translation>Контрольный срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="119" />
        <source>Captives</source>
        <translation>Пленные</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="19" />
        <source>Missing</source>
        <translation>Пропал без вести</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="20" />
        <source>Held, no charges known</source>
        <translation>Удерживается, обвинение неизвестно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="21" />
        <source>Detained pre-trial</source>
        <translation>В предварительном заключении</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="22" />
        <source>On trial</source>
        <translation>Под судом</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="23" />
        <source>Convicted</source>
        <translation>Осуждён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="24" />
        <source>Released</source>
        <translation>Освобождён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="25" />
        <source>Repatriated</source>
        <translation>Репатриирован</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="26" />
        <source>Deceased</source>
        <translation>Скончался</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="27" />
        <location filename="../../caseapp/ui/labels.py" line="32" />
        <source>Not shown at this level</source>
        <translation>Не показывается на этом уровне</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="28" />
        <source>Civilian</source>
        <translation>Гражданское лицо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="29" />
        <source>Serviceman / POW</source>
        <translation>Военнослужащий / военнопленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="30" />
        <source>Former official</source>
        <translation>Бывшее должностное лицо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="31" />
        <location filename="../../caseapp/ui/labels.py" line="63" />
        <location filename="../../caseapp/ui/labels.py" line="70" />
        <location filename="../../caseapp/ui/labels.py" line="108" />
        <location filename="../../caseapp/ui/labels.py" line="114" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="33" />
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="34" />
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="35" />
        <location filename="../../caseapp/ui/labels.py" line="52" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="36" />
        <source>Exact</source>
        <translation>Точная</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="37" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="38" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="39" />
        <source>Approximate</source>
        <translation>Приблизительная</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="40" />
        <source>Public</source>
        <translation>Публичный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="41" />
        <source>Shareable</source>
        <translation>Для передачи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="42" />
        <source>Internal</source>
        <translation>Внутренний</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="43" />
        <source>Native</source>
        <translation>Родное</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="44" />
        <source>Transliteration</source>
        <translation>Транслитерация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="45" />
        <source>Alias</source>
        <translation>Другое имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="46" />
        <source>Armenian</source>
        <translation>Армянское письмо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="47" />
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="48" />
        <source>Cyrillic</source>
        <translation>Кириллица</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="49" />
        <source>Other script</source>
        <translation>Другая письменность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="50" />
        <source>Appointed</source>
        <translation>По назначению</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="51" />
        <source>Chosen</source>
        <translation>По соглашению</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="53" />
        <source>Initial</source>
        <translation>Первоначальное</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="54" />
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="55" />
        <source>As the order states it</source>
        <translation>Как указано в постановлении</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="56" />
        <source>Computed from the start and the term</source>
        <translation>Рассчитано по началу и сроку</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="57" />
        <source>Detention extension</source>
        <translation>Продление срока содержания под стражей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="58" />
        <source>Preliminary</source>
        <translation>Предварительное слушание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="59" />
        <source>Trial session</source>
        <translation>Заседание по существу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="60" />
        <source>Verdict</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="61" />
        <source>Appeal</source>
        <translation>Апелляция</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="62" />
        <source>Cassation</source>
        <translation>Кассация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="64" />
        <source>ICRC visit</source>
        <translation>Посещение МККК</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="65" />
        <source>Lawyer visit</source>
        <translation>Посещение адвоката</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="66" />
        <source>Consular visit</source>
        <translation>Консульское посещение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="67" />
        <source>Family call</source>
        <translation>Звонок семье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="68" />
        <source>Family letter</source>
        <translation>Письмо семье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="69" />
        <source>Media appearance</source>
        <translation>Появление в СМИ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="71" />
        <source>Pardon</source>
        <translation>Помилование</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="72" />
        <source>Amnesty</source>
        <translation>Амнистия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="73" />
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="74" />
        <source>End of sentence</source>
        <translation>Отбытие наказания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="75" />
        <source>Repatriation</source>
        <translation>Репатриация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="76" />
        <source>Other release</source>
        <translation>Иное освобождение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="77" />
        <source>eComms</source>
        <translation>eComms</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="78" />
        <source>Rule 39 site</source>
        <translation>Сайт Правила 39</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="79" />
        <source>Independent</source>
        <translation>Независимое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="80" />
        <source>Not independent</source>
        <translation>Не независимое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="81" />
        <source>European Court of Human Rights</source>
        <translation>Европейский суд по правам человека</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="82" />
        <source>UN Working Group on Arbitrary Detention</source>
        <translation>Рабочая группа ООН по произвольным задержаниям</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="83" />
        <source>UN Human Rights Committee</source>
        <translation>Комитет ООН по правам человека</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="84" />
        <source>UN special procedures</source>
        <translation>Специальные процедуры ООН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="85" />
        <source>Other body</source>
        <translation>Другой орган</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="86" />
        <source>Application</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="87" />
        <source>Rule 39 request</source>
        <translation>Запрос об обеспечительной мере (правило 39)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="88" />
        <source>Communication</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="89" />
        <source>Urgent appeal</source>
        <translation>Призыв к незамедлительным действиям</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="90" />
        <location filename="../../caseapp/ui/labels.py" line="115" />
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="91" />
        <source>Lodged</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="92" />
        <source>Communicated</source>
        <translation>Коммуницирована</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="93" />
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="94" />
        <source>Granted</source>
        <translation>Удовлетворено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="95" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="96" />
        <source>Decided</source>
        <translation>Вынесено решение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="97" />
        <location filename="../../caseapp/ui/labels.py" line="119" />
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="98" />
        <source>ICRC</source>
        <translation>МККК</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="99" />
        <source>Ombudsman</source>
        <translation>Омбудсмен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="100" />
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="101" />
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="102" />
        <source>UN body</source>
        <translation>Орган ООН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="103" />
        <source>Council of Europe</source>
        <translation>Совет Европы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="104" />
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="105" />
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="106" />
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="107" />
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="109" />
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="110" />
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="111" />
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="112" />
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="113" />
        <source>Filing</source>
        <translation>Подача документов</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="116" />
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="117" />
        <source>Acknowledged</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="118" />
        <source>Answered</source>
        <translation>Получен ответ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="120" />
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="121" />
        <source>Probable</source>
        <translation>Вероятно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="122" />
        <source>Unverified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="123" />
        <source>Doubtful</source>
        <translation>Сомнительно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="124" />
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="125" />
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="126" />
        <source>Dismissed</source>
        <translation>Снят</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../caseapp/ui/language.py" line="63" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/language.py" line="65" />
        <source>System (%1)</source>
        <translation>Системный (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/language.py" line="70" />
        <source>&amp;Language of the interface:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/language.py" line="71" />
        <source>The window is built again in the new language; the open case file stays open, on the same view.</source>
        <translation>Окно будет построено заново на новом языке; открытое дело остаётся открытым, на том же экране.</translation>
    </message>
</context>
<context>
    <name>LawyerDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="37" />
        <source>Lawyer's details</source>
        <translation>Сведения об адвокате</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="43" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="43" />
        <source>Firm or organisation</source>
        <translation>Адвокатское образование или организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="44" />
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="44" />
        <source>Bar number</source>
        <translation>Регистрационный номер адвоката</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="45" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="45" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="46" />
        <source>City where you sign</source>
        <translation>Город подписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="47" />
        <source>Name in Armenian letters</source>
        <translation>Имя армянскими буквами</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="48" />
        <source>Name in Cyrillic letters</source>
        <translation>Имя кириллицей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="51" />
        <source>Signs the letters in Armenian; left empty, they are signed with the name above</source>
        <translation>Подпись под письмами на армянском языке; если пусто, письма подписываются именем, указанным выше</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="53" />
        <source>Signs the letters in Russian; left empty, they are signed with the name above</source>
        <translation>Подпись под письмами на русском языке; если пусто, письма подписываются именем, указанным выше</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="76" />
        <source>Optional: as in your documents in that language</source>
        <translation>Необязательно: как в ваших документах на этом языке</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="83" />
        <source>Left empty, %1 is used (from %2).</source>
        <translation>Если пусто, используется %1 (из %2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="88" />
        <source>Your name is the author of dossiers and reports; letters are signed with these details. They are kept in the case file. A field you leave empty is asked for when a letter needs it.</source>
        <translation>Ваше имя указывается как автор досье и отчётов; письма подписываются этими сведениями. Они хранятся в файле дела. Незаполненное поле будет запрошено, когда оно понадобится для письма.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="56" />
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="17" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="18" />
        <source>Armenian</source>
        <translation>Армянский</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="19" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="20" />
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="28" />
        <source>%1 (cannot be used: see its note)</source>
        <translation>%1 (использовать нельзя: см. примечание)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="31" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="88" />
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="90" />
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="91" />
        <source>Captive</source>
        <translation>Пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="92" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="93" />
        <source>To (person)</source>
        <translation>Кому (лицо)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="95" />
        <source>What the letter says</source>
        <translation>Содержание письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="105" />
        <source>Fill in your details once…</source>
        <translation>Заполните свои сведения один раз…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="107" />
        <source>Your name, address and bar number, kept in the settings for every letter</source>
        <translation>Ваше имя, адрес и регистрационный номер адвоката, сохраняемые в настройках для всех писем</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="116" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="118" />
        <source>Open the saved letter in Word or LibreOffice</source>
        <translation>Открыть сохранённое письмо в Word или LibreOffice</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="121" />
        <source>Save as .docx…</source>
        <translation>Сохранить как .docx…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="182" />
        <source>Reads the whole file (internal level).</source>
        <translation>Использует всю карточку (внутренний уровень).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="183" />
        <source>Reads only what may be shared (shareable level).</source>
        <translation>Использует только то, что можно передавать (уровень «для передачи»).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="184" />
        <source>Reads only public facts (public level).</source>
        <translation>Использует только публичные сведения (публичный уровень).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="216" />
        <source>Reading what the case file gives…</source>
        <translation>Чтение сведений из файла дела…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="279" />
        <source>Fill in the fields marked *: the letter is not made with a hole in it.</source>
        <translation>Заполните поля, отмеченные *: письмо не составляется с пропусками.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="282" />
        <source>The case file gives everything this letter needs: read it over, then Generate.</source>
        <translation>В файле дела есть всё, что нужно для этого письма: проверьте и нажмите «Сформировать».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="306" />
        <source>Make the letter and show it</source>
        <translation>Составить письмо и показать его</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="367" />
        <source>The letter needs %1, which the case file does not give.</source>
        <translation>Для письма нужно: %1, а в файле дела этого нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="378" />
        <source>The letter is ready, filled at the %1 level: read it over on the right, save it as .docx, then open it to sign.</source>
        <translation>Письмо готово, заполнено на уровне «%1»: проверьте его справа, сохраните как .docx, затем откройте, чтобы подписать.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="198" />
        <source>Choose a template and a captive.</source>
        <translation>Выберите шаблон и пленного.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="304" />
        <source>Fill in the missing fields first</source>
        <translation>Сначала заполните недостающие поля</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="322" />
        <source>Keep in documents and log as draft intervention</source>
        <translation>Сохранить в документах и записать как проект обращения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="323" />
        <source>Keep in the captive's documents</source>
        <translation>Сохранить в документах пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="349" />
        <source>Wait until the check of the case file is done.</source>
        <translation>Дождитесь окончания проверки файла дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="356" />
        <source>Fill in %1 first: the letter is not made with a hole in it.</source>
        <translation>Сначала заполните: %1 — письмо не составляется с пропусками.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="24" />
        <source>Date of the letter</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="25" />
        <source>Captive's name, in the letter's script</source>
        <translation>Имя пленного алфавитом письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="26" />
        <source>Captive's name in Latin letters</source>
        <translation>Имя пленного латиницей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="27" />
        <source>Captive's name in the native script</source>
        <translation>Имя пленного на родном алфавите</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="28" />
        <source>Every spelling of the captive's name</source>
        <translation>Все написания имени пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="29" />
        <source>Other spellings of the captive's name</source>
        <translation>Другие написания имени пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="30" />
        <source>Spellings of the captive's name other than the Latin one</source>
        <translation>Написания имени пленного, кроме латинского</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="32" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="33" />
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="34" />
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="35" />
        <source>Category (civilian, serviceman…)</source>
        <translation>Категория (гражданское лицо, военнослужащий…)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="36" />
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="37" />
        <source>The captive is a woman (any text: yes; empty: no)</source>
        <translation>Женщина (любой текст — да; пусто — нет)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="39" />
        <source>No criminal case or charge is known (any text: yes; empty: no)</source>
        <translation>Уголовное дело и обвинение неизвестны (любой текст — да; пусто — нет)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="41" />
        <source>Date of capture</source>
        <translation>Дата пленения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="42" />
        <source>Place of capture</source>
        <translation>Место пленения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="43" />
        <source>Capturing authority</source>
        <translation>Кем пленён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="44" />
        <source>Circumstances of the capture</source>
        <translation>Обстоятельства пленения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="45" />
        <source>Days in custody</source>
        <translation>Суток под стражей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="46" />
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="47" />
        <source>Address of the place of detention</source>
        <translation>Адрес места содержания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="48" />
        <source>Criminal case number</source>
        <translation>Номер уголовного дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="49" />
        <source>Investigating body</source>
        <translation>Орган расследования</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="50" />
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="51" />
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="52" />
        <source>Next hearing</source>
        <translation>Следующее заседание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="53" />
        <source>Last confirmed contact (proof of life)</source>
        <translation>Последний подтверждённый контакт (подтверждение того, что жив)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="54" />
        <source>Health and treatment</source>
        <translation>Здоровье и обращение с пленным</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="55" />
        <source>What is asked for the captive</source>
        <translation>Что просят для пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="56" />
        <source>Key facts</source>
        <translation>Основные факты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="57" />
        <source>ECHR application number</source>
        <translation>Номер жалобы в ЕСПЧ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="58" />
        <source>UN WGAD communication reference</source>
        <translation>Номер сообщения в Рабочую группу ООН по произвольным задержаниям</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="59" />
        <source>Respondent State</source>
        <translation>Государство-ответчик</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="60" />
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="61" />
        <source>Addressee's name and address</source>
        <translation>Имя и адрес адресата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="62" />
        <source>Addressee's e-mail</source>
        <translation>Электронная почта адресата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="63" />
        <source>Greeting</source>
        <translation>Строка приветствия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="64" />
        <source>Your name (signature)</source>
        <translation>Ваше имя (подпись)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="65" />
        <source>Your firm or organisation</source>
        <translation>Ваша фирма или организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="66" />
        <source>Your postal address</source>
        <translation>Ваш почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="67" />
        <source>Your bar number</source>
        <translation>Ваш адвокатский регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="68" />
        <source>Your phone</source>
        <translation>Ваш телефон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="69" />
        <source>Your e-mail</source>
        <translation>Ваша электронная почта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="70" />
        <source>City where you sign</source>
        <translation>Город подписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="71" />
        <source>Your details under the signature</source>
        <translation>Ваши данные под подписью</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="102" />
        <source>The case file has this, but above the %1 level of this letter, so it is left out. Type it here only if it may go in this letter.</source>
        <translation>Эти сведения есть в файле дела, но выше уровня «%1» этого письма, поэтому они опущены. Введите их здесь, только если их можно включить в это письмо.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="106" />
        <source>The case file has more here above the %1 level of this letter: the letter gives what may be shared at that level.</source>
        <translation>В файле дела есть и другие сведения выше уровня «%1» этого письма: в письмо включено то, что допустимо передавать на этом уровне.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="109" />
        <source>Nothing to put here: the letter leaves out the line that would show it.</source>
        <translation>Заполнять нечего: строку, где это было бы показано, письмо опускает.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="151" />
        <source>To fill in</source>
        <translation>Заполнить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="152" />
        <source>From the case file (you may change them for this letter)</source>
        <translation>Из файла дела (для этого письма их можно изменить)</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="29" />
        <source>The letter's text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="52" />
        <source>Generate the letter to read it here before you save it.</source>
        <translation>Сформируйте письмо, чтобы прочитать его здесь перед сохранением.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="71" />
        <source>The letter's text. Its pages are shown here when LibreOffice is installed; save the letter and open it to see its layout.</source>
        <translation>Текст письма. Его страницы показываются здесь, если установлен LibreOffice; чтобы увидеть вёрстку, сохраните письмо и откройте его.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="75" />
        <source>The letter's text, while LibreOffice makes its pages…</source>
        <translation>Текст письма, пока LibreOffice формирует страницы…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="82" />
        <source>The letter as it will print (made by LibreOffice).</source>
        <translation>Письмо в том виде, в каком оно будет напечатано (сформировано LibreOffice).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="84" />
        <source>The letter's text (its pages could not be shown).</source>
        <translation>Текст письма (страницы показать не удалось).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="103" />
        <source>The letter's text. Its pages could not be made: %1</source>
        <translation>Текст письма. Страницы сформировать не удалось: %1</translation>
    </message>
</context>
<context>
    <name>LikelyDuplicatesDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="40" />
        <source>Likely Duplicates</source>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="52" />
        <source>Captives likely recorded twice</source>
        <translation>Пленные, вероятно записанные дважды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="53" />
        <source>Captive</source>
        <translation>Пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="53" />
        <source>Likely the same as</source>
        <translation>Вероятно, то же лицо, что</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="54" />
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="54" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="82" />
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="96" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="83" />
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="87" />
        <source>%Ln pair(s) of captives may be the same person recorded twice.</source>
        <translation><numerusform>%Ln пара пленных может быть одним лицом, записанным дважды.</numerusform><numerusform>%Ln пары пленных могут быть одним лицом, записанным дважды.</numerusform><numerusform>%Ln пар пленных могут быть одним лицом, записанным дважды.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="89" />
        <source>No captives look recorded twice.</source>
        <translation>Пленных, похожих на записанных дважды, нет.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="63" />
        <location filename="../../caseapp/ui/lock_page.py" line="147" />
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="76" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="80" />
        <location filename="../../caseapp/ui/lock_page.py" line="145" />
        <location filename="../../caseapp/ui/lock_page.py" line="152" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="85" />
        <source>Close the case file</source>
        <translation>Закрыть файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="142" />
        <source>Locked — enter the passphrase</source>
        <translation>Заблокировано — введите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="143" />
        <source>The case file was closed and nothing of it is shown. Type its passphrase to continue where you were.</source>
        <translation>Файл дела закрыт, и ничего из него не показывается. Введите парольную фразу, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="149" />
        <source>The case file was closed and nothing of it is shown. It is not encrypted, so Unlock opens it again without a passphrase; anyone who can use this computer account can do the same.</source>
        <translation>Файл дела закрыт, и ничего из него не показывается. Он не зашифрован, поэтому «Разблокировать» открывает его снова без парольной фразы; то же может сделать любой, кто имеет доступ к этой учётной записи компьютера.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="176" />
        <source>Type the passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="204" />
        <source>Reminders are waiting in the case file: unlock it to see them.</source>
        <translation>В файле дела ждут напоминания: разблокируйте его, чтобы их увидеть.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="212" />
        <source>CaseApp — locked</source>
        <translation>CaseApp — заблокировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/locker.py" line="215" />
        <source>Locked after %n minute(s) without use.</source>
        <translation><numerusform>Заблокировано после %n минуты бездействия.</numerusform><numerusform>Заблокировано после %n минут бездействия.</numerusform><numerusform>Заблокировано после %n минут бездействия.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="217" />
        <source>Locked on request.</source>
        <translation>Заблокировано по команде.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="219" />
        <source>A dialog was open: it was closed and what was typed in it was discarded, not saved.</source>
        <translation>Был открыт диалог: он закрыт, а введённое в нём отброшено и не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="222" />
        <source>shared database</source>
        <translation>общая база данных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="238" />
        <source>If it is wrong, CaseApp waits %1 s before saying so.</source>
        <translation>Если она неверна, CaseApp сообщит об этом через %1 с.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="240" />
        <source>Opening the case file…</source>
        <translation>Открытие файла дела…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="245" />
        <source>Unlocked.</source>
        <translation>Разблокировано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="258" />
        <source>If you are sure the passphrase is right, the file may be damaged: close it here and open it again to be offered its latest verified backup.</source>
        <translation>Если вы уверены, что парольная фраза верна, файл, возможно, повреждён: закройте его здесь и откройте снова — будет предложена его последняя проверенная резервная копия.</translation>
    </message>
</context>
<context>
    <name>LoginLost</name>
    <message>
        <location filename="../../caseapp/ui/login_lost.py" line="34" />
        <source>The team server no longer lets this login in (taken out of the team, revoked, or its password changed). CaseApp closed the case file, so that nothing read before stays on screen. Ask the team's owner.</source>
        <translation>Командный сервер больше не впускает этот логин (он исключён из команды, отозван или его пароль изменён). CaseApp закрыл файл дела, чтобы ничего прочитанного ранее не осталось на экране. Обратитесь к владельцу команды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/login_lost.py" line="38" />
        <source>The team's owner changed your login's clearance on this case file while it was open. CaseApp closed the case file, so that nothing read at the old clearance stays on screen: open it again to go on at the new clearance.</source>
        <translation>Владелец команды изменил допуск вашей учётной записи к этому файлу дела, пока он был открыт. CaseApp закрыл файл дела, чтобы ничего прочитанного с прежним допуском не осталось на экране: откройте его снова, чтобы продолжить с новым допуском.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/login_lost.py" line="43" />
        <source>A dialog was open: it was closed and what was typed in it was discarded, not saved.</source>
        <translation>Был открыт диалог: он закрыт, а введённое в нём отброшено и не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/login_lost.py" line="45" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="77" />
        <location filename="../../caseapp/ui/main_window.py" line="273" />
        <location filename="../../caseapp/ui/main_window.py" line="275" />
        <location filename="../../caseapp/ui/window_file.py" line="84" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="210" />
        <source>This case file is encrypted with a passphrase.</source>
        <translation>Этот файл дела зашифрован парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="40" />
        <source>Open &amp;Recent</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="47" />
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="72" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="58" />
        <source>CaseApp — %1</source>
        <translation>CaseApp — %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="121" />
        <source>Desktop notifications are not available here: reminders of deadlines due or overdue are shown at the top of this window.</source>
        <translation>Уведомления рабочего стола здесь недоступны: напоминания об истекающих и просроченных сроках показываются вверху этого окна.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="153" />
        <source>Not changed: the case file is open read-only</source>
        <translation>Ничего не изменено: файл дела открыт только для чтения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="158" />
        <source>Opening the case file changed some of its deadlines, as this version of CaseApp counts them or as your rule files now say. Show Details… lists each change and why it was made.</source>
        <translation>При открытии файла дела некоторые его сроки изменились — так, как их считает эта версия CaseApp или как теперь сказано в ваших файлах правил. «Показать подробности…» перечисляет каждое изменение и его причину.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="161" />
        <source>The case file is open read-only, so nothing in it was changed. Some of its deadlines will change when it is next opened where it can be written, as this version of CaseApp counts them or as your rule files now say. Show Details… lists each one and why.</source>
        <translation>Файл дела открыт только для чтения, поэтому в нём ничего не изменено. Некоторые его сроки изменятся, когда он в следующий раз будет открыт там, где в него можно писать, — так, как их считает эта версия CaseApp или как теперь сказано в ваших файлах правил. «Показать подробности…» перечисляет каждый из них и причину.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/window_file.py" line="183" />
        <source>%n rule file problem(s): see Deadlines → Deadline Settings.</source>
        <translation><numerusform>%n ошибка в файлах правил: см. Сроки → Настройки сроков.</numerusform><numerusform>%n ошибки в файлах правил: см. Сроки → Настройки сроков.</numerusform><numerusform>%n ошибок в файлах правил: см. Сроки → Настройки сроков.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="235" />
        <source>Opened %1</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="95" />
        <location filename="../../caseapp/ui/captive_commands.py" line="102" />
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="101" />
        <source>Merge captives</source>
        <translation>Объединить пленных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="95" />
        <source>Select exactly two captives in the captives list (Ctrl+click), then merge them.</source>
        <translation>Выберите ровно двух пленных в списке пленных (Ctrl+щелчок), затем объедините их.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="125" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="126" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="44" />
        <source>Added %1.</source>
        <translation>Добавлено: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="56" />
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="58" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="60" />
        <source>Captives</source>
        <translation>Пленные</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="62" />
        <source>Hearings</source>
        <translation>Судебные заседания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="64" />
        <source>Contacts &amp; organisations</source>
        <translation>Контакты и организации</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="66" />
        <source>Advocacy log</source>
        <translation>Журнал обращений</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="68" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="159" />
        <source>Parts of the case file</source>
        <translation>Разделы файла дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="160" />
        <source>Choose one with the arrow keys to show it.</source>
        <translation>Выберите раздел клавишами со стрелками, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="44" />
        <source>Captives List &amp;Columns</source>
        <translation>&amp;Столбцы списка пленных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="56" />
        <source>More tools</source>
        <translation>Другие инструменты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="57" />
        <source>More menus</source>
        <translation>Другие меню</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="251" />
        <source>Connected to the team server again.</source>
        <translation>Соединение с сервером команды восстановлено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="152" />
        <source>Changed as the case file was opened</source>
        <translation>Изменено при открытии файла дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="210" />
        <source>The case file is damaged</source>
        <translation>Файл дела повреждён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="211" />
        <source>CaseApp closed the case file.

%1</source>
        <translation>CaseApp закрыл файл дела.

%1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="99" />
        <source>(no case file open)</source>
        <translation>(файл дела не открыт)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="72" />
        <source>Delete captive</source>
        <translation>Удалить пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="73" />
        <source>Delete %1 and everything recorded about them (orders, hearings they alone attend, contacts, documents)? This cannot be undone.</source>
        <translation>%1: удалить карточку пленного со всеми записанными сведениями (постановления, судебные заседания только с его участием, контакты, документы)? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="84" />
        <source>Deleted %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="130" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="131" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/menu_commands.py" line="127" />
        <source>Open or select a captive first: a filing pack is made for one captive.</source>
        <translation>Сначала откройте или выберите пленного: пакет готовится для одного пленного.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="276" />
        <source>Something went wrong: %1</source>
        <translation>Произошла ошибка: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="77" />
        <location filename="../../caseapp/ui/file_actions.py" line="83" />
        <source>New case file</source>
        <translation>Новый файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="84" />
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="92" />
        <location filename="../../caseapp/ui/file_actions.py" line="103" />
        <location filename="../../caseapp/ui/file_actions.py" line="119" />
        <source>Open case file</source>
        <translation>Открыть файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="104" />
        <source>There is no case file at %1.</source>
        <translation>Файла дела по адресу %1 нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="106" />
        <source>It may have been moved, renamed or deleted, or be on a drive that is not connected.</source>
        <translation>Возможно, его переместили, переименовали или удалили, либо он на диске, который не подключён.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="108" />
        <source>Create a New Case File There…</source>
        <translation>Создать там новый файл дела…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="110" />
        <source>Open Another File…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="130" />
        <source>Creating the demo case file…</source>
        <translation>Создание демонстрационного файла дела…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/file_actions.py" line="145" />
        <source>Imported %Ln record(s).</source>
        <translation><numerusform>Импортирована %Ln запись.</numerusform><numerusform>Импортированы %Ln записи.</numerusform><numerusform>Импортировано %Ln записей.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="155" />
        <location filename="../../caseapp/ui/file_actions.py" line="173" />
        <location filename="../../caseapp/ui/file_actions.py" line="202" />
        <source>Import JSON</source>
        <translation>Импорт JSON</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="169" />
        <source>To change the case settings not taken from the export, use Deadlines → Deadline Settings… or Reports → Lawyer's Details… if the export is right.</source>
        <translation>Если экспорт верен, измените не взятые из экспорта настройки дела в меню Сроки → Настройки сроков… или Отчёты → Сведения об адвокате….</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="189" />
        <location filename="../../caseapp/ui/travel_actions.py" line="130" />
        <source>%1 (%2) like %3 (%4)</source>
        <translation>%1 (%2) похож(а) на %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/file_actions.py" line="195" />
        <source>and %n more</source>
        <translation><numerusform>и ещё %n</numerusform><numerusform>и ещё %n</numerusform><numerusform>и ещё %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/file_actions.py" line="198" />
        <source>Likely the same people as captives already in the case file: %n imported captive(s) (another copy of the same people?). Nothing was merged: review them in Captive → Likely Duplicates… and merge each person recorded twice.</source>
        <translation><numerusform>Вероятно, те же люди, что и пленные, уже записанные в файле дела: %n импортированный пленный (другая копия тех же людей?). Ничего не объединено: проверьте их в меню Пленный → Вероятные дубликаты… и объедините каждого человека, записанного дважды.</numerusform><numerusform>Вероятно, те же люди, что и пленные, уже записанные в файле дела: %n импортированных пленных (другая копия тех же людей?). Ничего не объединено: проверьте их в меню Пленный → Вероятные дубликаты… и объедините каждого человека, записанного дважды.</numerusform><numerusform>Вероятно, те же люди, что и пленные, уже записанные в файле дела: %n импортированных пленных (другая копия тех же людей?). Ничего не объединено: проверьте их в меню Пленный → Вероятные дубликаты… и объедините каждого человека, записанного дважды.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="205" />
        <source>Likely Duplicates…</source>
        <translation>Вероятные дубликаты…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/file_actions.py" line="215" />
        <source>Exported %Ln record(s) to %1.</source>
        <translation><numerusform>Экспортирована %Ln запись в файл %1.</numerusform><numerusform>Экспортированы %Ln записи в файл %1.</numerusform><numerusform>Экспортировано %Ln записей в файл %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="223" />
        <location filename="../../caseapp/ui/file_actions.py" line="237" />
        <source>Export JSON</source>
        <translation>Экспорт JSON</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="254" />
        <source>The passphrase was changed; a backup with the new passphrase was made.</source>
        <translation>Парольная фраза изменена; создана резервная копия с новой парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="256" />
        <source>The passphrase was changed, but the backup that follows failed: %1</source>
        <translation>Парольная фраза изменена, но последующее резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="258" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="290" />
        <location filename="../../caseapp/ui/file_actions.py" line="314" />
        <location filename="../../caseapp/ui/file_actions.py" line="324" />
        <source>Passphrase recovery</source>
        <translation>Восстановление парольной фразы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="290" />
        <source>This case file is not encrypted: give it a passphrase first (File → Change Passphrase…), then set up recovery.</source>
        <translation>Этот файл дела не зашифрован: сначала задайте ему парольную фразу (Файл → Сменить парольную фразу…), затем настройте восстановление.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="304" />
        <source>Case file whose passphrase is lost</source>
        <translation>Файл дела, парольная фраза которого утеряна</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="314" />
        <source>%1 has no passphrase recovery set up (there is no key file beside it). Without its passphrase nobody can open it.</source>
        <translation>Для %1 восстановление парольной фразы не настроено (рядом нет файла ключей). Без парольной фразы его никто не сможет открыть.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="324" />
        <source>The case file has a new passphrase and is open. Set up recovery again if a share may have been seen by someone else.</source>
        <translation>У файла дела новая парольная фраза, и он открыт. Настройте восстановление заново, если долю мог видеть кто-то посторонний.</translation>
    </message>
</context>
<context>
    <name>MergeCaptivesDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="55" />
        <source>%Ln name(s)</source>
        <translation><numerusform>%Ln имя</numerusform><numerusform>%Ln имени</numerusform><numerusform>%Ln имён</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="56" />
        <source>%n status change(s)</source>
        <translation><numerusform>%n изменение статуса</numerusform><numerusform>%n изменения статуса</numerusform><numerusform>%n изменений статуса</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="57" />
        <source>%n place(s) of detention</source>
        <translation><numerusform>%n место содержания</numerusform><numerusform>%n места содержания</numerusform><numerusform>%n мест содержания</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="58" />
        <source>%n identity document(s)</source>
        <translation><numerusform>%n документ, удостоверяющий личность</numerusform><numerusform>%n документа, удостоверяющих личность</numerusform><numerusform>%n документов, удостоверяющих личность</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="59" />
        <source>%n welfare contact(s)</source>
        <translation><numerusform>%n контакт</numerusform><numerusform>%n контакта</numerusform><numerusform>%n контактов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="60" />
        <source>%n note(s)</source>
        <translation><numerusform>%n заметка</numerusform><numerusform>%n заметки</numerusform><numerusform>%n заметок</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="61" />
        <source>%n prosecution(s)</source>
        <translation><numerusform>%n уголовное дело</numerusform><numerusform>%n уголовных дела</numerusform><numerusform>%n уголовных дел</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="62" />
        <source>%n detention order(s)</source>
        <translation><numerusform>%n постановление о заключении под стражу</numerusform><numerusform>%n постановления о заключении под стражу</numerusform><numerusform>%n постановлений о заключении под стражу</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="63" />
        <source>%n international proceeding(s)</source>
        <translation><numerusform>%n международное разбирательство</numerusform><numerusform>%n международных разбирательства</numerusform><numerusform>%n международных разбирательств</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="65" />
        <source>%n document(s)</source>
        <translation><numerusform>%n документ</numerusform><numerusform>%n документа</numerusform><numerusform>%n документов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="66" />
        <source>%n deadline(s)</source>
        <translation><numerusform>%n срок</numerusform><numerusform>%n срока</numerusform><numerusform>%n сроков</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="67" />
        <source>%n hearing(s)</source>
        <translation><numerusform>%n судебное заседание</numerusform><numerusform>%n судебных заседания</numerusform><numerusform>%n судебных заседаний</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="68" />
        <source>%n intervention(s)</source>
        <translation><numerusform>%n обращение</numerusform><numerusform>%n обращения</numerusform><numerusform>%n обращений</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="117" />
        <source>Merge Captives</source>
        <translation>Объединить пленных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="129" />
        <source>&amp;Swap: keep the other one</source>
        <translation>&amp;Поменять: оставить другого</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="157" />
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="180" />
        <source>Keep %1 (%2) and merge %3 (%4) into them. Where the two differ, choose the value to keep.</source>
        <translation>Остаётся: %1 (%2); с этой записью объединяется: %3 (%4). Где записи расходятся, выберите значение, которое останется.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="182" />
        <source>Kept: ID %1. Merged: ID %2.</source>
        <translation>Остаётся: ID %1. Объединяется: ID %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="186" />
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Поле&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="187" />
        <source>&lt;b&gt;%1 (kept)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (остаётся)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="187" />
        <source>&lt;b&gt;%1 (merged)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (объединяется)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="205" />
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="223" />
        <source>The two records agree on every field.</source>
        <translation>Обе записи совпадают во всех полях.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="235" />
        <source>Moves to %1: %2.</source>
        <translation>Переходит к оставляемой записи (%1): %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="236" />
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="237" />
        <source>The record of %1 is deleted once everything recorded about them has moved. Edit → Undo brings both back as they were.</source>
        <translation>Запись (%1) удаляется, когда всё записанное в ней перенесено. Правка → Отменить возвращает обе записи в прежнем виде.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="240" />
        <source>Where the two differ on the level or a consent, the stricter is chosen at first, so that the merge shows nothing either record kept back.</source>
        <translation>Там, где записи различаются уровнем конфиденциальности или согласием, сначала выбрано более строгое, чтобы объединение не показало ничего, что скрывала одна из записей.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="245" />
        <source>Where both records hold a value, the one not chosen is kept in a note of the kept record.</source>
        <translation>Там, где значение есть в обеих записях, невыбранное сохраняется в заметке сохраняемой записи.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="248" />
        <source>Where the kept record has no value, the merged one's is chosen at first, so that no fact recorded on either is lost.</source>
        <translation>Там, где у сохраняемой записи значения нет, сначала выбрано значение присоединяемой, чтобы не потерять ни одного факта, записанного в любой из них.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="281" />
        <source>Nothing was merged: %1</source>
        <translation>Ничего не объединено: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="285" />
        <source>Merge %1 into %2</source>
        <translation>Объединить: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="288" />
        <source>Merged %1 into %2.</source>
        <translation>Объединено: %1 → %2.</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="92" />
        <source>The kept captive no longer exists.</source>
        <translation>Оставленного пленного больше нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="97" />
        <source>It cannot be undone.</source>
        <translation>Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="103" />
        <source>One of the two captives no longer exists.</source>
        <translation>Одного из двух пленных больше нет.</translation>
    </message>
</context>
<context>
    <name>NewCaptiveCheck</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/new_captive_check.py" line="46" />
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/new_captive_check.py" line="49" />
        <source>%1 may be recorded already:
%2

Record a new captive anyway? Two records of one person split deadlines, hearings and letters between them; they can be merged later (Captive → Merge Captives…).</source>
        <translation>Возможно, уже записан: %1.
%2

Всё равно записать нового пленного? Две записи одного человека делят между собой сроки, заседания и письма; их можно объединить позже (Пленный → Объединить пленных…).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/new_captive_check.py" line="55" />
        <source>Recorded already?</source>
        <translation>Уже записан?</translation>
    </message>
</context>
<context>
    <name>NewCaseFileDialog</name>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="59" />
        <source>New case file</source>
        <translation>Новый файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="66" />
        <source>The case file is encrypted: without its passphrase nobody can read it, not even you. CaseApp does not keep the passphrase anywhere and cannot recover a forgotten one, so write it down and keep it somewhere safe.</source>
        <translation>Файл дела зашифрован: без парольной фразы его не сможет прочитать никто, даже вы. CaseApp нигде не хранит парольную фразу и не может восстановить забытую, поэтому запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="73" />
        <source>Do not encrypt this case file</source>
        <translation>Не шифровать этот файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="76" />
        <source>Without encryption anyone who gets a copy of the file (a lost or stolen laptop, a search at a border, a backup) can read every record and document in it without a passphrase. Choose this only for test or fictional data.</source>
        <translation>Без шифрования любой, кто получит копию файла (утерянный или похищенный ноутбук, досмотр на границе, резервная копия), сможет прочитать все записи и документы в нём без парольной фразы. Выбирайте это только для тестовых или вымышленных данных.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="94" />
        <location filename="../../caseapp/ui/opener.py" line="114" />
        <source>Create encrypted case file</source>
        <translation>Создать зашифрованный файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="113" />
        <source>Create unencrypted case file</source>
        <translation>Создать незашифрованный файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="119" />
        <source>Unencrypted case file</source>
        <translation>Незашифрованный файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="120" />
        <source>Create the case file without encryption? Anyone who gets a copy of it can read it. You can encrypt it later (File → Change Passphrase…).</source>
        <translation>Создать файл дела без шифрования? Любой, кто получит его копию, сможет его прочитать. Зашифровать его можно позже (Файл → Сменить парольную фразу…).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="90" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="96" />
        <source>Show what I type</source>
        <translation>Показывать вводимое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="102" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="104" />
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
</context>
<context>
    <name>NextHearing</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/next_hearing.py" line="33" />
        <source>Hearing adjourned</source>
        <translation>Заседание отложено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/next_hearing.py" line="34" />
        <source>The hearing is adjourned to %1. Add the hearing of %1, with the same court, kind and defendants?</source>
        <translation>Заседание отложено до %1. Добавить заседание, назначенное на %1, с тем же судом, видом и подсудимыми?</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="67" />
        <source>%1 and %Ln other(s)</source>
        <translation><numerusform>%1 и ещё %Ln</numerusform><numerusform>%1 и ещё %Ln</numerusform><numerusform>%1 и ещё %Ln</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="151" />
        <location filename="../../caseapp/ui/notifier.py" line="188" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="189" />
        <source>Reminders are waiting in the locked case file: unlock CaseApp to see them.</source>
        <translation>В заблокированном файле дела ждут напоминания: разблокируйте CaseApp, чтобы их увидеть.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="224" />
        <source>%Ln deadline(s) overdue</source>
        <translation><numerusform>%Ln срок просрочен</numerusform><numerusform>%Ln срока просрочено</numerusform><numerusform>%Ln сроков просрочено</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="226" />
        <source>%Ln due today</source>
        <translation><numerusform>%Ln истекает сегодня</numerusform><numerusform>%Ln истекают сегодня</numerusform><numerusform>%Ln истекают сегодня</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="228" />
        <source>%Ln due soon</source>
        <translation><numerusform>%Ln скоро истекает</numerusform><numerusform>%Ln скоро истекают</numerusform><numerusform>%Ln скоро истекают</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="232" />
        <source>%Ln hearing(s) today</source>
        <translation><numerusform>%Ln судебное заседание сегодня</numerusform><numerusform>%Ln судебных заседания сегодня</numerusform><numerusform>%Ln судебных заседаний сегодня</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="235" />
        <source>%Ln hearing(s) tomorrow</source>
        <translation><numerusform>%Ln судебное заседание завтра</numerusform><numerusform>%Ln судебных заседания завтра</numerusform><numerusform>%Ln судебных заседаний завтра</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="238" />
        <source>%Ln follow-up(s) overdue</source>
        <translation><numerusform>%Ln контрольный срок просрочен</numerusform><numerusform>%Ln контрольных срока просрочено</numerusform><numerusform>%Ln контрольных сроков просрочено</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="240" />
        <source>%Ln follow-up(s) due today</source>
        <translation><numerusform>%Ln контрольный срок истекает сегодня</numerusform><numerusform>%Ln контрольных срока истекают сегодня</numerusform><numerusform>%Ln контрольных сроков истекают сегодня</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="242" />
        <source>%Ln captive(s) without proof of life</source>
        <translation><numerusform>%Ln пленный без подтверждения того, что жив</numerusform><numerusform>%Ln пленных без подтверждения того, что живы</numerusform><numerusform>%Ln пленных без подтверждения того, что живы</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="261" />
        <source>Hearing: %1</source>
        <translation>Судебное заседание: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="268" />
        <source>Follow-up of “%1” due today</source>
        <translation>Контрольный срок по «%1» истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="269" />
        <source>Follow-up of “%1” overdue by %Ln day(s)</source>
        <translation><numerusform>Контрольный срок по «%1» просрочен на %Ln день</numerusform><numerusform>Контрольный срок по «%1» просрочен на %Ln дня</numerusform><numerusform>Контрольный срок по «%1» просрочен на %Ln дней</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="280" />
        <source>No confirmed news of %1 for %Ln day(s)</source>
        <translation><numerusform>%1: нет подтверждённых вестей уже %Ln день</numerusform><numerusform>%1: нет подтверждённых вестей уже %Ln дня</numerusform><numerusform>%1: нет подтверждённых вестей уже %Ln дней</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="317" />
        <source>Open CaseApp to see which.</source>
        <translation>Откройте CaseApp, чтобы увидеть, какие именно.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="279" />
        <source>No confirmed news of %1 is recorded</source>
        <translation>%1: подтверждённых вестей нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="316" />
        <source>CaseApp: %1</source>
        <translation>CaseApp: %1</translation>
    </message>
</context>
<context>
    <name>OpenTravelCopyDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="177" />
        <source>Travel copy:</source>
        <translation>Дорожная копия:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="178" />
        <source>Its passphrase:</source>
        <translation>Её парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="191" />
        <source>Case files (*.db);;All files (*)</source>
        <translation>Файлы дел (*.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../caseapp/ui/rule_deadlines_command.py" line="78" />
        <location filename="../../caseapp/ui/undo_commands.py" line="123" />
        <location filename="../../caseapp/ui/undo_commands.py" line="163" />
        <source>%1 no longer exists.</source>
        <translation>%1 больше не существует.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/rule_deadlines_command.py" line="80" />
        <location filename="../../caseapp/ui/undo_commands.py" line="125" />
        <source>%1 was changed since.</source>
        <translation>%1 с тех пор изменено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_commands.py" line="159" />
        <source>%1 cannot be added again.</source>
        <translation>%1 нельзя добавить повторно.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/undo_commands.py" line="191" />
        <source>%1 is now the addressee of %n intervention(s) recorded since.</source>
        <translation><numerusform>%1 теперь адресат %n обращения, записанного с тех пор.</numerusform><numerusform>%1 теперь адресат %n обращений, записанных с тех пор.</numerusform><numerusform>%1 теперь адресат %n обращений, записанных с тех пор.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/undo_commands.py" line="196" />
        <source>%1 now has %n member(s) in the directory, added since.</source>
        <translation><numerusform>%1: с тех пор в справочник добавлено %n лицо этой организации.</numerusform><numerusform>%1: с тех пор в справочник добавлены %n лица этой организации.</numerusform><numerusform>%1: с тех пор в справочник добавлено %n лиц этой организации.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/undo_words.py" line="21" />
        <source>%1 was deleted; the undo history no longer holds %n step(s) about it.</source>
        <translation><numerusform>Удалено: %1. Из истории отмены убран %n связанный с ним шаг.</numerusform><numerusform>Удалено: %1. Из истории отмены убраны %n связанных с ним шага.</numerusform><numerusform>Удалено: %1. Из истории отмены убрано %n связанных с ним шагов.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_refs.py" line="40" />
        <location filename="../../caseapp/ui/undo_words.py" line="22" />
        <source>The record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="155" />
        <source>No case file is open.</source>
        <translation>Файл дела не открыт.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="32" />
        <source>Could not undo “%1”: %2 It was taken off the undo history.</source>
        <translation>Не удалось отменить «%1»: %2 Действие удалено из истории отмены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="33" />
        <source>Could not redo “%1”: %2 It was taken off the redo history.</source>
        <translation>Не удалось повторить «%1»: %2 Действие удалено из истории повтора.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="29" />
        <source>Could not undo “%1”: %2 It is still in the undo history.</source>
        <translation>Не удалось отменить «%1»: %2 Действие осталось в истории отмены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="30" />
        <source>Could not redo “%1”: %2 It is still in the redo history.</source>
        <translation>Не удалось повторить «%1»: %2 Действие осталось в истории повтора.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="39" />
        <source>Not undone: %1</source>
        <translation>Не отменено: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="43" />
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="43" />
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="51" />
        <source>Undoing “%1” deletes the captive %2 with everything recorded in their file. Delete it?</source>
        <translation>Отмена действия «%1» удалит карточку пленного со всем, что в ней записано: %2. Удалить?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="54" />
        <source>Undoing “%1” deletes %2 from the file of %3. Delete it?</source>
        <translation>Отмена действия «%1» удалит %2 из карточки пленного (%3). Удалить?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="56" />
        <source>Undoing “%1” deletes %2. Delete it?</source>
        <translation>Отмена действия «%1» удалит %2. Удалить?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="58" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="63" />
        <source>Generate</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="73" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="75" />
        <source>Stop waiting: the result is ignored</source>
        <translation>Прекратить ожидание: результат не будет использован</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="82" />
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="85" />
        <source>Keep in the captive's documents</source>
        <translation>Сохранить в документах пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="88" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="131" />
        <source>Generating…</source>
        <translation>Формирование…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="160" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="197" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="200" />
        <source>Something went wrong: %1</source>
        <translation>Произошла ошибка: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="213" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="214" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="215" />
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="216" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="238" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="263" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="266" />
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="217" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="253" />
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="264" />
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="295" />
        <source>Kept as document %1 in the case file.</source>
        <translation>Сохранено в файле дела как документ %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="298" />
        <source>Kept as document %1 and logged as draft intervention %2.</source>
        <translation>Сохранено как документ %1 и записано как проект обращения %2.</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message>
        <location filename="../../caseapp/ui/outside_changes.py" line="107" />
        <source>Updated with changes made outside this window at %1.</source>
        <translation>Обновлено с учётом изменений, внесённых вне этого окна, в %1.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="56" />
        <source>Preview of the document</source>
        <translation>Предварительный просмотр документа</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="69" />
        <source>The preview appears here.</source>
        <translation>Здесь появится предварительный просмотр.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="70" />
        <source>No preview: this installation lacks Qt's PDF module (PySide6-Addons). Save the file and open it in a PDF reader.</source>
        <translation>Предварительный просмотр недоступен: в этой установке нет модуля PDF Qt (PySide6-Addons). Сохраните файл и откройте его в программе просмотра PDF.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="91" />
        <source>The PDF could not be shown (%1).</source>
        <translation>Не удалось показать PDF (%1).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="116" />
        <source>Print %1</source>
        <translation>Печать %1</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="66" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="70" />
        <source>Printing needs Qt's PDF and print modules, missing here: save the PDF and print it from a PDF reader.</source>
        <translation>Для печати нужны модули PDF и печати Qt, которых здесь нет: сохраните PDF и напечатайте его из программы просмотра PDF.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="93" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="93" />
        <source>Armenian</source>
        <translation>Армянский</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="93" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="94" />
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="102" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="116" />
        <source>What this level leaves out</source>
        <translation>Что исключает этот уровень</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="153" />
        <source>Checking what this level leaves out…</source>
        <translation>Проверка того, что исключает этот уровень…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="169" />
        <source>Choose another level above.</source>
        <translation>Выберите выше другой уровень.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="171" />
        <source>To include them, choose a higher level above.</source>
        <translation>Чтобы включить их, выберите выше более высокий уровень.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="191" />
        <source>The choice changed: Generate again to see it.</source>
        <translation>Выбор изменён: сформируйте документ снова, чтобы увидеть результат.</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="273" />
        <source>Person and capture</source>
        <translation>Лицо и пленение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="274" />
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="274" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="275" />
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="275" />
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="276" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="276" />
        <source>Captured</source>
        <translation>Пленение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="277" />
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="278" />
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="279" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="279" />
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="280" />
        <location filename="../../caseapp/ui/views/captive_header.py" line="289" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="280" />
        <source>Photo…</source>
        <translation>Фотография…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="281" />
        <source>Remove photo</source>
        <translation>Удалить фотографию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="283" />
        <source>Case summary and consent</source>
        <translation>Краткое изложение дела и согласие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="284" />
        <source>Summary</source>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="284" />
        <source>Current asks</source>
        <translation>Текущие требования</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="285" />
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="286" />
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="287" />
        <source>Publicity</source>
        <translation>Огласка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="288" />
        <source>Consent notes</source>
        <translation>Примечания о согласии</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="326" />
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="326" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="326" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="327" />
        <source>not shown at this level</source>
        <translation>не показывается на этом уровне</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="153" />
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="154" />
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="155" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="156" />
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="157" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="124" />
        <source>&amp;Select All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="125" />
        <source>&amp;Step up</source>
        <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="126" />
        <source>Step &amp;down</source>
        <translation>Шаг вн&amp;из</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="35" />
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="38" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="41" />
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="42" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="43" />
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="44" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="45" />
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="46" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="47" />
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="48" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="49" />
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» защищён от записи.
Действительно удалить?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="50" />
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="51" />
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="157" />
        <location filename="../../caseapp/ui/qt_texts.py" line="52" />
        <location filename="../../caseapp/ui/widgets/save_target.py" line="21" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="53" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="54" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="55" />
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="56" />
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="57" />
        <source>Could not delete directory.</source>
        <translation>Не удалось удалить каталог.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="58" />
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="59" />
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="60" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="61" />
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="62" />
        <source>Directories</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="63" />
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="64" />
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="65" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="66" />
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="67" />
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="68" />
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="69" />
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="78" />
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="70" />
        <source>Find Directory</source>
        <translation>Найти каталог</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="71" />
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="72" />
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="73" />
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="74" />
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="75" />
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="76" />
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="77" />
        <source>List of places and bookmarks</source>
        <translation>Места и закладки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="79" />
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="80" />
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="81" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="82" />
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="83" />
        <source>Recent Places</source>
        <translation>Недавние документы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="84" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="85" />
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="86" />
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="87" />
        <source>Show </source>
        <translation>Показать </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="88" />
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="89" />
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="90" />
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="93" />
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Имя «%1» не может быть использовано.&lt;/b&gt;&lt;p&gt;Попробуйте использовать имя меньшей длины и/или без символов пунктуации.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="95" />
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="96" />
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="97" />
        <source>Invalid filename</source>
        <translation>Некорректное имя файла</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="98" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="99" />
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="100" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="101" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="102" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="105" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="106" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="107" />
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="108" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="109" />
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="110" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="111" />
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="129" />
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="130" />
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="13" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="14" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="15" />
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="16" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="17" />
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="18" />
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="19" />
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="20" />
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="21" />
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="22" />
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="23" />
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="24" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="25" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="26" />
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="27" />
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="28" />
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="29" />
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="30" />
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="31" />
        <source>Don't Save</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="133" />
        <source>Scroll here</source>
        <translation>Прокрутить сюда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="134" />
        <source>Left edge</source>
        <translation>К левой границе</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="135" />
        <source>Top</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="136" />
        <source>Right edge</source>
        <translation>К правой границе</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="137" />
        <source>Bottom</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="138" />
        <source>Page left</source>
        <translation>На страницу влево</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="139" />
        <source>Page up</source>
        <translation>На страницу вверх</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="140" />
        <source>Page right</source>
        <translation>На страницу вправо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="141" />
        <source>Page down</source>
        <translation>На страницу вниз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="142" />
        <source>Scroll left</source>
        <translation>Прокрутить влево</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="143" />
        <source>Scroll up</source>
        <translation>Прокрутить вверх</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="144" />
        <source>Scroll right</source>
        <translation>Прокрутить вправо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="145" />
        <source>Scroll down</source>
        <translation>Прокрутить вниз</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="148" />
        <source>Scroll Left</source>
        <translation>Прокрутить влево</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="149" />
        <source>Scroll Right</source>
        <translation>Прокрутить вправо</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="114" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="115" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="116" />
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="117" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="118" />
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="119" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="120" />
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="121" />
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../caseapp/ui/read_only_state.py" line="39" />
        <source>%1 (read-only)</source>
        <translation>%1 (только для чтения)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/read_only_state.py" line="49" />
        <source>The case file is open read-only (%1): it cannot be changed.</source>
        <translation>Файл дела открыт только для чтения (%1): его нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../caseapp/ui/read_only_state.py" line="66" />
        <source>This case file is open read-only (%1). You can read it, print from it and export it, but nothing in it can be changed. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation>Этот файл дела открыт только для чтения (%1). Его можно читать, печатать и экспортировать, но ничего в нём изменить нельзя. Чтобы изменить его, скопируйте его в папку, в которую можно писать, и откройте копию.</translation>
    </message>
</context>
<context>
    <name>ReadingGuard</name>
    <message>
        <location filename="../../caseapp/ui/reading_guard.py" line="23" />
        <source>Open another case file and stop reading these scans?</source>
        <translation>Открыть другой файл дела и остановить распознавание этих сканов?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reading_guard.py" line="26" />
        <source>Switch the language and stop reading these scans?</source>
        <translation>Сменить язык и остановить распознавание этих сканов?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reading_guard.py" line="29" />
        <source>Quit CaseApp and stop reading these scans?</source>
        <translation>Выйти из CaseApp и остановить распознавание этих сканов?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reading_guard.py" line="30" />
        <source>Close the case file and stop reading these scans?</source>
        <translation>Закрыть файл дела и остановить распознавание этих сканов?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/reading_guard.py" line="42" />
        <source>Make searchable is reading %Ln scan(s) of this case file or has them waiting. If their reading stops, nothing of them is stored; you can make them searchable again later.</source>
        <translation><numerusform>«Сделать доступным для поиска» распознаёт %Ln скан этого файла дела или держит его в очереди. Если распознавание остановится, ничего из него не сохранится; позже его можно распознать снова.</numerusform><numerusform>«Сделать доступным для поиска» распознаёт %Ln скана этого файла дела или держит их в очереди. Если распознавание остановится, ничего из них не сохранится; позже их можно распознать снова.</numerusform><numerusform>«Сделать доступным для поиска» распознаёт %Ln сканов этого файла дела или держит их в очереди. Если распознавание остановится, ничего из них не сохранится; позже их можно распознать снова.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reading_guard.py" line="48" />
        <source>Scans are being read</source>
        <translation>Идёт распознавание сканов</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/discard.py" line="14" />
        <source>Discard changes?</source>
        <translation>Отбросить изменения?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/discard.py" line="15" />
        <source>What you typed in “%1” has not been saved. Discard it?</source>
        <translation>Введённое в окне «%1» не сохранено. Отбросить его?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_dialog.py" line="211" />
        <source>%1: time</source>
        <translation>%1: время</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../caseapp/ui/views/record_table.py" line="147" />
        <source>Reading the case file…</source>
        <translation>Чтение файла дела…</translation>
    </message>
</context>
<context>
    <name>RecoverPassphraseDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="262" />
        <source>Recover a lost passphrase</source>
        <translation>Восстановление утерянной парольной фразы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="266" />
        <source>Type the words of %1 different shares of %2, one share in each box, then choose a new passphrase. The old passphrase stops working; the shares keep working until recovery is set up again.</source>
        <translation>Введите слова %1 разных долей файла %2, по одной доле в каждом поле, затем выберите новую парольную фразу. Старая парольная фраза перестанет действовать; доли будут действовать, пока восстановление не настроят заново.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="287" />
        <source>Share %1</source>
        <translation>Доля %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="297" />
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="307" />
        <source>Set the new passphrase</source>
        <translation>Задать новую парольную фразу</translation>
    </message>
</context>
<context>
    <name>RecoverySetupDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="89" />
        <source>Set up passphrase recovery</source>
        <translation>Настройка восстановления парольной фразы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="105" />
        <source>If the passphrase is lost, trusted colleagues can open the case file together: each gets one share (a list of 20 words, printed), and any chosen number of shares set a new passphrase. Fewer shares reveal nothing. Anyone who has that many shares and a copy of the case file can read it: choose people who will not act together against you, and keep the shares away from the computer.</source>
        <translation>Если парольная фраза утеряна, доверенные коллеги могут вместе открыть файл дела: каждый получает одну долю (распечатанный список из 20 слов), и любое выбранное число долей задаёт новую парольную фразу. Меньшее число долей ничего не раскрывает. Любой, у кого есть столько долей и копия файла дела, может его прочитать: выбирайте людей, которые не станут действовать вместе против вас, и храните доли вдали от компьютера.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="111" />
        <source>Recovery is set up already (%1 of %2 shares). New shares replace them: the old ones will no longer open this file.</source>
        <translation>Восстановление уже настроено (%1 из %2 долей). Новые доли заменят их: старые больше не будут открывать этот файл.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="127" />
        <source>Shares (one per colleague)</source>
        <translation>Доли (по одной на коллегу)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="128" />
        <source>Shares needed to open the file</source>
        <translation>Долей нужно, чтобы открыть файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="136" />
        <source>Make the shares</source>
        <translation>Создать доли</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="156" />
        <source>Show each colleague only their own share, or print them all and hand out the pages. CaseApp keeps no copy: once this window is closed the shares cannot be shown again (make new ones instead). Printing goes to a printer only; a PDF file would leave the shares on the disk unencrypted.</source>
        <translation>Показывайте каждому коллеге только его долю или распечатайте все и раздайте страницы. CaseApp не хранит копий: после закрытия этого окна доли нельзя показать снова (вместо этого создайте новые). Печать идёт только на принтер: PDF-файл оставил бы доли на диске незашифрованными.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="161" />
        <source>Previous share</source>
        <translation>Предыдущая доля</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="162" />
        <source>Next share</source>
        <translation>Следующая доля</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="163" />
        <source>Print all shares…</source>
        <translation>Напечатать все доли…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="164" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="212" />
        <source>Share %1 of %2: any %3 of the %2 open the case file.</source>
        <translation>Доля %1 из %2: любые %3 из %2 открывают файл дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="229" />
        <source>CaseApp passphrase recovery: share %1 of %2</source>
        <translation>Восстановление парольной фразы CaseApp: доля %1 из %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="231" />
        <source>Any %1 of the %2 shares together open the case file and set a new passphrase. Keep this page somewhere safe, away from the computer; do not copy, photograph or type it anywhere except into CaseApp when asked to recover the passphrase.</source>
        <translation>Любые %1 из %2 долей вместе открывают файл дела и задают новую парольную фразу. Храните эту страницу в надёжном месте, вдали от компьютера; не копируйте, не фотографируйте и не вводите её нигде, кроме CaseApp, когда нужно восстановить парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="248" />
        <source>Nothing was printed: printing to a file would leave the shares on the disk unencrypted. Choose a printer.</source>
        <translation>Ничего не напечатано: печать в файл оставила бы доли на диске незашифрованными. Выберите принтер.</translation>
    </message>
</context>
<context>
    <name>RefCombo</name>
    <message>
        <location filename="../../caseapp/ui/widgets/record_pickers.py" line="61" />
        <source>Type part of the name</source>
        <translation>Введите часть названия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/record_pickers.py" line="77" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="87" />
        <source>Show deadlines</source>
        <translation>Показать сроки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="90" />
        <source>Show hearings</source>
        <translation>Показать заседания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="93" />
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="95" />
        <source>Show the dashboard's list of what needs attention</source>
        <translation>Показать список «Требует внимания» на Обзоре</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="100" />
        <source>Hide until the next reminder</source>
        <translation>Скрыть до следующего напоминания</translation>
    </message>
</context>
<context>
    <name>RuleCalculator</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="49" />
        <source>the appellate decision</source>
        <translation>решение апелляционного суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="50" />
        <source>the arrest (the actual deprivation of liberty)</source>
        <translation>задержание (фактическое лишение свободы)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="51" />
        <source>the capture</source>
        <translation>пленение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="52" />
        <source>a document delivered by the Court</source>
        <translation>документ, направленный Судом</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="53" />
        <source>the detention motion received</source>
        <translation>получение ходатайства о заключении под стражу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="54" />
        <source>the detention order</source>
        <translation>постановление о заключении под стражу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="55" />
        <source>the expiry of the detention order</source>
        <translation>истечение срока постановления о заключении под стражу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="56" />
        <source>the communication of the application by the ECHR</source>
        <translation>коммуникация жалобы ЕСПЧ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="57" />
        <source>the Chamber judgment of the ECHR</source>
        <translation>постановление Палаты ЕСПЧ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="58" />
        <source>a document delivered through eComms</source>
        <translation>документ, доставленный через eComms</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="59" />
        <source>the final domestic decision</source>
        <translation>окончательное решение внутригосударственного суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="60" />
        <source>the transmission by the Human Rights Committee</source>
        <translation>препровождение Комитетом ООН по правам человека</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="61" />
        <source>the intervention</source>
        <translation>обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="62" />
        <source>the opening of the prisoner of war's trial</source>
        <translation>начало судебного процесса над военнопленным</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="63" />
        <source>the Rule 39 request</source>
        <translation>запрос об обеспечительной мере по правилу 39</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="64" />
        <source>a document delivered on the Rule 39 site</source>
        <translation>документ, доставленный на сайте правила 39</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="65" />
        <source>the verdict</source>
        <translation>приговор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="66" />
        <source>the last welfare contact</source>
        <translation>последний контакт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="67" />
        <source>the transmission by the Working Group on Arbitrary Detention</source>
        <translation>препровождение Рабочей группой ООН по произвольным задержаниям</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="96" />
        <source>Deadline calculator</source>
        <translation>Калькулятор сроков</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="110" />
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="115" />
        <source>Time of the trigger event</source>
        <translation>Время события-основания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="129" />
        <source>The deadline worked out</source>
        <translation>Рассчитанный срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="145" />
        <source>Add to this captive's deadlines</source>
        <translation>Добавить к срокам этого пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="139" />
        <source>Captive</source>
        <translation>Пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="154" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="155" />
        <source>Trigger</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="202" />
        <source>Trigger event: %1</source>
        <translation>Событие-основание: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="239" />
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="277" />
        <source>Add deadline from rule</source>
        <translation>Добавить срок по правилу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/rule_deadlines_command.py" line="34" />
        <source>the deadline “%1”</source>
        <translation>срок «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/rule_deadlines_command.py" line="36" />
        <source>the %n deadline(s) of the rule “%1”</source>
        <translation><numerusform>%n срок правила «%1»</numerusform><numerusform>%n срока правила «%1»</numerusform><numerusform>%n сроков правила «%1»</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/rule_deadlines_command.py" line="62" />
        <source>The rule gave no deadline.</source>
        <translation>Правило не дало ни одного срока.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="280" />
        <source>Deadline added from rule %1.</source>
        <translation>Срок добавлен по правилу %1.</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../caseapp/ui/widgets/save_target.py" line="20" />
        <source>CaseApp case files (*.db *.caseapp)</source>
        <translation>Файлы дел CaseApp (*.db *.caseapp)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/save_target.py" line="40" />
        <source>%1 is the open case file. Nothing was written: choose another file name.</source>
        <translation>%1 — открытый файл дела. Ничего не записано: выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/save_target.py" line="42" />
        <source>%1 is a file kept beside the case file %2. Nothing was written: choose another file name.</source>
        <translation>%1 — файл, который хранится рядом с файлом дела %2. Ничего не записано: выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/save_target.py" line="45" />
        <source>%1 is a copy kept of the case file %2. Nothing was written: choose another file name.</source>
        <translation>%1 — хранимая копия файла дела %2. Ничего не записано: выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/save_target.py" line="48" />
        <source>%1 is inside the backups folder %2. Nothing was written: choose another folder.</source>
        <translation>%1 находится в папке резервных копий %2. Ничего не записано: выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>ScanPages</name>
    <message>
        <location filename="../../caseapp/ui/views/scan_page_lines.py" line="22" />
        <source>Page %1 may not have been read: which way up it is could not be told; check it by eye.</source>
        <translation>Страница %1 могла не распознаться: не удалось определить, где у неё верх; проверьте её глазами.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/scan_page_lines.py" line="24" />
        <source>Pages %1 may not have been read: which way up they are could not be told; check them by eye.</source>
        <translation>Страницы %1 могли не распознаться: не удалось определить, где у них верх; проверьте их глазами.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/scan_page_lines.py" line="28" />
        <source>Page %1 was not checked for which way up it is (the time for it ran out) and was read as it is: if it is sideways or upside down, it was not read; check it by eye.</source>
        <translation>Страница %1 не проверена на то, где у неё верх (время на это истекло), и распознана как есть: если она лежит боком или вверх ногами, она не распознана; проверьте её глазами.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/scan_page_lines.py" line="32" />
        <source>Pages %1 were not checked for which way up they are (the time for it ran out) and were read as they are: any of them sideways or upside down was not read; check them by eye.</source>
        <translation>Страницы %1 не проверены на то, где у них верх (время на это истекло), и распознаны как есть: те из них, что лежат боком или вверх ногами, не распознаны; проверьте их глазами.</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="25" />
        <source>Security settings</source>
        <translation>Настройки безопасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="28" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="28" />
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="30" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="30" />
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="33" />
        <source>Locking closes the case file and clears the window; its passphrase is asked to continue. Only what CaseApp copied is removed from the clipboard. Backups are made on closing and once a day; the oldest beyond the number kept are deleted.</source>
        <translation>Блокировка закрывает файл дела и очищает окно; для продолжения запрашивается парольная фраза. Из буфера обмена удаляется только то, что скопировал CaseApp. Резервные копии создаются при закрытии и раз в день; самые старые сверх хранимого числа удаляются.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="38" />
        <source>Lock after being idle for</source>
        <translation>Блокировать после бездействия в течение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="39" />
        <source>Clear copied text from the clipboard after</source>
        <translation>Очищать скопированный текст из буфера обмена через</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="40" />
        <source>Automatic backups to keep</source>
        <translation>Хранить автоматических резервных копий</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/sheet_import_command.py" line="38" />
        <source>the %Ln captive(s) imported from %1</source>
        <translation><numerusform>%Ln пленный, импортированный из %1</numerusform><numerusform>%Ln пленных, импортированных из %1</numerusform><numerusform>%Ln пленных, импортированных из %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_command.py" line="41" />
        <source>Import of %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_command.py" line="58" />
        <location filename="../../caseapp/ui/dialogs/sheet_import_command.py" line="68" />
        <source>A captive of the import no longer exists.</source>
        <translation>Один из импортированных пленных больше не существует.</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="68" />
        <source>Import Spreadsheet — %1</source>
        <translation>Импорт таблицы — %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="82" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="83" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="86" />
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="88" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="52" />
        <source>Found from the headers</source>
        <translation>Определено по заголовкам</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="104" />
        <source>%1 (found; not certain: the file reads as %2 too)</source>
        <translation>%1 (определено, но не наверняка: файл читается и как %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="98" />
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="108" />
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="112" />
        <source>%1 (found)</source>
        <translation>%1 (определено)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="71" />
        <source>From the column headers</source>
        <translation>По заголовкам столбцов</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="74" />
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="75" />
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="76" />
        <source>&amp;Header row:</source>
        <translation>&amp;Строка заголовков:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="77" />
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="78" />
        <source>Names as read:</source>
        <translation>Имена в этой кодировке:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="79" />
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="80" />
        <source>&amp;Columns:</source>
        <translation>С&amp;толбцы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="100" />
        <source>Not found: choose one</source>
        <translation>Не определена: выберите</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="114" />
        <source>Found from the file</source>
        <translation>Определяется по файлу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="136" />
        <source>No names in the first rows.</source>
        <translation>В первых строках нет имён.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="134" />
        <source>Choose the field each column fills; columns left at “Not imported” are left out.</source>
        <translation>Выберите поле, которое заполняет каждый столбец; столбцы со значением «Не импортируется» пропускаются.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="138" />
        <source>Columns of the spreadsheet</source>
        <translation>Столбцы таблицы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="140" />
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="140" />
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="140" />
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="140" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="145" />
        <source>&amp;Save These Columns as a Mapping…</source>
        <translation>&amp;Сохранить это соответствие столбцов…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="179" />
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="184" />
        <source>Field for column %1</source>
        <translation>Поле для столбца %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="203" />
        <source>Save Mapping</source>
        <translation>Сохранить соответствие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="204" />
        <source>A name for these columns:</source>
        <translation>Название для этого соответствия столбцов:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="221" />
        <source>Saved as “%1”.</source>
        <translation>Сохранено как «%1».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="71" />
        <source>Rows of the spreadsheet, as they will be imported</source>
        <translation>Строки таблицы в том виде, в каком они будут импортированы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="72" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="72" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="74" />
        <source>Problems and likely duplicates</source>
        <translation>Ошибки и вероятные дубликаты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="101" />
        <source>&amp;Leave out the rows with errors and import the others</source>
        <translation>&amp;Пропустить строки с ошибками и импортировать остальные</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="140" />
        <source>Not imported: errors</source>
        <translation>Не импортируется: ошибки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="145" />
        <source>New captive</source>
        <translation>Новый пленный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="185" />
        <source>What to do with row %1</source>
        <translation>Что сделать со строкой %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="193" />
        <source>Merge into %1 (%2)</source>
        <translation>Объединить с записью: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="196" />
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="30" />
        <source>To read the file as %1, go back to the first step and choose it under Encoding.</source>
        <translation>Чтобы прочитать файл как %1, вернитесь к первому шагу и выберите эту кодировку в поле «Кодировка».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="42" />
        <source>Category “%1”: from the title row %2 “%3”</source>
        <translation>Категория «%1» взята из названия части списка в строке %2 «%3»</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="44" />
        <source>Status “%1”: from the title row %2 “%3”; the sheet gives no date of it</source>
        <translation>Статус «%1» взят из названия части списка в строке %2 «%3»; даты статуса в таблице нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="46" />
        <source>Status “%1”: from the title row %2 “%3”</source>
        <translation>Статус «%1» взят из названия части списка в строке %2 «%3»</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="67" />
        <source>%1 (read as %2)</source>
        <translation>%1 (прочитано как %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="78" />
        <source>From the title row %1 “%2”</source>
        <translation>Из названия части списка в строке %1 «%2»</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="86" />
        <source>Not a person: a total</source>
        <translation>Не человек: итог</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="88" />
        <source>Not a person? Read as a title</source>
        <translation>Не человек? Прочитано как название части</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="89" />
        <source>Not a person: a title</source>
        <translation>Не человек: название части</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="106" />
        <source>Like “%1” (%2; score %3: %4)</source>
        <translation>Похоже на «%1» (%2; совпадение %3: %4)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="50" />
        <source>Nothing to say about this row.</source>
        <translation>Замечаний по этой строке нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="40" />
        <source>Import Spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="41" />
        <source>Spreadsheets (*.csv *.xlsx *.xls *.ods *.tsv *.txt);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx *.xls *.ods *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="54" />
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="186" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="189" />
        <source>Merge into row %1 (%2)</source>
        <translation>Объединить со строкой %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="198" />
        <source>Skip this row</source>
        <translation>Пропустить эту строку</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="199" />
        <source>Create a new captive</source>
        <translation>Создать нового пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="96" />
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="102" />
        <source>row %1</source>
        <translation>строку %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="101" />
        <source>Like %1 “%2” (score %3: %4)</source>
        <translation>Похоже на %1 «%2» (совпадение %3: %4)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="248" />
        <source>Choose what to do with row %1 (and any other in yellow).</source>
        <translation>Выберите, что сделать со строкой %1 (и с другими строками, выделенными жёлтым).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="251" />
        <source>Some rows have errors: correct the spreadsheet, or leave those rows out.</source>
        <translation>В некоторых строках есть ошибки: исправьте таблицу или пропустите эти строки.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="260" />
        <source>1. The sheet</source>
        <translation>1. Лист</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="260" />
        <source>2. The columns</source>
        <translation>2. Столбцы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="261" />
        <source>3. The preview: nothing is written until you import</source>
        <translation>3. Предварительный просмотр: ничего не записывается до импорта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="17" />
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="18" />
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="19" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="20" />
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="21" />
        <source>Name kinds and languages</source>
        <translation>Виды и языки имён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="22" />
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="23" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="24" />
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="25" />
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="26" />
        <source>Date of capture</source>
        <translation>Дата пленения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="27" />
        <source>Place of capture</source>
        <translation>Место пленения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="28" />
        <source>Captured by</source>
        <translation>Кем пленён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="29" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="30" />
        <source>Status since</source>
        <translation>Статус с</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="31" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="32" />
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="33" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="34" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="66" />
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="66" />
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="67" />
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="67" />
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="68" />
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="13" />
        <source>These are not names: the text holds NUL and other control characters, as a UTF-16 file read in another encoding does. Choose another encoding.</source>
        <translation>Это не имена: в тексте есть символы NUL и другие управляющие символы — так выглядит файл в UTF-16, прочитанный в другой кодировке. Выберите другую кодировку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="16" />
        <source>These are not names: most letters are of scripts no list of names uses (such as Chinese), as a file read as UTF-16 when it is not. Choose another encoding.</source>
        <translation>Это не имена: большинство букв — из письменностей, которыми списки имён не пишут (например, китайские иероглифы); так выглядит файл, прочитанный как UTF-16, хотя он в другой кодировке. Выберите другую кодировку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="20" />
        <source>These names are garbled: the file is in UTF-8, read here in another encoding. Choose UTF-8.</source>
        <translation>Имена искажены: файл в кодировке UTF-8, а здесь прочитан в другой. Выберите UTF-8.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="23" />
        <source>These names are garbled: their words are accented Latin letters only, as a Russian or Armenian list read in Windows-1252 is. Choose another encoding.</source>
        <translation>Имена искажены: слова состоят только из латинских букв с диакритическими знаками — так выглядит русский или армянский список, прочитанный в Windows-1252. Выберите другую кодировку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="26" />
        <source>These names are garbled: small and capital letters are mixed inside the words as no name is written. Choose another encoding.</source>
        <translation>Имена искажены: строчные и прописные буквы перемешаны внутри слов так, как имена не пишут. Выберите другую кодировку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="29" />
        <source>These names are garbled: signs such as ¶ and · stand between their letters, as an Armenian list in ARMSCII-8 read in another encoding shows. Choose another encoding.</source>
        <translation>Имена искажены: между их буквами стоят знаки вроде ¶ и ·, как бывает, когда армянский список в ARMSCII-8 прочитан в другой кодировке. Выберите другую кодировку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="34" />
        <source>The names read in the encoding chosen look garbled:

%1

They would be imported as they are. Go on with them anyway?</source>
        <translation>Имена, прочитанные в выбранной кодировке, выглядят искажёнными:

%1

Они будут импортированы как есть. Всё равно продолжить?</translation>
    </message>
</context>
<context>
    <name>ShortHearingKind</name>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="176" />
        <source>Custody extension</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="177" />
        <source>Trial session</source>
        <translation>По существу</translation>
    </message>
</context>
<context>
    <name>ShortStatus</name>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="159" />
        <source>Held</source>
        <translation>Удерживается</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="160" />
        <source>Pre-trial</source>
        <translation>Под стражей до суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="161" />
        <source>On trial</source>
        <translation>Под судом</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="162" />
        <source>Not shown</source>
        <translation>Не показывается</translation>
    </message>
</context>
<context>
    <name>SidebarFolding</name>
    <message>
        <location filename="../../caseapp/ui/sidebar.py" line="92" />
        <source>&amp;Names of the Case File's Parts</source>
        <translation>&amp;Названия разделов файла дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/sidebar.py" line="95" />
        <source>Show each part of the case file by its name beside its icon, or by its icon alone: its name shows when the pointer rests on it</source>
        <translation>Показывать каждый раздел файла дела с названием рядом со значком или одним значком: название видно, когда на нём задерживается указатель</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="113" />
        <source>Since %1</source>
        <translation>С %1</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="31" />
        <source>%Ln missing</source>
        <translation><numerusform>%Ln пропал без вести</numerusform><numerusform>%Ln пропали без вести</numerusform><numerusform>%Ln пропали без вести</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="32" />
        <source>%Ln held, no charges known</source>
        <translation><numerusform>%Ln удерживается, обвинение неизвестно</numerusform><numerusform>%Ln удерживаются, обвинение неизвестно</numerusform><numerusform>%Ln удерживаются, обвинение неизвестно</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="33" />
        <source>%Ln in pre-trial detention</source>
        <translation><numerusform>%Ln в предварительном заключении</numerusform><numerusform>%Ln в предварительном заключении</numerusform><numerusform>%Ln в предварительном заключении</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="34" />
        <source>%Ln on trial</source>
        <translation><numerusform>%Ln под судом</numerusform><numerusform>%Ln под судом</numerusform><numerusform>%Ln под судом</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="35" />
        <source>%Ln convicted</source>
        <translation><numerusform>%Ln осуждён</numerusform><numerusform>%Ln осуждены</numerusform><numerusform>%Ln осуждены</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="36" />
        <source>%Ln released</source>
        <translation><numerusform>%Ln освобождён</numerusform><numerusform>%Ln освобождены</numerusform><numerusform>%Ln освобождены</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="37" />
        <source>%Ln repatriated</source>
        <translation><numerusform>%Ln репатриирован</numerusform><numerusform>%Ln репатриированы</numerusform><numerusform>%Ln репатриированы</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="38" />
        <source>%Ln deceased</source>
        <translation><numerusform>%Ln скончался</numerusform><numerusform>%Ln скончались</numerusform><numerusform>%Ln скончались</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="39" />
        <source>%Ln not shown at this level</source>
        <translation><numerusform>%Ln не показывается на этом уровне</numerusform><numerusform>%Ln не показываются на этом уровне</numerusform><numerusform>%Ln не показываются на этом уровне</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusOfAWoman</name>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="141" />
        <source>Missing</source>
        <translation>Пропала без вести</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="142" />
        <source>Convicted</source>
        <translation>Осуждена</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="143" />
        <source>Released</source>
        <translation>Освобождена</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="144" />
        <source>Repatriated</source>
        <translation>Репатриирована</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="145" />
        <source>Deceased</source>
        <translation>Скончалась</translation>
    </message>
</context>
<context>
    <name>StatusOffer</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="37" />
        <source>The criminal case opened on %1 suggests the status %2.</source>
        <translation>Уголовное дело, возбуждённое %1, предполагает статус «%2».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="39" />
        <source>The charges brought on %1 suggest the status %2.</source>
        <translation>Обвинения, предъявленные %1, предполагают статус «%2».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="41" />
        <source>The detention order of %1 suggests the status %2.</source>
        <translation>Постановление о заключении под стражу от %1 предполагает статус «%2».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="43" />
        <source>The detention hearing of %1 suggests the status %2.</source>
        <translation>Судебное заседание о мере пресечения от %1 предполагает статус «%2».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="45" />
        <source>The trial hearing of %1 suggests the status %2.</source>
        <translation>Судебное заседание по существу от %1 предполагает статус «%2».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="47" />
        <source>The verdict of %1 suggests the status %2.</source>
        <translation>Приговор от %1 предполагает статус «%2».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="49" />
        <source>The stay at %3 ended on %1 and no later place of detention is recorded: this suggests the status %2.</source>
        <translation>Содержание в %3 окончилось %1, и более позднее место содержания не записано: это предполагает статус «%2».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="55" />
        <source>The detention order of %1, in force until %3, suggests the status %2.</source>
        <translation>Постановление о заключении под стражу от %1, действующее до %3, предполагает статус «%2».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="86" />
        <source>Change status to %1</source>
        <translation>Изменить статус на «%1»</translation>
    </message>
</context>
<context>
    <name>StatusOfferBar</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="110" />
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="113" />
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="116" />
        <source>Keep the status as it is; this is not offered again while the file is open</source>
        <translation>Оставить статус без изменений; пока файл открыт, это больше не предлагается</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="142" />
        <source>Set the status to %1 from %2 and end the stay at %3 on that day (can be undone)</source>
        <translation>Установить статус «%1» с %2 и тем же днём отметить конец содержания (%3) (можно отменить)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="144" />
        <source>Set the status to %1 from %2 (can be undone)</source>
        <translation>Установить статус «%1» с %2 (можно отменить)</translation>
    </message>
</context>
<context>
    <name>StatusReportDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="310" />
        <source>Status report</source>
        <translation>Отчёт о положении</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="319" />
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="324" />
        <source>any tag</source>
        <translation>любая метка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="330" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="333" />
        <source>PDF (preview, print)</source>
        <translation>PDF (просмотр, печать)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="334" />
        <source>XLSX (spreadsheet)</source>
        <translation>XLSX (таблица)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="335" />
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="336" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="337" />
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="338" />
        <source>Upcoming hearings within</source>
        <translation>Предстоящие судебные заседания в пределах</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="339" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="343" />
        <source>A large case file takes a while (about 20 seconds for 10,000 captives); Cancel stops waiting.</source>
        <translation>Для большого файла дела это занимает время (около 20 секунд на 10 000 пленных); «Отмена» прекращает ожидание.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="350" />
        <source>Keep in the case file's documents</source>
        <translation>Сохранить в документах файла дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="351" />
        <source>Store this report, with its SHA-256, among the documents at the level it was generated at</source>
        <translation>Сохранить этот отчёт с его SHA-256 среди документов на том уровне, на котором он сформирован</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="353" />
        <source>Status report on all captives</source>
        <translation>Отчёт о положении всех пленных</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="388" />
        <source>%Ln captive(s) in the report.</source>
        <translation><numerusform>В отчёте %Ln пленный.</numerusform><numerusform>В отчёте %Ln пленных.</numerusform><numerusform>В отчёте %Ln пленных.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="390" />
        <source>The spreadsheet is ready (%1 KB). Save it to open it in a spreadsheet program.</source>
        <translation>Таблица готова (%1 КБ). Сохраните её, чтобы открыть в программе для работы с таблицами.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="74" />
        <source>At least %1 characters. Several unrelated words are easy to remember and hard to guess.</source>
        <translation>Не менее %1 символов. Несколько не связанных между собой слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="82" />
        <source>enough</source>
        <translation>достаточно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="82" />
        <source>not enough</source>
        <translation>недостаточно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="83" />
        <source>Strength: %1 (%2).</source>
        <translation>Надёжность: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../../caseapp/ui/support.py" line="22" />
        <location filename="../../caseapp/ui/support.py" line="29" />
        <source>Log folder</source>
        <translation>Папка журнала</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/support.py" line="23" />
        <source>The log folder %1 cannot be made: %2</source>
        <translation>Не удаётся создать папку журнала %1: %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/support.py" line="30" />
        <source>CaseApp's log is in %1. It says which commands ran and where errors happened, never anything of your case files; attach it to a support request.</source>
        <translation>Журнал CaseApp находится в %1. В нём указано, какие команды выполнялись и где возникали ошибки, но нет никаких сведений из ваших файлов дел; приложите его к обращению в поддержку.</translation>
    </message>
</context>
<context>
    <name>TeamConnect</name>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="98" />
        <source>Connect to team server</source>
        <translation>Подключение к серверу команды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="109" />
        <source>Keep the password in this computer's keyring</source>
        <translation>Хранить пароль в связке ключей этого компьютера</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="120" />
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="121" />
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="122" />
        <source>Case file (database):</source>
        <translation>Файл дела (база данных):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="123" />
        <source>Your login:</source>
        <translation>Ваш логин:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="124" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="128" />
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="215" />
        <source>Cannot connect to the team server</source>
        <translation>Не удаётся подключиться к серверу команды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="175" />
        <source>Password not kept</source>
        <translation>Пароль не сохранён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="176" />
        <source>This computer has no keyring to keep the password in: you will be asked for it next time.</source>
        <translation>На этом компьютере нет связки ключей для хранения пароля: в следующий раз его спросят снова.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="187" />
        <source>Two-factor sign-in</source>
        <translation>Двухфакторный вход</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="188" />
        <source>The server requires a second factor of %1: type the 6-digit code of the authenticator app, or one of the recovery codes.</source>
        <translation>Сервер требует второй фактор для %1: введите 6-значный код из приложения-аутентификатора или один из резервных кодов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="225" />
        <source>No case file in this database</source>
        <translation>В этой базе данных нет файла дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="226" />
        <source>The database %1 on the server holds no case file. If you mistyped its name, cancel and check it. Create an empty case file there?</source>
        <translation>В базе данных %1 на сервере нет файла дела. Если вы ошиблись в её имени, отмените и проверьте его. Создать там пустой файл дела?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="230" />
        <source>Create Case File</source>
        <translation>Создать файл дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="252" />
        <source>%1 (owner: sees everything)</source>
        <translation>%1 (владелец: видит всё)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="254" />
        <source>%1 (clearance: internal)</source>
        <translation>%1 (допуск: внутренний)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="255" />
        <source>%1 (clearance: shareable; adds and edits at shareable or public)</source>
        <translation>%1 (допуск: для передачи; добавляет и изменяет на уровне «для передачи» или «публичный»)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="257" />
        <source>%1 (clearance: public; adds and edits at public)</source>
        <translation>%1 (допуск: публичный; добавляет и изменяет на уровне «публичный»)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="281" />
        <source>Needs internal clearance: %1 has clearance %2, which adds and edits records at or below it, but not this.</source>
        <translation>Нужен внутренний допуск: у логина %1 допуск «%2», с ним можно добавлять и изменять записи этого уровня и ниже, но не это.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/clearance_words.py" line="16" />
        <source>internal</source>
        <translation>внутренний</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/clearance_words.py" line="17" />
        <source>shareable</source>
        <translation>для передачи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/clearance_words.py" line="18" />
        <source>public</source>
        <translation>публичный</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="42" />
        <source>Letter Templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="45" />
        <source>Your own Word templates are kept in %1. Each is checked when you add it: one that cannot be used is not added, and you are told why.</source>
        <translation>Ваши собственные шаблоны Word хранятся в папке %1. Каждый проверяется при добавлении: шаблон, которым нельзя пользоваться, не добавляется, и вам говорят почему.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="53" />
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="53" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="54" />
        <source>Whose</source>
        <translation>Чей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="54" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="69" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="72" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="75" />
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="77" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="96" />
        <source>Comes with CaseApp</source>
        <translation>Входит в CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="96" />
        <source>Yours</source>
        <translation>Ваш</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="125" />
        <source>Add a letter template</source>
        <translation>Добавить шаблон письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="127" />
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="139" />
        <source>Replace template</source>
        <translation>Заменить шаблон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="140" />
        <source>You already have a template “%1”. Replace it with %2? The one you have now is deleted.</source>
        <translation>У вас уже есть шаблон «%1». Заменить его файлом %2? Нынешний будет удалён.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="145" />
        <source>Your template “%1” was kept as it was.</source>
        <translation>Ваш шаблон «%1» оставлен как был.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="152" />
        <source>Added the template “%1”: choose it in Reports › Letter….</source>
        <translation>Шаблон «%1» добавлен: выберите его в меню Отчёты › Письмо….</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="161" />
        <source>Remove template</source>
        <translation>Удалить шаблон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="162" />
        <source>Remove your template “%1”? The file %2 is deleted.</source>
        <translation>Удалить ваш шаблон «%1»? Файл %2 будет удалён.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="174" />
        <source>Removed the template “%1”.</source>
        <translation>Шаблон «%1» удалён.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="180" />
        <source>The folder %1 cannot be made here: check where it should be and that you may write there.</source>
        <translation>Папку %1 нельзя создать здесь: проверьте, где она должна быть и можете ли вы туда записывать.</translation>
    </message>
</context>
<context>
    <name>TravelCopy</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="55" />
        <source>CaseApp — %1 — TRAVEL COPY (its mark is damaged)</source>
        <translation>CaseApp — %1 — ДОРОЖНАЯ КОПИЯ (её отметка повреждена)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="59" />
        <source>public</source>
        <translation>публичный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="61" />
        <source>shareable</source>
        <translation>для передачи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="62" />
        <source>CaseApp — %1 — TRAVEL COPY (%2 level)</source>
        <translation>CaseApp — %1 — ДОРОЖНАЯ КОПИЯ (уровень: %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="75" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="268" />
        <source>Travel copy merged</source>
        <translation>Дорожная копия объединена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/travel.py" line="271" />
        <source>%Ln conflict(s) were not applied: the case file's version was kept. Make these changes by hand if they are right.</source>
        <translation><numerusform>%Ln конфликт не применён: сохранена версия файла дела. Внесите эти изменения вручную, если они верны.</numerusform><numerusform>%Ln конфликта не применены: сохранена версия файла дела. Внесите эти изменения вручную, если они верны.</numerusform><numerusform>%Ln конфликтов не применены: сохранена версия файла дела. Внесите эти изменения вручную, если они верны.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="274" />
        <source>The travel copy's changes were applied. A day changed here too was settled on the earlier of the two: see the lines below.</source>
        <translation>Изменения дорожной копии применены. Дата, изменённая и здесь, определена по более ранней из двух: см. строки ниже.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="277" />
        <source>Every change of the travel copy was applied.</source>
        <translation>Все изменения дорожной копии применены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="292" />
        <location filename="../../caseapp/ui/dialogs/travel.py" line="305" />
        <location filename="../../caseapp/ui/dialogs/travel.py" line="319" />
        <location filename="../../caseapp/ui/travel_actions.py" line="147" />
        <location filename="../../caseapp/ui/travel_actions.py" line="155" />
        <source>Destroy Travel Copy</source>
        <translation>Уничтожить дорожную копию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="293" />
        <source>%1 and its backups will be overwritten and deleted. This cannot be undone.</source>
        <translation>%1 и его резервные копии будут перезаписаны и удалены. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="306" />
        <source>%1

Destroy %2 anyway? What it holds cannot be read, nor merged back.</source>
        <translation>%1

Всё равно уничтожить %2? Её содержимое нельзя ни прочитать, ни объединить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="320" />
        <source>%1

Destroy %2 anyway? What was added or changed in it and not merged back will be lost.</source>
        <translation>%1

Всё равно уничтожить %2? Добавленное или изменённое в ней и не объединённое будет потеряно.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="53" />
        <location filename="../../caseapp/ui/travel_actions.py" line="58" />
        <source>Travel Copy</source>
        <translation>Дорожная копия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="54" />
        <source>Choose where to write the travel copy.</source>
        <translation>Выберите, куда записать дорожную копию.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="59" />
        <source>Tick at least one captive.</source>
        <translation>Отметьте хотя бы одного пленного.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="64" />
        <source>Travel copy written to %1. Merge it back when you return, then destroy it.</source>
        <translation>Дорожная копия записана в %1. По возвращении объедините её, затем уничтожьте.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="78" />
        <source>The records added or changed in the travel copy are brought into this case file. A record changed here too since the copy was made is a conflict: it is listed and not applied.</source>
        <translation>Записи, добавленные или изменённые в дорожной копии, переносятся в этот файл дела. Запись, изменённая и здесь после создания копии, — конфликт: она указывается и не применяется.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="82" />
        <source>Merge Travel Copy</source>
        <translation>Объединить дорожную копию</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/travel_actions.py" line="103" />
        <source>Added: %Ln record(s).</source>
        <translation><numerusform>Добавлено: %Ln запись.</numerusform><numerusform>Добавлено: %Ln записи.</numerusform><numerusform>Добавлено: %Ln записей.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/travel_actions.py" line="104" />
        <source>Changed: %Ln record(s).</source>
        <translation><numerusform>Изменено: %Ln запись.</numerusform><numerusform>Изменено: %Ln записи.</numerusform><numerusform>Изменено: %Ln записей.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/travel_actions.py" line="126" />
        <source>%n captive(s) added from the travel copy may be recorded here already (the same person entered on both sides?). Nothing was merged: review them in Captive → Likely Duplicates… and merge each person recorded twice.</source>
        <translation><numerusform>%n пленный, добавленный из дорожной копии, возможно, уже записан здесь (тот же человек внесён с обеих сторон?). Ничего не объединено: проверьте их в меню Пленный → Вероятные дубликаты… и объедините каждого человека, записанного дважды.</numerusform><numerusform>%n пленных, добавленных из дорожной копии, возможно, уже записаны здесь (те же люди внесены с обеих сторон?). Ничего не объединено: проверьте их в меню Пленный → Вероятные дубликаты… и объедините каждого человека, записанного дважды.</numerusform><numerusform>%n пленных, добавленных из дорожной копии, возможно, уже записаны здесь (те же люди внесены с обеих сторон?). Ничего не объединено: проверьте их в меню Пленный → Вероятные дубликаты… и объедините каждого человека, записанного дважды.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/travel_actions.py" line="186" />
        <source>Travel copy destroyed: %Ln file(s) overwritten and deleted.</source>
        <translation><numerusform>Дорожная копия уничтожена: %Ln файл перезаписан и удалён.</numerusform><numerusform>Дорожная копия уничтожена: %Ln файла перезаписаны и удалены.</numerusform><numerusform>Дорожная копия уничтожена: %Ln файлов перезаписаны и удалены.</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="235" />
        <source>%1

Write the report from this backup anyway?</source>
        <translation>%1

Всё равно записать отчёт по этой резервной копии?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="107" />
        <source>Deleted in the travel copy, kept here: %1</source>
        <translation>Удалено в дорожной копии, сохранено здесь: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="144" />
        <source>The travel copy is overwritten and deleted, with its backups on this computer. Merge it back first: a copy with changes not merged back is not destroyed.</source>
        <translation>Дорожная копия перезаписывается и удаляется вместе с её резервными копиями на этом компьютере. Сначала объедините её: копия с необъединёнными изменениями не уничтожается.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="156" />
        <source>This is the open case file, not a travel copy.</source>
        <translation>Это открытый файл дела, а не дорожная копия.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="204" />
        <source>Choose where to save the report.</source>
        <translation>Выберите, куда сохранить отчёт.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="227" />
        <source>Exposure report saved to %1.</source>
        <translation>Отчёт о рисках после изъятия сохранён в %1.</translation>
    </message>
</context>
<context>
    <name>TravelCopyDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="89" />
        <location filename="../../caseapp/ui/dialogs/travel.py" line="146" />
        <source>Travel Copy</source>
        <translation>Дорожная копия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="92" />
        <source>A new case file with only what is at or below the level, for the captives ticked, encrypted with a passphrase of its own. Internal records, notes and the audit log stay at home.</source>
        <translation>Новый файл дела только с данными этого уровня и ниже, для отмеченных пленных, зашифрованный собственной парольной фразой. Внутренние записи, заметки и журнал аудита остаются дома.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="98" />
        <source>Public</source>
        <translation>Публичный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="99" />
        <source>Shareable</source>
        <translation>Для передачи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="112" />
        <source>Level:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="113" />
        <source>Captives:</source>
        <translation>Пленные:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="115" />
        <source>New file:</source>
        <translation>Новый файл:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="116" />
        <source>Its passphrase:</source>
        <translation>Его парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="117" />
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="140" />
        <source>Captives at this level or below who consented to publicity: %1 of %2.</source>
        <translation>Пленные этого уровня и ниже, давшие согласие на огласку: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="142" />
        <source>Captives at this level or below: %1 of %2.</source>
        <translation>Пленные этого уровня и ниже: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="148" />
        <source>Case files (*.db)</source>
        <translation>Файлы дел (*.db)</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <location filename="../../caseapp/ui/unexpected_errors.py" line="50" />
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unexpected_errors.py" line="44" />
        <source>CaseApp could not finish what you asked: an error it did not expect. What was saved before is kept; if you were saving a change, check that it is there. %1 opens the support log, which says where it happened (never anything of the case file): send it with a support request.</source>
        <translation>CaseApp не удалось выполнить то, что вы просили: произошла непредвиденная ошибка. Сохранённое раньше не потеряно; если вы сохраняли изменение, проверьте, что оно на месте. Команда «%1» открывает журнал поддержки, где сказано, где произошла ошибка (и ничего из файла дела): отправьте его с запросом в поддержку.</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <location filename="../../caseapp/ui/value_text.py" line="23" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/value_text.py" line="24" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/value_text.py" line="40" />
        <source>Art. %1</source>
        <translation>ст. %1</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../caseapp/ui/views/base.py" line="64" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
</context>
<context>
    <name>ViewsCommon</name>
    <message>
        <location filename="../../caseapp/ui/captive_names.py" line="138" />
        <source>Double-click or press Enter to open the captive's file</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть карточку пленного</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="44" />
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="51" />
        <location filename="../../caseapp/ui/views/formatters.py" line="63" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="53" />
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="65" />
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/formats.py" line="222" />
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/formats.py" line="223" />
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/formats.py" line="223" />
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/formats.py" line="224" />
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/formatters.py" line="56" />
        <source>%Ln day(s) ago</source>
        <translation><numerusform>%Ln день назад</numerusform><numerusform>%Ln дня назад</numerusform><numerusform>%Ln дней назад</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/formatters.py" line="68" />
        <source>in %Ln day(s)</source>
        <translation><numerusform>через %Ln день</numerusform><numerusform>через %Ln дня</numerusform><numerusform>через %Ln дней</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="74" />
        <source>Hearing of %1, %2</source>
        <translation>Судебное заседание %1, %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="75" />
        <source>Hearing of %1</source>
        <translation>Судебное заседание %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="80" />
        <source>Intervention “%1” of %2</source>
        <translation>Обращение «%1» от %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="86" />
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="87" />
        <source>Criminal case</source>
        <translation>Уголовное дело</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="22" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="24" />
        <source>Case files of captives and detainees held abroad.</source>
        <translation>Дела пленных и задержанных, содержащихся за рубежом.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="26" />
        <source>Create a case file…</source>
        <translation>Создать файл дела…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="27" />
        <source>Open a case file…</source>
        <translation>Открыть файл дела…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="28" />
        <source>Connect to your team's server…</source>
        <translation>Подключиться к серверу вашей команды…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="30" />
        <source>Opens the case file your team keeps on its server, with the address and the login the team's owner gave you</source>
        <translation>Открывает файл дела, который ваша команда хранит на своём сервере, по адресу и логину, полученным от владельца команды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="32" />
        <source>Open the demo case file (fictional people)</source>
        <translation>Открыть демонстрационный файл дела (вымышленные лица)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="41" />
        <source>Recent case files</source>
        <translation>Недавние файлы дел</translation>
    </message>
</context>
<context>
    <name>WipeCountdown</name>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="131" />
        <source>Emergency wipe</source>
        <translation>Экстренное стирание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="138" />
        <source>Cancel the wipe</source>
        <translation>Отменить стирание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="156" />
        <source>%1 and its side files will be overwritten and deleted in %2 s. Press Esc or Cancel to keep them.</source>
        <translation>%1 и сопутствующие файлы будут перезаписаны и удалены через %2 с. Нажмите Esc или «Отменить», чтобы их сохранить.</translation>
    </message>
</context>
<context>
    <name>WipeText</name>
    <message>
        <location filename="../../caseapp/ui/wipe_text.py" line="22" />
        <source>Not deleted, delete by hand: %1.</source>
        <translation>Не удалено, удалите вручную: %1.</translation>
    </message>
</context>
<context>
    <name>WrappedName</name>
    <message>
        <location filename="../../caseapp/ui/widgets/wrapped_name.py" line="164" />
        <source>Copy the name</source>
        <translation>Копировать имя</translation>
    </message>
</context>
</TS>