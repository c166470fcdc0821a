<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../../app/views/loan_queue_screen.py" line="52"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="53"/>
        <location filename="../../app/views/loan_queue_screen.py" line="233"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="54"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="56"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="57"/>
        <location filename="../../app/views/loan_queue_screen.py" line="236"/>
        <source>{0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="59"/>
        <source>Annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="61"/>
        <source>Repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="62"/>
        <location filename="../../app/views/loan_queue_screen.py" line="237"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="64"/>
        <location filename="../../app/views/loan_queue_screen.py" line="237"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="65"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="66"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="82"/>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="83"/>
        <source>Team queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="84"/>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="87"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="91"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="94"/>
        <source>Amount from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="95"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="96"/>
        <source>Application number or borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="98"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="100"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="101"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="141"/>
        <source>Select an application to read its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="156"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="177"/>
        <source>No applications wait for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="178"/>
        <source>No applications match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="180"/>
        <source>{0} applications · as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="187"/>
        <location filename="../../app/views/loan_queue_screen.py" line="195"/>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="188"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="194"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="194"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="211"/>
        <source>{0} rows exported to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="233"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="233"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="234"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="234"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="234"/>
        <source>Debt payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="235"/>
        <source>Overdue history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="235"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="235"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="236"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="237"/>
        <source>blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="238"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="238"/>
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
        <location filename="../../app/views/main_window.py" line="174"/>
        <source>Refreshed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="194"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="195"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="196"/>
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
        <location filename="../../app/services/messages.py" line="51"/>
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
        <source>The new password does not meet the password rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="23"/>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="24"/>
        <source>The text contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="31"/>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="33"/>
        <source>The server&apos;s certificate could not be verified, so the connection was refused. Check the server profile&apos;s certificate settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="36"/>
        <source>The server cannot be reached. Check the network connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="39"/>
        <source>Too many failed attempts: the account is locked for %n more minute(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="41"/>
        <source>Too many attempts; wait %n second(s) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="53"/>
        <source>Some of the input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="55"/>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="57"/>
        <source>The server failed to handle the request; it has been logged. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="58"/>
        <source>Something went wrong: %1</source>
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
        <location filename="../../app/views/sign_in_dialog.py" line="155"/>
        <source>Risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="155"/>
        <source>Senior risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="156"/>
        <source>Finance clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="156"/>
        <source>Finance manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="157"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="157"/>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="158"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="164"/>
        <source>This is your first sign-in with a temporary password. Choose your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="176"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="177"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="188"/>
        <source>Scan this code with an authenticator app (for example Google Authenticator or Microsoft Authenticator), then enter the 6-digit code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="203"/>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="211"/>
        <source>Local demo platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="230"/>
        <source>Starting the local demo platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="235"/>
        <location filename="../../app/views/sign_in_dialog.py" line="241"/>
        <source>The local demo platform is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="246"/>
        <source>The local demo platform could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="318"/>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="332"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="338"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="367"/>
        <source>Both entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="374"/>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="394"/>
        <source>Or enter this key by hand: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
