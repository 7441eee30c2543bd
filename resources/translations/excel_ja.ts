<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="40"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="42"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="46"/>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="47"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="48"/>
        <source>Use</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="50"/>
        <source>Changes or reasons</source>
        <translation>変更内容・取り込めない理由</translation>
    </message>
</context>
<context>
    <name>InventoryImportDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="67"/>
        <source>Import the inventory</source>
        <translation>一覧表の取込</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="75"/>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="75"/>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="78"/>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="79"/>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="80"/>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="82"/>
        <source>Import &amp;hidden rows too</source>
        <translation>非表示の行も取り込む(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="100"/>
        <source>Records not in the file</source>
        <translation>ファイルにない記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="109"/>
        <source>Import only the &amp;valid rows (leave the refused rows out)</source>
        <translation>取り込める行だけを取り込む(取り込めない行は除く)(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="112"/>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="113"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="165"/>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="176"/>
        <source>Import &amp;hidden rows too (%1)</source>
        <translation>非表示の行も取り込む(&amp;H)(%1行目)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="198"/>
        <source>Assign a column to: %1</source>
        <translation>次の項目に列を割り当ててください: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="229"/>
        <source>Header row: %1</source>
        <translation>見出し行: %1行目</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="232"/>
        <source>(hidden)</source>
        <translation>(非表示)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="239"/>
        <source>(not imported)</source>
        <translation>(取り込まない)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="265"/>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="281"/>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inventory_import.py" line="298"/>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>取り込みました: 新規 %1 件、更新 %2 件、変更なし %3 件。</translation>
    </message>
</context>
<context>
    <name>SurveyExportDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="45"/>
        <source>Survey answer to Excel</source>
        <translation>照会への回答(Excel)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="50"/>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="54"/>
        <source>e.g. 2021-03-25 or R3.3.25</source>
        <translation>例: 2021-03-25、R3.3.25</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="55"/>
        <source>Decisions &amp;as of</source>
        <translation>判断の時点(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="57"/>
        <source>Decisions as of</source>
        <translation>判断の基準日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="63"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="65"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="71"/>
        <source>Our answer sheet (.xlsx, A4 landscape)</source>
        <translation>本市の回答様式(.xlsx、A4横)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="72"/>
        <source>Fill in the form received (.xlsx)</source>
        <translation>届いた様式に記入(.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="73"/>
        <source>CSV, UTF-8</source>
        <translation>CSV(UTF-8)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="74"/>
        <source>CSV, Shift_JIS (CP932)</source>
        <translation>CSV(Shift_JIS/CP932)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="79"/>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="81"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="85"/>
        <source>&amp;Choose the form…</source>
        <translation>様式を選ぶ(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="89"/>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="90"/>
        <source>Form</source>
        <translation>様式</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="98"/>
        <source>&amp;Write…</source>
        <translation>書き出す(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="99"/>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="274"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="120"/>
        <source>The form received</source>
        <translation>届いた様式</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="120"/>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="227"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="152"/>
        <source>Sheet “%1”, header row %2: what each column receives</source>
        <translation>シート「%1」の見出し行(%2行目): 各列に書き込む項目</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="165"/>
        <source>(left empty)</source>
        <translation>(書き込まない)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="195"/>
        <source>Cannot read the date “%1”.</source>
        <translation>日付「%1」を読み取れません。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="199"/>
        <source>Choose the form received first.</source>
        <translation>先に届いた様式を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="225"/>
        <source>Write the answer</source>
        <translation>回答の書き出し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="227"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="250"/>
        <source>Cancelled: nothing was written.</source>
        <translation>中止しました。何も書き出していません。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="257"/>
        <source>Row %1, “%2”: %3 → %4</source>
        <translation>%1行目「%2」: %3 → %4</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="265"/>
        <source>… and %1 more</source>
        <translation>… ほか %1 件</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="269"/>
        <source>Shift_JIS (CP932) cannot write %1 characters:</source>
        <translation>Shift_JIS(CP932)で書けない文字が %1 箇所あります:</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="273"/>
        <source>&amp;Replace and write</source>
        <translation>置き換えて書き出す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="296"/>
        <source>Written: %1 (%2 uses).</source>
        <translation>書き出しました: %1(%2 業務)。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/survey_export.py" line="298"/>
        <source>Columns of the form left empty: %1</source>
        <translation>書き込まなかった様式の列: %1</translation>
    </message>
</context>
</TS>
