"""Typed errors with stable codes; every layer above translates them with message()."""

from __future__ import annotations

from .language import current_language

# code -> (Japanese template, English template); placeholders are str.format fields.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("「{field}」を入力してください。", "“{field}” is required."),
    "too_long": ("「{field}」は{max}文字以内で入力してください(現在{length}文字)。",
                 "“{field}” must be at most {max} characters (it has {length})."),
    "bad_date": ("「{field}」の日付「{value}」を読み取れません。YYYY-MM-DD の形で入力してください。",
                 "Cannot read “{value}” as a date for “{field}”; use YYYY-MM-DD."),
    "bad_day_typed": ("「{field}」の日付「{value}」を読み取れません。令和3年3月25日、R3.3.25、2021-03-25 のように入力してください。",
                      "Cannot read “{value}” as a date for “{field}”; write it like 2021-03-25, R3.3.25 or 令和3年3月25日."),
    "date_out_of_range": ("「{field}」の日付 {value} は範囲外です(1989年〜2100年)。",
                          "The date {value} for “{field}” is out of range (1989–2100)."),
    "bad_choice": ("「{field}」に「{value}」は指定できません。選べる値: {choices}",
                   "“{value}” is not a valid “{field}”. Choose one of: {choices}"),
    "bad_number": ("「{field}」は0以上の整数で入力してください(入力値: {value})。",
                   "“{field}” must be a whole number of 0 or more (got {value})."),
    "bad_country": ("「{field}」の国コード「{value}」が不正です。ISO 3166 の2文字(JP, KR, CN …)で入力してください。",
                    "“{value}” is not a country code for “{field}”; use two ISO 3166 letters (JP, KR, CN …)."),
    "bad_ref": ("「{field}」の指定「{value}」が不正です。", "“{value}” does not identify a record for “{field}”."),
    "invalid_parent": ("事業者は自分自身を親会社にできません。", "A party cannot be its own parent company."),
    "use_other_service": ("選んだ業務はこのサービスのものではありません。", "The chosen use does not belong to this service."),
    "source_other_incident": ("選んだ出典は別の事案のものです。", "The chosen source belongs to another incident."),
    "not_found": ("{entity} (ID {id}) が見つかりません。", "{entity} with ID {id} was not found."),
    "duplicate": ("{entity}「{name}」は既に登録されています。", "{entity} “{name}” already exists."),
    "due_before_request": ("回答期限 {due} が照会日 {issued} より前になっています。",
                           "The due date {due} is before the request date {issued}."),
    "answered_before_request": ("回答日 {answered} が照会日 {issued} より前になっています。",
                                "The answer date {answered} is before the request date {issued}."),
    "use_not_affected": ("業務「{use}」はこの事案の影響対象に登録されていません。先に影響業務として追加してください。",
                         "The use “{use}” is not linked to this incident; link it as affected first."),
    "use_has_decisions": ("業務「{use}」には対応判断の記録があるため、影響対象から外せません。",
                          "The use “{use}” has recorded decisions, so it cannot be unlinked from the incident."),
    "statement_other_incident": ("事業者説明 (ID {id}) は別の事案のものです。",
                                 "Vendor statement {id} belongs to another incident."),
    "no_claims": ("説明事項を1件以上入力してください。", "Enter at least one claim."),
    "in_use": ("{entity}「{name}」は他の記録から参照されているため削除できません。",
               "{entity} “{name}” is referenced by other records and cannot be deleted."),
    "decision_before_previous": ("判断日 {date} は直前の判断日 {previous} より前です。",
                                 "The decision date {date} is before the previous decision's date {previous}."),
    "review_before_decision": ("次回見直し日 {review} が判断日 {date} より前です。",
                               "The next review date {review} is before the decision date {date}."),
    "db_newer": ("データベース {path} は新しい版の Incident Desk で作成されています(スキーマ {revision})。"
                 "このファイルには手を加えていません。新しい版の Incident Desk で開いてください。",
                 "The database {path} was written by a newer version of Incident Desk (schema {revision}). "
                 "The file was left untouched; open it with that newer version."),
    "db_unreadable": ("データベース {path} を開けません: {reason}。ファイルには手を加えていません。",
                      "Cannot open the database {path}: {reason}. The file was left untouched."),
    "db_not_ledger": ("{path} は Incident Desk のデータベースではありません。ファイルには手を加えていません。",
                      "{path} is not an Incident Desk database. The file was left untouched."),
    "db_locked": ("データベースが他の操作で使用中です。しばらくしてからもう一度お試しください。",
                  "The database is busy with another operation; please try again in a moment."),
    "file_unwritable": ("ファイル {path} に書き込めません({reason})。保存先を確認してください。",
                        "Cannot write the file {path} ({reason}); check the destination."),
    "file_exists": ("{path} は既にあります。上書きしないよう、別のファイル名を指定してください。",
                    "{path} already exists; give another file name so that nothing is overwritten."),
    "sample_needs_empty": ("サンプル事案は空の台帳にだけ読み込めます。新しいデータベースを指定してください(--db)。",
                           "The sample case can only be loaded into an empty ledger; point --db at a new database."),
    "ledger_not_empty": ("取込先の台帳が空ではありません。新しい空のデータベースを作成または選択してから取り込んでください。",
                         "The target ledger is not empty; create or choose a new, empty database and import into it."),
    "import_bad_file": ("取込ファイルを読み取れません: {reason}", "Cannot read the import file: {reason}"),
    "import_bad_version": ("取込ファイルの形式版 {version} には対応していません(対応: {supported})。",
                           "Import format version {version} is not supported (supported: {supported})."),
    "import_bad_record": ("取込ファイルの {section} の {index} 件目 (ID {id}) が不正です: {reason}",
                          "Record {index} (ID {id}) of “{section}” in the import file is invalid: {reason}"),
    "import_bad_audit": ("取込ファイルの操作履歴が改ざんされています(連番 {seq})。何も取り込んでいません。",
                         "The import file's audit trail is broken at sequence {seq}; nothing was imported."),
    "font_missing": ("日本語フォントが見つかりません。BIZ UDゴシック/明朝などの TrueType フォントを設定で指定してください。",
                     "No Japanese font was found. Set a TrueType font such as BIZ UD Gothic/Mincho in the settings."),
    "memo_not_found": ("報告メモ {number} は発行されていません。", "No memo numbered {number} has been issued."),
    "memo_number_taken": ("文書番号「{number}」は既に発行済みです。", "Document number “{number}” has already been issued."),
    "invalid": ("入力内容が不正です: {reason}", "Invalid input: {reason}"),
    # -- spreadsheets (exchange/): files that cannot be read, and cells, rows and sheets that are refused
    "sheet_file_missing": ("ファイル {path} が見つかりません。", "The file {path} does not exist."),
    "sheet_file_unreadable": ("ファイル {path} を読めません({reason})。", "Cannot read the file {path} ({reason})."),
    "sheet_encrypted": ("{path} はパスワードで保護されています。Excel で開き、[ファイル]→[情報]→[ブックの保護]→"
                        "[パスワードを使用して暗号化] でパスワードを消して保存し直してから読み込んでください。何も変更していません。",
                        "{path} is protected with a password. Open it in Excel, remove the password (File > Info > "
                        "Protect Workbook > Encrypt with Password) and save it, then read it again. "
                        "Nothing was changed."),
    "sheet_xls": ("{path} は古い Excel 形式(.xls)です。Excel で開き、[名前を付けて保存] で「Excel ブック (*.xlsx)」を"
                  "選んで保存し直してから読み込んでください。何も変更していません。",
                  "{path} is in the old Excel format (.xls). Open it in Excel and use Save As “Excel Workbook "
                  "(*.xlsx)”, then read the new file. Nothing was changed."),
    "sheet_xlsm": ("{path} はマクロ有効ブック(.xlsm)です。Excel で [名前を付けて保存] から「Excel ブック (*.xlsx)」"
                   "として保存し直してから読み込んでください。何も変更していません。",
                   "{path} is a macro-enabled workbook (.xlsm). Save it from Excel as “Excel Workbook (*.xlsx)” and "
                   "read that file. Nothing was changed."),
    "sheet_xlsb": ("{path} は Excel バイナリブック(.xlsb)です。Excel で「Excel ブック (*.xlsx)」として保存し直してから"
                   "読み込んでください。何も変更していません。",
                   "{path} is an Excel binary workbook (.xlsb). Save it from Excel as “Excel Workbook (*.xlsx)” and "
                   "read that file. Nothing was changed."),
    "sheet_corrupt": ("{path} は壊れているか、Excel ブック(.xlsx)ではありません({reason})。Excel で開けるか確かめ、"
                      "保存し直してください。何も変更していません。",
                      "{path} is damaged or not an Excel workbook (.xlsx) ({reason}). Check that Excel opens it and "
                      "save it again. Nothing was changed."),
    "sheet_not_found": ("{path} にシート「{sheet}」がありません。あるシート: {sheets}",
                        "{path} has no sheet “{sheet}”. Its sheets: {sheets}"),
    "sheet_empty": ("{path} のシート「{sheet}」には何も入力されていません。何も変更していません。",
                    "The sheet “{sheet}” of {path} is empty. Nothing was changed."),
    "sheet_too_many_rows": ("{path} には {rows} 行目まであります。一度に読み込めるのは {limit} 行までです。ファイルを分けるか、"
                            "末尾の空の行を Excel で削除してください。何も変更していません。",
                            "{path} reaches row {rows}; at most {limit} rows can be read at once. Split the file, or "
                            "delete the empty rows at its end in Excel. Nothing was changed."),
    "sheet_no_header": ("{path}(シート「{sheet}」)に見出し行が見つかりません。上から30行のうちの1行に"
                        "「{names}」のような見出しを並べてください。",
                        "No header row was found in {path} (sheet “{sheet}”). Put headings such as {names} in one "
                        "of the first 30 rows."),
    "sheet_missing_columns": ("見出し行({row}行目)に必須の列がありません: {fields}。列を割り当てるか、見出しを付けてください"
                              "(非表示の列: {hidden})。",
                              "The header row (row {row}) lacks required columns: {fields}. Assign a column or add the "
                              "heading (hidden columns: {hidden})."),
    "csv_undecodable": ("{path} の {line} 行目は UTF-8 としても Shift_JIS(CP932)としても読めません。Excel で開き直し、"
                        "「CSV UTF-8」で保存してください。何も変更していません。",
                        "Line {line} of {path} is neither UTF-8 nor Shift_JIS (CP932). Open it in Excel and save it as "
                        "“CSV UTF-8”. Nothing was changed."),
    "csv_mixed_encoding": ("{path} は文字コードが混在しています: {first_line} 行目は {first}、{line} 行目は {other} です。"
                           "Excel で開き直し、「CSV UTF-8」で保存してください。何も変更していません。",
                           "{path} mixes encodings: line {first_line} is {first}, line {line} is {other}. Open it in "
                           "Excel and save it as “CSV UTF-8”. Nothing was changed."),
    "csv_bad_encoding": ("{path} の {line} 行目を {encoding} として読めません。文字コードの指定を確かめてください。",
                         "Line {line} of {path} cannot be read as {encoding}; check the chosen encoding."),
    "csv_unencodable": ("{encoding} で書けない文字が {count} 箇所あります: {cells}。置き換えて書き出すか、中止してください。",
                        "{count} characters cannot be written in {encoding}: {cells}. Replace them or cancel."),
    "sheet_cell_error": ("セル {cell}「{column}」は数式のエラー {error} です。Excel で数式を直してから読み込んでください。",
                         "Cell {cell} (“{column}”) holds the formula error {error}; fix the formula in Excel first."),
    "sheet_cell_no_value": ("セル {cell}「{column}」の数式には計算結果が保存されていません。Excel で開いて保存し直して"
                            "ください。",
                            "The formula in cell {cell} (“{column}”) has no saved result; open and save the file in "
                            "Excel."),
    "sheet_bad_day": ("セル {cell}「{column}」の「{value}」を日付として読めません。令和3年4月1日、R3.4.1、2021/4/1 "
                      "のように入力してください。",
                      "Cannot read “{value}” in cell {cell} (“{column}”) as a date; write it like 令和3年4月1日, "
                      "R3.4.1 or 2021/4/1."),
    "sheet_bad_count": ("セル {cell}「{column}」の「{value}」を数として読めません。5000、5,000、5千 のように入力してください。",
                        "Cannot read “{value}” in cell {cell} (“{column}”) as a number; write it like 5000, 5,000 or "
                        "5千."),
    "sheet_bad_flag": ("セル {cell}「{column}」の「{value}」を有無として読めません。○/×、有/無、あり/なし、はい/いいえ "
                       "のいずれかで入力してください。",
                       "Cannot read “{value}” in cell {cell} (“{column}”) as yes or no; use ○/×, 有/無 or Yes/No."),
    "sheet_bad_level": ("セル {cell}「{column}」の「{value}」を機密性区分として読めません。1、2、3(機密性2、Ⅱ も可)で"
                        "入力してください。",
                        "Cannot read “{value}” in cell {cell} (“{column}”) as a confidentiality class; use 1, 2 or 3 "
                        "(機密性2 and Ⅱ work too)."),
    "sheet_bad_country": ("セル {cell}「{column}」の「{value}」を国として読めません。日本、韓国、Japan、JP のように国名か"
                          "2文字の国コードで入力し、複数は「、」で区切ってください。",
                          "Cannot read “{value}” in cell {cell} (“{column}”) as countries; use names or two-letter "
                          "codes (日本, Korea, JP), separated by 、 or commas."),
    "sheet_bad_choice": ("セル {cell}「{column}」に「{value}」は指定できません。選べる値: {choices}",
                         "“{value}” in cell {cell} (“{column}”) is not one of: {choices}"),
    "sheet_row_duplicate": ("{other} 行目と同じサービス・業務です(同じ業務は1行にまとめてください)。",
                            "Same service and use as row {other} (one row per use)."),
    "sheet_row_conflict": ("サービス「{service}」の「{field}」が {other} 行目と食い違っています(この行は「{value}」、{other} 行目は"
                           "「{other_value}」)。サービスの項目は、そのサービスのすべての行で同じにするか、空欄にしてください。",
                           "The “{field}” of the service “{service}” is “{value}” here but “{other_value}” in row "
                           "{other}. A service's facts must be the same (or blank) on each of its rows."),
    "sheet_rows_refused": ("取り込めない行が {count} 行あります(最初は {first} 行目)。直してから読み込み直すか、"
                           "取り込める行だけを取り込むよう指定してください。何も取り込んでいません。",
                           "{count} rows cannot be imported (the first is row {first}). Fix them and read the file "
                           "again, or choose to import only the valid rows. Nothing was imported."),
    "sheet_bad_column_arg": ("列の指定「{arg}」が読めません。「見出し=項目」の形で、見出し(または列の記号)は {columns}、"
                             "項目は {fields} か「-」(取り込まない)で指定してください。",
                             "Cannot read the column assignment “{arg}”: write HEADING=FIELD with a heading (or column "
                             "letter) among {columns} and a field among {fields}, or - to leave the column out."),
    "template_no_room": ("様式の {start} 行目から {needed} 行の回答を書く余地がありません({row} 行目に既に入力があり、"
                         "空いているのは {room} 行です)。様式の表に行を挿入してから書き出してください。",
                         "The template has no room for {needed} answer rows from row {start} (row {row} is already "
                         "filled; {room} rows are free). Insert rows into the template's table first."),
    "sheet_ledger_changed": ("プレビューの後に台帳かファイルが変更されました。もう一度プレビューしてから取り込んでください。"
                             "何も取り込んでいません。",
                             "The ledger or the file changed after the preview; preview again before importing. "
                             "Nothing was imported."),
}

