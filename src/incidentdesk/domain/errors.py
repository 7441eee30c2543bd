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
    "date_out_of_range": ("「{field}」の日付 {value} は範囲外です(1989年〜2100年)。",
                          "The date {value} for “{field}” is out of range (1989–2100)."),
    "bad_choice": ("「{field}」に「{value}」は指定できません。選べる値: {choices}",
                   "“{value}” is not a valid “{field}”. Choose one of: {choices}"),
    "bad_number": ("「{field}」は0以上の整数で入力してください(入力値: {value})。",
                   "“{field}” must be a whole number of 0 or more (got {value})."),
    "bad_country": ("「{field}」の国コード「{value}」が不正です。ISO 3166 の2文字(JP, KR, CN …)で入力してください。",
                    "“{value}” is not a country code for “{field}”; use two ISO 3166 letters (JP, KR, CN …)."),
    "bad_character": ("「{field}」に保存できない文字(NUL 制御文字、または対になっていないサロゲート)が含まれています。",
                      "“{field}” contains a character that cannot be stored (a NUL control character, or half of a "
                      "surrogate pair)."),
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
    "db_missing": ("{path} がありません。パスを確認してください(読み取りだけのコマンドは台帳を新しく作りません)。",
                   "{path} does not exist. Check the path (commands that only read never create a ledger)."),
    "db_empty_file": ("{path} は空のファイルで、台帳ではありません。パスを確認してください(読み取りだけのコマンドは台帳を作りません)。",
                      "{path} is an empty file, not a ledger. Check the path (commands that only read never create "
                      "a ledger)."),
    "db_no_ledger": ("データベース {path} には台帳がありません(表が一つもありません)。接続先を確認してください。",
                     "The database {path} holds no ledger (it has no tables). Check where it points."),
    "db_cannot_create": ("{path} に台帳を作成できません({reason})。保存先のフォルダーを確認してください。",
                         "Cannot create a ledger at {path} ({reason}); check the folder."),
    "db_read_only": ("台帳 {path} は読み取り専用です(ファイルまたはフォルダーに書き込む権限がありません)。"
                     "閲覧・検証・書き出しはできますが、変更や報告メモの発行はできません。",
                     "The ledger {path} is read-only (no permission to write the file or its folder). It can be "
                     "read, verified and exported, but not changed, and no memo can be issued."),
    "db_corrupt": ("台帳 {path} が壊れています({reason})。ファイルには手を加えていません。"
                   "バックアップから復元してください(incidentdesk restore)。",
                   "The ledger {path} is damaged ({reason}). It was left untouched; restore it from a backup "
                   "(incidentdesk restore)."),
    "db_disk": ("台帳 {path} の読み書きに失敗しました({reason})。", "Reading or writing the ledger {path} failed ({reason})."),
    "bad_head": ("操作履歴の末尾の記録が壊れているため、変更を保存できません。verify で台帳を確認してください。",
                 "The audit trail's head is damaged, so no change can be saved; check the ledger with verify."),
    "bad_anchor": ("基準値「{value}」を読み取れません。「連番:ハッシュ値の先頭12文字以上」(例 220:05a23b8c728f)の形で指定してください。",
                   "Cannot read the anchor “{value}”; give it as SEQ:HASH with at least the first 12 hex characters "
                   "of the hash (e.g. 220:05a23b8c728f)."),
    "file_denied": ("ファイル {path} を読み書きする権限がありません({reason})。", "No permission to read or write {path} ({reason})."),
    "file_error": ("ファイル {path} を読み書きできません({reason})。", "Cannot read or write the file {path} ({reason})."),
    "out_of_memory": ("メモリが不足しました。他のプログラムを閉じてからもう一度お試しください。",
                      "The computer ran out of memory; close other programs and try again."),
    "unexpected": ("予期しないエラーが起きました({kind})。詳しい記録をログファイル {log} に残しました。情報システムの担当者に連絡してください。",
                   "An unexpected error occurred ({kind}). The details are in the log file {log}; please tell "
                   "your IT contact."),
    "db_locked": ("データベースが他の操作で使用中です。しばらくしてからもう一度お試しください。",
                  "The database is busy with another operation; please try again in a moment."),
    "file_unwritable": ("ファイル {path} に書き込めません({reason})。保存先を確認してください。",
                        "Cannot write the file {path} ({reason}); check the destination."),
    "file_exists": ("{path} は既にあります。上書きしないよう、別のファイル名を指定してください。",
                    "{path} already exists; give another file name so that nothing is overwritten."),
    "backup_failed_check": ("バックアップ {path} を書き出しましたが、検査に合格しません: {detail}。このバックアップからは復元できません。"
                            "incidentdesk verify で台帳を確認してください。",
                            "The backup {path} was written but does not pass the checks: {detail}. It cannot be "
                            "restored from; check the ledger with incidentdesk verify."),
    "restore_server": ("サーバーの台帳(PostgreSQL)はその場で復元できません。新しい空のデータベースを作り、バックアップ(JSON)を"
                       "import で取り込んでください。",
                       "A server ledger (PostgreSQL) cannot be restored in place; create a new, empty database and "
                       "import the backup (JSON) into it."),
    "restore_same_file": ("{path} は台帳そのものです。復元にはバックアップのファイルを指定してください。",
                          "{path} is the ledger itself; give the backup file to restore from."),
    "restore_bad_backup": ("{path} からは復元できません: {detail}。台帳には手を加えていません。",
                           "Cannot restore from {path}: {detail}. The ledger was left untouched."),
    "restore_window_open": ("台帳 {path} は Incident Desk の画面で開かれています。画面を閉じるか、画面の「ファイル → 復元」を使ってください。",
                            "The ledger {path} is open in an Incident Desk window; close the window first, or restore "
                            "from its File menu."),
    "sample_needs_empty": ("サンプル事案は空の台帳にだけ読み込めます。新しいデータベースを指定してください(--db)。",
                           "The sample case can only be loaded into an empty ledger; point --db at a new database."),
    "ledger_not_empty": ("取込先の台帳が空ではありません。新しい空のデータベースを作成または選択してから取り込んでください。",
                         "The target ledger is not empty; create or choose a new, empty database and import into it."),
    "import_bad_file": ("取込ファイルを読み取れません: {reason}", "Cannot read the import file: {reason}"),
    "import_bad_version": ("取込ファイルの形式版 {version} には対応していません(対応: {supported})。",
                           "Import format version {version} is not supported (supported: {supported})."),
    "import_bad_record": ("取込ファイルの {section} の {index} 件目 (ID {id}) が不正です: {reason}",
                          "Record {index} (ID {id}) of “{section}” in the import file is invalid: {reason}"),
    "import_fails_check": ("取込ファイルは検証に合格しません: {detail}。何も取り込んでいません。",
                           "The import file does not pass verification: {detail}; nothing was imported."),
    "import_bad_audit": ("取込ファイルの操作履歴が改ざんされています(連番 {seq})。何も取り込んでいません。",
                         "The import file's audit trail is broken at sequence {seq}; nothing was imported."),
    "font_missing": ("日本語フォントが見つかりません。BIZ UDゴシック/明朝などの TrueType フォントを設定で指定してください。",
                     "No Japanese font was found. Set a TrueType font such as BIZ UD Gothic/Mincho in the settings."),
    "memo_not_found": ("報告メモ {number} は発行されていません。", "No memo numbered {number} has been issued."),
    "memo_number_taken": ("文書番号「{number}」は既に発行済みです。", "Document number “{number}” has already been issued."),
    "invalid": ("入力内容が不正です: {reason}", "Invalid input: {reason}"),
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
