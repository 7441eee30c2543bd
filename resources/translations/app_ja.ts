<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/incidentdesk/app.py" line="99"/>
        <source>Opening the database…
%1</source>
        <translation>データベースを開いています…
%1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/app.py" line="101"/>
        <location filename="../../src/incidentdesk/app.py" line="137"/>
        <location filename="../../src/incidentdesk/app.py" line="158"/>
        <location filename="../../src/incidentdesk/app.py" line="301"/>
        <source>Incident Desk</source>
        <translation>インシデント台帳</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/app.py" line="159"/>
        <source>This is a new, empty ledger.
Load the sample case (LINE, March 2021) to see how the program is used?</source>
        <translation>新しい空の台帳です。
使い方の確認のため、サンプル事案(LINE、2021年3月)を読み込みますか?</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/app.py" line="302"/>
        <source>The database
%1
is already open in another Incident Desk window.
Please use that window. This one closes without changing anything.</source>
        <translation>データベース
%1
は既に別のインシデント台帳のウィンドウで開かれています。
そちらのウィンドウをお使いください。このウィンドウは何も変更せずに終了します。</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../src/incidentdesk/gui/context.py" line="166"/>
        <source>Incident Desk</source>
        <translation>インシデント台帳</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="156"/>
        <source>%1 of %2 changes loaded</source>
        <translation>%2件中%1件の変更を表示</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="164"/>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="179"/>
        <source>Export the audit log</source>
        <translation>操作履歴の書き出し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="164"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="176"/>
        <source>%1 changes exported to %2</source>
        <translation>%1 件の操作を %2 に書き出しました</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="189"/>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="194"/>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="201"/>
        <source>Audit trail</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="189"/>
        <source>The ledger is empty: there is nothing to verify yet.</source>
        <translation>台帳は空です。まだ検証するものがありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="195"/>
        <source>The audit trail is intact (%n change(s) checked).</source>
        <translation>
            <numerusform>操作履歴は改ざんされていません(%n件を確認)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="202"/>
        <source>The audit trail is broken at change %1: %2</source>
        <translation>操作履歴の連番 %1 で不整合があります: %2</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="210"/>
        <source>Filter changes (who, what, values)…</source>
        <translation>変更を絞り込み(操作者・内容・値)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="211"/>
        <source>&amp;Verify audit trail</source>
        <translation>操作履歴を検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="212"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSVに書き出し(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="213"/>
        <source>Every change matching the filters, in words, for Excel</source>
        <translation>絞り込みに合う操作をすべて、読める形でExcel向けに書き出します</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="217"/>
        <source>(every record)</source>
        <translation>(すべての記録)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="222"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="223"/>
        <source>user</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="224"/>
        <source>R3.3.1</source>
        <translation>R3.3.1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="225"/>
        <source>R3.3.31</source>
        <translation>R3.3.31</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="227"/>
        <source>&amp;Record:</source>
        <translation>記録(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="227"/>
        <source>&amp;User:</source>
        <translation>操作者(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="227"/>
        <source>Fro&amp;m:</source>
        <translation>開始日(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="227"/>
        <source>T&amp;o:</source>
        <translation>終了日(&amp;O):</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="28"/>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="29"/>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="30"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="270"/>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="31"/>
        <source>Upcoming</source>
        <translation>期限前</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="33"/>
        <source>Whole service</source>
        <translation>サービス全体</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="34"/>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="35"/>
        <source>Superseded</source>
        <translation>過去の判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="73"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="210"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="224"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="547"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="561"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="74"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="293"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="76"/>
        <source>Occurred</source>
        <translation>発生日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="79"/>
        <source>Affected uses</source>
        <translation>影響業務数</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="84"/>
        <source>Decisions</source>
        <translation>対応判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="95"/>
        <source>Current decision</source>
        <translation>現在の対応判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="119"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="317"/>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="99"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="468"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="533"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="100"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="333"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="469"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="534"/>
        <source>Use</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="112"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="337"/>
        <source>Personal data</source>
        <translation>住民の個人情報</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="102"/>
        <source>Stored in</source>
        <translation>データ保存場所</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="27"/>
        <source>abroad</source>
        <translation>国外</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="32"/>
        <source>snoozed until %1</source>
        <translation>%1まで通知しない</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="36"/>
        <source>Withdrawn (取消)</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="37"/>
        <source>(entered late)</source>
        <translation>(事後登録)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="38"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="351"/>
        <source>Retired</source>
        <translation>廃止済み</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="39"/>
        <source>ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="40"/>
        <source>The city</source>
        <translation>当市</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="41"/>
        <source>Others</source>
        <translation>他者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="42"/>
        <source>Every month</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="43"/>
        <source>Ended %1</source>
        <translation>%1 に期限到来</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="44"/>
        <source>Conditions to continue</source>
        <translation>継続の条件</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="45"/>
        <source>Conditions to resume</source>
        <translation>再開の条件</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="46"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="47"/>
        <source>Until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="48"/>
        <source>, then %1</source>
        <translation>(その後は%1)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="49"/>
        <source>Every %1 months</source>
        <translation>%1か月ごと</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="107"/>
        <source>Accessed from</source>
        <translation>アクセス・運用拠点</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="121"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="463"/>
        <source>Decided on</source>
        <translation>判断日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="130"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="541"/>
        <source>Request</source>
        <translation>照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="131"/>
        <source>Vendor promise</source>
        <translation>事業者の約束</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="132"/>
        <source>Decision review</source>
        <translation>判断の見直し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="133"/>
        <source>Recurring report</source>
        <translation>定期報告</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="134"/>
        <source>Statutory report (PPC)</source>
        <translation>法定報告(個人情報保護委員会)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="135"/>
        <source>Decision ends</source>
        <translation>判断の期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="145"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="298"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="151"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="155"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="360"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="407"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="499"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="546"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="156"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="192"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="220"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="198"/>
        <source>What happened</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="199"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="235"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="206"/>
        <source>Published</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="211"/>
        <source>Publisher</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="212"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="221"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="395"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="535"/>
        <source>Party</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="222"/>
        <source>Channel</source>
        <translation>説明方法</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="229"/>
        <source>Claims</source>
        <translation>説明事項</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="234"/>
        <source>Taken by</source>
        <translation>対応者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="241"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="515"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="243"/>
        <source>Verification</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="247"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="538"/>
        <source>Claim</source>
        <translation>説明事項</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="248"/>
        <source>How it was checked</source>
        <translation>確認方法</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="250"/>
        <source>Check history</source>
        <translation>確認の履歴</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="255"/>
        <source>Promised by</source>
        <translation>約束期日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="269"/>
        <source>Answered</source>
        <translation>回答済</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="271"/>
        <source>Open</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="273"/>
        <source>For information</source>
        <translation>参考(他者あて)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="299"/>
        <source>Issuer</source>
        <translation>照会元</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="300"/>
        <source>Addressed to</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="301"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="302"/>
        <source>Repeats</source>
        <translation>定期</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="303"/>
        <source>Issued</source>
        <translation>照会日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="304"/>
        <source>Document number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="306"/>
        <source>Answered on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="310"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="492"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="536"/>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="316"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="498"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="318"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="320"/>
        <source>Uses</source>
        <translation>業務数</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="323"/>
        <source>Data abroad</source>
        <translation>国外のデータ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="327"/>
        <source>Contractors</source>
        <translation>受託事業者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="334"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="335"/>
        <source>Audience</source>
        <translation>対象者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="345"/>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="359"/>
        <source>Data</source>
        <translation>データ区分</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="362"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="409"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="501"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="364"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="365"/>
        <source>What data</source>
        <translation>データの内容</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="367"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="406"/>
        <source>In effect</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="371"/>
        <source>By whom</source>
        <translation>事業者(誰が)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="373"/>
        <source>Applies to</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="376"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="506"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="393"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="398"/>
        <source>Work passed on by</source>
        <translation>再委託元</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="402"/>
        <source>Approved by the city</source>
        <translation>市の承認</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="413"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="505"/>
        <source>Parent company</source>
        <translation>親会社</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="471"/>
        <location filename="../../src/incidentdesk/gui/columns.py" line="540"/>
        <source>Decision</source>
        <translation>対応判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="476"/>
        <source>Standing</source>
        <translation>効力</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="478"/>
        <source>Conditions and end</source>
        <translation>条件・期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="483"/>
        <source>Withdrawn</source>
        <translation>取消(日付・取消者・理由)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="488"/>
        <source>Decided by</source>
        <translation>判断者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="491"/>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="516"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="524"/>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="542"/>
        <source>Data location</source>
        <translation>データの所在</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="517"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="518"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="520"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="537"/>
        <source>Vendor statement</source>
        <translation>事業者説明</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="539"/>
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="543"/>
        <source>Check of a claim</source>
        <translation>説明事項の確認</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="548"/>
        <source>Found in</source>
        <translation>該当箇所</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="554"/>
        <source>Number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="556"/>
        <source>Issued on</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="559"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="562"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>DeadlineBanner</name>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="219"/>
        <source>%n overdue deadline(s)</source>
        <translation>
            <numerusform>期限超過 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="221"/>
        <source>%n deadline(s) due within %1 days</source>
        <translation>
            <numerusform>%1日以内の期限 %n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="49"/>
        <source>request</source>
        <translation>照会への回答</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="50"/>
        <source>report</source>
        <translation>定期報告</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="51"/>
        <source>statutory report</source>
        <translation>法定報告</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="52"/>
        <source>vendor promise</source>
        <translation>事業者の約束</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="53"/>
        <source>review</source>
        <translation>判断の見直し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="54"/>
        <source>decision ends</source>
        <translation>判断の期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="83"/>
        <source>Select a deadline first.</source>
        <translation>先に期限を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="87"/>
        <source>Until &amp;tomorrow</source>
        <translation>明日まで(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="88"/>
        <source>For a &amp;week</source>
        <translation>1週間(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="93"/>
        <source>Until the &amp;day it is due (%1)</source>
        <translation>期限の日まで(&amp;D)(%1)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="102"/>
        <source>Until a d&amp;ate…</source>
        <translation>日付を指定(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="108"/>
        <source>&amp;Show again now</source>
        <translation>今すぐ再表示(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="224"/>
        <source>%n snoozed</source>
        <translation>
            <numerusform>後で通知 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="231"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="235"/>
        <source>Deadlines</source>
        <translation>期限のお知らせ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="259"/>
        <source>Open the record this deadline belongs to</source>
        <translation>この期限の記録を開く</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="261"/>
        <source>Opens the record this deadline belongs to</source>
        <translation>この期限の記録を開きます</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="265"/>
        <source>Snooze</source>
        <translation>後で通知</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="270"/>
        <source>Leave this deadline out of the banner until a day you choose</source>
        <translation>選んだ日まで、この期限をお知らせに表示しない</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="271"/>
        <source>Snooze: %1</source>
        <translation>後で通知: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="315"/>
        <source>Show dead&amp;lines</source>
        <translation>期限の一覧(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="316"/>
        <source>Open Requests and deadlines with the list of what is due</source>
        <translation>「照会と期限」の期限一覧を開きます</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="317"/>
        <source>Export to calendar…</source>
        <translation>カレンダーに書き出す…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="318"/>
        <source>Save every open deadline as an .ics file for Outlook or another calendar</source>
        <translation>未了の期限をすべて .ics ファイルに保存します(Outlook などのカレンダーで取り込めます)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="319"/>
        <source>Hide until tomorrow (Esc)</source>
        <translation>明日まで表示しない(Esc)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="320"/>
        <source>Hide the deadline notice</source>
        <translation>期限のお知らせを閉じる</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="335"/>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="356"/>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="364"/>
        <source>Export to calendar</source>
        <translation>カレンダーに書き出す</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="340"/>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="349"/>
        <source>Deadlines written to %1 (one calendar event each: %2)</source>
        <translation>期限を書き出しました: %1(カレンダーの予定 %2件)</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="20"/>
        <source>&amp;Survey answer to Excel…</source>
        <translation>照会への回答を Excel に(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="54"/>
        <source>Import the inventory</source>
        <translation>一覧表の取込</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="56"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.xls *.xlsm);;All files (*)</source>
        <translation>表計算ファイル (*.xlsx *.csv *.txt *.xls *.xlsm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="73"/>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="84"/>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="94"/>
        <source>Export the inventory</source>
        <translation>一覧表の書き出し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="73"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="95"/>
        <source>Wrote %1 rows to:
%2
Edit it in Excel and import it again: only what you changed is changed.</source>
        <translation>%1 行を書き出しました:
%2
Excel で編集して取り込み直すと、編集した箇所だけが変更されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="101"/>
        <source>Import the &amp;inventory from Excel or CSV…</source>
        <translation>一覧表(Excel・CSV)の取込(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="102"/>
        <source>Read the office&apos;s list of services and uses, preview, then import</source>
        <translation>課で管理している外部サービス・業務の一覧を読み込み、確認してから取り込みます</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="103"/>
        <source>Export the inventory to E&amp;xcel…</source>
        <translation>一覧表を Excel に書き出す(&amp;X)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="104"/>
        <source>Write every service and use with the columns the import reads</source>
        <translation>すべてのサービスと業務を、取込と同じ列で書き出します</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="283"/>
        <source>Select an affected use above, then one of its decisions here.</source>
        <translation>上で影響業務を選び、ここでその対応判断を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="286"/>
        <source>This decision has already been withdrawn.</source>
        <translation>この対応判断は既に取り消されています。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="302"/>
        <source>Select an affected use above to see its decisions.</source>
        <translation>上で影響業務を選ぶと、その対応判断の履歴が表示されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="305"/>
        <source>Decisions for %1 / %2, newest first; a withdrawn one is struck through.</source>
        <translation>%1 / %2 の対応判断(新しい順)。取り消した判断は取消線で表示します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="332"/>
        <source>&amp;Withdraw (取消)…</source>
        <translation>取消(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="333"/>
        <source>Mark the selected decision as entered by mistake, with a reason</source>
        <translation>選んだ判断を誤記録として理由を付けて取り消します</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="334"/>
        <source>Co&amp;rrect…</source>
        <translation>訂正(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="335"/>
        <source>Withdraw the selected decision and record the right one in one step</source>
        <translation>選んだ判断を取り消し、正しい判断を一度に記録します</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="336"/>
        <source>Attachments…</source>
        <translation>添付ファイル…</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="242"/>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="494"/>
        <source>No incident selected</source>
        <translation>事案が選択されていません</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="334"/>
        <source>Deadlines (%1 overdue, %2 upcoming)</source>
        <translation>期限(超過 %1件・今後 %2件)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="475"/>
        <source>Record &amp;statement…</source>
        <translation>事業者説明を記録(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="476"/>
        <source>Log what a vendor said, one claim per line (Ctrl+Shift+S)</source>
        <translation>事業者の説明を記録します。説明事項は1行に1件(Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="477"/>
        <source>Record &amp;decision…</source>
        <translation>対応判断を記録(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="480"/>
        <source>&amp;More actions</source>
        <translation>その他の操作(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="484"/>
        <source>Edit &amp;incident…</source>
        <translation>事案を編集(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="329"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="317"/>
        <source>Status: %1 · occurred %2 · known %3 · %4 · %5</source>
        <translation>状況: %1 ・ 発生 %2 ・ 覚知 %3 ・ %4 ・ %5</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="211"/>
        <source>Select an affected use in the table above first.</source>
        <translation>先に上の表で影響業務を選んでください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="321"/>
        <source>%n affected use(s)</source>
        <translation>
            <numerusform>影響業務 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="322"/>
        <source>%n overdue deadline(s)</source>
        <translation>
            <numerusform>期限超過 %n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="339"/>
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="340"/>
        <source>Statements and claims</source>
        <translation>事業者説明と説明事項</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="342"/>
        <source>Requests</source>
        <translation>照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="341"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="343"/>
        <source>Decision history</source>
        <translation>判断の履歴</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="350"/>
        <source>Register the services and their uses first (Services and uses), then open an incident with New incident… (Ctrl+N) and add the affected uses.</source>
        <translation>先に外部サービスと利用業務を登録し(外部サービス)、「新しい事案」(Ctrl+N)で事案を作成して影響業務を追加してください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="361"/>
        <source>Add the affected uses first (Add affected uses…).</source>
        <translation>先に影響業務を追加してください(影響業務を追加…)。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="364"/>
        <source>Decide for the selected use, or one decision for all selected rows (Ctrl+D)</source>
        <translation>選んだ業務の対応判断を記録します。複数行を選ぶと全行に同じ判断を記録します(Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="401"/>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="410"/>
        <source>Remove affected use</source>
        <translation>影響業務から外す</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="403"/>
        <source>「%1」 has decisions under this incident, so it stays linked. A decision entered by mistake is withdrawn in the Decision history tab.</source>
        <translation>「%1」にはこの事案での対応判断があるため、影響業務から外せません。誤って記録した判断は「判断の履歴」タブで取り消してください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="411"/>
        <source>Remove 「%1 / %2」 from the uses this incident affects?</source>
        <translation>「%1 / %2」をこの事案の影響業務から外しますか?</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="449"/>
        <source>Decide for all uses of a service</source>
        <translation>サービスの全業務に対応判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="478"/>
        <source>Add &amp;affected uses…</source>
        <translation>影響業務を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="479"/>
        <source>Choose the services and uses this incident affects</source>
        <translation>この事案の影響を受ける外部サービスと業務を選びます</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="481"/>
        <source>Decide for all affected uses of the selected row&apos;s ser&amp;vice…</source>
        <translation>選んだ行のサービスの全影響業務に対応判断(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="483"/>
        <source>Attachments of this incident…</source>
        <translation>この事案の添付ファイル…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="485"/>
        <source>Remove from this incident…</source>
        <translation>この事案から外す…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="486"/>
        <source>Only a use without decisions under this incident can be removed.</source>
        <translation>この事案での対応判断がない業務だけを外せます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="488"/>
        <source>Affected uses and their current decision (select several rows for one decision for all)</source>
        <translation>影響業務と現在の対応判断(複数行を選ぶと同じ判断をまとめて記録できます)</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incidents.py" line="93"/>
        <source>&amp;New incident…</source>
        <translation>新規事案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incidents.py" line="94"/>
        <source>Open a new incident (Ctrl+N)</source>
        <translation>新しい事案を登録します(Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="68"/>
        <source>SQLite database (*.db)</source>
        <translation>SQLite データベース (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="68"/>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="126"/>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="147"/>
        <source>Ledger export (*.json)</source>
        <translation>台帳の書き出しファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="69"/>
        <source>Back up the ledger</source>
        <translation>台帳のバックアップ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="72"/>
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="75"/>
        <source>Backup written to:
%1</source>
        <translation>バックアップを作成しました:
%1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="84"/>
        <source>Restore the ledger from a backup</source>
        <translation>バックアップから台帳を復元</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="86"/>
        <source>Backups (*.db *.json)</source>
        <translation>バックアップ (*.db *.json)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="92"/>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="113"/>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="119"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="94"/>
        <source>Replace the ledger
%1
by the backup
%2?

The backup is checked first, and the ledger as it is now is kept in the backups folder.</source>
        <translation>台帳
%1
をバックアップ
%2
で置き換えますか?

バックアップを先に検査し、現在の台帳はバックアップフォルダーに残します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="102"/>
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="108"/>
        <source>The ledger was restored from the backup.</source>
        <translation>バックアップから台帳を復元しました。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="110"/>
        <source>The ledger as it was is kept as:
%1</source>
        <translation>復元前の台帳は次の場所に残しています:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="112"/>
        <source>The audit trail is intact (%n change(s) checked).</source>
        <translation>
            <numerusform>操作履歴は改ざんされていません(%n件を確認)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="157"/>
        <source>Imported %n record(s) into the ledger.</source>
        <translation>
            <numerusform>%n 件の記録を台帳に取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="116"/>
        <source>The audit trail is broken at change %1: %2</source>
        <translation>操作履歴の連番 %1 で不整合があります: %2</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="124"/>
        <source>Export the ledger</source>
        <translation>台帳の書き出し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="130"/>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="133"/>
        <source>Ledger exported to:
%1</source>
        <translation>台帳を書き出しました:
%1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="138"/>
        <source>Checking the ledger…</source>
        <translation>台帳を確認中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="147"/>
        <source>Import a ledger export</source>
        <translation>台帳の書き出しファイルを取り込む</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="150"/>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="157"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="207"/>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="213"/>
        <source>Incident Desk</source>
        <translation>インシデント台帳</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="216"/>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="217"/>
        <source>Copy the whole ledger to a file, to keep or to restore from</source>
        <translation>台帳全体をファイルに複製します(保管・復元用)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="218"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="219"/>
        <source>Write the whole ledger as one JSON file</source>
        <translation>台帳全体を1つの JSON ファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="220"/>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="221"/>
        <source>Load a JSON export into this ledger (only while it is empty)</source>
        <translation>書き出した JSON ファイルをこの台帳に取り込みます(台帳が空の場合のみ)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="222"/>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="224"/>
        <source>Replace the ledger by a checked backup, keeping the ledger as it is now</source>
        <translation>検査済みのバックアップで台帳を置き換えます(現在の台帳は残します)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="226"/>
        <source>&amp;Verify the audit trail</source>
        <translation>操作履歴の検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="227"/>
        <source>Check that no record or stored file was changed outside the program</source>
        <translation>記録や保存ファイルがこのプログラム以外で変更されていないか確認します</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="495"/>
        <source>Incident Desk</source>
        <translation>インシデント台帳</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="497"/>
        <source>Incidents</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="498"/>
        <source>Services and uses</source>
        <translation>サービスと業務</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="499"/>
        <source>Parties</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="500"/>
        <source>Requests and deadlines</source>
        <translation>照会と期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="501"/>
        <source>Memos</source>
        <translation>報告メモ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="502"/>
        <source>Audit log</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="508"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="509"/>
        <source>Next pane</source>
        <translation>次の区画</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="510"/>
        <source>Previous pane</source>
        <translation>前の区画</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="511"/>
        <source>Next tab</source>
        <translation>次のタブ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="512"/>
        <source>Previous tab</source>
        <translation>前のタブ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="513"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボード操作の一覧(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="514"/>
        <source>Search: </source>
        <translation>検索: </translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="515"/>
        <source>Pages</source>
        <translation>画面の一覧</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="516"/>
        <source>Search everything</source>
        <translation>全体検索</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="517"/>
        <source>Search everything (Ctrl+F), Enter to list results</source>
        <translation>すべてを検索(Ctrl+F)、Enterで結果を表示</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="492"/>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="519"/>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="520"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="521"/>
        <source>&amp;Search…</source>
        <translation>検索(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="522"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="525"/>
        <source>Se&amp;ttings</source>
        <translation>設定(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="526"/>
        <source>&amp;Organisation and memo settings…</source>
        <translation>組織・メモの設定(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="527"/>
        <source>&amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="528"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="531"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="532"/>
        <source>&amp;About Incident Desk and data locations…</source>
        <translation>このソフトとデータの保存場所(&amp;A)...</translation>
    </message>
</context>
<context>
    <name>MemosPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="393"/>
        <source>Rendering…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="401"/>
        <source>Draft (not issued)</source>
        <translation>下書き(未発行)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="408"/>
        <source>%1 — %2 pages</source>
        <translation>%1 — 全%2ページ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="449"/>
        <source>Save memo as PDF</source>
        <translation>報告メモをPDFで保存</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="451"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="480"/>
        <source>Characters the fonts lack</source>
        <translation>フォントにない文字</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="482"/>
        <source>These characters are not in the memo&apos;s fonts and would print as 〓:

%1

Issue anyway?</source>
        <translation>次の文字は報告メモのフォントになく、〓と印刷されます:

%1

このまま発行しますか?</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="491"/>
        <source>Issue memo</source>
        <translation>報告メモの発行</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="492"/>
        <source>Issue the memo as %1? Its PDF and hash are stored and cannot be changed afterwards.</source>
        <translation>%1 として報告メモを発行しますか? PDFとハッシュ値が保存され、後から変更できません。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="493"/>
        <source>the next number</source>
        <translation>次の番号</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="513"/>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="524"/>
        <source>Issued %1</source>
        <translation>発行済 %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="562"/>
        <source>&amp;Incident</source>
        <translation>事案(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="563"/>
        <source>Memo &amp;language</source>
        <translation>メモの言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="564"/>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="565"/>
        <source>Document &amp;number</source>
        <translation>文書番号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="566"/>
        <source>&amp;Overview (section 1)</source>
        <translation>概要(第1項)(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="567"/>
        <source>&amp;Policy (section 5)</source>
        <translation>対応方針(第5項)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="574"/>
        <source>Reset te&amp;xts</source>
        <translation>文案を再作成(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="575"/>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="576"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="577"/>
        <source>Iss&amp;ue…</source>
        <translation>発行(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="579"/>
        <source>Open issued &amp;memo</source>
        <translation>発行済メモを開く(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="578"/>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="268"/>
        <source>Memo texts</source>
        <translation>報告メモの文面</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="270"/>
        <source>The overview or policy was edited. The memo&apos;s incident, language, date or number changed: replace the edited texts with ones generated for it?

No keeps your texts as they are.</source>
        <translation>概要または対応方針が編集されています。報告メモの事案・言語・日付・番号が変わりました。編集した文面を、変更後の内容で作り直した文面に置き換えますか?

「いいえ」を選ぶと、編集した文面をそのまま残します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="318"/>
        <source>This incident is marked as a personal-data leak: the reports to the Personal Information Protection Commission are not recorded yet: %1.</source>
        <translation>この事案は個人情報の漏えいとして登録されていますが、個人情報保護委員会への報告がまだ照会として登録されていません: %1。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="352"/>
        <source>The memo&apos;s sender and contact are not set (%1): the memo would print them blank.</source>
        <translation>報告メモの差出人・連絡先が設定されていません(%1)。このままでは空欄で印刷されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="370"/>
        <source>Memo sender</source>
        <translation>報告メモの差出人</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="372"/>
        <source>The memo&apos;s sender and contact are not set yet. Fill them in now?

No shows the draft with them blank.</source>
        <translation>報告メモの差出人・連絡先がまだ設定されていません。今すぐ入力しますか?

「いいえ」を選ぶと、空欄のまま案を表示します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="580"/>
        <source>Fill in sender…</source>
        <translation>差出人を入力…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="581"/>
        <source>Record as requests</source>
        <translation>照会として登録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="584"/>
        <source>Issued memos</source>
        <translation>発行済の報告メモ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="586"/>
        <source>Press Preview to see the pages here.</source>
        <translation>「プレビュー」を押すと、ここにページが表示されます。</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="23"/>
        <source>Select a party first.</source>
        <translation>先に事業者を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="59"/>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="67"/>
        <source>the party</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="91"/>
        <source>Filter parties…</source>
        <translation>事業者を絞り込み…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="92"/>
        <source>New &amp;party…</source>
        <translation>新規事業者(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="93"/>
        <source>&amp;Edit party…</source>
        <translation>事業者を編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="94"/>
        <source>Retire / use again…</source>
        <translation>廃止 / 再使用…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="96"/>
        <source>A party with statements or roles is retired (廃止済み): hidden, kept with its history</source>
        <translation>説明や役割のある事業者は廃止済みにします(一覧から隠し、履歴は残します)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="98"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="99"/>
        <source>Only a party nothing refers to can be deleted</source>
        <translation>どの記録からも参照されていない事業者だけを削除できます</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="100"/>
        <source>Show retired</source>
        <translation>廃止済みも表示</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../src/incidentdesk/gui/record_actions.py" line="93"/>
        <location filename="../../src/incidentdesk/gui/record_actions.py" line="108"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/record_actions.py" line="94"/>
        <source>Delete %1 「%2」? This cannot be undone (the audit log keeps what it was).</source>
        <translation>%1「%2」を削除しますか?元に戻せません(操作履歴には削除前の内容が残ります)。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/record_actions.py" line="119"/>
        <source>Use %1 「%2」 again? It is shown again in lists and choices.</source>
        <translation>%1「%2」を再び使用しますか?一覧や選択肢に再び表示されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/record_actions.py" line="123"/>
        <source>Retire %1 「%2」 (廃止済み)? It stays in the ledger with its history, hidden from lists unless “Show retired” is ticked.</source>
        <translation>%1「%2」を廃止済みにしますか?履歴とともに台帳に残り、「廃止済みも表示」を選ばない限り一覧に表示されません。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/record_actions.py" line="129"/>
        <location filename="../../src/incidentdesk/gui/record_actions.py" line="139"/>
        <source>Retire</source>
        <translation>廃止</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="26"/>
        <source>Select a request first.</source>
        <translation>先に照会を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="49"/>
        <source>Select a deadline first.</source>
        <translation>先に期限を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="112"/>
        <source>the request</source>
        <translation>照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="127"/>
        <source>Requests from the government and others</source>
        <translation>国・県などからの照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="129"/>
        <source>Open deadlines across all incidents (Enter or double-click opens the record each belongs to)</source>
        <translation>全インシデントの未了の期限(Enter またはダブルクリックでその記録を開く)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="131"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="133"/>
        <source>The request, the claim that promised the date, or the decision to review (Enter)</source>
        <translation>照会、期日を約束した説明事項、または見直す判断を開く(Enter)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="135"/>
        <source>Snoo&amp;ze</source>
        <translation>後で通知(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="136"/>
        <source>Leave the selected deadline out of the banner until a day you choose</source>
        <translation>選んだ日まで、選択中の期限をお知らせに表示しない</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="137"/>
        <source>Filter requests…</source>
        <translation>照会を絞り込み…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="138"/>
        <source>New &amp;request…</source>
        <translation>新規照会(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="139"/>
        <source>Record &amp;answer…</source>
        <translation>回答を記録(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="140"/>
        <source>Export to &amp;calendar…</source>
        <translation>カレンダーに書き出す(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="142"/>
        <source>Save every open deadline as an .ics file for Outlook or another calendar</source>
        <translation>未了の期限をすべて .ics ファイルに保存します(Outlook などのカレンダーで取り込めます)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="144"/>
        <source>Requests</source>
        <translation>照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="145"/>
        <source>Open deadlines</source>
        <translation>未了の期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="146"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="147"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="148"/>
        <source>Attachments…</source>
        <translation>添付ファイル…</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="215"/>
        <source>Select a request first.</source>
        <translation>先に照会を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="244"/>
        <source>the request</source>
        <translation>照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="251"/>
        <source>Add &amp;request…</source>
        <translation>照会を追加(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="252"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="253"/>
        <source>Record answer…</source>
        <translation>回答を記録…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="254"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="255"/>
        <source>Attachments…</source>
        <translation>添付ファイル…</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/search.py" line="63"/>
        <source>Type in the search box (Ctrl+F) and press Enter.</source>
        <translation>検索欄(Ctrl+F)に入力してEnterを押してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/pages/search.py" line="67"/>
        <source>%n result(s) for “%2” — Enter opens the selected record</source>
        <translation>
            <numerusform>「%2」の検索結果 %n件 — Enterで選択した記録を開きます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="62"/>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="270"/>
        <source>Select a use first.</source>
        <translation>先に業務を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="65"/>
        <source>Select a data location first.</source>
        <translation>先にデータの所在を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="68"/>
        <source>Select a party role first.</source>
        <translation>先に事業者の役割を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="74"/>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="81"/>
        <source>Select a decision first.</source>
        <translation>先に対応判断を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="76"/>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="83"/>
        <source>This decision has already been withdrawn.</source>
        <translation>この対応判断は既に取り消されています。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="141"/>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="394"/>
        <source>No service selected</source>
        <translation>サービスが選択されていません</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="183"/>
        <source>Platform: %1</source>
        <translation>プラットフォーム: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="184"/>
        <source>Department: %1</source>
        <translation>所管課: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="185"/>
        <source>Contract: %1</source>
        <translation>契約形態: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="189"/>
        <source>Followers: %1 (as of %2)</source>
        <translation>登録者数: %1(%2時点)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="194"/>
        <source>Started: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="196"/>
        <source>Retired (廃止済み) since %1</source>
        <translation>廃止済み(%1 から)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="197"/>
        <source>Use again…</source>
        <translation>再使用…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="197"/>
        <source>Retire…</source>
        <translation>廃止…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="205"/>
        <source>Data stored or accessed outside Japan:</source>
        <translation>国外でのデータ保存・アクセスがあります:</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="221"/>
        <source>Contractor chain: none in effect today (the ended links are struck through below)</source>
        <translation>委託の連鎖: 本日時点で有効なものはありません(終了したものは下の表で取消線付きで表示)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="222"/>
        <source>Contractor chain: none recorded</source>
        <translation>委託の連鎖: 記録なし</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="235"/>
        <source>Contractor chain in effect: %1</source>
        <translation>現在の委託の連鎖: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="235"/>
        <source>the city</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="284"/>
        <source>the data location</source>
        <translation>データの所在</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="301"/>
        <source>the party role</source>
        <translation>事業者の役割</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="308"/>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="312"/>
        <source>the use</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="322"/>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="330"/>
        <source>the service</source>
        <translation>外部サービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="362"/>
        <source>&amp;Edit service…</source>
        <translation>サービスを編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="363"/>
        <source>Add &amp;use…</source>
        <translation>業務を追加(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="364"/>
        <source>Edit u&amp;se…</source>
        <translation>業務を編集(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="365"/>
        <source>Add data &amp;location…</source>
        <translation>データの所在を追加(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="366"/>
        <source>Add &amp;party…</source>
        <translation>事業者を追加(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="367"/>
        <source>Delete service…</source>
        <translation>サービスを削除…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="369"/>
        <source>Only a service nothing refers to can be deleted; retire one that has uses with history</source>
        <translation>どの記録からも参照されていないサービスだけを削除できます。履歴のある業務を持つサービスは廃止済みにしてください</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="371"/>
        <source>Delete use…</source>
        <translation>業務を削除…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="372"/>
        <source>Only a use nothing refers to can be deleted; retire one with decisions</source>
        <translation>どの記録からも参照されていない業務だけを削除できます。対応判断のある業務は廃止済みにしてください</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="373"/>
        <source>Retire / use again…</source>
        <translation>廃止 / 再使用…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="374"/>
        <source>Show retired</source>
        <translation>廃止済みも表示</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="375"/>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="378"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="376"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="377"/>
        <source>A location that ended gets an end date instead (Edit…)</source>
        <translation>終わった所在は削除せず終了日を入れてください(編集…)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="379"/>
        <source>Remove…</source>
        <translation>外す…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="381"/>
        <source>For a role entered by mistake; a role that ended gets an end date instead (Edit…)</source>
        <translation>誤って登録した役割に使います。終わった役割には終了日を入れてください(編集…)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="383"/>
        <source>&amp;Withdraw (取消)…</source>
        <translation>取消(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="384"/>
        <source>Mark the selected decision as entered by mistake, with a reason</source>
        <translation>選んだ判断を誤記録として理由を付けて取り消します</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="385"/>
        <source>Co&amp;rrect…</source>
        <translation>訂正(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="386"/>
        <source>Withdraw the selected decision and record the right one in one step</source>
        <translation>選んだ判断を取り消し、正しい判断を一度に記録します</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="388"/>
        <source>Uses</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="388"/>
        <source>Data locations</source>
        <translation>データの所在</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="388"/>
        <source>Parties</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="388"/>
        <source>Decision history</source>
        <translation>対応判断の履歴</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/services.py" line="83"/>
        <source>%1 of %2 services</source>
        <translation>%2件中%1件のサービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/services.py" line="106"/>
        <source>Filter services…</source>
        <translation>サービスを絞り込み…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/services.py" line="107"/>
        <source>New ser&amp;vice…</source>
        <translation>新規サービス(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/services.py" line="108"/>
        <source>Show retired</source>
        <translation>廃止済みも表示</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="154"/>
        <source>Select a source first.</source>
        <translation>先に出典を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="178"/>
        <source>the source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="182"/>
        <source>Add s&amp;ource…</source>
        <translation>出典を追加(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="183"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="184"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="185"/>
        <source>A source cited by a timeline entry or a statement cannot be deleted.</source>
        <translation>経緯や事業者説明が引用している出典は削除できません。</translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="79"/>
        <source>Select a claim first (choose a statement on the left, then one of its claims).</source>
        <translation>先に説明事項を選んでください(左で事業者説明を選び、右でその説明事項を選びます)。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="82"/>
        <source>Select a statement first.</source>
        <translation>先に事業者説明を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="118"/>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="190"/>
        <source>Use again…</source>
        <translation>再使用…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="118"/>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="190"/>
        <source>Remove…</source>
        <translation>削除・廃止…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="179"/>
        <source>the claim</source>
        <translation>説明事項</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="184"/>
        <source>&amp;Verify claim…</source>
        <translation>説明事項を確認(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="185"/>
        <source>Record a check of the selected claim (Enter)</source>
        <translation>選んだ説明事項の確認結果を記録します(Enter)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="186"/>
        <source>Edit statement…</source>
        <translation>説明を編集…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="187"/>
        <source>Add &amp;claims…</source>
        <translation>説明事項を追加(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="188"/>
        <source>Attachments…</source>
        <translation>添付ファイル…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="193"/>
        <source>Delete a statement logged by mistake, with its claims; one whose claims were checked, with files or relied on by a decision is retired (廃止済み) instead</source>
        <translation>誤って記録した事業者説明を説明事項ごと削除します。説明事項の確認・添付ファイル・これを根拠とする対応判断がある説明は、削除せず廃止済みにします</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="198"/>
        <source>Show retired statements</source>
        <translation>廃止済みの説明も表示</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="199"/>
        <source>Edit claim…</source>
        <translation>説明事項を編集…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="200"/>
        <source>Correct the claim&apos;s wording or its promised date; its checks stay</source>
        <translation>説明事項の文言や履行予定日を訂正します。確認の記録はそのまま残ります</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="201"/>
        <source>Delete claim…</source>
        <translation>説明事項を削除…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_statements.py" line="202"/>
        <source>Only a claim nobody has checked yet can be deleted.</source>
        <translation>まだ確認していない説明事項だけを削除できます。</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../../src/incidentdesk/gui/widgets.py" line="29"/>
        <source>Table: %1</source>
        <translation>表: %1</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="74"/>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="82"/>
        <source>Export the table</source>
        <translation>表の書き出し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="75"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="87"/>
        <source>The table was written to:
%1</source>
        <translation>表を書き出しました:
%1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="111"/>
        <source>&amp;Copy selected rows</source>
        <translation>選択した行をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="116"/>
        <source>&amp;Export the table as shown (.xlsx / .csv)…</source>
        <translation>表示中の表を書き出す(.xlsx / .csv)(&amp;E)...</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="97"/>
        <source>Select a timeline entry first.</source>
        <translation>先に経緯の項目を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="128"/>
        <source>the timeline entry</source>
        <translation>経緯の項目</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="134"/>
        <source>Add timeline &amp;entry…</source>
        <translation>経緯を追加(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="135"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_tabs.py" line="136"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
</context>
</TS>
