<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hy">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="37" />
        <source>About CaseApp</source>
        <translation>CaseApp-ի մասին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="42" />
        <source>CaseApp %1</source>
        <translation>CaseApp %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="48" />
        <source>Case files of captives and detainees held abroad.</source>
        <translation>Արտերկրում պահվող գերիների և կալանավորվածների գործեր։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="51" />
        <source>CaseApp is free software under the GNU General Public License, version 3 or (at your option) any later version (%1). You may run it for any purpose, study and change it, and give copies to others, changed or not, as long as you pass on the same freedoms and the source code with them. It comes with no warranty. The licence's full text is the file LICENSE of the source code and %2.</source>
        <translation>CaseApp-ը ազատ ծրագիր է՝ GNU General Public License-ի 3-րդ կամ (ձեր ընտրությամբ) ցանկացած հաջորդ տարբերակի ներքո (%1)։ Կարող եք այն գործարկել ցանկացած նպատակով, ուսումնասիրել ու փոխել, տալ դրա պատճենները ուրիշներին՝ փոփոխված թե ոչ, եթե նրանց եք փոխանցում նույն ազատությունները և սկզբնական կոդը։ Այն տրամադրվում է առանց որևէ երաշխիքի։ Արտոնագրի ամբողջական տեքստը սկզբնական կոդի LICENSE ֆայլն է և %2։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="58" />
        <source>Qt %1 and PySide6 %2 are used under the GNU Lesser General Public License, version 3 (LGPL-3.0), as shared libraries that CaseApp loads when it starts. They are in %3. You may replace them with your own build of the same versions, with the same file names; their source code is at %4 and %5.</source>
        <translation>Qt (%1 տարբերակ) և PySide6 (%2 տարբերակ) գրադարանները օգտագործվում են GNU Lesser General Public License-ի 3-րդ տարբերակի (LGPL-3.0) ներքո՝ որպես ընդհանուր գրադարաններ, որոնք CaseApp-ը բեռնում է գործարկվելիս։ Դրանք գտնվում են %3 թղթապանակում։ Կարող եք դրանք փոխարինել նույն տարբերակների ձեր սեփական կառուցմամբ՝ նույն ֆայլերի անուններով. դրանց սկզբնական կոդը գտնվում է այս հասցեներում՝ %4 և %5։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/about.py" line="65" />
        <source>&amp;Third-party notices:</source>
        <translation>&amp;Երրորդ կողմերի ծանուցումներ՝</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="33" />
        <source>Dashboard</source>
        <translation>Վահանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="34" />
        <source>Deadlines</source>
        <translation>Ժամկետներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="35" />
        <source>Captives</source>
        <translation>Գերիներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="36" />
        <source>Hearings</source>
        <translation>Դատական նիստեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="37" />
        <source>Contacts &amp;&amp; organisations</source>
        <translation>Կոնտակտներ և կազմակերպություններ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="38" />
        <source>Advocacy log</source>
        <translation>Շահերի պաշտպանության մատյան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="39" />
        <source>Documents</source>
        <translation>Փաստաթղթեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="55" />
        <source>&amp;New Case File…</source>
        <translation>&amp;Նոր գործի ֆայլ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="56" />
        <source>Create a new, empty case file</source>
        <translation>Ստեղծել նոր, դատարկ գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="57" />
        <source>&amp;Open Case File…</source>
        <translation>&amp;Բացել գործի ֆայլ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="58" />
        <source>Open another case file</source>
        <translation>Բացել այլ գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="59" />
        <source>Connect to &amp;Team Server…</source>
        <translation>Միանալ &amp;թիմի սերվերին…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="60" />
        <source>Open a case file on a team server under your own login</source>
        <translation>Բացել գործի ֆայլ թիմի սերվերում՝ ձեր մուտքանունով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="61" />
        <source>Open &amp;Demo Case File</source>
        <translation>Բացել &amp;ցուցադրական գործի ֆայլը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="62" />
        <source>Open the demo case file: fictional captives to try CaseApp on</source>
        <translation>Բացել ցուցադրական գործի ֆայլը. հորինված գերիներ՝ CaseApp-ը փորձելու համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="63" />
        <source>&amp;Close Case File</source>
        <translation>&amp;Փակել գործի ֆայլը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="64" />
        <source>Close the case file (backed up first) and go back to the welcome page</source>
        <translation>Փակել գործի ֆայլը (նախապես պահուստավորելով) և վերադառնալ ողջույնի էջ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="66" />
        <source>&amp;Import JSON…</source>
        <translation>Ներմուծել &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="67" />
        <source>Add the records of a CaseApp JSON export to this case file</source>
        <translation>Ավելացնել CaseApp-ի JSON արտահանման գրառումները այս գործի ֆայլին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="69" />
        <source>Bring in captives from a CSV, XLSX or ODS spreadsheet, row by row</source>
        <translation>Ներմուծել գերիներին CSV, XLSX կամ ODS աղյուսակից՝ տող առ տող</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="72" />
        <source>Write the captives list to an XLSX or CSV file that Import Spreadsheet reads back</source>
        <translation>Գրել գերիների ցանկը XLSX կամ CSV ֆայլում, որը «Ներմուծել աղյուսակ» հրամանը հետ է կարդում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="74" />
        <source>&amp;Export JSON…</source>
        <translation>Արտահանել J&amp;SON…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="75" />
        <source>Write the whole case file to a JSON file</source>
        <translation>Գրել ամբողջ գործի ֆայլը JSON ֆայլում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="78" />
        <source>Close the case file and clear the window until its passphrase is typed again</source>
        <translation>Փակել գործի ֆայլը և մաքրել պատուհանը, մինչև գաղտնաբառը կրկին մուտքագրվի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="82" />
        <source>Emergenc&amp;y Lock</source>
        <translation>Ա&amp;րտակարգ կողպում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="83" />
        <source>Lock at once and empty the clipboard (and wipe the case file after a countdown, if turned on)</source>
        <translation>Անմիջապես կողպել և դատարկել սեղմատախտակը (և, եթե միացված է, հետհաշվարկից հետո ջնջել գործի ֆայլը)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="85" />
        <source>Change &amp;Passphrase…</source>
        <translation>Փոխել &amp;գաղտնաբառը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="86" />
        <source>Change the case file's passphrase, or encrypt an unencrypted case file</source>
        <translation>Փոխել գործի ֆայլի գաղտնաբառը կամ գաղտնագրել չգաղտնագրված գործի ֆայլը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="88" />
        <source>Split a recovery key into shares for trusted colleagues, printed</source>
        <translation>Բաժանել վերականգնման բանալին բաժինների՝ վստահելի գործընկերների համար, տպված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="90" />
        <source>Set a new passphrase for a case file with enough colleagues' shares</source>
        <translation>Նոր գաղտնաբառ սահմանել գործի ֆայլի համար՝ գործընկերների բավարար թվով բաժիններով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="91" />
        <source>&amp;Backups…</source>
        <translation>&amp;Պահուստային պատճեններ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="92" />
        <source>See, verify, make and restore backups of the case file</source>
        <translation>Դիտել, ստուգել, ստեղծել և վերականգնել գործի ֆայլի պահուստային պատճենները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="93" />
        <source>Security &amp;Settings…</source>
        <translation>Անվ&amp;տանգության կարգավորումներ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="94" />
        <source>Auto-lock, clipboard clearing and how many backups to keep</source>
        <translation>Ինքնակողպում, սեղմատախտակի մաքրում և քանի պահուստային պատճեն պահել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="95" />
        <source>&amp;Language…</source>
        <translation>&amp;Լեզու…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="96" />
        <source>The language of the interface: Armenian, Russian or English</source>
        <translation>Ինտերֆեյսի լեզուն՝ հայերեն, ռուսերեն կամ անգլերեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="97" />
        <source>Emergency Settin&amp;gs…</source>
        <translation>Արտակարգ կարգավ&amp;որումներ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="98" />
        <source>The emergency wipe: off, after a panic, after wrong passphrases</source>
        <translation>Արտակարգ ջնջում. անջատված, խուճապի կոճակից հետո, սխալ գաղտնաբառերից հետո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="101" />
        <source>Write a new encrypted case file with only what is at a lower level, to cross a border with</source>
        <translation>Ստեղծել նոր գաղտնագրված գործի ֆայլ միայն ավելի ցածր մակարդակի տվյալներով՝ սահմանն անցնելու համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="103" />
        <source>&amp;Merge Travel Copy…</source>
        <translation>&amp;Միավորել ճամփորդական պատճենը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="104" />
        <source>Bring the changes made in a travel copy into this case file</source>
        <translation>Ճամփորդական պատճենում արված փոփոխությունները բերել այս գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="68" />
        <source>Import Spreads&amp;heet…</source>
        <translation>Ներմուծել &amp;աղյուսակ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="71" />
        <source>E&amp;xport Captives List…</source>
        <translation>Արտա&amp;հանել գերիների ցանկը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="77" />
        <source>Loc&amp;k</source>
        <translation>Կո&amp;ղպել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="87" />
        <source>Set &amp;Up Passphrase Recovery…</source>
        <translation>&amp;Կարգավորել գաղտնաբառի վերականգնումը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="89" />
        <source>Recover &amp;a Lost Passphrase…</source>
        <translation>Վերականգնել կորա&amp;ծ գաղտնաբառը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="100" />
        <source>Tra&amp;vel Copy…</source>
        <translation>&amp;Ճամփորդական պատճեն…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="106" />
        <source>Destroy Travel Copy…</source>
        <translation>Ոչնչացնել ճամփորդական պատճենը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="107" />
        <source>Overwrite and delete a travel copy</source>
        <translation>Վերագրել և ջնջել ճամփորդական պատճենը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="108" />
        <source>&amp;Quit</source>
        <translation>&amp;Ելք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="109" />
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="110" />
        <source>Undo the last edit</source>
        <translation>Հետարկել վերջին խմբագրումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="111" />
        <source>&amp;Redo</source>
        <translation>&amp;Վերակատարել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="112" />
        <source>Do again what was last undone</source>
        <translation>Կրկին կատարել վերջին հետարկվածը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="114" />
        <source>&amp;Find…</source>
        <translation>&amp;Գտնել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="115" />
        <source>Search captives by any spelling, in any script</source>
        <translation>Որոնել գերիներին ցանկացած գրությամբ, ցանկացած գրով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="117" />
        <source>New &amp;Captive…</source>
        <translation>Նոր &amp;գերի…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="118" />
        <source>Add a captive to the case file</source>
        <translation>Ավելացնել գերի գործի ֆայլում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="121" />
        <source>&amp;Open Captive</source>
        <translation>&amp;Բացել գերու գործը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="122" />
        <source>Open the selected captive's file (Enter)</source>
        <translation>Բացել ընտրված գերու գործը (Enter)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="123" />
        <source>&amp;Delete Captive…</source>
        <translation>&amp;Ջնջել գերուն…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="124" />
        <source>Delete the selected captive and everything recorded about them</source>
        <translation>Ջնջել ընտրված գերուն և նրա մասին գրանցված ամեն ինչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="126" />
        <source>&amp;Merge Captives…</source>
        <translation>&amp;Միավորել գերիներին…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="127" />
        <source>Merge two selected captives recorded twice into one</source>
        <translation>Միավորել երկու անգամ գրանցված երկու ընտրված գերիներին մեկի մեջ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="128" />
        <source>Likely D&amp;uplicates…</source>
        <translation>Հավանական &amp;կրկնօրինակներ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="129" />
        <source>List the captives likely recorded twice, to merge them</source>
        <translation>Ցուցակել երկու անգամ գրանցված հավանական գերիներին՝ նրանց միավորելու համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="130" />
        <source>&amp;Back</source>
        <translation>&amp;Հետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="131" />
        <source>Go back to the view or captive's file shown before</source>
        <translation>Վերադառնալ նախկինում ցուցադրված տեսքին կամ գերու գործին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="132" />
        <source>&amp;Forward</source>
        <translation>&amp;Առաջ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="133" />
        <source>Go forward again after going back</source>
        <translation>Կրկին առաջ գնալ հետ գնալուց հետո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="135" />
        <source>&amp;Refresh</source>
        <translation>&amp;Թարմացնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="136" />
        <source>Read the case file again</source>
        <translation>Կրկին կարդալ գործի ֆայլը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="138" />
        <source>&amp;Export Calendar (.ics)…</source>
        <translation>&amp;Արտահանել օրացույց (.ics)…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="139" />
        <source>Write open deadlines and coming hearings to a calendar file</source>
        <translation>Գրել բաց ժամկետները և առաջիկա դատական նիստերը օրացույցի ֆայլում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="140" />
        <source>Deadline &amp;Calculator…</source>
        <translation>Ժամկետների &amp;հաշվիչ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="141" />
        <source>Compute any rule's deadline with the steps taken</source>
        <translation>Հաշվարկել ցանկացած կանոնի ժամկետը՝ կատարված քայլերով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="142" />
        <source>&amp;Daily Log…</source>
        <translation>&amp;Օրական մատյան…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="143" />
        <source>Print what happened to the deadlines on a day (PDF, internal)</source>
        <translation>Տպել, թե ինչ է տեղի ունեցել ժամկետների հետ տվյալ օրը (PDF, ներքին)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="144" />
        <source>Deadline &amp;Settings…</source>
        <translation>Ժամկետների &amp;կարգավորումներ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="145" />
        <source>Jurisdiction, warning periods and the statutory maximum</source>
        <translation>Իրավազորություն, նախազգուշացման ժամկետներ և օրենքով սահմանված առավելագույնը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="146" />
        <source>&amp;Dossier…</source>
        <translation>&amp;Դոսյե…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="147" />
        <source>Print a captive's dossier at a sensitivity level</source>
        <translation>Տպել գերու դոսյեն որոշակի գաղտնիության մակարդակով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="148" />
        <source>&amp;Status Report…</source>
        <translation>&amp;Կարգավիճակի զեկույց…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="149" />
        <source>Report on all captives, as PDF or spreadsheet</source>
        <translation>Զեկույց բոլոր գերիների մասին՝ PDF կամ աղյուսակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="150" />
        <source>&amp;Letter…</source>
        <translation>&amp;Նամակ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="151" />
        <source>Write a letter from a Word template</source>
        <translation>Գրել նամակ Word ձևանմուշից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="152" />
        <source>&amp;Filing with the ECHR and the UN…</source>
        <translation>Դի&amp;մումներ ՄԻԵԴ և ՄԱԿ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="153" />
        <source>ECHR application and Rule 39 packs, UN submissions for the open captive</source>
        <translation>Բաց գերու ՄԻԵԴ գանգատի և 39-րդ կանոնի փաթեթները, ՄԱԿ-ին ուղղված դիմումները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="155" />
        <source>Seizure &amp;Exposure Report…</source>
        <translation>Առգրավման &amp;ռիսկերի հաշվետվություն…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="156" />
        <source>After a device was seized: what it held and what to revoke (PDF)</source>
        <translation>Սարքի առգրավումից հետո. ինչ էր այն պարունակում և ինչ չեղարկել (PDF)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="157" />
        <source>Letter &amp;Templates…</source>
        <translation>Նամակի &amp;ձևանմուշներ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="158" />
        <source>Add or remove your own Word templates for letters</source>
        <translation>Ավելացնել կամ հեռացնել նամակների ձեր սեփական Word ձևանմուշները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="159" />
        <source>La&amp;wyer's Details…</source>
        <translation>Փաստաբանի &amp;տվյալներ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="160" />
        <source>Who signs letters and authors dossiers</source>
        <translation>Ով է ստորագրում նամակները և կազմում դոսյեները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="161" />
        <source>Open &amp;Log Folder</source>
        <translation>Բացել &amp;մատյանների թղթապանակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="162" />
        <source>CaseApp's support log: what ran and where errors happened, never case data</source>
        <translation>CaseApp-ի աջակցության մատյան. ինչ է աշխատել և որտեղ են սխալներ եղել, երբեք գործի տվյալներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="164" />
        <source>CaseApp &amp;Guide</source>
        <translation>CaseApp-ի &amp;ուղեցույց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="166" />
        <source>First steps, levels, deadlines, backups, travel, filings and the team server</source>
        <translation>Առաջին քայլեր, մակարդակներ, ժամկետներ, պահուստային պատճեններ, ճամփորդություն, դիմումներ և թիմի սերվեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="179" />
        <source>In any other list: open the selected row, as a double-click does</source>
        <translation>Այլ ցանկում՝ բացել ընտրված տողը, ինչպես կրկնակի սեղմումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="180" />
        <source>In a list: delete the selected record (asks first)</source>
        <translation>Ցանկում՝ ջնջել ընտրված գրառումը (նախապես հարցնում է)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="169" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="170" />
        <source>Every keyboard shortcut of CaseApp</source>
        <translation>CaseApp-ի բոլոր ստեղնաշարային դյուրանցումները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="171" />
        <source>&amp;About CaseApp</source>
        <translation>&amp;CaseApp-ի մասին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="177" />
        <source>In a search box: move into its results</source>
        <translation>Որոնման դաշտում՝ անցնել դրա արդյունքներին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="178" />
        <source>In the captives list: open the selected captive's file</source>
        <translation>Գերիների ցանկում՝ բացել ընտրված գերու գործը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="181" />
        <source>In the captives list: copy the selected row (taken off the clipboard again)</source>
        <translation>Գերիների ցանկում՝ պատճենել ընտրված տողը (այն կրկին հանվում է սեղմատախտակից)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="183" />
        <source>In a date field: open the calendar</source>
        <translation>Ամսաթվի դաշտում՝ բացել օրացույցը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="184" />
        <source>In the help: go from link to link (Enter follows the link)</source>
        <translation>Օգնության մեջ՝ անցնել հղումից հղում (Enter ստեղնը բացում է հղումը)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="188" />
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="188" />
        <source>&amp;Edit</source>
        <translation>&amp;Խմբագրել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="189" />
        <source>&amp;View</source>
        <translation>&amp;Տեսք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="190" />
        <source>&amp;Captive</source>
        <translation>&amp;Գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="192" />
        <source>&amp;Help</source>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="192" />
        <source>&amp;Reports</source>
        <translation>&amp;Զեկույցներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="191" />
        <source>&amp;Deadlines</source>
        <translation>&amp;Ժամկետներ</translation>
    </message>
</context>
<context>
    <name>AdvocacyView</name>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="147" />
        <source>Filter by subject, addressee, captive, request or response…</source>
        <translation>Զտել ըստ թեմայի, հասցեատիրոջ, գերու, խնդրանքի կամ պատասխանի…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="153" />
        <source>Filter by status</source>
        <translation>Զտել ըստ կարգավիճակի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="154" />
        <source>All statuses</source>
        <translation>Բոլոր կարգավիճակները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="155" />
        <source>Not closed</source>
        <translation>Չփակված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="156" />
        <source>Follow-up overdue</source>
        <translation>Հետևումը ժամկետանց է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="172" />
        <source>Advocacy log</source>
        <translation>Շահերի պաշտպանության մատյան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="179" />
        <source>Add…</source>
        <translation>Ավելացնել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="180" />
        <source>Record a new intervention</source>
        <translation>Գրանցել նոր միջամտություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="181" />
        <source>Edit…</source>
        <translation>Խմբագրել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="182" />
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="184" />
        <source>Open captive…</source>
        <translation>Բացել գերու գործը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="186" />
        <source>Open the file of a captive this intervention concerns</source>
        <translation>Բացել այն գերու գործը, որին վերաբերում է այս միջամտությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="196" />
        <source>Request and response</source>
        <translation>Խնդրանք և պատասխան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="198" />
        <source>Captives concerned (double-click to open)</source>
        <translation>Առնչվող գերիներ (կրկնակի սեղմեք՝ բացելու համար)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="242" />
        <source>No intervention matches the search and the status chosen.</source>
        <translation>Ոչ մի միջամտություն չի համապատասխանում որոնմանը և ընտրված կարգավիճակին։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="243" />
        <source>Show all interventions</source>
        <translation>Ցույց տալ բոլոր միջամտությունները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="247" />
        <source>Record an intervention…</source>
        <translation>Գրանցել միջամտություն…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="329" />
        <source>Select an intervention to read its request and response.</source>
        <translation>Ընտրեք միջամտություն՝ դրա խնդրանքը և պատասխանը կարդալու համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="333" />
        <source>(no subject)</source>
        <translation>(առանց թեմայի)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="333" />
        <source>none recorded</source>
        <translation>գրանցված չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="391" />
        <source>no addressee</source>
        <translation>հասցեատեր չկա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="395" />
        <source>follow up on %1</source>
        <translation>հետևում՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="396" />
        <source> (overdue)</source>
        <translation> (ժամկետանց)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="91" />
        <location filename="../../caseapp/ui/views/advocacy.py" line="336" />
        <source>Request</source>
        <translation>Խնդրանք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="84" />
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="85" />
        <source>Organisation</source>
        <translation>Կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="86" />
        <source>Left empty, it is taken from the person's organisation</source>
        <translation>Դատարկ թողնելու դեպքում վերցվում է անձի կազմակերպությունից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="87" />
        <source>Person</source>
        <translation>Անձ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="89" />
        <source>Channel</source>
        <translation>Միջոց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="90" />
        <source>Subject</source>
        <translation>Թեմա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="92" />
        <location filename="../../caseapp/ui/views/advocacy.py" line="336" />
        <source>Response</source>
        <translation>Պատասխան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="93" />
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="94" />
        <source>Follow up on</source>
        <translation>Հետևել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="95" />
        <source>Captives concerned</source>
        <translation>Առնչվող գերիներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="126" />
        <source>Edit intervention</source>
        <translation>Խմբագրել միջամտությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="127" />
        <source>Add intervention</source>
        <translation>Ավելացնել միջամտություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="129" />
        <source>intervention</source>
        <translation>միջամտություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="244" />
        <source>No interventions are recorded yet. Record each letter, meeting, call or filing, and when to follow it up: CaseApp reminds you on that day and once it is overdue.</source>
        <translation>Դեռ ոչ մի միջամտություն գրանցված չէ։ Գրանցեք յուրաքանչյուր նամակ, հանդիպում, զանգ կամ դիմում և երբ հետևել դրան. CaseApp-ը կհիշեցնի այդ օրը և երբ հետևումը ժամկետանց լինի։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/advocacy.py" line="311" />
        <source>%Ln intervention(s)</source>
        <translation><numerusform>%Ln միջամտություն</numerusform><numerusform>%Ln միջամտություն</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/advocacy.py" line="313" />
        <source>%Ln follow-up(s) overdue</source>
        <translation><numerusform>%Ln ժամկետանց հետևում</numerusform><numerusform>%Ln ժամկետանց հետևում</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="374" />
        <source>Intervention saved.</source>
        <translation>Միջամտությունը պահպանվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="381" />
        <source>Delete the intervention of %1 “%2”? Documents linked to it stay in the case file.</source>
        <translation>Ջնջե՞լ %1-ի «%2» միջամտությունը։ Դրան կապված փաստաթղթերը մնում են գործի ֆայլում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="385" />
        <source>Delete intervention</source>
        <translation>Ջնջել միջամտությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="386" />
        <source>Deleted the intervention “%1”.</source>
        <translation>«%1» միջամտությունը ջնջվեց։</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="176" />
        <source>yes</source>
        <translation>այո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="176" />
        <source>no</source>
        <translation>ոչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="224" />
        <source>Moved: %1</source>
        <translation>Տեղափոխվել է՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="226" />
        <source>Taken from the other record: %1</source>
        <translation>Վերցվել է մյուս գրառումից՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="229" />
        <source>Kept as aliases: %1</source>
        <translation>Պահվել են որպես այլ գրելաձև՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="232" />
        <source>Kept as recorded: %1</source>
        <translation>Պահվել են ինչպես գրանցված էին՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="235" />
        <source>Held by both records, kept once: %1</source>
        <translation>Երկու գրառումներում էլ կար, պահվել է մեկ անգամ՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="299" />
        <source>as the record</source>
        <translation>ինչպես գրառումը</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="58" />
        <source>Daily backup made and verified.</source>
        <translation>Օրական պահուստային պատճենը ստեղծվեց և ստուգվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="62" />
        <source>The daily backup failed: %1</source>
        <translation>Օրական պահուստավորումը ձախողվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="74" />
        <source>Backing up the case file…</source>
        <translation>Գործի ֆայլը պահուստավորվում է…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="90" />
        <source>Backup</source>
        <translation>Պահուստավորում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="91" />
        <source>The backup on closing failed: %1
The case file itself is unchanged; earlier backups are kept.</source>
        <translation>Փակելիս պահուստավորումը ձախողվեց՝ %1
Գործի ֆայլն ինքնին չի փոխվել. նախորդ պահուստային պատճենները պահպանված են։</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="58" />
        <source>No photo on file</source>
        <translation>Լուսանկար չկա</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../caseapp/ui/backup_banner.py" line="19" />
        <source>Backups…</source>
        <translation>Պահուստային պատճեններ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_banner.py" line="22" />
        <source>Hide</source>
        <translation>Թաքցնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_banner.py" line="24" />
        <source>Hides this until the next backup fails</source>
        <translation>Թաքցնում է սա, մինչև հաջորդ պահուստավորումը ձախողվի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_banner.py" line="31" />
        <source>The daily backup failed: %1. The case file itself is unchanged and earlier backups are kept. CaseApp tries again every hour; Backups… makes one now.</source>
        <translation>Օրական պահուստավորումը ձախողվեց՝ %1։ Գործի ֆայլն ինքը չի փոխվել, և նախորդ պահուստային պատճենները պահպանված են։ CaseApp-ը նորից կփորձի ամեն ժամ․ «Պահուստային պատճեններ…» կոճակը պատճեն է ստեղծում հենց հիմա։</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="75" />
        <source>Restore the backup into a new case file</source>
        <translation>Վերականգնել պահուստային պատճենը նոր գործի ֆայլում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="82" />
        <source>Replace the file?</source>
        <translation>Փոխարինե՞լ ֆայլը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="83" />
        <source>%1 exists already. Replace it with the backup? Everything in it is lost.</source>
        <translation>%1 ֆայլն արդեն գոյություն ունի։ Փոխարինե՞լ այն պահուստային պատճենով։ Դրանում եղած ամեն ինչ կկորչի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="103" />
        <source>Passphrase of the backup (the case file's passphrase when it was made):</source>
        <translation>Պահուստային պատճենի գաղտնաբառը (գործի ֆայլի գաղտնաբառը դրա ստեղծման պահին)՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="104" />
        <location filename="../../caseapp/ui/dialogs/backups.py" line="144" />
        <location filename="../../caseapp/ui/dialogs/backups.py" line="158" />
        <source>Restore</source>
        <translation>Վերականգնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="149" />
        <source>A backup of another case file</source>
        <translation>Մեկ այլ գործի ֆայլի պահուստային պատճեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="150" />
        <source>%1

Restore it anyway?</source>
        <translation>%1

Այնուամենայնիվ վերականգնե՞լ այն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="161" />
        <source>The backup does not open with this passphrase (or it is damaged).</source>
        <translation>Պահուստային պատճենը չի բացվում այս գաղտնաբառով (կամ վնասված է)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="173" />
        <source>%1

If you are sure the passphrase is right, the file may be damaged. Restore its latest verified backup into a new case file? The file itself is left as it is.</source>
        <translation>%1

Եթե վստահ եք, որ գաղտնաբառը ճիշտ է, ֆայլը կարող է վնասված լինել։ Վերականգնե՞լ դրա վերջին ստուգված պահուստային պատճենը նոր գործի ֆայլում։ Ֆայլն ինքնին մնում է անփոփոխ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="177" />
        <source>%1

Restore the latest verified backup into a new case file? The damaged file is left as it is.</source>
        <translation>%1

Վերականգնե՞լ վերջին ստուգված պահուստային պատճենը նոր գործի ֆայլում։ Վնասված ֆայլը մնում է անփոփոխ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="179" />
        <source>Cannot open the case file</source>
        <translation>Հնարավոր չէ բացել գործի ֆայլը</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="52" />
        <source>made by hand</source>
        <translation>ձեռքով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="53" />
        <location filename="../../caseapp/ui/dialogs/backups.py" line="54" />
        <source>daily</source>
        <translation>ամենօրյա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="55" />
        <source>on closing</source>
        <translation>փակելիս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="56" />
        <source>passphrase changed</source>
        <translation>գաղտնաբառը փոխվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="191" />
        <source>Made</source>
        <translation>Ստեղծվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="191" />
        <source>Why</source>
        <translation>Ինչու</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="192" />
        <source>Size</source>
        <translation>Չափ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="192" />
        <source>Encrypted</source>
        <translation>Գաղտնագրված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="193" />
        <source>Verified</source>
        <translation>Ստուգված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="199" />
        <source>Backups</source>
        <translation>Պահուստային պատճեններ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="210" />
        <source>CaseApp backs the case file up when you close it and once a day while it is open, and checks every backup after writing it. Backups are encrypted with the passphrase the case file had when they were made.</source>
        <translation>CaseApp-ը գործի ֆայլի պահուստային պատճենն ստեղծում է այն փակելիս և բաց լինելու ընթացքում՝ օրը մեկ անգամ, և ստուգում է յուրաքանչյուր պատճեն գրվելուց հետո։ Պատճենները գաղտնագրված են այն գաղտնաբառով, որն ուներ գործի ֆայլը դրանց ստեղծման պահին։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="213" />
        <source>CaseApp backs the case file up when you close it and once a day while it is open, and checks every backup after writing it. This case file is not encrypted, so neither are its backups.</source>
        <translation>CaseApp-ը գործի ֆայլի պահուստային պատճենն ստեղծում է այն փակելիս և բաց լինելու ընթացքում՝ օրը մեկ անգամ, և ստուգում է յուրաքանչյուր պատճեն գրվելուց հետո։ Այս գործի ֆայլը գաղտնագրված չէ, ուստի գաղտնագրված չեն նաև դրա պատճենները։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="217" />
        <source>Folder: %1</source>
        <translation>Թղթապանակ՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="225" />
        <source>Backups of this case file</source>
        <translation>Այս գործի ֆայլի պահուստային պատճենները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="239" />
        <source>Back up now</source>
        <translation>Պահուստավորել հիմա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="242" />
        <source>Verify</source>
        <translation>Ստուգել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="244" />
        <source>Open the backup with the passphrase and check every page</source>
        <translation>Բացել պահուստային պատճենը գաղտնաբառով և ստուգել յուրաքանչյուր էջ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="246" />
        <source>Restore into a new file…</source>
        <translation>Վերականգնել նոր ֆայլում…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="274" />
        <source>yes</source>
        <translation>այո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="274" />
        <source>no</source>
        <translation>ոչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="278" />
        <source>damaged: do not restore</source>
        <translation>վնասված է. մի՛ վերականգնեք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="279" />
        <source>not verified</source>
        <translation>ստուգված չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="289" />
        <source>No backups yet: use “Back up now”.</source>
        <translation>Պահուստային պատճեններ դեռ չկան. օգտագործեք «Պահուստավորել հիմա»։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="314" />
        <source>Backing up and verifying…</source>
        <translation>Պահուստավորում և ստուգում…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="318" />
        <source>Backed up and verified: %1 (%2).</source>
        <translation>Պահուստավորվեց և ստուգվեց՝ %1 (%2)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="328" />
        <source>Verifying %1…</source>
        <translation>%1 ֆայլի ստուգում…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="332" />
        <source>%1 is intact: it opens with the passphrase and every page passes the check.</source>
        <translation>%1 ֆայլն անվնաս է. այն բացվում է գաղտնաբառով, և յուրաքանչյուր էջ անցնում է ստուգումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="339" />
        <source>%1 failed the check: %2</source>
        <translation>%1 ֆայլը չանցավ ստուգումը՝ %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="356" />
        <source>Restored into %1.</source>
        <translation>Վերականգնվեց %1 ֆայլում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="360" />
        <source>Restored</source>
        <translation>Վերականգնված է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="361" />
        <source>The backup was restored into %1. Open it now? The case file open now is closed (it is not changed).</source>
        <translation>Պահուստային պատճենը վերականգնվեց %1 ֆայլում։ Բացե՞լ այն հիմա։ Այժմ բաց գործի ֆայլը կփակվի (այն չի փոխվում)։</translation>
    </message>
</context>
<context>
    <name>CaptiveDialogs</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="171" />
        <source>Not shown at this level: it can be changed only where the whole case file is read.</source>
        <translation>Չի ցուցադրվում այս մակարդակում. այն կարելի է փոխել միայն այնտեղ, որտեղ ամբողջ գործի ֆայլը հասանելի է։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="173" />
        <source>not shown at this level</source>
        <translation>չի ցուցադրվում այս մակարդակում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="191" />
        <source>computed from the start and the term</source>
        <translation>հաշվարկված է սկզբից և ժամկետից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="200" />
        <source>computed: %1</source>
        <translation>հաշվարկված՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="201" />
        <source>give the term or the expiry</source>
        <translation>նշեք ժամկետը կամ լրանալու ամսաթիվը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="250" />
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="251" />
        <source>Delete %1? This cannot be undone.</source>
        <translation>Ջնջե՞լ «%1» գրառումը։ Սա հնարավոր չէ հետարկել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="247" />
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="259" />
        <source>Cannot delete</source>
        <translation>Հնարավոր չէ ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="269" />
        <source>Name in the native script</source>
        <translation>Անունը մայրենի գրով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="271" />
        <source>As written at home, e.g. in Armenian</source>
        <translation>Ինչպես գրվում է հայրենիքում, օր.՝ հայերեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="272" />
        <source>Language of that name</source>
        <translation>Այդ անվան լեզուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="273" />
        <source>Latin spelling</source>
        <translation>Լատինատառ գրություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="274" />
        <source>As in the passport, if known</source>
        <translation>Ինչպես անձնագրում, եթե հայտնի է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="275" />
        <source>Cyrillic spelling</source>
        <translation>Կիրիլատառ գրություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="276" />
        <source>As Russian-language sources write it</source>
        <translation>Ինչպես գրում են ռուսալեզու աղբյուրները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="277" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="26" />
        <source>Sex</source>
        <translation>Սեռ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="278" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="27" />
        <source>Date of birth</source>
        <translation>Ծննդյան ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="279" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="28" />
        <source>Place of birth</source>
        <translation>Ծննդավայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="280" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="29" />
        <source>Citizenship</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="281" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="30" />
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="282" />
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="64" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="295" />
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="283" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="31" />
        <source>Captured on</source>
        <translation>Գերեվարման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="284" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="32" />
        <source>Place of capture</source>
        <translation>Գերեվարման վայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="285" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="33" />
        <source>Capturing authority</source>
        <translation>Գերեվարող մարմին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="288" />
        <source>New captive</source>
        <translation>Նոր գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="292" />
        <source>Not saved: the captive may be recorded already.</source>
        <translation>Չի պահպանվել. գերին հնարավոր է արդեն գրանցված է։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="61" />
        <source>The stay gets this day as its departure; Undo puts back the status and the open stay</source>
        <translation>Այս օրը գրանցվում է որպես պահման ավարտ. հետարկումը վերադարձնում է և՛ կարգավիճակը, և՛ բաց պահումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="110" />
        <source>Also end the stay at %1 on %2</source>
        <translation>Նաև նշել պահման ավարտը (%1)՝ %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="115" />
        <source>The stay at %1 began on %2, after %3: it is left open.</source>
        <translation>Պահումը (%1) սկսվել է %2-ին՝ %3-ից հետո. այն թողնվում է բաց։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/custody_end_text.py" line="33" />
        <source>Custody ends: %Ln open deadline(s) of the detention orders due after %1 (the first on %2) will be closed in the same step; Undo reopens.</source>
        <translation><numerusform>Կալանքն ավարտվում է. կալանավորման մասին որոշումների %Ln բաց ժամկետը, որոնք լրանում են %1-ից հետո (առաջինը՝ %2), կփակվեն նույն քայլով. հետարկումը կվերաբացի դրանք։</numerusform><numerusform>Կալանքն ավարտվում է. կալանավորման մասին որոշումների %Ln բաց ժամկետը, որոնք լրանում են %1-ից հետո (առաջինը՝ %2), կփակվեն նույն քայլով. հետարկումը կվերաբացի դրանք։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/custody_end_text.py" line="40" />
        <source>%Ln deadline(s) of the detention orders after %1 dated by hand will stay open (the first on %2): dismiss in Deadlines what custody's end makes moot.</source>
        <translation><numerusform>Կալանավորման մասին որոշումների %Ln ձեռքով ամսաթվված ժամկետ %1-ից հետո կմնա բաց (առաջինը՝ %2). «Ժամկետներ» բաժնում չեղարկեք այն, ինչ կալանքի ավարտով այլևս իմաստ չունի։</numerusform><numerusform>Կալանավորման մասին որոշումների %Ln ձեռքով ամսաթվված ժամկետ %1-ից հետո կմնան բաց (առաջինը՝ %2). «Ժամկետներ» բաժնում չեղարկեք այն, ինչ կալանքի ավարտով այլևս իմաստ չունի։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/custody_end_text.py" line="49" />
        <source>%Ln hearing(s) on detention still to come (from %1 on) will no longer be shown as the next hearing; nothing recorded is changed.</source>
        <translation><numerusform>Կալանքի վերաբերյալ %Ln առաջիկա նիստը (%1-ից սկսած) այլևս չի ցուցադրվի որպես հաջորդ նիստ. գրանցված ոչինչ չի փոխվում։</numerusform><numerusform>Կալանքի վերաբերյալ %Ln առաջիկա նիստ (%1-ից սկսած) այլևս չի ցուցադրվի որպես հաջորդ նիստ. գրանցված ոչինչ չի փոխվում։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="130" />
        <source>This change is dated before the current status, %1 since %2: it goes into the history by its date, and the current status stays %1.</source>
        <translation>Այս փոփոխությունն ավելի վաղ ամսաթիվ ունի, քան ընթացիկ կարգավիճակը՝ «%1» (սկսած՝ %2). այն կգրանցվի պատմության մեջ իր ամսաթվով, իսկ ընթացիկ կարգավիճակը կմնա «%1»։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="135" />
        <source>%1 is dated the same day: of two changes on one day, the one recorded later, this one, becomes the current status.</source>
        <translation>«%1» կարգավիճակը նույն օրվա ամսաթիվն ունի. նույն օրվա երկու փոփոխություններից ընթացիկ է դառնում ավելի ուշ գրանցվածը՝ այս մեկը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="154" />
        <source>New status</source>
        <translation>Նոր կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="155" />
        <source>Since</source>
        <translation>Սկսած</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="156" />
        <source>The day the status changed (empty: today)</source>
        <translation>Կարգավիճակի փոփոխության օրը (դատարկ՝ այսօր)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="157" />
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="158" />
        <source>What happened, and the source</source>
        <translation>Ինչ է տեղի ունեցել, և աղբյուրը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="160" />
        <source>Who may see this status change and its note in a dossier or report: a change with a note starts internal, which keeps the note to your team</source>
        <translation>Ով կարող է տեսնել կարգավիճակի այս փոփոխությունը և դրա նշումը դոսյեում կամ զեկույցում. նշումով փոփոխությունը սկզբում ներքին է, և նշումը մնում է ձեր թիմի համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="164" />
        <source>Change status</source>
        <translation>Փոխել կարգավիճակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="377" />
        <source>Choose a photo</source>
        <translation>Ընտրել լուսանկար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="379" />
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Պատկերներ (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="388" />
        <source>Photo</source>
        <translation>Լուսանկար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_choices.py" line="16" />
        <source>Case without number (%1)</source>
        <translation>Առանց համարի գործ (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/kind_declaration.py" line="66" />
        <location filename="../../caseapp/ui/dialogs/status_dialog.py" line="159" />
        <source>Sensitivity</source>
        <translation>Գաղտնիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_choices.py" line="45" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/kind_declaration.py" line="67" />
        <source>Who may see this record when a dossier is printed</source>
        <translation>Ով կարող է տեսնել այս գրառումը դոսյեն տպելիս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="50" />
        <source>Add name</source>
        <translation>Ավելացնել անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="51" />
        <source>Edit name</source>
        <translation>Խմբագրել անունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="53" />
        <source>Name as written</source>
        <translation>Անունը, ինչպես գրված է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="54" />
        <source>In any script; the script is recognised from the letters</source>
        <translation>Ցանկացած գրով. գիրը ճանաչվում է տառերից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="55" />
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="50" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="56" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="103" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="218" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="258" />
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="57" />
        <source>Primary name</source>
        <translation>Հիմնական անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="58" />
        <source>The name shown first everywhere</source>
        <translation>Ամենուր առաջինը ցուցադրվող անունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="66" />
        <source>Add identity document</source>
        <translation>Ավելացնել անձը հաստատող փաստաթուղթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="67" />
        <source>Edit identity document</source>
        <translation>Խմբագրել անձը հաստատող փաստաթուղթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="84" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="69" />
        <source>Document</source>
        <translation>Փաստաթուղթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="70" />
        <source>Passport, national ID card, military ID, birth certificate…</source>
        <translation>Անձնագիր, նույնականացման քարտ, զինվորական գրքույկ, ծննդյան վկայական…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="72" />
        <source>Number</source>
        <translation>Համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="73" />
        <source>Issued by</source>
        <translation>Տրված է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="74" />
        <source>Issued on</source>
        <translation>Տրման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="75" />
        <source>Valid until</source>
        <translation>Վավեր է մինչև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="83" />
        <source>Add place of detention</source>
        <translation>Ավելացնել պահման վայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="84" />
        <source>Edit place of detention</source>
        <translation>Խմբագրել պահման վայրը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="86" />
        <source>Facility</source>
        <translation>Հաստատություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="87" />
        <source>Address for letters</source>
        <translation>Հասցե նամակների համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="88" />
        <source>From</source>
        <translation>Սկսած</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="89" />
        <source>Until</source>
        <translation>Մինչև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="90" />
        <source>Leave empty while the captive is still held there</source>
        <translation>Թողեք դատարկ, քանի դեռ գերին պահվում է այնտեղ</translation>
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
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="99" />
        <source>Add welfare contact</source>
        <translation>Ավելացնել կապ գերու հետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="100" />
        <source>Edit welfare contact</source>
        <translation>Խմբագրել կապը գերու հետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="102" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="286" />
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="104" />
        <source>Confirmed (proof of life)</source>
        <translation>Հաստատված (ողջ լինելու հաստատում)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="105" />
        <source>Only confirmed contacts count for the days since the last contact</source>
        <translation>Վերջին կապից անցած օրերը հաշվելիս հաշվի են առնվում միայն հաստատված կապերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="107" />
        <source>Independent proof of life</source>
        <translation>Ողջ լինելու անկախ հաստատում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="109" />
        <source>Empty: as the kind says (ICRC, consular and lawyer visits are independent; calls, letters and videos published by the detaining side are not)</source>
        <translation>Դատարկ՝ ըստ տեսակի (ԿԽՄԿ-ի, հյուպատոսական և փաստաբանի այցերն անկախ են, իսկ զանգերը, նամակները և պահող կողմի հրապարակած տեսանյութերը՝ ոչ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="112" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="315" />
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="56" />
        <source>Communicated to the Government on</source>
        <translation>Կառավարությանը կոմունիկացվելու օրը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="57" />
        <source>The day in the letter of the Court, the Working Group or the Committee: the Government's time limit runs from it</source>
        <translation>Դատարանի, Աշխատանքային խմբի կամ Կոմիտեի նամակում նշված օրը. Կառավարության ժամկետը հաշվվում է այդ օրվանից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="59" />
        <source>Chamber judgment delivered on</source>
        <translation>Պալատի վճռի օրը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="60" />
        <source>ECHR only, the date on the Chamber judgment: the three months to request referral to the Grand Chamber run from it. Leave it empty for a Grand Chamber or Committee judgment, final at once</source>
        <translation>Միայն ՄԻԵԴ-ի համար՝ Պալատի վճռի վրա նշված օրը. դրանից է հաշվվում գործը Մեծ պալատ փոխանցելու խնդրանքի եռամսյա ժամկետը։ Մեծ պալատի կամ Կոմիտեի վճռի դեպքում թողեք դատարկ. այդ վճիռներն անմիջապես վերջնական են</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="76" />
        <source>Add delivery from the Court</source>
        <translation>Ավելացնել Դատարանից ստացված փաստաթուղթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="77" />
        <source>Edit delivery from the Court</source>
        <translation>Խմբագրել Դատարանից ստացված փաստաթուղթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="79" />
        <source>Appeared in the account on</source>
        <translation>Հաշվում հայտնվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="81" />
        <source>The Court counts a document as delivered on the day it appears in your account: its time limits run from then</source>
        <translation>Դատարանը փաստաթուղթը համարում է հանձնված այն օրը, երբ այն հայտնվում է Ձեր հաշվում. ժամկետները հաշվվում են այդ օրվանից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="83" />
        <source>Portal</source>
        <translation>Պորտալ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="85" />
        <source>Application number</source>
        <translation>Գանգատի համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="86" />
        <source>International proceeding</source>
        <translation>Միջազգային վարույթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="88" />
        <source>The application or request it was delivered in: it is kept at that proceeding's level at least</source>
        <translation>Գանգատը կամ խնդրանքը, որի շրջանակում այն առաքվել է. այն պահվում է առնվազն այդ վարույթի գաղտնիության մակարդակով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="90" />
        <source>Time limit in the letter (weeks)</source>
        <translation>Նամակում նշված ժամկետ (շաբաթ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="91" />
        <source>0: none, or a date: enter it as a deadline</source>
        <translation>0՝ չկա, կամ ամսաթիվ է՝ մուտքագրեք այն որպես ժամկետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="92" />
        <source>Downloaded on</source>
        <translation>Ներբեռնվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="93" />
        <source>Downloaded copy</source>
        <translation>Ներբեռնված պատճենը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="95" />
        <source>The document of the case file that holds the copy downloaded from the portal</source>
        <translation>Գործի ֆայլի փաստաթուղթը, որը պարունակում է պորտալից ներբեռնված պատճենը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="128" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="129" />
        <source>Facts for filings</source>
        <translation>Փաստեր դիմումների համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="131" />
        <source>The detaining state confirmed the detention</source>
        <translation>Պահող պետությունը հաստատել է կալանքը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="133" />
        <source>Confirmed on</source>
        <translation>Հաստատվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="134" />
        <source>Source of the confirmation</source>
        <translation>Հաստատման աղբյուրը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="135" />
        <source>Special risk: health</source>
        <translation>Հատուկ վտանգ՝ առողջություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="136" />
        <source>Special risk: disability</source>
        <translation>Հատուկ վտանգ՝ հաշմանդամություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="137" />
        <source>Special risk: hunger strike</source>
        <translation>Հատուկ վտանգ՝ հացադուլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="138" />
        <source>About the risk</source>
        <translation>Վտանգի մասին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="139" />
        <source>Kind of release</source>
        <translation>Ազատման տեսակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="143" />
        <source>facts for filings</source>
        <translation>փաստեր դիմումների համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="149" />
        <source>Add prosecution</source>
        <translation>Ավելացնել քրեական գործ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="150" />
        <source>Edit prosecution</source>
        <translation>Խմբագրել քրեական գործը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="152" />
        <source>Case number</source>
        <translation>Գործի համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="153" />
        <source>Investigating body</source>
        <translation>Քննչական մարմին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="154" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="259" />
        <source>Court</source>
        <translation>Դատարան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="155" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="260" />
        <source>Judge</source>
        <translation>Դատավոր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="156" />
        <source>Prosecutor</source>
        <translation>Դատախազ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="157" />
        <source>Defence counsel</source>
        <translation>Պաշտպան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="158" />
        <source>Counsel</source>
        <translation>Պաշտպանի կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="159" />
        <source>Language of proceedings</source>
        <translation>Վարույթի լեզու</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="160" />
        <source>Case opened on</source>
        <translation>Գործը հարուցվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="164" />
        <source>this prosecution</source>
        <translation>այս քրեական գործը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="170" />
        <source>Add charge</source>
        <translation>Ավելացնել մեղադրանք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="171" />
        <source>Edit charge</source>
        <translation>Խմբագրել մեղադրանքը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="173" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="219" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="261" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="318" />
        <source>Case</source>
        <translation>Գործ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="175" />
        <source>Criminal code</source>
        <translation>Քրեական օրենսգիրք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="176" />
        <source>Article</source>
        <translation>Հոդված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="177" />
        <source>Part</source>
        <translation>Մաս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="178" />
        <source>Offence</source>
        <translation>Հանցագործություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="179" />
        <source>Charged on</source>
        <translation>Մեղադրանքը առաջադրվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="183" />
        <source>Criminal Code of the Republic of Azerbaijan</source>
        <translation>Ադրբեջանի Հանրապետության քրեական օրենսգիրք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="215" />
        <source>Add detention order</source>
        <translation>Ավելացնել կալանավորման մասին որոշում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="216" />
        <source>Edit detention order</source>
        <translation>Խմբագրել կալանավորման մասին որոշումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="220" />
        <source>Ordering court</source>
        <translation>Որոշում կայացրած դատարան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="221" />
        <source>Decided on</source>
        <translation>Որոշման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="222" />
        <source>Detention from</source>
        <translation>Կալանավորումը սկսած</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="223" />
        <source>Term: months</source>
        <translation>Ժամկետ՝ ամիսներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="224" />
        <source>Term: days</source>
        <translation>Ժամկետ՝ օրեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="225" />
        <source>Expires on</source>
        <translation>Լրանում է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="226" />
        <source>Leave empty: computed as the start plus the term (a day past the end of a month is moved to its last day). Fill in only when the order states another date.</source>
        <translation>Թողեք դատարկ. հաշվարկվում է որպես սկիզբ գումարած ժամկետ (ամսվա վերջից անցնող օրը տեղափոխվում է ամսվա վերջին օր)։ Լրացրեք միայն այն դեպքում, երբ որոշման մեջ այլ ամսաթիվ է նշված։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="229" />
        <source>Appeal filed on</source>
        <translation>Վերաքննիչ բողոքը ներկայացվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="230" />
        <source>Appeal outcome</source>
        <translation>Վերաքննիչ բողոքի արդյունքը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="234" />
        <source>the order of %1 (until %2)</source>
        <translation>%1-ի որոշումը (մինչև %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="252" />
        <source>Add hearing</source>
        <translation>Ավելացնել դատական նիստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="253" />
        <source>Edit hearing</source>
        <translation>Խմբագրել դատական նիստը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="255" />
        <source>Date and time</source>
        <translation>Ամսաթիվ և ժամ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="256" />
        <source>Local time of the court</source>
        <translation>Դատարանի տեղական ժամանակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="257" />
        <source>Time zone</source>
        <translation>Ժամային գոտի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="262" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="297" />
        <source>Captives concerned</source>
        <translation>Առնչվող գերիներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="264" />
        <source>Add every co-defendant: the hearing appears in each one's file</source>
        <translation>Ավելացրեք բոլոր համամեղադրյալներին. դատական նիստը կհայտնվի յուրաքանչյուրի գործում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="266" />
        <source>State</source>
        <translation>Վիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="267" />
        <source>Adjourned or cancelled: the hearing is no longer the next one, nor reminded of</source>
        <translation>Հետաձգված կամ չեղարկված նիստն այլևս մոտակա նիստ չի համարվում, և դրա մասին չի հիշեցվում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="65" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="269" />
        <source>Outcome</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="270" />
        <source>Next hearing on</source>
        <translation>Հաջորդ դատական նիստը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="274" />
        <source>the %1 hearing of %2</source>
        <translation>դատական նիստը՝ %1, %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="46" />
        <source>Add international proceeding</source>
        <translation>Ավելացնել միջազգային վարույթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="47" />
        <source>Edit international proceeding</source>
        <translation>Խմբագրել միջազգային վարույթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="49" />
        <source>Body</source>
        <translation>Մարմին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="51" />
        <source>Reference number</source>
        <translation>Հղման համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="52" />
        <source>Convention articles</source>
        <translation>Կոնվենցիայի հոդվածներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="53" />
        <source>As in the application, separated by commas: 3, 5 § 1, 5 § 4, P1-1</source>
        <translation>Ինչպես գանգատում, ստորակետերով՝ 3, 5 § 1, 5 § 4, P1-1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing_kinds.py" line="55" />
        <source>Lodged on</source>
        <translation>Ներկայացվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="283" />
        <source>Add intervention</source>
        <translation>Ավելացնել միջամտություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="284" />
        <source>Edit intervention</source>
        <translation>Խմբագրել միջամտությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="287" />
        <source>Organisation</source>
        <translation>Կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="289" />
        <source>Person</source>
        <translation>Անձ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="291" />
        <source>Channel</source>
        <translation>Միջոց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="292" />
        <source>Subject</source>
        <translation>Թեմա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="293" />
        <source>Request</source>
        <translation>Խնդրանք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="294" />
        <source>Response</source>
        <translation>Պատասխան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="296" />
        <source>Follow up on</source>
        <translation>Հետևել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="354" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="310" />
        <source>Add document</source>
        <translation>Ավելացնել փաստաթուղթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="311" />
        <source>Edit document</source>
        <translation>Խմբագրել փաստաթուղթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="313" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="335" />
        <source>Title</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="314" />
        <source>File name</source>
        <translation>Ֆայլի անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="315" />
        <source>Who gave or sent it</source>
        <translation>Ով է տվել կամ ուղարկել այն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="316" />
        <source>Received on</source>
        <translation>Ստացվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="317" />
        <source>Reliability</source>
        <translation>Հավաստիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="319" />
        <source>Hearing</source>
        <translation>Դատական նիստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="320" />
        <source>Intervention</source>
        <translation>Միջամտություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="332" />
        <source>Add note</source>
        <translation>Ավելացնել նշում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="333" />
        <source>Edit note</source>
        <translation>Խմբագրել նշումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="336" />
        <source>Text</source>
        <translation>Տեքստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="23" />
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="51" />
        <source>Add captive</source>
        <translation>Ավելացնել գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="24" />
        <source>Edit person and capture</source>
        <translation>Խմբագրել անձը և գերեվարումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="34" />
        <source>Circumstances</source>
        <translation>Հանգամանքներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="35" />
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="35" />
        <source>Separated by commas</source>
        <translation>Բաժանված ստորակետերով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="52" />
        <source>Edit summary, asks and consent</source>
        <translation>Խմբագրել ամփոփումը, պահանջները և համաձայնությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="54" />
        <source>Summary</source>
        <translation>Ամփոփում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="55" />
        <source>Current asks</source>
        <translation>Ընթացիկ պահանջներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="56" />
        <source>Health and treatment</source>
        <translation>Առողջություն և վերաբերմունք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="57" />
        <source>Power of attorney on file</source>
        <translation>Լիազորագիրը առկա է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="58" />
        <source>Consents to publicity</source>
        <translation>Համաձայն է հրապարակայնությանը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="60" />
        <source>The family consents to a submission to the UN Working Group on Enforced or Involuntary Disappearances</source>
        <translation>Ընտանիքը համաձայն է դիմել ՄԱԿ-ի Բռնի կամ ակամա անհետացումների հարցերով աշխատանքային խմբին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_kinds.py" line="62" />
        <source>Notes on consent</source>
        <translation>Նշումներ համաձայնության մասին</translation>
    </message>
</context>
<context>
    <name>CaptiveFacts</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="61" />
        <source>%1 of %2 days in custody</source>
        <translation>Կալանքի %1 օր՝ %2 օրից</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="70" />
        <source>%Ln day(s) in custody</source>
        <translation><numerusform>Կալանքի %Ln օր</numerusform><numerusform>Կալանքի %Ln օր</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/held_place.py" line="25" />
        <source>Last held at %1</source>
        <translation>Վերջին անգամ պահվել է՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="77" />
        <source>Held at %1</source>
        <translation>Պահվում է՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="80" />
        <source>Place of detention not disclosed</source>
        <translation>Պահման վայրը չի բացահայտվել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="81" />
        <source>No place of detention on record</source>
        <translation>Պահման վայր գրանցված չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="91" />
        <source>The detention order expires today (%1)</source>
        <translation>Կալանավորման մասին որոշման ժամկետը լրանում է այսօր (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="93" />
        <source>The detention order expires tomorrow (%1)</source>
        <translation>Կալանավորման մասին որոշման ժամկետը լրանում է վաղը (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="95" />
        <source>The detention order expires in %Ln day(s), on %1</source>
        <translation><numerusform>Կալանավորման մասին որոշման ժամկետը լրանում է %Ln օրից՝ %1</numerusform><numerusform>Կալանավորման մասին որոշման ժամկետը լրանում է %Ln օրից՝ %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="100" />
        <source>The detention order expired %Ln day(s) ago, on %1</source>
        <translation><numerusform>Կալանավորման մասին որոշման ժամկետը լրացել է %Ln օր առաջ՝ %1</numerusform><numerusform>Կալանավորման մասին որոշման ժամկետը լրացել է %Ln օր առաջ՝ %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="115" />
        <source>Prisoner of war: the three months of confinement awaiting trial that GC III Art. 103 allows ended on %2, counted from %1, the start of the first detention order (a release and a re-arrest do not restart the count)</source>
        <translation>Ռազմագերի. դատաքննության սպասելով կալանքի երեք ամիսը, որ թույլ է տալիս Ժնևի III կոնվենցիայի 103-րդ հոդվածը, լրացել է՝ %2. հաշվարկն սկսվում է կալանավորման մասին առաջին որոշման սկզբից՝ %1 (ազատ արձակումը և կրկին ձերբակալումը հաշվարկը նորից չեն սկսում)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="119" />
        <source>Prisoner of war: the three months of confinement awaiting trial that GC III Art. 103 allows end on %2, counted from %1, the start of the first detention order (a release and a re-arrest do not restart the count)</source>
        <translation>Ռազմագերի. դատաքննության սպասելով կալանքի երեք ամիսը, որ թույլ է տալիս Ժնևի III կոնվենցիայի 103-րդ հոդվածը, լրանում է՝ %2. հաշվարկն սկսվում է կալանավորման մասին առաջին որոշման սկզբից՝ %1 (ազատ արձակումը և կրկին ձերբակալումը հաշվարկը նորից չեն սկսում)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="141" />
        <source>The detention order in criminal case %2 expires today (%1)</source>
        <translation>Թիվ %2 քրեական գործով կալանավորման մասին որոշման ժամկետը լրանում է այսօր (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="143" />
        <source>The detention order in criminal case %2 expires tomorrow (%1)</source>
        <translation>Թիվ %2 քրեական գործով կալանավորման մասին որոշման ժամկետը լրանում է վաղը (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="145" />
        <source>The detention order in criminal case %2 expires in %Ln day(s), on %1</source>
        <translation><numerusform>Թիվ %2 քրեական գործով կալանավորման մասին որոշման ժամկետը լրանում է %Ln օրից՝ %1</numerusform><numerusform>Թիվ %2 քրեական գործով կալանավորման մասին որոշման ժամկետը լրանում է %Ln օրից՝ %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="149" />
        <source>The detention order of %2 expires today (%1)</source>
        <translation>Կալանավորման մասին որոշման (սկիզբը՝ %2) ժամկետը լրանում է այսօր (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="151" />
        <source>The detention order of %2 expires tomorrow (%1)</source>
        <translation>Կալանավորման մասին որոշման (սկիզբը՝ %2) ժամկետը լրանում է վաղը (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="153" />
        <source>The detention order of %2 expires in %Ln day(s), on %1</source>
        <translation><numerusform>Կալանավորման մասին որոշման (սկիզբը՝ %2) ժամկետը լրանում է %Ln օրից՝ %1</numerusform><numerusform>Կալանավորման մասին որոշման (սկիզբը՝ %2) ժամկետը լրանում է %Ln օրից՝ %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="166" />
        <source>Two detention orders of this criminal case start on %1 and their decision days do not settle which replaced the other: the earlier expiry is shown. Record each order's decision day.</source>
        <translation>Այս քրեական գործով կալանավորման մասին երկու որոշում սկսվում են նույն օրը՝ %1, և դրանց որոշման ամսաթվերից պարզ չէ, թե որն է փոխարինել մյուսին. ցուցադրվում է ավելի վաղ լրացող ժամկետը։ Նշեք յուրաքանչյուր որոշման ամսաթիվը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="185" />
        <source>Convicted: the pre-trial detention order's expiry (%1) stays open in Deadlines; check what the verdict decided on detention</source>
        <translation>Դատապարտված է. նախնական կալանքի մասին որոշման ժամկետը (%1) բաց է մնում «Ժամկետներ» բաժնում. ստուգեք, թե ինչ է որոշել դատավճիռը կալանքի մասին</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="199" />
        <source>Last confirmed contact %Ln day(s) ago</source>
        <translation><numerusform>Վերջին հաստատված կապը՝ %Ln օր առաջ</numerusform><numerusform>Վերջին հաստատված կապը՝ %Ln օր առաջ</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="226" />
        <source>Next hearing %1 (%2), no longer in custody: %3</source>
        <translation>Հաջորդ դատական նիստը՝ %1 (%2). այլևս կալանքի տակ չէ՝ %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="240" />
        <source>%Ln open deadline(s), the next on %1</source>
        <translation><numerusform>%Ln բաց ժամկետ, հաջորդը՝ %1</numerusform><numerusform>%Ln բաց ժամկետ, հաջորդը՝ %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="243" />
        <source>%1 (an estimate: the day of capture is not known)</source>
        <translation>%1 (մոտավոր. գերեվարման օրը հայտնի չէ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="98" />
        <source>The detention order expired yesterday (%1)</source>
        <translation>Կալանավորման մասին որոշման ժամկետը լրացել է երեկ (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="59" />
        <source>At least %1 of %2 days in custody</source>
        <translation>Կալանքի առնվազն %1 օր՝ %2 օրից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="60" />
        <source>About %1 of %2 days in custody</source>
        <translation>Կալանքի մոտ %1 օր՝ %2 օրից</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="65" />
        <source>At least %Ln day(s) in custody</source>
        <translation><numerusform>Կալանքի առնվազն %Ln օր</numerusform><numerusform>Կալանքի առնվազն %Ln օր</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_facts.py" line="68" />
        <source>About %Ln day(s) in custody</source>
        <translation><numerusform>Կալանքի մոտ %Ln օր</numerusform><numerusform>Կալանքի մոտ %Ln օր</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="194" />
        <source>No confirmed contact on record</source>
        <translation>Հաստատված կապ գրանցված չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="196" />
        <source>Last confirmed contact today</source>
        <translation>Վերջին հաստատված կապը՝ այսօր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="198" />
        <source>Last confirmed contact yesterday</source>
        <translation>Վերջին հաստատված կապը՝ երեկ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_facts.py" line="230" />
        <source>Next hearing %1 (%2)</source>
        <translation>Հաջորդ դատական նիստը՝ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaptiveFieldLevels</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="63" />
        <source>Level of the field “%1”</source>
        <translation>«%1» դաշտի մակարդակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="110" />
        <source>The level this field is printed at: a dossier, a report or a list made below it leaves the field out.</source>
        <translation>Այս դաշտը տպվում է այս մակարդակով. դրանից ցածր մակարդակով պատրաստված դոսյեն, զեկույցը կամ ցուցակը դաշտը չեն ներառում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="90" />
        <source>As the record (%1)</source>
        <translation>Ինչպես գրառումը (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="83" />
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="94" />
        <source>The record is %1: none of its fields is printed below it.</source>
        <translation>Գրառման մակարդակը՝ %1։ Նրա դաշտերից ոչ մեկը դրանից ցածր մակարդակով չի տպվում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="202" />
        <source>Above your clearance (%1): you cannot put a field above it.</source>
        <translation>Ձեր թույլտվությունից բարձր է (%1)․ դաշտը դրանից բարձր մակարդակով դնել չեք կարող։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="239" />
        <source>No consent to publicity is on file: a public dossier, report or list leaves this captive out, and with it the fields set Public: %1.</source>
        <translation>Հրապարակայնության համաձայնություն գրանցված չէ. հրապարակային դոսյեն, զեկույցը կամ ցուցակը այս գերուն չեն ներառում, ուստի չեն ներառում նաև «Հրապարակային» դրված դաշտերը՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_field_levels.py" line="245" />
        <source>No consent to publicity is on file: a public dossier, report or list leaves this captive out.</source>
        <translation>Հրապարակայնության համաձայնություն գրանցված չէ. հրապարակային դոսյեն, զեկույցը կամ ցուցակը այս գերուն չեն ներառում։</translation>
    </message>
</context>
<context>
    <name>CaptiveFileView</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="244" />
        <source>Saved.</source>
        <translation>Պահպանվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="216" />
        <source>Charges in case %1</source>
        <translation>Մեղադրանքներ %1 գործով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="126" />
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="217" />
        <source>Charges</source>
        <translation>Մեղադրանքներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="83" />
        <source>Names in every script</source>
        <translation>Անուններ բոլոր գրերով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="84" />
        <source>No names yet.</source>
        <translation>Անուններ դեռ չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="86" />
        <source>Identity documents</source>
        <translation>Անձը հաստատող փաստաթղթեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="87" />
        <source>No identity documents recorded.</source>
        <translation>Անձը հաստատող փաստաթղթեր գրանցված չեն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="89" />
        <source>Status history</source>
        <translation>Կարգավիճակի պատմություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="90" />
        <source>No status changes.</source>
        <translation>Կարգավիճակի փոփոխություններ չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="92" />
        <source>Change status…</source>
        <translation>Փոխել կարգավիճակը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="76" />
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="100" />
        <source>Profile</source>
        <translation>Անձնական տվյալներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="101" />
        <source>The person, names in every script, identity documents, status history</source>
        <translation>Անձը, անուններ բոլոր գրերով, անձը հաստատող փաստաթղթեր, կարգավիճակի պատմություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="107" />
        <source>Detention orders</source>
        <translation>Կալանավորման մասին որոշումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="108" />
        <source>No detention orders recorded. Add the first order to see its expiry here and on the timeline.</source>
        <translation>Կալանավորման մասին որոշումներ գրանցված չեն։ Ավելացրեք առաջին որոշումը՝ դրա ժամկետի լրանալը այստեղ և ժամանակագրության վրա տեսնելու համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="111" />
        <source>Places of detention</source>
        <translation>Պահման վայրեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="112" />
        <source>No place of detention recorded.</source>
        <translation>Պահման վայր գրանցված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="115" />
        <source>Custody</source>
        <translation>Կալանք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="116" />
        <source>Custody timeline, detention orders and places of detention</source>
        <translation>Կալանքի ժամանակագրություն, կալանավորման մասին որոշումներ և պահման վայրեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="121" />
        <source>Prosecutions</source>
        <translation>Քրեական գործեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="122" />
        <source>No prosecution recorded.</source>
        <translation>Քրեական գործ գրանցված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="127" />
        <source>No charges in this case.</source>
        <translation>Այս գործով մեղադրանքներ չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="131" />
        <source>Hearings</source>
        <translation>Դատական նիստեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="132" />
        <source>No hearings recorded.</source>
        <translation>Դատական նիստեր գրանցված չեն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="135" />
        <source>Proceedings</source>
        <translation>Վարույթներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="136" />
        <source>Prosecutions, charges and hearings</source>
        <translation>Քրեական գործեր, մեղադրանքներ և դատական նիստեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="142" />
        <source>International proceedings</source>
        <translation>Միջազգային վարույթներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="143" />
        <source>No filings with the ECHR, UN bodies or others.</source>
        <translation>ՄԻԵԴ, ՄԱԿ-ի մարմիններ կամ այլ ատյաններ ներկայացված դիմումներ չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="145" />
        <source>International</source>
        <translation>Միջազգային</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="146" />
        <source>ECHR, UN bodies and other international proceedings</source>
        <translation>ՄԻԵԴ, ՄԱԿ-ի մարմիններ և այլ միջազգային վարույթներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="192" />
        <source>The history of changes is read from the audit log, which needs internal clearance.</source>
        <translation>Փոփոխությունների պատմությունը կարդացվում է աուդիտի մատյանից, որի համար անհրաժեշտ է «ներքին» թույլտվություն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="175" />
        <source>Shown in red after %1 days without news.</source>
        <translation>Ցուցադրվում է կարմիրով՝ առանց լուրի %1 օրից հետո։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="256" />
        <source>Last confirmed contact today (%1, %2)</source>
        <translation>Վերջին հաստատված կապը՝ այսօր (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_file.py" line="258" />
        <source>%3 day(s) since the last confirmed contact (%1, %2)</source>
        <translation>
            <numerusform>Վերջին հաստատված կապից անցել է %3 օր (%1, %2)</numerusform>
            <numerusform>Վերջին հաստատված կապից անցել է %3 օր (%1, %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="155" />
        <source>Welfare contacts (proof of life)</source>
        <translation>Կապեր գերու հետ (ողջ լինելու հաստատում)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="156" />
        <source>No contact recorded.</source>
        <translation>Կապ գրանցված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="157" />
        <source>Welfare</source>
        <translation>Կապեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="158" />
        <source>Welfare contacts: proof of life</source>
        <translation>Կապեր գերու հետ. ողջ լինելու հաստատում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="162" />
        <source>Interventions</source>
        <translation>Միջամտություններ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="163" />
        <source>No interventions for this captive yet.</source>
        <translation>Այս գերու համար դեռ միջամտություններ չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="167" />
        <source>Request and response</source>
        <translation>Խնդրանք և պատասխան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="169" />
        <source>Advocacy</source>
        <translation>Շահերի պաշտպանություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="170" />
        <source>Interventions with organisations, and their follow-ups</source>
        <translation>Միջամտություններ կազմակերպություններում և դրանց հետևումները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="174" />
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="179" />
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="180" />
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="175" />
        <source>No notes yet.</source>
        <translation>Նշումներ դեռ չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="178" />
        <source>Text</source>
        <translation>Տեքստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="195" />
        <source>Every change to this file</source>
        <translation>Այս գործի յուրաքանչյուր փոփոխություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="189" />
        <source>No changes recorded.</source>
        <translation>Փոփոխություններ գրանցված չեն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="200" />
        <source>Filter the history…</source>
        <translation>Զտել պատմությունը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="206" />
        <source>History</source>
        <translation>Պատմություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="207" />
        <source>Every change to this captive's file: when, who, what</source>
        <translation>Այս գերու գործի յուրաքանչյուր փոփոխություն՝ երբ, ով, ինչ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_file.py" line="232" />
        <source>%1 and %n other(s)</source>
        <translation><numerusform>%1 և ևս %n</numerusform><numerusform>%1 և ևս %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="252" />
        <source>No confirmed contact on record.</source>
        <translation>Հաստատված կապ գրանցված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="225" />
        <source>Request: %1</source>
        <translation>Խնդրանք՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="226" />
        <source>Response: %1</source>
        <translation>Պատասխան՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file_tabs.py" line="229" />
        <source>Also concerns: %1</source>
        <translation>Վերաբերում է նաև՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_actions.py" line="48" />
        <source>Change status</source>
        <translation>Փոխել կարգավիճակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_actions.py" line="61" />
        <source>Photo saved.</source>
        <translation>Լուսանկարը պահպանվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_actions.py" line="67" />
        <location filename="../../caseapp/ui/views/captive_actions.py" line="75" />
        <source>Remove photo</source>
        <translation>Հեռացնել լուսանկարը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_actions.py" line="68" />
        <source>Remove the photo from the file?</source>
        <translation>Հեռացնե՞լ լուսանկարը գործից։</translation>
    </message>
</context>
<context>
    <name>CaptiveHeader</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="130" />
        <source>← Captives</source>
        <translation>← Գերիներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="131" />
        <source>Back to the list of captives</source>
        <translation>Վերադառնալ գերիների ցանկին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="149" />
        <source>Change status…</source>
        <translation>Փոխել կարգավիճակը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="152" />
        <source>Edit person…</source>
        <translation>Խմբագրել անձը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="155" />
        <source>Deadlines…</source>
        <translation>Ժամկետներ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="157" />
        <source>This captive's deadlines, open and closed</source>
        <translation>Այս գերու ժամկետները՝ բաց և փակված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="159" />
        <source>Dossier…</source>
        <translation>Դոսյե…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="161" />
        <source>Print this captive's dossier: preview, save, print or keep it</source>
        <translation>Տպել այս գերու դոսյեն՝ նախադիտում, պահպանում, տպում կամ պահում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="164" />
        <source>Letter…</source>
        <translation>Նամակ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="166" />
        <source>Write a letter about this captive from a template</source>
        <translation>Գրել նամակ այս գերու մասին ձևանմուշից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="168" />
        <source>Filing…</source>
        <translation>Դիմումներ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="170" />
        <source>ECHR application and Rule 39 packs, UN submissions for this captive</source>
        <translation>Այս գերու ՄԻԵԴ գանգատի և 39-րդ կանոնի փաթեթները, ՄԱԿ-ին ուղղված դիմումները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="208" />
        <source>Loading…</source>
        <translation>Բեռնվում է…</translation>
    </message>
</context>
<context>
    <name>CaptivePicker</name>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker_parts.py" line="69" />
        <source>%1 (born %2)</source>
        <translation>%1 (ծնվ. %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker_parts.py" line="74" />
        <source>%1 · also “%2”</source>
        <translation>%1 · նաև «%2»</translation>
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
        <translation>Հեռացնել՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="83" />
        <source>No one chosen yet.</source>
        <translation>Դեռ ոչ ոք ընտրված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="84" />
        <source>No captive chosen.</source>
        <translation>Գերի ընտրված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="91" />
        <source>Type part of a name, in any script</source>
        <translation>Մուտքագրեք անվան մի մասը՝ ցանկացած գրով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="97" />
        <source>Captives matching the search</source>
        <translation>Որոնմանը համապատասխանող գերիները</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="220" />
        <source>Type part of a name to find one of the %Ln captive(s) of this case file.</source>
        <translation><numerusform>Մուտքագրեք անվան մի մասը՝ այս գործի %Ln գերուց մեկին գտնելու համար։</numerusform><numerusform>Մուտքագրեք անվան մի մասը՝ այս գործի %Ln գերուց մեկին գտնելու համար։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="224" />
        <source>No captives in this case file yet.</source>
        <translation>Այս գործի ֆայլում դեռ գերիներ չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="228" />
        <source>No captive's name matches “%1”.</source>
        <translation>Ոչ մի գերու անուն չի համապատասխանում «%1» որոնմանը։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="233" />
        <source>The first %1 of %Ln match(es): type more of the name.</source>
        <translation><numerusform>Ցուցադրված են առաջին %1 համընկնումները (ընդամենը՝ %Ln). մուտքագրեք անվան ավելի մեծ մասը։</numerusform><numerusform>Ցուցադրված են առաջին %1 համընկնումները (ընդամենը՝ %Ln). մուտքագրեք անվան ավելի մեծ մասը։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/captive_picker.py" line="331" />
        <source>Captive %1</source>
        <translation>Գերի %1</translation>
    </message>
</context>
<context>
    <name>CaptiveTabs</name>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="49" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="58" />
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="61" />
        <source>Primary name</source>
        <translation>Հիմնական անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="62" />
        <source>Script</source>
        <translation>Գիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="63" />
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="64" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="131" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="205" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="220" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="250" />
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="61" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="68" />
        <location filename="../../caseapp/ui/views/captive_risk.py" line="44" />
        <source>Document</source>
        <translation>Փաստաթուղթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="69" />
        <source>Number</source>
        <translation>Համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="70" />
        <source>Issued by</source>
        <translation>Տրված է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="71" />
        <source>Issued</source>
        <translation>Տրվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="72" />
        <source>Valid until</source>
        <translation>Վավեր է մինչև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="88" />
        <source>Since</source>
        <translation>Սկսած</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="50" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="89" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="222" />
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="316" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="90" />
        <source>Before</source>
        <translation>Նախկինում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="54" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="91" />
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="92" />
        <source>By</source>
        <translation>Ում կողմից</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_columns.py" line="97" />
        <source>%n month(s)</source>
        <translation><numerusform>%n ամիս</numerusform><numerusform>%n ամիս</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_columns.py" line="98" />
        <source>%n day(s)</source>
        <translation><numerusform>%n օր</numerusform><numerusform>%n օր</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="124" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="147" />
        <source>From</source>
        <translation>Սկսած</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="126" />
        <source>Expires</source>
        <translation>Լրանում է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="129" />
        <source>Term</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="132" />
        <source>Ordering court</source>
        <translation>Որոշում կայացրած դատարան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="134" />
        <source>Decided</source>
        <translation>Որոշվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="136" />
        <source>Appeal</source>
        <translation>Վերաքննություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="146" />
        <source>Facility</source>
        <translation>Հաստատություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="148" />
        <source>Until</source>
        <translation>Մինչև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/held_place.py" line="31" />
        <source>until the release on %1</source>
        <translation>մինչև ազատ արձակումը՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/held_place.py" line="32" />
        <source>until the repatriation on %1</source>
        <translation>մինչև հայրենադարձությունը՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/held_place.py" line="33" />
        <source>until the death on %1</source>
        <translation>մինչև մահը՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/held_place.py" line="42" />
        <source>now</source>
        <translation>այժմ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="150" />
        <source>Address for letters</source>
        <translation>Հասցե նամակների համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="153" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="255" />
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="162" />
        <source>Case number</source>
        <translation>Գործի համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="163" />
        <source>Court</source>
        <translation>Դատարան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="164" />
        <source>Judge</source>
        <translation>Դատավոր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="165" />
        <source>Defence</source>
        <translation>Պաշտպան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="166" />
        <source>Opened</source>
        <translation>Հարուցվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="167" />
        <source>Investigating body</source>
        <translation>Քննչական մարմին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="184" />
        <source>Article</source>
        <translation>Հոդված</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_columns.py" line="265" />
        <source>%1, %Ln day(s) late</source>
        <translation><numerusform>%1, %Ln օր ուշացմամբ</numerusform><numerusform>%1, %Ln օր ուշացմամբ</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="177" />
        <source>AZ CC</source>
        <translation>ԱՀ ՔՕ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="80" />
        <source>%1 (entered later, on %2)</source>
        <translation>%1 (մուտքագրվել է ավելի ուշ՝ %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="84" />
        <source>Entered after a change dated later: it is put in the history by its date, and the status before each line is read by date.</source>
        <translation>Մուտքագրվել է ավելի ուշ ամսաթվով փոփոխությունից հետո. պատմության մեջ այն դրված է իր ամսաթվով, իսկ յուրաքանչյուր տողի նախորդ կարգավիճակը որոշվում է ըստ ամսաթվերի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="187" />
        <source>Offence</source>
        <translation>Հանցագործություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="189" />
        <source>Charged</source>
        <translation>Առաջադրվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="202" />
        <source>Date and time</source>
        <translation>Ամսաթիվ և ժամ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="208" />
        <source>Court and judge</source>
        <translation>Դատարան, դատավոր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="210" />
        <source>Co-defendants</source>
        <translation>Համամեղադրյալներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="212" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="223" />
        <source>Outcome</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="214" />
        <source>Next</source>
        <translation>Հաջորդը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="218" />
        <source>Lodged</source>
        <translation>Ներկայացվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="219" />
        <source>Body</source>
        <translation>Մարմին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="221" />
        <source>Reference</source>
        <translation>Հղում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="233" />
        <source>judgment %1</source>
        <translation>վճիռ՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="239" />
        <source>communicated %1</source>
        <translation>կոմունիկացիա՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="247" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="269" />
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="248" />
        <source>Days ago</source>
        <translation>Օր առաջ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="251" />
        <source>Confirmed</source>
        <translation>Հաստատված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="252" />
        <source>yes</source>
        <translation>այո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="253" />
        <source>no, unconfirmed</source>
        <translation>ոչ, չհաստատված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="254" />
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="270" />
        <source>Addressee</source>
        <translation>Հասցեատեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="271" />
        <source>Channel</source>
        <translation>Միջոց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="272" />
        <source>Subject</source>
        <translation>Թեմա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="276" />
        <source>Status and follow-up</source>
        <translation>Կարգավիճակ և հետևում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="280" />
        <source>Overdue: follow this up</source>
        <translation>Ժամկետանց է. հետևեք սրան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="282" />
        <source>Captives</source>
        <translation>Գերիներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="293" />
        <source>A hearing</source>
        <translation>Դատական նիստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="296" />
        <source>An intervention</source>
        <translation>Միջամտություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="299" />
        <source>A criminal case</source>
        <translation>Քրեական գործ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="304" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="328" />
        <source>Title</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="308" />
        <source>Attached to</source>
        <translation>Կցված է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="310" />
        <source>File</source>
        <translation>Ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="312" />
        <source>Size</source>
        <translation>Չափ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="314" />
        <source>Received</source>
        <translation>Ստացվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="315" />
        <source>Reliability</source>
        <translation>Հավաստիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="316" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="330" />
        <source>Sensitivity</source>
        <translation>Գաղտնիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="317" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="326" />
        <source>Written</source>
        <translation>Գրված է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="329" />
        <source>Author</source>
        <translation>Հեղինակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="335" />
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="337" />
        <source>Who</source>
        <translation>Ով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="338" />
        <source>What</source>
        <translation>Ինչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="340" />
        <source>Record</source>
        <translation>Գրառում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="342" />
        <source>Field</source>
        <translation>Դաշտ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="343" />
        <source>Change</source>
        <translation>Փոփոխություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="146" />
        <source>Add…</source>
        <translation>Ավելացնել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="147" />
        <source>Edit…</source>
        <translation>Խմբագրել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="148" />
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="299" />
        <source>Deleted %1.</source>
        <translation>Ջնջվեց՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="48" />
        <source>Captive</source>
        <translation>Գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="51" />
        <source>Identity document</source>
        <translation>Անձը հաստատող փաստաթուղթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="52" />
        <source>Place of detention</source>
        <translation>Պահման վայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="53" />
        <source>Welfare contact</source>
        <translation>Կապ գերու հետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="55" />
        <source>Prosecution</source>
        <translation>Քրեական գործ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="56" />
        <source>Charge</source>
        <translation>Մեղադրանք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="57" />
        <source>Detention order</source>
        <translation>Կալանավորման մասին որոշում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="58" />
        <source>Hearing</source>
        <translation>Դատական նիստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="59" />
        <source>International proceeding</source>
        <translation>Միջազգային վարույթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="60" />
        <source>Intervention</source>
        <translation>Միջամտություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="62" />
        <source>Deadline</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="65" />
        <source>Added</source>
        <translation>Ավելացվեց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="66" />
        <source>Changed</source>
        <translation>Փոխվեց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="67" />
        <source>Deleted</source>
        <translation>Ջնջվեց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/audit_texts.py" line="317" />
        <source>After</source>
        <translation>Հետո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="42" />
        <source>Appeared</source>
        <translation>Հայտնվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="43" />
        <source>Portal</source>
        <translation>Պորտալ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="45" />
        <source>Application</source>
        <translation>Գանգատ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="46" />
        <source>Deleted from the portal on</source>
        <translation>Պորտալից կջնջվի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="48" />
        <source>Downloaded</source>
        <translation>Ներբեռնված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="50" />
        <source>not yet</source>
        <translation>դեռ ոչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/order_names.py" line="24" />
        <source>Replaced by the order from %1 made by %2</source>
        <translation>Փոխարինվել է որոշմամբ (սկիզբը՝ %1, դատարան՝ %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/order_names.py" line="27" />
        <source>Replaced by the order from %1 to %2</source>
        <translation>Փոխարինվել է որոշմամբ (սկիզբը՝ %1, ավարտը՝ %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/order_names.py" line="30" />
        <source>Replaced by the order from %1, decided on %2</source>
        <translation>Փոխարինվել է որոշմամբ (սկիզբը՝ %1, կայացվել է՝ %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/order_names.py" line="32" />
        <source>Replaced by the order from %1</source>
        <translation>Փոխարինվել է որոշմամբ (սկիզբը՝ %1)</translation>
    </message>
</context>
<context>
    <name>CaptivesModel</name>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="51" />
        <source>never</source>
        <translation>երբեք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="43" />
        <source>today</source>
        <translation>այսօր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="45" />
        <source>yesterday</source>
        <translation>երեկ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/models/captives.py" line="46" />
        <source>%Ln day(s) ago</source>
        <translation><numerusform>%Ln օր առաջ</numerusform><numerusform>%Ln օր առաջ</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="92" />
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="94" />
        <source>Other spelling</source>
        <translation>Այլ գրություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="96" />
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="98" />
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="100" />
        <source>Place of detention</source>
        <translation>Պահման վայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="104" />
        <source>Days</source>
        <translation>Օրեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="109" />
        <source>Days held</source>
        <translation>Կալանքի օրեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="110" />
        <source>Next hearing</source>
        <translation>Հաջորդ նիստը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="112" />
        <source>Last contact</source>
        <translation>Վերջին կապը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="118" />
        <source>Found by</source>
        <translation>Որոնման համընկնում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="326" />
        <source>Last confirmed proof of life: %1</source>
        <translation>Ողջ լինելու վերջին հաստատումը՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="328" />
        <source>none recorded</source>
        <translation>գրանցված չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="332" />
        <source>Search match: %1</source>
        <translation>Որոնման համընկնում՝ %1</translation>
    </message>
</context>
<context>
    <name>CaptivesView</name>
    <message>
        <location filename="../../caseapp/ui/views/captives_filter.py" line="49" />
        <source>Search names and notes in any script (Ctrl+F)…</source>
        <translation>Որոնել անուններում և նշումներում՝ ցանկացած գրով (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives_filter.py" line="55" />
        <source>Filter by status</source>
        <translation>Զտել ըստ կարգավիճակի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives_filter.py" line="56" />
        <source>All statuses</source>
        <translation>Բոլոր կարգավիճակները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives_filter.py" line="57" />
        <source>In custody</source>
        <translation>Կալանքի տակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives_filter.py" line="96" />
        <source>%1 of %2</source>
        <translation>%1 (ընդամենը՝ %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captives_filter.py" line="98" />
        <source>%Ln captive(s)</source>
        <translation><numerusform>%Ln գերի</numerusform><numerusform>%Ln գերի</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="114" />
        <source>List of captives</source>
        <translation>Գերիների ցանկ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="390" />
        <source>Copied; CaseApp removes it from the clipboard in %1 s.</source>
        <translation>Պատճենվեց. CaseApp-ն այն կհեռացնի սեղմատախտակից %1 վ անց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="391" />
        <source>Copied.</source>
        <translation>Պատճենվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_list_columns.py" line="83" />
        <source>Restore Default Columns</source>
        <translation>Վերադարձնել սկզբնական սյունակները</translation>
    </message>
</context>
<context>
    <name>CaseFileOpener</name>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="146" />
        <location filename="../../caseapp/ui/opener.py" line="160" />
        <source>The passphrase was wrong.</source>
        <translation>Գաղտնաբառը սխալ էր։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/opener.py" line="147" />
        <source>The passphrase was wrong (%n time(s) in a row).</source>
        <translation><numerusform>Գաղտնաբառը սխալ էր (անընդմեջ %n անգամ)։</numerusform><numerusform>Գաղտնաբառը սխալ էր (անընդմեջ %n անգամ)։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="150" />
        <source>CaseApp waited %1 s before answering, to slow down guessing.</source>
        <translation>CaseApp-ը սպասեց %1 վ նախքան պատասխանելը՝ գուշակումը դանդաղեցնելու համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="152" />
        <source>The next wrong passphrase waits %1 s.</source>
        <translation>Հաջորդ սխալ գաղտնաբառը կսպասի %1 վ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="158" />
        <source>Passphrase for %1:</source>
        <translation>%1 ֆայլի գաղտնաբառը՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="161" />
        <source>Try again.</source>
        <translation>Փորձեք կրկին։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="162" />
        <source>Encrypted case file</source>
        <translation>Գաղտնագրված գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="181" />
        <source>Updating the case file</source>
        <translation>Գործի ֆայլը թարմացվում է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="249" />
        <source>The audit log was changed outside CaseApp</source>
        <translation>Աուդիտի մատյանը փոփոխվել է CaseApp-ից դուրս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="215" />
        <location filename="../../caseapp/ui/opener.py" line="273" />
        <source>Cannot open the case file</source>
        <translation>Հնարավոր չէ բացել գործի ֆայլը</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="136" />
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="154" />
        <source>Change passphrase</source>
        <translation>Փոխել գաղտնաբառը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="136" />
        <source>Encrypt case file</source>
        <translation>Գաղտնագրել գործի ֆայլը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="138" />
        <source>The case file is written again, encrypted with the new passphrase, and replaces the old one only once it has been checked. Backups made before keep the old passphrase: keep it until they are no longer needed.</source>
        <translation>Գործի ֆայլը վերագրվում է՝ գաղտնագրված նոր գաղտնաբառով, և փոխարինում է հինին միայն ստուգվելուց հետո։ Նախկինում ստեղծված պահուստային պատճենները պահպանում են հին գաղտնաբառը. պահեք այն, քանի դեռ դրանք անհրաժեշտ են։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="141" />
        <source>This case file is not encrypted: anyone who gets a copy of it can read it. Choose a passphrase to encrypt it; from then on it opens only with that passphrase. Earlier backups stay unencrypted.</source>
        <translation>Այս գործի ֆայլը գաղտնագրված չէ. դրա պատճենն ստացած ցանկացած ոք կարող է կարդալ այն։ Ընտրեք գաղտնաբառ՝ այն գաղտնագրելու համար. այսուհետ այն կբացվի միայն այդ գաղտնաբառով։ Նախկին պահուստային պատճենները մնում են չգաղտնագրված։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="146" />
        <source>New passphrase</source>
        <translation>Նոր գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="154" />
        <source>Encrypt</source>
        <translation>Գաղտնագրել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="161" />
        <source>Current passphrase</source>
        <translation>Ընթացիկ գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="178" />
        <source>Encrypting… this takes a few seconds.</source>
        <translation>Գաղտնագրվում է… սա տևում է մի քանի վայրկյան։</translation>
    </message>
</context>
<context>
    <name>ClearanceLevels</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/clearance_levels.py" line="56" />
        <source>Above your clearance (%1): you can save this record at %1 or below.</source>
        <translation>Ձեր թույլտվությունից բարձր է (%1)․ այս գրառումը կարող եք պահպանել %1 կամ ավելի ցածր մակարդակով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/clearance_levels.py" line="68" />
        <source>Above your clearance (%1): what you print or export holds only what %1 reads.</source>
        <translation>Ձեր թույլտվությունից բարձր է (%1)․ ձեր տպածը կամ արտահանածը պարունակում է միայն այն, ինչ կարդում է %1 մակարդակը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/clearance_levels.py" line="97" />
        <source>Deleting a record needs internal clearance: %1 has clearance %2, which adds and edits records at or below it but does not delete them. Nothing was deleted.</source>
        <translation>Գրառումը ջնջելու համար պահանջվում է ներքին թույլտվություն. %1 մուտքանվան թույլտվությունը՝ %2, թույլ է տալիս ավելացնել և խմբագրել այդ կամ ավելի ցածր մակարդակի գրառումներ, բայց ոչ ջնջել դրանք։ Ոչինչ չի ջնջվել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/clearance_levels.py" line="110" />
        <source>Merging two records needs internal clearance: %1 has clearance %2, and a merge deletes the record merged in. Nothing was merged.</source>
        <translation>Երկու գրառում միավորելու համար պահանջվում է ներքին թույլտվություն. %1 մուտքանվան թույլտվությունը՝ %2, իսկ միավորումը ջնջում է միավորվող գրառումը։ Ոչինչ չի միավորվել։</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="93" />
        <source>Changed by someone else</source>
        <translation>Փոփոխվել է մեկ ուրիշի կողմից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="97" />
        <source>Someone else</source>
        <translation>Մեկ ուրիշը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="98" />
        <source>meanwhile</source>
        <translation>այդ ընթացքում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="99" />
        <source>%1 saved this record (%2) after you opened it. Your changes are not saved yet.</source>
        <translation>%1 օգտատերը պահպանել է այս գրառումը (%2) այն բանից հետո, երբ դուք այն բացեցիք։ Ձեր փոփոխությունները դեռ պահպանված չեն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="103" />
        <source>Choose, field by field, which version to keep. Keep mine saves the fields you changed; Keep theirs shows their version in the form and saves nothing.</source>
        <translation>Ընտրեք՝ դաշտ առ դաշտ, որ տարբերակը պահել։ «Պահել իմը» կոճակը պահպանում է ձեր փոխած դաշտերը, «Պահել նրանցը» կոճակը ձևում ցույց է տալիս նրանց տարբերակը և ոչինչ չի պահպանում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="109" />
        <source>Field</source>
        <translation>Դաշտ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="109" />
        <source>Your version</source>
        <translation>Ձեր տարբերակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="110" />
        <source>Their version</source>
        <translation>Նրանց տարբերակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="126" />
        <source>Your version of %1</source>
        <translation>«%1» դաշտի ձեր տարբերակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="127" />
        <source>Their version of %1</source>
        <translation>«%1» դաշտի նրանց տարբերակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="146" />
        <source>Keep theirs</source>
        <translation>Պահել նրանցը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="147" />
        <source>Merge as chosen</source>
        <translation>Միավորել ըստ ընտրության</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/conflict.py" line="145" />
        <source>Keep mine</source>
        <translation>Պահել իմը</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../caseapp/ui/connection_banner.py" line="27" />
        <source>The team server no longer lets your login in: it was revoked, taken out of the team, or its password changed. Nothing can be saved or read again until the team's owner lets you in; what you type in an open form stays there.</source>
        <translation>Թիմի սերվերն այլևս չի թողնում ձեր մուտքանունով մուտք գործել․ այն չեղարկվել է, հանվել է թիմից, կամ փոխվել է դրա գաղտնաբառը։ Ոչինչ չի կարող պահպանվել կամ կրկին կարդացվել, քանի դեռ թիմի սեփականատերը ձեզ նորից չի թույլատրել մուտք գործել. իսկ բաց ձևում ձեր մուտքագրածը կմնա այնտեղ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/connection_banner.py" line="33" />
        <source>The connection to the team server is lost (%1). CaseApp is trying to reconnect; until then nothing can be saved, and what you type in an open form stays there.</source>
        <translation>Թիմի սերվերի հետ կապը կորել է (%1)։ CaseApp-ը փորձում է նորից միանալ. մինչ այդ ոչինչ չի կարող պահպանվել, իսկ բաց ձևում ձեր մուտքագրածը կմնա այնտեղ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/connection_banner.py" line="35" />
        <source>no answer</source>
        <translation>պատասխան չկա</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="56" />
        <location filename="../../caseapp/ui/views/contacts.py" line="73" />
        <source>Organisation</source>
        <translation>Կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="27" />
        <location filename="../../caseapp/ui/views/contacts.py" line="76" />
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="28" />
        <location filename="../../caseapp/ui/views/contacts.py" line="77" />
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="29" />
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="59" />
        <location filename="../../caseapp/ui/views/contacts.py" line="78" />
        <location filename="../../caseapp/ui/views/contacts.py" line="86" />
        <source>Email</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="30" />
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="60" />
        <location filename="../../caseapp/ui/views/contacts.py" line="79" />
        <location filename="../../caseapp/ui/views/contacts.py" line="87" />
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="26" />
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="55" />
        <location filename="../../caseapp/ui/views/contacts.py" line="82" />
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="57" />
        <location filename="../../caseapp/ui/views/contacts.py" line="83" />
        <source>Role</source>
        <translation>Դեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="58" />
        <location filename="../../caseapp/ui/views/contacts.py" line="84" />
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="31" />
        <source>Website</source>
        <translation>Կայք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="32" />
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="61" />
        <source>Postal address</source>
        <translation>Փոստային հասցե</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="33" />
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="62" />
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="34" />
        <source>Sensitivity</source>
        <translation>Գաղտնիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="35" />
        <source>Who may see this organisation when a letter or dossier is printed</source>
        <translation>Ով կարող է տեսնել այս կազմակերպությունը, երբ նամակ կամ դոսյե է տպվում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="40" />
        <source>Edit organisation</source>
        <translation>Խմբագրել կազմակերպությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="41" />
        <source>Add organisation</source>
        <translation>Ավելացնել կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="43" />
        <source>organisation</source>
        <translation>կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="68" />
        <source>Edit person</source>
        <translation>Խմբագրել անձին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="68" />
        <source>Add person</source>
        <translation>Ավելացնել անձ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_dialogs.py" line="70" />
        <source>contact</source>
        <translation>կոնտակտ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="106" />
        <source>Search organisations and people: name, country, email, role…</source>
        <translation>Որոնել կազմակերպություններ և անձանց՝ անուն, երկիր, էլ. փոստ, դեր…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="113" />
        <source>Filter by kind</source>
        <translation>Զտել ըստ տեսակի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="114" />
        <source>All kinds</source>
        <translation>Բոլոր տեսակները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="132" />
        <source>Add organisation…</source>
        <translation>Ավելացնել կազմակերպություն…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="134" />
        <location filename="../../caseapp/ui/views/contacts.py" line="154" />
        <source>Edit…</source>
        <translation>Խմբագրել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="135" />
        <location filename="../../caseapp/ui/views/contacts.py" line="155" />
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="153" />
        <source>Add person…</source>
        <translation>Ավելացնել անձ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="165" />
        <source>Double-click to open the captive concerned</source>
        <translation>Կրկնակի սեղմեք՝ առնչվող գերու գործը բացելու համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="167" />
        <source>Open captive…</source>
        <translation>Բացել գերու գործը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="168" />
        <source>Open the file of a captive this intervention concerns</source>
        <translation>Բացել այն գերու գործը, որին վերաբերում է այս միջամտությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="189" />
        <source>People</source>
        <translation>Անձինք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="192" />
        <source>Interventions addressed to it</source>
        <translation>Դրան ուղղված միջամտություններ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="225" />
        <source>No person of this organisation is recorded.</source>
        <translation>Այս կազմակերպության ոչ մի անձ գրանցված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="225" />
        <source>Add a person…</source>
        <translation>Ավելացնել անձ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="237" />
        <source>No organisation or person matches the search and the kind chosen.</source>
        <translation>Ոչ մի կազմակերպություն կամ անձ չի համապատասխանում որոնմանը և ընտրված տեսակին։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="238" />
        <source>Show all</source>
        <translation>Ցույց տալ բոլորը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="239" />
        <source>No organisations or contacts are recorded yet. Add those you write to: the ICRC delegation, the ombudsman, embassies, UN bodies, families.</source>
        <translation>Դեռ ոչ մի կազմակերպություն կամ կոնտակտ գրանցված չէ։ Ավելացրեք նրանց, ում գրում եք՝ ԿԽՄԿ պատվիրակությունը, օմբուդսմենը, դեսպանատները, ՄԱԿ-ի մարմինները, ընտանիքները։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="241" />
        <source>Add an organisation…</source>
        <translation>Ավելացնել կազմակերպություն…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="271" />
        <source>(People without an organisation)</source>
        <translation>(Առանց կազմակերպության անձինք)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/contacts.py" line="313" />
        <source>%Ln organisation(s)</source>
        <translation><numerusform>%Ln կազմակերպություն</numerusform><numerusform>%Ln կազմակերպություն</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="325" />
        <source>Select an organisation to see its people and the interventions addressed to it.</source>
        <translation>Ընտրեք կազմակերպություն՝ դրա անձանց և դրան ուղղված միջամտությունները տեսնելու համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="48" />
        <source>Organisation added.</source>
        <translation>Կազմակերպությունն ավելացվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="54" />
        <source>Organisation saved.</source>
        <translation>Կազմակերպությունը պահպանվեց։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/contact_writes.py" line="62" />
        <source>Delete %1? Its people (%2) stay in the directory without an organisation; the advocacy log will keep %Ln intervention(s) addressed to it alone, but with no addressee.</source>
        <translation><numerusform>Ջնջե՞լ «%1» կազմակերպությունը։ Դրա անձինք (%2) մնում են տեղեկատուում՝ առանց կազմակերպության. շահերի պաշտպանության մատյանը կպահպանի միայն դրան ուղղված %Ln միջամտություն, բայց առանց հասցեատիրոջ։</numerusform><numerusform>Ջնջե՞լ «%1» կազմակերպությունը։ Դրա անձինք (%2) մնում են տեղեկատուում՝ առանց կազմակերպության. շահերի պաշտպանության մատյանը կպահպանի միայն դրան ուղղված %Ln միջամտություն, բայց առանց հասցեատիրոջ։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/contact_writes.py" line="96" />
        <source>Delete %1 from the directory? The advocacy log will keep %Ln intervention(s) addressed to them alone, but with no addressee.</source>
        <translation><numerusform>Ջնջե՞լ տեղեկատուից՝ %1։ Շահերի պաշտպանության մատյանը կպահպանի միայն նրան ուղղված %Ln միջամտություն, բայց առանց հասցեատիրոջ։</numerusform><numerusform>Ջնջե՞լ տեղեկատուից՝ %1։ Շահերի պաշտպանության մատյանը կպահպանի միայն նրան ուղղված %Ln միջամտություն, բայց առանց հասցեատիրոջ։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="67" />
        <source>Delete %1? Its people (%2) stay in the directory without an organisation; the advocacy log keeps its interventions.</source>
        <translation>Ջնջե՞լ «%1» կազմակերպությունը։ Դրա անձինք (%2) մնում են տեղեկատուում՝ առանց կազմակերպության. շահերի պաշտպանության մատյանը պահպանում է դրա միջամտությունները։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="70" />
        <source>Delete organisation</source>
        <translation>Ջնջել կազմակերպությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="77" />
        <source>Deleted %1.</source>
        <translation>Ջնջվեց՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="83" />
        <source>Person added.</source>
        <translation>Անձն ավելացվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="89" />
        <source>Person saved.</source>
        <translation>Անձը պահպանվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="100" />
        <source>Delete %1 from the directory? The advocacy log keeps the interventions addressed to them.</source>
        <translation>Ջնջե՞լ տեղեկատուից՝ %1։ Շահերի պաշտպանության մատյանը պահպանում է նրան ուղղված միջամտությունները։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contact_writes.py" line="103" />
        <source>Delete person</source>
        <translation>Ջնջել անձին</translation>
    </message>
</context>
<context>
    <name>CustodyMaximumDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="42" />
        <source>Custody maximum for one captive, charge or stage</source>
        <translation>Կալանքի առավելագույն ժամկետ մեկ գերու, մեղադրանքի կամ փուլի համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="47" />
        <source>One captive</source>
        <translation>Մեկ գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="48" />
        <source>The charges under an article</source>
        <translation>Մեկ հոդվածով մեղադրանքները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="49" />
        <source>A stage of the case</source>
        <translation>Գործի փուլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="55" />
        <source>An article, or its part after a dot: 214 or 214.2</source>
        <translation>Հոդված կամ դրա մասը՝ կետից հետո. 214 կամ 214.2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="68" />
        <source>not set: the file's maximum applies</source>
        <translation>սահմանված չէ. կիրառվում է ֆայլի առավելագույն ժամկետը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="79" />
        <source>A captive's own maximum wins; else the shortest of their charges' maxima; else their stage's; else the file's. 0 days removes the maximum set here.</source>
        <translation>Գերու սեփական առավելագույն ժամկետը գերակա է, այլապես՝ նրա մեղադրանքների ժամկետներից ամենակարճը, այլապես՝ նրա փուլինը, այլապես՝ ֆայլինը։ 0 օրը հեռացնում է այստեղ սահմանված առավելագույն ժամկետը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="92" />
        <source>For</source>
        <translation>Կիրառվում է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="93" />
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="108" />
        <source>Captive</source>
        <translation>Գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="94" />
        <source>Article</source>
        <translation>Հոդված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="95" />
        <source>Stage</source>
        <translation>Փուլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="96" />
        <source>Statutory maximum of custody (days)</source>
        <translation>Կալանքի օրենքով սահմանված առավելագույն ժամկետ (օր)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/custody_maxima.py" line="161" />
        <source>Choose a captive first.</source>
        <translation>Նախ ընտրեք գերի։</translation>
    </message>
</context>
<context>
    <name>CustodyTimeline</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="32" />
        <source>%n month(s)</source>
        <translation><numerusform>%n ամիս</numerusform><numerusform>%n ամիս</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="35" />
        <source>%n day(s)</source>
        <translation><numerusform>%n օր</numerusform><numerusform>%n օր</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="40" />
        <source>%1m</source>
        <translation>%1 ամ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="42" />
        <source>%1d</source>
        <translation>%1 օր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="194" />
        <source>No detention orders or hearings recorded yet.</source>
        <translation>Կալանավորման մասին որոշումներ կամ դատական նիստեր դեռ գրանցված չեն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="210" />
        <source>Initial order</source>
        <translation>Սկզբնական որոշում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="211" />
        <source>Extension</source>
        <translation>Երկարաձգում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="213" />
        <source>Preliminary / trial</source>
        <translation>Նախնական լսում / դատաքննություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="215" />
        <source>Appeal / cassation</source>
        <translation>Վերաքննություն / վճռաբեկություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="216" />
        <source>Scheduled</source>
        <translation>Նշանակված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="217" />
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="308" />
        <source>%1 detention order</source>
        <translation>Կալանավորման մասին որոշում (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="314" />
        <source>Decided on %1</source>
        <translation>Որոշման ամսաթիվ՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="319" />
        <source>Appeal filed on %1</source>
        <translation>Վերաքննիչ բողոքը ներկայացվել է %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="89" />
        <source>Custody ended %1</source>
        <translation>Կալանքն ավարտվել է՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="90" />
        <source>Custody ended</source>
        <translation>Կալանքն ավարտվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="93" />
        <source>Expired %1</source>
        <translation>Լրացել է %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="95" />
        <source>Expires today</source>
        <translation>Լրանում է այսօր</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline_facts.py" line="96" />
        <source>Expires %1 (in %Ln day(s))</source>
        <translation><numerusform>Լրանում է %1 (%Ln օրից)</numerusform><numerusform>Լրանում է %1 (%Ln օրից)</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="359" />
        <source>%1 hearing</source>
        <translation>Դատական նիստ (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="364" />
        <source>Custody has ended: this hearing on detention is not shown as the next hearing.</source>
        <translation>Կալանքն ավարտվել է. կալանքի վերաբերյալ այս նիստը չի ցուցադրվում որպես հաջորդ նիստ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="371" />
        <source>Outcome: %1</source>
        <translation>Արդյունք՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline.py" line="374" />
        <source>%n co-defendant(s)</source>
        <translation><numerusform>%n համամեղադրյալ</numerusform><numerusform>%n համամեղադրյալ</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="384" />
        <source>Today, %1</source>
        <translation>Այսօր, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="390" />
        <source>Captured %1</source>
        <translation>Գերեվարում՝ %1</translation>
    </message>
</context>
<context>
    <name>DailyLog</name>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="45" />
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«%1» արժեքն ամսաթիվ չէ (ՏՏՏՏ-ԱԱ-ՕՕ)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="57" />
        <location filename="../../caseapp/ui/views/deadline_log.py" line="81" />
        <source>Daily log of deadline control</source>
        <translation>Ժամկետների վերահսկման օրական մատյան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="58" />
        <source>Day</source>
        <translation>Օր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="59" />
        <source>Deadlines entered, changed, done, dismissed or deleted on this day, with who, when and why. Printed at the internal level: for the legal team only.</source>
        <translation>Այս օրը մուտքագրված, փոփոխված, կատարված, չեղարկված կամ ջնջված ժամկետները՝ ով, երբ և ինչու։ Տպվում է ներքին մակարդակով. միայն իրավաբանական թիմի համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="62" />
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="64" />
        <source>The language of the log: its headings, the deadlines' rules and notes, and its dates.</source>
        <translation>Մատյանի լեզուն՝ վերնագրերի, ժամկետների կանոնների և նշումների, ինչպես նաև ամսաթվերի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_log.py" line="83" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF ֆայլեր (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_log.py" line="97" />
        <source>Wrote the daily log of %1 (%Ln event(s)) to %2.</source>
        <translation><numerusform>%1-ի օրական մատյանը (%Ln իրադարձություն) գրվեց %2 ֆայլում։</numerusform><numerusform>%1-ի օրական մատյանը (%Ln իրադարձություն) գրվեց %2 ֆայլում։</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="124" />
        <source>Longest without news (proof of life)</source>
        <translation>Ամենաերկար առանց լուրի (ողջ լինելու հաստատում)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="123" />
        <source>Hearings in the next 14 days</source>
        <translation>Դատական նիստեր առաջիկա 14 օրում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="116" />
        <source>Needs attention</source>
        <translation>Պահանջում է ուշադրություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="111" />
        <source>All deadlines…</source>
        <translation>Բոլոր ժամկետները…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="137" />
        <source>Recently changed</source>
        <translation>Վերջին փոփոխությունները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="246" />
        <source>overdue</source>
        <translation>ժամկետանց</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="248" />
        <source>overdue by %Ln day(s)</source>
        <translation><numerusform>ժամկետանց է %Ln օրով</numerusform><numerusform>ժամկետանց է %Ln օրով</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="250" />
        <source>in %Ln day(s)</source>
        <translation><numerusform>%Ln օրից</numerusform><numerusform>%Ln օրից</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="257" />
        <source>Follow-up of “%1” due today (%2).</source>
        <translation>«%1»՝ հետևման օրն այսօր է (%2)։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="260" />
        <source>Follow-up of “%1” overdue by %Ln day(s) (due %2).</source>
        <translation><numerusform>«%1»՝ հետևումը ժամկետանց է %Ln օրով (մինչև %2)։</numerusform><numerusform>«%1»՝ հետևումը ժամկետանց է %Ln օրով (մինչև %2)։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="268" />
        <source>Detention order expires today (%1); no hearing is recorded before then.</source>
        <translation>Կալանավորման մասին որոշման ժամկետը լրանում է այսօր (%1). մինչ այդ դատական նիստ գրանցված չէ։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="271" />
        <source>Detention order expires in %Ln day(s) (%1); no hearing is recorded before then.</source>
        <translation><numerusform>Կալանավորման մասին որոշման ժամկետը լրանում է %Ln օրից (%1). մինչ այդ դատական նիստ գրանցված չէ։</numerusform><numerusform>Կալանավորման մասին որոշման ժամկետը լրանում է %Ln օրից (%1). մինչ այդ դատական նիստ գրանցված չէ։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="282" />
        <source>No confirmed news for %Ln day(s).</source>
        <translation><numerusform>Հաստատված լուր չկա %Ln օր։</numerusform><numerusform>Հաստատված լուր չկա %Ln օր։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="286" />
        <source>No independent proof of life for %Ln day(s) (last: %1).</source>
        <translation><numerusform>Ողջ լինելու անկախ հաստատում չկա %Ln օր (վերջինը՝ %1)։</numerusform><numerusform>Ողջ լինելու անկախ հաստատում չկա %Ln օր (վերջինը՝ %1)։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="295" />
        <source>Detention order in criminal case %2 expires today (%1); no hearing is recorded before then.</source>
        <translation>Թիվ %2 քրեական գործով կալանավորման մասին որոշման ժամկետը լրանում է այսօր (%1). մինչ այդ դատական նիստ գրանցված չէ։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="297" />
        <source>Detention order in criminal case %2 expires in %Ln day(s) (%1); no hearing is recorded before then.</source>
        <translation><numerusform>Թիվ %2 քրեական գործով կալանավորման մասին որոշման ժամկետը լրանում է %Ln օրից (%1). մինչ այդ դատական նիստ գրանցված չէ։</numerusform><numerusform>Թիվ %2 քրեական գործով կալանավորման մասին որոշման ժամկետը լրանում է %Ln օրից (%1). մինչ այդ դատական նիստ գրանցված չէ։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="300" />
        <source>Detention order of %2 expires today (%1); no hearing is recorded before then.</source>
        <translation>Կալանավորման մասին որոշման (սկիզբը՝ %2) ժամկետը լրանում է այսօր (%1). մինչ այդ դատական նիստ գրանցված չէ։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="302" />
        <source>Detention order of %2 expires in %Ln day(s) (%1); no hearing is recorded before then.</source>
        <translation><numerusform>Կալանավորման մասին որոշման (սկիզբը՝ %2) ժամկետը լրանում է %Ln օրից (%1). մինչ այդ դատական նիստ գրանցված չէ։</numerusform><numerusform>Կալանավորման մասին որոշման (սկիզբը՝ %2) ժամկետը լրանում է %Ln օրից (%1). մինչ այդ դատական նիստ գրանցված չէ։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="309" />
        <source>%Ln overdue</source>
        <translation><numerusform>%Ln ժամկետանց</numerusform><numerusform>%Ln ժամկետանց</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="311" />
        <source>%Ln due today</source>
        <translation><numerusform>%Ln՝ այսօր</numerusform><numerusform>%Ln՝ այսօր</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="312" />
        <source>%Ln this week</source>
        <translation><numerusform>%Ln՝ այս շաբաթ</numerusform><numerusform>%Ln՝ այս շաբաթ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="314" />
        <source>%Ln later</source>
        <translation><numerusform>%Ln՝ ավելի ուշ</numerusform><numerusform>%Ln՝ ավելի ուշ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="317" />
        <source>%Ln follow-up(s) overdue</source>
        <translation><numerusform>%Ln ժամկետանց հետևում</numerusform><numerusform>%Ln ժամկետանց հետևում</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="319" />
        <source>%Ln follow-up(s) due today</source>
        <translation><numerusform>%Ln հետևում՝ այսօր</numerusform><numerusform>%Ln հետևում՝ այսօր</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="352" />
        <source>%Ln captive(s) in this case file</source>
        <translation><numerusform>Այս գործի ֆայլում %Ln գերի կա</numerusform><numerusform>Այս գործի ֆայլում %Ln գերի կա</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="362" />
        <source>%Ln day(s) ago</source>
        <translation><numerusform>%Ln օր առաջ</numerusform><numerusform>%Ln օր առաջ</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="249" />
        <source>today</source>
        <translation>այսօր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="263" />
        <source>Detention order expired on %1; no later order is recorded.</source>
        <translation>Կալանավորման մասին որոշման ժամկետը լրացել է %1. ավելի ուշ որոշում գրանցված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="274" />
        <source>%1 days in custody: over the statutory maximum of %2.</source>
        <translation>Կալանքի %1 օր. գերազանցում է օրենքով սահմանված %2 օր առավելագույնը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="277" />
        <source>Prisoner of war confined awaiting trial for %1 days; GC III Art. 103 allows three months (until %2).</source>
        <translation>Ռազմագերին դատաքննության սպասելով պահվում է %1 օր. Ժնևի III կոնվենցիայի 103-րդ հոդվածը թույլ է տալիս երեք ամիս (մինչև %2)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="281" />
        <source>No confirmed news is recorded.</source>
        <translation>Հաստատված լուր գրանցված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="284" />
        <source>No independent proof of life (ICRC, consular or lawyer visit) is recorded.</source>
        <translation>Ողջ լինելու անկախ հաստատում (ԿԽՄԿ-ի, հյուպատոսական կամ փաստաբանի այց) գրանցված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="288" />
        <source>Nothing ahead: no deadline still to come and no hearing to come.</source>
        <translation>Առջևում ոչինչ չկա. ոչ դեռ չլրացած ժամկետ կա, ոչ առաջիկա դատական նիստ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="347" />
        <source>Nothing needs attention: no deadline this week, no warning.</source>
        <translation>Ուշադրություն պահանջող ոչինչ չկա. այս շաբաթ ժամկետներ և նախազգուշացումներ չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="361" />
        <source>no contact recorded</source>
        <translation>կապ գրանցված չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="369" />
        <source>Nobody in custody or missing: no news to wait for.</source>
        <translation>Կալանքի տակ կամ անհայտ կորած ոչ ոք չկա. սպասվող լուր չկա։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="373" />
        <source>%1 (no longer in custody)</source>
        <translation>%1 (այլևս կալանքի տակ չէ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="383" />
        <source>No hearings scheduled.</source>
        <translation>Նշանակված դատական նիստեր չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="396" />
        <source>Recent changes are read from the audit log, which needs internal clearance.</source>
        <translation>Վերջին փոփոխությունները կարդացվում են աուդիտի մատյանից, որի համար անհրաժեշտ է «ներքին» թույլտվություն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="398" />
        <source>Nothing recorded yet: what you add or change shows here.</source>
        <translation>Դեռ ոչինչ գրանցված չէ. ձեր ավելացրածը կամ փոխածը կցուցադրվի այստեղ։</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="76" />
        <source>e.g. %1, %2 or %3</source>
        <translation>օր.՝ %1, %2 կամ %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="78" />
        <source>e.g. %1</source>
        <translation>օր.՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="81" />
        <source>A day, a month or a year. For a day known only roughly, put ~ before it: %1.</source>
        <translation>Օր, ամիս կամ տարի։ Եթե օրը հայտնի է միայն մոտավորապես, դրա առջև դրեք ~, օրինակ՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="87" />
        <source>Pick a date (Alt+Down)</source>
        <translation>Ընտրել ամսաթիվ (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="145" />
        <source>“%1”: only a day can be marked rough with ~; a month or a year already says that the day is not known. Write %2.</source>
        <translation>«%1»։ ~ նշանով կարելի է նշել միայն մոտավոր օրը. ամիսը կամ տարին արդեն ցույց է տալիս, որ օրը հայտնի չէ։ Գրեք՝ %2։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="148" />
        <source>“%1” is not a date: write a day as %2, a month as %3 or a year as %4.</source>
        <translation>«%1» արժեքն ամսաթիվ չէ. գրեք օրը՝ %2, ամիսը՝ %3 կամ տարին՝ %4 ձևով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="153" />
        <source>“%1” gives only a month or a year: a day is needed here. Give the first day known, such as %2.</source>
        <translation>«%1» տալիս է միայն ամիսը կամ տարին, իսկ այստեղ պետք է օր։ Նշեք հայտնի առաջին օրը, օրինակ՝ %2։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="155" />
        <source>“%1” is not a date: write it as %2.</source>
        <translation>«%1» արժեքն ամսաթիվ չէ. գրեք %2 ձևով։</translation>
    </message>
</context>
<context>
    <name>DeadlineNoteDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_note.py" line="62" />
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Հաստատել (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_note.py" line="83" />
        <source>Write a note: it is kept in the audit trail with your name and the time.</source>
        <translation>Գրեք նշում. այն պահվում է աուդիտի մատյանում՝ ձեր անունով և ժամով։</translation>
    </message>
</context>
<context>
    <name>DeadlineSettingsDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="39" />
        <source>Deadline settings</source>
        <translation>Ժամկետների կարգավորումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="46" />
        <source>Azerbaijan</source>
        <translation>Ադրբեջան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="46" />
        <source>Armenia</source>
        <translation>Հայաստան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="51" />
        <source>not set</source>
        <translation>սահմանված չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="62" />
        <source>The statutory maximum depends on the charge and the stage of the case: CaseApp does not assume one. Rules of the other country stay available in the calculator. These settings are kept in the case file; changing the procedure recomputes its deadlines (dates you set by hand are kept).</source>
        <translation>Օրենքով սահմանված առավելագույն ժամկետը կախված է մեղադրանքից և գործի փուլից. CaseApp-ը դա չի ենթադրում։ Մյուս երկրի կանոնները հասանելի են մնում հաշվիչում։ Այս կարգավորումները պահվում են գործի ֆայլում. դատավարական կարգը փոխելիս դրա ժամկետները վերահաշվարկվում են (ձեռքով սահմանված ամսաթվերը պահպանվում են)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="73" />
        <source>Maximum for one captive, charge or stage…</source>
        <translation>Առավելագույն ժամկետ մեկ գերու, մեղադրանքի կամ փուլի համար…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="82" />
        <source>Domestic procedure</source>
        <translation>Ներպետական դատավարական կարգ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="83" />
        <source>Statutory maximum of custody (days)</source>
        <translation>Կալանքի օրենքով սահմանված առավելագույն ժամկետ (օր)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="84" />
        <source>Warn when an order expires within (days)</source>
        <translation>Նախազգուշացնել, երբ որոշման ժամկետը լրանում է (օրվա ընթացքում)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="85" />
        <source>Proof of life: warn after (days without news)</source>
        <translation>Ողջ լինելու հաստատում. նախազգուշացնել (առանց լուրի օրերից) հետո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="87" />
        <source>Your own rules: .toml files in %1 add rules or replace shipped ones by id (see the shipped files for the format); they are read when a case file is opened.</source>
        <translation>Ձեր սեփական կանոնները. %1 թղթապանակի .toml ֆայլերը ավելացնում են կանոններ կամ փոխարինում առաքվածները ըստ id-ի (ձևաչափի համար տես առաքված ֆայլերը). դրանք կարդացվում են գործի ֆայլը բացելիս։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="94" />
        <source>Open the rules folder</source>
        <translation>Բացել կանոնների թղթապանակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="102" />
        <source>Rule files that could not be read:</source>
        <translation>Կանոնների ֆայլեր, որոնք հնարավոր չեղավ կարդալ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="127" />
        <source>Maxima set for one captive, charge or stage (in days):</source>
        <translation>Մեկ գերու, մեղադրանքի կամ փուլի համար սահմանված առավելագույն ժամկետներ (օրերով)՝</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="26" />
        <source>Overdue</source>
        <translation>Ժամկետանց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="27" />
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="28" />
        <source>This week</source>
        <translation>Այս շաբաթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="29" />
        <source>Later</source>
        <translation>Ավելի ուշ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="30" />
        <source>Snoozed</source>
        <translation>Հետաձգված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="31" />
        <source>Done or dismissed</source>
        <translation>Կատարված կամ չեղարկված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="109" />
        <source>Show history</source>
        <translation>Ցույց տալ պատմությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="111" />
        <source>Also list the deadlines already done or dismissed</source>
        <translation>Ցուցակել նաև արդեն կատարված կամ չեղարկված ժամկետները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="153" />
        <source>Mark done…</source>
        <translation>Նշել կատարված…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="154" />
        <source>The step was taken: close the deadline, saying what was done</source>
        <translation>Քայլը կատարվել է. փակել ժամկետը՝ նշելով, թե ինչ է արվել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="160" />
        <source>Change…</source>
        <translation>Փոխել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="161" />
        <source>Its date (kept when the rules recompute), whether it is hard, the document it came from</source>
        <translation>Դրա ամսաթիվը (պահպանվում է կանոնների վերահաշվարկի ժամանակ), արդյոք այն անխախտ է, փաստաթուղթը, որից այն ծագել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="163" />
        <source>Open document</source>
        <translation>Բացել փաստաթուղթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="165" />
        <source>Open the document the deadline came from</source>
        <translation>Բացել այն փաստաթուղթը, որից ծագել է ժամկետը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="172" />
        <source>Delete…</source>
        <translation>Ջնջել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="58" />
        <source>Due</source>
        <translation>Մինչև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="62" />
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="69" />
        <source>the deadline “%1”</source>
        <translation>«%1» ժամկետը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="81" />
        <source>This is a hard deadline set by a court: it cannot be missed.</source>
        <translation>Սա դատարանի սահմանած անխախտ ժամկետ է. այն չի կարելի բաց թողնել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="92" />
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="100" />
        <source>Mark deadline done</source>
        <translation>Նշել ժամկետը կատարված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="97" />
        <source>Marked done: %1</source>
        <translation>Նշվեց կատարված՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="101" />
        <source>Mark the deadline “%1” (due %2) as done?</source>
        <translation>Նշե՞լ «%1» ժամկետը (մինչև %2) կատարված։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="103" />
        <source>What was done (kept in the audit trail with your name and the time):</source>
        <translation>Ինչ է արվել (պահվում է աուդիտի մատյանում՝ ձեր անունով և ժամով)՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="105" />
        <source>Mark done</source>
        <translation>Նշել կատարված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="115" />
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="123" />
        <source>Dismiss deadline</source>
        <translation>Չեղարկել ժամկետը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="120" />
        <source>Dismissed: %1</source>
        <translation>Չեղարկվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="124" />
        <source>Dismiss the deadline “%1” (due %2) without doing it?</source>
        <translation>Չեղարկե՞լ «%1» ժամկետը (մինչև %2)՝ առանց այն կատարելու։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="126" />
        <source>Why is it dismissed?</source>
        <translation>Ինչո՞ւ է այն չեղարկվում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="126" />
        <source>Dismiss</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="143" />
        <source>Deleted the deadline “%1”.</source>
        <translation>«%1» ժամկետը ջնջվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="147" />
        <source>Delete deadline</source>
        <translation>Ջնջել ժամկետը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="148" />
        <source>Delete the deadline “%1” (due %2) for good? Mark it done or dismiss it instead to keep it on record.</source>
        <translation>Վերջնականապես ջնջե՞լ «%1» ժամկետը (մինչև %2)։ Այն գրառման մեջ պահելու համար փոխարենը նշեք կատարված կամ չեղարկեք։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="151" />
        <source>Why is it deleted?</source>
        <translation>Ինչո՞ւ է այն ջնջվում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="151" />
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="163" />
        <source>Remind me again on</source>
        <translation>Կրկին հիշեցնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="164" />
        <source>The due date does not change.</source>
        <translation>Ժամկետի ամսաթիվը չի փոխվում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="166" />
        <source>Why snooze a deadline set by a court?</source>
        <translation>Ինչո՞ւ հետաձգել դատարանի սահմանած ժամկետի հիշեցումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="168" />
        <source>A hard deadline cannot be missed: the reason is kept with the snooze and in the audit trail.</source>
        <translation>Անխախտ ժամկետը չի կարելի բաց թողնել. պատճառը պահվում է հետաձգման հետ և աուդիտի մատյանում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="170" />
        <source>Snooze a hard deadline</source>
        <translation>Հետաձգել անխախտ ժամկետի հիշեցումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="171" />
        <source>Snooze deadline</source>
        <translation>Հետաձգել ժամկետի հիշեցումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="178" />
        <source>Snoozed: %1</source>
        <translation>Հետաձգվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="183" />
        <source>Due on</source>
        <translation>Մինչև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="184" />
        <source>Hard deadline (set by a court, cannot be missed)</source>
        <translation>Անխախտ ժամկետ (սահմանված դատարանի կողմից, չի կարելի բաց թողնել)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="185" />
        <source>Shown first, marked, and never snoozed without a reason.</source>
        <translation>Ցուցադրվում է առաջինը, նշված, և երբեք չի հետաձգվում առանց պատճառի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="187" />
        <source>Came from the document</source>
        <translation>Ծագել է փաստաթղթից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="188" />
        <source>The order or letter that set it; open it from the deadline.</source>
        <translation>Այն սահմանած որոշումը կամ նամակը. բացեք այն ժամկետից։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="190" />
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="191" />
        <source>Sensitivity</source>
        <translation>Գաղտնիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="193" />
        <source>Who may see this deadline and its notes in a calendar, dossier or report: a deadline with notes starts internal</source>
        <translation>Ով կարող է տեսնել այս ժամկետը և դրա նշումները օրացույցում, դոսյեում կամ զեկույցում. նշումներով ժամկետը սկզբում ներքին է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="223" />
        <source>Edit deadline</source>
        <translation>Խմբագրել ժամկետը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="225" />
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="255" />
        <source>deadline</source>
        <translation>ժամկետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="250" />
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="66" />
        <source>Captive</source>
        <translation>Գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="254" />
        <source>Add deadline</source>
        <translation>Ավելացնել ժամկետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="267" />
        <source>Deadline added.</source>
        <translation>Ժամկետն ավելացվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="290" />
        <source>Open the document (a copy, not encrypted)</source>
        <translation>Բացել փաստաթուղթը (պատճեն, չգաղտնագրված)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="298" />
        <source>Saved a copy to %1.</source>
        <translation>Պատճենը պահվեց %1 ֆայլում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_actions.py" line="182" />
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="68" />
        <source>Deadline</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="71" />
        <source>Body</source>
        <translation>Մարմին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="72" />
        <location filename="../../caseapp/ui/views/deadline_details.py" line="135" />
        <source>Rule</source>
        <translation>Կանոն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="74" />
        <source>Set by hand</source>
        <translation>Սահմանված է ձեռքով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="97" />
        <source>Filter by captive, deadline, rule or body…</source>
        <translation>Զտել ըստ գերու, ժամկետի, կանոնի կամ մարմնի…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="104" />
        <source>Which deadlines to show</source>
        <translation>Որ ժամկետները ցույց տալ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="105" />
        <source>Open (not snoozed)</source>
        <translation>Բաց (չհետաձգված)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="108" />
        <source>All deadlines</source>
        <translation>Բոլոր ժամկետները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="114" />
        <source>Filter by body</source>
        <translation>Զտել ըստ մարմնի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="117" />
        <source>Filter by rule</source>
        <translation>Զտել ըստ կանոնի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="143" />
        <source>List of deadlines</source>
        <translation>Ժամկետների ցանկ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="156" />
        <source>Dismiss…</source>
        <translation>Չեղարկել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="157" />
        <source>Close the deadline without doing it, saying why</source>
        <translation>Փակել ժամկետն առանց այն կատարելու՝ նշելով պատճառը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="158" />
        <source>Snooze…</source>
        <translation>Հետաձգել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="159" />
        <source>Hide it from the reminders until a later day</source>
        <translation>Թաքցնել այն հիշեցումներից մինչև ավելի ուշ օր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="166" />
        <source>Open captive</source>
        <translation>Բացել գերու գործը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="168" />
        <source>Add by hand…</source>
        <translation>Ավելացնել ձեռքով…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="169" />
        <source>A deadline no rule computes</source>
        <translation>Ժամկետ, որը ոչ մի կանոն չի հաշվարկում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="170" />
        <source>From a rule…</source>
        <translation>Կանոնից…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="171" />
        <source>Compute a deadline with any rule and add it</source>
        <translation>Հաշվարկել ժամկետ ցանկացած կանոնով և ավելացնել այն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="173" />
        <source>Export calendar…</source>
        <translation>Արտահանել օրացույց…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="175" />
        <source>Write open deadlines and hearings to an .ics file</source>
        <translation>Գրել բաց ժամկետները և դատական նիստերը .ics ֆայլում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="184" />
        <source>How it was computed</source>
        <translation>Ինչպես է հաշվարկվել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="87" />
        <source>%1 (estimate)</source>
        <translation>%1 (մոտավոր)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="100" />
        <source>Counted from the day of the event that sets it off: %1.</source>
        <translation>Ժամկետը հաշվվում է հիմք հանդիսացող իրադարձության օրվանից՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="103" />
        <source>An estimate: the day of the event is not known, only its month or year; counted from the first day of that month or year, never later.</source>
        <translation>Մոտավոր ժամկետ. իրադարձության օրը հայտնի չէ, միայն ամիսը կամ տարին. հաշվվում է այդ ամսվա կամ տարվա առաջին օրվանից, ոչ ավելի ուշ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="128" />
        <source>passed at %1 (%2)</source>
        <translation>ժամկետը լրացել է ժամը %1-ին (%2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="132" />
        <source>day ended in %1 at %2</source>
        <translation>օրն ավարտվել է՝ %2 (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="136" />
        <source>%Ln day(s) overdue</source>
        <translation><numerusform>%Ln օր ժամկետանց</numerusform><numerusform>%Ln օր ժամկետանց</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="139" />
        <source>in %Ln day(s)</source>
        <translation><numerusform>%Ln օրից</numerusform><numerusform>%Ln օրից</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="163" />
        <source>This rule has not been verified against its source.</source>
        <translation>Այս կանոնը ստուգված չէ իր աղբյուրի հետ։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="141" />
        <source>%Ln deadline(s)</source>
        <translation><numerusform>%Ln ժամկետ</numerusform><numerusform>%Ln ժամկետ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="154" />
        <source>%Ln hard deadline(s) open</source>
        <translation><numerusform>%Ln անխախտ ժամկետ բաց է</numerusform><numerusform>%Ln անխախտ ժամկետ բաց է</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="75" />
        <source>yes</source>
        <translation>այո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="84" />
        <source>HARD: %1</source>
        <translation>ԱՆԽԱԽՏ՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="97" />
        <source>%1
A hard deadline set by a court: it cannot be missed.</source>
        <translation>%1
Դատարանի սահմանած անխախտ ժամկետ. այն չի կարելի բաց թողնել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="125" />
        <source>snoozed until %1</source>
        <translation>հետաձգված է մինչև %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="138" />
        <source>today</source>
        <translation>այսօր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="152" />
        <source>by hand</source>
        <translation>ձեռքով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_columns.py" line="161" />
        <source>Rule %1</source>
        <translation>Կանոն %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="62" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="118" />
        <source>All bodies</source>
        <translation>Բոլոր մարմինները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="64" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="118" />
        <source>All rules</source>
        <translation>Բոլոր կանոնները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="90" />
        <source>Captive: %1</source>
        <translation>Գերի՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_filters.py" line="91" />
        <source>Show everyone's deadlines</source>
        <translation>Ցույց տալ բոլորի ժամկետները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="311" />
        <source>Select a deadline to see how it was computed.</source>
        <translation>Ընտրեք ժամկետ՝ տեսնելու, թե ինչպես է այն հաշվարկվել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="32" />
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="53" />
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="72" />
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="102" />
        <source>Export calendar</source>
        <translation>Արտահանել օրացույց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="33" />
        <source>Level of the calendar (anything above it is left out):</source>
        <translation>Օրացույցի մակարդակը (դրանից բարձր ամեն ինչ բաց է թողնվում)՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="56" />
        <source>Write the calendar</source>
        <translation>Գրել օրացույցը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="58" />
        <source>Choose another level</source>
        <translation>Ընտրել այլ մակարդակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="74" />
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ֆայլեր (*.ics)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="103" />
        <source>Language of the calendar (its events, reminders and dates):</source>
        <translation>Օրացույցի լեզուն (իրադարձությունների, հիշեցումների և ամսաթվերի)՝</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="119" />
        <source>Wrote %Ln event(s) (deadlines: %1, hearings: %2) at the %4 level to %3.</source>
        <translation><numerusform>%Ln իրադարձություն (ժամկետներ՝ %1, դատական նիստեր՝ %2) %4 մակարդակով գրվեց %3 ֆայլում։</numerusform><numerusform>%Ln իրադարձություն (ժամկետներ՝ %1, դատական նիստեր՝ %2) %4 մակարդակով գրվեց %3 ֆայլում։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="126" />
        <source>%Ln item(s) left out at that level.</source>
        <translation><numerusform>Այդ մակարդակում բաց է թողնվել %Ln տարր։</numerusform><numerusform>Այդ մակարդակում բաց է թողնվել %Ln տարր։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="129" />
        <source>The file also cancels %Ln deadline(s) closed lately (done or dismissed).</source>
        <translation><numerusform>Ֆայլը նաև չեղարկում է վերջերս փակված %Ln ժամկետ (կատարված կամ չեղարկված)։</numerusform><numerusform>Ֆայլը նաև չեղարկում է վերջերս փակված %Ln ժամկետ (կատարված կամ չեղարկված)։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadline_calendar.py" line="133" />
        <source>The file also cancels %Ln hearing(s) or deadline(s) deleted lately.</source>
        <translation><numerusform>Ֆայլը նաև չեղարկում է վերջերս ջնջված %Ln դատական նիստ կամ ժամկետ։</numerusform><numerusform>Ֆայլը նաև չեղարկում է վերջերս ջնջված %Ln դատական նիստ կամ ժամկետ։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="102" />
        <source>Due by the end of %1 in your time zone, before the day ends in %2.</source>
        <translation>Ժամկետը լրանում է %1-ի օրվա վերջում՝ ձեր ժամային գոտով, նախքան օրը կավարտվի դատարանի տեղական ժամանակով (%2)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="105" />
        <source>Due by the end of %1 in %2 (%3 on %4 in your time zone).</source>
        <translation>Ժամկետը լրանում է %1-ի օրվա վերջում՝ դատարանի տեղական ժամանակով (%2), ձեր ժամային գոտում՝ %4-ին ժամը %3-ին։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="107" />
        <source>Due by the end of %1 in %2 (%3 in your time zone).</source>
        <translation>Ժամկետը լրանում է %1-ի օրվա վերջում՝ դատարանի տեղական ժամանակով (%2), ձեր ժամային գոտում՝ ժամը %3-ին։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="124" />
        <source>A hard deadline set by a court: it cannot be missed, and it is never snoozed without a reason.</source>
        <translation>Դատարանի սահմանած անխախտ ժամկետ. այն չի կարելի բաց թողնել և երբեք չի հետաձգվում առանց պատճառի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="128" />
        <source>Open the document it came from</source>
        <translation>Բացել այն փաստաթուղթը, որից այն առաջացել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="135" />
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="141" />
        <source>This rule has not been verified against its source: check the date.</source>
        <translation>Այս կանոնը ստուգված չէ իր աղբյուրի հետ. ստուգեք ամսաթիվը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadline_details.py" line="146" />
        <source>The date was set by hand; recomputing keeps it.</source>
        <translation>Ամսաթիվը սահմանվել է ձեռքով. վերահաշվարկը այն պահպանում է։</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="39" />
        <location filename="../../caseapp/ui/views/captive_documents.py" line="79" />
        <source>Documents and evidence</source>
        <translation>Փաստաթղթեր և ապացույցներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="40" />
        <source>No documents yet. Drop files here, or click Add…</source>
        <translation>Փաստաթղթեր դեռ չկան։ Քաշեք ֆայլերն այստեղ կամ սեղմեք Ավելացնել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="43" />
        <source>Save a copy…</source>
        <translation>Պահել պատճենը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="45" />
        <source>Open…</source>
        <translation>Բացել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="46" />
        <source>Saves a copy where you choose (not encrypted), then opens it</source>
        <translation>Պահում է պատճենը ձեր ընտրած վայրում (չգաղտնագրված), ապա բացում այն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="47" />
        <source>Make searchable (OCR)</source>
        <translation>Դարձնել որոնելի (OCR)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="49" />
        <source>Reads a scanned PDF or image in Armenian, Russian, Azerbaijani and English; the text copy is kept beside the original, which is not changed</source>
        <translation>Կարդում է սկանավորված PDF կամ պատկեր՝ հայերեն, ռուսերեն, ադրբեջաներեն և անգլերեն. տեքստային պատճենը պահվում է բնօրինակի կողքին, որը չի փոխվում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="52" />
        <source>Stop reading</source>
        <translation>Դադարեցնել ճանաչումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="53" />
        <source>Stops reading this scan: nothing of it is stored</source>
        <translation>Դադարեցնում է այս սկանի ճանաչումը. դրանից ոչինչ չի պահպանվում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="71" />
        <source>Drop files on this tab to add them. Files are stored inside the case file; “Save a copy” writes an unencrypted copy where you choose.</source>
        <translation>Ֆայլերն ավելացնելու համար քաշեք դրանք այս ներդիրի վրա։ Ֆայլերը պահվում են գործի ֆայլի ներսում. «Պահել պատճենը» հրամանը գրում է չգաղտնագրված պատճեն ձեր ընտրած վայրում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="79" />
        <source>Documents</source>
        <translation>Փաստաթղթեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="85" />
        <source>Attached to: %1</source>
        <translation>Կցված է՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="103" />
        <source>Add documents</source>
        <translation>Ավելացնել փաստաթղթեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="114" />
        <source>Added %1.</source>
        <translation>Ավելացվեց՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="122" />
        <source>Save a copy (not encrypted)</source>
        <translation>Պահել պատճենը (չգաղտնագրված)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="130" />
        <source>Saved a copy to %1.</source>
        <translation>Պատճենը պահվեց %1 ֆայլում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="147" />
        <location filename="../../caseapp/ui/views/captive_documents.py" line="150" />
        <location filename="../../caseapp/ui/views/captive_documents.py" line="193" />
        <source>Make searchable</source>
        <translation>Դարձնել որոնելի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="151" />
        <source>Only PDF, PNG, JPEG and TIFF scans can be read by OCR.</source>
        <translation>OCR-ը կարող է կարդալ միայն PDF, PNG, JPEG և TIFF սկաններ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="156" />
        <source>“%1” will be read (OCR) after the scans before it…</source>
        <translation>«%1» փաստաթուղթը կճանաչվի (OCR) նախորդ սկաններից հետո…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="158" />
        <source>Reading “%1” (OCR)…</source>
        <translation>Կարդում է «%1» փաստաթուղթը (OCR)…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="169" />
        <source>Reading “%1” was stopped: nothing was stored.</source>
        <translation>«%1» փաստաթղթի ճանաչումը դադարեցվեց. ոչինչ չի պահպանվել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="183" />
        <source>OCR read no text in “%1”: a search will not find it. If it holds writing, check the scan (too faint, or in another language) and make it searchable again.</source>
        <translation>OCR-ը «%1» փաստաթղթում տեքստ չկարդաց. որոնումը այն չի գտնի։ Եթե այնտեղ գրություն կա, ստուգեք սկանը (չափազանց աղոտ է կամ այլ լեզվով) և կրկին դարձրեք որոնելի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="187" />
        <source>“%1” is searchable now.</source>
        <translation>«%1» փաստաթուղթն այժմ որոնելի է։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="204" />
        <source>Stopping the reading of “%1”…</source>
        <translation>Դադարեցվում է «%1» փաստաթղթի ճանաչումը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="209" />
        <source>Page %1 of “%2” may be unreadable in its text copy: which way up it is could not be told, so a search may miss its words.</source>
        <translation>«%2» փաստաթղթի %1 էջը կարող է անընթեռնելի լինել դրա տեքստային պատճենում. հնարավոր չեղավ որոշել, թե որ կողմն է վերև, ուստի որոնումը կարող է բաց թողնել դրա բառերը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="211" />
        <source>Pages %1 of “%2” may be unreadable in its text copy: which way up they are could not be told, so a search may miss their words.</source>
        <translation>«%2» փաստաթղթի %1 էջերը կարող են անընթեռնելի լինել դրա տեքստային պատճենում. հնարավոր չեղավ որոշել, թե որ կողմն է վերև, ուստի որոնումը կարող է բաց թողնել դրանց բառերը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="218" />
        <source>Page %1 of “%2” was not checked for which way up it is: the time for it ran out, and it was read as it is, so a search may miss its words if it lies sideways or upside down.</source>
        <translation>«%2» փաստաթղթի %1 էջի դիրքը չի ստուգվել. դրա համար ժամանակը սպառվեց, և այն ճանաչվել է այնպես, ինչպես կա, ուստի որոնումը կարող է բաց թողնել դրա բառերը, եթե այն կողքի վրա է կամ գլխիվայր։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_documents.py" line="221" />
        <source>Pages %1 of “%2” were not checked for which way up they are: the time for it ran out, and they were read as they are, so a search may miss the words of any of them lying sideways or upside down.</source>
        <translation>«%2» փաստաթղթի %1 էջերի դիրքը չի ստուգվել. դրա համար ժամանակը սպառվեց, և դրանք ճանաչվել են այնպես, ինչպես կան, ուստի որոնումը կարող է բաց թողնել դրանցից կողքի վրա կամ գլխիվայր եղածների բառերը։</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="115" />
        <source>Title</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="121" />
        <source>Captive</source>
        <translation>Գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="122" />
        <source>Type</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="123" />
        <source>Size</source>
        <translation>Չափ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="125" />
        <source>Received</source>
        <translation>Ստացվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="127" />
        <source>Reliability</source>
        <translation>Հավաստիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="130" />
        <source>Sensitivity</source>
        <translation>Գաղտնիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="132" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="185" />
        <source>Filter by title, captive, type, source or SHA-256…</source>
        <translation>Զտել ըստ վերնագրի, գերու, տեսակի, աղբյուրի կամ SHA-256-ի…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="191" />
        <source>Filter by reliability</source>
        <translation>Զտել ըստ հավաստիության</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="192" />
        <source>Any reliability</source>
        <translation>Ցանկացած հավաստիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="207" />
        <source>List of documents</source>
        <translation>Փաստաթղթերի ցանկ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="213" />
        <source>Save a copy…</source>
        <translation>Պահել պատճենը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="215" />
        <source>Write the document's file where you choose</source>
        <translation>Գրել փաստաթղթի ֆայլը ձեր ընտրած վայրում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="217" />
        <source>Open captive…</source>
        <translation>Բացել գերու գործը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="218" />
        <source>Open the file of the captive this document concerns</source>
        <translation>Բացել այն գերու գործը, որին վերաբերում է այս փաստաթուղթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="220" />
        <source>Selected document</source>
        <translation>Ընտրված փաստաթուղթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="292" />
        <source>Select a document to see where it comes from and its full SHA-256.</source>
        <translation>Ընտրեք փաստաթուղթ՝ տեսնելու դրա ծագումը և ամբողջական SHA-256-ը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="297" />
        <source>(no file name)</source>
        <translation>(առանց ֆայլի անվան)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="300" />
        <source>Source: %1</source>
        <translation>Աղբյուր՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="133" />
        <location filename="../../caseapp/ui/views/documents.py" line="301" />
        <source>SHA-256: %1</source>
        <translation>SHA-256՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="110" />
        <location filename="../../caseapp/ui/views/documents.py" line="304" />
        <source>Attached to: %1</source>
        <translation>Կցված է՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/documents.py" line="281" />
        <source>%Ln document(s)</source>
        <translation><numerusform>%Ln փաստաթուղթ</numerusform><numerusform>%Ln փաստաթուղթ</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="326" />
        <source>Save a copy of “%1”</source>
        <translation>Պահել «%1» փաստաթղթի պատճենը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="334" />
        <source>Saved a copy of “%1” to %2 (%3).</source>
        <translation>«%1» փաստաթղթի պատճենը պահվեց %2 ֆայլում (%3)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="143" />
        <source>Could not write %1: %2</source>
        <translation>Հնարավոր չեղավ գրել %1՝ %2</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="205" />
        <source>Dossier</source>
        <translation>Դոսյե</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="222" />
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="223" />
        <source>Captive</source>
        <translation>Գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="224" />
        <source>Level</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="227" />
        <source>Store this PDF, with its SHA-256, among the captive's documents at the level it was printed at</source>
        <translation>Պահել այս PDF-ը՝ իր SHA-256-ով, գերու փաստաթղթերի մեջ այն մակարդակով, որով այն տպվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="229" />
        <source>Dossier of one captive</source>
        <translation>Մեկ գերու դոսյե</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="240" />
        <source>Internal: everything in the file, for your own team only.</source>
        <translation>Ներքին. գործի ամբողջ բովանդակությունը՝ միայն ձեր թիմի համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="242" />
        <source>Shareable: leaves out what is marked internal; for the ICRC, courts, diplomats and partners.</source>
        <translation>Փոխանցելի. բաց է թողնում ներքին նշվածը. ԿԽՄԿ-ի, դատարանների, դիվանագետների և գործընկերների համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="244" />
        <source>Public: only what is marked public; for the press and publication.</source>
        <translation>Հրապարակային. միայն հրապարակային նշվածը. մամուլի և հրապարակման համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="278" />
        <source>Choose a captive first.</source>
        <translation>Նախ ընտրեք գերի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="291" />
        <source>Printed at the %1 level, version %2.</source>
        <translation>Տպված է %1 մակարդակով, տարբերակ %2։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="294" />
        <source>%Ln page(s).</source>
        <translation><numerusform>%Ln էջ։</numerusform><numerusform>%Ln էջ։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="297" />
        <source>%Ln item(s) left out at this level.</source>
        <translation><numerusform>Այս մակարդակում բաց է թողնվել %Ln տարր։</numerusform><numerusform>Այս մակարդակում բաց է թողնվել %Ln տարր։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="300" />
        <source>Nothing was left out at this level.</source>
        <translation>Այս մակարդակում ոչինչ բաց չի թողնվել։</translation>
    </message>
</context>
<context>
    <name>EmergencyExit</name>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="227" />
        <source>The emergency wipe was cancelled; the case file is locked.</source>
        <translation>Արտակարգ ջնջումը չեղարկվեց. գործի ֆայլը կողպված է։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="252" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/panic.py" line="253" />
        <source>Emergency wipe done: %Ln file(s) overwritten and deleted.</source>
        <translation><numerusform>Արտակարգ ջնջումն ավարտված է. %Ln ֆայլ վերագրվեց և ջնջվեց։</numerusform><numerusform>Արտակարգ ջնջումն ավարտված է. %Ln ֆայլ վերագրվեց և ջնջվեց։</numerusform></translation>
    </message>
</context>
<context>
    <name>EmergencySettingsDialog</name>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="301" />
        <source>Emergency Settings</source>
        <translation>Արտակարգ կարգավորումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="304" />
        <source>The panic command (Ctrl+Shift+L) always locks the case file at once and empties the clipboard. It can also wipe the case file after a countdown.</source>
        <translation>Խուճապի հրամանը (Ctrl+Shift+L) միշտ անմիջապես կողպում է գործի ֆայլը և դատարկում սեղմատախտակը։ Այն կարող է նաև ջնջել գործի ֆայլը հետհաշվարկից հետո։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="309" />
        <source>Wipe the case file after a panic (with a countdown that can be cancelled)</source>
        <translation>Ջնջել գործի ֆայլը խուճապից հետո (չեղարկելի հետհաշվարկով)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="315" />
        <source>Wipe its automatic backups on this computer too</source>
        <translation>Ջնջել նաև դրա ավտոմատ պահուստային պատճենները այս համակարգչում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="321" />
        <source> s</source>
        <translation> վ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="327" />
        <source>never</source>
        <translation>երբեք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="331" />
        <source>Warning: a wipe cannot be undone. After the set number of wrong passphrases on the lock page the case file is wiped at once, without a countdown — also when you mistype it yourself, or a child or a colleague tries. Keep a backup somewhere else. On an SSD or a memory card the drive may keep old blocks a wipe cannot reach: they stay as safe as the case file's encryption.</source>
        <translation>Զգուշացում. ջնջումը հնարավոր չէ հետարկել։ Կողպման էջում սահմանված թվով սխալ գաղտնաբառերից հետո գործի ֆայլն անմիջապես ջնջվում է՝ առանց հետհաշվարկի, նաև եթե դուք ինքներդ եք սխալ մուտքագրել, կամ փորձում է երեխան կամ գործընկերը։ Պահուստային պատճեն պահեք այլ տեղում։ SSD-ում կամ հիշողության քարտում սարքը կարող է պահել հին բլոկներ, որոնց ջնջումը չի հասնում. դրանք պաշտպանված են այնքան, որքան գործի ֆայլի գաղտնագրումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="347" />
        <source>Countdown before the wipe:</source>
        <translation>Հետհաշվարկ ջնջումից առաջ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="348" />
        <source>Wipe after this many wrong passphrases in a row:</source>
        <translation>Ջնջել այսքան անընդմեջ սխալ գաղտնաբառերից հետո՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="363" />
        <location filename="../../caseapp/ui/panic.py" line="376" />
        <source>Emergency wipe</source>
        <translation>Արտակարգ ջնջում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="364" />
        <source>After a panic, the case file will be overwritten and deleted when the countdown ends, unless you cancel it. This cannot be undone. Turn the emergency wipe on?</source>
        <translation>Խուճապից հետո գործի ֆայլը կվերագրվի և կջնջվի հետհաշվարկի ավարտին, եթե այն չչեղարկեք։ Սա հնարավոր չէ հետարկել։ Միացնե՞լ արտակարգ ջնջումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="377" />
        <source>Wrong passphrases will wipe the case file without a countdown, even if they are your own typing mistakes. Turn this on?</source>
        <translation>Սխալ գաղտնաբառերը կջնջեն գործի ֆայլն առանց հետհաշվարկի, նույնիսկ եթե դրանք ձեր սեփական սխալներն են։ Միացնե՞լ։</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="45" />
        <source>No captives are recorded yet. Add the first with every spelling of the name you know, in any script: the search finds a captive by any of them.</source>
        <translation>Դեռ ոչ մի գերի գրանցված չէ։ Ավելացրեք առաջինը՝ նշելով անվան ձեզ հայտնի բոլոր գրությունները ցանկացած գրով. որոնումը գտնում է գերուն դրանցից յուրաքանչյուրով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="47" />
        <source>A list you keep in a spreadsheet comes in with File → Import Spreadsheet… (every row is previewed before anything is written).</source>
        <translation>Աղյուսակում վարած ձեր ցուցակը ներմուծվում է Ֆայլ → Ներմուծել աղյուսակ… հրամանով (յուրաքանչյուր տող ցուցադրվում է՝ նախքան որևէ բան գրանցվելը)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="50" />
        <source>Add a captive…</source>
        <translation>Ավելացնել գերի…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="51" />
        <source>No captive matches the search and the status chosen.</source>
        <translation>Ոչ մի գերի չի համապատասխանում որոնմանը և ընտրված կարգավիճակին։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="52" />
        <source>Show all captives</source>
        <translation>Ցույց տալ բոլոր գերիներին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="59" />
        <source>No documents are kept yet. Add orders, letters and photos from a captive's file, on its Documents tab: each is kept inside the case file, with its SHA-256.</source>
        <translation>Դեռ ոչ մի փաստաթուղթ պահված չէ։ Ավելացրեք որոշումներ, նամակներ և լուսանկարներ գերու գործի Փաստաթղթեր ներդիրից. յուրաքանչյուրը պահվում է գործի ֆայլում՝ իր SHA-256-ով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="62" />
        <source>No document matches the search and the reliability chosen.</source>
        <translation>Ոչ մի փաստաթուղթ չի համապատասխանում որոնմանը և ընտրված հավաստիությանը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="63" />
        <source>Show all documents</source>
        <translation>Ցույց տալ բոլոր փաստաթղթերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="77" />
        <source>No deadlines yet. CaseApp computes them as you record detention orders, hearings and decisions in a captive's file, each with its rule and source; a deadline no rule gives can be added by hand.</source>
        <translation>Ժամկետներ դեռ չկան։ CaseApp-ը դրանք հաշվարկում է, երբ գերու գործում գրանցում եք կալանավորման մասին որոշումներ, դատական նիստեր և վճիռներ, յուրաքանչյուրը՝ իր կանոնով և աղբյուրով. այն ժամկետը, որը ոչ մի կանոն չի տալիս, կարելի է ավելացնել ձեռքով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="81" />
        <source>Add a deadline by hand…</source>
        <translation>Ավելացնել ժամկետ ձեռքով…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="85" />
        <source>No deadline matches the search and the filters chosen.</source>
        <translation>Ոչ մի ժամկետ չի համապատասխանում որոնմանը և ընտրված զտիչներին։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="86" />
        <source>Show everyone's open deadlines</source>
        <translation>Ցույց տալ բոլորի բաց ժամկետները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="87" />
        <source>No deadline is open: every one is done, dismissed or snoozed.</source>
        <translation>Բաց ժամկետ չկա. բոլորը կատարված են, չեղարկված կամ հետաձգված։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/empty_states.py" line="89" />
        <source>Show all deadlines</source>
        <translation>Ցույց տալ բոլոր ժամկետները</translation>
    </message>
</context>
<context>
    <name>ExportSheetDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="44" />
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="92" />
        <source>Export Captives List</source>
        <translation>Արտահանել գերիների ցանկը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="54" />
        <source>&amp;Level (anything above it is left out):</source>
        <translation>&amp;Մակարդակ (դրանից բարձրը դուրս է մնում)՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="58" />
        <source>captives.xlsx or captives.csv</source>
        <translation>Գերիներ.xlsx կամ Գերիներ.csv</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="61" />
        <source>&amp;Browse…</source>
        <translation>&amp;Ընտրել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="66" />
        <source>&amp;File:</source>
        <translation>&amp;Ֆայլ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="70" />
        <source>A mapping file is written beside it, so that Import Spreadsheet reads the list back unchanged.</source>
        <translation>Կողքին գրվում է համապատասխանեցման ֆայլ, որպեսզի «Ներմուծել աղյուսակ» հրամանը ցանկն անփոփոխ կարդա։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="81" />
        <source>&amp;Export</source>
        <translation>&amp;Արտահանել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="93" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Աղյուսակներ (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="101" />
        <source>Give a file name ending in .xlsx or .csv.</source>
        <translation>Նշեք .xlsx կամ .csv վերջավորությամբ ֆայլի անուն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="116" />
        <source>Nothing was written: %1</source>
        <translation>Ոչինչ չի գրվել՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_export.py" line="123" />
        <source>Mapping: %1.</source>
        <translation>Համապատասխանեցումը՝ %1։</translation>
    </message>
</context>
<context>
    <name>ExposureDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="201" />
        <source>Seizure Exposure Report</source>
        <translation>Առգրավման ռիսկերի հաշվետվություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="203" />
        <source>After a device was seized or lost: which captives, families, contacts, sources and documents it held, and what to revoke or rotate. Printed at the internal level.</source>
        <translation>Սարքի առգրավումից կամ կորստից հետո. ինչ գերիներ, ընտանիքներ, կոնտակտներ, աղբյուրներ և փաստաթղթեր էր այն պարունակում, և ինչ չեղարկել կամ փոխել։ Տպվում է ներքին մակարդակով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="207" />
        <source>From the last backup made from the device</source>
        <translation>Սարքից արված վերջին պահուստային պատճենից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="214" />
        <source>From this case file's audit trail, as of a day</source>
        <translation>Այս գործի ֆայլի աուդիտի մատյանից՝ որոշակի օրվա դրությամբ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="232" />
        <source>Backup:</source>
        <translation>Պահուստային պատճեն՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="233" />
        <source>Its passphrase:</source>
        <translation>Նրա գաղտնաբառը՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="235" />
        <source>Seized on:</source>
        <translation>Առգրավման օրը՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="236" />
        <source>Save the report as:</source>
        <translation>Պահել հաշվետվությունը որպես՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="250" />
        <source>Backup</source>
        <translation>Պահուստային պատճեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="251" />
        <source>Case files (*.db);;All files (*)</source>
        <translation>Գործի ֆայլեր (*.db);;Բոլոր ֆայլերը (*)</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="60" />
        <source>Filing with the ECHR and the UN</source>
        <translation>Դիմումներ ՄԻԵԴ և ՄԱԿ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="66" />
        <source>Reading the case file…</source>
        <translation>Կարդացվում է գործի ֆայլը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="71" />
        <source>ECHR application and annex bundle</source>
        <translation>ՄԻԵԴ գանգատ և հավելվածների փաթեթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="72" />
        <source>Rule 39 request and fax cover</source>
        <translation>Միջանկյալ միջոցի (39-րդ կանոն) խնդրանք և ֆաքսի ուղեգիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="73" />
        <source>UN Working Group on Arbitrary Detention</source>
        <translation>ՄԱԿ-ի Կամայական կալանավորման հարցերով աշխատանքային խումբ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="74" />
        <source>UN Working Group on Enforced or Involuntary Disappearances</source>
        <translation>ՄԱԿ-ի Բռնի կամ ակամա անհետացումների հարցերով աշխատանքային խումբ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="93" />
        <source>Choose…</source>
        <translation>Ընտրել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="105" />
        <source>The final domestic decision's date, when the case file does not record it: the time limit in section G is counted from it. Empty: the one the case file records.</source>
        <translation>Վերջնական ներպետական որոշման ամսաթիվը, եթե գործի ֆայլում այն գրանցված չէ. G բաժնի ժամկետը հաշվվում է դրանից։ Դատարկ՝ գործի ֆայլում գրանցվածը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="117" />
        <source>The facts of the imminent risk (default: the captive's health)</source>
        <translation>Անմիջական վտանգի փաստերը (լռելյայն՝ գերու առողջական վիճակը)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="121" />
        <source>Default: the lawyer's name</source>
        <translation>Լռելյայն՝ փաստաբանի անունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="124" />
        <source>Default: the lawyer's telephone</source>
        <translation>Լռելյայն՝ փաստաբանի հեռախոսը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="128" />
        <source>Captive</source>
        <translation>Գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="129" />
        <source>Pack</source>
        <translation>Փաթեթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="130" />
        <source>Level</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="131" />
        <source>Language of the draft</source>
        <translation>Նախագծի լեզուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="132" />
        <source>Folder</source>
        <translation>Թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="133" />
        <source>Warn above (annex pages)</source>
        <translation>Զգուշացնել, եթե հավելվածների էջերը ավելին են, քան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="134" />
        <source>Final domestic decision of</source>
        <translation>Վերջնական ներպետական որոշման ամսաթիվը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="135" />
        <source>Reaches the Court at (Strasbourg time)</source>
        <translation>Դատարան կհասնի (Ստրասբուրգի ժամանակով)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="136" />
        <source>Imminent risk</source>
        <translation>Անմիջական վտանգ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="137" />
        <source>Contact person</source>
        <translation>Կոնտակտային անձ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="138" />
        <source>Contact's telephone</source>
        <translation>Կոնտակտային անձի հեռախոսը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="139" />
        <source>Contact's fax</source>
        <translation>Կոնտակտային անձի ֆաքսը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="143" />
        <source>The pack made</source>
        <translation>Պատրաստված փաթեթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="146" />
        <source>Once the pack is made: the folder it was written to, its files, and what to check before filing.</source>
        <translation>Փաթեթը պատրաստելուց հետո այստեղ կերևան այն թղթապանակը, որտեղ այն գրվել է, նրա ֆայլերը և այն, ինչ պետք է ստուգել ներկայացնելուց առաջ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="149" />
        <source>Make the pack</source>
        <translation>Պատրաստել փաթեթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="185" />
        <source>Filing with the ECHR and the UN: %1</source>
        <translation>Դիմումներ ՄԻԵԴ և ՄԱԿ՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="204" />
        <source>Folder for the pack</source>
        <translation>Փաթեթի թղթապանակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="238" />
        <source>Choose the folder to write the pack into.</source>
        <translation>Ընտրեք այն թղթապանակը, որտեղ պետք է գրվի փաթեթը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="247" />
        <source>Making the pack…</source>
        <translation>Փաթեթը պատրաստվում է…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="265" />
        <source>Written to %1:</source>
        <translation>Գրված է %1 թղթապանակում՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/filing.py" line="268" />
        <source>Before filing:</source>
        <translation>Ներկայացնելուց առաջ՝</translation>
    </message>
</context>
<context>
    <name>FilingFactsTab</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="84" />
        <source>Edit facts…</source>
        <translation>Խմբագրել փաստերը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="94" />
        <source>Documents delivered by the Court (eComms, Rule 39 site)</source>
        <translation>Դատարանի հանձնած փաստաթղթեր (eComms, Կանոն 39-ի կայք)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="95" />
        <source>No delivery from the Court recorded.</source>
        <translation>Դատարանից ստացված փաստաթուղթ գրանցված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="98" />
        <source>Filing facts</source>
        <translation>Փաստեր դիմումների համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="99" />
        <source>Confirmation of the detention, special risk, kind of release, independent proof of life and the Court's deliveries</source>
        <translation>Կալանքի հաստատում, հատուկ վտանգ, ազատման տեսակ, ողջ լինելու անկախ հաստատում և Դատարանի հանձնած փաստաթղթերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="60" />
        <source>No independent proof of life (ICRC, consular or lawyer visit) is recorded.</source>
        <translation>Ողջ լինելու անկախ հաստատում (ԿԽՄԿ-ի, հյուպատոսական կամ փաստաբանի այց) գրանցված չէ։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_risk.py" line="64" />
        <source>Last independent proof of life: %1, %Ln day(s) ago.</source>
        <translation><numerusform>Ողջ լինելու վերջին անկախ հաստատումը՝ %1, %Ln օր առաջ։</numerusform><numerusform>Ողջ լինելու վերջին անկախ հաստատումը՝ %1, %Ln օր առաջ։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_risk.py" line="66" />
        <source>The warning comes after %Ln day(s) without one.</source>
        <translation><numerusform>Զգուշացումը տրվում է առանց հաստատման %Ln օր անց։</numerusform><numerusform>Զգուշացումը տրվում է առանց հաստատման %Ln օր անց։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="128" />
        <source>The detaining state confirmed the detention on %1 (source: %2).</source>
        <translation>Պահող պետությունը կալանքը հաստատել է %1-ին (աղբյուր՝ %2)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="130" />
        <source>an unknown date</source>
        <translation>անհայտ ամսաթվով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="131" />
        <source>not recorded</source>
        <translation>գրանցված չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="133" />
        <source>The detaining state has not confirmed the detention.</source>
        <translation>Պահող պետությունը կալանքը չի հաստատել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="134" />
        <source>health</source>
        <translation>առողջություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="135" />
        <source>aged %1</source>
        <translation>%1 տարեկան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="136" />
        <source>disability</source>
        <translation>հաշմանդամություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="137" />
        <source>hunger strike</source>
        <translation>հացադուլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="138" />
        <source>Special risk: %1.</source>
        <translation>Հատուկ վտանգ՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="140" />
        <source>No special risk recorded.</source>
        <translation>Հատուկ վտանգ գրանցված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_risk.py" line="141" />
        <source>Kind of release: %1.</source>
        <translation>Ազատման տեսակը՝ %1։</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="88" />
        <source>First steps</source>
        <translation>Առաջին քայլեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="90" />
        <source>Three things to set up in this case file before the work starts.</source>
        <translation>Երեք բան՝ այս գործի ֆայլում կարգավորելու աշխատանքը սկսելուց առաջ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="92" />
        <source>Hide this list</source>
        <translation>Թաքցնել այս ցանկը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="95" />
        <source>Hide the first steps in this case file; the menus do the same</source>
        <translation>Թաքցնել առաջին քայլերն այս գործի ֆայլում. ընտրացանկերն անում են նույնը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="108" />
        <source>Add your first captive</source>
        <translation>Ավելացրեք ձեր առաջին գերուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="109" />
        <source>Names in every spelling and script, status, capture, place of detention</source>
        <translation>Անուններ բոլոր գրություններով և գրերով, կարգավիճակ, գերեվարում, պահման վայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="110" />
        <source>Set your procedure and custody maxima</source>
        <translation>Սահմանեք ձեր դատավարական կարգը և կալանքի առավելագույն ժամկետները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="111" />
        <source>Whose criminal procedure the deadlines follow, and the longest custody the law allows</source>
        <translation>Որ երկրի քրեական դատավարությանն են հետևում ժամկետները և օրենքով թույլատրված կալանքի առավելագույն տևողությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="113" />
        <source>Set your lawyer's details</source>
        <translation>Լրացրեք փաստաբանի ձեր տվյալները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="114" />
        <source>Who signs letters and authors dossiers</source>
        <translation>Ով է ստորագրում նամակները և կազմում դոսյեները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="153" />
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="154" />
        <source>Done</source>
        <translation>Կատարված է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="153" />
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="154" />
        <source>To do</source>
        <translation>Անելիք</translation>
    </message>
</context>
<context>
    <name>FittedColumns</name>
    <message>
        <location filename="../../caseapp/ui/widgets/fitted_columns.py" line="349" />
        <source>Fit columns to contents</source>
        <translation>Սյունակների լայնությունը՝ ըստ բովանդակության</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fitted_columns.py" line="351" />
        <source>Forget the widths you gave the columns and size each by what it holds</source>
        <translation>Մոռանալ ձեր տված սյունակների լայնությունները և յուրաքանչյուրը չափել ըստ իր պարունակության</translation>
    </message>
</context>
<context>
    <name>HearingState</name>
    <message>
        <location filename="../../caseapp/ui/hearing_state.py" line="22" />
        <source>Custody ended</source>
        <translation>Կալանքն ավարտվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hearing_state.py" line="24" />
        <source>Adjourned to %1</source>
        <translation>Հետաձգված է մինչև %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hearing_state.py" line="27" />
        <source>Not recorded</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="132" />
        <source>Scheduled</source>
        <translation>Նշանակված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="133" />
        <source>Held</source>
        <translation>Կայացել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="134" />
        <source>Adjourned</source>
        <translation>Հետաձգված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="135" />
        <source>Cancelled</source>
        <translation>Չեղարկված</translation>
    </message>
</context>
<context>
    <name>HearingsView</name>
    <message>
        <location filename="../../caseapp/ui/views/hearing_agenda.py" line="87" />
        <source>When (court's time)</source>
        <translation>Երբ (դատարանի ժամանակով)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_agenda.py" line="89" />
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="29" />
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_agenda.py" line="90" />
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="30" />
        <source>Court</source>
        <translation>Դատարան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_agenda.py" line="92" />
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="32" />
        <source>Defendants</source>
        <translation>Մեղադրյալներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="26" />
        <source>Date and time</source>
        <translation>Ամսաթիվ և ժամ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="27" />
        <source>As the court gives it, in the court's time zone</source>
        <translation>Ինչպես տալիս է դատարանը՝ դատարանի ժամային գոտում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="28" />
        <source>Court's time zone</source>
        <translation>Դատարանի ժամային գոտի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="33" />
        <source>Type part of each co-defendant's name, in any script</source>
        <translation>Մուտքագրեք յուրաքանչյուր համամեղադրյալի անվան մի մասը՝ ցանկացած գրով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="35" />
        <location filename="../../caseapp/ui/views/hearings.py" line="156" />
        <source>State</source>
        <translation>Վիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="36" />
        <source>Adjourned or cancelled: the hearing is no longer the next one, nor reminded of</source>
        <translation>Հետաձգված կամ չեղարկված նիստն այլևս մոտակա նիստ չի համարվում, և դրա մասին չի հիշեցվում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="57" />
        <source>Add hearing</source>
        <translation>Ավելացնել դատական նիստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="62" />
        <source>Edit hearing</source>
        <translation>Խմբագրել դատական նիստը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="66" />
        <source>hearing</source>
        <translation>դատական նիստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_calendar.py" line="32" />
        <source>Previous month</source>
        <translation>Նախորդ ամիս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_calendar.py" line="33" />
        <source>Next month</source>
        <translation>Հաջորդ ամիս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_calendar.py" line="40" />
        <source>Calendar of hearings</source>
        <translation>Դատական նիստերի օրացույց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="99" />
        <source>Day</source>
        <translation>Օր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="99" />
        <source>Show the hearings of the selected day</source>
        <translation>Ցույց տալ ընտրված օրվա դատական նիստերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="100" />
        <source>Week</source>
        <translation>Շաբաթ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="100" />
        <source>Show the hearings of the selected week</source>
        <translation>Ցույց տալ ընտրված շաբաթվա դատական նիստերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="101" />
        <source>Month</source>
        <translation>Ամիս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="101" />
        <source>Show the hearings of the selected month</source>
        <translation>Ցույց տալ ընտրված ամսվա դատական նիստերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="124" />
        <source>Add hearing…</source>
        <translation>Ավելացնել դատական նիստ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="125" />
        <source>Add a hearing on the selected day</source>
        <translation>Ավելացնել դատական նիստ ընտրված օրում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="126" />
        <source>Edit…</source>
        <translation>Խմբագրել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="127" />
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="128" />
        <source>Delete the selected hearing (Delete)</source>
        <translation>Ջնջել ընտրված դատական նիստը (Delete)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="136" />
        <source>Hearings in the chosen period</source>
        <translation>Ընտրված ժամանակահատվածի դատական նիստերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="144" />
        <source>No hearings in this period.</source>
        <translation>Այս ժամանակահատվածում դատական նիստեր չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="152" />
        <location filename="../../caseapp/ui/views/hearings.py" line="188" />
        <source>Selected hearing</source>
        <translation>Ընտրված դատական նիստ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/hearings.py" line="339" />
        <source>%Ln hearing(s)</source>
        <translation><numerusform>%Ln դատական նիստ</numerusform><numerusform>%Ln դատական նիստ</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="31" />
        <location filename="../../caseapp/ui/views/hearings.py" line="156" />
        <source>Judge</source>
        <translation>Դատավոր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_agenda.py" line="47" />
        <source>%1 (UTC%2) in the court's time zone
%3 your time</source>
        <translation>%1 (UTC%2)՝ դատարանի ժամային գոտում
%3՝ ձեր ժամանակով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="38" />
        <location filename="../../caseapp/ui/views/hearings.py" line="157" />
        <source>Outcome</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="39" />
        <location filename="../../caseapp/ui/views/hearings.py" line="158" />
        <source>Next date</source>
        <translation>Հաջորդ ամսաթիվը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_dialog.py" line="40" />
        <location filename="../../caseapp/ui/views/hearings.py" line="158" />
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="89" />
        <source>&lt;span style='color:%1'&gt;●&lt;/span&gt; hearing days (with how many) &amp;nbsp; &lt;span style='color:%2'&gt;■&lt;/span&gt; today</source>
        <translation>&lt;span style='color:%1'&gt;●&lt;/span&gt; դատական նիստերի օրեր (քանակով) &amp;nbsp; &lt;span style='color:%2'&gt;■&lt;/span&gt; այսօր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="168" />
        <source>Open captive</source>
        <translation>Բացել գերու գործը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="173" />
        <source>Defendants (double-click to open):</source>
        <translation>Մեղադրյալներ (կրկնակի սեղմեք՝ բացելու համար)՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="191" />
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="192" />
        <source>Go back to today</source>
        <translation>Վերադառնալ այսօրվան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="283" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="363" />
        <source>Select a hearing in the agenda.</source>
        <translation>Ընտրեք դատական նիստ օրակարգում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_writes.py" line="59" />
        <source>Saved the hearing of %1.</source>
        <translation>%1-ի դատական նիստը պահպանվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_writes.py" line="74" />
        <source>Delete the hearing of %1 at %2 (%3; %4)? It leaves every defendant's file.</source>
        <translation>Ջնջե՞լ %1-ի դատական նիստը՝ ժամը %2 (%3; %4)։ Այն կհեռացվի բոլոր մեղադրյալների գործերից։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_writes.py" line="78" />
        <source>Delete the hearing of %1 (%2; %3)? It leaves every defendant's file.</source>
        <translation>Ջնջե՞լ %1-ի դատական նիստը (%2; %3)։ Այն կհեռացվի բոլոր մեղադրյալների գործերից։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_writes.py" line="81" />
        <source>Delete hearing</source>
        <translation>Ջնջել դատական նիստը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearing_writes.py" line="83" />
        <source>Deleted the hearing of %1.</source>
        <translation>%1-ի դատական նիստը ջնջվեց։</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../caseapp/ui/help.py" line="25" />
        <source>First steps</source>
        <translation>Առաջին քայլեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="26" />
        <source>A case file holds everything about the captives you represent. Create one from the welcome page or with File → New Case File…; to look around first, open the demo case file (File → Open Demo Case File): its people are fictional.</source>
        <translation>Գործի ֆայլը պարունակում է ամեն ինչ ձեր ներկայացրած գերիների մասին։ Ստեղծեք այն ողջույնի էջից կամ Ֆայլ → Նոր գործի ֆայլ… հրամանով. նախ ծանոթանալու համար բացեք ցուցադրական գործի ֆայլը (Ֆայլ → Բացել ցուցադրական գործի ֆայլը). նրանում նշված անձինք հորինված են։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="33" />
        <source>Add a captive with Captive → New Captive… (Ctrl+N). Give every spelling of the name you know, in any script: the search finds a captive by any of them. In the captive's file, record charges, detention orders, hearings, visits and other proof of life, international proceedings, advocacy and documents.</source>
        <translation>Ավելացրեք գերի Գերի → Նոր գերի… (Ctrl+N) հրամանով։ Նշեք անվան ձեզ հայտնի բոլոր գրությունները՝ ցանկացած գրով. որոնումը գտնում է գերուն դրանցից յուրաքանչյուրով։ Գերու գործում գրանցեք մեղադրանքները, կալանավորման մասին որոշումները, դատական նիստերը, այցելությունները և ողջ լինելու այլ հաստատումները, միջազգային վարույթները, շահերի պաշտպանության քայլերը և փաստաթղթերը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="29" />
        <source>Before the first captive, tell CaseApp how your cases are counted: Deadlines → Deadline Settings… sets the domestic procedure, the warning periods, the statutory maximum of custody and after how many days without news a captive is flagged. Reports → Lawyer's Details… sets who signs letters and authors dossiers.</source>
        <translation>Առաջին գերուց առաջ նշեք CaseApp-ին, թե ինչպես են հաշվարկվում ձեր գործերը. Ժամկետներ → Ժամկետների կարգավորումներ… բաժնում սահմանվում են ներպետական դատավարական կարգը, նախազգուշացման ժամկետները, կալանքի օրենքով սահմանված առավելագույն ժամկետը և լուր չունենալու քանի օրից հետո է գերին նշվում։ Զեկույցներ → Փաստաբանի տվյալներ… բաժնում նշվում է, թե ով է ստորագրում նամակները և կազմում դոսյեները։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="37" />
        <source>Each morning, start from the Dashboard: “Needs attention” lists deadlines due this week, follow-ups of your interventions due today or overdue, detention orders about to expire with no hearing recorded, custody beyond the maximum and captives without proof of life for longer than your threshold.</source>
        <translation>Ամեն առավոտ սկսեք Վահանակից. «Պահանջում է ուշադրություն» ցանկում են այս շաբաթվա ժամկետները, ձեր միջամտությունների այսօրվա կամ ժամկետանց հետևումները, կալանավորման մասին որոշումները, որոնց ժամկետը լրանում է՝ առանց գրանցված դատական նիստի, առավելագույնը գերազանցող կալանքը և այն գերիները, որոնց ողջ լինելու հաստատումը բացակայում է ձեր շեմից ավելի երկար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="41" />
        <source>Adding and changing records, a spreadsheet's import and a merge of two captives can be undone (Edit → Undo, Ctrl+Z); the menu says what would be undone and for whom, and Edit → Redo does it again. A deletion cannot be undone: CaseApp asks first. Closing or locking the case file forgets what could be undone.</source>
        <translation>Գրառումների ավելացումը և փոփոխումը, աղյուսակի ներմուծումը և երկու գերիների միավորումը կարելի է հետարկել (Խմբագրել → Հետարկել, Ctrl+Z). ընտրացանկը ցույց է տալիս, թե ինչ կհետարկվի և ում համար, իսկ Խմբագրել → Վերակատարել հրամանը այն կրկին կատարում է։ Ջնջումը հնարավոր չէ հետարկել. CaseApp-ը նախապես հարցնում է։ Գործի ֆայլը փակելիս կամ կողպելիս հետարկման ենթակա քայլերը մոռացվում են։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="46" />
        <source>Sensitivity levels</source>
        <translation>Գաղտնիության մակարդակներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="47" />
        <source>Every record that can hold free text has a level: internal (you and your team only), shareable (people you work with) or public. An attached document takes the stricter of its own level and its record's.</source>
        <translation>Ազատ տեքստ պարունակող յուրաքանչյուր գրառում ունի մակարդակ՝ ներքին (միայն դուք և ձեր թիմը), փոխանցելի (ձեր գործընկերները) կամ հրապարակային։ Կցված փաստաթուղթը ստանում է իր և իր գրառման մակարդակներից առավել խիստը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="50" />
        <source>A dossier, report, letter or calendar is made at one level and contains nothing above it; every page of a PDF is marked with its level. What the level leaves out is never written into it.</source>
        <translation>Դոսյեն, զեկույցը, նամակը կամ օրացույցը կազմվում է մեկ մակարդակով և դրանից բարձր ոչինչ չի պարունակում. PDF-ի յուրաքանչյուր էջ նշվում է իր մակարդակով։ Այն, ինչ մակարդակը բաց է թողնում, երբեք չի գրվում դրա մեջ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="53" />
        <source>Nothing about a captive goes into a public output unless the captive's consent to publicity is recorded.</source>
        <translation>Գերու մասին ոչինչ չի ներառվում հրապարակային փաստաթղթում, եթե գրանցված չէ գերու համաձայնությունը հրապարակայնությանը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="56" />
        <source>Deadlines</source>
        <translation>Ժամկետներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="57" />
        <source>Deadlines are computed from rules, each with its source and whether it was checked against the text in force. When you record an order, a hearing or a decision, its deadlines are computed or moved; a date you set by hand is kept.</source>
        <translation>Ժամկետները հաշվարկվում են կանոններով, որոնցից յուրաքանչյուրն ունի իր աղբյուրը և նշում, թե արդյոք ստուգվել է գործող տեքստի հետ։ Երբ գրանցում եք որոշում, դատական նիստ կամ վճիռ, դրա ժամկետները հաշվարկվում կամ տեղափոխվում են. ձեռքով սահմանված ամսաթիվը պահպանվում է։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="60" />
        <source>Where it is not verified how a rule counts (for example whether a deadline moves to the next working day), CaseApp never shows a date later than the plain count: a day early costs a day, a day late can cost the case. Check each date against its source: the Deadlines view shows how it was computed, step by step.</source>
        <translation>Եթե ստուգված չէ, թե ինչպես է կանոնը հաշվում (օրինակ՝ արդյոք ժամկետը տեղափոխվում է հաջորդ աշխատանքային օր), CaseApp-ը երբեք ցույց չի տալիս պարզ հաշվարկից ավելի ուշ ամսաթիվ. մեկ օր շուտ՝ արժե մեկ օր, մեկ օր ուշ՝ կարող է արժենալ գործը։ Ստուգեք յուրաքանչյուր ամսաթիվ իր աղբյուրով. Ժամկետներ տեսքը ցույց է տալիս, թե ինչպես է այն հաշվարկվել՝ քայլ առ քայլ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="64" />
        <source>In the Deadlines view, mark a deadline done, dismiss it with a reason, snooze it or change its date. Deadlines → Export Calendar (.ics)… writes them, with the coming hearings, to a calendar file; exporting again updates the same events.</source>
        <translation>Ժամկետներ տեսքում նշեք ժամկետը կատարված, չեղարկեք այն՝ նշելով պատճառը, հետաձգեք հիշեցումը կամ փոխեք ամսաթիվը։ Ժամկետներ → Արտահանել օրացույց (.ics)… հրամանը դրանք, առաջիկա դատական նիստերի հետ միասին, գրում է օրացույցի ֆայլում. կրկին արտահանելիս թարմացվում են նույն իրադարձությունները։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="67" />
        <source>While CaseApp runs, it reminds you of deadlines and follow-ups due today or overdue and of captives without news, when a file is opened and every half hour: in a banner at the top of the window and as a desktop notification where the desktop offers them.</source>
        <translation>CaseApp-ի աշխատելու ընթացքում այն հիշեցնում է այսօրվա կամ ժամկետանց ժամկետների և հետևումների, ինչպես նաև առանց լուրի գերիների մասին՝ ֆայլը բացելիս և յուրաքանչյուր կես ժամը մեկ. պատուհանի վերևի ազդագոտում և որպես աշխատասեղանի ծանուցում, որտեղ աշխատասեղանն այն առաջարկում է։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="73" />
        <source>A case file is encrypted with its passphrase, unless you chose a file without one when you created it (for fictional or public data only). CaseApp never stores the passphrase: if it is lost, nobody can open the file or its backups. Keep it in a password manager or another safe place.</source>
        <translation>Գործի ֆայլը գաղտնագրված է իր գաղտնաբառով, եթե այն ստեղծելիս չեք ընտրել առանց գաղտնաբառի ֆայլ (միայն հորինված կամ հրապարակային տվյալների համար)։ CaseApp-ը երբեք չի պահում գաղտնաբառը. եթե այն կորչի, ոչ ոք չի կարող բացել ֆայլը կամ դրա պահուստային պատճենները։ Պահեք այն գաղտնաբառերի կառավարիչում կամ այլ ապահով վայրում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="72" />
        <source>Backups and the passphrase</source>
        <translation>Պահուստային պատճեններ և գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="77" />
        <source>File → Lock (Ctrl+L) closes the file and clears the window until the passphrase is typed again; File → Security Settings… can lock it by itself after a time without use.</source>
        <translation>Ֆայլ → Կողպել (Ctrl+L) հրամանը փակում է ֆայլը և մաքրում պատուհանը, մինչև գաղտնաբառը կրկին մուտքագրվի. Ֆայլ → Անվտանգության կարգավորումներ… բաժնից կարելի է այն ինքնաշխատ կողպել չօգտագործվելու որոշ ժամանակ անց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="80" />
        <source>CaseApp backs the file up when you close it and at most once a day while it is open. Each backup is checked after it is written and is encrypted like the case file. File → Backups… lists them, checks them, makes one now and restores one into a file you choose, never over the open case file; a damaged backup is never offered for restore.</source>
        <translation>CaseApp-ը ֆայլի պահուստային պատճենն ստեղծում է այն փակելիս և բաց լինելու ընթացքում՝ առավելագույնը օրը մեկ անգամ։ Յուրաքանչյուր պատճեն ստուգվում է գրվելուց հետո և գաղտնագրվում է գործի ֆայլի նման։ Ֆայլ → Պահուստային պատճեններ… բաժինը ցուցակում է դրանք, ստուգում, ստեղծում նորը և վերականգնում պատճենը ձեր ընտրած ֆայլում, երբեք բաց գործի ֆայլի փոխարեն. վնասված պատճենը երբեք չի առաջարկվում վերականգնման։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="84" />
        <source>Backups are kept on this computer, in a folder of CaseApp's own that File → Backups… names (the newest 10; File → Security Settings… sets how many): a laptop lost or seized takes them with it. Keep a copy of the case file somewhere else too.</source>
        <translation>Պահուստային պատճենները պահվում են այս համակարգչում՝ CaseApp-ի սեփական թղթապանակում, որը նշված է Ֆայլ → Պահուստային պատճեններ… պատուհանում (վերջին տասը. դրանց քանակը սահմանվում է Ֆայլ → Անվտանգության կարգավորումներ… բաժնում). կորած կամ առգրավված նոութբուքի հետ կորչում են նաև դրանք։ Գործի ֆայլի պատճենը պահեք նաև այլ տեղում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="87" />
        <source>File → Change Passphrase… changes the passphrase of the case file. Backups made before the change still open with the old passphrase only.</source>
        <translation>Ֆայլ → Փոխել գաղտնաբառը… հրամանը փոխում է գործի ֆայլի գաղտնաբառը։ Փոփոխությունից առաջ ստեղծված պահուստային պատճենները բացվում են միայն հին գաղտնաբառով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="89" />
        <source>If the passphrase may one day be lost, File → Set Up Passphrase Recovery… splits a recovery key into printed shares for trusted colleagues; enough of them together set a new passphrase with File → Recover a Lost Passphrase…. Keep the file that ends in .keys beside the case file: without it, a case file with recovery cannot be opened.</source>
        <translation>Եթե գաղտնաբառը մի օր կարող է կորչել, Ֆայլ → Կարգավորել գաղտնաբառի վերականգնումը… բաժանում է վերականգնման բանալին տպված բաժինների՝ վստահելի գործընկերների համար. դրանցից բավարար թվով բաժիններ միասին սահմանում են նոր գաղտնաբառ Ֆայլ → Վերականգնել կորած գաղտնաբառը… հրամանով։ Պահեք .keys-ով ավարտվող ֆայլը գործի ֆայլի կողքին․ առանց դրա վերականգնումով գործի ֆայլը հնարավոր չէ բացել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="95" />
        <source>Travelling and emergencies</source>
        <translation>Ճամփորդություն և արտակարգ իրավիճակներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="96" />
        <source>Before crossing a border, File → Travel Copy… writes a new case file with a passphrase of its own that holds only what is at or below the level you choose, public or shareable: a captive without consent to publicity is not in a public copy, and nothing internal travels, nor the history of changes. A travel copy is not a backup.</source>
        <translation>Սահմանը հատելուց առաջ Ֆայլ → Ճամփորդական պատճեն… հրամանը գրում է նոր գործի ֆայլ՝ իր սեփական գաղտնաբառով, որը պարունակում է միայն այն, ինչ ձեր ընտրած մակարդակում է կամ ավելի ցածր՝ հրապարակային կամ փոխանցելի. առանց հրապարակայնությանը համաձայնության գերին հրապարակային պատճենում չի ներառվում, իսկ ներքին մակարդակի ոչինչ չի տեղափոխվում, ոչ էլ փոփոխությունների պատմությունը։ Ճամփորդական պատճենը պահուստային պատճեն չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="101" />
        <source>Back home, File → Merge Travel Copy… brings the changes made in the copy into this case file. A record changed on both sides is listed as a conflict, with what the copy holds, and not applied: make that change by hand. Where a day that counts deadlines was changed on both sides, the earlier day is kept. Then File → Destroy Travel Copy… overwrites and deletes the copy.</source>
        <translation>Վերադառնալուց հետո Ֆայլ → Միավորել ճամփորդական պատճենը… հրամանը պատճենում կատարված փոփոխությունները բերում է այս գործի ֆայլ։ Երկու կողմում էլ փոփոխված գրառումը նշվում է որպես հակասություն՝ պատճենում եղածի հետ, և չի կիրառվում. այդ փոփոխությունը կատարեք ձեռքով։ Եթե ժամկետներ հաշվող օրը փոխվել է երկու կողմում էլ, պահպանվում է ավելի վաղ օրը։ Այնուհետև Ֆայլ → Ոչնչացնել ճամփորդական պատճենը… հրամանը վերագրում և ջնջում է պատճենը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="106" />
        <source>File → Emergency Lock (Ctrl+Shift+L) locks at once and empties the clipboard. File → Emergency Settings… can also wipe the case file after a countdown that follows it, or after a number of wrong passphrases in a row; both are off until you turn them on, and a wipe cannot be undone. On an SSD or a memory card a wipe cannot reach every old copy of the file: there its encryption protects it.</source>
        <translation>Ֆայլ → Արտակարգ կողպում (Ctrl+Shift+L) հրամանն անմիջապես կողպում է ֆայլը և դատարկում սեղմատախտակը։ Ֆայլ → Արտակարգ կարգավորումներ… բաժնում կարելի է նաև միացնել գործի ֆայլի ջնջումը դրան հաջորդող հետհաշվարկից հետո կամ անընդմեջ մի քանի սխալ գաղտնաբառից հետո. երկուսն էլ անջատված են, մինչև դուք դրանք չմիացնեք, և ջնջումը հնարավոր չէ հետարկել։ SSD սկավառակի կամ հիշողության քարտի վրա ջնջումը չի հասնում ֆայլի բոլոր հին պատճեններին. այնտեղ այն պաշտպանում է գաղտնագրումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="111" />
        <source>After a device was seized or lost, Reports → Seizure Exposure Report… lists what it held and which passphrases, logins and recovery shares to replace.</source>
        <translation>Եթե սարքը առգրավվել կամ կորել է, Զեկույցներ → Առգրավման ռիսկերի հաշվետվություն… հրամանը թվարկում է, թե ինչ էր այն պարունակում, և որ գաղտնաբառերը, մուտքանունները և վերականգնման բաժինները պետք է փոխարինել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="114" />
        <source>Dossiers, letters and filings</source>
        <translation>Դոսյեներ, նամակներ և դիմումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="115" />
        <source>Reports → Dossier… prints one captive's dossier, Reports → Status Report… a report on all captives (PDF or spreadsheet) and Reports → Letter… a letter from a Word template; each is made at the level you choose.</source>
        <translation>Զեկույցներ → Դոսյե… հրամանը տպում է մեկ գերու դոսյեն, Զեկույցներ → Կարգավիճակի զեկույց…՝ զեկույց բոլոր գերիների մասին (PDF կամ աղյուսակ), իսկ Զեկույցներ → Նամակ…՝ նամակ Word-ի ձևանմուշից. յուրաքանչյուրը կազմվում է ձեր ընտրած մակարդակով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="118" />
        <source>From a captive's file, Reports → Filing with the ECHR and the UN… drafts an application to the ECHR with its annexes, a Rule 39 request or a communication to a UN body, in English or French, into a folder you choose. Its level is shareable by default, as a filing leaves the team. These are drafts: read and complete them before you file.</source>
        <translation>Գերու գործից Զեկույցներ → Դիմումներ ՄԻԵԴ և ՄԱԿ… հրամանը ձեր ընտրած թղթապանակում կազմում է ՄԻԵԴ գանգատի նախագիծը՝ հավելվածներով, միջանկյալ միջոցի խնդրանք (Դատարանի կանոնակարգի 39-րդ կանոն) կամ հաղորդում ՄԱԿ-ի մարմնին՝ անգլերեն կամ ֆրանսերեն։ Լռելյայն մակարդակը փոխանցելի է, քանի որ դիմումը դուրս է գալիս թիմից։ Սրանք նախագծեր են. կարդացեք և լրացրեք դրանք՝ նախքան ներկայացնելը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="124" />
        <source>Spreadsheets and the team server</source>
        <translation>Աղյուսակներ և թիմի սերվեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="125" />
        <source>File → Import Spreadsheet… brings in captives from a CSV, XLSX or ODS list, with headers in Armenian, Russian, English or Azerbaijani. Every row is previewed, with the cells that cannot be taken and the captives likely recorded already; nothing is written until you confirm. File → Export Captives List… writes the list back out.</source>
        <translation>Ֆայլ → Ներմուծել աղյուսակ… հրամանը գերիներին ներմուծում է CSV, XLSX կամ ODS ցանկից՝ հայերեն, ռուսերեն, անգլերեն կամ ադրբեջաներեն վերնագրերով։ Յուրաքանչյուր տող նախադիտվում է՝ այն բջիջներով, որոնք հնարավոր չէ ընդունել, և այն գերիներով, որոնք հավանաբար արդեն գրանցված են. ոչինչ չի գրվում, մինչև չհաստատեք։ Ֆայլ → Արտահանել գերիների ցանկը… հրամանը ցանկը կրկին գրում է ֆայլում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="130" />
        <source>A team can work in one case file on a PostgreSQL server: File → Connect to Team Server… opens it under your own login. The server keeps from each person what is above their clearance (an assistant cleared for shareable sees nothing internal); deleting records and changing settings need internal clearance.</source>
        <translation>Թիմը կարող է կիսել մեկ գործի ֆայլ PostgreSQL սերվերում. Ֆայլ → Միանալ թիմի սերվերին… հրամանը բացում է այն ձեր սեփական մուտքանունով։ Սերվերը յուրաքանչյուրից թաքցնում է այն, ինչ նրա թույլտվությունից բարձր է («փոխանցելի» թույլտվությամբ օգնականը ներքին ոչինչ չի տեսնում). գրառումներ ջնջելու և կարգավորումներ փոխելու համար անհրաժեշտ է «ներքին» թույլտվություն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="199" />
        <source>Tab leaves the text. Ctrl+Tab and Ctrl+Shift+Tab go from link to link; Enter follows the link chosen.</source>
        <translation>Tab-ը դուրս է բերում տեքստից։ Ctrl+Tab-ը և Ctrl+Shift+Tab-ը անցնում են հղումից հղում, Enter-ը բացում է ընտրված հղումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="251" />
        <source>CaseApp guide</source>
        <translation>CaseApp-ի ուղեցույց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/help.py" line="142" />
        <location filename="../../caseapp/ui/help.py" line="255" />
        <source>Keyboard shortcuts</source>
        <translation>Ստեղնաշարի դյուրանցումներ</translation>
    </message>
</context>
<context>
    <name>InterventionColumns</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="92" />
        <source>Follow-up overdue by %Ln day(s)</source>
        <translation><numerusform>Հետևումը ժամկետանց է %Ln օրով</numerusform><numerusform>Հետևումը ժամկետանց է %Ln օրով</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="103" />
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="105" />
        <source>Addressee</source>
        <translation>Հասցեատեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="108" />
        <source>Person</source>
        <translation>Անձ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="109" />
        <source>Channel</source>
        <translation>Միջոց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="110" />
        <source>Subject</source>
        <translation>Թեմա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="113" />
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="115" />
        <source>Follow-up</source>
        <translation>Հետևում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="119" />
        <source>Captives</source>
        <translation>Գերիներ</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="19" />
        <source>Missing</source>
        <translation>Անհայտ կորած</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="20" />
        <source>Held, no charges known</source>
        <translation>Պահվում է, մեղադրանք հայտնի չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="21" />
        <source>Detained pre-trial</source>
        <translation>Նախնական կալանքի տակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="22" />
        <source>On trial</source>
        <translation>Դատաքննության փուլում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="23" />
        <source>Convicted</source>
        <translation>Դատապարտված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="24" />
        <source>Released</source>
        <translation>Ազատ արձակված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="25" />
        <source>Repatriated</source>
        <translation>Հայրենադարձված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="26" />
        <source>Deceased</source>
        <translation>Մահացած</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="27" />
        <location filename="../../caseapp/ui/labels.py" line="32" />
        <source>Not shown at this level</source>
        <translation>Չի ցուցադրվում այս մակարդակում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="28" />
        <source>Civilian</source>
        <translation>Քաղաքացիական անձ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="29" />
        <source>Serviceman / POW</source>
        <translation>Զինծառայող / ռազմագերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="30" />
        <source>Former official</source>
        <translation>Նախկին պաշտոնատար անձ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="31" />
        <location filename="../../caseapp/ui/labels.py" line="63" />
        <location filename="../../caseapp/ui/labels.py" line="70" />
        <location filename="../../caseapp/ui/labels.py" line="108" />
        <location filename="../../caseapp/ui/labels.py" line="114" />
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="33" />
        <source>Male</source>
        <translation>Արական</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="34" />
        <source>Female</source>
        <translation>Իգական</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="35" />
        <location filename="../../caseapp/ui/labels.py" line="52" />
        <source>Unknown</source>
        <translation>Անհայտ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="36" />
        <source>Exact</source>
        <translation>Ճշգրիտ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="37" />
        <source>Month</source>
        <translation>Ամիս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="38" />
        <source>Year</source>
        <translation>Տարի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="39" />
        <source>Approximate</source>
        <translation>Մոտավոր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="40" />
        <source>Public</source>
        <translation>Հրապարակային</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="41" />
        <source>Shareable</source>
        <translation>Փոխանցելի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="42" />
        <source>Internal</source>
        <translation>Ներքին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="43" />
        <source>Native</source>
        <translation>Մայրենի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="44" />
        <source>Transliteration</source>
        <translation>Տառադարձում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="45" />
        <source>Alias</source>
        <translation>Կեղծանուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="46" />
        <source>Armenian</source>
        <translation>Հայատառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="47" />
        <source>Latin</source>
        <translation>Լատինատառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="48" />
        <source>Cyrillic</source>
        <translation>Կիրիլատառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="49" />
        <source>Other script</source>
        <translation>Այլ գիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="50" />
        <source>Appointed</source>
        <translation>Նշանակված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="51" />
        <source>Chosen</source>
        <translation>Ընտրված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="53" />
        <source>Initial</source>
        <translation>Սկզբնական</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="54" />
        <source>Extension</source>
        <translation>Երկարաձգում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="55" />
        <source>As the order states it</source>
        <translation>Ինչպես նշված է որոշման մեջ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="56" />
        <source>Computed from the start and the term</source>
        <translation>Հաշվարկված է սկզբից և ժամկետից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="57" />
        <source>Detention extension</source>
        <translation>Կալանավորման ժամկետի երկարաձգում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="58" />
        <source>Preliminary</source>
        <translation>Նախնական լսում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="59" />
        <source>Trial session</source>
        <translation>Դատաքննության նիստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="60" />
        <source>Verdict</source>
        <translation>Դատավճիռ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="61" />
        <source>Appeal</source>
        <translation>Վերաքննություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="62" />
        <source>Cassation</source>
        <translation>Վճռաբեկություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="64" />
        <source>ICRC visit</source>
        <translation>ԿԽՄԿ այց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="65" />
        <source>Lawyer visit</source>
        <translation>Փաստաբանի այց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="66" />
        <source>Consular visit</source>
        <translation>Հյուպատոսական այց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="67" />
        <source>Family call</source>
        <translation>Զանգ ընտանիքին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="68" />
        <source>Family letter</source>
        <translation>Նամակ ընտանիքին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="69" />
        <source>Media appearance</source>
        <translation>Հայտնվել է լրատվամիջոցներում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="71" />
        <source>Pardon</source>
        <translation>Ներում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="72" />
        <source>Amnesty</source>
        <translation>Համաներում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="73" />
        <source>Exchange</source>
        <translation>Փոխանակում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="74" />
        <source>End of sentence</source>
        <translation>Պատժի ավարտ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="75" />
        <source>Repatriation</source>
        <translation>Հայրենադարձություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="76" />
        <source>Other release</source>
        <translation>Այլ ազատում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="77" />
        <source>eComms</source>
        <translation>eComms</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="78" />
        <source>Rule 39 site</source>
        <translation>Կանոն 39-ի կայք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="79" />
        <source>Independent</source>
        <translation>Անկախ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="80" />
        <source>Not independent</source>
        <translation>Ոչ անկախ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="81" />
        <source>European Court of Human Rights</source>
        <translation>Մարդու իրավունքների եվրոպական դատարան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="82" />
        <source>UN Working Group on Arbitrary Detention</source>
        <translation>ՄԱԿ-ի կամայական կալանավորման աշխատանքային խումբ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="83" />
        <source>UN Human Rights Committee</source>
        <translation>ՄԱԿ-ի մարդու իրավունքների կոմիտե</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="84" />
        <source>UN special procedures</source>
        <translation>ՄԱԿ-ի հատուկ ընթացակարգեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="85" />
        <source>Other body</source>
        <translation>Այլ մարմին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="86" />
        <source>Application</source>
        <translation>Գանգատ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="87" />
        <source>Rule 39 request</source>
        <translation>39-րդ կանոնի համաձայն միջանկյալ միջոցի խնդրանք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="88" />
        <source>Communication</source>
        <translation>Հաղորդում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="89" />
        <source>Urgent appeal</source>
        <translation>Հրատապ կոչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="90" />
        <location filename="../../caseapp/ui/labels.py" line="115" />
        <source>Draft</source>
        <translation>Նախագիծ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="91" />
        <source>Lodged</source>
        <translation>Ներկայացված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="92" />
        <source>Communicated</source>
        <translation>Կոմունիկացված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="93" />
        <source>Pending</source>
        <translation>Ընթացքի մեջ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="94" />
        <source>Granted</source>
        <translation>Բավարարված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="95" />
        <source>Rejected</source>
        <translation>Մերժված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="96" />
        <source>Decided</source>
        <translation>Որոշված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="97" />
        <location filename="../../caseapp/ui/labels.py" line="119" />
        <source>Closed</source>
        <translation>Փակված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="98" />
        <source>ICRC</source>
        <translation>ԿԽՄԿ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="99" />
        <source>Ombudsman</source>
        <translation>Օմբուդսմեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="100" />
        <source>Embassy</source>
        <translation>Դեսպանատուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="101" />
        <source>Ministry</source>
        <translation>Նախարարություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="102" />
        <source>UN body</source>
        <translation>ՄԱԿ-ի մարմին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="103" />
        <source>Council of Europe</source>
        <translation>Եվրոպայի խորհուրդ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="104" />
        <source>Court</source>
        <translation>Դատարան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="105" />
        <source>Media</source>
        <translation>Լրատվամիջոց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="106" />
        <source>NGO</source>
        <translation>ՀԿ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="107" />
        <source>Family</source>
        <translation>Ընտանիք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="109" />
        <source>Letter</source>
        <translation>Նամակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="110" />
        <source>Email</source>
        <translation>Էլ. նամակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="111" />
        <source>Meeting</source>
        <translation>Հանդիպում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="112" />
        <source>Call</source>
        <translation>Զանգ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="113" />
        <source>Filing</source>
        <translation>Դիմում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="116" />
        <source>Sent</source>
        <translation>Ուղարկված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="117" />
        <source>Acknowledged</source>
        <translation>Ստացումը հաստատված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="118" />
        <source>Answered</source>
        <translation>Պատասխանված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="120" />
        <source>Confirmed</source>
        <translation>Հաստատված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="121" />
        <source>Probable</source>
        <translation>Հավանական</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="122" />
        <source>Unverified</source>
        <translation>Չստուգված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="123" />
        <source>Doubtful</source>
        <translation>Կասկածելի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="124" />
        <source>Open</source>
        <translation>Բաց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="125" />
        <source>Done</source>
        <translation>Կատարված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="126" />
        <source>Dismissed</source>
        <translation>Չեղարկված</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../caseapp/ui/language.py" line="63" />
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/language.py" line="65" />
        <source>System (%1)</source>
        <translation>Համակարգի (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/language.py" line="70" />
        <source>&amp;Language of the interface:</source>
        <translation>Ինտերֆեյսի &amp;լեզուն՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/language.py" line="71" />
        <source>The window is built again in the new language; the open case file stays open, on the same view.</source>
        <translation>Պատուհանը կվերակառուցվի նոր լեզվով. բաց գործի ֆայլը մնում է բաց՝ նույն տեսքում։</translation>
    </message>
</context>
<context>
    <name>LawyerDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="37" />
        <source>Lawyer's details</source>
        <translation>Փաստաբանի տվյալներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="43" />
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="43" />
        <source>Firm or organisation</source>
        <translation>Գրասենյակ կամ կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="44" />
        <source>Postal address</source>
        <translation>Փոստային հասցե</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="44" />
        <source>Bar number</source>
        <translation>Փաստաբանի արտոնագրի համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="45" />
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="45" />
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="46" />
        <source>City where you sign</source>
        <translation>Քաղաքը, որտեղ ստորագրում եք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="47" />
        <source>Name in Armenian letters</source>
        <translation>Անունը հայատառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="48" />
        <source>Name in Cyrillic letters</source>
        <translation>Անունը կիրիլատառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="51" />
        <source>Signs the letters in Armenian; left empty, they are signed with the name above</source>
        <translation>Ստորագրում է հայերեն նամակները. դատարկ թողնելու դեպքում դրանք ստորագրվում են վերևի անունով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="53" />
        <source>Signs the letters in Russian; left empty, they are signed with the name above</source>
        <translation>Ստորագրում է ռուսերեն նամակները. դատարկ թողնելու դեպքում դրանք ստորագրվում են վերևի անունով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="76" />
        <source>Optional: as in your documents in that language</source>
        <translation>Ըստ ցանկության. ինչպես այդ լեզվով ձեր փաստաթղթերում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="83" />
        <source>Left empty, %1 is used (from %2).</source>
        <translation>Դատարկ թողնելու դեպքում օգտագործվում է հետևյալ արժեքը՝ %1 (%2 փոփոխականից)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="88" />
        <source>Your name is the author of dossiers and reports; letters are signed with these details. They are kept in the case file. A field you leave empty is asked for when a letter needs it.</source>
        <translation>Ձեր անունը նշվում է որպես դոսյեների և զեկույցների հեղինակ. նամակները ստորագրվում են այս տվյալներով։ Դրանք պահվում են գործի ֆայլում։ Դատարկ թողնված դաշտը կհարցվի, երբ նամակին այն անհրաժեշտ լինի։</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="56" />
        <source>Letter</source>
        <translation>Նամակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="17" />
        <source>English</source>
        <translation>Անգլերեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="18" />
        <source>Armenian</source>
        <translation>Հայերեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="19" />
        <source>Russian</source>
        <translation>Ռուսերեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="20" />
        <source>French</source>
        <translation>Ֆրանսերեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="28" />
        <source>%1 (cannot be used: see its note)</source>
        <translation>%1 (հնարավոր չէ օգտագործել. տե՛ս նշումը)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_titles.py" line="31" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="88" />
        <source>Template</source>
        <translation>Ձևանմուշ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="90" />
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="91" />
        <source>Captive</source>
        <translation>Գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="92" />
        <source>Organisation</source>
        <translation>Կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="93" />
        <source>To (person)</source>
        <translation>Ում (անձ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="95" />
        <source>What the letter says</source>
        <translation>Ինչ է ասում նամակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="105" />
        <source>Fill in your details once…</source>
        <translation>Լրացրեք ձեր տվյալները մեկ անգամ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="107" />
        <source>Your name, address and bar number, kept in the settings for every letter</source>
        <translation>Ձեր անունը, հասցեն և արտոնագրի համարը՝ պահված կարգավորումներում բոլոր նամակների համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="116" />
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="118" />
        <source>Open the saved letter in Word or LibreOffice</source>
        <translation>Բացել պահված նամակը Word-ում կամ LibreOffice-ում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="121" />
        <source>Save as .docx…</source>
        <translation>Պահել որպես .docx…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="182" />
        <source>Reads the whole file (internal level).</source>
        <translation>Կարդում է ամբողջ ֆայլը (ներքին մակարդակ)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="183" />
        <source>Reads only what may be shared (shareable level).</source>
        <translation>Կարդում է միայն այն, ինչ թույլատրելի է փոխանցել (փոխանցելի մակարդակ)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="184" />
        <source>Reads only public facts (public level).</source>
        <translation>Կարդում է միայն հրապարակային փաստերը (հրապարակային մակարդակ)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="216" />
        <source>Reading what the case file gives…</source>
        <translation>Կարդացվում է գործի ֆայլի տվյալները…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="279" />
        <source>Fill in the fields marked *: the letter is not made with a hole in it.</source>
        <translation>Լրացրեք *-ով նշված դաշտերը. նամակը չի կազմվում բաց թողնված տեղերով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="282" />
        <source>The case file gives everything this letter needs: read it over, then Generate.</source>
        <translation>Գործի ֆայլը տալիս է այս նամակին անհրաժեշտ ամեն ինչ. ընթերցեք այն, ապա սեղմեք Ստեղծել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="306" />
        <source>Make the letter and show it</source>
        <translation>Կազմել նամակը և ցույց տալ այն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="367" />
        <source>The letter needs %1, which the case file does not give.</source>
        <translation>Նամակին անհրաժեշտ է %1, որը գործի ֆայլում չկա։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="378" />
        <source>The letter is ready, filled at the %1 level: read it over on the right, save it as .docx, then open it to sign.</source>
        <translation>Նամակը պատրաստ է՝ լրացված %1 մակարդակով. ընթերցեք այն աջ կողմում, պահեք որպես .docx, ապա բացեք՝ ստորագրելու համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="198" />
        <source>Choose a template and a captive.</source>
        <translation>Ընտրեք ձևանմուշ և գերի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="304" />
        <source>Fill in the missing fields first</source>
        <translation>Նախ լրացրեք բացակայող դաշտերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="322" />
        <source>Keep in documents and log as draft intervention</source>
        <translation>Պահել փաստաթղթերում և գրանցել որպես միջամտության նախագիծ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="323" />
        <source>Keep in the captive's documents</source>
        <translation>Պահել գերու փաստաթղթերում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="349" />
        <source>Wait until the check of the case file is done.</source>
        <translation>Սպասեք, մինչև գործի ֆայլի ստուգումն ավարտվի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="356" />
        <source>Fill in %1 first: the letter is not made with a hole in it.</source>
        <translation>Նախ լրացրեք հետևյալ դաշտերը՝ %1. նամակը չի կազմվում բաց թողնված տեղերով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="24" />
        <source>Date of the letter</source>
        <translation>Նամակի ամսաթիվը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="25" />
        <source>Captive's name, in the letter's script</source>
        <translation>Գերու անունը՝ նամակի գրով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="26" />
        <source>Captive's name in Latin letters</source>
        <translation>Գերու անունը լատինատառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="27" />
        <source>Captive's name in the native script</source>
        <translation>Գերու անունը մայրենի գրով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="28" />
        <source>Every spelling of the captive's name</source>
        <translation>Գերու անվան բոլոր գրելաձևերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="29" />
        <source>Other spellings of the captive's name</source>
        <translation>Գերու անվան այլ գրելաձևերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="30" />
        <source>Spellings of the captive's name other than the Latin one</source>
        <translation>Գերու անվան գրելաձևերը, բացի լատինատառից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="32" />
        <source>Date of birth</source>
        <translation>Ծննդյան ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="33" />
        <source>Place of birth</source>
        <translation>Ծննդավայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="34" />
        <source>Citizenship</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="35" />
        <source>Category (civilian, serviceman…)</source>
        <translation>Կատեգորիա (քաղաքացիական անձ, զինծառայող…)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="36" />
        <source>Current status</source>
        <translation>Ընթացիկ կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="37" />
        <source>The captive is a woman (any text: yes; empty: no)</source>
        <translation>Գերին կին է (ցանկացած տեքստ՝ այո, դատարկ՝ ոչ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="39" />
        <source>No criminal case or charge is known (any text: yes; empty: no)</source>
        <translation>Քրեական գործ կամ մեղադրանք հայտնի չէ (ցանկացած տեքստ՝ այո, դատարկ՝ ոչ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="41" />
        <source>Date of capture</source>
        <translation>Գերեվարման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="42" />
        <source>Place of capture</source>
        <translation>Գերեվարման վայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="43" />
        <source>Capturing authority</source>
        <translation>Գերեվարող մարմին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="44" />
        <source>Circumstances of the capture</source>
        <translation>Գերեվարման հանգամանքները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="45" />
        <source>Days in custody</source>
        <translation>Կալանքի օրեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="46" />
        <source>Place of detention</source>
        <translation>Պահման վայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="47" />
        <source>Address of the place of detention</source>
        <translation>Պահման վայրի հասցեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="48" />
        <source>Criminal case number</source>
        <translation>Քրեական գործի համարը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="49" />
        <source>Investigating body</source>
        <translation>Քննչական մարմին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="50" />
        <source>Court</source>
        <translation>Դատարան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="51" />
        <source>Charges</source>
        <translation>Մեղադրանքներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="52" />
        <source>Next hearing</source>
        <translation>Հաջորդ դատական նիստը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="53" />
        <source>Last confirmed contact (proof of life)</source>
        <translation>Վերջին հաստատված կապը (ողջ լինելու հաստատում)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="54" />
        <source>Health and treatment</source>
        <translation>Առողջություն և վերաբերմունք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="55" />
        <source>What is asked for the captive</source>
        <translation>Ինչ է խնդրվում գերու համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="56" />
        <source>Key facts</source>
        <translation>Հիմնական փաստեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="57" />
        <source>ECHR application number</source>
        <translation>ՄԻԵԴ գանգատի համարը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="58" />
        <source>UN WGAD communication reference</source>
        <translation>ՄԱԿ-ի կամայական կալանավորման աշխատանքային խմբին ուղղված հաղորդման համարը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="59" />
        <source>Respondent State</source>
        <translation>Պատասխանող պետություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="60" />
        <source>Addressee</source>
        <translation>Հասցեատեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="61" />
        <source>Addressee's name and address</source>
        <translation>Հասցեատիրոջ անունը և հասցեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="62" />
        <source>Addressee's e-mail</source>
        <translation>Հասցեատիրոջ էլ. փոստը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="63" />
        <source>Greeting</source>
        <translation>Ողջույնի տող</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="64" />
        <source>Your name (signature)</source>
        <translation>Ձեր անունը (ստորագրություն)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="65" />
        <source>Your firm or organisation</source>
        <translation>Ձեր գրասենյակը կամ կազմակերպությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="66" />
        <source>Your postal address</source>
        <translation>Ձեր փոստային հասցեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="67" />
        <source>Your bar number</source>
        <translation>Ձեր փաստաբանական արտոնագրի համարը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="68" />
        <source>Your phone</source>
        <translation>Ձեր հեռախոսը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="69" />
        <source>Your e-mail</source>
        <translation>Ձեր էլ. փոստը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="70" />
        <source>City where you sign</source>
        <translation>Քաղաքը, որտեղ ստորագրում եք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="71" />
        <source>Your details under the signature</source>
        <translation>Ձեր տվյալները ստորագրության տակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="102" />
        <source>The case file has this, but above the %1 level of this letter, so it is left out. Type it here only if it may go in this letter.</source>
        <translation>Գործի ֆայլում սա կա, սակայն այս նամակի %1 մակարդակից բարձր, ուստի այն բաց է թողնված։ Մուտքագրեք այստեղ միայն այն դեպքում, եթե այն կարող է ներառվել այս նամակում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="106" />
        <source>The case file has more here above the %1 level of this letter: the letter gives what may be shared at that level.</source>
        <translation>Գործի ֆայլում այստեղ ավելին կա այս նամակի %1 մակարդակից բարձր. նամակը ներառում է այն, ինչ թույլատրելի է փոխանցել այդ մակարդակում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="109" />
        <source>Nothing to put here: the letter leaves out the line that would show it.</source>
        <translation>Այստեղ լրացնելու բան չկա․ նամակը բաց է թողնում այն տողը, որտեղ այն կերևար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="151" />
        <source>To fill in</source>
        <translation>Լրացնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_fields.py" line="152" />
        <source>From the case file (you may change them for this letter)</source>
        <translation>Գործի ֆայլից (կարող եք փոխել դրանք այս նամակի համար)</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="29" />
        <source>The letter's text</source>
        <translation>Նամակի տեքստը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="52" />
        <source>Generate the letter to read it here before you save it.</source>
        <translation>Կազմեք նամակը՝ այն այստեղ ընթերցելու համար, նախքան պահելը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="71" />
        <source>The letter's text. Its pages are shown here when LibreOffice is installed; save the letter and open it to see its layout.</source>
        <translation>Նամակի տեքստը։ Դրա էջերը ցուցադրվում են այստեղ, երբ LibreOffice-ը տեղադրված է. պահեք նամակը և բացեք այն՝ դրա դասավորությունը տեսնելու համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="75" />
        <source>The letter's text, while LibreOffice makes its pages…</source>
        <translation>Նամակի տեքստը, մինչ LibreOffice-ը ստեղծում է դրա էջերը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="82" />
        <source>The letter as it will print (made by LibreOffice).</source>
        <translation>Նամակը, ինչպես այն կտպվի (ստեղծված LibreOffice-ով)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="84" />
        <source>The letter's text (its pages could not be shown).</source>
        <translation>Նամակի տեքստը (դրա էջերը հնարավոր չեղավ ցուցադրել)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/letter_preview.py" line="103" />
        <source>The letter's text. Its pages could not be made: %1</source>
        <translation>Նամակի տեքստը։ Դրա էջերը հնարավոր չեղավ ստեղծել՝ %1</translation>
    </message>
</context>
<context>
    <name>LikelyDuplicatesDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="40" />
        <source>Likely Duplicates</source>
        <translation>Հավանական կրկնօրինակներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="52" />
        <source>Captives likely recorded twice</source>
        <translation>Հավանաբար երկու անգամ գրանցված գերիները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="53" />
        <source>Captive</source>
        <translation>Գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="53" />
        <source>Likely the same as</source>
        <translation>Հավանաբար նույնն է, ինչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="54" />
        <source>Score</source>
        <translation>Միավոր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="54" />
        <source>Why</source>
        <translation>Ինչու</translation>
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
        <translation>Միավորել…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="87" />
        <source>%Ln pair(s) of captives may be the same person recorded twice.</source>
        <translation><numerusform>Գերիների %Ln զույգը կարող է լինել երկու անգամ գրանցված նույն անձը։</numerusform><numerusform>Գերիների %Ln զույգը կարող է լինել երկու անգամ գրանցված նույն անձը։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="89" />
        <source>No captives look recorded twice.</source>
        <translation>Երկու անգամ գրանցված թվացող գերիներ չկան։</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="63" />
        <location filename="../../caseapp/ui/lock_page.py" line="147" />
        <source>Locked</source>
        <translation>Կողպված է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="76" />
        <source>Passphrase</source>
        <translation>Գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="80" />
        <location filename="../../caseapp/ui/lock_page.py" line="145" />
        <location filename="../../caseapp/ui/lock_page.py" line="152" />
        <source>Unlock</source>
        <translation>Ապակողպել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="85" />
        <source>Close the case file</source>
        <translation>Փակել գործի ֆայլը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="142" />
        <source>Locked — enter the passphrase</source>
        <translation>Կողպված է — մուտքագրեք գաղտնաբառը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="143" />
        <source>The case file was closed and nothing of it is shown. Type its passphrase to continue where you were.</source>
        <translation>Գործի ֆայլը փակվել է, և դրանից ոչինչ չի ցուցադրվում։ Մուտքագրեք դրա գաղտնաբառը՝ շարունակելու այնտեղից, որտեղ էիք։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="149" />
        <source>The case file was closed and nothing of it is shown. It is not encrypted, so Unlock opens it again without a passphrase; anyone who can use this computer account can do the same.</source>
        <translation>Գործի ֆայլը փակվել է, և դրանից ոչինչ չի ցուցադրվում։ Այն գաղտնագրված չէ, ուստի Ապակողպել կոճակը կրկին բացում է այն առանց գաղտնաբառի. նույնը կարող է անել այս համակարգչային հաշիվն օգտագործող ցանկացած ոք։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/lock_page.py" line="176" />
        <source>Type the passphrase first.</source>
        <translation>Նախ մուտքագրեք գաղտնաբառը։</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="204" />
        <source>Reminders are waiting in the case file: unlock it to see them.</source>
        <translation>Գործի ֆայլում հիշեցումներ են սպասում. ապակողպեք այն՝ դրանք տեսնելու համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="212" />
        <source>CaseApp — locked</source>
        <translation>CaseApp — կողպված</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/locker.py" line="215" />
        <source>Locked after %n minute(s) without use.</source>
        <translation><numerusform>Կողպվեց՝ չօգտագործվելու %n րոպե անց։</numerusform><numerusform>Կողպվեց՝ չօգտագործվելու %n րոպե անց։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="217" />
        <source>Locked on request.</source>
        <translation>Կողպվեց ըստ պահանջի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="219" />
        <source>A dialog was open: it was closed and what was typed in it was discarded, not saved.</source>
        <translation>Երկխոսության պատուհան էր բաց. այն փակվեց, և դրանում մուտքագրվածը չեղարկվեց, չպահպանվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="222" />
        <source>shared database</source>
        <translation>ընդհանուր տվյալների բազա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="238" />
        <source>If it is wrong, CaseApp waits %1 s before saying so.</source>
        <translation>Եթե այն սխալ է, CaseApp-ը սպասում է %1 վ, նախքան այդ մասին հայտնելը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="240" />
        <source>Opening the case file…</source>
        <translation>Գործի ֆայլը բացվում է…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="245" />
        <source>Unlocked.</source>
        <translation>Ապակողպված է։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="258" />
        <source>If you are sure the passphrase is right, the file may be damaged: close it here and open it again to be offered its latest verified backup.</source>
        <translation>Եթե վստահ եք, որ գաղտնաբառը ճիշտ է, ֆայլը կարող է վնասված լինել. փակեք այն այստեղ և կրկին բացեք՝ դրա վերջին ստուգված պահուստային պատճենն առաջարկվելու համար։</translation>
    </message>
</context>
<context>
    <name>LoginLost</name>
    <message>
        <location filename="../../caseapp/ui/login_lost.py" line="34" />
        <source>The team server no longer lets this login in (taken out of the team, revoked, or its password changed). CaseApp closed the case file, so that nothing read before stays on screen. Ask the team's owner.</source>
        <translation>Թիմային սերվերն այլևս չի թողնում այս մուտքանունով մուտք գործել (այն հանվել է թիմից, չեղարկվել է, կամ փոխվել է դրա գաղտնաբառը)։ CaseApp-ը փակեց գործի ֆայլը, որպեսզի նախկինում կարդացված ոչինչ չմնա էկրանին։ Դիմեք թիմի սեփականատիրոջը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/login_lost.py" line="38" />
        <source>The team's owner changed your login's clearance on this case file while it was open. CaseApp closed the case file, so that nothing read at the old clearance stays on screen: open it again to go on at the new clearance.</source>
        <translation>Թիմի սեփականատերը փոխել է ձեր մուտքանվան թույլտվությունը այս գործի ֆայլում, մինչ այն բաց էր։ CaseApp-ը փակեց գործի ֆայլը, որպեսզի նախկին թույլտվությամբ կարդացված ոչինչ չմնա էկրանին. բացեք այն կրկին՝ նոր թույլտվությամբ շարունակելու համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/login_lost.py" line="43" />
        <source>A dialog was open: it was closed and what was typed in it was discarded, not saved.</source>
        <translation>Երկխոսության պատուհան էր բաց. այն փակվեց, և դրանում մուտքագրվածը չեղարկվեց, չպահպանվեց։</translation>
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
        <translation>Այս գործի ֆայլը գաղտնագրված է գաղտնաբառով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="40" />
        <source>Open &amp;Recent</source>
        <translation>Բացել &amp;վերջինները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="47" />
        <source>Main</source>
        <translation>Հիմնական</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="72" />
        <source>(none)</source>
        <translation>(չկա)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="58" />
        <source>CaseApp — %1</source>
        <translation>CaseApp — %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="121" />
        <source>Desktop notifications are not available here: reminders of deadlines due or overdue are shown at the top of this window.</source>
        <translation>Աշխատասեղանի ծանուցումներն այստեղ հասանելի չեն. այսօրվա կամ ժամկետանց ժամկետների հիշեցումները ցուցադրվում են այս պատուհանի վերևում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="153" />
        <source>Not changed: the case file is open read-only</source>
        <translation>Ոչինչ չի փոխվել. գործի ֆայլը բացված է միայն կարդալու համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="158" />
        <source>Opening the case file changed some of its deadlines, as this version of CaseApp counts them or as your rule files now say. Show Details… lists each change and why it was made.</source>
        <translation>Գործի ֆայլը բացելիս դրա որոշ ժամկետներ փոխվել են՝ ինչպես դրանք հաշվում է CaseApp-ի այս տարբերակը կամ ինչպես հիմա ասում են ձեր կանոնների ֆայլերը։ «Ցույց տալ մանրամասները…» կոճակը թվարկում է յուրաքանչյուր փոփոխություն և դրա պատճառը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="161" />
        <source>The case file is open read-only, so nothing in it was changed. Some of its deadlines will change when it is next opened where it can be written, as this version of CaseApp counts them or as your rule files now say. Show Details… lists each one and why.</source>
        <translation>Գործի ֆայլը բացված է միայն կարդալու համար, ուստի դրանում ոչինչ չի փոխվել։ Դրա որոշ ժամկետներ կփոխվեն, երբ այն հաջորդ անգամ բացվի այնտեղ, որտեղ հնարավոր է գրել, ինչպես դրանք հաշվում է CaseApp-ի այս տարբերակը կամ ինչպես հիմա ասում են ձեր կանոնների ֆայլերը։ «Ցույց տալ մանրամասները…» կոճակը թվարկում է դրանցից յուրաքանչյուրը և պատճառը։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/window_file.py" line="183" />
        <source>%n rule file problem(s): see Deadlines → Deadline Settings.</source>
        <translation><numerusform>Կանոնների ֆայլերի %n խնդիր. տես Ժամկետներ → Ժամկետների կարգավորումներ։</numerusform><numerusform>Կանոնների ֆայլերի %n խնդիր. տես Ժամկետներ → Ժամկետների կարգավորումներ։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="235" />
        <source>Opened %1</source>
        <translation>Բացվեց %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="95" />
        <location filename="../../caseapp/ui/captive_commands.py" line="102" />
        <location filename="../../caseapp/ui/dialogs/likely_duplicates.py" line="101" />
        <source>Merge captives</source>
        <translation>Միավորել գերիներին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="95" />
        <source>Select exactly two captives in the captives list (Ctrl+click), then merge them.</source>
        <translation>Ընտրեք ճիշտ երկու գերի գերիների ցուցակում (Ctrl+սեղմում), ապա միավորեք նրանց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="125" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Հետարկել՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="126" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Վերակատարել՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="44" />
        <source>Added %1.</source>
        <translation>Ավելացվեց՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="56" />
        <source>Dashboard</source>
        <translation>Վահանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="58" />
        <source>Deadlines</source>
        <translation>Ժամկետներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="60" />
        <source>Captives</source>
        <translation>Գերիներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="62" />
        <source>Hearings</source>
        <translation>Դատական նիստեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="64" />
        <source>Contacts &amp; organisations</source>
        <translation>Կոնտակտներ և կազմակերպություններ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="66" />
        <source>Advocacy log</source>
        <translation>Շահերի պաշտպանության մատյան</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_views.py" line="68" />
        <source>Documents</source>
        <translation>Փաստաթղթեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="159" />
        <source>Parts of the case file</source>
        <translation>Գործի ֆայլի բաժինները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="160" />
        <source>Choose one with the arrow keys to show it.</source>
        <translation>Ընտրեք բաժինը սլաքների ստեղներով՝ այն ցույց տալու համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="44" />
        <source>Captives List &amp;Columns</source>
        <translation>Գերիների ցանկի &amp;սյունակները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="56" />
        <source>More tools</source>
        <translation>Այլ գործիքներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="57" />
        <source>More menus</source>
        <translation>Այլ ընտրացանկեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="251" />
        <source>Connected to the team server again.</source>
        <translation>Թիմի սերվերի հետ կապը վերականգնվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="152" />
        <source>Changed as the case file was opened</source>
        <translation>Փոխվել է գործի ֆայլը բացելիս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="210" />
        <source>The case file is damaged</source>
        <translation>Գործի ֆայլը վնասված է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_file.py" line="211" />
        <source>CaseApp closed the case file.

%1</source>
        <translation>CaseApp-ը փակեց գործի ֆայլը։

%1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="99" />
        <source>(no case file open)</source>
        <translation>(գործի ֆայլը բացված չէ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="72" />
        <source>Delete captive</source>
        <translation>Ջնջել գերուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="73" />
        <source>Delete %1 and everything recorded about them (orders, hearings they alone attend, contacts, documents)? This cannot be undone.</source>
        <translation>Ջնջե՞լ գերուն (%1) և նրա մասին գրանցված ամեն ինչ (որոշումներ, միայն նրա մասնակցությամբ դատական նիստեր, կապեր, փաստաթղթեր)։ Սա հնարավոր չէ հետարկել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_commands.py" line="84" />
        <source>Deleted %1.</source>
        <translation>Ջնջվեց՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="130" />
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/window_menus.py" line="131" />
        <source>&amp;Redo</source>
        <translation>&amp;Վերակատարել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/menu_commands.py" line="127" />
        <source>Open or select a captive first: a filing pack is made for one captive.</source>
        <translation>Նախ բացեք կամ ընտրեք գերուն․ փաթեթը պատրաստվում է մեկ գերու համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="276" />
        <source>Something went wrong: %1</source>
        <translation>Ինչ-որ բան սխալ գնաց՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="77" />
        <location filename="../../caseapp/ui/file_actions.py" line="83" />
        <source>New case file</source>
        <translation>Նոր գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="84" />
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 ֆայլն արդեն գոյություն ունի։ Ընտրեք այլ անուն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="92" />
        <location filename="../../caseapp/ui/file_actions.py" line="103" />
        <location filename="../../caseapp/ui/file_actions.py" line="119" />
        <source>Open case file</source>
        <translation>Բացել գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="104" />
        <source>There is no case file at %1.</source>
        <translation>%1 հասցեում գործի ֆայլ չկա։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="106" />
        <source>It may have been moved, renamed or deleted, or be on a drive that is not connected.</source>
        <translation>Հնարավոր է՝ այն տեղափոխվել է, վերանվանվել կամ ջնջվել, կամ գտնվում է չմիացված կրիչի վրա։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="108" />
        <source>Create a New Case File There…</source>
        <translation>Ստեղծել նոր գործի ֆայլ այնտեղ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="110" />
        <source>Open Another File…</source>
        <translation>Բացել այլ ֆայլ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="130" />
        <source>Creating the demo case file…</source>
        <translation>Ստեղծվում է ցուցադրական գործի ֆայլը…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/file_actions.py" line="145" />
        <source>Imported %Ln record(s).</source>
        <translation><numerusform>Ներմուծվեց %Ln գրառում։</numerusform><numerusform>Ներմուծվեց %Ln գրառում։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="155" />
        <location filename="../../caseapp/ui/file_actions.py" line="173" />
        <location filename="../../caseapp/ui/file_actions.py" line="202" />
        <source>Import JSON</source>
        <translation>Ներմուծել JSON</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="169" />
        <source>To change the case settings not taken from the export, use Deadlines → Deadline Settings… or Reports → Lawyer's Details… if the export is right.</source>
        <translation>Եթե արտահանումը ճիշտ է, արտահանումից չվերցված գործի կարգավորումները փոխեք Ժամկետներ → Ժամկետների կարգավորումներ… կամ Զեկույցներ → Փաստաբանի տվյալներ… ընտրացանկերում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="189" />
        <location filename="../../caseapp/ui/travel_actions.py" line="130" />
        <source>%1 (%2) like %3 (%4)</source>
        <translation>%1 (%2) նման է %3 (%4) գերուն</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/file_actions.py" line="195" />
        <source>and %n more</source>
        <translation><numerusform>և ևս %n</numerusform><numerusform>և ևս %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/file_actions.py" line="198" />
        <source>Likely the same people as captives already in the case file: %n imported captive(s) (another copy of the same people?). Nothing was merged: review them in Captive → Likely Duplicates… and merge each person recorded twice.</source>
        <translation><numerusform>Հավանաբար նույն անձինք են, ինչ գործի ֆայլում արդեն եղած գերիները՝ ներմուծված %n գերի (նույն մարդկանց մեկ այլ պատճե՞ն)։ Ոչինչ չի միավորվել. ստուգեք նրանց Գերի → Հավանական կրկնօրինակներ… բաժնում և միավորեք երկու անգամ գրանցված յուրաքանչյուր անձին։</numerusform><numerusform>Հավանաբար նույն անձինք են, ինչ գործի ֆայլում արդեն եղած գերիները՝ ներմուծված %n գերի (նույն մարդկանց մեկ այլ պատճե՞ն)։ Ոչինչ չի միավորվել. ստուգեք նրանց Գերի → Հավանական կրկնօրինակներ… բաժնում և միավորեք երկու անգամ գրանցված յուրաքանչյուր անձին։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="205" />
        <source>Likely Duplicates…</source>
        <translation>Հավանական կրկնօրինակներ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/file_actions.py" line="215" />
        <source>Exported %Ln record(s) to %1.</source>
        <translation><numerusform>%Ln գրառում արտահանվեց %1 ֆայլ։</numerusform><numerusform>%Ln գրառում արտահանվեց %1 ֆայլ։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="223" />
        <location filename="../../caseapp/ui/file_actions.py" line="237" />
        <source>Export JSON</source>
        <translation>Արտահանել JSON</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="254" />
        <source>The passphrase was changed; a backup with the new passphrase was made.</source>
        <translation>Գաղտնաբառը փոխվեց. նոր գաղտնաբառով պահուստային պատճեն է ստեղծվել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="256" />
        <source>The passphrase was changed, but the backup that follows failed: %1</source>
        <translation>Գաղտնաբառը փոխվեց, սակայն դրան հաջորդող պահուստավորումը ձախողվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="258" />
        <source>Passphrase</source>
        <translation>Գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="290" />
        <location filename="../../caseapp/ui/file_actions.py" line="314" />
        <location filename="../../caseapp/ui/file_actions.py" line="324" />
        <source>Passphrase recovery</source>
        <translation>Գաղտնաբառի վերականգնում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="290" />
        <source>This case file is not encrypted: give it a passphrase first (File → Change Passphrase…), then set up recovery.</source>
        <translation>Այս գործի ֆայլը գաղտնագրված չէ․ նախ տվեք նրան գաղտնաբառ (Ֆայլ → Փոխել գաղտնաբառը…), ապա կարգավորեք վերականգնումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="304" />
        <source>Case file whose passphrase is lost</source>
        <translation>Գործի ֆայլ, որի գաղտնաբառը կորել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="314" />
        <source>%1 has no passphrase recovery set up (there is no key file beside it). Without its passphrase nobody can open it.</source>
        <translation>%1 ֆայլի համար գաղտնաբառի վերականգնում կարգավորված չէ (դրա կողքին բանալու ֆայլ չկա)։ Առանց գաղտնաբառի ոչ ոք չի կարող այն բացել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="324" />
        <source>The case file has a new passphrase and is open. Set up recovery again if a share may have been seen by someone else.</source>
        <translation>Գործի ֆայլն ունի նոր գաղտնաբառ և բաց է։ Նորից կարգավորեք վերականգնումը, եթե որևէ բաժին կարող էր տեսնել ուրիշը։</translation>
    </message>
</context>
<context>
    <name>MergeCaptivesDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="55" />
        <source>%Ln name(s)</source>
        <translation><numerusform>%Ln անուն</numerusform><numerusform>%Ln անուն</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="56" />
        <source>%n status change(s)</source>
        <translation><numerusform>կարգավիճակի %n փոփոխություն</numerusform><numerusform>կարգավիճակի %n փոփոխություն</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="57" />
        <source>%n place(s) of detention</source>
        <translation><numerusform>պահման %n վայր</numerusform><numerusform>պահման %n վայր</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="58" />
        <source>%n identity document(s)</source>
        <translation><numerusform>անձը հաստատող %n փաստաթուղթ</numerusform><numerusform>անձը հաստատող %n փաստաթուղթ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="59" />
        <source>%n welfare contact(s)</source>
        <translation><numerusform>գերու հետ %n կապ</numerusform><numerusform>գերու հետ %n կապ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="60" />
        <source>%n note(s)</source>
        <translation><numerusform>%n նշում</numerusform><numerusform>%n նշում</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="61" />
        <source>%n prosecution(s)</source>
        <translation><numerusform>%n քրեական գործ</numerusform><numerusform>%n քրեական գործ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="62" />
        <source>%n detention order(s)</source>
        <translation><numerusform>կալանավորման մասին %n որոշում</numerusform><numerusform>կալանավորման մասին %n որոշում</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="63" />
        <source>%n international proceeding(s)</source>
        <translation><numerusform>%n միջազգային վարույթ</numerusform><numerusform>%n միջազգային վարույթ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="65" />
        <source>%n document(s)</source>
        <translation><numerusform>%n փաստաթուղթ</numerusform><numerusform>%n փաստաթուղթ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="66" />
        <source>%n deadline(s)</source>
        <translation><numerusform>%n ժամկետ</numerusform><numerusform>%n ժամկետ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="67" />
        <source>%n hearing(s)</source>
        <translation><numerusform>%n դատական նիստ</numerusform><numerusform>%n դատական նիստ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="68" />
        <source>%n intervention(s)</source>
        <translation><numerusform>%n միջամտություն</numerusform><numerusform>%n միջամտություն</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="117" />
        <source>Merge Captives</source>
        <translation>Միավորել գերիներին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="129" />
        <source>&amp;Swap: keep the other one</source>
        <translation>&amp;Փոխել՝ պահել մյուսին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="157" />
        <source>&amp;Merge</source>
        <translation>&amp;Միավորել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="180" />
        <source>Keep %1 (%2) and merge %3 (%4) into them. Where the two differ, choose the value to keep.</source>
        <translation>Պահել՝ %1 (%2), և միավորել նրա մեջ՝ %3 (%4)։ Որտեղ երկուսը տարբերվում են, ընտրեք պահվող արժեքը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="182" />
        <source>Kept: ID %1. Merged: ID %2.</source>
        <translation>Պահվում է՝ ID %1։ Միավորվում է՝ ID %2։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="186" />
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Դաշտ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="187" />
        <source>&lt;b&gt;%1 (kept)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (պահվում է)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="187" />
        <source>&lt;b&gt;%1 (merged)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (միավորվում է)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="205" />
        <source>(empty)</source>
        <translation>(դատարկ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="223" />
        <source>The two records agree on every field.</source>
        <translation>Երկու գրառումները համընկնում են բոլոր դաշտերում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="235" />
        <source>Moves to %1: %2.</source>
        <translation>Պահվողին (%1) տեղափոխվում է՝ %2։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="236" />
        <source>nothing</source>
        <translation>ոչինչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="237" />
        <source>The record of %1 is deleted once everything recorded about them has moved. Edit → Undo brings both back as they were.</source>
        <translation>Գրառումը (%1) ջնջվում է, երբ նրա մասին գրանցված ամեն ինչ տեղափոխվում է։ Խմբագրել → Հետարկել-ը երկուսին էլ վերադարձնում է նախկին տեսքով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="240" />
        <source>Where the two differ on the level or a consent, the stricter is chosen at first, so that the merge shows nothing either record kept back.</source>
        <translation>Որտեղ երկուսը տարբերվում են գաղտնիության մակարդակով կամ համաձայնությամբ, սկզբից ընտրված է ավելի խիստը, որպեսզի միավորումը ցույց չտա ոչինչ, ինչ գրառումներից որևէ մեկը թաքցրել էր։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="245" />
        <source>Where both records hold a value, the one not chosen is kept in a note of the kept record.</source>
        <translation>Որտեղ երկու գրառումներն էլ արժեք ունեն, չընտրվածը պահվում է պահվող գրառման նշումում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="248" />
        <source>Where the kept record has no value, the merged one's is chosen at first, so that no fact recorded on either is lost.</source>
        <translation>Որտեղ պահվող գրառումն արժեք չունի, սկզբից ընտրված է միավորվողինը, որպեսզի երկու գրառումներից որևէ մեկում գրանցված ոչ մի փաստ չկորչի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="281" />
        <source>Nothing was merged: %1</source>
        <translation>Ոչինչ չի միավորվել՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="285" />
        <source>Merge %1 into %2</source>
        <translation>Միավորել՝ %1 → %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="288" />
        <source>Merged %1 into %2.</source>
        <translation>Միավորվեց՝ %1 → %2։</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="92" />
        <source>The kept captive no longer exists.</source>
        <translation>Պահպանված գերին այլևս գոյություն չունի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="97" />
        <source>It cannot be undone.</source>
        <translation>Այն հնարավոր չէ հետարկել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/merge_captives.py" line="103" />
        <source>One of the two captives no longer exists.</source>
        <translation>Երկու գերիներից մեկն այլևս գոյություն չունի։</translation>
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
        <translation>Հնարավոր է, որ արդեն գրանցված է՝ %1։
%2

Այնուամենայնիվ գրանցե՞լ նոր գերի։ Մեկ անձի երկու գրառումները իրար միջև բաժանում են ժամկետները, դատական նիստերը և նամակները. դրանք կարելի է ավելի ուշ միավորել (Գերի → Միավորել գերիներին…)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/new_captive_check.py" line="55" />
        <source>Recorded already?</source>
        <translation>Արդեն գրանցվա՞ծ է</translation>
    </message>
</context>
<context>
    <name>NewCaseFileDialog</name>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="59" />
        <source>New case file</source>
        <translation>Նոր գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="66" />
        <source>The case file is encrypted: without its passphrase nobody can read it, not even you. CaseApp does not keep the passphrase anywhere and cannot recover a forgotten one, so write it down and keep it somewhere safe.</source>
        <translation>Գործի ֆայլը գաղտնագրված է. առանց դրա գաղտնաբառի ոչ ոք չի կարող կարդալ այն, նույնիսկ դուք։ CaseApp-ը գաղտնաբառը ոչ մի տեղ չի պահում և չի կարող վերականգնել մոռացվածը, ուստի գրի առեք այն և պահեք ապահով տեղում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="73" />
        <source>Do not encrypt this case file</source>
        <translation>Չգաղտնագրել այս գործի ֆայլը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="76" />
        <source>Without encryption anyone who gets a copy of the file (a lost or stolen laptop, a search at a border, a backup) can read every record and document in it without a passphrase. Choose this only for test or fictional data.</source>
        <translation>Առանց գաղտնագրման ֆայլի պատճենն ստացած ցանկացած ոք (կորած կամ գողացված նոութբուք, խուզարկություն սահմանին, պահուստային պատճեն) կարող է առանց գաղտնաբառի կարդալ դրա բոլոր գրառումներն ու փաստաթղթերը։ Ընտրեք սա միայն փորձնական կամ հորինված տվյալների համար։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="94" />
        <location filename="../../caseapp/ui/opener.py" line="114" />
        <source>Create encrypted case file</source>
        <translation>Ստեղծել գաղտնագրված գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="113" />
        <source>Create unencrypted case file</source>
        <translation>Ստեղծել չգաղտնագրված գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="119" />
        <source>Unencrypted case file</source>
        <translation>Չգաղտնագրված գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="120" />
        <source>Create the case file without encryption? Anyone who gets a copy of it can read it. You can encrypt it later (File → Change Passphrase…).</source>
        <translation>Ստեղծե՞լ գործի ֆայլն առանց գաղտնագրման։ Դրա պատճենն ստացած ցանկացած ոք կարող է կարդալ այն։ Կարող եք այն ավելի ուշ գաղտնագրել (Ֆայլ → Փոխել գաղտնաբառը…)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="90" />
        <source>File</source>
        <translation>Ֆայլ</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="96" />
        <source>Show what I type</source>
        <translation>Ցույց տալ մուտքագրածս</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="102" />
        <source>Passphrase</source>
        <translation>Գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="104" />
        <source>Repeat it</source>
        <translation>Կրկնեք այն</translation>
    </message>
</context>
<context>
    <name>NextHearing</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/next_hearing.py" line="33" />
        <source>Hearing adjourned</source>
        <translation>Նիստը հետաձգված է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/next_hearing.py" line="34" />
        <source>The hearing is adjourned to %1. Add the hearing of %1, with the same court, kind and defendants?</source>
        <translation>Նիստը հետաձգված է մինչև %1։ Ավելացնե՞լ %1-ին նշանակված նիստը՝ նույն դատարանով, տեսակով և մեղադրյալներով։</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="67" />
        <source>%1 and %Ln other(s)</source>
        <translation><numerusform>%1 և ևս %Ln</numerusform><numerusform>%1 և ևս %Ln</numerusform></translation>
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
        <translation>Կողպված գործի ֆայլում հիշեցումներ են սպասում. ապակողպեք CaseApp-ը՝ դրանք տեսնելու համար։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="224" />
        <source>%Ln deadline(s) overdue</source>
        <translation><numerusform>%Ln ժամկետանց ժամկետ</numerusform><numerusform>%Ln ժամկետանց ժամկետ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="226" />
        <source>%Ln due today</source>
        <translation><numerusform>%Ln՝ այսօր</numerusform><numerusform>%Ln՝ այսօր</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="228" />
        <source>%Ln due soon</source>
        <translation><numerusform>%Ln՝ շուտով</numerusform><numerusform>%Ln՝ շուտով</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="232" />
        <source>%Ln hearing(s) today</source>
        <translation><numerusform>%Ln դատական նիստ՝ այսօր</numerusform><numerusform>%Ln դատական նիստ՝ այսօր</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="235" />
        <source>%Ln hearing(s) tomorrow</source>
        <translation><numerusform>%Ln դատական նիստ՝ վաղը</numerusform><numerusform>%Ln դատական նիստ՝ վաղը</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="238" />
        <source>%Ln follow-up(s) overdue</source>
        <translation><numerusform>%Ln ժամկետանց հետևում</numerusform><numerusform>%Ln ժամկետանց հետևում</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="240" />
        <source>%Ln follow-up(s) due today</source>
        <translation><numerusform>%Ln հետևում՝ այսօր</numerusform><numerusform>%Ln հետևում՝ այսօր</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="242" />
        <source>%Ln captive(s) without proof of life</source>
        <translation><numerusform>%Ln գերի առանց ողջ լինելու հաստատման</numerusform><numerusform>%Ln գերի առանց ողջ լինելու հաստատման</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="261" />
        <source>Hearing: %1</source>
        <translation>Դատական նիստ՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="268" />
        <source>Follow-up of “%1” due today</source>
        <translation>«%1»՝ հետևման օրն այսօր է</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="269" />
        <source>Follow-up of “%1” overdue by %Ln day(s)</source>
        <translation><numerusform>«%1»՝ հետևումը ժամկետանց է %Ln օրով</numerusform><numerusform>«%1»՝ հետևումը ժամկետանց է %Ln օրով</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="280" />
        <source>No confirmed news of %1 for %Ln day(s)</source>
        <translation><numerusform>Հաստատված լուր չկա %Ln օր՝ %1</numerusform><numerusform>Հաստատված լուր չկա %Ln օր՝ %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="317" />
        <source>Open CaseApp to see which.</source>
        <translation>Բացեք CaseApp-ը՝ տեսնելու, թե որոնք են։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="279" />
        <source>No confirmed news of %1 is recorded</source>
        <translation>Հաստատված լուր գրանցված չէ՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="316" />
        <source>CaseApp: %1</source>
        <translation>CaseApp՝ %1</translation>
    </message>
</context>
<context>
    <name>OpenTravelCopyDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="177" />
        <source>Travel copy:</source>
        <translation>Ճամփորդական պատճեն՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="178" />
        <source>Its passphrase:</source>
        <translation>Նրա գաղտնաբառը՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="191" />
        <source>Case files (*.db);;All files (*)</source>
        <translation>Գործի ֆայլեր (*.db);;Բոլոր ֆայլերը (*)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../caseapp/ui/rule_deadlines_command.py" line="78" />
        <location filename="../../caseapp/ui/undo_commands.py" line="123" />
        <location filename="../../caseapp/ui/undo_commands.py" line="163" />
        <source>%1 no longer exists.</source>
        <translation>Այլևս գոյություն չունի՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/rule_deadlines_command.py" line="80" />
        <location filename="../../caseapp/ui/undo_commands.py" line="125" />
        <source>%1 was changed since.</source>
        <translation>Այդ ընթացքում փոփոխվել է՝ %1։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_commands.py" line="159" />
        <source>%1 cannot be added again.</source>
        <translation>Հնարավոր չէ կրկին ավելացնել՝ %1։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/undo_commands.py" line="191" />
        <source>%1 is now the addressee of %n intervention(s) recorded since.</source>
        <translation><numerusform>Այդ ընթացքում գրանցված %n միջամտության հասցեատեր է՝ %1։</numerusform><numerusform>Այդ ընթացքում գրանցված %n միջամտության հասցեատեր է՝ %1։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/undo_commands.py" line="196" />
        <source>%1 now has %n member(s) in the directory, added since.</source>
        <translation><numerusform>Այդ ընթացքում տեղեկատուում դրան է ավելացվել %n անձ՝ %1։</numerusform><numerusform>Այդ ընթացքում տեղեկատուում դրան են ավելացվել %n անձ՝ %1։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/undo_words.py" line="21" />
        <source>%1 was deleted; the undo history no longer holds %n step(s) about it.</source>
        <translation><numerusform>Ջնջվեց՝ %1. հետարկման պատմությունից հանվեց դրան վերաբերող %n քայլ։</numerusform><numerusform>Ջնջվեց՝ %1. հետարկման պատմությունից հանվեց դրան վերաբերող %n քայլ։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_refs.py" line="40" />
        <location filename="../../caseapp/ui/undo_words.py" line="22" />
        <source>The record</source>
        <translation>Գրառումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="155" />
        <source>No case file is open.</source>
        <translation>Գործի ֆայլ բացված չէ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="32" />
        <source>Could not undo “%1”: %2 It was taken off the undo history.</source>
        <translation>Հնարավոր չեղավ հետարկել «%1»՝ %2 Այն հանվեց հետարկման պատմությունից։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="33" />
        <source>Could not redo “%1”: %2 It was taken off the redo history.</source>
        <translation>Հնարավոր չեղավ վերակատարել «%1»՝ %2 Այն հանվեց վերակատարման պատմությունից։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="29" />
        <source>Could not undo “%1”: %2 It is still in the undo history.</source>
        <translation>Հնարավոր չեղավ հետարկել «%1»՝ %2 Այն մնում է հետարկման պատմության մեջ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="30" />
        <source>Could not redo “%1”: %2 It is still in the redo history.</source>
        <translation>Հնարավոր չեղավ վերակատարել «%1»՝ %2 Այն մնում է վերակատարման պատմության մեջ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="39" />
        <source>Not undone: %1</source>
        <translation>Չհետարկվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="43" />
        <source>Undone: %1</source>
        <translation>Հետարկվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="43" />
        <source>Redone: %1</source>
        <translation>Վերակատարվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="51" />
        <source>Undoing “%1” deletes the captive %2 with everything recorded in their file. Delete it?</source>
        <translation>«%1» գործողության հետարկումը ջնջում է գերուն (%2)՝ նրա գործում գրանցված ամեն ինչի հետ։ Ջնջե՞լ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="54" />
        <source>Undoing “%1” deletes %2 from the file of %3. Delete it?</source>
        <translation>«%1» գործողության հետարկումը ջնջում է գրառումը (%2) գերու գործից (%3)։ Ջնջե՞լ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="56" />
        <source>Undoing “%1” deletes %2. Delete it?</source>
        <translation>«%1» գործողության հետարկումը ջնջում է գրառումը (%2)։ Ջնջե՞լ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/undo_words.py" line="58" />
        <source>Undo</source>
        <translation>Հետարկել</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="63" />
        <source>Generate</source>
        <translation>Ստեղծել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="73" />
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="75" />
        <source>Stop waiting: the result is ignored</source>
        <translation>Դադարեցնել սպասումը. արդյունքը կանտեսվի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="82" />
        <source>Save as…</source>
        <translation>Պահել որպես…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="85" />
        <source>Keep in the captive's documents</source>
        <translation>Պահել գերու փաստաթղթերում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="88" />
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="131" />
        <source>Generating…</source>
        <translation>Ստեղծվում է…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="160" />
        <source>Cancelled.</source>
        <translation>Չեղարկվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="197" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="200" />
        <source>Something went wrong: %1</source>
        <translation>Ինչ-որ բան սխալ գնաց՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="213" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF փաստաթղթեր (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="214" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel աշխատագրքեր (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="215" />
        <source>Word documents (*.docx)</source>
        <translation>Word փաստաթղթեր (*.docx)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="216" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="238" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="263" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="266" />
        <source>Save as</source>
        <translation>Պահել որպես</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="217" />
        <source>All files (*)</source>
        <translation>Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="253" />
        <source>Saved to %1.</source>
        <translation>Պահվեց %1 ֆայլում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="264" />
        <source>%1 could not be written: %2</source>
        <translation>Հնարավոր չեղավ գրել %1՝ %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="295" />
        <source>Kept as document %1 in the case file.</source>
        <translation>Պահվեց գործի ֆայլում որպես %1 փաստաթուղթ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="298" />
        <source>Kept as document %1 and logged as draft intervention %2.</source>
        <translation>Պահվեց որպես %1 փաստաթուղթ և գրանցվեց որպես %2 միջամտության նախագիծ։</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message>
        <location filename="../../caseapp/ui/outside_changes.py" line="107" />
        <source>Updated with changes made outside this window at %1.</source>
        <translation>Թարմացվեց այս պատուհանից դուրս կատարված փոփոխություններով՝ ժամը %1-ին։</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="56" />
        <source>Preview of the document</source>
        <translation>Փաստաթղթի նախադիտում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="69" />
        <source>The preview appears here.</source>
        <translation>Նախադիտումը կհայտնվի այստեղ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="70" />
        <source>No preview: this installation lacks Qt's PDF module (PySide6-Addons). Save the file and open it in a PDF reader.</source>
        <translation>Նախադիտում չկա. այս տեղադրումը չունի Qt-ի PDF մոդուլը (PySide6-Addons)։ Պահեք ֆայլը և բացեք այն PDF ընթերցիչում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="91" />
        <source>The PDF could not be shown (%1).</source>
        <translation>PDF-ը հնարավոր չեղավ ցուցադրել (%1)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="116" />
        <source>Print %1</source>
        <translation>Տպել %1</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="66" />
        <source>Print…</source>
        <translation>Տպել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="70" />
        <source>Printing needs Qt's PDF and print modules, missing here: save the PDF and print it from a PDF reader.</source>
        <translation>Տպելու համար անհրաժեշտ են Qt-ի PDF և տպման մոդուլները, որոնք այստեղ բացակայում են. պահեք PDF-ը և տպեք այն PDF ընթերցիչից։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="93" />
        <source>English</source>
        <translation>Անգլերեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="93" />
        <source>Armenian</source>
        <translation>Հայերեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="93" />
        <source>Russian</source>
        <translation>Ռուսերեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="94" />
        <source>French</source>
        <translation>Ֆրանսերեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="102" />
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="116" />
        <source>What this level leaves out</source>
        <translation>Ինչ է բաց թողնում այս մակարդակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="153" />
        <source>Checking what this level leaves out…</source>
        <translation>Ստուգվում է, թե ինչ է բաց թողնում այս մակարդակը…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="169" />
        <source>Choose another level above.</source>
        <translation>Վերևում ընտրեք այլ մակարդակ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="171" />
        <source>To include them, choose a higher level above.</source>
        <translation>Դրանք ներառելու համար վերևում ընտրեք ավելի բարձր մակարդակ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="191" />
        <source>The choice changed: Generate again to see it.</source>
        <translation>Ընտրությունը փոխվեց. կրկին սեղմեք Ստեղծել՝ այն տեսնելու համար։</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="273" />
        <source>Person and capture</source>
        <translation>Անձը և գերեվարումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="274" />
        <source>Sex</source>
        <translation>Սեռ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="274" />
        <source>Date of birth</source>
        <translation>Ծննդյան ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="275" />
        <source>Place of birth</source>
        <translation>Ծննդավայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="275" />
        <source>Citizenship</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="276" />
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="276" />
        <source>Captured</source>
        <translation>Գերեվարում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="277" />
        <source>By</source>
        <translation>Ում կողմից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="278" />
        <source>Circumstances</source>
        <translation>Հանգամանքներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="279" />
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="279" />
        <source>Sensitivity</source>
        <translation>Գաղտնիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="280" />
        <location filename="../../caseapp/ui/views/captive_header.py" line="289" />
        <source>Edit…</source>
        <translation>Խմբագրել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="280" />
        <source>Photo…</source>
        <translation>Լուսանկար…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="281" />
        <source>Remove photo</source>
        <translation>Հեռացնել լուսանկարը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="283" />
        <source>Case summary and consent</source>
        <translation>Գործի ամփոփում և համաձայնություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="284" />
        <source>Summary</source>
        <translation>Ամփոփում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="284" />
        <source>Current asks</source>
        <translation>Ընթացիկ պահանջներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="285" />
        <source>Health</source>
        <translation>Առողջություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="286" />
        <source>Power of attorney</source>
        <translation>Լիազորագիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="287" />
        <source>Publicity</source>
        <translation>Հրապարակայնություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="288" />
        <source>Consent notes</source>
        <translation>Նշումներ համաձայնության մասին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="326" />
        <source>not known</source>
        <translation>հայտնի չէ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="326" />
        <source>Yes</source>
        <translation>Այո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="326" />
        <source>No</source>
        <translation>Ոչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="327" />
        <source>not shown at this level</source>
        <translation>չի ցուցադրվում այս մակարդակում</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="153" />
        <source>Drive</source>
        <translation>Սկավառակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="154" />
        <source>Folder</source>
        <translation>Թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="155" />
        <source>File</source>
        <translation>Ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="156" />
        <source>%1 File</source>
        <translation>%1 ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="157" />
        <source>Unknown</source>
        <translation>Անհայտ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="124" />
        <source>&amp;Select All</source>
        <translation>&amp;Ընտրել բոլորը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="125" />
        <source>&amp;Step up</source>
        <translation>&amp;Մեծացնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="126" />
        <source>Step &amp;down</source>
        <translation>&amp;Փոքրացնել</translation>
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
Թղթապանակը չի գտնվել։
Ստուգեք, որ թղթապանակի անունը ճիշտ է։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="38" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Ֆայլը չի գտնվել։
Ստուգեք, որ ֆայլի անունը ճիշտ է։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="41" />
        <source>%1 File</source>
        <translation>%1 ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="42" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ֆայլն արդեն կա։
Փոխարինե՞լ այն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="43" />
        <source>&amp;Choose</source>
        <translation>&amp;Ընտրել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="44" />
        <source>&amp;Delete</source>
        <translation>&amp;Ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="45" />
        <source>&amp;New Folder</source>
        <translation>&amp;Նոր թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="46" />
        <source>&amp;Open</source>
        <translation>&amp;Բացել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="47" />
        <source>&amp;Rename</source>
        <translation>&amp;Վերանվանել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="48" />
        <source>&amp;Save</source>
        <translation>&amp;Պահպանել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="49" />
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» ֆայլը պաշտպանված է գրելուց։
Այնուամենայնիվ ջնջե՞լ այն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="50" />
        <source>Alias</source>
        <translation>Հղում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="51" />
        <source>All Files (*)</source>
        <translation>Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="157" />
        <location filename="../../caseapp/ui/qt_texts.py" line="52" />
        <location filename="../../caseapp/ui/widgets/save_target.py" line="21" />
        <source>All files (*)</source>
        <translation>Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="53" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Իսկապե՞ս ջնջել «%1» ֆայլը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="54" />
        <source>Back</source>
        <translation>Հետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="55" />
        <source>Change to detail view mode</source>
        <translation>Անցնել մանրամասն տեսքի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="56" />
        <source>Change to list view mode</source>
        <translation>Անցնել ցուցակի տեսքի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="57" />
        <source>Could not delete directory.</source>
        <translation>Չհաջողվեց ջնջել թղթապանակը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="58" />
        <source>Create New Folder</source>
        <translation>Ստեղծել նոր թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="59" />
        <source>Create a New Folder</source>
        <translation>Ստեղծել նոր թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="60" />
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="61" />
        <source>Detail View</source>
        <translation>Մանրամասն տեսք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="62" />
        <source>Directories</source>
        <translation>Թղթապանակներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="63" />
        <source>Directory:</source>
        <translation>Թղթապանակ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="64" />
        <source>Drive</source>
        <translation>Սկավառակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="65" />
        <source>File</source>
        <translation>Ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="66" />
        <source>File &amp;name:</source>
        <translation>Ֆայլի &amp;անունը՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="67" />
        <source>File Folder</source>
        <translation>Ֆայլերի թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="68" />
        <source>Files</source>
        <translation>Ֆայլեր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="69" />
        <source>Files of &amp;type:</source>
        <translation>Ֆայլերի &amp;տեսակը՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="78" />
        <source>&amp;Look in:</source>
        <translation>&amp;Որտեղ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="70" />
        <source>Find Directory</source>
        <translation>Գտնել թղթապանակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="71" />
        <source>Folder</source>
        <translation>Թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="72" />
        <source>Forward</source>
        <translation>Առաջ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="73" />
        <source>Go back</source>
        <translation>Հետ գնալ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="74" />
        <source>Go forward</source>
        <translation>Առաջ գնալ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="75" />
        <source>Go to the parent directory</source>
        <translation>Անցնել վերին թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="76" />
        <source>List View</source>
        <translation>Ցուցակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="77" />
        <source>List of places and bookmarks</source>
        <translation>Տեղերի և էջանիշերի ցուցակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="79" />
        <source>My Computer</source>
        <translation>Իմ համակարգիչը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="80" />
        <source>New Folder</source>
        <translation>Նոր թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="81" />
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="82" />
        <source>Parent Directory</source>
        <translation>Վերին թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="83" />
        <source>Recent Places</source>
        <translation>Վերջին տեղերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="84" />
        <source>Remove</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="85" />
        <source>Save As</source>
        <translation>Պահպանել որպես</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="86" />
        <source>Shortcut</source>
        <translation>Դյուրանցում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="87" />
        <source>Show </source>
        <translation>Ցույց տալ </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="88" />
        <source>Show &amp;hidden files</source>
        <translation>Ցույց տալ &amp;թաքնված ֆայլերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="89" />
        <source>Sidebar</source>
        <translation>Կողագոտի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="90" />
        <source>Unknown</source>
        <translation>Անհայտ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="93" />
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» անունը հնարավոր չէ օգտագործել։&lt;/b&gt;&lt;p&gt;Փորձեք մեկ այլ անուն՝ ավելի քիչ նիշերով կամ առանց կետադրական նշանների։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="95" />
        <source>Computer</source>
        <translation>Համակարգիչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="96" />
        <source>Date Modified</source>
        <translation>Փոփոխվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="97" />
        <source>Invalid filename</source>
        <translation>Անվավեր ֆայլի անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="98" />
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="99" />
        <source>My Computer</source>
        <translation>Իմ համակարգիչը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="100" />
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="101" />
        <source>Size</source>
        <translation>Չափ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="102" />
        <source>Type</source>
        <translation>Տեսակ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="105" />
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="106" />
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="107" />
        <source>Cu&amp;t</source>
        <translation>Կ&amp;տրել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="108" />
        <source>&amp;Copy</source>
        <translation>&amp;Պատճենել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="109" />
        <source>&amp;Paste</source>
        <translation>Տե&amp;ղադրել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="110" />
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="111" />
        <source>Select All</source>
        <translation>Ընտրել բոլորը</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="129" />
        <source>Show Details...</source>
        <translation>Ցույց տալ մանրամասները...</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="130" />
        <source>Hide Details...</source>
        <translation>Թաքցնել մանրամասները...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="13" />
        <source>OK</source>
        <translation>Լավ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="14" />
        <source>Save</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="15" />
        <source>Save All</source>
        <translation>Պահպանել բոլորը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="16" />
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="17" />
        <source>&amp;Yes</source>
        <translation>&amp;Այո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="18" />
        <source>Yes to &amp;All</source>
        <translation>Այո &amp;բոլորին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="19" />
        <source>&amp;No</source>
        <translation>&amp;Ոչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="20" />
        <source>N&amp;o to All</source>
        <translation>Ո&amp;չ բոլորին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="21" />
        <source>Abort</source>
        <translation>Ընդհատել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="22" />
        <source>Retry</source>
        <translation>Կրկնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="23" />
        <source>Ignore</source>
        <translation>Անտեսել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="24" />
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="25" />
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="26" />
        <source>Discard</source>
        <translation>Չպահպանել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="27" />
        <source>Help</source>
        <translation>Օգնություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="28" />
        <source>Apply</source>
        <translation>Կիրառել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="29" />
        <source>Reset</source>
        <translation>Վերակայել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="30" />
        <source>Restore Defaults</source>
        <translation>Վերականգնել լռելյայնները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="31" />
        <source>Don't Save</source>
        <translation>Չպահպանել</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="133" />
        <source>Scroll here</source>
        <translation>Ոլորել այստեղ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="134" />
        <source>Left edge</source>
        <translation>Ձախ եզր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="135" />
        <source>Top</source>
        <translation>Վերև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="136" />
        <source>Right edge</source>
        <translation>Աջ եզր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="137" />
        <source>Bottom</source>
        <translation>Ներքև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="138" />
        <source>Page left</source>
        <translation>Մեկ էջ ձախ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="139" />
        <source>Page up</source>
        <translation>Մեկ էջ վերև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="140" />
        <source>Page right</source>
        <translation>Մեկ էջ աջ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="141" />
        <source>Page down</source>
        <translation>Մեկ էջ ներքև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="142" />
        <source>Scroll left</source>
        <translation>Ոլորել ձախ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="143" />
        <source>Scroll up</source>
        <translation>Ոլորել վերև</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="144" />
        <source>Scroll right</source>
        <translation>Ոլորել աջ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="145" />
        <source>Scroll down</source>
        <translation>Ոլորել ներքև</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="148" />
        <source>Scroll Left</source>
        <translation>Ոլորել ձախ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="149" />
        <source>Scroll Right</source>
        <translation>Ոլորել աջ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="114" />
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="115" />
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="116" />
        <source>Cu&amp;t</source>
        <translation>Կ&amp;տրել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="117" />
        <source>&amp;Copy</source>
        <translation>&amp;Պատճենել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="118" />
        <source>&amp;Paste</source>
        <translation>Տե&amp;ղադրել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="119" />
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="120" />
        <source>Select All</source>
        <translation>Ընտրել բոլորը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/qt_texts.py" line="121" />
        <source>Copy &amp;Link Location</source>
        <translation>Պատճենել &amp;հղման հասցեն</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../caseapp/ui/read_only_state.py" line="39" />
        <source>%1 (read-only)</source>
        <translation>%1 (միայն կարդալու համար)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/read_only_state.py" line="49" />
        <source>The case file is open read-only (%1): it cannot be changed.</source>
        <translation>Գործի ֆայլը բացված է միայն կարդալու համար (%1). այն հնարավոր չէ փոխել։</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../caseapp/ui/read_only_state.py" line="66" />
        <source>This case file is open read-only (%1). You can read it, print from it and export it, but nothing in it can be changed. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation>Այս գործի ֆայլը բացված է միայն կարդալու համար (%1)։ Կարող եք այն կարդալ, տպել և արտահանել, բայց դրանում ոչինչ հնարավոր չէ փոխել։ Այն փոխելու համար պատճենեք այն մի թղթապանակ, որտեղ կարող եք գրել, և բացեք պատճենը։</translation>
    </message>
</context>
<context>
    <name>ReadingGuard</name>
    <message>
        <location filename="../../caseapp/ui/reading_guard.py" line="23" />
        <source>Open another case file and stop reading these scans?</source>
        <translation>Բացե՞լ այլ գործի ֆայլ և դադարեցնել այս սկանների ճանաչումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reading_guard.py" line="26" />
        <source>Switch the language and stop reading these scans?</source>
        <translation>Փոխե՞լ լեզուն և դադարեցնել այս սկանների ճանաչումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reading_guard.py" line="29" />
        <source>Quit CaseApp and stop reading these scans?</source>
        <translation>Փակե՞լ CaseApp-ը և դադարեցնել այս սկանների ճանաչումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reading_guard.py" line="30" />
        <source>Close the case file and stop reading these scans?</source>
        <translation>Փակե՞լ գործի ֆայլը և դադարեցնել այս սկանների ճանաչումը։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/reading_guard.py" line="42" />
        <source>Make searchable is reading %Ln scan(s) of this case file or has them waiting. If their reading stops, nothing of them is stored; you can make them searchable again later.</source>
        <translation><numerusform>«Դարձնել որոնելի» հրամանը ճանաչում է այս գործի ֆայլի սկանները (%Ln) կամ դրանք սպասում են իրենց հերթին։ Եթե ճանաչումը դադարի, դրանցից ոչինչ չի պահվի․ հետո կարող եք դրանք կրկին դարձնել որոնելի։</numerusform><numerusform>«Դարձնել որոնելի» հրամանը ճանաչում է այս գործի ֆայլի սկանները (%Ln) կամ դրանք սպասում են իրենց հերթին։ Եթե ճանաչումը դադարի, դրանցից ոչինչ չի պահվի․ հետո կարող եք դրանք կրկին դարձնել որոնելի։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reading_guard.py" line="48" />
        <source>Scans are being read</source>
        <translation>Սկաններ են ճանաչվում</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/discard.py" line="14" />
        <source>Discard changes?</source>
        <translation>Հրաժարվե՞լ փոփոխություններից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/discard.py" line="15" />
        <source>What you typed in “%1” has not been saved. Discard it?</source>
        <translation>«%1» պատուհանում ձեր մուտքագրածը չի պահպանվել։ Հրաժարվե՞լ դրանից։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_dialog.py" line="211" />
        <source>%1: time</source>
        <translation>%1՝ ժամը</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../caseapp/ui/views/record_table.py" line="147" />
        <source>Reading the case file…</source>
        <translation>Կարդացվում է գործի ֆայլը…</translation>
    </message>
</context>
<context>
    <name>RecoverPassphraseDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="262" />
        <source>Recover a lost passphrase</source>
        <translation>Կորած գաղտնաբառի վերականգնում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="266" />
        <source>Type the words of %1 different shares of %2, one share in each box, then choose a new passphrase. The old passphrase stops working; the shares keep working until recovery is set up again.</source>
        <translation>Մուտքագրեք %2 ֆայլի %1 տարբեր բաժնի բառերը՝ յուրաքանչյուր դաշտում մեկ բաժին, ապա ընտրեք նոր գաղտնաբառ։ Հին գաղտնաբառն այլևս չի գործի․ բաժինները կշարունակեն գործել, մինչև վերականգնումը նորից կարգավորվի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="287" />
        <source>Share %1</source>
        <translation>Բաժին %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="297" />
        <source>New passphrase</source>
        <translation>Նոր գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="307" />
        <source>Set the new passphrase</source>
        <translation>Սահմանել նոր գաղտնաբառը</translation>
    </message>
</context>
<context>
    <name>RecoverySetupDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="89" />
        <source>Set up passphrase recovery</source>
        <translation>Գաղտնաբառի վերականգնման կարգավորում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="105" />
        <source>If the passphrase is lost, trusted colleagues can open the case file together: each gets one share (a list of 20 words, printed), and any chosen number of shares set a new passphrase. Fewer shares reveal nothing. Anyone who has that many shares and a copy of the case file can read it: choose people who will not act together against you, and keep the shares away from the computer.</source>
        <translation>Եթե գաղտնաբառը կորչի, վստահելի գործընկերները կարող են միասին բացել գործի ֆայլը․ յուրաքանչյուրը ստանում է մեկ բաժին (20 բառից բաղկացած տպված ցանկ), և ընտրված թվով ցանկացած բաժիններ սահմանում են նոր գաղտնաբառ։ Ավելի քիչ բաժինները ոչինչ չեն բացահայտում։ Յուրաքանչյուր ոք, ով ունի այդքան բաժին և գործի ֆայլի պատճենը, կարող է կարդալ այն․ ընտրեք մարդկանց, ովքեր միասին ձեր դեմ չեն գործի, և բաժինները պահեք համակարգչից հեռու։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="111" />
        <source>Recovery is set up already (%1 of %2 shares). New shares replace them: the old ones will no longer open this file.</source>
        <translation>Վերականգնումն արդեն կարգավորված է (%1՝ %2 բաժնից)։ Նոր բաժինները կփոխարինեն դրանց․ հները այլևս չեն բացի այս ֆայլը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="127" />
        <source>Shares (one per colleague)</source>
        <translation>Բաժիններ (մեկական՝ յուրաքանչյուր գործընկերոջը)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="128" />
        <source>Shares needed to open the file</source>
        <translation>Ֆայլը բացելու համար անհրաժեշտ բաժիններ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="136" />
        <source>Make the shares</source>
        <translation>Ստեղծել բաժինները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="156" />
        <source>Show each colleague only their own share, or print them all and hand out the pages. CaseApp keeps no copy: once this window is closed the shares cannot be shown again (make new ones instead). Printing goes to a printer only; a PDF file would leave the shares on the disk unencrypted.</source>
        <translation>Յուրաքանչյուր գործընկերոջը ցույց տվեք միայն իր բաժինը, կամ տպեք բոլորը և բաժանեք էջերը։ CaseApp-ը պատճեն չի պահում․ այս պատուհանը փակելուց հետո բաժինները այլևս չեն կարող ցուցադրվել (փոխարենը ստեղծեք նորերը)։ Տպումը կատարվում է միայն տպիչով․ PDF ֆայլը բաժինները կթողներ սկավառակի վրա չգաղտնագրված։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="161" />
        <source>Previous share</source>
        <translation>Նախորդ բաժինը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="162" />
        <source>Next share</source>
        <translation>Հաջորդ բաժինը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="163" />
        <source>Print all shares…</source>
        <translation>Տպել բոլոր բաժինները…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="164" />
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="212" />
        <source>Share %1 of %2: any %3 of the %2 open the case file.</source>
        <translation>Բաժին %1 (ընդամենը՝ %2)․ %2 բաժնից ցանկացած %3 բաժին բացում է գործի ֆայլը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="229" />
        <source>CaseApp passphrase recovery: share %1 of %2</source>
        <translation>CaseApp-ի գաղտնաբառի վերականգնում․ բաժին %1 (ընդամենը՝ %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="231" />
        <source>Any %1 of the %2 shares together open the case file and set a new passphrase. Keep this page somewhere safe, away from the computer; do not copy, photograph or type it anywhere except into CaseApp when asked to recover the passphrase.</source>
        <translation>%2 բաժնից ցանկացած %1 բաժին միասին բացում է գործի ֆայլը և սահմանում նոր գաղտնաբառ։ Պահեք այս էջը ապահով տեղում՝ համակարգչից հեռու․ մի պատճենեք, մի լուսանկարեք և մի մուտքագրեք այն որևէ տեղ, բացի CaseApp-ից, երբ խնդրվի վերականգնել գաղտնաբառը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/recovery.py" line="248" />
        <source>Nothing was printed: printing to a file would leave the shares on the disk unencrypted. Choose a printer.</source>
        <translation>Ոչինչ չտպվեց․ ֆայլի մեջ տպելը բաժինները կթողներ սկավառակի վրա չգաղտնագրված։ Ընտրեք տպիչ։</translation>
    </message>
</context>
<context>
    <name>RefCombo</name>
    <message>
        <location filename="../../caseapp/ui/widgets/record_pickers.py" line="61" />
        <source>Type part of the name</source>
        <translation>Մուտքագրեք անվան մի մասը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/record_pickers.py" line="77" />
        <source>(none)</source>
        <translation>(չկա)</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="87" />
        <source>Show deadlines</source>
        <translation>Ցույց տալ ժամկետները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="90" />
        <source>Show hearings</source>
        <translation>Ցույց տալ նիստերը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="93" />
        <source>Needs attention</source>
        <translation>Պահանջում է ուշադրություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="95" />
        <source>Show the dashboard's list of what needs attention</source>
        <translation>Ցույց տալ վահանակի՝ ուշադրություն պահանջողների ցանկը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="100" />
        <source>Hide until the next reminder</source>
        <translation>Թաքցնել մինչև հաջորդ հիշեցումը</translation>
    </message>
</context>
<context>
    <name>RuleCalculator</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="49" />
        <source>the appellate decision</source>
        <translation>վերաքննիչ դատարանի որոշումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="50" />
        <source>the arrest (the actual deprivation of liberty)</source>
        <translation>ձերբակալումը (ազատությունից փաստացի զրկելը)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="51" />
        <source>the capture</source>
        <translation>գերեվարումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="52" />
        <source>a document delivered by the Court</source>
        <translation>Դատարանի առաքած փաստաթուղթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="53" />
        <source>the detention motion received</source>
        <translation>կալանավորման միջնորդության ստացումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="54" />
        <source>the detention order</source>
        <translation>կալանավորման մասին որոշումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="55" />
        <source>the expiry of the detention order</source>
        <translation>կալանավորման մասին որոշման ժամկետի լրանալը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="56" />
        <source>the communication of the application by the ECHR</source>
        <translation>ՄԻԵԴ-ի կողմից գանգատի կոմունիկացումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="57" />
        <source>the Chamber judgment of the ECHR</source>
        <translation>ՄԻԵԴ-ի Պալատի վճիռը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="58" />
        <source>a document delivered through eComms</source>
        <translation>eComms-ով առաքված փաստաթուղթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="59" />
        <source>the final domestic decision</source>
        <translation>ներպետական վերջնական որոշումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="60" />
        <source>the transmission by the Human Rights Committee</source>
        <translation>ՄԱԿ-ի Մարդու իրավունքների կոմիտեի կողմից փոխանցումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="61" />
        <source>the intervention</source>
        <translation>միջամտությունը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="62" />
        <source>the opening of the prisoner of war's trial</source>
        <translation>ռազմագերու դատաքննության սկիզբը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="63" />
        <source>the Rule 39 request</source>
        <translation>39-րդ կանոնի հիման վրա միջանկյալ միջոցի խնդրանքը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="64" />
        <source>a document delivered on the Rule 39 site</source>
        <translation>39-րդ կանոնի կայքում առաքված փաստաթուղթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="65" />
        <source>the verdict</source>
        <translation>դատավճիռը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="66" />
        <source>the last welfare contact</source>
        <translation>գերու հետ վերջին կապը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="67" />
        <source>the transmission by the Working Group on Arbitrary Detention</source>
        <translation>ՄԱԿ-ի կամայական կալանավորման աշխատանքային խմբի կողմից փոխանցումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="96" />
        <source>Deadline calculator</source>
        <translation>Ժամկետների հաշվիչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="110" />
        <source>at</source>
        <translation>ժամը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="115" />
        <source>Time of the trigger event</source>
        <translation>Հիմք հանդիսացող իրադարձության ժամը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="129" />
        <source>The deadline worked out</source>
        <translation>Հաշվարկված ժամկետը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="145" />
        <source>Add to this captive's deadlines</source>
        <translation>Ավելացնել այս գերու ժամկետներին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="139" />
        <source>Captive</source>
        <translation>Գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="154" />
        <source>Rule</source>
        <translation>Կանոն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="155" />
        <source>Trigger</source>
        <translation>Հիմք հանդիսացող իրադարձություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="202" />
        <source>Trigger event: %1</source>
        <translation>Հիմք հանդիսացող իրադարձություն՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="239" />
        <source>Source: %1</source>
        <translation>Աղբյուր՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="277" />
        <source>Add deadline from rule</source>
        <translation>Ավելացնել ժամկետ կանոնից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/rule_deadlines_command.py" line="34" />
        <source>the deadline “%1”</source>
        <translation>«%1» ժամկետը</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/rule_deadlines_command.py" line="36" />
        <source>the %n deadline(s) of the rule “%1”</source>
        <translation><numerusform>«%1» կանոնի %n ժամկետը</numerusform><numerusform>«%1» կանոնի %n ժամկետները</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/rule_deadlines_command.py" line="62" />
        <source>The rule gave no deadline.</source>
        <translation>Կանոնը ոչ մի ժամկետ չտվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="280" />
        <source>Deadline added from rule %1.</source>
        <translation>Ժամկետն ավելացվեց %1 կանոնից։</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../caseapp/ui/widgets/save_target.py" line="20" />
        <source>CaseApp case files (*.db *.caseapp)</source>
        <translation>CaseApp-ի գործի ֆայլեր (*.db *.caseapp)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/save_target.py" line="40" />
        <source>%1 is the open case file. Nothing was written: choose another file name.</source>
        <translation>%1 ֆայլը բաց գործի ֆայլն է։ Ոչինչ չի գրվել. ընտրեք ֆայլի այլ անուն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/save_target.py" line="42" />
        <source>%1 is a file kept beside the case file %2. Nothing was written: choose another file name.</source>
        <translation>%1 ֆայլը %2 գործի ֆայլի կողքին պահվող ֆայլ է։ Ոչինչ չի գրվել. ընտրեք ֆայլի այլ անուն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/save_target.py" line="45" />
        <source>%1 is a copy kept of the case file %2. Nothing was written: choose another file name.</source>
        <translation>%1 ֆայլը %2 գործի ֆայլի պահվող պատճենն է։ Ոչինչ չի գրվել. ընտրեք ֆայլի այլ անուն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/save_target.py" line="48" />
        <source>%1 is inside the backups folder %2. Nothing was written: choose another folder.</source>
        <translation>%1 ֆայլը %2 պահուստային պատճենների թղթապանակում է։ Ոչինչ չի գրվել. ընտրեք այլ թղթապանակ։</translation>
    </message>
</context>
<context>
    <name>ScanPages</name>
    <message>
        <location filename="../../caseapp/ui/views/scan_page_lines.py" line="22" />
        <source>Page %1 may not have been read: which way up it is could not be told; check it by eye.</source>
        <translation>%1 էջը կարող է ճանաչված չլինել. հնարավոր չեղավ որոշել, թե որ կողմն է վերև. ստուգեք այն աչքով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/scan_page_lines.py" line="24" />
        <source>Pages %1 may not have been read: which way up they are could not be told; check them by eye.</source>
        <translation>%1 էջերը կարող են ճանաչված չլինել. հնարավոր չեղավ որոշել, թե որ կողմն է վերև. ստուգեք դրանք աչքով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/scan_page_lines.py" line="28" />
        <source>Page %1 was not checked for which way up it is (the time for it ran out) and was read as it is: if it is sideways or upside down, it was not read; check it by eye.</source>
        <translation>%1 էջի դիրքը չի ստուգվել (դրա համար ժամանակը սպառվեց), և այն ճանաչվել է այնպես, ինչպես կա. եթե այն կողքի վրա է կամ գլխիվայր, այն չի ճանաչվել. ստուգեք այն աչքով։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/scan_page_lines.py" line="32" />
        <source>Pages %1 were not checked for which way up they are (the time for it ran out) and were read as they are: any of them sideways or upside down was not read; check them by eye.</source>
        <translation>%1 էջերի դիրքը չի ստուգվել (դրա համար ժամանակը սպառվեց), և դրանք ճանաչվել են այնպես, ինչպես կան. դրանցից կողքի վրա կամ գլխիվայր եղածը չի ճանաչվել. ստուգեք դրանք աչքով։</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="25" />
        <source>Security settings</source>
        <translation>Անվտանգության կարգավորումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="28" />
        <source> min</source>
        <translation> րոպե</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="28" />
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="30" />
        <source>never</source>
        <translation>երբեք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="30" />
        <source> s</source>
        <translation> վ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="33" />
        <source>Locking closes the case file and clears the window; its passphrase is asked to continue. Only what CaseApp copied is removed from the clipboard. Backups are made on closing and once a day; the oldest beyond the number kept are deleted.</source>
        <translation>Կողպումը փակում է գործի ֆայլը և մաքրում պատուհանը. շարունակելու համար հարցվում է դրա գաղտնաբառը։ Սեղմատախտակից հեռացվում է միայն CaseApp-ի պատճենածը։ Պահուստային պատճենները ստեղծվում են փակելիս և օրը մեկ անգամ. պահվող քանակից ավել ամենահին պատճենները ջնջվում են։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="38" />
        <source>Lock after being idle for</source>
        <translation>Կողպել անգործության</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="39" />
        <source>Clear copied text from the clipboard after</source>
        <translation>Մաքրել պատճենված տեքստը սեղմատախտակից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="40" />
        <source>Automatic backups to keep</source>
        <translation>Պահվող ինքնաշխատ պահուստային պատճեններ</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/sheet_import_command.py" line="38" />
        <source>the %Ln captive(s) imported from %1</source>
        <translation><numerusform>%1 ֆայլից ներմուծված %Ln գերին</numerusform><numerusform>%1 ֆայլից ներմուծված %Ln գերին</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_command.py" line="41" />
        <source>Import of %1</source>
        <translation>%1 ֆայլի ներմուծում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_command.py" line="58" />
        <location filename="../../caseapp/ui/dialogs/sheet_import_command.py" line="68" />
        <source>A captive of the import no longer exists.</source>
        <translation>Ներմուծված գերիներից մեկն այլևս գոյություն չունի։</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="68" />
        <source>Import Spreadsheet — %1</source>
        <translation>Աղյուսակի ներմուծում — %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="82" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Հետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="83" />
        <source>&amp;Next &gt;</source>
        <translation>Հ&amp;աջորդը &gt;</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="86" />
        <source>&amp;Import</source>
        <translation>&amp;Ներմուծել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="88" />
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="52" />
        <source>Found from the headers</source>
        <translation>Գտնված է վերնագրերից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="104" />
        <source>%1 (found; not certain: the file reads as %2 too)</source>
        <translation>%1 (գտնված է, բայց վստահ չէ. ֆայլը կարդացվում է նաև որպես %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="98" />
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="108" />
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="112" />
        <source>%1 (found)</source>
        <translation>%1 (գտնված)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="71" />
        <source>From the column headers</source>
        <translation>Սյունակների վերնագրերից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="74" />
        <source>File:</source>
        <translation>Ֆայլ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="75" />
        <source>&amp;Sheet:</source>
        <translation>&amp;Թերթ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="76" />
        <source>&amp;Header row:</source>
        <translation>&amp;Վերնագրի տող՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="77" />
        <source>&amp;Encoding:</source>
        <translation>&amp;Կոդավորում՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="78" />
        <source>Names as read:</source>
        <translation>Անունները այս կոդավորմամբ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="79" />
        <source>&amp;Delimiter:</source>
        <translation>&amp;Բաժանիչ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="80" />
        <source>&amp;Columns:</source>
        <translation>&amp;Սյունակներ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="100" />
        <source>Not found: choose one</source>
        <translation>Չի գտնվել. ընտրեք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="114" />
        <source>Found from the file</source>
        <translation>Գտնված է ֆայլից</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_source.py" line="136" />
        <source>No names in the first rows.</source>
        <translation>Առաջին տողերում անուններ չկան։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="134" />
        <source>Choose the field each column fills; columns left at “Not imported” are left out.</source>
        <translation>Ընտրեք, թե որ դաշտն է լրացնում յուրաքանչյուր սյունակ. «Չներմուծել» թողնված սյունակները բաց են թողնվում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="138" />
        <source>Columns of the spreadsheet</source>
        <translation>Աղյուսակի սյունակները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="140" />
        <source>Column</source>
        <translation>Սյունակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="140" />
        <source>Header</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="140" />
        <source>First values</source>
        <translation>Առաջին արժեքները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="140" />
        <source>Field</source>
        <translation>Դաշտ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="145" />
        <source>&amp;Save These Columns as a Mapping…</source>
        <translation>&amp;Պահել այս սյունակները որպես համապատասխանեցում…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="179" />
        <source>Not imported</source>
        <translation>Չներմուծել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="184" />
        <source>Field for column %1</source>
        <translation>Դաշտ %1 սյունակի համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="203" />
        <source>Save Mapping</source>
        <translation>Պահել համապատասխանեցումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="204" />
        <source>A name for these columns:</source>
        <translation>Անուն այս սյունակների համար՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="221" />
        <source>Saved as “%1”.</source>
        <translation>Պահվեց որպես «%1»։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="71" />
        <source>Rows of the spreadsheet, as they will be imported</source>
        <translation>Աղյուսակի տողերը, ինչպես դրանք կներմուծվեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="72" />
        <source>Row</source>
        <translation>Տող</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="72" />
        <source>Action</source>
        <translation>Գործողություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="74" />
        <source>Problems and likely duplicates</source>
        <translation>Խնդիրներ և հավանական կրկնօրինակներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="101" />
        <source>&amp;Leave out the rows with errors and import the others</source>
        <translation>&amp;Բաց թողնել սխալներով տողերը և ներմուծել մնացածը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="140" />
        <source>Not imported: errors</source>
        <translation>Չներմուծվել. սխալներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="145" />
        <source>New captive</source>
        <translation>Նոր գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="185" />
        <source>What to do with row %1</source>
        <translation>Ինչ անել %1 տողի հետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="193" />
        <source>Merge into %1 (%2)</source>
        <translation>Միավորել սրա հետ՝ %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="196" />
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="30" />
        <source>To read the file as %1, go back to the first step and choose it under Encoding.</source>
        <translation>Ֆայլը որպես %1 կարդալու համար վերադարձեք առաջին քայլին և ընտրեք այն «Կոդավորում» դաշտում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="42" />
        <source>Category “%1”: from the title row %2 “%3”</source>
        <translation>«%1» կատեգորիան՝ ցուցակի մասի վերնագրից (տող %2, «%3»)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="44" />
        <source>Status “%1”: from the title row %2 “%3”; the sheet gives no date of it</source>
        <translation>«%1» կարգավիճակը՝ ցուցակի մասի վերնագրից (տող %2, «%3»). աղյուսակում դրա ամսաթիվ չկա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="46" />
        <source>Status “%1”: from the title row %2 “%3”</source>
        <translation>«%1» կարգավիճակը՝ ցուցակի մասի վերնագրից (տող %2, «%3»)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="67" />
        <source>%1 (read as %2)</source>
        <translation>%1 (կարդացվել է որպես %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="78" />
        <source>From the title row %1 “%2”</source>
        <translation>Ցուցակի մասի վերնագրից (տող %1, «%2»)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="86" />
        <source>Not a person: a total</source>
        <translation>Անձ չէ. ընդհանուր թիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="88" />
        <source>Not a person? Read as a title</source>
        <translation>Անձ չէ՞. կարդացվել է որպես վերնագիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="89" />
        <source>Not a person: a title</source>
        <translation>Անձ չէ. մասի վերնագիր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="106" />
        <source>Like “%1” (%2; score %3: %4)</source>
        <translation>Նման է՝ «%1» (%2, միավոր %3՝ %4)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="50" />
        <source>Nothing to say about this row.</source>
        <translation>Այս տողի մասին ասելու բան չկա։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="40" />
        <source>Import Spreadsheet</source>
        <translation>Աղյուսակի ներմուծում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="41" />
        <source>Spreadsheets (*.csv *.xlsx *.xls *.ods *.tsv *.txt);;All files (*)</source>
        <translation>Աղյուսակներ (*.csv *.xlsx *.xls *.ods *.tsv *.txt);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="54" />
        <source>Row %1: %2</source>
        <translation>Տող %1՝ %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="186" />
        <source>Choose…</source>
        <translation>Ընտրել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="189" />
        <source>Merge into row %1 (%2)</source>
        <translation>Միավորել %1 տողի հետ (%2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="198" />
        <source>Skip this row</source>
        <translation>Բաց թողնել այս տողը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_preview.py" line="199" />
        <source>Create a new captive</source>
        <translation>Ստեղծել նոր գերի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="96" />
        <source>Warning: %1</source>
        <translation>Նախազգուշացում՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="102" />
        <source>row %1</source>
        <translation>տող %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_rows.py" line="101" />
        <source>Like %1 “%2” (score %3: %4)</source>
        <translation>Նման է՝ %1 «%2» (միավոր %3՝ %4)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="248" />
        <source>Choose what to do with row %1 (and any other in yellow).</source>
        <translation>Ընտրեք, թե ինչ անել %1 տողի (և դեղինով նշված մյուսների) հետ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="251" />
        <source>Some rows have errors: correct the spreadsheet, or leave those rows out.</source>
        <translation>Որոշ տողեր սխալներ ունեն. ուղղեք աղյուսակը կամ բաց թողեք այդ տողերը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="260" />
        <source>1. The sheet</source>
        <translation>1. Թերթը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="260" />
        <source>2. The columns</source>
        <translation>2. Սյունակները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import.py" line="261" />
        <source>3. The preview: nothing is written until you import</source>
        <translation>3. Նախադիտում. ոչինչ չի գրվում, մինչև չներմուծեք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="17" />
        <source>Full name</source>
        <translation>Լրիվ անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="18" />
        <source>Given name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="19" />
        <source>Patronymic</source>
        <translation>Հայրանուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="20" />
        <source>Surname</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="21" />
        <source>Name kinds and languages</source>
        <translation>Անունների տեսակներ և լեզուներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="22" />
        <source>Sex</source>
        <translation>Սեռ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="23" />
        <source>Date of birth</source>
        <translation>Ծննդյան ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="24" />
        <source>Place of birth</source>
        <translation>Ծննդավայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="25" />
        <source>Citizenship</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="26" />
        <source>Date of capture</source>
        <translation>Գերեվարման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="27" />
        <source>Place of capture</source>
        <translation>Գերեվարման վայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="28" />
        <source>Captured by</source>
        <translation>Գերեվարող</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="29" />
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="30" />
        <source>Status since</source>
        <translation>Կարգավիճակը՝ սկսած</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="31" />
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="32" />
        <source>Place of detention</source>
        <translation>Պահման վայր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="33" />
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="34" />
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="66" />
        <source>comma</source>
        <translation>ստորակետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="66" />
        <source>semicolon</source>
        <translation>կետ-ստորակետ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="67" />
        <source>tab</source>
        <translation>տաբուլյացիա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="67" />
        <source>vertical bar</source>
        <translation>ուղղահայաց գիծ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_labels.py" line="68" />
        <source>UTF-8 with BOM</source>
        <translation>UTF-8՝ BOM-ով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="13" />
        <source>These are not names: the text holds NUL and other control characters, as a UTF-16 file read in another encoding does. Choose another encoding.</source>
        <translation>Սրանք անուններ չեն. տեքստում կան NUL և այլ կառավարող նիշեր, ինչպես լինում է այլ կոդավորմամբ կարդացված UTF-16 ֆայլում։ Ընտրեք այլ կոդավորում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="16" />
        <source>These are not names: most letters are of scripts no list of names uses (such as Chinese), as a file read as UTF-16 when it is not. Choose another encoding.</source>
        <translation>Սրանք անուններ չեն. տառերի մեծ մասը այնպիսի գրերից են, որոնցով անունների ցուցակներ չեն գրում (օրինակ՝ չինարեն), ինչպես լինում է UTF-16-ով կարդացված այլ կոդավորմամբ ֆայլում։ Ընտրեք այլ կոդավորում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="20" />
        <source>These names are garbled: the file is in UTF-8, read here in another encoding. Choose UTF-8.</source>
        <translation>Անունները աղավաղված են. ֆայլը UTF-8 կոդավորմամբ է, իսկ այստեղ կարդացվել է այլ կոդավորմամբ։ Ընտրեք UTF-8։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="23" />
        <source>These names are garbled: their words are accented Latin letters only, as a Russian or Armenian list read in Windows-1252 is. Choose another encoding.</source>
        <translation>Անունները աղավաղված են. բառերը կազմված են միայն դիակրիտիկ նշաններով լատինական տառերից, ինչպես լինում է Windows-1252-ով կարդացված ռուսերեն կամ հայերեն ցուցակը։ Ընտրեք այլ կոդավորում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="26" />
        <source>These names are garbled: small and capital letters are mixed inside the words as no name is written. Choose another encoding.</source>
        <translation>Անունները աղավաղված են. փոքրատառերն ու մեծատառերը խառնված են բառերի ներսում այնպես, ինչպես անուններ չեն գրում։ Ընտրեք այլ կոդավորում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="29" />
        <source>These names are garbled: signs such as ¶ and · stand between their letters, as an Armenian list in ARMSCII-8 read in another encoding shows. Choose another encoding.</source>
        <translation>Անունները աղավաղված են. նրանց տառերի միջև կան ¶ և · նման նշաններ, ինչպես լինում է, երբ ARMSCII-8-ով հայերեն ցուցակը կարդացվում է այլ կոդավորմամբ։ Ընտրեք այլ կոդավորում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/sheet_import_garble.py" line="34" />
        <source>The names read in the encoding chosen look garbled:

%1

They would be imported as they are. Go on with them anyway?</source>
        <translation>Ընտրված կոդավորմամբ կարդացված անունները աղավաղված են թվում.

%1

Դրանք կներմուծվեն այնպես, ինչպես կան։ Շարունակե՞լ այնուամենայնիվ։</translation>
    </message>
</context>
<context>
    <name>ShortHearingKind</name>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="176" />
        <source>Custody extension</source>
        <translation>Կալանքի երկարաձգում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="177" />
        <source>Trial session</source>
        <translation>Դատաքննության նիստ</translation>
    </message>
</context>
<context>
    <name>ShortStatus</name>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="159" />
        <source>Held</source>
        <translation>Պահվում է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="160" />
        <source>Pre-trial</source>
        <translation>Նախնական կալանք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="161" />
        <source>On trial</source>
        <translation>Դատաքննություն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="162" />
        <source>Not shown</source>
        <translation>Չի ցուցադրվում</translation>
    </message>
</context>
<context>
    <name>SidebarFolding</name>
    <message>
        <location filename="../../caseapp/ui/sidebar.py" line="92" />
        <source>&amp;Names of the Case File's Parts</source>
        <translation>Գործի &amp;ֆայլի բաժինների անվանումները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/sidebar.py" line="95" />
        <source>Show each part of the case file by its name beside its icon, or by its icon alone: its name shows when the pointer rests on it</source>
        <translation>Ցույց տալ գործի ֆայլի յուրաքանչյուր բաժինը պատկերակի կողքին իր անվանումով կամ միայն պատկերակով, իսկ անվանումը երևում է, երբ ցուցիչը կանգնում է դրա վրա</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="113" />
        <source>Since %1</source>
        <translation>Սկսած %1</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="31" />
        <source>%Ln missing</source>
        <translation><numerusform>%Ln անհայտ կորած</numerusform><numerusform>%Ln անհայտ կորած</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="32" />
        <source>%Ln held, no charges known</source>
        <translation><numerusform>%Ln պահվում է, մեղադրանք հայտնի չէ</numerusform><numerusform>%Ln պահվում են, մեղադրանք հայտնի չէ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="33" />
        <source>%Ln in pre-trial detention</source>
        <translation><numerusform>%Ln նախնական կալանքի տակ</numerusform><numerusform>%Ln նախնական կալանքի տակ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="34" />
        <source>%Ln on trial</source>
        <translation><numerusform>%Ln դատաքննության փուլում</numerusform><numerusform>%Ln դատաքննության փուլում</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="35" />
        <source>%Ln convicted</source>
        <translation><numerusform>%Ln դատապարտված</numerusform><numerusform>%Ln դատապարտված</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="36" />
        <source>%Ln released</source>
        <translation><numerusform>%Ln ազատ արձակված</numerusform><numerusform>%Ln ազատ արձակված</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="37" />
        <source>%Ln repatriated</source>
        <translation><numerusform>%Ln հայրենադարձված</numerusform><numerusform>%Ln հայրենադարձված</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="38" />
        <source>%Ln deceased</source>
        <translation><numerusform>%Ln մահացած</numerusform><numerusform>%Ln մահացած</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard_head.py" line="39" />
        <source>%Ln not shown at this level</source>
        <translation><numerusform>%Ln չի ցուցադրվում այս մակարդակում</numerusform><numerusform>%Ln չեն ցուցադրվում այս մակարդակում</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusOfAWoman</name>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="141" />
        <source>Missing</source>
        <translation>Անհայտ կորած</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="142" />
        <source>Convicted</source>
        <translation>Դատապարտված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="143" />
        <source>Released</source>
        <translation>Ազատ արձակված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="144" />
        <source>Repatriated</source>
        <translation>Հայրենադարձված</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="145" />
        <source>Deceased</source>
        <translation>Մահացած</translation>
    </message>
</context>
<context>
    <name>StatusOffer</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="37" />
        <source>The criminal case opened on %1 suggests the status %2.</source>
        <translation>%1-ին հարուցված քրեական գործը ենթադրում է «%2» կարգավիճակ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="39" />
        <source>The charges brought on %1 suggest the status %2.</source>
        <translation>%1-ին առաջադրված մեղադրանքները ենթադրում են «%2» կարգավիճակ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="41" />
        <source>The detention order of %1 suggests the status %2.</source>
        <translation>%1-ի կալանավորման մասին որոշումը ենթադրում է «%2» կարգավիճակ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="43" />
        <source>The detention hearing of %1 suggests the status %2.</source>
        <translation>%1-ի կալանավորման հարցով դատական նիստը ենթադրում է «%2» կարգավիճակ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="45" />
        <source>The trial hearing of %1 suggests the status %2.</source>
        <translation>%1-ի դատաքննության նիստը ենթադրում է «%2» կարգավիճակ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="47" />
        <source>The verdict of %1 suggests the status %2.</source>
        <translation>%1-ի դատավճիռը ենթադրում է «%2» կարգավիճակ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="49" />
        <source>The stay at %3 ended on %1 and no later place of detention is recorded: this suggests the status %2.</source>
        <translation>Պահումը (%3) ավարտվել է %1-ին, և ավելի ուշ պահման վայր գրանցված չէ. սա ենթադրում է «%2» կարգավիճակ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="55" />
        <source>The detention order of %1, in force until %3, suggests the status %2.</source>
        <translation>%1-ի կալանավորման մասին որոշումը, որը գործում է մինչև %3-ը, ենթադրում է «%2» կարգավիճակ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="86" />
        <source>Change status to %1</source>
        <translation>Փոխել կարգավիճակը՝ «%1»</translation>
    </message>
</context>
<context>
    <name>StatusOfferBar</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="110" />
        <source>Change status</source>
        <translation>Փոխել կարգավիճակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="113" />
        <source>Not now</source>
        <translation>Ոչ հիմա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="116" />
        <source>Keep the status as it is; this is not offered again while the file is open</source>
        <translation>Թողնել կարգավիճակն անփոփոխ. սա այլևս չի առաջարկվի, քանի դեռ ֆայլը բաց է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="142" />
        <source>Set the status to %1 from %2 and end the stay at %3 on that day (can be undone)</source>
        <translation>Սահմանել «%1» կարգավիճակը՝ սկսած %2-ից, և նույն օրով նշել պահման ավարտը (%3) (կարելի է հետարկել)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_status_offer.py" line="144" />
        <source>Set the status to %1 from %2 (can be undone)</source>
        <translation>Սահմանել «%1» կարգավիճակը՝ սկսած %2-ից (կարելի է հետարկել)</translation>
    </message>
</context>
<context>
    <name>StatusReportDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="310" />
        <source>Status report</source>
        <translation>Կարգավիճակի զեկույց</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="319" />
        <source>Every status</source>
        <translation>Բոլոր կարգավիճակները</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="324" />
        <source>any tag</source>
        <translation>ցանկացած պիտակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="330" />
        <source> days</source>
        <translation> օր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="333" />
        <source>PDF (preview, print)</source>
        <translation>PDF (նախադիտում, տպում)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="334" />
        <source>XLSX (spreadsheet)</source>
        <translation>XLSX (աղյուսակ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="335" />
        <source>Level</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="336" />
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="337" />
        <source>Tag</source>
        <translation>Պիտակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="338" />
        <source>Upcoming hearings within</source>
        <translation>Առաջիկա դատական նիստերը՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="339" />
        <source>Format</source>
        <translation>Ձևաչափ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="343" />
        <source>A large case file takes a while (about 20 seconds for 10,000 captives); Cancel stops waiting.</source>
        <translation>Մեծ գործի ֆայլը որոշ ժամանակ է պահանջում (մոտ 20 վայրկյան՝ 10 000 գերու համար). Չեղարկել կոճակը դադարեցնում է սպասումը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="350" />
        <source>Keep in the case file's documents</source>
        <translation>Պահել գործի ֆայլի փաստաթղթերում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="351" />
        <source>Store this report, with its SHA-256, among the documents at the level it was generated at</source>
        <translation>Պահել այս զեկույցը՝ իր SHA-256-ով, փաստաթղթերի մեջ այն մակարդակով, որով այն ստեղծվել է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="353" />
        <source>Status report on all captives</source>
        <translation>Կարգավիճակի զեկույց բոլոր գերիների մասին</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="388" />
        <source>%Ln captive(s) in the report.</source>
        <translation><numerusform>Զեկույցում %Ln գերի է։</numerusform><numerusform>Զեկույցում %Ln գերի է։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="390" />
        <source>The spreadsheet is ready (%1 KB). Save it to open it in a spreadsheet program.</source>
        <translation>Աղյուսակը պատրաստ է (%1 ԿԲ)։ Պահեք այն՝ աղյուսակային ծրագրում բացելու համար։</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="74" />
        <source>At least %1 characters. Several unrelated words are easy to remember and hard to guess.</source>
        <translation>Առնվազն %1 նիշ։ Մի քանի իրար հետ չկապված բառերը հեշտ է հիշել և դժվար է գուշակել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="82" />
        <source>enough</source>
        <translation>բավարար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="82" />
        <source>not enough</source>
        <translation>անբավարար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="83" />
        <source>Strength: %1 (%2).</source>
        <translation>Ամրություն՝ %1 (%2)։</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../../caseapp/ui/support.py" line="22" />
        <location filename="../../caseapp/ui/support.py" line="29" />
        <source>Log folder</source>
        <translation>Մատյանների թղթապանակ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/support.py" line="23" />
        <source>The log folder %1 cannot be made: %2</source>
        <translation>%1 մատյանների թղթապանակը հնարավոր չէ ստեղծել՝ %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/support.py" line="30" />
        <source>CaseApp's log is in %1. It says which commands ran and where errors happened, never anything of your case files; attach it to a support request.</source>
        <translation>CaseApp-ի մատյանը գտնվում է %1 թղթապանակում։ Այն ցույց է տալիս, թե որ հրամաններն են աշխատել և որտեղ են սխալներ եղել, երբեք ձեր գործի ֆայլերից որևէ բան. կցեք այն աջակցության հարցմանը։</translation>
    </message>
</context>
<context>
    <name>TeamConnect</name>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="98" />
        <source>Connect to team server</source>
        <translation>Միանալ թիմի սերվերին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="109" />
        <source>Keep the password in this computer's keyring</source>
        <translation>Պահել գաղտնաբառը այս համակարգչի բանալիների պահոցում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="120" />
        <source>Server:</source>
        <translation>Սերվեր՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="121" />
        <source>Port:</source>
        <translation>Պորտ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="122" />
        <source>Case file (database):</source>
        <translation>Գործի ֆայլ (տվյալների բազա)՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="123" />
        <source>Your login:</source>
        <translation>Ձեր մուտքանունը՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="124" />
        <source>Password:</source>
        <translation>Գաղտնաբառ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="128" />
        <source>Connect</source>
        <translation>Միանալ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="215" />
        <source>Cannot connect to the team server</source>
        <translation>Հնարավոր չէ միանալ թիմի սերվերին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="175" />
        <source>Password not kept</source>
        <translation>Գաղտնաբառը չի պահպանվել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="176" />
        <source>This computer has no keyring to keep the password in: you will be asked for it next time.</source>
        <translation>Այս համակարգչում գաղտնաբառը պահելու բանալիների պահոց չկա. հաջորդ անգամ այն նորից կհարցվի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="187" />
        <source>Two-factor sign-in</source>
        <translation>Երկգործոն մուտք</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="188" />
        <source>The server requires a second factor of %1: type the 6-digit code of the authenticator app, or one of the recovery codes.</source>
        <translation>%1 մուտքանվան համար սերվերը պահանջում է երկրորդ գործոն․ մուտքագրեք նույնականացման հավելվածի 6-նիշանոց կոդը կամ վերականգնման կոդերից մեկը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="225" />
        <source>No case file in this database</source>
        <translation>Այս տվյալների բազայում գործի ֆայլ չկա</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="226" />
        <source>The database %1 on the server holds no case file. If you mistyped its name, cancel and check it. Create an empty case file there?</source>
        <translation>Սերվերում %1 տվյալների բազայում գործի ֆայլ չկա։ Եթե սխալ եք մուտքագրել դրա անունը, չեղարկեք և ստուգեք այն։ Ստեղծե՞լ այնտեղ դատարկ գործի ֆայլ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="230" />
        <source>Create Case File</source>
        <translation>Ստեղծել գործի ֆայլ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="252" />
        <source>%1 (owner: sees everything)</source>
        <translation>%1 (սեփականատեր. տեսնում է ամեն ինչ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="254" />
        <source>%1 (clearance: internal)</source>
        <translation>%1 (թույլտվություն՝ ներքին)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="255" />
        <source>%1 (clearance: shareable; adds and edits at shareable or public)</source>
        <translation>%1 (թույլտվություն՝ փոխանցելի. ավելացնում և խմբագրում է փոխանցելի կամ հրապարակային մակարդակով)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="257" />
        <source>%1 (clearance: public; adds and edits at public)</source>
        <translation>%1 (թույլտվություն՝ հրապարակային. ավելացնում և խմբագրում է հրապարակային մակարդակով)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/team_connect.py" line="281" />
        <source>Needs internal clearance: %1 has clearance %2, which adds and edits records at or below it, but not this.</source>
        <translation>Պահանջվում է ներքին թույլտվություն. %1 մուտքանվան թույլտվությունը՝ %2, թույլ է տալիս ավելացնել և խմբագրել այդ կամ ավելի ցածր մակարդակի գրառումներ, բայց ոչ սա։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/clearance_words.py" line="16" />
        <source>internal</source>
        <translation>ներքին</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/clearance_words.py" line="17" />
        <source>shareable</source>
        <translation>փոխանցելի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/clearance_words.py" line="18" />
        <source>public</source>
        <translation>հրապարակային</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="42" />
        <source>Letter Templates</source>
        <translation>Նամակի ձևանմուշներ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="45" />
        <source>Your own Word templates are kept in %1. Each is checked when you add it: one that cannot be used is not added, and you are told why.</source>
        <translation>Ձեր սեփական Word ձևանմուշները պահվում են %1 թղթապանակում։ Ամեն մեկը ստուգվում է ավելացնելիս. այն, որը հնարավոր չէ օգտագործել, չի ավելացվում, և ձեզ ասվում է՝ ինչու։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="53" />
        <source>Template</source>
        <translation>Ձևանմուշ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="53" />
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="54" />
        <source>Whose</source>
        <translation>Ում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="54" />
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="69" />
        <source>Add…</source>
        <translation>Ավելացնել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="72" />
        <source>Remove</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="75" />
        <source>Open Folder</source>
        <translation>Բացել թղթապանակը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="77" />
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="96" />
        <source>Comes with CaseApp</source>
        <translation>CaseApp-ի հետ է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="96" />
        <source>Yours</source>
        <translation>Ձերն է</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="125" />
        <source>Add a letter template</source>
        <translation>Ավելացնել նամակի ձևանմուշ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="127" />
        <source>Word documents (*.docx)</source>
        <translation>Word փաստաթղթեր (*.docx)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="139" />
        <source>Replace template</source>
        <translation>Փոխարինել ձևանմուշը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="140" />
        <source>You already have a template “%1”. Replace it with %2? The one you have now is deleted.</source>
        <translation>Դուք արդեն ունեք «%1» ձևանմուշը։ Փոխարինե՞լ այն %2 ֆայլով։ Այժմ ունեցածը կջնջվի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="145" />
        <source>Your template “%1” was kept as it was.</source>
        <translation>Ձեր «%1» ձևանմուշը պահվեց անփոփոխ։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="152" />
        <source>Added the template “%1”: choose it in Reports › Letter….</source>
        <translation>«%1» ձևանմուշն ավելացվեց. ընտրեք այն Զեկույցներ › Նամակ… ցանկում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="161" />
        <source>Remove template</source>
        <translation>Հեռացնել ձևանմուշը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="162" />
        <source>Remove your template “%1”? The file %2 is deleted.</source>
        <translation>Հեռացնե՞լ ձեր «%1» ձևանմուշը։ %2 ֆայլը կջնջվի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="174" />
        <source>Removed the template “%1”.</source>
        <translation>«%1» ձևանմուշը հեռացվեց։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/template_manager.py" line="180" />
        <source>The folder %1 cannot be made here: check where it should be and that you may write there.</source>
        <translation>%1 թղթապանակը հնարավոր չէ ստեղծել այստեղ. ստուգեք, թե որտեղ այն պետք է լինի, և որ դուք կարող եք այնտեղ գրել։</translation>
    </message>
</context>
<context>
    <name>TravelCopy</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="55" />
        <source>CaseApp — %1 — TRAVEL COPY (its mark is damaged)</source>
        <translation>CaseApp — %1 — ՃԱՄՓՈՐԴԱԿԱՆ ՊԱՏՃԵՆ (նրա նշումը վնասված է)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="59" />
        <source>public</source>
        <translation>հրապարակային</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="61" />
        <source>shareable</source>
        <translation>փոխանցելի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="62" />
        <source>CaseApp — %1 — TRAVEL COPY (%2 level)</source>
        <translation>CaseApp — %1 — ՃԱՄՓՈՐԴԱԿԱՆ ՊԱՏՃԵՆ (%2 մակարդակ)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="75" />
        <source>Choose…</source>
        <translation>Ընտրել…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="268" />
        <source>Travel copy merged</source>
        <translation>Ճամփորդական պատճենը միավորված է</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/travel.py" line="271" />
        <source>%Ln conflict(s) were not applied: the case file's version was kept. Make these changes by hand if they are right.</source>
        <translation><numerusform>%Ln հակասություն չկիրառվեց. պահպանվեց գործի ֆայլի տարբերակը։ Կատարեք այդ փոփոխությունները ձեռքով, եթե դրանք ճիշտ են։</numerusform><numerusform>%Ln հակասություն չկիրառվեց. պահպանվեց գործի ֆայլի տարբերակը։ Կատարեք այդ փոփոխությունները ձեռքով, եթե դրանք ճիշտ են։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="274" />
        <source>The travel copy's changes were applied. A day changed here too was settled on the earlier of the two: see the lines below.</source>
        <translation>Ճամփորդական պատճենի փոփոխությունները կիրառվել են։ Այստեղ նույնպես փոխված օրը որոշվել է երկուսից ավելի վաղով. տե՛ս ստորև բերված տողերը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="277" />
        <source>Every change of the travel copy was applied.</source>
        <translation>Ճամփորդական պատճենի բոլոր փոփոխությունները կիրառվեցին։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="292" />
        <location filename="../../caseapp/ui/dialogs/travel.py" line="305" />
        <location filename="../../caseapp/ui/dialogs/travel.py" line="319" />
        <location filename="../../caseapp/ui/travel_actions.py" line="147" />
        <location filename="../../caseapp/ui/travel_actions.py" line="155" />
        <source>Destroy Travel Copy</source>
        <translation>Ոչնչացնել ճամփորդական պատճենը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="293" />
        <source>%1 and its backups will be overwritten and deleted. This cannot be undone.</source>
        <translation>%1 ֆայլը և նրա պահուստային պատճենները կվերագրվեն և կջնջվեն։ Սա հնարավոր չէ հետարկել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="306" />
        <source>%1

Destroy %2 anyway? What it holds cannot be read, nor merged back.</source>
        <translation>%1

Այնուամենայնիվ ոչնչացնե՞լ %2 ֆայլը։ Դրանում եղածը հնարավոր չէ կարդալ, ոչ էլ միավորել։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="320" />
        <source>%1

Destroy %2 anyway? What was added or changed in it and not merged back will be lost.</source>
        <translation>%1

Այնուամենայնիվ ոչնչացնե՞լ %2 ֆայլը։ Դրանում ավելացվածն ու փոխվածը, որը չի միավորվել, կկորչի։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="53" />
        <location filename="../../caseapp/ui/travel_actions.py" line="58" />
        <source>Travel Copy</source>
        <translation>Ճամփորդական պատճեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="54" />
        <source>Choose where to write the travel copy.</source>
        <translation>Ընտրեք, թե որտեղ գրել ճամփորդական պատճենը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="59" />
        <source>Tick at least one captive.</source>
        <translation>Նշեք գոնե մեկ գերու։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="64" />
        <source>Travel copy written to %1. Merge it back when you return, then destroy it.</source>
        <translation>Ճամփորդական պատճենը գրվեց %1 ֆայլում։ Վերադառնալուց հետո միավորեք այն, ապա ոչնչացրեք։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="78" />
        <source>The records added or changed in the travel copy are brought into this case file. A record changed here too since the copy was made is a conflict: it is listed and not applied.</source>
        <translation>Ճամփորդական պատճենում ավելացված կամ փոփոխված գրառումները բերվում են այս գործի ֆայլ։ Պատճենից հետո այստեղ ևս փոփոխված գրառումը հակասություն է. այն նշվում է և չի կիրառվում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="82" />
        <source>Merge Travel Copy</source>
        <translation>Միավորել ճամփորդական պատճենը</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/travel_actions.py" line="103" />
        <source>Added: %Ln record(s).</source>
        <translation><numerusform>Ավելացվեց՝ %Ln գրառում։</numerusform><numerusform>Ավելացվեց՝ %Ln գրառում։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/travel_actions.py" line="104" />
        <source>Changed: %Ln record(s).</source>
        <translation><numerusform>Փոփոխվեց՝ %Ln գրառում։</numerusform><numerusform>Փոփոխվեց՝ %Ln գրառում։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/travel_actions.py" line="126" />
        <source>%n captive(s) added from the travel copy may be recorded here already (the same person entered on both sides?). Nothing was merged: review them in Captive → Likely Duplicates… and merge each person recorded twice.</source>
        <translation><numerusform>Ճամփորդական պատճենից ավելացված %n գերի կարող է արդեն գրանցված լինել այստեղ (նույն անձը մուտքագրվե՞լ է երկու կողմում)։ Ոչինչ չի միավորվել. ստուգեք նրանց Գերի → Հավանական կրկնօրինակներ… բաժնում և միավորեք երկու անգամ գրանցված յուրաքանչյուր անձին։</numerusform><numerusform>Ճամփորդական պատճենից ավելացված %n գերի կարող է արդեն գրանցված լինել այստեղ (նույն անձինք մուտքագրվե՞լ են երկու կողմում)։ Ոչինչ չի միավորվել. ստուգեք նրանց Գերի → Հավանական կրկնօրինակներ… բաժնում և միավորեք երկու անգամ գրանցված յուրաքանչյուր անձին։</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/travel_actions.py" line="186" />
        <source>Travel copy destroyed: %Ln file(s) overwritten and deleted.</source>
        <translation><numerusform>Ճամփորդական պատճենը ոչնչացված է. %Ln ֆայլ վերագրվեց և ջնջվեց։</numerusform><numerusform>Ճամփորդական պատճենը ոչնչացված է. %Ln ֆայլ վերագրվեց և ջնջվեց։</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="235" />
        <source>%1

Write the report from this backup anyway?</source>
        <translation>%1

Այնուամենայնիվ գրե՞լ հաշվետվությունն այս պահուստային պատճենից։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="107" />
        <source>Deleted in the travel copy, kept here: %1</source>
        <translation>Ջնջված է ճամփորդական պատճենում, պահպանված է այստեղ՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="144" />
        <source>The travel copy is overwritten and deleted, with its backups on this computer. Merge it back first: a copy with changes not merged back is not destroyed.</source>
        <translation>Ճամփորդական պատճենը վերագրվում և ջնջվում է այս համակարգչում եղած իր պահուստային պատճենների հետ։ Նախ միավորեք այն. չմիավորված փոփոխություններով պատճենը չի ոչնչացվում։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="156" />
        <source>This is the open case file, not a travel copy.</source>
        <translation>Սա բաց գործի ֆայլն է, ոչ թե ճամփորդական պատճեն։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="204" />
        <source>Choose where to save the report.</source>
        <translation>Ընտրեք, թե որտեղ պահել հաշվետվությունը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/travel_actions.py" line="227" />
        <source>Exposure report saved to %1.</source>
        <translation>Առգրավման ռիսկերի հաշվետվությունը պահվեց %1 ֆայլում։</translation>
    </message>
</context>
<context>
    <name>TravelCopyDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="89" />
        <location filename="../../caseapp/ui/dialogs/travel.py" line="146" />
        <source>Travel Copy</source>
        <translation>Ճամփորդական պատճեն</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="92" />
        <source>A new case file with only what is at or below the level, for the captives ticked, encrypted with a passphrase of its own. Internal records, notes and the audit log stay at home.</source>
        <translation>Նոր գործի ֆայլ՝ միայն ընտրված մակարդակի կամ ավելի ցածր տվյալներով, նշված գերիների համար, գաղտնագրված սեփական գաղտնաբառով։ Ներքին գրառումները, նշումները և աուդիտի մատյանը մնում են տանը։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="98" />
        <source>Public</source>
        <translation>Հրապարակային</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="99" />
        <source>Shareable</source>
        <translation>Փոխանցելի</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="112" />
        <source>Level:</source>
        <translation>Մակարդակ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="113" />
        <source>Captives:</source>
        <translation>Գերիներ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="115" />
        <source>New file:</source>
        <translation>Նոր ֆայլ՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="116" />
        <source>Its passphrase:</source>
        <translation>Նրա գաղտնաբառը՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="117" />
        <source>Repeat it:</source>
        <translation>Կրկնեք այն՝</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="140" />
        <source>Captives at this level or below who consented to publicity: %1 of %2.</source>
        <translation>Այս կամ ավելի ցածր մակարդակի գերիներ, որոնք համաձայնել են հրապարակայնությանը՝ %1 (ընդամենը՝ %2)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="142" />
        <source>Captives at this level or below: %1 of %2.</source>
        <translation>Այս կամ ավելի ցածր մակարդակի գերիներ՝ %1 (ընդամենը՝ %2)։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/travel.py" line="148" />
        <source>Case files (*.db)</source>
        <translation>Գործի ֆայլեր (*.db)</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <location filename="../../caseapp/ui/unexpected_errors.py" line="50" />
        <source>Something went wrong</source>
        <translation>Ինչ-որ բան սխալ ընթացավ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unexpected_errors.py" line="44" />
        <source>CaseApp could not finish what you asked: an error it did not expect. What was saved before is kept; if you were saving a change, check that it is there. %1 opens the support log, which says where it happened (never anything of the case file): send it with a support request.</source>
        <translation>CaseApp-ը չկարողացավ ավարտել ձեր խնդրածը. տեղի ունեցավ չսպասված սխալ։ Նախկինում պահպանվածը մնում է. եթե փոփոխություն էիք պահպանում, ստուգեք, որ այն տեղում է։ «%1» հրամանը բացում է աջակցության մատյանը, որտեղ նշված է, թե որտեղ է տեղի ունեցել սխալը (երբեք՝ գործի ֆայլից որևէ բան). ուղարկեք այն աջակցության հարցման հետ։</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <location filename="../../caseapp/ui/value_text.py" line="23" />
        <source>Yes</source>
        <translation>Այո</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/value_text.py" line="24" />
        <source>No</source>
        <translation>Ոչ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/value_text.py" line="40" />
        <source>Art. %1</source>
        <translation>հոդ. %1</translation>
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
        <translation>Կրկնակի սեղմեք կամ սեղմեք Enter՝ գերու գործը բացելու համար</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="44" />
        <source>%1 of %2</source>
        <translation>%1 (ընդամենը՝ %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="51" />
        <location filename="../../caseapp/ui/views/formatters.py" line="63" />
        <source>today</source>
        <translation>այսօր</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="53" />
        <source>yesterday</source>
        <translation>երեկ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="65" />
        <source>tomorrow</source>
        <translation>վաղը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/formats.py" line="222" />
        <source>%1 B</source>
        <translation>%1 Բ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/formats.py" line="223" />
        <source>KB</source>
        <translation>ԿԲ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/formats.py" line="223" />
        <source>MB</source>
        <translation>ՄԲ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/formats.py" line="224" />
        <source>GB</source>
        <translation>ԳԲ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/formatters.py" line="56" />
        <source>%Ln day(s) ago</source>
        <translation><numerusform>%Ln օր առաջ</numerusform><numerusform>%Ln օր առաջ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/formatters.py" line="68" />
        <source>in %Ln day(s)</source>
        <translation><numerusform>%Ln օրից</numerusform><numerusform>%Ln օրից</numerusform></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="74" />
        <source>Hearing of %1, %2</source>
        <translation>Դատական նիստ՝ %1, %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="75" />
        <source>Hearing of %1</source>
        <translation>Դատական նիստ՝ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="80" />
        <source>Intervention “%1” of %2</source>
        <translation>«%1» միջամտություն, %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="86" />
        <source>Case %1</source>
        <translation>Գործ %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="87" />
        <source>Criminal case</source>
        <translation>Քրեական գործ</translation>
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
        <translation>Արտերկրում պահվող գերիների և կալանավորվածների գործեր։</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="26" />
        <source>Create a case file…</source>
        <translation>Ստեղծել գործի ֆայլ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="27" />
        <source>Open a case file…</source>
        <translation>Բացել գործի ֆայլ…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="28" />
        <source>Connect to your team's server…</source>
        <translation>Միանալ ձեր թիմի սերվերին…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="30" />
        <source>Opens the case file your team keeps on its server, with the address and the login the team's owner gave you</source>
        <translation>Բացում է այն գործի ֆայլը, որը ձեր թիմը պահում է իր սերվերում՝ թիմի սեփականատիրոջ տված հասցեով և մուտքանունով</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="32" />
        <source>Open the demo case file (fictional people)</source>
        <translation>Բացել ցուցադրական գործի ֆայլը (հորինված անձինք)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="41" />
        <source>Recent case files</source>
        <translation>Վերջին գործի ֆայլերը</translation>
    </message>
</context>
<context>
    <name>WipeCountdown</name>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="131" />
        <source>Emergency wipe</source>
        <translation>Արտակարգ ջնջում</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="138" />
        <source>Cancel the wipe</source>
        <translation>Չեղարկել ջնջումը</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/panic.py" line="156" />
        <source>%1 and its side files will be overwritten and deleted in %2 s. Press Esc or Cancel to keep them.</source>
        <translation>%1 ֆայլը և նրա կից ֆայլերը կվերագրվեն և կջնջվեն %2 վ հետո։ Սեղմեք Esc կամ «Չեղարկել»՝ դրանք պահելու համար։</translation>
    </message>
</context>
<context>
    <name>WipeText</name>
    <message>
        <location filename="../../caseapp/ui/wipe_text.py" line="22" />
        <source>Not deleted, delete by hand: %1.</source>
        <translation>Չջնջվեց, ջնջեք ձեռքով՝ %1։</translation>
    </message>
</context>
<context>
    <name>WrappedName</name>
    <message>
        <location filename="../../caseapp/ui/widgets/wrapped_name.py" line="164" />
        <source>Copy the name</source>
        <translation>Պատճենել անունը</translation>
    </message>
</context>
</TS>