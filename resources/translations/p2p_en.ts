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
        <location filename="../../app/views/audit_log_screen.py" line="22"/>
        <source>Action, e.g. auth.signed_in or auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="24"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="26"/>
        <source>Text in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="28"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="30"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="63"/>
        <source>Select a record to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="75"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="87"/>
        <source>{0} records · as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="89"/>
        <source>No records match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="97"/>
        <source>Request: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="98"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="98"/>
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
    <name>LoanQueueScreen</name>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="31"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="32"/>
        <location filename="../../app/views/loan_queue_screen.py" line="433"/>
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
        <location filename="../../app/views/loan_queue_screen.py" line="436"/>
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
        <location filename="../../app/views/loan_queue_screen.py" line="437"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="43"/>
        <location filename="../../app/views/loan_queue_screen.py" line="437"/>
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
        <location filename="../../app/views/loan_queue_screen.py" line="77"/>
        <source>Amount from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="78"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="79"/>
        <source>Application number or borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="81"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="83"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="153"/>
        <source>Select an application to read its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="186"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="225"/>
        <source>No applications wait for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="226"/>
        <source>No applications match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="228"/>
        <source>{0} applications · as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="236"/>
        <location filename="../../app/views/loan_queue_screen.py" line="248"/>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="235"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="86"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="110"/>
        <location filename="../../app/views/loan_queue_screen.py" line="386"/>
        <source>Reject selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="111"/>
        <location filename="../../app/views/loan_queue_screen.py" line="386"/>
        <source>Return selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="235"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="247"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="247"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="254"/>
        <source>Loan applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="269"/>
        <source>{0} rows exported to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="290"/>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="292"/>
        <source>Reject application {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="293"/>
        <source>Reject {0} applications: {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="295"/>
        <source>Return application {1} to the applicant for more material?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="296"/>
        <source>Return {0} applications to their applicants for more material: {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="304"/>
        <source>Reject applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="304"/>
        <source>Return applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="306"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="306"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="322"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="340"/>
        <source>{0} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="340"/>
        <source>{0} returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="344"/>
        <source>; {0} refused: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="350"/>
        <source>its state does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="351"/>
        <source>someone else changed it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="352"/>
        <source>you did its first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="353"/>
        <source>you do not have the permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="354"/>
        <source>it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="382"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="383"/>
        <source>Copy application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="433"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="433"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="434"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="434"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="434"/>
        <source>Debt payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="435"/>
        <source>Overdue history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="435"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="435"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="436"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="437"/>
        <source>blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="438"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="438"/>
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
        <location filename="../../app/views/main_window.py" line="29"/>
        <source>P2P Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="92"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="93"/>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="94"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="96"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="97"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="98"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="99"/>
        <source>Show or hide navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="101"/>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="103"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="104"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="105"/>
        <source>Lock the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="106"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="107"/>
        <location filename="../../app/views/main_window.py" line="124"/>
        <source>About P2P Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="125"/>
        <source>P2P Back Office 0.1 — the operations console of the lending platform.
Icons: Lucide (ISC licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="181"/>
        <source>Refreshed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="201"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="202"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="203"/>
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
        <source>This action is no longer possible: the application has moved on to another state.</source>
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
        <location filename="../../app/views/screens.py" line="50"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="51"/>
        <source>Loan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="53"/>
        <location filename="../../app/views/screens.py" line="54"/>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="55"/>
        <location filename="../../app/views/screens.py" line="56"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="57"/>
        <location filename="../../app/views/screens.py" line="58"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="59"/>
        <location filename="../../app/views/screens.py" line="60"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="61"/>
        <source>Audit log</source>
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
        <location filename="../../app/views/sign_in_dialog.py" line="39"/>
        <source>P2P Back Office — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="58"/>
        <source>P2P Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="59"/>
        <source>Operations console of the lending platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="81"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="83"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="106"/>
        <source>6 digits from your authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="108"/>
        <source>Stay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="112"/>
        <source>No secure credential store (OS keyring) is available here ({0}), so nothing can be remembered safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="114"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="116"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="117"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="118"/>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="124"/>
        <source>Demo accounts (shown only for the local demo platform). Double-click one to fill in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="132"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="132"/>
        <source>Name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="132"/>
        <source>Current code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="158"/>
        <source>Risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="158"/>
        <source>Senior risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="159"/>
        <source>Finance clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="159"/>
        <source>Finance manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="160"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="160"/>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="161"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="167"/>
        <source>This is your first sign-in with a temporary password. Choose your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="179"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="180"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="191"/>
        <source>Scan this code with an authenticator app (for example Google Authenticator or Microsoft Authenticator), then enter the 6-digit code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="206"/>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="214"/>
        <source>Local demo platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="233"/>
        <source>Starting the local demo platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="238"/>
        <location filename="../../app/views/sign_in_dialog.py" line="244"/>
        <source>The local demo platform is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="249"/>
        <source>The local demo platform could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="321"/>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="335"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="341"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="370"/>
        <source>Both entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="377"/>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="397"/>
        <source>Or enter this key by hand: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
