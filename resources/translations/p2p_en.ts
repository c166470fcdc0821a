<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../app/views/loan_actions.py" line="70"/>
        <source>Documents missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="70"/>
        <source>Income proof needs to be supplemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="71"/>
        <source>Information inconsistent between documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="71"/>
        <location filename="../../app/views/loan_actions.py" line="73"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="72"/>
        <source>Incomplete documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="72"/>
        <source>Income cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="72"/>
        <source>Debt-to-income too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="73"/>
        <source>Information inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="73"/>
        <source>Blacklisted or fraud suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>Installment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="25"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="25"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationScreen</name>
    <message>
        <location filename="../../app/views/administration_screen.py" line="158"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="163"/>
        <source>Roles and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="166"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="172"/>
        <source>Your roles give no administration rights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <location filename="../../app/views/application_view.py" line="56"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="57"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="58"/>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="60"/>
        <source>Show personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="63"/>
        <source>Shows the ID number, phone and bank card in full (Alt+P); every reveal is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="97"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="97"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="97"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="97"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="98"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="101"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="102"/>
        <source>Repayment schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="103"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="114"/>
        <source>Comment for the timeline (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="164"/>
        <location filename="../../app/views/application_view.py" line="201"/>
        <source>{0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="166"/>
        <source>Grade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="171"/>
        <source>Documents ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="180"/>
        <source>{0} loans, {1} settled · overdue {2} times, longest {3} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="184"/>
        <source>Not on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="185"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="185"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="186"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="187"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="188"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="189"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="190"/>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="191"/>
        <source>Monthly debt payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="192"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="192"/>
        <source>On this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="193"/>
        <source>Balance owed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="195"/>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="200"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="200"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="201"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="202"/>
        <source>Annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="202"/>
        <source>Repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="203"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="203"/>
        <source>Guarantee or collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="204"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="221"/>
        <source>Score {0} of 1000 · grade {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="232"/>
        <source>No risk rule was hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="236"/>
        <source>Blocks approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="239"/>
        <source>Overridden by {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="242"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="267"/>
        <source>The loan&apos;s installments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="270"/>
        <source>Proposed schedule, computed by the platform from the terms above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="289"/>
        <source>Override a rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="291"/>
        <source>Approve → second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="312"/>
        <source>No action is open to you in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="321"/>
        <source>Override a risk rule of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="322"/>
        <source>{0} application {1}, borrower {2}, amount {3}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="347"/>
        <source>The amount is above your approval limit or the grade is high-risk, so the application then goes to a senior officer for second review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="372"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="376"/>
        <source>Rule overridden; approval is possible once no blocking rule is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="377"/>
        <source>Done: {0}. The application is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="389"/>
        <source>Someone else acted on this application first; it is now {0}. Your comment is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="413"/>
        <source>Personal data shown in full; this was recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaUnavailable</name>
    <message>
        <location filename="../../app/views/area_unavailable.py" line="16"/>
        <source>This module is not available in this version of the console yet. Your permissions for it are already in place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogScreen</name>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="33"/>
        <source>Action, e.g. auth.signed_in or auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="35"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="37"/>
        <source>Object number, e.g. LN20261124000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="39"/>
        <source>Text in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="41"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="47"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="49"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="55"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="69"/>
        <source>Verify the hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="70"/>
        <source>The server recomputes every record&apos;s hash from the first to the last and names the first record that was edited or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="73"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="86"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="87"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="113"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="120"/>
        <source>Select a record to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="139"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="152"/>
        <source>{0} records · as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="154"/>
        <source>No records match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="158"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="165"/>
        <source>Chain intact: {0} records checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="168"/>
        <source>Chain broken at record {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="183"/>
        <source>Request: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="84"/>
        <location filename="../../app/views/audit_log_screen.py" line="113"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="85"/>
        <location filename="../../app/views/audit_log_screen.py" line="113"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/models/audit_table.py" line="11"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="12"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="14"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="15"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="16"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="18"/>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticatorCode</name>
    <message>
        <location filename="../../app/views/authenticator_code.py" line="21"/>
        <source>Or enter this key by hand: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../app/views/roles_screen.py" line="272"/>
        <source>Save permission changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="275"/>
        <source>These changes apply to every holder of the roles from their next request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="287"/>
        <source>Separation of duties: {0}. A written justification is required; it is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="297"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../app/views/table_preferences.py" line="36"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../app/application.py" line="71"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="72"/>
        <source>The new language applies the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/views/document_viewer.py" line="58"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="60"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="61"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="85"/>
        <location filename="../../app/views/document_viewer.py" line="99"/>
        <source>No documents are attached to this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="91"/>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="108"/>
        <source>Loading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="123"/>
        <source>This PDF cannot be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="130"/>
        <source>This image cannot be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="152"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsScreen</name>
    <message>
        <location filename="../../app/views/funds_screen.py" line="51"/>
        <source>Withdrawal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="54"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="55"/>
        <location filename="../../app/views/funds_screen.py" line="175"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="56"/>
        <source>Trial balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="69"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="69"/>
        <source>Platform accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="70"/>
        <source>Customer accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="72"/>
        <source>Customer number, e.g. IV0001 or BR00000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="74"/>
        <location filename="../../app/views/funds_screen.py" line="157"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="85"/>
        <source>{0} accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="93"/>
        <source>Select an account to read its statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="101"/>
        <location filename="../../app/views/funds_screen.py" line="159"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="104"/>
        <source>Account statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="127"/>
        <location filename="../../app/views/funds_screen.py" line="197"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="134"/>
        <source>Statement of {0} · balance {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="146"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="150"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="150"/>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="150"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="151"/>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="153"/>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="154"/>
        <source>Reference (loan or order number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="155"/>
        <source>Amount from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="156"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="171"/>
        <source>{0} transfers · as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="204"/>
        <source>Trial balance over all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="211"/>
        <source>Debits posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="212"/>
        <source>Credits posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="213"/>
        <source>Difference (must be zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="214"/>
        <source>Pending difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="215"/>
        <source>Customers&apos; money in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="216"/>
        <source>Every account&apos;s balance is in the Accounts tab; the customers&apos; total is what the custodian bank&apos;s reported balance must equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="219"/>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="238"/>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds_screen.py" line="238"/>
        <source>NOT balanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../app/views/home_screen.py" line="22"/>
        <source>Welcome, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="24"/>
        <source>Signed in as {0} · Roles: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="27"/>
        <source>What you may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="32"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="32"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="32"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../app/views/roles_screen.py" line="236"/>
        <source>Separation of duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="243"/>
        <source>This combination needs a written justification (for example the approval reference). It is kept in the audit log and shown in the permission report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="253"/>
        <source>Grant with this justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../app/views/list_export.py" line="28"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/list_export.py" line="28"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/list_export.py" line="29"/>
        <location filename="../../app/views/list_export.py" line="40"/>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/list_export.py" line="39"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/list_export.py" line="39"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/list_export.py" line="60"/>
        <source>{0} rows exported to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanQueueScreen</name>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="31"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="32"/>
        <location filename="../../app/views/loan_queue_screen.py" line="411"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="33"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="35"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="36"/>
        <location filename="../../app/views/loan_queue_screen.py" line="414"/>
        <source>{0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="38"/>
        <source>Annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="40"/>
        <source>Repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="41"/>
        <location filename="../../app/views/loan_queue_screen.py" line="415"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="43"/>
        <location filename="../../app/views/loan_queue_screen.py" line="415"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="44"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="45"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="65"/>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="66"/>
        <source>Team queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="67"/>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="70"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="74"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="79"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="79"/>
        <source>Submitted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="79"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="80"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="80"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="82"/>
        <source>Amount from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="83"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="84"/>
        <source>Application number or borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="86"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="88"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="162"/>
        <source>Select an application to read its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="201"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="240"/>
        <source>No applications wait for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="241"/>
        <source>No applications match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="243"/>
        <source>{0} applications · as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="91"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="114"/>
        <location filename="../../app/views/loan_queue_screen.py" line="364"/>
        <source>Reject selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="115"/>
        <location filename="../../app/views/loan_queue_screen.py" line="364"/>
        <source>Return selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="130"/>
        <source>Loan applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="268"/>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="270"/>
        <source>Reject application {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="271"/>
        <source>Reject {0} applications: {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="273"/>
        <source>Return application {1} to the applicant for more material?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="274"/>
        <source>Return {0} applications to their applicants for more material: {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="282"/>
        <source>Reject applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="282"/>
        <source>Return applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="284"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="284"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="300"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="318"/>
        <source>{0} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="318"/>
        <source>{0} returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="322"/>
        <source>; {0} refused: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="328"/>
        <source>its state does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="329"/>
        <source>someone else changed it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="330"/>
        <source>you did its first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="331"/>
        <source>you do not have the permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="332"/>
        <source>it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="360"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="361"/>
        <source>Copy application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="411"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="411"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="412"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="412"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="412"/>
        <source>Debt payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="413"/>
        <source>Overdue history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="413"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="413"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="414"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="415"/>
        <source>blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="416"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="416"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../app/views/lock_overlay.py" line="49"/>
        <source>The console is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/lock_overlay.py" line="51"/>
        <source>Enter the password of {0} to continue. Your open work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/lock_overlay.py" line="63"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="30"/>
        <source>P2P Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="93"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="94"/>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="95"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="97"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="98"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="99"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="100"/>
        <source>Show or hide navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="102"/>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="104"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="105"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="106"/>
        <source>My profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="107"/>
        <source>Lock the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="108"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="109"/>
        <location filename="../../app/views/main_window.py" line="126"/>
        <source>About P2P Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="127"/>
        <source>P2P Back Office 0.1 — the operations console of the lending platform.
Icons: Lucide (ISC licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="183"/>
        <source>Refreshed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="203"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="204"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="205"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/services/messages.py" line="9"/>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="10"/>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="11"/>
        <source>The one-time code is wrong or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="12"/>
        <source>This one-time code was already used; wait for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="13"/>
        <source>This sign-in step has expired; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="14"/>
        <source>This account is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="15"/>
        <source>Your session was ended for safety because its credentials were used twice; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="16"/>
        <source>Your session has ended; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="17"/>
        <source>Confirm this operation with a fresh one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="18"/>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="19"/>
        <location filename="../../app/services/messages.py" line="55"/>
        <source>Someone else changed this first; the screen now shows the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="20"/>
        <source>You cannot do this to your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="21"/>
        <source>Separation of duties does not allow this combination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="22"/>
        <source>Blocking risk rules must be overridden, with a reason, before this application can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="23"/>
        <source>This action is no longer possible: it has moved on to another state meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="24"/>
        <source>A reason is required for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="25"/>
        <source>That rule no longer blocks this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="26"/>
        <source>The new password does not meet the password rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="27"/>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="28"/>
        <source>The text contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="35"/>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="37"/>
        <source>The server&apos;s certificate could not be verified, so the connection was refused. Check the server profile&apos;s certificate settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="40"/>
        <source>The server cannot be reached. Check the network connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="43"/>
        <source>Too many failed attempts: the account is locked for %n more minute(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="45"/>
        <source>Too many attempts; wait %n second(s) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="57"/>
        <source>Some of the input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="59"/>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="61"/>
        <source>The server failed to handle the request; it has been logged. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="62"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/views/override_dialog.py" line="12"/>
        <source>Override a risk rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/override_dialog.py" line="20"/>
        <source>Why this rule may be set aside for this application (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/override_dialog.py" line="23"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/override_dialog.py" line="24"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/override_dialog.py" line="27"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="14"/>
        <location filename="../../app/views/settings_dialog.py" line="45"/>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="19"/>
        <source>Optional: a private CA bundle (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="20"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="26"/>
        <source>Optional: SHA-256 fingerprint of the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="27"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="28"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="29"/>
        <location filename="../../app/views/settings_dialog.py" line="38"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="30"/>
        <source>Pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="38"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="46"/>
        <source>Give the profile a name and an https:// address (plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="44"/>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="51"/>
        <source>Roles: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="51"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="57"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="57"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="66"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="95"/>
        <location filename="../../app/views/profile_dialog.py" line="112"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="118"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="120"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="121"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="166"/>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="175"/>
        <source>Your password has been changed. Use it from your next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="181"/>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="194"/>
        <source>Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="196"/>
        <source>Moving to a new phone? Confirm with a code from your current authenticator, scan the new code with the new one, and confirm with a code it shows. Until then the current authenticator keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="201"/>
        <source>Re-enrol authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="220"/>
        <source>Confirm the new authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="228"/>
        <source>Code from the new app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="252"/>
        <source>Preparing the new authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="257"/>
        <source>Re-enrol your authenticator: first confirm with a code from your current authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="265"/>
        <source>Scan the code with the new authenticator app, then enter the code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/profile_dialog.py" line="287"/>
        <source>The new authenticator is in use; the old one&apos;s codes no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/views/reason_dialog.py" line="23"/>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reason_dialog.py" line="27"/>
        <source>Details (what is missing, what does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reason_dialog.py" line="30"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reason_dialog.py" line="31"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleChecklist</name>
    <message>
        <location filename="../../app/views/users_screen.py" line="122"/>
        <source>Separation of duties; a written justification will be asked for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleFormDialog</name>
    <message>
        <location filename="../../app/views/roles_screen.py" line="337"/>
        <source>No limit of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="340"/>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="341"/>
        <source>Chinese label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="342"/>
        <source>English label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="344"/>
        <source>Approval limit (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="366"/>
        <source>The code name needs at least 2 characters: lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="368"/>
        <source>Enter the limit in yuan, for example 50,000.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesScreen</name>
    <message>
        <location filename="../../app/views/roles_screen.py" line="153"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="157"/>
        <source>Held by {0} user(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="159"/>
        <source>Approval limit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="197"/>
        <source>Sensitive: using it asks for a one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="213"/>
        <source>to be granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="214"/>
        <source>to be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="387"/>
        <source>New role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="388"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="389"/>
        <source>Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="390"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="391"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="392"/>
        <location filename="../../app/views/roles_screen.py" line="528"/>
        <source>Save changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="449"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="460"/>
        <source>{0} roles, {1} permissions · as of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="463"/>
        <source>Read-only: you can see roles and permissions but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="515"/>
        <source>Select a role&apos;s column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="517"/>
        <source>{0} user(s) hold this role; take it from them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="525"/>
        <source>Separation of duties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="529"/>
        <source>Save changes to {0} role(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="559"/>
        <source>Save the permission changes of: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="570"/>
        <source>Saved the permissions of {0} role(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="575"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="581"/>
        <source>The role {0} would combine permissions that separation of duties keeps apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="600"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="609"/>
        <source>Create the role {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="616"/>
        <source>Role {0} created; tick its permissions and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="631"/>
        <source>Rename role {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="639"/>
        <source>Role {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="652"/>
        <source>Copy role {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="664"/>
        <source>Copy the role {0} with its permissions as {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="670"/>
        <source>The copy would combine permissions that separation of duties keeps apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="680"/>
        <source>Role {0} created as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="689"/>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="690"/>
        <source>Delete the role {0} ({1})? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="693"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/roles_screen.py" line="709"/>
        <source>Role {0} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../../app/views/table_preferences.py" line="66"/>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/table_preferences.py" line="99"/>
        <source>Save current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/table_preferences.py" line="100"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/table_preferences.py" line="108"/>
        <source>Save current filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/table_preferences.py" line="112"/>
        <source>No saved filters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/table_preferences.py" line="116"/>
        <source>Delete saved filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../app/models/schedule_model.py" line="77"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../app/views/screens.py" line="62"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="63"/>
        <source>Loan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="65"/>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="67"/>
        <location filename="../../app/views/screens.py" line="68"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="69"/>
        <location filename="../../app/views/screens.py" line="70"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="71"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="73"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../../app/views/administration_screen.py" line="26"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="27"/>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="28"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="29"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="30"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="52"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="54"/>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="86"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="90"/>
        <source>{0} active sessions · as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="92"/>
        <source>No active sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="108"/>
        <source>This may be your own session: revoking it signs you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="118"/>
        <source>Revoke session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="119"/>
        <source>Revoke the session of {0} from {1}, started {2}? That console is signed out at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="123"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/administration_screen.py" line="139"/>
        <source>Session of {0} revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="64"/>
        <location filename="../../app/views/settings_dialog.py" line="68"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="68"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="69"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="74"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="76"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="77"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="78"/>
        <source>Lock when idle after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="80"/>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="86"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="86"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="86"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="38"/>
        <source>P2P Back Office — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="57"/>
        <source>P2P Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="58"/>
        <source>Operations console of the lending platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="80"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="82"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="105"/>
        <source>6 digits from your authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="107"/>
        <source>Stay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="111"/>
        <source>No secure credential store (OS keyring) is available here ({0}), so nothing can be remembered safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="113"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="115"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="116"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="117"/>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="123"/>
        <source>Demo accounts (shown only for the local demo platform). Double-click one to fill in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="131"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="131"/>
        <source>Name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="131"/>
        <source>Current code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="157"/>
        <source>Risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="157"/>
        <source>Senior risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="158"/>
        <source>Finance clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="158"/>
        <source>Finance manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="159"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="159"/>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="160"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="166"/>
        <source>This is your first sign-in with a temporary password. Choose your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="178"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="179"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="190"/>
        <source>Scan this code with an authenticator app (for example Google Authenticator or Microsoft Authenticator), then enter the 6-digit code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="205"/>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="213"/>
        <source>Local demo platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="232"/>
        <source>Starting the local demo platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="237"/>
        <location filename="../../app/views/sign_in_dialog.py" line="243"/>
        <source>The local demo platform is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="248"/>
        <source>The local demo platform could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="320"/>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="334"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="340"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="369"/>
        <source>Both entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="376"/>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <location filename="../../app/views/step_up_dialog.py" line="28"/>
        <source>Confirm with a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/step_up_dialog.py" line="38"/>
        <source>This is a sensitive operation. Enter a fresh 6-digit code from your authenticator app to confirm it; a code that was already used is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/step_up_dialog.py" line="48"/>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/step_up_dialog.py" line="57"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../app/views/users_screen.py" line="48"/>
        <source>Temporary password of {0} ({1}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="57"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="62"/>
        <source>This password is shown only now and will not be shown again: the platform does not keep it. Give it to the user in person or over a trusted channel; they must choose their own password at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="78"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <location filename="../../app/views/users_screen.py" line="167"/>
        <source>Leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="169"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="170"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="171"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="175"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../app/views/users_screen.py" line="195"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="196"/>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="201"/>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="202"/>
        <source>Own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="208"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="209"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="210"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="211"/>
        <location filename="../../app/views/users_screen.py" line="332"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="212"/>
        <source>Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="213"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="214"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="215"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="239"/>
        <location filename="../../app/views/users_screen.py" line="410"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="242"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="245"/>
        <source>User name or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="248"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="249"/>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="330"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="330"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="330"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="331"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="331"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="331"/>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="333"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="333"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="333"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="336"/>
        <source>Effective permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="337"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="338"/>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="339"/>
        <source>Select an account to see its roles, permissions and sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="377"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="378"/>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="379"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="380"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="381"/>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="382"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="383"/>
        <source>Reset authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="425"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="442"/>
        <source>No account matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="444"/>
        <source>{0} accounts · as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="516"/>
        <source>Authenticator enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="516"/>
        <source>No authenticator enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="517"/>
        <source>Created {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="519"/>
        <source>Phone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="521"/>
        <source>Must choose a new password at next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="523"/>
        <source>Locked until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="525"/>
        <source>This is your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="528"/>
        <source>Roles: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="528"/>
        <location filename="../../app/views/users_screen.py" line="773"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="536"/>
        <source>Separation of duties: this account combines duties kept apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="550"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="550"/>
        <source>Ended {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="567"/>
        <source>You cannot do this to your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="636"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="644"/>
        <source>Create the account {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="648"/>
        <location filename="../../app/views/users_screen.py" line="778"/>
        <source>The roles chosen for {0} combine duties that are kept apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="654"/>
        <source>Account {0} ({1}) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="655"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="666"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="672"/>
        <source>Account {0} ({1}) saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="686"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="687"/>
        <source>Disable the account of {0}? They are signed out at once and cannot sign in until an administrator enables the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="689"/>
        <source>Left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="689"/>
        <source>Long leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="689"/>
        <source>Suspected misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="690"/>
        <source>Duplicate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="691"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="698"/>
        <source>Account {0} ({1}) disabled; its sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="708"/>
        <source>Account {0} ({1}) enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="717"/>
        <source>Account {0} ({1}) unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="728"/>
        <source>Password of {0} ({1}) reset; their sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="729"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="735"/>
        <location filename="../../app/views/users_screen.py" line="738"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="736"/>
        <source>Reset the password of {0}? Their sessions end at once, and they must sign in with a temporary password and choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="739"/>
        <source>Reset the password of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="750"/>
        <source>Authenticator of {0} ({1}) reset; they enrol a new one at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="754"/>
        <location filename="../../app/views/users_screen.py" line="757"/>
        <source>Reset authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="755"/>
        <source>Reset the authenticator of {0}? Their sessions end at once, and they must enrol a new authenticator app at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="758"/>
        <source>Reset the authenticator of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="765"/>
        <source>Roles of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="766"/>
        <source>Choose the roles of {0}. The new rights apply from their next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="774"/>
        <source>Give {0} these roles: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/users_screen.py" line="784"/>
        <source>Roles of {0} ({1}) saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalReview</name>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="122"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="123"/>
        <location filename="../../app/views/withdrawal_review.py" line="293"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="124"/>
        <location filename="../../app/views/withdrawal_review.py" line="292"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="125"/>
        <location filename="../../app/views/withdrawal_review.py" line="326"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="126"/>
        <location filename="../../app/views/withdrawal_review.py" line="327"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="127"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="128"/>
        <location filename="../../app/views/withdrawal_review.py" line="292"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="135"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="138"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="141"/>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="144"/>
        <source>Customer, e.g. IV0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="146"/>
        <source>Amount from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="147"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="148"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="150"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="185"/>
        <location filename="../../app/views/withdrawal_review.py" line="264"/>
        <source>Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="187"/>
        <location filename="../../app/views/withdrawal_review.py" line="266"/>
        <source>Reject selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="209"/>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="209"/>
        <source>Awaiting second approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="210"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="210"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="213"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="213"/>
        <source>New bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="214"/>
        <source>Soon after recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="214"/>
        <source>Many today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="223"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="239"/>
        <source>To review ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="246"/>
        <source>{0} requests · as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="263"/>
        <source>Approve selected ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="265"/>
        <source>Reject selected ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="272"/>
        <source>Select a request to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="288"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="293"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="294"/>
        <source>First approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="294"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="295"/>
        <source>Reason (shown to the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="303"/>
        <source>Why it waits for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="309"/>
        <source>Customer&apos;s balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="313"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="313"/>
        <source>Frozen (incl. this request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="314"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="321"/>
        <source>Recent ledger activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="326"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="326"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="326"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="327"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="341"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="344"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="417"/>
        <source>Withdrawal {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="438"/>
        <source>Review threshold {0}; above {1} a finance manager gives a second approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="443"/>
        <source>No rule flagged this request; it was paid automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="451"/>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="451"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="452"/>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="460"/>
        <source>You are linked to this customer&apos;s account: separation of duties does not let you approve or reject its withdrawals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="463"/>
        <source>Approved first by {0}; waits for a finance manager&apos;s second approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="466"/>
        <source>Above {0}: your approval sends it to a finance manager for the second approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="477"/>
        <source>Approve withdrawal {0}: {1} to bank card {2} of customer {3}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="480"/>
        <source>The amount is above {0}: after your approval a finance manager gives the second approval, and only then does the money leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="484"/>
        <source>The money leaves for the customer&apos;s bank card at once; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="485"/>
        <source>Approve withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="491"/>
        <source>Approve withdrawal {0}: {1} to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="500"/>
        <source>Reject withdrawal {0} of {1} to bank card {2} of customer {3}. The money becomes available to the customer again; the customer sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="503"/>
        <source>Reject withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="511"/>
        <source>Bank card holder differs from the account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="512"/>
        <source>Bank card cannot receive payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="512"/>
        <source>Suspected fraud or account takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="513"/>
        <source>Money from a recharge not yet cleared by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="513"/>
        <source>Customer asked to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="514"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="524"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="528"/>
        <source>Done: {0} is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="536"/>
        <source>Someone else acted first: {0} is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="556"/>
        <source>Approve {0} withdrawals, {1} in all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="557"/>
        <source>Each is approved on its own: small ones leave for the bank at once, those above the second threshold go to a finance manager, and any that someone else changed meanwhile are refused and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="560"/>
        <source>Approve withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="566"/>
        <source>Approve {0} withdrawals, {1} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="574"/>
        <source>Reject {0} withdrawals, {1} in all: {2}. The money becomes available to the customers again; they see the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="578"/>
        <source>Reject withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/withdrawal_review.py" line="592"/>
        <source>{0} done, {1} refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
