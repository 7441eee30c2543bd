<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/incidentdesk/app.py" line="74" />
        <source>Opening the database…
%1</source>
        <translation>データベースを開いています…
%1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/app.py" line="76" />
        <location filename="../../src/incidentdesk/app.py" line="105" />
        <location filename="../../src/incidentdesk/app.py" line="122" />
        <location filename="../../src/incidentdesk/app.py" line="245" />
        <source>Incident Desk</source>
        <translation>インシデント台帳</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/app.py" line="123" />
        <source>This is a new, empty ledger.
Load the sample case (LINE, March 2021) to see how the program is used?</source>
        <translation>新しい空の台帳です。
使い方の確認のため、サンプル事案(LINE、2021年3月)を読み込みますか?</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/app.py" line="246" />
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
        <location filename="../../src/incidentdesk/gui/context.py" line="120" />
        <source>Incident Desk</source>
        <translation>インシデント台帳</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="61" />
        <source>%1 of %2 changes loaded</source>
        <translation>%2件中%1件の変更を表示</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="71" />
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="74" />
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="79" />
        <source>Audit trail</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="72" />
        <source>The ledger is empty: there is nothing to verify yet.</source>
        <translation>台帳は空です。まだ検証するものがありません。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="75" />
        <source>The audit trail is intact (%1 changes checked).</source>
        <translation>操作履歴は改ざんされていません(%1件を確認)。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="80" />
        <source>The audit trail is broken at change %1: %2</source>
        <translation>操作履歴の連番 %1 で不整合があります: %2</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="85" />
        <source>Filter changes (who, what, values)…</source>
        <translation>変更を絞り込み(操作者・内容・値)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="86" />
        <source>&amp;Verify audit trail</source>
        <translation>操作履歴を検証(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="16" />
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="17" />
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="17" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="128" />
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="18" />
        <source>Upcoming</source>
        <translation>期限前</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="18" />
        <source>Whole service</source>
        <translation>サービス全体</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="19" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="201" />
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="19" />
        <source>Superseded</source>
        <translation>過去の判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="42" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="105" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="270" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="282" />
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="43" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="131" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="44" />
        <source>Occurred</source>
        <translation>発生日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="46" />
        <source>Affected uses</source>
        <translation>影響業務数</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="48" />
        <source>Decisions</source>
        <translation>対応判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="57" />
        <source>Current decision</source>
        <translation>現在の対応判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="68" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="148" />
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="59" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="228" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="262" />
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="60" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="161" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="199" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="230" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="262" />
        <source>Use</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="65" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="164" />
        <source>Personal data</source>
        <translation>住民の個人情報</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="61" />
        <source>Stored in</source>
        <translation>データ保存場所</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="16" />
        <source>abroad</source>
        <translation>国外</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="63" />
        <source>Accessed from</source>
        <translation>アクセス・運用拠点</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="69" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="197" />
        <source>Decided on</source>
        <translation>判断日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="76" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="234" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="266" />
        <source>Request</source>
        <translation>照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="77" />
        <source>Vendor promise</source>
        <translation>事業者の約束</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="78" />
        <source>Decision review</source>
        <translation>判断の見直し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="80" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="134" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="82" />
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="85" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="175" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="188" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="213" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="269" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="86" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="92" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="102" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="94" />
        <source>What happened</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="95" />
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="103" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="187" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="228" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="263" />
        <source>Party</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="104" />
        <source>Channel</source>
        <translation>説明方法</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="106" />
        <source>Claims</source>
        <translation>説明事項</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="113" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="249" />
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="114" />
        <source>Verification</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="116" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="234" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="264" />
        <source>Claim</source>
        <translation>説明事項</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="117" />
        <source>How it was checked</source>
        <translation>確認方法</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="118" />
        <source>Promised by</source>
        <translation>約束期日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="128" />
        <source>Answered</source>
        <translation>回答済</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="129" />
        <source>Open</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="135" />
        <source>Issuer</source>
        <translation>照会元</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="136" />
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="137" />
        <source>Issued</source>
        <translation>照会日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="138" />
        <source>Document number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="139" />
        <source>Answered on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="141" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="206" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="231" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="263" />
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="147" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="212" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="149" />
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="150" />
        <source>Uses</source>
        <translation>業務数</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="152" />
        <source>Data abroad</source>
        <translation>国外のデータ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="155" />
        <source>Contractors</source>
        <translation>受託事業者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="162" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="163" />
        <source>Audience</source>
        <translation>対象者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="167" />
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="174" />
        <source>Data</source>
        <translation>データ区分</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="176" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="189" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="214" />
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="177" />
        <source>By whom</source>
        <translation>事業者(誰が)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="178" />
        <source>Applies to</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="180" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="217" />
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="186" />
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="191" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="216" />
        <source>Parent company</source>
        <translation>親会社</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="200" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="235" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="265" />
        <source>Decision</source>
        <translation>対応判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="203" />
        <source>Decided by</source>
        <translation>判断者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="205" />
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="222" />
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="222" />
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="223" />
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="223" />
        <source>linked</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="224" />
        <source>unlinked</source>
        <translation>関連付け解除</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="224" />
        <source>issued</source>
        <translation>発行</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="225" />
        <source>imported</source>
        <translation>取込</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="229" />
        <source>Party role on a service</source>
        <translation>サービスの事業者(役割)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="230" />
        <source>Data location</source>
        <translation>データの所在</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="232" />
        <source>Affected use</source>
        <translation>影響業務</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="232" />
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="236" />
        <source>Statement a decision relied on</source>
        <translation>判断の根拠とした説明</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="237" />
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="237" />
        <source>Memo</source>
        <translation>報告メモ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="238" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="250" />
        <source>When (UTC)</source>
        <translation>日時(UTC)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="251" />
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="252" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="254" />
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="255" />
        <source>Old value</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="256" />
        <source>New value</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="233" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="264" />
        <source>Vendor statement</source>
        <translation>事業者説明</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="233" />
        <location filename="../../src/incidentdesk/gui/columns.py" line="265" />
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="271" />
        <source>Found in</source>
        <translation>該当箇所</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="277" />
        <source>Number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="278" />
        <source>Issued on</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="280" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/columns.py" line="283" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="20" />
        <source>&amp;Survey answer to Excel…</source>
        <translation>照会への回答を Excel に(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="51" />
        <source>Import the inventory</source>
        <translation>一覧表の取込</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="52" />
        <source>Spreadsheets (*.xlsx *.csv *.txt *.xls *.xlsm);;All files (*)</source>
        <translation>表計算ファイル (*.xlsx *.csv *.txt *.xls *.xlsm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="62" />
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="68" />
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="73" />
        <source>Export the inventory</source>
        <translation>一覧表の書き出し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="63" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="74" />
        <source>Wrote %1 rows to:
%2
Edit it in Excel and import it again: only what you changed is changed.</source>
        <translation>%1 行を書き出しました:
%2
Excel で編集して取り込み直すと、編集した箇所だけが変更されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="78" />
        <source>Import the &amp;inventory from Excel or CSV…</source>
        <translation>一覧表(Excel・CSV)の取込(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="79" />
        <source>Read the office's list of services and uses, preview, then import</source>
        <translation>課で管理している外部サービス・業務の一覧を読み込み、確認してから取り込みます</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="80" />
        <source>Export the inventory to E&amp;xcel…</source>
        <translation>一覧表を Excel に書き出す(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/exchange_actions.py" line="81" />
        <source>Write every service and use with the columns the import reads</source>
        <translation>すべてのサービスと業務を、取込と同じ列で書き出します</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="124" />
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="303" />
        <source>No incident selected</source>
        <translation>事案が選択されていません</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="155" />
        <source>Status: %1 · occurred %2 · known %3 · %4 affected uses · %5 overdue deadlines</source>
        <translation>状況: %1 ・ 発生 %2 ・ 覚知 %3 ・ 影響業務 %4件 ・ 期限超過 %5件</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="169" />
        <source>Deadlines (%1 overdue, %2 upcoming)</source>
        <translation>期限(超過 %1件・今後 %2件)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="176" />
        <source>Register the services and their uses first (Services and uses), then open an incident with New incident… (Ctrl+N) and link the affected uses.</source>
        <translation>先に「サービスと業務」でサービスと業務を登録し、「新規事案」(Ctrl+N)で事案を登録して影響業務を追加してください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="285" />
        <source>Record &amp;statement…</source>
        <translation>事業者説明を記録(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="286" />
        <source>Log what a vendor said, one claim per line (Ctrl+Shift+S)</source>
        <translation>事業者の説明を記録します。説明事項は1行に1件(Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="287" />
        <source>Record &amp;decision…</source>
        <translation>対応判断を記録(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="288" />
        <source>Decide for the selected use (Ctrl+D)</source>
        <translation>選択した業務の対応判断を記録します(Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="289" />
        <source>&amp;Verify claim…</source>
        <translation>説明事項を確認(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="290" />
        <source>&amp;More actions</source>
        <translation>その他の操作(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="291" />
        <source>Add &amp;claims to the selected statement…</source>
        <translation>選択した説明に説明事項を追加(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="292" />
        <source>Add timeline &amp;entry…</source>
        <translation>経緯を追加(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="295" />
        <source>Add &amp;request for this incident…</source>
        <translation>この事案の照会を追加(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="297" />
        <source>Edit &amp;incident…</source>
        <translation>事案を編集(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="293" />
        <source>&amp;Link affected uses…</source>
        <translation>影響業務を追加(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="294" />
        <source>Add s&amp;ource…</source>
        <translation>出典を追加(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="298" />
        <source>Affected uses and their current decision</source>
        <translation>影響を受ける業務と現在の対応判断</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="165" />
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="171" />
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="171" />
        <source>Statements and claims</source>
        <translation>事業者説明と説明事項</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="172" />
        <source>Requests</source>
        <translation>照会</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incidents.py" line="79" />
        <source>&amp;New incident…</source>
        <translation>新規事案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/incidents.py" line="80" />
        <source>Open a new incident (Ctrl+N)</source>
        <translation>新しい事案を登録します(Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="65" />
        <source>SQLite database (*.db)</source>
        <translation>SQLite データベース (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="65" />
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="103" />
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="117" />
        <source>Ledger export (*.json)</source>
        <translation>台帳の書き出しファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="66" />
        <source>Back up the ledger</source>
        <translation>台帳のバックアップ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="68" />
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="69" />
        <source>Backup written to:
%1</source>
        <translation>バックアップを作成しました:
%1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="73" />
        <source>Restore the ledger from a backup</source>
        <translation>バックアップから台帳を復元</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="74" />
        <source>Backups (*.db *.json)</source>
        <translation>バックアップ (*.db *.json)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="78" />
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="93" />
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="98" />
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="79" />
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
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="84" />
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="88" />
        <source>The ledger was restored from the backup.</source>
        <translation>バックアップから台帳を復元しました。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="90" />
        <source>The ledger as it was is kept as:
%1</source>
        <translation>復元前の台帳は次の場所に残しています:
%1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="92" />
        <source>The audit trail is intact (%1 changes checked).</source>
        <translation>操作履歴は改ざんされていません(%1件を確認)。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="96" />
        <source>The audit trail is broken at change %1: %2</source>
        <translation>操作履歴の連番 %1 で不整合があります: %2</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="102" />
        <source>Export the ledger</source>
        <translation>台帳の書き出し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="105" />
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="106" />
        <source>Ledger exported to:
%1</source>
        <translation>台帳を書き出しました:
%1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="110" />
        <source>Checking the ledger…</source>
        <translation>台帳を確認中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="116" />
        <source>Import a ledger export</source>
        <translation>台帳の書き出しファイルを取り込む</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="119" />
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="123" />
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="124" />
        <source>Imported %1 records into the ledger.</source>
        <translation>%1 件の記録を台帳に取り込みました。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="169" />
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="173" />
        <source>Incident Desk</source>
        <translation>インシデント台帳</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="176" />
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="177" />
        <source>Copy the whole ledger to a file, to keep or to restore from</source>
        <translation>台帳全体をファイルに複製します(保管・復元用)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="178" />
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="179" />
        <source>Write the whole ledger as one JSON file</source>
        <translation>台帳全体を1つの JSON ファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="180" />
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="181" />
        <source>Load a JSON export into this ledger (only while it is empty)</source>
        <translation>書き出した JSON ファイルをこの台帳に取り込みます(台帳が空の場合のみ)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="182" />
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="184" />
        <source>Replace the ledger by a checked backup, keeping the ledger as it is now</source>
        <translation>検査済みのバックアップで台帳を置き換えます(現在の台帳は残します)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="185" />
        <source>&amp;Verify the audit trail</source>
        <translation>操作履歴の検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="186" />
        <source>Check that no record or stored file was changed outside the program</source>
        <translation>記録や保存ファイルがこのプログラム以外で変更されていないか確認します</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="324" />
        <source>Incident Desk</source>
        <translation>インシデント台帳</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="325" />
        <source>Incidents</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="325" />
        <source>Services and uses</source>
        <translation>サービスと業務</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="325" />
        <source>Parties</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="326" />
        <source>Requests and deadlines</source>
        <translation>照会と期限</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="326" />
        <source>Memos</source>
        <translation>報告メモ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="326" />
        <source>Audit log</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="330" />
        <source>Search: </source>
        <translation>検索: </translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="331" />
        <source>Search everything (Ctrl+F), Enter to list results</source>
        <translation>すべてを検索(Ctrl+F)、Enterで結果を表示</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="332" />
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="333" />
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="334" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="335" />
        <source>&amp;Search…</source>
        <translation>検索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="336" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="339" />
        <source>Se&amp;ttings</source>
        <translation>設定(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="340" />
        <source>&amp;Organisation and memo settings…</source>
        <translation>組織と報告メモの設定(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="341" />
        <source>&amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="342" />
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="345" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/main_window.py" line="346" />
        <source>&amp;About Incident Desk and data locations…</source>
        <translation>インシデント台帳について・データの保存場所(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MemosPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="266" />
        <source>Rendering…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="268" />
        <source>Draft (not issued)</source>
        <translation>下書き(未発行)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="274" />
        <source>%1 — %2 pages</source>
        <translation>%1 — 全%2ページ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="307" />
        <source>Save memo as PDF</source>
        <translation>報告メモをPDFで保存</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="309" />
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="330" />
        <source>Characters the fonts lack</source>
        <translation>フォントにない文字</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="331" />
        <source>These characters are not in the memo's fonts and would print as 〓:

%1

Issue anyway?</source>
        <translation>次の文字は報告メモのフォントになく、〓と印刷されます:

%1

このまま発行しますか?</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="337" />
        <source>Issue memo</source>
        <translation>報告メモの発行</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="338" />
        <source>Issue the memo as %1? Its PDF and hash are stored and cannot be changed afterwards.</source>
        <translation>%1 として報告メモを発行しますか? PDFとハッシュ値が保存され、後から変更できません。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="339" />
        <source>the next number</source>
        <translation>次の番号</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="347" />
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="353" />
        <source>Issued %1</source>
        <translation>発行済 %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="383" />
        <source>&amp;Incident</source>
        <translation>事案(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="383" />
        <source>Memo &amp;language</source>
        <translation>メモの言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="383" />
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="384" />
        <source>Document &amp;number</source>
        <translation>文書番号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="384" />
        <source>&amp;Overview (section 1)</source>
        <translation>概要(第1項)(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="385" />
        <source>&amp;Policy (section 5)</source>
        <translation>対応方針(第5項)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="387" />
        <source>Reset te&amp;xts</source>
        <translation>文案を再作成(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="388" />
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="389" />
        <source>&amp;Save PDF…</source>
        <translation>PDF保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="390" />
        <source>Iss&amp;ue…</source>
        <translation>発行(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="392" />
        <source>Open issued &amp;memo</source>
        <translation>発行済メモを開く(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="391" />
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="197" />
        <source>Memo texts</source>
        <translation>報告メモの文面</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="198" />
        <source>The overview or policy was edited. The memo's incident, language, date or number changed: replace the edited texts with ones generated for it?

No keeps your texts as they are.</source>
        <translation>概要または対応方針が編集されています。報告メモの事案・言語・日付・番号が変わりました。編集した文面を、変更後の内容で作り直した文面に置き換えますか?

「いいえ」を選ぶと、編集した文面をそのまま残します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="233" />
        <source>The memo's sender and contact are not set (%1): the memo would print them blank.</source>
        <translation>報告メモの差出人・連絡先が設定されていません(%1)。このままでは空欄で印刷されます。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="248" />
        <source>Memo sender</source>
        <translation>報告メモの差出人</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="249" />
        <source>The memo's sender and contact are not set yet. Fill them in now?

No shows the draft with them blank.</source>
        <translation>報告メモの差出人・連絡先がまだ設定されていません。今すぐ入力しますか?

「いいえ」を選ぶと、空欄のまま案を表示します。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="393" />
        <source>Fill in sender…</source>
        <translation>差出人を入力…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="395" />
        <source>Issued memos</source>
        <translation>発行済の報告メモ</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/memos.py" line="397" />
        <source>Press Preview to see the pages here.</source>
        <translation>「プレビュー」を押すと、ここにページが表示されます。</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="61" />
        <source>Filter parties…</source>
        <translation>事業者を絞り込み…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="62" />
        <source>New &amp;party…</source>
        <translation>新規事業者(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/parties.py" line="63" />
        <source>&amp;Edit party…</source>
        <translation>事業者を編集(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="80" />
        <source>Requests from the government and others</source>
        <translation>国・県などからの照会</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="81" />
        <source>Open deadlines across all incidents (double-click opens the incident)</source>
        <translation>全事案の未了の期限(ダブルクリックで事案を開きます)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="82" />
        <source>Filter requests…</source>
        <translation>照会を絞り込み…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="83" />
        <source>New &amp;request…</source>
        <translation>新規照会(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/requests.py" line="84" />
        <source>Record &amp;answer…</source>
        <translation>回答を記録(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/search.py" line="57" />
        <source>Type in the search box (Ctrl+F) and press Enter.</source>
        <translation>検索欄(Ctrl+F)に入力してEnterを押してください。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/search.py" line="59" />
        <source>%1 results for “%2” — Enter opens the selected record</source>
        <translation>「%2」の検索結果 %1件 — Enterで選択した記録を開きます</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="75" />
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="168" />
        <source>No service selected</source>
        <translation>サービスが選択されていません</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="96" />
        <source>Platform: %1</source>
        <translation>プラットフォーム: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="97" />
        <source>Department: %1</source>
        <translation>所管課: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="98" />
        <source>Contract: %1</source>
        <translation>契約形態: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="100" />
        <source>Followers: %1 (as of %2)</source>
        <translation>登録者数: %1(%2時点)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="103" />
        <source>Started: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="108" />
        <source>Data stored or accessed outside Japan:</source>
        <translation>国外でのデータ保存・アクセスがあります:</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="157" />
        <source>&amp;Edit service…</source>
        <translation>サービスを編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="158" />
        <source>Add &amp;use…</source>
        <translation>業務を追加(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="159" />
        <source>Edit u&amp;se…</source>
        <translation>業務を編集(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="160" />
        <source>Add data &amp;location…</source>
        <translation>データの所在を追加(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="161" />
        <source>Add &amp;party…</source>
        <translation>事業者を追加(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="162" />
        <source>Uses</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="162" />
        <source>Data locations</source>
        <translation>データの所在</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="162" />
        <source>Parties</source>
        <translation>事業者</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/service_view.py" line="163" />
        <source>Decision history</source>
        <translation>対応判断の履歴</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/services.py" line="66" />
        <source>%1 of %2 services</source>
        <translation>%2件中%1件のサービス</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/services.py" line="83" />
        <source>Filter services…</source>
        <translation>サービスを絞り込み…</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/pages/services.py" line="84" />
        <source>New ser&amp;vice…</source>
        <translation>新規サービス(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="74" />
        <location filename="../../src/incidentdesk/gui/table_export.py" line="82" />
        <source>Export the table</source>
        <translation>表の書き出し</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="75" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="87" />
        <source>The table was written to:
%1</source>
        <translation>表を書き出しました:
%1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="105" />
        <source>&amp;Copy selected rows</source>
        <translation>選択した行をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/table_export.py" line="109" />
        <source>&amp;Export the table as shown (.xlsx / .csv)…</source>
        <translation>表示中の表を書き出す(.xlsx / .csv)(&amp;E)…</translation>
    </message>
</context>
</TS>