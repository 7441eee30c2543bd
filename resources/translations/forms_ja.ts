<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="61" />
        <source>Record answer</source>
        <translation>回答の記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="62" />
        <source>Request</source>
        <translation>照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="63" />
        <source>&amp;Answered on</source>
        <translation>回答日(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="64" />
        <source>A&amp;nswer</source>
        <translation>回答内容(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="74" />
        <source>(due %1)</source>
        <translation>(回答期限 %1)</translation>
    </message>
</context>
<context>
    <name>AssignPartyDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="158" />
        <source>Add party to service</source>
        <translation>サービスへの事業者の追加</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="159" />
        <source>Service</source>
        <translation>外部サービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="160" />
        <source>&amp;Party</source>
        <translation>事業者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="161" />
        <source>&amp;Role</source>
        <translation>役割(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="162" />
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/fields.py" line="39" />
        <source>Pick a date (Alt+Down)</source>
        <translation>日付を選ぶ (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/fields.py" line="89" />
        <location filename="../../src/incidentdesk/gui/dialogs/fields.py" line="94" />
        <source>not a date yet</source>
        <translation>日付として読めません</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="26" />
        <source>Record decision</source>
        <translation>対応判断の記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="27" />
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="28" />
        <source>&amp;Use</source>
        <translation>利用業務(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="29" />
        <source>&amp;Decision</source>
        <translation>対応判断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="30" />
        <source>Decided o&amp;n</source>
        <translation>判断日(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="35" />
        <source>Decided by (&amp;role)</source>
        <translation>判断者(役職)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="36" />
        <source>Decided by (na&amp;me)</source>
        <translation>判断者(氏名)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="37" />
        <source>R&amp;ationale</source>
        <translation>理由(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="38" />
        <source>C&amp;onditions</source>
        <translation>条件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="39" />
        <source>To continue, or to resume, depending on the decision.</source>
        <translation>継続の条件、または再開の条件(判断の内容による)。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="40" />
        <source>Ne&amp;xt review</source>
        <translation>次回見直し日(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="41" />
        <source>Effective unti&amp;l</source>
        <translation>有効期限(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="42" />
        <source>T&amp;hen</source>
        <translation>期限後の対応(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="42" />
        <source>(no change)</source>
        <translation>(変更なし)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="44" />
        <source>Relied on s&amp;tatements</source>
        <translation>根拠とした説明(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="45" />
        <source>Space ticks a statement.</source>
        <translation>Space キーで選択します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="54" />
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="62" />
        <source>%n claim(s)</source>
        <translation>
            <numerusform>説明事項 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FontPath</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="96" />
        <source>empty: BIZ UD Mincho or another installed Japanese font</source>
        <translation>空欄: BIZ UD明朝など導入済みの日本語フォント</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="97" />
        <source>&amp;Browse…</source>
        <translation>参照…(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="113" />
        <source>Font for the memo</source>
        <translation>報告メモのフォント</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="114" />
        <source>Fonts (*.ttf *.ttc *.otf)</source>
        <translation>フォント (*.ttf *.ttc *.otf)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="100" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="103" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="355" />
        <source>Load what they saved now? What you typed stays in the form, and what they changed is listed above the fields.</source>
        <translation>保存された内容を今読み込みますか?入力した内容はフォームに残り、相手が変更した項目は入力欄の上に一覧で示します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="388" />
        <source>Loaded what %1 saved at %2:</source>
        <translation>%1 が %2 に保存した内容を読み込みました:</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="395" />
        <source>(your entry %1 is kept)</source>
        <translation>(あなたの入力 %1 を残しています)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="399" />
        <source>None of the fields in this form changed.</source>
        <translation>このフォームの項目には変更がありません。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="400" />
        <source>Check the fields, then save again.</source>
        <translation>内容を確かめてから、もう一度保存してください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="414" />
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="415" />
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="417" />
        <source>1 item</source>
        <translation>1 件</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="418" />
        <source>%1 items</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/form.py" line="443" />
        <source>Discard what you have entered?</source>
        <translation>入力内容を破棄しますか?</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="23" />
        <source>Edit incident</source>
        <translation>事案の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="23" />
        <source>New incident</source>
        <translation>事案の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="24" />
        <source>&amp;Title</source>
        <translation>件名(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="25" />
        <source>S&amp;ummary</source>
        <translation>概要(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="26" />
        <source>St&amp;atus</source>
        <translation>状況(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="27" />
        <source>&amp;Occurred on</source>
        <translation>発生日(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="28" />
        <source>&amp;Known on</source>
        <translation>覚知日(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="29" />
        <source>&amp;Closed on</source>
        <translation>終結日(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LinkUsesDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="55" />
        <source>Link affected uses</source>
        <translation>影響業務の追加</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="56" />
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="57" />
        <source>Every use of &amp;service</source>
        <translation>サービスの全業務(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="58" />
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="60" />
        <source>type to narrow the list</source>
        <translation>入力して一覧を絞り込み</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="67" />
        <source>&amp;Filter</source>
        <translation>絞り込み(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="70" />
        <source>&amp;Uses</source>
        <translation>利用業務(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="71" />
        <source>Space ticks a use; uses already linked are greyed.</source>
        <translation>Space キーで選択します。登録済みの業務は灰色で表示されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="72" />
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="131" />
        <source>New data location</source>
        <translation>データ所在の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="132" />
        <source>Service</source>
        <translation>外部サービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="133" />
        <source>Data &amp;category</source>
        <translation>データ区分(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="134" />
        <source>&amp;Kind</source>
        <translation>種別(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="135" />
        <source>C&amp;ountry</source>
        <translation>国(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="136" />
        <source>&amp;Use</source>
        <translation>利用業務(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="136" />
        <source>(the whole service)</source>
        <translation>(サービス全体)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="137" />
        <source>&amp;By whom</source>
        <translation>事業者(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="138" />
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OrgSettingsDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="130" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="131" />
        <source>&amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="133" />
        <source>Follow the system</source>
        <translation>OSの設定に従う</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="134" />
        <source>&amp;Municipality</source>
        <translation>団体名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="135" />
        <source>&amp;Department</source>
        <translation>所管課(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="136" />
        <source>&amp;Section</source>
        <translation>課名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="137" />
        <source>&amp;Contact</source>
        <translation>担当者(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="138" />
        <source>E&amp;xtension</source>
        <translation>内線(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="139" />
        <source>Add&amp;ressee</source>
        <translation>宛先(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="140" />
        <source>A&amp;pproval roles</source>
        <translation>決裁欄(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="141" />
        <source>In the order of the memo's approval boxes; double-click or F2 to rename.</source>
        <translation>報告メモの決裁欄の順に並べます。名称の変更はダブルクリックまたは F2。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="142" />
        <source>Mar&amp;king</source>
        <translation>取扱区分(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="143" />
        <source>Date s&amp;tyle</source>
        <translation>日付表記(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="144" />
        <source>Memo &amp;number prefix</source>
        <translation>文書番号の接頭辞(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="145" />
        <source>Memo &amp;font</source>
        <translation>報告メモのフォント(&amp;F)</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="25" />
        <source>Edit party</source>
        <translation>事業者の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="25" />
        <source>New party</source>
        <translation>事業者の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="26" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="27" />
        <source>&amp;Kind</source>
        <translation>種別(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="30" />
        <source>C&amp;ountry</source>
        <translation>国(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="31" />
        <source>&amp;Parent company</source>
        <translation>親会社(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="32" />
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="22" />
        <source>Edit request</source>
        <translation>照会の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="22" />
        <source>New request</source>
        <translation>照会の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="23" />
        <source>&amp;Issuer</source>
        <translation>照会元(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="24" />
        <source>Document &amp;number</source>
        <translation>文書番号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="25" />
        <source>&amp;Subject</source>
        <translation>件名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="26" />
        <source>&amp;Request date</source>
        <translation>照会日(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="27" />
        <source>&amp;Due date</source>
        <translation>回答期限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="28" />
        <source>In&amp;cident</source>
        <translation>事案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="28" />
        <source>(no incident)</source>
        <translation>(事案なし)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="29" />
        <source>Addressed &amp;to</source>
        <translation>照会の宛先(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="30" />
        <source>Binds wh&amp;om</source>
        <translation>対象者(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="31" />
        <source>when not the city: the vendor, all local governments ...</source>
        <translation>当市以外のとき: 事業者、全地方公共団体 など</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="32" />
        <source>Re&amp;peats every (months)</source>
        <translation>定期報告の間隔・月(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="33" />
        <source>empty: answered once</source>
        <translation>空欄: 1回限りの回答</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/requests.py" line="34" />
        <source>&amp;What is asked</source>
        <translation>照会内容(&amp;W)</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="39" />
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="39" />
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="40" />
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="40" />
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/org_settings.py" line="70" />
        <source>New role</source>
        <translation>新しい役職</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="56" />
        <source>Edit external service</source>
        <translation>外部サービスの編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="56" />
        <source>New external service</source>
        <translation>外部サービスの登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="57" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="58" />
        <source>&amp;Platform</source>
        <translation>プラットフォーム(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="59" />
        <source>Owning &amp;department</source>
        <translation>所管課(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="60" />
        <source>&amp;Contract type</source>
        <translation>契約形態(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="62" />
        <source>&amp;Followers</source>
        <translation>登録者数(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="63" />
        <source>number, may be empty</source>
        <translation>数値(空欄可)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="64" />
        <source>Followers &amp;as of</source>
        <translation>登録者数の基準日(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="65" />
        <source>&amp;Start date</source>
        <translation>開始日(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="66" />
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="67" />
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="141" />
        <source>New source</source>
        <translation>出典の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="142" />
        <source>&amp;Title</source>
        <translation>件名(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="143" />
        <source>&amp;Publisher</source>
        <translation>発行元(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="144" />
        <source>Published &amp;on</source>
        <translation>公表日(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="145" />
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="37" />
        <source>Add claims</source>
        <translation>説明事項の追加</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="37" />
        <source>New vendor statement</source>
        <translation>事業者説明の記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="38" />
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="40" />
        <source>Statement</source>
        <translation>事業者説明</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="43" />
        <source>&amp;Vendor</source>
        <translation>事業者(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="43" />
        <source>(choose)</source>
        <translation>(選択してください)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="44" />
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="45" />
        <source>C&amp;hannel</source>
        <translation>説明方法(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="46" />
        <source>S&amp;peaker</source>
        <translation>説明者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="47" />
        <source>&amp;Title</source>
        <translation>件名(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="48" />
        <source>Taken b&amp;y</source>
        <translation>対応者(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="49" />
        <source>who at the city took the call or attended</source>
        <translation>電話を受けた・出席した当市の職員</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="50" />
        <source>S&amp;ources</source>
        <translation>出典(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="51" />
        <source>&amp;Claims</source>
        <translation>説明事項(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="52" />
        <source>One claim per line. Ctrl+Enter saves.</source>
        <translation>説明事項を1行に1件ずつ入力します。Ctrl+Enter で保存。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="54" />
        <source>P&amp;romised by</source>
        <translation>履行予定日(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="109" />
        <source>Edit timeline entry</source>
        <translation>経緯の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="109" />
        <source>New timeline entry</source>
        <translation>経緯の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="110" />
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="111" />
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="112" />
        <source>A day, or as far as it is known: 令和5年3月, 5月下旬, 3月〜4月, 7月21日・22日</source>
        <translation>日付、またはわかる範囲で: 令和5年3月、5月下旬、3月〜4月、7月21日・22日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="113" />
        <source>&amp;What happened</source>
        <translation>内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="114" />
        <source>S&amp;ources</source>
        <translation>出典(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/incidents.py" line="114" />
        <source>Space ticks a source.</source>
        <translation>スペースキーで出典を選択します。</translation>
    </message>
</context>
<context>
    <name>UseDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="94" />
        <source>Edit use</source>
        <translation>利用業務の編集</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="94" />
        <source>New use</source>
        <translation>利用業務の登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="95" />
        <source>Service</source>
        <translation>外部サービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="96" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="97" />
        <source>&amp;Purpose</source>
        <translation>目的(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="98" />
        <source>&amp;Audience</source>
        <translation>対象者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="99" />
        <source>&amp;Department</source>
        <translation>所管課(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="100" />
        <source>empty: the service's department</source>
        <translation>空欄: サービスの所管課</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="101" />
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="102" />
        <source>&amp;Handles personal data</source>
        <translation>個人情報を取り扱う(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="103" />
        <source>&amp;What personal data</source>
        <translation>個人情報の内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="104" />
        <source>&amp;Confidentiality</source>
        <translation>機密性区分(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="105" />
        <source>Class 1</source>
        <translation>機密性1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="105" />
        <source>Class 2</source>
        <translation>機密性2</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="105" />
        <source>Class 3</source>
        <translation>機密性3</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="106" />
        <source>&amp;Start date</source>
        <translation>開始日(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/catalog.py" line="107" />
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="98" />
        <source>Check claim</source>
        <translation>説明事項の確認</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="99" />
        <source>Statement</source>
        <translation>事業者説明</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="100" />
        <source>Claim</source>
        <translation>説明事項</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="101" />
        <source>Checked before</source>
        <translation>これまでの確認</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="103" />
        <source>&amp;Found</source>
        <translation>確認結果(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="103" />
        <source>(choose)</source>
        <translation>(選択してください)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="108" />
        <source>Checked b&amp;y</source>
        <translation>確認者(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="120" />
        <source>not checked yet</source>
        <translation>まだ確認していません</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="106" />
        <source>&amp;How it was checked</source>
        <translation>確認方法(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="107" />
        <source>&amp;Evidence</source>
        <translation>根拠(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/statements.py" line="105" />
        <source>&amp;Checked on</source>
        <translation>確認日(&amp;C)</translation>
    </message>
</context>
</TS>