"""Every call the window makes into the services, as plain functions: the one seam between gui/ and services/.

Pages and forms run these on the worker through `AppContext.call` (reads) and `AppContext.change`
(writes, after which every page reloads); the worker passes the open ledger as the first argument.
Each function imports its service inside its body, so the services, and SQLAlchemy behind the
writes, load on the worker after the first paint and never while the window is being built.
Writes ask the ledger for its ORM view (`ledger.database()`); reads take plain SQL readers.

The functions live in one module per area (incidents, records, catalog, memos, ledger, sheets, files);
this package names every one of them, so pages write `calls.x` whichever module `x` is in.
"""

from ._common import LedgerLike as LedgerLike
from .incidents import (
    list_incidents as list_incidents,
    incidents_page as incidents_page,
    incident_choices as incident_choices,
    incident_overview as incident_overview,
    get_incident as get_incident,
    incident_with_sources as incident_with_sources,
    timeline_form as timeline_form,
    get_statement as get_statement,
    get_claim as get_claim,
    link_choices as link_choices,
    open_incident as open_incident,
    edit_incident as edit_incident,
    link_uses as link_uses,
    add_source as add_source,
    source_form as source_form,
    edit_source as edit_source,
    delete_source as delete_source,
    unlink_use as unlink_use,
    delete_timeline_entry as delete_timeline_entry,
    add_timeline_entry as add_timeline_entry,
    edit_timeline_entry as edit_timeline_entry,
)
from .records import (
    statement_form as statement_form,
    log_statement as log_statement,
    statement_edit_form as statement_edit_form,
    edit_statement as edit_statement,
    statement_ties as statement_ties,
    delete_statement as delete_statement,
    retire_statement as retire_statement,
    edit_claim as edit_claim,
    delete_claim as delete_claim,
    add_claims as add_claims,
    check_claim as check_claim,
    settings as settings,
    settings_for_edit as settings_for_edit,
    record_decision as record_decision,
    record_decisions as record_decisions,
    withdraw_decision as withdraw_decision,
    correct_decision as correct_decision,
    use_history as use_history,
    requests_and_deadlines as requests_and_deadlines,
    deadlines_due as deadlines_due,
    export_deadlines_ics as export_deadlines_ics,
    request_form as request_form,
    get_request as get_request,
    add_request as add_request,
    edit_request as edit_request,
    delete_request as delete_request,
    mark_answered as mark_answered,
    add_report as add_report,
)
from .catalog import (
    list_services as list_services,
    service_detail as service_detail,
    get_service as get_service,
    use_form as use_form,
    service_and_parties as service_and_parties,
    list_parties as list_parties,
    party_form as party_form,
    add_party as add_party,
    edit_party as edit_party,
    add_service as add_service,
    edit_service as edit_service,
    add_use as add_use,
    edit_use as edit_use,
    add_location as add_location,
    assign_party as assign_party,
    unassign_party as unassign_party,
    edit_role as edit_role,
    edit_location as edit_location,
    delete_location as delete_location,
    delete_party as delete_party,
    retire_party as retire_party,
    delete_service as delete_service,
    retire_service as retire_service,
    delete_use as delete_use,
    retire_use as retire_use,
    location_form as location_form,
    role_form as role_form,
)
from .memos import (
    memo_choices as memo_choices,
    memo_texts as memo_texts,
    memo_number as memo_number,
    memo_sender_missing as memo_sender_missing,
    memo_statutory as memo_statutory,
    add_statutory as add_statutory,
    memo_missing_characters as memo_missing_characters,
    render_memo as render_memo,
    reprint_memo as reprint_memo,
    issue_memo as issue_memo,
)
from .ledger import (
    is_empty as is_empty,
    load_sample as load_sample,
    save_settings as save_settings,
    audit_first_page as audit_first_page,
    audit_page as audit_page,
    export_audit_csv as export_audit_csv,
    verify as verify,
    search as search,
    locate as locate,
    backup as backup,
    restore as restore,
    export as export,
    explain as explain,
    log_failure as log_failure,
    import_into_empty as import_into_empty,
)
from .sheets import (
    preview_inventory as preview_inventory,
    import_inventory as import_inventory,
    export_inventory as export_inventory,
    survey_template as survey_template,
    survey_problems as survey_problems,
    export_survey as export_survey,
)
from .files import (
    attachments as attachments,
    attach_file as attach_file,
    remove_attachment as remove_attachment,
    attachment_temp_copy as attachment_temp_copy,
    save_attachment as save_attachment,
)