# Field and entity names used inside messages.
NAMES: dict[str, tuple[str, str]] = {
    "name": ("名称", "Name"), "title": ("件名", "Title"), "country": ("国", "Country"),
    "kind": ("種別", "Kind"), "department": ("所管課", "Owning department"),
    "platform": ("プラットフォーム", "Platform"), "followers": ("登録者数", "Followers"),
    "followers_as_of": ("登録者数の基準日", "Followers as of"), "started_on": ("開始日", "Start date"),
    "contract_type": ("契約形態", "Contract type"), "purpose": ("目的", "Purpose"),
    "audience": ("対象者", "Audience"), "personal_data": ("個人情報の内容", "Personal data"),
    "confidentiality": ("機密性区分", "Confidentiality class"), "category": ("データ区分", "Data category"),
    "role": ("役割", "Role"), "summary": ("概要", "Summary"), "status": ("状況", "Status"),
    "occurred_on": ("発生日", "Date"), "known_on": ("覚知日", "Date known"), "closed_on": ("終結日", "Closed on"),
    "published_on": ("公表日", "Published on"), "date": ("日付", "Date"), "text": ("内容", "Text"), "made_on": ("説明日", "Statement date"),
    "channel": ("説明方法", "Channel"), "speaker": ("説明者", "Speaker"), "claim": ("説明事項", "Claim"),
    "verification": ("確認状況", "Verification"), "checked_how": ("確認方法", "How it was checked"),
    "evidence": ("根拠", "Evidence"), "checked_on": ("確認日", "Checked on"), "issuer": ("照会元", "Issuer"), "doc_number": ("文書番号", "Document number"),
    "issued_on": ("照会日", "Request date"), "due_on": ("回答期限", "Due date"), "subject": ("件名", "Subject"),
    "asks": ("照会内容", "What is asked"), "answer": ("回答内容", "Answer"), "answered_on": ("回答日", "Answered on"),
    "state": ("対応判断", "Decision"), "decided_on": ("判断日", "Decision date"),
    "decided_by_role": ("判断者(役職)", "Decided by (role)"), "decided_by_name": ("判断者(氏名)", "Decided by (name)"),
    "rationale": ("理由", "Rationale"), "resume_conditions": ("再開条件", "Conditions to resume"),
    "next_review_on": ("次回見直し日", "Next review"), "publisher": ("発行元", "Publisher"), "url": ("URL", "URL"),
    "notes": ("備考", "Notes"), "promised_by": ("履行予定日", "Promised by"),
    "party": ("事業者", "Party"), "service": ("外部サービス", "External service"), "use": ("利用業務", "Use"),
    "incident": ("事案", "Incident"), "statement": ("事業者説明", "Vendor statement"),
    "request": ("照会", "Request"), "decision": ("対応判断", "Decision"), "source": ("出典", "Source"),
    "timeline": ("経緯", "Timeline entry"), "location": ("データ所在", "Data location"),
    "memo": ("報告メモ", "Memo"), "attachment": ("添付ファイル", "Attachment"),
    "municipality": ("団体名", "Municipality"), "section": ("課名", "Section"),
    "marking": ("取扱区分", "Marking"), "date_style": ("日付表記", "Date style"),
    "approval_roles": ("決裁欄", "Approval roles"), "contact_name": ("担当者", "Contact"),
    "contact_phone": ("内線", "Extension"), "addressee": ("宛先", "Addressee"),
    "filename": ("ファイル名", "File name"), "number": ("文書番号", "Document number"),
    "claims": ("説明事項", "Claims"), "font_path": ("報告メモのフォント", "Memo font"),
    "handles_personal_data": ("個人情報の取扱い", "Handles personal data"), "incident_id": ("事案", "Incident"),
    "lang": ("言語", "Language"), "memo_number_prefix": ("文書番号の接頭辞", "Memo number prefix"),
    "overview": ("概要", "Overview"), "policy": ("対応方針", "Policy"), "parent_id": ("親会社", "Parent company"),
    "party_id": ("事業者", "Party"), "position": ("順番", "Position"), "service_id": ("外部サービス", "External service"),
    "service_ids": ("外部サービス", "External services"), "source_id": ("出典", "Source"),
    "statement_id": ("事業者説明", "Vendor statement"), "statement_ids": ("判断の根拠とした説明", "Statements relied on"),
    "use_id": ("利用業務", "Use"), "use_ids": ("利用業務", "Uses"),
    # inventory sheet columns (exchange/inventory.py) that are not fields of a form
    "service_started_on": ("サービス開始日", "Service start date"), "contractors": ("委託先", "Contractors"),
    "subcontractors": ("再委託先", "Subcontractors"), "storage": ("データ保存場所", "Data stored in"),
    "access": ("アクセス・運用拠点", "Accessed or operated from"),
}


def name(key: str, lang: str | None = None) -> str:
    pair = NAMES.get(key)
    if pair is None:
        return key
    return pair[0] if (lang or current_language()) == "ja" else pair[1]


class LedgerError(Exception):
    """An error a user can act on. `code` is stable; `message(lang)` is for people.

    Parameters `field` and `entity` are translated through NAMES; a parameter `x_ja` replaces `x`
    in the Japanese message.
    """

    def __init__(self, code: str, **params: object):
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        ja, en = MESSAGES.get(self.code, ("{code}", "{code}"))
        params = {k: (name(str(v), lang) if k in ("field", "entity") else v) for k, v in self.params.items()}
        if lang == "ja":  # a parameter may come with a Japanese twin, e.g. reason / reason_ja
            params.update({k[:-3]: v for k, v in self.params.items() if k.endswith("_ja")})
        params.setdefault("code", self.code)
        try:
            return (ja if lang == "ja" else en).format(**params)
        except (KeyError, IndexError):
            return f"{self.code}: {self.params}"

    def __str__(self) -> str:
        return self.message()


class DatabaseError(LedgerError):
    """The database file or server cannot be used as it is; nothing was written to it."""
