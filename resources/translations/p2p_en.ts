<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddEntryDialog</name>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="30"/>
        <source>Add to the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="38"/>
        <source>As written on the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="42"/>
        <source>Why, e.g. forged income proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="49"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="49"/>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="50"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="50"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="55"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationScreen</name>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="161"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="166"/>
        <source>Roles and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="172"/>
        <source>Linked customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="175"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="182"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="188"/>
        <source>Data import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="194"/>
        <source>Your roles give no administration rights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterLoanScreen</name>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="66"/>
        <source>Listings and funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="68"/>
        <source>Repayments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="69"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="71"/>
        <source>Compensation and write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="106"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="231"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="287"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="543"/>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="107"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="232"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="288"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="544"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="108"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="545"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="109"/>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="110"/>
        <source>Investors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="111"/>
        <source>Window ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="112"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="237"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="547"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="117"/>
        <source>Disburse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="120"/>
        <source>End funding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="122"/>
        <source>Ends the listing by hand; the investors&apos; frozen money is theirs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="158"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="397"/>
        <source>%1 loans · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="198"/>
        <source>Disburse loan %1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="200"/>
        <source>Loan %1 disbursed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="206"/>
        <source>End the funding of loan %1 (%2 of %3 raised). The investors&apos; frozen money is theirs again; the loan is not disbursed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="209"/>
        <source>End funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="210"/>
        <source>Borrower withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="210"/>
        <source>Funding too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="210"/>
        <source>Terms must change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="210"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="512"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="519"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="617"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="213"/>
        <source>The funding of loan %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="223"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="224"/>
        <source>Due in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="233"/>
        <source>Installment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="234"/>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="235"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="236"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="258"/>
        <source>%1 installments · due %2 · received %3 · as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="271"/>
        <source>All overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="279"/>
        <source>Only loans I collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="295"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="289"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="290"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="291"/>
        <source>Overdue amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="296"/>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="293"/>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="293"/>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="294"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="317"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="292"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="316"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="124"/>
        <source>Open for funding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="126"/>
        <source>Opens an approved loan to investors for the funding window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="167"/>
        <source>%1 loans: %2 to disburse, %3 open for funding, %4 to open · as of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="183"/>
        <source>Open for funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="184"/>
        <source>Open loan %1 of %2 (%3) to investors?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="189"/>
        <source>Loan %1 is open for funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="297"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="307"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="414"/>
        <source>Select an overdue loan to see its collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="316"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="316"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="316"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="317"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="318"/>
        <source>Assign a collector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="322"/>
        <source>Record a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="326"/>
        <source>Propose compensation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="329"/>
        <source>Propose write-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="362"/>
        <source>%1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="368"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="370"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="546"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="548"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="371"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="389"/>
        <source>All overdue: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="392"/>
        <source>%1: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="399"/>
        <source>broken promises: %1, shown first in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="424"/>
        <source>Collection of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="433"/>
        <source>no one yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="435"/>
        <source>Collection of %1 · %2 · collector: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="439"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="474"/>
        <source>Loan %1 of %2, %3 days overdue (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="481"/>
        <source>%1 now collects loan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="490"/>
        <source>Loan %1 of %2, phone %3, %4 days overdue (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="497"/>
        <source>Contact with %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="507"/>
        <source>Propose compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="508"/>
        <source>Propose to compensate the investors of loan %1 (%2, %3 days overdue) from the risk reserve. A finance manager approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="511"/>
        <source>Overdue beyond the compensation threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="511"/>
        <source>Borrower cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="514"/>
        <source>Propose write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="515"/>
        <source>Propose to write off loan %1 (%2, %3 days overdue) as a bad debt. A finance manager approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="518"/>
        <source>Collection exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="518"/>
        <source>Borrower insolvent or deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="519"/>
        <source>Court ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="523"/>
        <source>Proposal for loan %1 sent for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="533"/>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="534"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="535"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="536"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="542"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="546"/>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="548"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="550"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="550"/>
        <source> (decision: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="556"/>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="559"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="583"/>
        <source>%1 proposals · %2 in all · as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="603"/>
        <source>Approve %1 of loan %2: %3, proposed by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="606"/>
        <source>%1 of loan %2 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="614"/>
        <source>Reject the %1 of loan %2 (%3) proposed by %4. The proposer sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="616"/>
        <source>Reject proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="617"/>
        <source>Collection not yet exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="617"/>
        <source>Amount does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="619"/>
        <source>%1 of loan %2 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="646"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterLoanWords</name>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="10"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="14"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="15"/>
        <source>Partly received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="16"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="20"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="21"/>
        <source>Promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="22"/>
        <source>Promise broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="26"/>
        <source>Reached the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="27"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="28"/>
        <source>Promised to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="29"/>
        <source>Disputes the debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="30"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="34"/>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="35"/>
        <source>Write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="39"/>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="40"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="41"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="45"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="46"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="47"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="49"/>
        <source>Borrower (earlier entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="53"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="54"/>
        <source>Court list of defaulters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="55"/>
        <source>Partner institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="60"/>
        <source>On the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="61"/>
        <source>Removal awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="62"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="63"/>
        <source>Removal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="68"/>
        <source>Applications in my queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="69"/>
        <source>Second reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="70"/>
        <source>Withdrawals to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="71"/>
        <source>Large withdrawals to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="72"/>
        <source>Reconciliation differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="73"/>
        <source>Adjustments to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="74"/>
        <source>Compensations to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="75"/>
        <source>Write-offs to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="76"/>
        <source>Blacklist removals to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="77"/>
        <source>Phone changes to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="78"/>
        <source>Collection actions due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertDetail</name>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="176"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="185"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="185"/>
        <location filename="../../app/views/alerts/alert_detail.py" line="201"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="186"/>
        <source>Times seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="186"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="187"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="187"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="192"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="196"/>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="201"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="201"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="202"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="202"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="205"/>
        <source>Not sent by e-mail, SMS or WeChat Work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="212"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="232"/>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="235"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="242"/>
        <source>Select an alert to see what is behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="275"/>
        <source>Not escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="293"/>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="295"/>
        <source>Escalated %1: nobody had acknowledged it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="297"/>
        <source>Acknowledged by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="300"/>
        <location filename="../../app/views/alerts/alert_detail.py" line="305"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="302"/>
        <source>Resolved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertList</name>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="60"/>
        <source>To be worked (open and acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="63"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="66"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="71"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="76"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="79"/>
        <location filename="../../app/views/alerts/alert_list.py" line="98"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="79"/>
        <location filename="../../app/views/alerts/alert_list.py" line="88"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="80"/>
        <location filename="../../app/views/alerts/alert_list.py" line="91"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="90"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="101"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="92"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="94"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="96"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="100"/>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="162"/>
        <source>%1 alerts · %2 open, %3 of them critical · %4 acknowledged · as of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="174"/>
        <source>Select an alert to see what is behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="175"/>
        <source>No alerts of your areas match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="238"/>
        <source>Resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="238"/>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTray</name>
    <message>
        <location filename="../../app/views/shell/alert_tray.py" line="40"/>
        <source>P2P Back Office alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/alert_tray.py" line="90"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/alert_tray.py" line="93"/>
        <source>and %1 more new alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <location filename="../../app/views/alerts/words.py" line="11"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="12"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="13"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="16"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="17"/>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="18"/>
        <location filename="../../app/views/alerts/words.py" line="100"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="19"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="20"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="21"/>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="24"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="25"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="26"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="29"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="30"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="31"/>
        <source>WeChat Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="32"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="33"/>
        <source>Demo outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="36"/>
        <location filename="../../app/views/alerts/words.py" line="37"/>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="38"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="39"/>
        <source>Will be tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="40"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="41"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="42"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="43"/>
        <location filename="../../app/views/alerts/words.py" line="44"/>
        <source>Failed, no more tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="45"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="50"/>
        <location filename="../../app/views/alerts/words.py" line="51"/>
        <location filename="../../app/views/alerts/words.py" line="52"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="53"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="54"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="55"/>
        <location filename="../../app/views/alerts/words.py" line="56"/>
        <location filename="../../app/views/alerts/words.py" line="206"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="57"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="58"/>
        <location filename="../../app/views/alerts/words.py" line="59"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="61"/>
        <location filename="../../app/views/alerts/words.py" line="62"/>
        <location filename="../../app/views/alerts/words.py" line="63"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="64"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="65"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="66"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="68"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="69"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="70"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="71"/>
        <location filename="../../app/views/alerts/words.py" line="72"/>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="73"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="74"/>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="75"/>
        <location filename="../../app/views/alerts/words.py" line="76"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="77"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="78"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="79"/>
        <location filename="../../app/views/alerts/words.py" line="157"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="80"/>
        <source>90-day median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="81"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="82"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="83"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="84"/>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="85"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="86"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="87"/>
        <location filename="../../app/views/alerts/words.py" line="110"/>
        <location filename="../../app/views/alerts/words.py" line="135"/>
        <source>Route group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="88"/>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="89"/>
        <source>95th percentile (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="90"/>
        <source>Monitoring point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="91"/>
        <source>Monitoring points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="92"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="93"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="94"/>
        <source>Waiting (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="95"/>
        <location filename="../../app/views/alerts/words.py" line="96"/>
        <source>Failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="97"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="98"/>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="99"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="101"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="102"/>
        <source>Failed confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="103"/>
        <source>Earlier withdrawals compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="104"/>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="105"/>
        <source>Debits posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="106"/>
        <source>Credits posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="107"/>
        <source>First broken record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="108"/>
        <source>First broken record&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="109"/>
        <source>Records checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="111"/>
        <location filename="../../app/views/alerts/words.py" line="133"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="112"/>
        <location filename="../../app/views/alerts/words.py" line="134"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="113"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="114"/>
        <source>Server errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="115"/>
        <source>95th percentile between (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="116"/>
        <source>Average (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="117"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="118"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="119"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="120"/>
        <source>Free (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="121"/>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="122"/>
        <source>Connections in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="123"/>
        <source>Connection limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="124"/>
        <source>Probe reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="125"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="126"/>
        <source>Object number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="127"/>
        <source>Night of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="128"/>
        <source>Last matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="129"/>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="130"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="131"/>
        <source>New bank cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="132"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="136"/>
        <source>Sessions ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="137"/>
        <source>Alert number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="142"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="143"/>
        <location filename="../../app/views/alerts/words.py" line="145"/>
        <location filename="../../app/views/alerts/words.py" line="183"/>
        <source>Failed sign-ins of one account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="144"/>
        <location filename="../../app/views/alerts/words.py" line="146"/>
        <location filename="../../app/views/alerts/words.py" line="184"/>
        <source>Failed sign-ins from one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="147"/>
        <location filename="../../app/views/alerts/words.py" line="148"/>
        <location filename="../../app/views/alerts/words.py" line="149"/>
        <location filename="../../app/views/alerts/words.py" line="150"/>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="151"/>
        <source>From (Shanghai time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="152"/>
        <source>Until (Shanghai time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="153"/>
        <location filename="../../app/views/alerts/words.py" line="154"/>
        <source>Times the customer&apos;s median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="155"/>
        <location filename="../../app/views/alerts/words.py" line="176"/>
        <source>Median over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="156"/>
        <location filename="../../app/views/alerts/words.py" line="173"/>
        <source>And above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="158"/>
        <location filename="../../app/views/alerts/words.py" line="182"/>
        <source>Withdrawals to new cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="159"/>
        <location filename="../../app/views/alerts/words.py" line="160"/>
        <location filename="../../app/views/alerts/words.py" line="181"/>
        <source>Waiting longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="161"/>
        <location filename="../../app/views/alerts/words.py" line="162"/>
        <source>Checked at (Shanghai time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="163"/>
        <location filename="../../app/views/alerts/words.py" line="164"/>
        <source>Days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="165"/>
        <location filename="../../app/views/alerts/words.py" line="166"/>
        <location filename="../../app/views/alerts/words.py" line="180"/>
        <source>Server errors above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="167"/>
        <source>Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="168"/>
        <source>95th percentile above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="169"/>
        <source>Latency above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="170"/>
        <source>Escalate unacknowledged after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="171"/>
        <source>Disk used above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="172"/>
        <source>With at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="174"/>
        <source>Critical within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="175"/>
        <source>Or less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="177"/>
        <source>Warn within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="178"/>
        <source>Free space below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="179"/>
        <source>Connections in use above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="185"/>
        <source>Wrong one-time codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="186"/>
        <source>Still open at (Shanghai time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="189"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="190"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="191"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="192"/>
        <source>o&apos;clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="193"/>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="194"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="195"/>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="196"/>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="197"/>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="198"/>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="199"/>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="202"/>
        <source>Outgoing mail server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="205"/>
        <source>Encrypt with STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="203"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="67"/>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="204"/>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="207"/>
        <location filename="../../app/views/alerts/words.py" line="208"/>
        <source>Gateway address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="209"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="266"/>
        <source>Unknown user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="267"/>
        <location filename="../../app/views/alerts/words.py" line="268"/>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="269"/>
        <source>Wrong one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="270"/>
        <source>One-time code used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="271"/>
        <source>No one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="272"/>
        <source>Wrong one-time code for a sensitive action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="273"/>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="274"/>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="303"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="303"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <location filename="../../app/views/alerts/alerts_screen.py" line="23"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alerts_screen.py" line="29"/>
        <source>Monitoring settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="64"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="65"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="66"/>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="68"/>
        <source>Show personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="71"/>
        <source>Shows the ID number, phone and bank card in full (Alt+P); every reveal is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="110"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="110"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="110"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="110"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="111"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="114"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="115"/>
        <source>Repayment schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="116"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="127"/>
        <source>Comment for the timeline (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="137"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="140"/>
        <source>Opens the next application of the same queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="185"/>
        <location filename="../../app/views/loans/application_view.py" line="222"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="187"/>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="192"/>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="201"/>
        <source>%1 loans, %2 settled · overdue %3 times, longest %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="203"/>
        <source>On the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="205"/>
        <source>Not on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="206"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="206"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="207"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="208"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="209"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="210"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="211"/>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="212"/>
        <source>Monthly debt payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="213"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="213"/>
        <source>On this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="214"/>
        <source>Balance owed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="216"/>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="221"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="221"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="222"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="223"/>
        <source>Annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="223"/>
        <source>Repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="224"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="224"/>
        <source>Guarantee or collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="225"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="242"/>
        <source>Score %1 of 1000 · grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="260"/>
        <source>Overridden by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="137"/>
        <location filename="../../app/views/loans/application_view.py" line="316"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="343"/>
        <source>%1 application %2, borrower %3, amount %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="398"/>
        <source>Done: %1. The application is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="427"/>
        <source>Someone else acted on this application first; it is now %1. Your comment is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="253"/>
        <source>No risk rule was hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="257"/>
        <source>Blocks approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="263"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="288"/>
        <source>The loan&apos;s installments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="291"/>
        <source>Proposed schedule, computed by the platform from the terms above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="310"/>
        <source>Override a rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="312"/>
        <source>Approve → second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="333"/>
        <source>No action is open to you in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="342"/>
        <source>Override a risk rule of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="368"/>
        <source>The amount is above your approval limit or the grade is high-risk, so the application then goes to a senior officer for second review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="393"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="397"/>
        <source>Rule overridden; approval is possible once no blocking rule is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="411"/>
        <source>This was the last application of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="451"/>
        <source>Personal data shown in full; this was recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="462"/>
        <source>Print approval form (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="468"/>
        <source>Print schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaUnavailable</name>
    <message>
        <location filename="../../app/views/shell/area_unavailable.py" line="16"/>
        <source>This module is not available in this version of the console yet. Your permissions for it are already in place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogScreen</name>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="44"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="46"/>
        <source>%1 (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="53"/>
        <source>All objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="56"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="58"/>
        <source>Object number, e.g. LN20261124000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="60"/>
        <source>Text in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="62"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="68"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="70"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="80"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="96"/>
        <source>Verify the hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="97"/>
        <source>The server recomputes every record&apos;s hash from the first to the last and names the first record that was edited or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="100"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="120"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="121"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="146"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="153"/>
        <source>Select a record to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="173"/>
        <source>No checkpoint yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="175"/>
        <source>Restored from backup %1 at record %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="178"/>
        <source>Last checkpoint: record %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="207"/>
        <source>%1 records · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="219"/>
        <source>Chain intact: %1 records checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="222"/>
        <source>Chain broken at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="235"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · by %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="237"/>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="191"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="104"/>
        <source>The end of the audit chain is written outside the database every hour and when the server stops; checking the chain names any record removed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="208"/>
        <source>No records match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="212"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="118"/>
        <location filename="../../app/views/audit/audit_log_screen.py" line="146"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="119"/>
        <location filename="../../app/views/audit/audit_log_screen.py" line="146"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/models/audit_table.py" line="17"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="18"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="20"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="21"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="22"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="23"/>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../app/models/audit_words.py" line="11"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="12"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="13"/>
        <source>Sign-in step passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="14"/>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="15"/>
        <source>Sign-in attempt while locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="16"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="17"/>
        <source>Password change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="18"/>
        <source>Authenticator set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="19"/>
        <source>Session renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="20"/>
        <source>Session credentials used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="21"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="22"/>
        <source>Screen unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="23"/>
        <source>Confirmed with a fresh code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="24"/>
        <source>Session ended by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="25"/>
        <source>All sessions ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="26"/>
        <source>Staff member created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="27"/>
        <source>Staff member edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="28"/>
        <source>Staff member disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="29"/>
        <source>Staff member enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="30"/>
        <source>Staff account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="31"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="32"/>
        <source>Authenticator reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="33"/>
        <source>Roles assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="34"/>
        <source>Separation of duties exception justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="35"/>
        <source>Profile updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="36"/>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="37"/>
        <source>Authenticator re-enrolment started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="38"/>
        <source>Authenticator re-enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="39"/>
        <source>Role created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="40"/>
        <source>Role edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="41"/>
        <source>Role permissions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="42"/>
        <source>Role deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="43"/>
        <source>Borrower created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="44"/>
        <source>Added to the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="45"/>
        <source>Removed from the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="46"/>
        <source>Removal from the blacklist requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="47"/>
        <source>Removal from the blacklist rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="48"/>
        <source>Blacklist entries imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="49"/>
        <source>Application submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="50"/>
        <source>Document attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="51"/>
        <source>Risk reassessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="52"/>
        <source>Risk rule overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="53"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="54"/>
        <source>First review approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="55"/>
        <source>Second review approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="56"/>
        <location filename="../../app/models/audit_words.py" line="289"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="57"/>
        <source>Returned for more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="58"/>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="59"/>
        <source>Withdrawn by the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="60"/>
        <source>Listed for funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="61"/>
        <source>Funding window ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="62"/>
        <source>Invested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="63"/>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="64"/>
        <source>Repaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="65"/>
        <source>Compensated by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="66"/>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="67"/>
        <source>Overdue loans detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="68"/>
        <source>Collector assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="69"/>
        <source>Collection contact recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="70"/>
        <source>Borrower&apos;s phone shown for collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="71"/>
        <source>Compensation proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="72"/>
        <source>Compensation approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="73"/>
        <source>Compensation rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="74"/>
        <source>Write-off proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="75"/>
        <source>Write-off approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="76"/>
        <source>Write-off rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="77"/>
        <source>Recovered to the risk reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="78"/>
        <source>Batch rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="79"/>
        <source>Batch return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="80"/>
        <source>Demo applications created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="81"/>
        <source>Personal data revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="82"/>
        <source>Withdrawal requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="83"/>
        <source>Withdrawal request repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="84"/>
        <source>Withdrawal approved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="85"/>
        <source>Withdrawal first approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="86"/>
        <source>Withdrawal approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="87"/>
        <source>Withdrawal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="88"/>
        <source>Batch withdrawal approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="89"/>
        <source>Batch withdrawal rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="90"/>
        <source>Staff member linked to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="91"/>
        <source>Staff link removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="92"/>
        <source>Ledger: recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="93"/>
        <source>Ledger: withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="94"/>
        <source>Ledger: investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="95"/>
        <source>Ledger: disbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="96"/>
        <source>Ledger: release of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="97"/>
        <source>Ledger: repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="98"/>
        <source>Ledger: penalty interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="99"/>
        <source>Ledger: compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="100"/>
        <source>Ledger: reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="101"/>
        <source>Ledger: batch refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="102"/>
        <source>Go-live data imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="103"/>
        <source>Go-live import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="104"/>
        <source>Go-live data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="105"/>
        <source>Reconciliation run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="106"/>
        <source>Reconciliation day closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="107"/>
        <source>Matched by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="108"/>
        <source>Marked as a timing difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="109"/>
        <source>Statement format saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="110"/>
        <source>Statement imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="111"/>
        <source>Statement refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="112"/>
        <source>Statement withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="113"/>
        <source>Statement withdrawal repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="114"/>
        <source>Adjustment proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="115"/>
        <source>Adjustment approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="116"/>
        <source>Adjustment rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="117"/>
        <source>Report generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="118"/>
        <source>Report printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="119"/>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="120"/>
        <source>Scheduled job ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="121"/>
        <source>Scheduled job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="122"/>
        <source>Service note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="123"/>
        <source>Customer sign-in locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="124"/>
        <source>Customer sign-in unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="125"/>
        <source>Customer marked as a related party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="126"/>
        <source>Customer&apos;s related-party mark ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="127"/>
        <source>Customer password reset started (code sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="128"/>
        <source>Customer password reset with the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="129"/>
        <source>Wrong password reset code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="130"/>
        <source>Phone change requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="131"/>
        <source>Phone change approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="132"/>
        <source>Phone change rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="133"/>
        <source>Customer signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="134"/>
        <source>Customer sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="135"/>
        <source>Customer signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="136"/>
        <source>Withdrawal password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="137"/>
        <source>Wrong withdrawal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="138"/>
        <source>Withdrawals stopped for 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="139"/>
        <source>Refused: separation of duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="140"/>
        <source>Alert raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="141"/>
        <source>Alert acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="142"/>
        <source>Alert resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="143"/>
        <source>Alert escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="144"/>
        <source>Outage reported by an outside probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="145"/>
        <source>Outage report repeated by an outside probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="146"/>
        <source>Monitoring rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="147"/>
        <source>Alert escalation time changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="148"/>
        <location filename="../../app/models/audit_words.py" line="149"/>
        <source>Alert channel changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="150"/>
        <source>Alert channel tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="151"/>
        <location filename="../../app/models/audit_words.py" line="152"/>
        <source>Alert recipients changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="153"/>
        <source>Withdrawals paused by monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="154"/>
        <source>Withdrawal pause lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="155"/>
        <source>Paused by monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="156"/>
        <source>Monitoring pause lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="157"/>
        <source>Protective action by monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="158"/>
        <source>Password recovery started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="159"/>
        <source>Password recovery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="160"/>
        <source>Password recovered by a code sent to the staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="164"/>
        <source>Sign-in and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="165"/>
        <source>Staff and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="166"/>
        <location filename="../../app/models/audit_words.py" line="190"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="167"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="168"/>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="169"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="170"/>
        <source>Go-live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="171"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="172"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="173"/>
        <source>Scheduled jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="174"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="175"/>
        <source>Refused decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="176"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="177"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="181"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="182"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="183"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="184"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="186"/>
        <source>Loan application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="187"/>
        <source>Loan document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="188"/>
        <source>Blacklist entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="189"/>
        <source>Blacklist import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="191"/>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="192"/>
        <source>Staff link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="193"/>
        <source>Ledger operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="194"/>
        <source>Batch of movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="195"/>
        <source>Go-live import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="196"/>
        <source>Go-live export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="197"/>
        <source>Reconciliation day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="198"/>
        <location filename="../../app/models/audit_words.py" line="300"/>
        <source>Bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="199"/>
        <source>Statement format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="200"/>
        <source>Adjustment proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="201"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="202"/>
        <source>Scheduled job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="203"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="204"/>
        <location filename="../../app/models/audit_words.py" line="243"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="205"/>
        <source>Monitoring rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="206"/>
        <source>Monitoring setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="207"/>
        <source>Monitoring pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="212"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="237"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="238"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="239"/>
        <source>Switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="240"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="241"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="242"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="244"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="245"/>
        <source>Related party of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="246"/>
        <source>Lifted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="247"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="248"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="249"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="250"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="251"/>
        <source>Monitoring point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="252"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="253"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="255"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="256"/>
        <source>Run slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="257"/>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="258"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="259"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="260"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="261"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="263"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="264"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="265"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="266"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="267"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="268"/>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="269"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="270"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="271"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="272"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="273"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="274"/>
        <source>Bank layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="275"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="276"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="278"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="279"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="285"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="286"/>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="287"/>
        <source>Awaiting second approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="288"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="290"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="291"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="292"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="293"/>
        <source>Second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="294"/>
        <source>Large amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="295"/>
        <source>New bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="296"/>
        <source>Soon after a recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="297"/>
        <source>Many today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="298"/>
        <source>Money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="299"/>
        <source>Money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="301"/>
        <source>Platform books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="302"/>
        <source>Generic layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="303"/>
        <source>Simplified Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="304"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="305"/>
        <source>Risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="306"/>
        <source>Senior risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="307"/>
        <source>Finance clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="308"/>
        <source>Finance manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="309"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="310"/>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="311"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="312"/>
        <source>Outside probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="185"/>
        <location filename="../../app/models/audit_words.py" line="213"/>
        <location filename="../../app/models/audit_words.py" line="277"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="216"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="217"/>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="219"/>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="223"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="224"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="225"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="226"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="227"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="228"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="229"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="230"/>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="231"/>
        <source>Sessions ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="232"/>
        <source>Amount (fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="233"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="234"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="235"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="236"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticatorCode</name>
    <message>
        <location filename="../../app/views/session/authenticator_code.py" line="23"/>
        <source>Or enter this key by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="22"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="23"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="24"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="29"/>
        <source>Daily job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="30"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="48"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="49"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="50"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="51"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="52"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="53"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="54"/>
        <source> (removed: older than the retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="55"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="71"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="95"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="101"/>
        <source>%1 backup runs · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="102"/>
        <source>No backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlacklistScreen</name>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="144"/>
        <source>ID number, phone, bank card, name or words of the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="147"/>
        <source>Include removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="150"/>
        <source>Only removals awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="153"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="163"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="164"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="165"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="167"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="168"/>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="169"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="166"/>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="179"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="182"/>
        <source>Request removal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="185"/>
        <source>Approve removal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="188"/>
        <source>Reject removal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="191"/>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="216"/>
        <source>%1 by %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="254"/>
        <source>%1 entries · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="215"/>
        <source>%1 · asked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="223"/>
        <source>Asked by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="225"/>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="256"/>
        <source>removals awaiting approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="275"/>
        <source>Another person decides a removal you asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="283"/>
        <source>Added to the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="290"/>
        <source>Ask for %1 %2 to come off the blacklist (on it because: %3). Another colleague approves or rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="292"/>
        <source>Request removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="293"/>
        <source>Entered by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="293"/>
        <source>Debt settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="293"/>
        <source>Court list no longer names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="294"/>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="321"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="297"/>
        <source>Removal requested; it waits for a colleague&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="304"/>
        <source>Approve removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="305"/>
        <source>%1 asked to remove %2 %3 from the blacklist: %4

Take it off the blacklist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="311"/>
        <source>Removed from the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="318"/>
        <source>Keep %1 %2 on the blacklist; %3 sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="320"/>
        <source>Reject removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="321"/>
        <source>The reason still holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="321"/>
        <source>Proof missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="324"/>
        <source>Removal rejected; the entry stays on the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="330"/>
        <source>Import into the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="331"/>
        <source>Blacklist files (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="338"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="354"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="361"/>
        <source>Nothing was imported: problems found: %1 (the file changed since the check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="364"/>
        <source>%1 entries added to the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="383"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="272"/>
        <source>Save permission changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="275"/>
        <source>These changes apply to every holder of the roles from their next request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="287"/>
        <source>Separation of duties: %1. A written justification is required; it is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="297"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelBox</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="334"/>
        <source>Send alerts this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="353"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="370"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="370"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="371"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="374"/>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="379"/>
        <source>Your own address when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="383"/>
        <source>Send a test to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="407"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="407"/>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="409"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="408"/>
        <source>Set — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="433"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="445"/>
        <source>Sending a test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="451"/>
        <source>The test was sent; check that it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="452"/>
        <source>The test could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="502"/>
        <source>The platform offers no channels to set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectorDialog</name>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="29"/>
        <source>Assign a collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="38"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="47"/>
        <source>&amp;Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="52"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="36"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../app/application.py" line="95"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="96"/>
        <source>The new language applies the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="74"/>
        <source>Record a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="84"/>
        <source>Show the &amp;number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="86"/>
        <source>The platform records that you saw the number, for this loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="98"/>
        <source>What was said, who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="108"/>
        <source>Amount in yuan, e.g. 1,200.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="111"/>
        <source>Next action on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="120"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="121"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="122"/>
        <source>&amp;Promised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="123"/>
        <source>Promised &amp;amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="134"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="148"/>
        <source>Asking the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="152"/>
        <source>No phone registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="173"/>
        <source>Write a note of what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="175"/>
        <source>A promise needs the amount the borrower promised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <location filename="../../app/views/customers/words.py" line="84"/>
        <source>Customer reported a lost or stolen phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="85"/>
        <source>Suspected fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="86"/>
        <source>Customer asked to lock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="91"/>
        <source>Customer&apos;s identity verified by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="92"/>
        <source>Fraud suspicion cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="93"/>
        <source>Customer asked to unlock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="98"/>
        <source>Customer on the phone: identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="99"/>
        <source>Complaint or dispute handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="100"/>
        <source>Request from the risk team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="105"/>
        <source>Customer lost the old phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="106"/>
        <source>Customer changed carrier or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="107"/>
        <source>Old number no longer in the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="81"/>
        <location filename="../../app/views/customers/customer_view.py" line="221"/>
        <location filename="../../app/views/customers/customer_view.py" line="225"/>
        <location filename="../../app/views/customers/customer_view.py" line="229"/>
        <location filename="../../app/views/customers/customer_view.py" line="233"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="112"/>
        <location filename="../../app/views/customers/customer_view.py" line="692"/>
        <source>Show full information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="114"/>
        <source>Shows the name, ID number, phone, e-mail and bank cards in full; asks why, and the reveal is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="118"/>
        <location filename="../../app/views/customers/customer_view.py" line="200"/>
        <source>Lock sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="121"/>
        <source>Password reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="124"/>
        <source>Change phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="127"/>
        <location filename="../../app/views/customers/customer_view.py" line="597"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="130"/>
        <source>Related party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="132"/>
        <source>Mark the customer as a related party of the platform, or end the mark: the monthly disclosure lists related parties&apos; loans apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="148"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="149"/>
        <source>Money movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="150"/>
        <source>Investments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="151"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="152"/>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="153"/>
        <source>Service notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="154"/>
        <location filename="../../app/views/customers/customer_view.py" line="649"/>
        <source>Sign-in security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="192"/>
        <source>Money movements (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="192"/>
        <source>Investments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="193"/>
        <source>Loans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="193"/>
        <source>Withdrawals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="194"/>
        <source>Service notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="199"/>
        <source>Unlock sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="250"/>
        <location filename="../../app/views/customers/customer_view.py" line="317"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="250"/>
        <location filename="../../app/views/customers/customer_view.py" line="317"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="252"/>
        <source>Sign-in locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="254"/>
        <source>On the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="256"/>
        <source>Related party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="258"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="258"/>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="261"/>
        <source>On the blacklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="263"/>
        <source>%1 · %2 · %3 (added %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="269"/>
        <source>On the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="278"/>
        <source>Profile and verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="282"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="283"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="284"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="285"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="289"/>
        <source>Bank cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="316"/>
        <source>Verified on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="318"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="319"/>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="320"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="320"/>
        <location filename="../../app/views/customers/customer_view.py" line="354"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="321"/>
        <source>Business licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="321"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="323"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="324"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="325"/>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="327"/>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="328"/>
        <source>Registered capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="331"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="332"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="333"/>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="336"/>
        <source>Related party of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="337"/>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="353"/>
        <location filename="../../app/views/customers/customer_view.py" line="583"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="355"/>
        <source>In or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="356"/>
        <location filename="../../app/views/customers/customer_view.py" line="394"/>
        <location filename="../../app/views/customers/customer_view.py" line="435"/>
        <location filename="../../app/views/customers/customer_view.py" line="533"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="358"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="360"/>
        <location filename="../../app/views/customers/customer_view.py" line="393"/>
        <location filename="../../app/views/customers/customer_view.py" line="433"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="361"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="367"/>
        <source>Money movements: %1, newest first · double-click one for its detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="419"/>
        <source>Investments: %1 · expected interest %2 · received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="485"/>
        <source>Loans: %1 · double-click one to open its application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="488"/>
        <source>overdue loans: %1, %2 in all, longest %3 days (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="555"/>
        <source>Withdrawals: %1, rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="619"/>
        <source>Notes: %1, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="395"/>
        <location filename="../../app/views/customers/customer_view.py" line="434"/>
        <location filename="../../app/views/customers/customer_view.py" line="457"/>
        <location filename="../../app/views/customers/customer_view.py" line="534"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="397"/>
        <location filename="../../app/views/customers/customer_view.py" line="437"/>
        <source>Annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="398"/>
        <location filename="../../app/views/customers/customer_view.py" line="436"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="398"/>
        <location filename="../../app/views/customers/customer_view.py" line="436"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="399"/>
        <source>Expected interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="400"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="401"/>
        <source>Invested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="430"/>
        <source>%1 · %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="438"/>
        <source>Outstanding principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="439"/>
        <source>Overdue amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="441"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="442"/>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="449"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="450"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="451"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="452"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="453"/>
        <source>Penalty interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="455"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="456"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="465"/>
        <source>Select a loan to see its repayment schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="500"/>
        <source>Repayment schedule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="516"/>
        <source>You do not have permission to open loan applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="532"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="536"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="537"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="538"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="539"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="557"/>
        <source>double-click one to open it in the withdrawal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="584"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="585"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="594"/>
        <source>What the customer asked and what was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="620"/>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="635"/>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="652"/>
        <source>Passwords are shown only as set or not set; staff never see them. A forgotten password is reset with a one-time code sent to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="666"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="666"/>
        <location filename="../../app/views/customers/customer_view.py" line="679"/>
        <source>Not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="667"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="667"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="668"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="670"/>
        <source>Locked because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="671"/>
        <source>Locked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="671"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="674"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="674"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="675"/>
        <source>Login password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="676"/>
        <source>Withdrawal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="677"/>
        <source>Wrong withdrawal passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="678"/>
        <source>Withdrawals locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="693"/>
        <source>Show %1&apos;s name, ID number, phone, e-mail and bank cards in full? Why you need them is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="696"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="713"/>
        <source>Full information shown; this was recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="722"/>
        <source>Unlock sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="723"/>
        <source>Let %1 sign in again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="724"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="726"/>
        <source>Lock sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="727"/>
        <source>Lock %1&apos;s sign-in? The customer cannot sign in until someone unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="729"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="743"/>
        <source>Sign-in locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="743"/>
        <source>Sign-in unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="768"/>
        <source>Marked as a related party of the platform: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="769"/>
        <source>The related-party mark has ended; the months before keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="794"/>
        <source>A one-time code for the login password was sent to %1; it is valid until %2. Ask the customer to set the new password with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="796"/>
        <source>A one-time code for the withdrawal password was sent to %1; it is valid until %2. Ask the customer to set the new password with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="818"/>
        <source>Phone change to %1 requested; it waits for a senior risk officer&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="47"/>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="52"/>
        <source>Phone changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="64"/>
        <source>Customer number, name, phone, ID number, bank card, application or withdrawal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="66"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="76"/>
        <location filename="../../app/views/customers/customers_screen.py" line="117"/>
        <source>Type at least two characters; exact numbers, phones and cards are found whole, names by their beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="83"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="83"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="85"/>
        <source>Sign-in locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="87"/>
        <source>On the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="91"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="92"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="93"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="95"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="96"/>
        <source>ID or licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="97"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="121"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="132"/>
        <source>No customer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="134"/>
        <source>Found by %2: %1 · Enter or double-click opens a customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoOutbox</name>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="30"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="31"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="32"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="33"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="34"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="35"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="36"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="44"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="57"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="65"/>
        <source>This server sends text messages and e-mails through a real gateway; there is no demo outbox to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="71"/>
        <source>Messages the demo gateway would have sent: %1 · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="62"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="64"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="65"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="89"/>
        <location filename="../../app/views/loans/document_viewer.py" line="104"/>
        <source>No documents are attached to this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="95"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="117"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="114"/>
        <source>This is an identity document: it is shown only to staff allowed to view personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="132"/>
        <source>This PDF cannot be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="139"/>
        <source>This image cannot be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="163"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationBox</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="102"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="114"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="120"/>
        <source>A critical alert nobody has acknowledged within this time is sent to its recipients again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="141"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="163"/>
        <source>Saved: critical alerts escalate after %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="97"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="121"/>
        <source>The rule kept no records for this alert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="59"/>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="104"/>
        <source>Choose the statement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="60"/>
        <source>The custodian bank&apos;s file for %1: a CSV file or an Excel workbook, as the bank sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="64"/>
        <source>A CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="73"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="81"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="86"/>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="99"/>
        <source>The first lines of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="105"/>
        <source>Statements (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="122"/>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="125"/>
        <source>Choose a CSV file or an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="140"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="142"/>
        <source>Read as an Excel workbook (no encoding to choose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="144"/>
        <source>Read as %1 (possible: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="170"/>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="127"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsScreen</name>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="38"/>
        <source>Withdrawal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="41"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="42"/>
        <location filename="../../app/views/funds/funds_screen.py" line="164"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="43"/>
        <source>Trial balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="57"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="57"/>
        <source>Platform accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="58"/>
        <source>Customer accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="60"/>
        <source>Customer number, e.g. IV0001 or BR00000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="62"/>
        <location filename="../../app/views/funds/funds_screen.py" line="146"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="80"/>
        <source>Select an account to read its statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="88"/>
        <location filename="../../app/views/funds/funds_screen.py" line="148"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="91"/>
        <source>Account statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="114"/>
        <location filename="../../app/views/funds/funds_screen.py" line="186"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="134"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="139"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="139"/>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="139"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="140"/>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="142"/>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="143"/>
        <source>Reference (loan or order number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="144"/>
        <source>Amount from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="145"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="73"/>
        <source>%1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="121"/>
        <source>Statement of %1 · balance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="161"/>
        <source>%1 transfers · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="193"/>
        <source>Trial balance over all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="200"/>
        <source>Debits posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="201"/>
        <source>Credits posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="202"/>
        <source>Difference (must be zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="203"/>
        <source>Pending difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="204"/>
        <source>Customers&apos; money in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="205"/>
        <source>Every account&apos;s balance is in the Accounts tab; the customers&apos; total is what the custodian bank&apos;s reported balance must equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="208"/>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="227"/>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="227"/>
        <source>NOT balanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="70"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="75"/>
        <source>Application LN2026…, withdrawal WD2026…, customer, phone, ID number or transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="78"/>
        <source>Enter opens what the text names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="98"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="131"/>
        <source>Customers matching: %1; Enter opens the one selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="146"/>
        <source>Transfer found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="153"/>
        <source>Nothing found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoliveImportPanel</name>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="31"/>
        <source>Customers and bank cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="31"/>
        <source>Staff and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="32"/>
        <source>Opening balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="33"/>
        <source>Loans in flight, schedules and holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="34"/>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="36"/>
        <source>&amp;Download template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="39"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="42"/>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="44"/>
        <source>&amp;Try (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="47"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="56"/>
        <source>Download a template, fill it, choose it and try it: every problem is listed before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="69"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="91"/>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="92"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="99"/>
        <source>Template saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="104"/>
        <source>Choose the filled template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="105"/>
        <source>Excel workbooks or CSV files in a .zip (*.xlsx *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="119"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="126"/>
        <source>Import %1 into the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="152"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="156"/>
        <source>%1 problem(s) found: nothing was imported. Correct them in the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="160"/>
        <source>No problem found. Importing would add: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="163"/>
        <source>Imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="168"/>
        <source>%1 persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="168"/>
        <source>%1 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="169"/>
        <source>%1 bank cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="169"/>
        <source>%1 staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="170"/>
        <source>%1 opening balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="170"/>
        <source>%1 loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="171"/>
        <source>%1 installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="171"/>
        <source>%1 repayments made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="172"/>
        <source>%1 holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="172"/>
        <source>%1 blacklist entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoliveProblems</name>
    <message>
        <location filename="../../app/models/golive_problems.py" line="10"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/golive_problems.py" line="10"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/golive_problems.py" line="11"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/golive_problems.py" line="11"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="104"/>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="106"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="110"/>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="116"/>
        <source>Loading today&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="121"/>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="128"/>
        <source>Nothing waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="133"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="204"/>
        <source>Today&apos;s figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="206"/>
        <source>Not refreshed: %1 The figures shown are of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="215"/>
        <source>As of %1; refreshed every 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="254"/>
        <location filename="../../app/views/home/home_screen.py" line="295"/>
        <source>Open the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="268"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="314"/>
        <source>Applications per day (last 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="316"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="321"/>
        <source>Overdue rate by month of due date (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="325"/>
        <source>Overdue rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="326"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="332"/>
        <source>10,000 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="332"/>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="333"/>
        <source>Money in and out per day (last 30 days, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="335"/>
        <source>In (recharges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="336"/>
        <source>Out (withdrawals)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="80"/>
        <source>Import into the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="95"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="95"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="95"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="109"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="115"/>
        <source>Problems found: %1. Nothing can be imported until the file is corrected; correct the lines below and choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="120"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="122"/>
        <source>The file is correct: %1 entries will be added (lines already on the list are not added again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="126"/>
        <source>Import %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="436"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="437"/>
        <source>The file is checked whole: a file with any bad line is refused and nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="444"/>
        <source>Cancel the &amp;upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="447"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="454"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="454"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="454"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="495"/>
        <source>Sending %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="514"/>
        <source>Sending: %1 of %2 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="523"/>
        <source>Imported %1: %2 line(s), in %3, out %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="526"/>
        <source>The custodian reports customers&apos; money of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="559"/>
        <source>The file was refused with %1 problem(s); nothing was stored. Correct the file (or go back and change the mapping) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="511"/>
        <source>Sent; the server checks every line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="539"/>
        <source>The upload was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="566"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="236"/>
        <source>Separation of duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="243"/>
        <source>This combination needs a written justification (for example the approval reference). It is kept in the audit log and shown in the permission report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="253"/>
        <source>Grant with this justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTables</name>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="78"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="79"/>
        <location filename="../../app/models/ledger_tables.py" line="96"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="80"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="82"/>
        <source>Spendable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="84"/>
        <source>Frozen (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="86"/>
        <source>Debits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="87"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="72"/>
        <source>Platform account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="73"/>
        <source>Customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="94"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="97"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="98"/>
        <source>From (debit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="99"/>
        <source>To (credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="100"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="101"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="102"/>
        <source>Transfer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="115"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="118"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTransferDialog</name>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="180"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="182"/>
        <source>Transfer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="182"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="183"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="184"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="185"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="186"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="187"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="25"/>
        <source>Lift the withdrawal pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="27"/>
        <source>Withdrawals leave for the bank again as soon as the pause is lifted. Say why it is safe; a fresh one-time code confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="32"/>
        <source>Why it is safe, e.g. the withdrawals were checked with the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="37"/>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="55"/>
        <source>Link a staff member to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="57"/>
        <source>The staff member will no longer be able to approve or reject this customer&apos;s withdrawals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="61"/>
        <source>e.g. C000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="71"/>
        <source>e.g. own account, spouse, parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="75"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="76"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="77"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="79"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="93"/>
        <source>A customer reference is 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../app/views/common/list_export.py" line="29"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/list_export.py" line="29"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/list_export.py" line="30"/>
        <location filename="../../app/views/common/list_export.py" line="41"/>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/list_export.py" line="40"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/list_export.py" line="40"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/list_export.py" line="61"/>
        <source>%1 rows exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanQueueScreen</name>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="33"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="34"/>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="434"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="35"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="37"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="38"/>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="428"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="40"/>
        <source>Annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="42"/>
        <source>Repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="43"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="46"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="47"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="48"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="68"/>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="69"/>
        <source>Team queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="70"/>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="73"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="77"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="82"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="82"/>
        <source>Submitted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="82"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="83"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="83"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="85"/>
        <source>Amount from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="86"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="87"/>
        <source>Application number or borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="89"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="91"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="157"/>
        <source>Select an application to read its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="196"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="236"/>
        <source>No applications wait for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="237"/>
        <source>No applications match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="239"/>
        <source>%1 applications · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="273"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="275"/>
        <source>Reject application %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="276"/>
        <source>Return application %1 to the applicant for more material?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="278"/>
        <source>Reject %1 applications: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="279"/>
        <source>Return %1 applications to their applicants for more material: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="323"/>
        <source>%1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="323"/>
        <source>%1 returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="328"/>
        <source>; %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="422"/>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="422"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="423"/>
        <source>%1 (%2) · ID number %3 · phone %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="430"/>
        <source>Score %1 · grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="445"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="449"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="94"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="119"/>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="370"/>
        <source>Reject selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="120"/>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="370"/>
        <source>Return selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="137"/>
        <source>Loan applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="287"/>
        <source>Reject applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="287"/>
        <source>Return applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="289"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="289"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="305"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="334"/>
        <source>its state does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="335"/>
        <source>someone else changed it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="336"/>
        <source>you did its first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="337"/>
        <source>you do not have the permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="338"/>
        <source>it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="366"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="367"/>
        <source>Copy application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="425"/>
        <source>%1 a month · repays debts of %2 a month · overdue %3 times, longest %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="434"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="434"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="435"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="444"/>
        <source>blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="444"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanReasons</name>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="81"/>
        <source>Documents missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="82"/>
        <source>Income proof needs to be supplemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="83"/>
        <source>Information inconsistent between documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="84"/>
        <location filename="../../app/views/loans/loan_actions.py" line="87"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="85"/>
        <source>Incomplete documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="85"/>
        <source>Income cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="86"/>
        <source>Debt-to-income too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="86"/>
        <source>Information inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="87"/>
        <source>Blacklisted or fraud suspected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanWords</name>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="94"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="110"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="110"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../app/views/shell/lock_overlay.py" line="50"/>
        <source>The console is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/lock_overlay.py" line="52"/>
        <source>Enter the password of %1 to continue. Your open work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/lock_overlay.py" line="64"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="33"/>
        <source>P2P Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="100"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="115"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="116"/>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="117"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="119"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="120"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="121"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="122"/>
        <source>Show or hide navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="124"/>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="126"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="127"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="128"/>
        <source>My profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="129"/>
        <source>Lock the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="131"/>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="134"/>
        <location filename="../../app/views/shell/main_window.py" line="230"/>
        <source>Demo outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="137"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="139"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="141"/>
        <location filename="../../app/views/shell/main_window.py" line="183"/>
        <source>About P2P Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="145"/>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="147"/>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="151"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="184"/>
        <source>P2P Back Office %1 — the operations console of the lending platform.
Icons: Lucide (ISC licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="266"/>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="286"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="287"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="288"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="50"/>
        <location filename="../../app/views/help/manual_window.py" line="111"/>
        <source>Operations manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="57"/>
        <source>Administration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="68"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="72"/>
        <source>Save the administrator&apos;s guide as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="114"/>
        <source>administrators-guide.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="115"/>
        <source>Save the administrator&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="116"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="193"/>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="194"/>
        <source>Tell which column of the file holds each field. A saved profile fills them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="200"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="217"/>
        <source>Direction &amp;values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="221"/>
        <source>Name, e.g. 工商银行 new layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="222"/>
        <source>&amp;Save as profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="229"/>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="233"/>
        <source>I have checked the guessed columns against the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="244"/>
        <source>Bank serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="244"/>
        <source>Platform order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="245"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="245"/>
        <source>Amount (signed or with direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="246"/>
        <source>Debit amount (money out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="246"/>
        <source>Credit amount (money in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="247"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="247"/>
        <source>Date (or date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="248"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="248"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="263"/>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="271"/>
        <source>Loading the profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="282"/>
        <source>(none: map by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="325"/>
        <source>%1 (guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="328"/>
        <source>%1 (guessed, unsure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="348"/>
        <source>%1 · built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="366"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="383"/>
        <source>money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="383"/>
        <source>money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="398"/>
        <source>Still to map: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="425"/>
        <source>Profile %1 saved; it is offered for the next files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="326"/>
        <source>Guessed from the header&apos;s words; check that this is the right column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="212"/>
        <source>e.g. 收=money in; 付=money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="213"/>
        <source>How the direction column reads: each value of the file = money in (into the custodian account) or money out, separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="329"/>
        <source>Guessed from a header that only contains a usual word; check it carefully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="344"/>
        <source>Generic layout (signed amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="345"/>
        <source>ICBC layout (debit and credit columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="346"/>
        <source>CCB layout (借/贷 flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="347"/>
        <source>CMB layout (收/付 direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="394"/>
        <source>No built-in layout or saved profile fits this file: the columns were guessed from the header&apos;s words. Check each field marked (guessed), correct any that is wrong, then confirm below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="401"/>
        <source>Every required field is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/services/messages.py" line="10"/>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="11"/>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="12"/>
        <source>The one-time code is wrong or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="13"/>
        <source>This one-time code was already used; wait for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="14"/>
        <source>This sign-in step has expired; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="15"/>
        <source>This account is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="16"/>
        <source>Your session was ended for safety because its credentials were used twice; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="17"/>
        <source>Your session has ended; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="18"/>
        <source>Confirm this operation with a fresh one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="19"/>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="20"/>
        <location filename="../../app/services/messages.py" line="64"/>
        <source>Someone else changed this first; the screen now shows the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="21"/>
        <source>You cannot do this to your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="22"/>
        <source>Separation of duties does not allow this combination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="23"/>
        <source>Blocking risk rules must be overridden, with a reason, before this application can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="24"/>
        <source>This action is no longer possible: it has moved on to another state meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="25"/>
        <source>A reason is required for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="26"/>
        <source>That rule no longer blocks this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="27"/>
        <source>The new password does not meet the password rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="28"/>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="29"/>
        <source>Staff still hold this role; take it from them before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="30"/>
        <source>The text contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="31"/>
        <source>The server is receiving other large files; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="32"/>
        <source>This listing&apos;s funding window has ended; it takes no more investments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="39"/>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="41"/>
        <source>The server&apos;s certificate could not be verified, so the connection was refused. Check the server profile&apos;s certificate settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="44"/>
        <source>The server cannot be reached. Check the network connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="47"/>
        <source>Too many failed attempts: the account is locked for %1 more minute(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="49"/>
        <source>Too many attempts; wait %1 second(s) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="66"/>
        <source>Some of the input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="68"/>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="70"/>
        <source>The server failed to handle the request; it has been logged. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="71"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringSettingsTab</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="679"/>
        <source>Rules and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="680"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="681"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="18"/>
        <source>Resolve the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="18"/>
        <source>Acknowledge the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="21"/>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="26"/>
        <source>Say how it was resolved (what was found, what was done); the note is kept with the alert and in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="28"/>
        <source>Acknowledging tells the others that you are looking into it; a note is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="35"/>
        <source>How it was resolved, e.g. the customer confirmed the withdrawal by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="36"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="41"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="41"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/views/loans/override_dialog.py" line="14"/>
        <source>Override a risk rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/override_dialog.py" line="23"/>
        <source>Why this rule may be set aside for this application (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/override_dialog.py" line="26"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/override_dialog.py" line="27"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/loans/override_dialog.py" line="30"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="22"/>
        <source>Start a password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="25"/>
        <source>A one-time code goes to %1&apos;s registered phone or e-mail; the customer sets the new password with it. Staff never see or set a customer&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="33"/>
        <source>Login password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="34"/>
        <source>Withdrawal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="37"/>
        <source>SMS to the registered phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="39"/>
        <source>E-mail to the registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="40"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="41"/>
        <source>&amp;Send the code by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="48"/>
        <source>Send the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneChangeApprovals</name>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="173"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="174"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="175"/>
        <source>New phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="176"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="177"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="178"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="179"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="189"/>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="191"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="195"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="217"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="225"/>
        <source>No phone change waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="227"/>
        <source>Waiting for approval: %1. A change you asked for is approved by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="230"/>
        <source>Waiting for a senior risk officer&apos;s approval: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="257"/>
        <source>Approve phone change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="258"/>
        <source>Change %1&apos;s registered phone to %2, as %3 asked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="260"/>
        <source>Identity checked; the request is in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="261"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="263"/>
        <source>Reject phone change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="264"/>
        <source>Reject the change of %1&apos;s registered phone to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="266"/>
        <source>Identity could not be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="266"/>
        <source>Documents missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="267"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="285"/>
        <source>Approved: %1&apos;s phone is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="286"/>
        <source>Rejected: %1&apos;s phone stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneChangeDialog</name>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="62"/>
        <source>Request a phone change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="65"/>
        <source>Change %1&apos;s registered phone. The change takes effect when a senior risk officer approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="72"/>
        <source>11 digits, e.g. 13800138000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="77"/>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="81"/>
        <source>Details (how the customer&apos;s identity was checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="84"/>
        <source>&amp;New phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="85"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="86"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="93"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="14"/>
        <location filename="../../app/views/shell/settings_dialog.py" line="45"/>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="19"/>
        <source>Optional: a private CA bundle (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="20"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="26"/>
        <source>Optional: SHA-256 fingerprint of the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="27"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="28"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="29"/>
        <location filename="../../app/views/shell/settings_dialog.py" line="38"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="30"/>
        <source>Pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="38"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="46"/>
        <source>Give the profile a name and an https:// address (plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="88"/>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="96"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="49"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="50"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="93"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="96"/>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="107"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="128"/>
        <location filename="../../app/views/session/profile_dialog.py" line="145"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="151"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="153"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="154"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="174"/>
        <source>Both entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="186"/>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="195"/>
        <source>Your password has been changed. Use it from your next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="201"/>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="214"/>
        <source>Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="216"/>
        <source>Moving to a new phone? Confirm with a code from your current authenticator, scan the new code with the new one, and confirm with a code it shows. Until then the current authenticator keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="221"/>
        <source>Re-enrol authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="240"/>
        <source>Confirm the new authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="248"/>
        <source>Code from the new app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="272"/>
        <source>Preparing the new authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="277"/>
        <source>Re-enrol your authenticator: first confirm with a code from your current authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="285"/>
        <source>Scan the code with the new authenticator app, then enter the code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="307"/>
        <source>The new authenticator is in use; the old one&apos;s codes no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/views/common/reason_dialog.py" line="23"/>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/reason_dialog.py" line="27"/>
        <source>Details (what is missing, what does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/reason_dialog.py" line="30"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/reason_dialog.py" line="31"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="510"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="534"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="535"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="536"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="537"/>
        <source>WeChat Work user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="538"/>
        <source>Severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="539"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="576"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="576"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="576"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="576"/>
        <source>WeChat Work user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="577"/>
        <source>Severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="577"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="580"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="583"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="585"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="587"/>
        <source>Save recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="664"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <location filename="../../app/services/reconciliation.py" line="324"/>
        <source>This day is closed: it accepts no more changes. The screen now shows the day as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="326"/>
        <source>Someone else changed this first; the screen now shows the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="328"/>
        <source>The day cannot be closed while differences are open or adjustments wait for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="330"/>
        <source>This statement was imported before (the same file, or bank serial numbers already imported); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="333"/>
        <source>The file was refused; nothing was stored. The table lists every problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="335"/>
        <source>The selected lines do not add up to the same amount, so they cannot be matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="337"/>
        <source>Money in and money out cannot be matched with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="339"/>
        <source>Match one ledger line with several bank lines, or several ledger lines with one bank line, not many with many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="341"/>
        <source>A selected line is no longer open: someone else dealt with it first. The lists now show the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="343"/>
        <source>The selected lines balance each other: match them instead of adjusting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="345"/>
        <source>A line of this statement is in an adjusting entry; have the proposal rejected first (an approved one cannot be undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="348"/>
        <source>This statement is not one of the day&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="349"/>
        <source>No statement has been imported for this day yet; import it before running the matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="351"/>
        <source>The file is empty; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="352"/>
        <source>The column mapping is not complete or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="353"/>
        <source>You proposed this adjustment; another manager must decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="354"/>
        <source>This is no longer possible: someone else acted first. The screen now shows the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="360"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="361"/>
        <source>The file is not a statement that can be read (a CSV file or an .xlsx workbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="363"/>
        <source>The line holds bytes that are not text in the chosen encoding; choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="365"/>
        <source>This line is in another encoding than the rest of the file (UTF-8 inside a GBK file); save the file again in one encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="368"/>
        <source>The field holds garbled characters (bytes of another encoding read wrongly); check the file&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="370"/>
        <source>The field holds a NUL byte: the file is damaged or is not a text statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="372"/>
        <source>The file is an image, not a bank statement. Choose the statement file the bank sent (CSV or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="374"/>
        <source>The file is a PDF document, not a bank statement. Ask the bank for the statement as CSV or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="376"/>
        <source>The file is a zip archive or another Office document, not a bank statement. Unpack it, or choose the statement file (CSV or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="379"/>
        <source>The file is a program, not a bank statement. Do not open it; choose the statement file (CSV or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="381"/>
        <source>The file is an old Excel .xls workbook; save it as .xlsx or CSV in Excel and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="383"/>
        <source>No column header line was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="384"/>
        <source>The header line lacks a column the mapping needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="385"/>
        <source>Two header columns have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="386"/>
        <source>The line has another number of fields than the header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="388"/>
        <source>A required field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="389"/>
        <source>The amount is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="390"/>
        <source>The amount has more than two decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="391"/>
        <source>The amount is zero; every line must move money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="392"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="393"/>
        <source>Both the debit and the credit column hold an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="395"/>
        <source>The amount is negative where the layout expects a positive one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="397"/>
        <source>The direction is not one the mapping knows (money in or out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="399"/>
        <source>The date (or date and time) is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="400"/>
        <source>The time is not a valid time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="401"/>
        <source>The line is dated outside the day the statement is imported for (only the night&apos;s postings just after midnight are accepted); import the file for the day it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="404"/>
        <source>The same bank serial number appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="406"/>
        <source>The file&apos;s totals line disagrees with its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="407"/>
        <source>Lines follow the totals line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="408"/>
        <source>The file has a header but no statement lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="426"/>
        <source>The file has a problem here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="19"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="20"/>
        <source>Open differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="21"/>
        <source>Reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="22"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="25"/>
        <location filename="../../app/models/reconciliation/tables.py" line="34"/>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="26"/>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="27"/>
        <source>Account differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="28"/>
        <source>Ledger only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="29"/>
        <source>Bank only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="30"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="33"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="35"/>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="36"/>
        <source>Adjustment proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="37"/>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="40"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="41"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="42"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="44"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="44"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="45"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="46"/>
        <source>by amount and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="47"/>
        <source>several lines to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="48"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="89"/>
        <source>Timing, carried from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="106"/>
        <location filename="../../app/models/reconciliation/tables.py" line="120"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="109"/>
        <source>Bank serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="111"/>
        <location filename="../../app/models/reconciliation/tables.py" line="152"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="112"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="114"/>
        <location filename="../../app/models/reconciliation/tables.py" line="153"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="116"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="117"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="121"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="138"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="139"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="140"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="142"/>
        <source>Differences open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="144"/>
        <source>Open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="156"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="157"/>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="158"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="159"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationDay</name>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="245"/>
        <source>Reconciliation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="266"/>
        <source>&amp;Import statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="268"/>
        <source>&amp;Run matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="270"/>
        <source>&amp;Close day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="272"/>
        <source>&amp;Print day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="274"/>
        <source>&amp;Withdraw statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="306"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="310"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="310"/>
        <source>Ledger lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="310"/>
        <source>Ledger amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="310"/>
        <source>Bank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="311"/>
        <source>Bank amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="338"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="361"/>
        <source>Platform ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="362"/>
        <source>Bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="371"/>
        <source>Find &amp;candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="373"/>
        <source>&amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="375"/>
        <source>Mark as &amp;timing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="377"/>
        <source>&amp;Propose adjustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="420"/>
        <source>Ledger: %1 line(s), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="421"/>
        <source>Bank: %1 line(s), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="429"/>
        <source>difference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="476"/>
        <source>Matched %1 ledger and %2 bank line(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="486"/>
        <source>Mark %1 line(s) as a timing difference on %2: %3. They stay out of the open differences; the next day&apos;s statement is expected to carry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="498"/>
        <source>%1 line(s) marked as timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="505"/>
        <source>Propose an adjusting entry of %1 to the suspense account for %2 line(s) of %3: %4. A finance manager other than you approves it before anything is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="518"/>
        <source>Adjustment of %1 proposed; it waits for a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="572"/>
        <source>%1 adjustment(s) wait for approval; select one to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="582"/>
        <source>Approving posts %1 to the suspense account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="595"/>
        <source>Approve the adjusting entry of %1 on %2, proposed by %3 because: %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="605"/>
        <source>Approve the adjusting entry of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="609"/>
        <source>Adjustment of %1 approved and posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="615"/>
        <source>Reject the adjusting entry of %1 on %2, proposed by %3. Its lines become open again; the proposer sees your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="633"/>
        <source>Statement %1 imported: %2 line(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="647"/>
        <source>Close %1? The day&apos;s reconciliation becomes final: no statement, match, timing mark or adjustment can be added or changed afterwards, and there is no reopening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="650"/>
        <source>Open differences: %1. Adjustments waiting: %2. Statements: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="653"/>
        <source>Balance difference, custodian minus ledger: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="661"/>
        <source>Close the reconciliation day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="663"/>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="677"/>
        <source>%1 (%2 line(s), imported by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="685"/>
        <source>Withdraw %1 (%2 line(s), imported by %3 at %4) from %5. Its lines leave the day, and every match made with them is undone, by hand too; the day&apos;s matching then runs again. The same file can afterwards be imported for the day it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="698"/>
        <source>Withdraw the statement %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="701"/>
        <source>Statement %1 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="717"/>
        <source>Day report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="764"/>
        <source>%1: %2 line(s), in %3, out %4, imported by %5 at %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="773"/>
        <source>Withdrawn: %1, by %2 at %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="776"/>
        <source>Matched at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="778"/>
        <source>Closed by %1 at %2; the day is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="782"/>
        <source>Customers&apos; money in the ledger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="788"/>
        <source>reported by the custodian %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="806"/>
        <source>Ledger %1 line(s) %2 · bank %3 line(s) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="428"/>
        <source>amounts agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="435"/>
        <source>Select lines on both sides whose amounts agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="437"/>
        <source>The selected amounts do not agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="439"/>
        <source>Money in and money out cannot be matched with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="441"/>
        <source>Match one line with several of the other side, not many with many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="444"/>
        <source>Only open lines can be matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="446"/>
        <source>Match the selected lines by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="489"/>
        <source>Mark as timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="490"/>
        <source>Expected on the next day&apos;s statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="491"/>
        <source>Settlement still in flight at the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="491"/>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="511"/>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="620"/>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="692"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="508"/>
        <source>Propose adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="509"/>
        <source>Bank charge not booked by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="510"/>
        <source>Failed payment the platform did not hear of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="511"/>
        <source>Bank movement the platform never booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="523"/>
        <source>Adjusting entries of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="534"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="536"/>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="573"/>
        <source>No adjustment waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="575"/>
        <source>This adjustment was decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="577"/>
        <source>Only a holder of the permission to approve adjusting entries decides them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="579"/>
        <source>You proposed this adjustment: another manager must approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="597"/>
        <source>The entry is posted to the suspense account at once and cannot be undone; only a reversing entry can correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="599"/>
        <source>Approve adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="618"/>
        <source>Reject adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="619"/>
        <source>The difference is not explained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="620"/>
        <source>It should be matched or marked as timing instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="625"/>
        <source>Adjustment rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="641"/>
        <source>Matching ran; manual work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="655"/>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="689"/>
        <source>Withdraw statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="690"/>
        <source>Imported for the wrong day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="691"/>
        <source>The wrong file (another bank or account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="692"/>
        <source>Imported twice under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="713"/>
        <source>Day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="722"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="767"/>
        <source>Statements: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="769"/>
        <source>No statement imported for this day yet: import the custodian bank&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="783"/>
        <source>Customers&apos; money in the ledger: not taken yet (run the matching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="786"/>
        <source>the custodian has not reported a total for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="791"/>
        <source>they agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="792"/>
        <source>difference (custodian minus ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="812"/>
        <source>The day closes once nothing is open and no adjustment waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="813"/>
        <source>Close the day (日终).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="816"/>
        <source>Take back a statement imported for the wrong day, with a reason and a fresh one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="818"/>
        <source>A closed day keeps its statements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationScreen</name>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="75"/>
        <source>&amp;Open day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="104"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="110"/>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="125"/>
        <source>Reconciliation with the custodian bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="138"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="143"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="161"/>
        <source>%3 %1</source>
        <comment>month heading: %1 year, %2 month number, %3 month name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="192"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="216"/>
        <source>%1 differences open this month · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="221"/>
        <source>%1: no statement imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="222"/>
        <source>%1: %2</source>
        <comment>a day: its status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="223"/>
        <source>%1 statement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="225"/>
        <source>%1 open, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="241"/>
        <source>Reconciliation %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="44"/>
        <source>Recover your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="48"/>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="66"/>
        <source>Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="73"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="75"/>
        <source>Send code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="89"/>
        <source>Enter your user name. A recovery code goes to the e-mail address (and mobile) registered for your account. You will also need your authenticator app. Lost your e-mail or authenticator? Ask an administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="99"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="120"/>
        <source>6 digits from the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="135"/>
        <source>6 digits from your authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="137"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="138"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="139"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="141"/>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="158"/>
        <source>Both entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="187"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="198"/>
        <source>Set new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="209"/>
        <source>Demo platform: no code was sent to this user name (only the demo accounts have an e-mail address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="212"/>
        <source>Demo platform: the e-mail to %1 says the code is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="220"/>
        <source>Enter the 6-digit recovery code from the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="223"/>
        <source>The two entries of the new password differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="226"/>
        <source>Enter the 6-digit code from your authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedParty</name>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="19"/>
        <source>Shareholder of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="20"/>
        <source>Actual controller of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="21"/>
        <source>Director, supervisor or senior manager of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="22"/>
        <source>Employee of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="23"/>
        <source>Close relative of a shareholder, director or senior manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="24"/>
        <source>Company controlled by the platform or its related parties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedPartyDialog</name>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="31"/>
        <source>Related party of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="34"/>
        <source>%1 is marked as a related party of the platform: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="35"/>
        <source>%1 is not marked as a related party of the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="39"/>
        <source>The monthly disclosure lists related parties&apos; loans apart at each month end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="44"/>
        <source>Change the relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="44"/>
        <source>Mark as a related party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="46"/>
        <source>End the mark from now (the months before keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="59"/>
        <source>Choose or write the relation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="68"/>
        <source>e.g. shareholder register of 2026-11-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="69"/>
        <source>&amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="70"/>
        <source>Related &amp;since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="71"/>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="100"/>
        <source>End the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="100"/>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportParams</name>
    <message>
        <location filename="../../app/views/reports/report_params.py" line="100"/>
        <source>The period must start on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_params.py" line="117"/>
        <source>e.g. LN20261124000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_params.py" line="138"/>
        <source>Enter the application number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_params.py" line="140"/>
        <source>An application number is LN followed by 14 digits, e.g. LN20261124000123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_params.py" line="180"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreviewTab</name>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="96"/>
        <source>First page (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="97"/>
        <source>Previous page (PageUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="102"/>
        <source>Next page (PageDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="103"/>
        <source>Last page (Ctrl+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="106"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="112"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="114"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="114"/>
        <source>Page width fills the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="115"/>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="115"/>
        <source>A whole page fits the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="118"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="118"/>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="121"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="121"/>
        <source>Print the report (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="123"/>
        <location filename="../../app/views/reports/report_preview.py" line="162"/>
        <source>Generate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="124"/>
        <source>Generate the report again from the current data (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="159"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="223"/>
        <source>Generating the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="249"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="255"/>
        <source>Generating the report was cancelled. Nothing was printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="258"/>
        <source>The report could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="265"/>
        <source>there is no application or loan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="287"/>
        <source>Generated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="350"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="412"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="422"/>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="427"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="429"/>
        <source>The save could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="452"/>
        <source>Printing %1 page(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="461"/>
        <source>The report was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="466"/>
        <source>Sent %1 page(s) to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="468"/>
        <source>The print could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="475"/>
        <source>the printer could not be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="477"/>
        <source>the file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="276"/>
        <source>The report was generated but its PDF cannot be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="400"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="401"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="440"/>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="53"/>
        <source>Loan approval form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="54"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="56"/>
        <source>Repayment schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="57"/>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="59"/>
        <source>Daily reconciliation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="60"/>
        <location filename="../../app/services/reports/catalog.py" line="63"/>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="62"/>
        <source>Withdrawal review list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="64"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="65"/>
        <source>All decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="66"/>
        <source>Approved and paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="67"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="69"/>
        <source>Monthly operations report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="70"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="72"/>
        <source>Staff permission report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="73"/>
        <source>Staff state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="74"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="75"/>
        <source>Active accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="77"/>
        <source>Audit log extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="78"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="79"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="80"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="81"/>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="107"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="127"/>
        <source>No report is open to you. Printing reports needs the permission &quot;Print reports&quot; and the permission of the report&apos;s area; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="157"/>
        <source>One application for signatures: borrower, terms, risk score and rule hits, every review step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="159"/>
        <source>A loan&apos;s installments: due dates, principal, interest, fees, status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="160"/>
        <source>A business day&apos;s totals per side, differences and their resolution, who closed the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="162"/>
        <source>The day&apos;s reviewed withdrawals with decisions and reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="163"/>
        <source>The month&apos;s disclosure metrics with 12-month trends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="164"/>
        <source>Every staff user&apos;s roles and effective permissions, and separation-of-duties conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="166"/>
        <source>Audit records of a period and filter, with the hash-chain check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="186"/>
        <source>Confidential: every page carries the watermark 内部资料 注意保密 (an English copy carries it in English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="202"/>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleChecklist</name>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="137"/>
        <source>Separation of duties; a written justification will be asked for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleFormDialog</name>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="337"/>
        <source>No limit of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="340"/>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="341"/>
        <source>Chinese label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="342"/>
        <source>English label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="344"/>
        <source>Approval limit (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="366"/>
        <source>The code name needs at least 2 characters: lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="368"/>
        <source>Enter the limit in yuan, for example 50,000.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesScreen</name>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="154"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="158"/>
        <source>Held by %1 user(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="160"/>
        <source>Approval limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="197"/>
        <source>Sensitive: using it asks for a one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="213"/>
        <source>to be granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="214"/>
        <source>to be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="387"/>
        <source>New role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="388"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="389"/>
        <source>Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="390"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="391"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="392"/>
        <location filename="../../app/views/admin/roles_screen.py" line="526"/>
        <source>Save changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="449"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="460"/>
        <source>%1 roles, %2 permissions · as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="516"/>
        <source>%1 user(s) hold this role; take it from them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="527"/>
        <source>Save changes to %1 role(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="557"/>
        <source>Save the permission changes of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="568"/>
        <source>Saved the permissions of %1 role(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="579"/>
        <source>The role %1 would combine permissions that separation of duties keeps apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="607"/>
        <source>Create the role %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="613"/>
        <source>Role %1 created; tick its permissions and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="628"/>
        <source>Rename role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="636"/>
        <source>Role %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="649"/>
        <source>Copy role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="661"/>
        <source>Copy the role %1 with its permissions as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="676"/>
        <source>Role %1 created as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="704"/>
        <source>Role %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="462"/>
        <source>Read-only: you can see roles and permissions but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="514"/>
        <source>Select a role&apos;s column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="523"/>
        <source>Separation of duties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="573"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="598"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="666"/>
        <source>The copy would combine permissions that separation of duties keeps apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="685"/>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="686"/>
        <source>Delete the role %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="688"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="186"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="186"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="186"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="186"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="194"/>
        <source>The rule runs (every minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="196"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="198"/>
        <source>Save the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="201"/>
        <source>Back to the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="273"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="278"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="300"/>
        <source>%1: enter an amount in yuan, e.g. 50,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="315"/>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="67"/>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="99"/>
        <source>Save current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="100"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="108"/>
        <source>Save current filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="112"/>
        <source>No saved filters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="116"/>
        <source>Delete saved filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../app/models/schedule_model.py" line="25"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="25"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="26"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="26"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="27"/>
        <source>Installment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="27"/>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="28"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="28"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="80"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../app/views/shell/screens.py" line="98"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="99"/>
        <source>Loan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="101"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="103"/>
        <source>After-loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="106"/>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="108"/>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="110"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="112"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="114"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="116"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="119"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="28"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="29"/>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="30"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="31"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="32"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="54"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="56"/>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="89"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="94"/>
        <source>%1 active sessions · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="142"/>
        <source>Session of %1 revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="95"/>
        <source>No active sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="111"/>
        <source>This may be your own session: revoking it signs you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="121"/>
        <source>Revoke session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="122"/>
        <source>That console is signed out at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="123"/>
        <source>Revoke the session of %1 from %2, started %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="126"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="68"/>
        <location filename="../../app/views/shell/settings_dialog.py" line="72"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="72"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="73"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="78"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="80"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="81"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="82"/>
        <source>Lock when idle after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="84"/>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="90"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="90"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="90"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/views/help/shortcuts_dialog.py" line="27"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/help/shortcuts_dialog.py" line="30"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/help/shortcuts_dialog.py" line="30"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="65"/>
        <source>Reference, serial or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="68"/>
        <source>¥ from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="69"/>
        <source>¥ to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="72"/>
        <source>Amount range in yuan, e.g. 1,000 to 50,000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="75"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="78"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="81"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="99"/>
        <source>Show all lines again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="151"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="156"/>
        <source>Candidates for %1 %2 of %3, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="172"/>
        <source>%1 %2 repeats bank line %3 (line %4 of its file), which is matched with the ledger line(s) below: the bank lists this movement twice. If the money moved twice, propose an adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="177"/>
        <source>%1 candidate(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="180"/>
        <source>%1 line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="178"/>
        <source>No line of this side could match it; mark it as timing or propose an adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="182"/>
        <source>No line here: nothing to investigate with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="47"/>
        <source>P2P Back Office — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="66"/>
        <source>P2P Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="67"/>
        <source>Operations console of the lending platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="89"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="91"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="114"/>
        <source>6 digits from your authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="116"/>
        <source>Stay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="246"/>
        <source>No secure credential store (the system&apos;s keyring) is available on this computer, so nothing can be remembered safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="120"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="122"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="123"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="124"/>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="126"/>
        <source>Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="142"/>
        <source>Demo accounts (shown only for the local demo platform). Double-click one to fill in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="151"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="151"/>
        <source>Name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="151"/>
        <source>Current code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="177"/>
        <source>Risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="177"/>
        <source>Senior risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="178"/>
        <source>Finance clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="178"/>
        <source>Finance manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="179"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="179"/>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="180"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="186"/>
        <source>This is your first sign-in with a temporary password. Choose your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="198"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="199"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="210"/>
        <source>Scan this code with an authenticator app (for example Google Authenticator or Microsoft Authenticator), then enter the 6-digit code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="225"/>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="233"/>
        <source>Local demo platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="261"/>
        <source>Starting the local demo platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="266"/>
        <location filename="../../app/views/session/sign_in_dialog.py" line="272"/>
        <source>The local demo platform is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="277"/>
        <source>The local demo platform could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="326"/>
        <source>Your password has been changed and your other sessions ended. Sign in with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="347"/>
        <source>The user name, password or one-time code is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="386"/>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="400"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="406"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="435"/>
        <source>Both entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="442"/>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffLinksPanel</name>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="35"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="37"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="38"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="39"/>
        <source>Linked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="40"/>
        <source>Linked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="108"/>
        <source>Customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="116"/>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="119"/>
        <source>End link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="151"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="156"/>
        <source>%1 links · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="193"/>
        <source>%1 is now linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="202"/>
        <source>End the link between %1 and %2? %1 may then approve and reject this customer&apos;s withdrawals again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="218"/>
        <source>End the link between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="230"/>
        <source>The link between %1 and %2 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="157"/>
        <source>No staff member is linked to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="201"/>
        <location filename="../../app/views/admin/staff_links_panel.py" line="206"/>
        <source>End link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementImportWizard</name>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="579"/>
        <source>Import statement for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <location filename="../../app/views/session/step_up_dialog.py" line="28"/>
        <source>Confirm with a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/step_up_dialog.py" line="38"/>
        <source>This is a sensitive operation. Enter a fresh 6-digit code from your authenticator app to confirm it; a code that was already used is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/step_up_dialog.py" line="48"/>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/session/step_up_dialog.py" line="57"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="64"/>
        <source>Temporary password of %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="72"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="77"/>
        <source>This password is shown only now and will not be shown again: the platform does not keep it. Give it to the user in person or over a trusted channel; they must choose their own password at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="93"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="72"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDetailDialog</name>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="118"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="122"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="123"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="124"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="125"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="127"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="128"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="129"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="130"/>
        <source>Transfer ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="183"/>
        <location filename="../../app/views/admin/users_screen.py" line="188"/>
        <source>Leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="189"/>
        <source>Where a password recovery code is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="191"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="192"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="193"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="194"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="198"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="220"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="221"/>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="226"/>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="227"/>
        <source>Own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="232"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="233"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="234"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="235"/>
        <location filename="../../app/views/admin/users_screen.py" line="360"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="236"/>
        <source>Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="237"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="238"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="239"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="240"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="265"/>
        <location filename="../../app/views/admin/users_screen.py" line="439"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="268"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="271"/>
        <source>User name or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="274"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="275"/>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="358"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="358"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="359"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="359"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="359"/>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="361"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="361"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="361"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="364"/>
        <source>Effective permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="365"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="366"/>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="367"/>
        <source>Select an account to see its roles, permissions and sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="406"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="407"/>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="408"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="409"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="410"/>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="411"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="412"/>
        <source>Reset authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="454"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="472"/>
        <source>No account matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="474"/>
        <source>%1 accounts · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="546"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="548"/>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="550"/>
        <source>E-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="554"/>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="581"/>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="675"/>
        <source>Create the account %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="679"/>
        <location filename="../../app/views/admin/users_screen.py" line="812"/>
        <source>The roles chosen for %1 combine duties that are kept apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="685"/>
        <source>Account %1 (%2) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="698"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="706"/>
        <source>Account %1 (%2) saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="790"/>
        <source>Their sessions end at once, and they must enrol a new authenticator app at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="791"/>
        <source>Reset the authenticator of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="733"/>
        <source>Account %1 (%2) disabled; its sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="743"/>
        <source>Account %1 (%2) enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="752"/>
        <source>Account %1 (%2) unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="763"/>
        <source>Password of %1 (%2) reset; their sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="774"/>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="785"/>
        <source>Authenticator of %1 (%2) reset; they enrol a new one at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="793"/>
        <source>Reset the authenticator of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="800"/>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="801"/>
        <source>Choose the roles of %1. The new rights apply from their next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="808"/>
        <source>Give %1 these roles: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="818"/>
        <source>Roles of %1 (%2) saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="545"/>
        <source>Authenticator enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="545"/>
        <source>No authenticator enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="552"/>
        <source>Must choose a new password at next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="556"/>
        <source>This is your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="559"/>
        <location filename="../../app/views/admin/users_screen.py" line="807"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="559"/>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="567"/>
        <source>Separation of duties: this account combines duties kept apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="581"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="597"/>
        <source>You cannot do this to your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="666"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="686"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="720"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="721"/>
        <source>They are signed out at once and cannot sign in until an administrator enables the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="723"/>
        <source>Disable the account of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="724"/>
        <source>Left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="724"/>
        <source>Long leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="724"/>
        <source>Suspected misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="725"/>
        <source>Duplicate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="726"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="764"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="770"/>
        <location filename="../../app/views/admin/users_screen.py" line="773"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="771"/>
        <source>Their sessions end at once, and they must sign in with a temporary password and choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="772"/>
        <source>Reset the password of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="789"/>
        <location filename="../../app/views/admin/users_screen.py" line="792"/>
        <source>Reset authenticator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingCounts</name>
    <message>
        <location filename="../../app/views/shell/waiting_counts.py" line="42"/>
        <location filename="../../app/views/shell/waiting_counts.py" line="73"/>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/waiting_counts.py" line="43"/>
        <source>What waits for you, kind by kind; click a kind to open its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/waiting_counts.py" line="76"/>
        <location filename="../../app/views/shell/waiting_counts.py" line="89"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/waiting_counts.py" line="73"/>
        <source>Waiting for me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/waiting_counts.py" line="80"/>
        <source>Nothing waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalPauseBanner</name>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="67"/>
        <source>Lift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="108"/>
        <source>Withdrawals are paused since %1: %2. Nothing leaves for the bank until a finance manager, a senior risk officer or an administrator lifts the pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="122"/>
        <source>Lift the pause: withdrawals leave for the bank again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="138"/>
        <source>The pause was not lifted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalReview</name>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="138"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="139"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="302"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="140"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="301"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="141"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="335"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="142"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="336"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="143"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="144"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="301"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="151"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="154"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="157"/>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="162"/>
        <source>Customer, e.g. IV0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="164"/>
        <source>Amount from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="165"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="166"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="193"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="273"/>
        <source>Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="195"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="275"/>
        <source>Reject selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="217"/>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="217"/>
        <source>Awaiting second approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="218"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="218"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="221"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="221"/>
        <source>New bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="222"/>
        <source>Soon after recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="222"/>
        <source>Many today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="231"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="247"/>
        <source>To review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="249"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="254"/>
        <source>%1 requests · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="272"/>
        <source>Approve selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="274"/>
        <source>Reject selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="297"/>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="425"/>
        <source>Withdrawal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="447"/>
        <source>Review threshold %1; above %2 a finance manager gives a second approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="477"/>
        <source>Approved first by %1; waits for a finance manager&apos;s second approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="480"/>
        <source>Above %1: your approval sends it to a finance manager for the second approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="498"/>
        <source>Approve withdrawal %1: %2 to bank card %3 of %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="492"/>
        <source>The amount is above %1: after your approval a finance manager gives the second approval, and only then does the money leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="506"/>
        <source>Approve withdrawal %1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="514"/>
        <source>Reject withdrawal %1 of %2 to bank card %3 of %4. The money becomes available to the customer again; the customer sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="542"/>
        <source>Done: %1 is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="549"/>
        <source>Someone else acted first: %1 is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="571"/>
        <source>Approve %1 withdrawals, %2 in all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="578"/>
        <source>Approve %1 withdrawals, %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="586"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="587"/>
        <source>Reject %1 withdrawals, %2 in all: %3. The money becomes available to the customers again; they see the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="603"/>
        <source>%1 done, %2 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="281"/>
        <source>Select a request to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="168"/>
        <source>Refresh (F5)</source>
        <comment>the queue and the selected request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="302"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="303"/>
        <source>First approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="303"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="304"/>
        <source>Reason (shown to the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="312"/>
        <source>Why it waits for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="318"/>
        <source>Customer&apos;s balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="322"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="322"/>
        <source>Frozen (incl. this request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="323"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="330"/>
        <source>Recent ledger activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="335"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="335"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="335"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="336"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="349"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="352"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="435"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="451"/>
        <source>No rule flagged this request; it was paid automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="474"/>
        <source>You are linked to this customer&apos;s account: separation of duties does not let you approve or reject its withdrawals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="496"/>
        <source>The money leaves for the customer&apos;s bank card at once; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="500"/>
        <source>Approve withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="517"/>
        <source>Reject withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="525"/>
        <source>Bank card holder differs from the account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="526"/>
        <source>Bank card cannot receive payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="526"/>
        <source>Suspected fraud or account takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="527"/>
        <source>Money from a recharge not yet cleared by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="527"/>
        <source>Customer asked to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="528"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="538"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="569"/>
        <source>Each is approved on its own: small ones leave for the bank at once, those above the second threshold go to a finance manager, and any that someone else changed meanwhile are refused and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="572"/>
        <source>Approve withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="589"/>
        <source>Reject withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
