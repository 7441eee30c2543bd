<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="63"/>
        <source>Record answer</source>
        <translation>回答の記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="64"/>
        <source>Request</source>
        <translation>照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="65"/>
        <source>&amp;Answered on</source>
        <translation>回答日(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="66"/>
        <source>A&amp;nswer</source>
        <translation>回答内容(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="76"/>
        <source>(due %1)</source>
        <translation>(回答期限 %1)</translation>
    </message>
</context>
<context>
    <name>AssignPartyDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="186"/>
        <source>Add party to service</source>
        <translation>サービスへの事業者の追加</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="186"/>
        <source>Edit party role</source>
        <translation>事業者の役割を編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="187"/>
        <source>Service</source>
        <translation>外部サービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="190"/>
        <source>&amp;Party</source>
        <translation>事業者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="191"/>
        <source>(choose)</source>
        <translation>(選択してください)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="192"/>
        <source>Not in the list? Register it with New party… without leaving this form.</source>
        <translation>一覧にない場合は「新しい事業者…」で、この画面のまま登録できます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="195"/>
        <source>&amp;Role</source>
        <translation>役割(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="198"/>
        <source>&amp;Work passed on by</source>
        <translation>再委託元(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="199"/>
        <source>(the city)</source>
        <translation>(市)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="200"/>
        <source>For a subcontractor: the contractor that subcontracted the work to it.</source>
        <translation>再委託先の場合: その業務を再委託した受託事業者。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="203"/>
        <source>&amp;Approved by the city</source>
        <translation>市の承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="203"/>
        <source>(not a subcontract)</source>
        <translation>(再委託ではない)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="206"/>
        <source>&amp;Since</source>
        <translation>開始日(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="209"/>
        <source>&amp;Until</source>
        <translation>終了日(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="211"/>
        <source>A role that ended gets an end date; it then no longer shows as current.</source>
        <translation>終わった役割には終了日を入れます。以後は現在の役割として表示されません。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="213"/>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="48"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="56"/>
        <source>No files attached yet. Attach… adds a vendor&apos;s PDF, an e-mail saved as .eml or .msg, a written answer or a spreadsheet (at most 50 MB each).</source>
        <translation>添付ファイルはまだありません。「ファイルを添付…」で事業者のPDF、.eml・.msg で保存したメール、文書での回答、表計算ファイルを添付できます(1ファイル50MBまで)。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="61"/>
        <source>&amp;Attach file…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="62"/>
        <source>Select a file in the list first.</source>
        <translation>先に一覧でファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="64"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="66"/>
        <source>Opens a temporary copy with the program your computer uses for this kind of file</source>
        <translation>一時的な複製を、この種類のファイルに使うプログラムで開きます</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="69"/>
        <source>&amp;Save a copy…</source>
        <translation>複製を保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="71"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="73"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="102"/>
        <source>Attach file</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="123"/>
        <source>Save a copy</source>
        <translation>複製を保存</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="133"/>
        <source>the attachment</source>
        <translation>添付ファイル</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="175"/>
        <source>Edit claim</source>
        <translation>説明事項の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="176"/>
        <source>Statement</source>
        <translation>事業者説明</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="177"/>
        <source>&amp;Claim</source>
        <translation>説明事項(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="180"/>
        <source>&amp;Promised by</source>
        <translation>履行予定日(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="182"/>
        <source>A date the vendor promised becomes a deadline.</source>
        <translation>事業者が約束した日付は期限として管理されます。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="35"/>
        <source>File</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="36"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="37"/>
        <source>Added</source>
        <translation>添付日時</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/attachments.py" line="38"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>Confirming</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="47"/>
        <source>A decision is never changed once recorded; a mistake can only be withdrawn (取消) with a reason, and stays in the history.</source>
        <translation>記録した対応判断は変更できません。誤りは理由を付けて取り消すことだけができ、履歴に残ります。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="53"/>
        <source>&amp;Record</source>
        <translation>記録する(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="54"/>
        <source>&amp;Go back</source>
        <translation>戻る(&amp;G)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/fields.py" line="54"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>日付を選ぶ (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/fields.py" line="55"/>
        <source>Choose date</source>
        <translation>日付を選ぶ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/fields.py" line="68"/>
        <source>Type a date such as R3.3.19 or 2021-03-19; Alt+Down opens a calendar</source>
        <translation>R3.3.19 や 2021-03-19 のように入力。Alt+↓でカレンダー</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/fields.py" line="78"/>
        <source>Choose date: %1</source>
        <translation>日付を選ぶ: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/fields.py" line="124"/>
        <location filename="../../src/incidentdesk/gui/dialogs/fields.py" line="131"/>
        <source>not a date yet</source>
        <translation>日付として読めません</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="95"/>
        <source>Correct decision</source>
        <translation>対応判断の訂正</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="97"/>
        <source>Record one decision for %1 uses</source>
        <translation>%1 件の業務に同じ対応判断を記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="99"/>
        <source>Record decision</source>
        <translation>対応判断の記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="100"/>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="102"/>
        <source>Uses</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="104"/>
        <source>&amp;Use</source>
        <translation>利用業務(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="104"/>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="115"/>
        <source>(choose)</source>
        <translation>(選択してください)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="109"/>
        <source>&amp;Why the decision is corrected</source>
        <translation>訂正の理由(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="112"/>
        <source>The wrong decision is withdrawn (取消) with this reason and stays in the history, struck through.</source>
        <translation>誤った判断はこの理由で取り消され、取消線付きで履歴に残ります。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="115"/>
        <source>&amp;Decision</source>
        <translation>対応判断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="128"/>
        <source>Decided o&amp;n</source>
        <translation>判断日(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="130"/>
        <source>May be before the latest decision (entered late): it takes its place by date.</source>
        <translation>最新の判断より前の日付も記録できます(事後登録)。日付の順に並びます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="132"/>
        <source>Decided by (&amp;role)</source>
        <translation>判断者(役職)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="133"/>
        <source>Decided by (na&amp;me)</source>
        <translation>判断者(氏名)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="134"/>
        <source>R&amp;ationale</source>
        <translation>理由(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="137"/>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="215"/>
        <source>C&amp;onditions</source>
        <translation>条件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="139"/>
        <source>To continue, or to resume, depending on the decision.</source>
        <translation>継続の条件、または再開の条件(判断の内容による)。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="142"/>
        <source>Ne&amp;xt review</source>
        <translation>次回見直し日(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="143"/>
        <source>Effective unti&amp;l</source>
        <translation>有効期限(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="144"/>
        <source>T&amp;hen</source>
        <translation>期限後の対応(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="144"/>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="262"/>
        <source>(no change)</source>
        <translation>(変更なし)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="149"/>
        <source>Relied on s&amp;tatements</source>
        <translation>根拠とした説明(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="151"/>
        <source>Space ticks a statement.</source>
        <translation>Space キーで選択します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="165"/>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="202"/>
        <source>now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="211"/>
        <source>C&amp;onditions to resume</source>
        <translation>再開の条件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="213"/>
        <source>C&amp;onditions to continue</source>
        <translation>継続の条件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="264"/>
        <source>until %1, then %2</source>
        <translation>%1 まで、その後は %2</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="266"/>
        <source>This will be recorded:</source>
        <translation>次の内容を記録します:</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="269"/>
        <source>The decision of %1 (%2) is withdrawn and this is recorded instead:</source>
        <translation>%1 の判断(%2)を取り消し、代わりに次の内容を記録します:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="181"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>説明事項 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FontPath</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="107"/>
        <source>empty: BIZ UD Mincho or another installed Japanese font</source>
        <translation>空欄: BIZ UD明朝など導入済みの日本語フォント</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="108"/>
        <source>&amp;Browse…</source>
        <translation>参照…(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="125"/>
        <source>Font for the memo</source>
        <translation>報告メモのフォント</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="125"/>
        <source>Fonts (*.ttf *.ttc *.otf)</source>
        <translation>フォント (*.ttf *.ttc *.otf)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="144"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="147"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="422"/>
        <source>Load what they saved now? What you typed stays in the form, and what they changed is listed above the fields.</source>
        <translation>保存された内容を今読み込みますか?入力した内容はフォームに残り、相手が変更した項目は入力欄の上に一覧で示します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="467"/>
        <source>Loaded what %1 saved at %2:</source>
        <translation>%1 が %2 に保存した内容を読み込みました:</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="474"/>
        <source>(your entry %1 is kept)</source>
        <translation>(あなたの入力 %1 を残しています)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="479"/>
        <source>None of the fields in this form changed.</source>
        <translation>このフォームの項目には変更がありません。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="480"/>
        <source>Check the fields, then save again.</source>
        <translation>内容を確かめてから、もう一度保存してください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="495"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="497"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="501"/>
        <source>1 item</source>
        <translation>1 件</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="503"/>
        <source>%1 items</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="531"/>
        <source>Discard what you have entered?</source>
        <translation>入力内容を破棄しますか?</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="121"/>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="24"/>
        <source>Edit incident</source>
        <translation>事案の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="24"/>
        <source>New incident</source>
        <translation>事案の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="25"/>
        <source>&amp;Title</source>
        <translation>件名(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="26"/>
        <source>S&amp;ummary</source>
        <translation>概要(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="27"/>
        <source>St&amp;atus</source>
        <translation>状況(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="28"/>
        <source>&amp;Occurred on</source>
        <translation>発生日(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="29"/>
        <source>&amp;Known on</source>
        <translation>覚知日(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="30"/>
        <source>&amp;Closed on</source>
        <translation>終結日(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="33"/>
        <source>Personal-data leak</source>
        <translation>個人情報の漏えい</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="34"/>
        <source>Residents&apos; personal data &amp;leaked, or may have</source>
        <translation>住民の個人情報が漏えいした、またはそのおそれがある(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="36"/>
        <source>Since 1 April 2023 the city reports such a leak to the Personal Information Protection Commission when more than 100 people are concerned, or any number for sensitive data, possible financial harm or an unlawful purpose.</source>
        <translation>令和5年4月1日以降、本人の数が100人を超える場合、または要配慮個人情報・財産的被害のおそれ・不正の目的のおそれがある場合は人数にかかわらず、個人情報保護委員会への報告が必要です。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="43"/>
        <source>Unlawful purpose</source>
        <translation>不正の目的</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="44"/>
        <source>The leak may be for an unlawful &amp;purpose (final report within 60 days)</source>
        <translation>不正の目的をもって行われたおそれがある(確報は60日以内)(&amp;P)</translation>
    </message>
</context>
<context>
    <name>InlineNew</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inline.py" line="26"/>
        <source>&amp;New party…</source>
        <translation>新しい事業者(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inline.py" line="29"/>
        <source>Register a party that is not in the list yet; what you typed here stays.</source>
        <translation>一覧にない事業者を登録します。この画面に入力した内容はそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inline.py" line="55"/>
        <source>New sou&amp;rce…</source>
        <translation>新しい出典(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/inline.py" line="58"/>
        <source>Cite a source that is not in the list yet; what you typed here stays.</source>
        <translation>一覧にない出典を登録します。この画面に入力した内容はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>LinkUsesDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="135"/>
        <source>Link affected uses</source>
        <translation>影響業務の追加</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="136"/>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="140"/>
        <source>Every use of &amp;service</source>
        <translation>サービスの全業務(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="141"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="142"/>
        <source>Choosing a service ticks its uses below; untick any it does not affect.</source>
        <translation>サービスを選ぶと、その業務すべてに下でチェックが付きます。影響のない業務はチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="146"/>
        <source>type to narrow the list</source>
        <translation>入力して一覧を絞り込み</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="153"/>
        <source>&amp;Filter</source>
        <translation>絞り込み(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="158"/>
        <source>&amp;Uses</source>
        <translation>利用業務(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="160"/>
        <source>Space ticks a use; uses already linked are greyed.</source>
        <translation>Space キーで選択します。登録済みの業務は灰色で表示されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="162"/>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="135"/>
        <source>New data location</source>
        <translation>データ所在の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="135"/>
        <source>Edit data location</source>
        <translation>データの所在を編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="136"/>
        <source>Service</source>
        <translation>外部サービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="137"/>
        <source>Data &amp;category</source>
        <translation>データ区分(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="138"/>
        <source>What data, in &amp;words</source>
        <translation>データの内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="139"/>
        <source>e.g. registration data (ID, phone number)</source>
        <translation>例: 登録情報(ID・電話番号)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="141"/>
        <source>&amp;Kind</source>
        <translation>種別(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="142"/>
        <source>C&amp;ountry</source>
        <translation>国(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="143"/>
        <source>&amp;Place</source>
        <translation>場所(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="144"/>
        <source>e.g. main building server room, contractor&apos;s call centre (city)</source>
        <translation>例: 本庁舎サーバー室、委託先コールセンター(○○市)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="146"/>
        <source>&amp;Use</source>
        <translation>利用業務(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="146"/>
        <source>(the whole service)</source>
        <translation>(サービス全体)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="147"/>
        <source>&amp;By whom</source>
        <translation>事業者(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="149"/>
        <source>In effect &amp;from</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="152"/>
        <source>In effect unt&amp;il</source>
        <translation>終了日(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="154"/>
        <source>Empty: open-ended. A location that ended gets an end date rather than being deleted.</source>
        <translation>空欄は期限なし。終わった所在は削除せず終了日を入れてください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="156"/>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OrgSettingsDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="143"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="144"/>
        <source>&amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="146"/>
        <source>Follow the system</source>
        <translation>OSの設定に従う</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="147"/>
        <source>&amp;Municipality</source>
        <translation>団体名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="148"/>
        <source>&amp;Department</source>
        <translation>所管課(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="149"/>
        <source>&amp;Section</source>
        <translation>課名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="150"/>
        <source>&amp;Contact</source>
        <translation>担当者(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="151"/>
        <source>E&amp;xtension</source>
        <translation>内線(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="152"/>
        <source>Add&amp;ressee</source>
        <translation>宛先(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="155"/>
        <source>A&amp;pproval roles</source>
        <translation>決裁欄(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="157"/>
        <source>In the order of the memo&apos;s approval boxes; double-click or F2 to rename.</source>
        <translation>報告メモの決裁欄の順に並べます。名称の変更はダブルクリックまたは F2。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="159"/>
        <source>Mar&amp;king</source>
        <translation>取扱区分(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="160"/>
        <source>Date s&amp;tyle</source>
        <translation>日付表記(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="161"/>
        <source>Memo &amp;number prefix</source>
        <translation>文書番号の接頭辞(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="162"/>
        <source>Memo &amp;font</source>
        <translation>報告メモのフォント(&amp;F)</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="26"/>
        <source>Edit party</source>
        <translation>事業者の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="26"/>
        <source>New party</source>
        <translation>事業者の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="27"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="28"/>
        <source>&amp;Kind</source>
        <translation>種別(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="31"/>
        <source>C&amp;ountry</source>
        <translation>国(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="32"/>
        <source>&amp;Parent company</source>
        <translation>親会社(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="33"/>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="92"/>
        <source>Record report</source>
        <translation>定期報告の記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="93"/>
        <source>Request</source>
        <translation>照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="94"/>
        <source>For the period &amp;due on</source>
        <translation>対象期間の報告期限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="95"/>
        <source>&amp;Reported on</source>
        <translation>報告日(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="96"/>
        <source>&amp;What was reported</source>
        <translation>報告内容(&amp;W)</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="22"/>
        <source>Edit request</source>
        <translation>照会の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="22"/>
        <source>New request</source>
        <translation>照会の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="23"/>
        <source>&amp;Issuer</source>
        <translation>照会元(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="24"/>
        <source>Document &amp;number</source>
        <translation>文書番号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="25"/>
        <source>&amp;Subject</source>
        <translation>件名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="26"/>
        <source>&amp;Request date</source>
        <translation>照会日(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="27"/>
        <source>&amp;Due date</source>
        <translation>回答期限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="28"/>
        <source>In&amp;cident</source>
        <translation>事案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="28"/>
        <source>(no incident)</source>
        <translation>(事案なし)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="29"/>
        <source>Addressed &amp;to</source>
        <translation>照会の宛先(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="30"/>
        <source>Binds wh&amp;om</source>
        <translation>対象者(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="31"/>
        <source>when not the city: the vendor, all local governments ...</source>
        <translation>当市以外のとき: 事業者、全地方公共団体 など</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="33"/>
        <source>Re&amp;peats every (months)</source>
        <translation>定期報告の間隔・月(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="34"/>
        <source>empty: answered once</source>
        <translation>空欄: 1回限りの回答</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="36"/>
        <source>&amp;What is asked</source>
        <translation>照会内容(&amp;W)</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="49"/>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="48"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="50"/>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="51"/>
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="81"/>
        <source>New role</source>
        <translation>新しい役職</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="57"/>
        <source>Edit external service</source>
        <translation>外部サービスの編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="57"/>
        <source>New external service</source>
        <translation>外部サービスの登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="58"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="59"/>
        <source>&amp;Platform</source>
        <translation>プラットフォーム(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="60"/>
        <source>Owning &amp;department</source>
        <translation>所管課(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="61"/>
        <source>&amp;Contract type</source>
        <translation>契約形態(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="63"/>
        <source>&amp;Followers</source>
        <translation>登録者数(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="64"/>
        <source>number, may be empty</source>
        <translation>数値(空欄可)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="65"/>
        <source>Followers &amp;as of</source>
        <translation>登録者数の基準日(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="66"/>
        <source>&amp;Start date</source>
        <translation>開始日(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="67"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="68"/>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="24"/>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="27"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボード操作の一覧</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="26"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="26"/>
        <source>What they do</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="50"/>
        <source>Every table lets Tab go to the next control; the arrows move inside it.</source>
        <translation>どの表でも Tab で次の項目へ移り、表の中は矢印キーで移動します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="53"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="67"/>
        <source>Anywhere in the window</source>
        <translation>ウィンドウ全体</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="71"/>
        <source>Incidents, Services and uses, Parties, Requests and deadlines, Memos, Audit log</source>
        <translation>事案、サービスと利用業務、事業者、照会と期限、報告メモ、操作履歴</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="73"/>
        <source>Search everything; Enter lists the results</source>
        <translation>全体検索(Enter で結果を一覧)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="77"/>
        <source>Next / previous pane: page list, search box, the deadline banner, the page&apos;s filters, lists, tables and tabs</source>
        <translation>次・前の区画へ: 画面の一覧、検索欄、期限のお知らせ、画面内の絞り込み欄・一覧・表・タブ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="83"/>
        <source>Next / previous tab of the page (also Ctrl+PgDown / Ctrl+PgUp)</source>
        <translation>画面の次・前のタブ(Ctrl+PgDown / Ctrl+PgUp も可)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="85"/>
        <source>Next / previous control; Tab also leaves a table</source>
        <translation>次・前の項目へ(表からも Tab で出られます)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="86"/>
        <source>The File, Go, Settings and Help menus</source>
        <translation>ファイル・移動・設定・ヘルプの各メニュー</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="87"/>
        <source>This list of shortcuts</source>
        <translation>この一覧</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="88"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="92"/>
        <source>Incidents page</source>
        <translation>事案の画面</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="94"/>
        <source>New incident</source>
        <translation>事案の新規登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="95"/>
        <source>Record a vendor statement</source>
        <translation>事業者説明の記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="96"/>
        <source>Record a decision for the selected use</source>
        <translation>選んだ業務の対応判断を記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="97"/>
        <source>Verify the selected claim</source>
        <translation>選んだ説明事項の確認</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="98"/>
        <source>Add affected uses</source>
        <translation>影響業務の追加</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="99"/>
        <source>One decision for several selected uses</source>
        <translation>選んだ複数の業務に同じ対応判断を記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="100"/>
        <source>Withdraw (取消) / correct the decision selected in Decision history</source>
        <translation>「判断の履歴」で選んだ判断の取消し・訂正</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="104"/>
        <source>More actions: claims, timeline, sources, requests, survey answer, whole service, edit</source>
        <translation>その他の操作: 説明事項、経緯、出典、照会、調査回答、サービス単位の判断、編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="110"/>
        <source>Tables and lists</source>
        <translation>表と一覧</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="112"/>
        <source>Move between rows</source>
        <translation>行の移動</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="113"/>
        <source>Open the row (decide, verify, answer, open the record)</source>
        <translation>行を開く(判断・確認・回答・記録を開く)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="114"/>
        <source>Tick or untick an item in a list with boxes</source>
        <translation>チェック付き一覧の項目を選ぶ・外す</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="115"/>
        <source>Copy the selected rows for Excel</source>
        <translation>選んだ行を Excel 用にコピー</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="116"/>
        <source>The table&apos;s menu: copy, export as shown</source>
        <translation>表のメニュー: コピー、表示どおりに書き出し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="120"/>
        <source>Forms</source>
        <translation>入力画面</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="122"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+下線の文字</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="122"/>
        <source>Go to that field (dates included)</source>
        <translation>その項目へ移動(日付欄も)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="123"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="124"/>
        <source>Save from a text box with several lines (Enter there is a new line)</source>
        <translation>複数行の欄から保存(そこでは Enter は改行)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="125"/>
        <source>Open the calendar of a date field</source>
        <translation>日付欄のカレンダーを開く</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="126"/>
        <source>Cancel (asks first if something was typed)</source>
        <translation>取消し(入力があれば確認します)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="130"/>
        <source>Deadlines banner</source>
        <translation>期限のお知らせ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="132"/>
        <source>Show the deadlines</source>
        <translation>期限の一覧を表示</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="133"/>
        <source>On a deadline: open its record (the request, the claim, the decision)</source>
        <translation>期限の上で: その記録を開く(照会、説明事項、対応判断)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="135"/>
        <source>Tab, then Space</source>
        <translation>Tab で移動して Space</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="137"/>
        <source>Snooze ▾ beside a deadline: until tomorrow, for a week, until it is due, or until a date you choose</source>
        <translation>期限の横の「後で通知 ▾」: 明日まで・1週間・期限の日まで・指定した日まで表示しない</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="141"/>
        <source>Snooze the deadline selected in Requests and deadlines (Enter opens it)</source>
        <translation>「照会と期限」で選んだ期限を後で通知(Enter で開く)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/shortcuts.py" line="142"/>
        <source>Hide the banner when it has the focus</source>
        <translation>お知らせを閉じる(お知らせにフォーカスがあるとき)</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/snooze.py" line="21"/>
        <source>Snooze a deadline</source>
        <translation>期限を後で通知</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/snooze.py" line="22"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/snooze.py" line="26"/>
        <source>&amp;Until</source>
        <translation>再表示する日(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/snooze.py" line="28"/>
        <source>The banner leaves this deadline out until this day, and shows it again then.</source>
        <translation>この日まで期限のお知らせに表示せず、この日にまた表示します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/snooze.py" line="44"/>
        <source>Choose a day after today.</source>
        <translation>明日以降の日付を指定してください。</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="255"/>
        <source>New source</source>
        <translation>出典の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="255"/>
        <source>Edit source</source>
        <translation>出典を編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="256"/>
        <source>&amp;Title</source>
        <translation>件名(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="257"/>
        <source>&amp;Publisher</source>
        <translation>発行元(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="258"/>
        <source>Published &amp;on</source>
        <translation>公表日(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="259"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
</context>
<context>
    <name>StatementActions</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="208"/>
        <source>the statement</source>
        <translation>事業者説明</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="221"/>
        <source>Retire 「%1」 (廃止済み)? It stays in the ledger with its claims, checks and files, hidden unless “Show retired statements” is ticked, and is left out of memos and deadlines; the next memo says it was retired.</source>
        <translation>「%1」を廃止済みにしますか?説明事項・確認の記録・添付ファイルとともに台帳に残りますが、「廃止済みの説明も表示」を選ばない限り表示されず、報告メモと期限からも除かれます。次の報告メモには廃止したことが記載されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="227"/>
        <source>Retire statement</source>
        <translation>事業者説明の廃止</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="41"/>
        <source>Add claims</source>
        <translation>説明事項の追加</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="43"/>
        <source>Edit vendor statement</source>
        <translation>事業者説明を編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="45"/>
        <source>New vendor statement</source>
        <translation>事業者説明の記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="47"/>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="49"/>
        <source>Statement</source>
        <translation>事業者説明</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="52"/>
        <source>&amp;Vendor</source>
        <translation>事業者(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="52"/>
        <source>(choose)</source>
        <translation>(選択してください)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="54"/>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="55"/>
        <source>C&amp;hannel</source>
        <translation>説明方法(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="56"/>
        <source>S&amp;peaker</source>
        <translation>説明者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="57"/>
        <source>&amp;Title</source>
        <translation>件名(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="58"/>
        <source>Taken b&amp;y</source>
        <translation>対応者(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="59"/>
        <source>who at the city took the call or attended</source>
        <translation>電話を受けた・出席した当市の職員</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="63"/>
        <source>S&amp;ources</source>
        <translation>出典(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="65"/>
        <source>Space ticks a source; they are cited in the order ticked.</source>
        <translation>スペースキーで出典を選択します。選択した順に引用されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="69"/>
        <source>Note&amp;s</source>
        <translation>備考(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="73"/>
        <source>&amp;Claims</source>
        <translation>説明事項(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="75"/>
        <source>One claim per line. Ctrl+Enter saves.</source>
        <translation>説明事項を1行に1件ずつ入力します。Ctrl+Enter で保存。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="78"/>
        <source>P&amp;romised by</source>
        <translation>履行予定日(&amp;R)</translation>
    </message>
</context>
<context>
    <name>StatutoryOfferDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="101"/>
        <source>Reports to the Personal Information Protection Commission</source>
        <translation>個人情報保護委員会への報告</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="104"/>
        <source>The city must report this leak to the Commission: a prompt report soon after learning of it and a final report within 30 days (60 for an unlawful purpose), counted from the day the city learned of it. Record them as requests to the city? The due dates can be changed.</source>
        <translation>この漏えいは個人情報保護委員会への報告が必要です。知った日から速やかに速報を、30日以内(不正の目的のおそれがある場合は60日以内)に確報を提出します。当市あての照会として登録しますか?期限は変更できます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="120"/>
        <source>Record as requests</source>
        <translation>照会として登録</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="207"/>
        <source>Edit timeline entry</source>
        <translation>経緯の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="207"/>
        <source>New timeline entry</source>
        <translation>経緯の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="208"/>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="211"/>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="214"/>
        <source>A day, or as far as it is known, with its year: 令和5年3月, 令和5年5月下旬, 令和5年3月〜4月, 令和4年7月21日・22日</source>
        <translation>日付、またはわかる範囲で(年も): 令和5年3月、令和5年5月下旬、令和5年3月〜4月、令和4年7月21日・22日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="223"/>
        <source>Space ticks a source; they are cited in the order ticked.</source>
        <translation>スペースキーで出典を選択します。選択した順に引用されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="218"/>
        <source>&amp;What happened</source>
        <translation>内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="221"/>
        <source>S&amp;ources</source>
        <translation>出典(&amp;O)</translation>
    </message>
</context>
<context>
    <name>UseDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="95"/>
        <source>Edit use</source>
        <translation>利用業務の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="95"/>
        <source>New use</source>
        <translation>利用業務の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="96"/>
        <source>Service</source>
        <translation>外部サービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="97"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="98"/>
        <source>&amp;Purpose</source>
        <translation>目的(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="99"/>
        <source>&amp;Audience</source>
        <translation>対象者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="100"/>
        <source>&amp;Department</source>
        <translation>所管課(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="101"/>
        <source>empty: the service&apos;s department</source>
        <translation>空欄: サービスの所管課</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="103"/>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="103"/>
        <source>&amp;Handles personal data</source>
        <translation>個人情報を取り扱う(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="104"/>
        <source>&amp;What personal data</source>
        <translation>個人情報の内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="105"/>
        <source>&amp;Confidentiality</source>
        <translation>機密性区分(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="106"/>
        <source>Class 1</source>
        <translation>機密性1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="106"/>
        <source>Class 2</source>
        <translation>機密性2</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="106"/>
        <source>Class 3</source>
        <translation>機密性3</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="107"/>
        <source>&amp;Start date</source>
        <translation>開始日(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="108"/>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="138"/>
        <source>Check claim</source>
        <translation>説明事項の確認</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="139"/>
        <source>Statement</source>
        <translation>事業者説明</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="140"/>
        <source>Claim</source>
        <translation>説明事項</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="141"/>
        <source>Checked before</source>
        <translation>これまでの確認</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="143"/>
        <source>&amp;Found</source>
        <translation>確認結果(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="143"/>
        <source>(choose)</source>
        <translation>(選択してください)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="148"/>
        <source>Checked b&amp;y</source>
        <translation>確認者(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="162"/>
        <source>not checked yet</source>
        <translation>まだ確認していません</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="146"/>
        <source>&amp;How it was checked</source>
        <translation>確認方法(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="147"/>
        <source>&amp;Evidence</source>
        <translation>根拠(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="145"/>
        <source>&amp;Checked on</source>
        <translation>確認日(&amp;C)</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="298"/>
        <source>Withdraw decision</source>
        <translation>対応判断の取消</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="299"/>
        <source>Decision</source>
        <translation>対応判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="302"/>
        <source>&amp;Reason</source>
        <translation>取消の理由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="305"/>
        <source>Why it was entered by mistake. The decision stays in the history, struck through; the use falls back to the previous valid decision.</source>
        <translation>誤って記録した理由。判断は取消線付きで履歴に残り、業務の状態は直前の有効な判断に戻ります。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="309"/>
        <source>Withdrawn o&amp;n</source>
        <translation>取消日(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="310"/>
        <source>Withdrawn by (r&amp;ole)</source>
        <translation>取消者(役職)(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="311"/>
        <source>Withdrawn by (na&amp;me)</source>
        <translation>取消者(氏名)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="336"/>
        <source>This decision will be withdrawn (取消):</source>
        <translation>次の対応判断を取り消します:</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="340"/>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="345"/>
        <source>The withdrawal is permanent too; it is shown in the history.</source>
        <translation>取消も変更できない記録として履歴に表示されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="346"/>
        <source>&amp;Withdraw</source>
        <translation>取り消す(&amp;W)</translation>
    </message>
</context>
</TS>
