<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddEntryDialog</name>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="30"/>
        <source>Add to the blacklist</source>
        <translation>加入黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="38"/>
        <source>As written on the document</source>
        <translation>与证件所载一致</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="42"/>
        <source>Why, e.g. forged income proof</source>
        <translation>原因，例如：伪造收入证明</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="49"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="49"/>
        <source>&amp;Value</source>
        <translation>值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="50"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="50"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="55"/>
        <source>Add</source>
        <translation>加入</translation>
    </message>
</context>
<context>
    <name>AdministrationScreen</name>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="161"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="166"/>
        <source>Roles and permissions</source>
        <translation>角色与权限</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="172"/>
        <source>Linked customers</source>
        <translation>关联客户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="175"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="182"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="188"/>
        <source>Data import</source>
        <translation>数据导入</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="194"/>
        <source>Your roles give no administration rights.</source>
        <translation>您的角色没有系统管理权限。</translation>
    </message>
</context>
<context>
    <name>AfterLoanScreen</name>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="66"/>
        <source>Listings and funding</source>
        <translation>发标与募集</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="68"/>
        <source>Repayments</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="69"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="71"/>
        <source>Compensation and write-off</source>
        <translation>代偿与核销</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="106"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="231"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="287"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="543"/>
        <source>Loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="107"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="232"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="288"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="544"/>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="108"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="545"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="109"/>
        <source>Funded</source>
        <translation>募集进度</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="110"/>
        <source>Investors</source>
        <translation>投资人数</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="111"/>
        <source>Window ends</source>
        <translation>募集截止</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="112"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="237"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="547"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="117"/>
        <source>Disburse…</source>
        <translation>放款…</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="120"/>
        <source>End funding…</source>
        <translation>流标…</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="122"/>
        <source>Ends the listing by hand; the investors&apos; frozen money is theirs again.</source>
        <translation>手动结束募集；投资人冻结的资金随即解冻。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="158"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="397"/>
        <source>%1 loans · as of %2</source>
        <translation>%1 笔借款 · 截至 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="198"/>
        <source>Disburse loan %1: %2 to %3</source>
        <translation>放款 %1：%2 给 %3</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="200"/>
        <source>Loan %1 disbursed.</source>
        <translation>借款 %1 已放款。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="206"/>
        <source>End the funding of loan %1 (%2 of %3 raised). The investors&apos; frozen money is theirs again; the loan is not disbursed.</source>
        <translation>结束借款 %1 的募集（已募集 %2，目标 %3）。投资人冻结的资金随即解冻；该借款不再放款。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="209"/>
        <source>End funding</source>
        <translation>流标</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="210"/>
        <source>Borrower withdrew</source>
        <translation>借款人撤回</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="210"/>
        <source>Funding too slow</source>
        <translation>募集过慢</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="210"/>
        <source>Terms must change</source>
        <translation>借款条件需调整</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="210"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="512"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="519"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="617"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="213"/>
        <source>The funding of loan %1 has ended.</source>
        <translation>借款 %1 已流标。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="223"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="224"/>
        <source>Due in the next 7 days</source>
        <translation>未来 7 天到期</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="233"/>
        <source>Installment</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="234"/>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="235"/>
        <source>Due</source>
        <translation>应还</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="236"/>
        <source>Received</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="258"/>
        <source>%1 installments · due %2 · received %3 · as of %4</source>
        <translation>%1 期 · 应还 %2 · 已还 %3 · 截至 %4</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="271"/>
        <source>All overdue</source>
        <translation>全部逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="279"/>
        <source>Only loans I collect</source>
        <translation>只看我催收的借款</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="295"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="289"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="290"/>
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="291"/>
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="296"/>
        <source>Penalty</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="293"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="293"/>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="294"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="317"/>
        <source>Next action</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="292"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="316"/>
        <source>Promise</source>
        <translation>还款承诺</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="124"/>
        <source>Open for funding…</source>
        <translation>发标…</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="126"/>
        <source>Opens an approved loan to investors for the funding window.</source>
        <translation>将审批通过的借款发布给投资人募集。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="167"/>
        <source>%1 loans: %2 to disburse, %3 open for funding, %4 to open · as of %5</source>
        <translation>共 %1 笔：待放款 %2 笔，募集中 %3 笔，待发标 %4 笔 · 截至 %5</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="183"/>
        <source>Open for funding</source>
        <translation>发标</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="184"/>
        <source>Open loan %1 of %2 (%3) to investors?</source>
        <translation>确定将借款 %1（借款人 %2，%3）发布给投资人募集吗？</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="189"/>
        <source>Loan %1 is open for funding.</source>
        <translation>借款 %1 已发标。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="297"/>
        <source>Proposal</source>
        <translation>代偿或核销</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="307"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="414"/>
        <source>Select an overdue loan to see its collection.</source>
        <translation>选择一笔逾期借款以查看催收记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="316"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="316"/>
        <source>By</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="316"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="317"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="318"/>
        <source>Assign a collector…</source>
        <translation>分配催收员…</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="322"/>
        <source>Record a contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="326"/>
        <source>Propose compensation…</source>
        <translation>发起代偿…</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="329"/>
        <source>Propose write-off…</source>
        <translation>发起核销…</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="362"/>
        <source>%1: %2 on %3</source>
        <translation>%1：%3 还 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="368"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="370"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="546"/>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="548"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="371"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="389"/>
        <source>All overdue: %1 · %2</source>
        <translation>全部逾期：%1 笔 · %2</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="392"/>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 笔 · %3</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="399"/>
        <source>broken promises: %1, shown first in red</source>
        <translation>%1 笔承诺违约，以红色排在最前</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="424"/>
        <source>Collection of %1 · %2</source>
        <translation>%1 的催收 · %2</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="433"/>
        <source>no one yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="435"/>
        <source>Collection of %1 · %2 · collector: %3</source>
        <translation>%1 的催收 · %2 · 催收员：%3</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="439"/>
        <source>%1 on %2</source>
        <translation>%2 还 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="474"/>
        <source>Loan %1 of %2, %3 days overdue (%4).</source>
        <translation>借款 %1，借款人 %2，逾期 %3 天（%4）。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="481"/>
        <source>%1 now collects loan %2.</source>
        <translation>借款 %2 已分配给 %1 催收。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="490"/>
        <source>Loan %1 of %2, phone %3, %4 days overdue (%5).</source>
        <translation>借款 %1，借款人 %2，手机 %3，逾期 %4 天（%5）。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="497"/>
        <source>Contact with %1 recorded.</source>
        <translation>已记录与 %1 的联系。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="507"/>
        <source>Propose compensation</source>
        <translation>发起代偿</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="508"/>
        <source>Propose to compensate the investors of loan %1 (%2, %3 days overdue) from the risk reserve. A finance manager approves it.</source>
        <translation>提议以风险准备金代偿借款 %1 的投资人（%2，逾期 %3 天），由财务主管审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="511"/>
        <source>Overdue beyond the compensation threshold</source>
        <translation>逾期超过代偿标准</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="511"/>
        <source>Borrower cannot be reached</source>
        <translation>借款人失联</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="514"/>
        <source>Propose write-off</source>
        <translation>发起坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="515"/>
        <source>Propose to write off loan %1 (%2, %3 days overdue) as a bad debt. A finance manager approves it.</source>
        <translation>提议将借款 %1（%2，逾期 %3 天）作为坏账核销，由财务主管审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="518"/>
        <source>Collection exhausted</source>
        <translation>催收手段已用尽</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="518"/>
        <source>Borrower insolvent or deceased</source>
        <translation>借款人无偿还能力或已身故</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="519"/>
        <source>Court ruling</source>
        <translation>法院判决</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="523"/>
        <source>Proposal for loan %1 sent for approval.</source>
        <translation>借款 %1 的申请已提交审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="533"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="534"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="535"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="536"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="542"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="546"/>
        <source>Proposed by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="548"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="550"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="550"/>
        <source> (decision: %1)</source>
        <translation>（审批意见：%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="556"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="559"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="583"/>
        <source>%1 proposals · %2 in all · as of %3</source>
        <translation>%1 项申请 · 合计 %2 · 截至 %3</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="603"/>
        <source>Approve %1 of loan %2: %3, proposed by %4</source>
        <translation>批准借款 %2 的%1：%3，发起人 %4</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="606"/>
        <source>%1 of loan %2 approved.</source>
        <translation>借款 %2 的%1已批准。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="614"/>
        <source>Reject the %1 of loan %2 (%3) proposed by %4. The proposer sees the reason.</source>
        <translation>驳回 %4 发起的借款 %2 的%1（%3）。发起人会看到驳回原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="616"/>
        <source>Reject proposal</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="617"/>
        <source>Collection not yet exhausted</source>
        <translation>催收尚未用尽</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="617"/>
        <source>Amount does not match</source>
        <translation>金额不符</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="619"/>
        <source>%1 of loan %2 rejected.</source>
        <translation>借款 %2 的%1已驳回。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/after_loan_screen.py" line="646"/>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
</context>
<context>
    <name>AfterLoanWords</name>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="10"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="14"/>
        <source>Due</source>
        <translation>待还</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="15"/>
        <source>Partly received</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="16"/>
        <source>Received</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="20"/>
        <source>Promised</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="21"/>
        <source>Promise kept</source>
        <translation>已履约</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="22"/>
        <source>Promise broken</source>
        <translation>已违约</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="26"/>
        <source>Reached the borrower</source>
        <translation>已联系本人</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="27"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="28"/>
        <source>Promised to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="29"/>
        <source>Disputes the debt</source>
        <translation>对欠款有异议</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="30"/>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="34"/>
        <source>Compensation</source>
        <translation>代偿</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="35"/>
        <source>Write-off</source>
        <translation>坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="39"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="40"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="41"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="45"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="46"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="47"/>
        <source>Bank card</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="49"/>
        <source>Borrower (earlier entry)</source>
        <translation>借款人（早期条目）</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="53"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="54"/>
        <source>Court list of defaulters</source>
        <translation>法院失信名单</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="55"/>
        <source>Partner institution</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="60"/>
        <source>On the list</source>
        <translation>在名单中</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="61"/>
        <source>Removal awaiting approval</source>
        <translation>移出待审批</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="62"/>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="63"/>
        <source>Removal rejected</source>
        <translation>移出被驳回</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="68"/>
        <source>Applications in my queue</source>
        <translation>我的待审申请</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="69"/>
        <source>Second reviews</source>
        <translation>待复审</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="70"/>
        <source>Withdrawals to review</source>
        <translation>待审核提现</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="71"/>
        <source>Large withdrawals to approve</source>
        <translation>待审批大额提现</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="72"/>
        <source>Reconciliation differences</source>
        <translation>对账差异</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="73"/>
        <source>Adjustments to approve</source>
        <translation>待审批调账</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="74"/>
        <source>Compensations to approve</source>
        <translation>待审批代偿</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="75"/>
        <source>Write-offs to approve</source>
        <translation>待审批坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="76"/>
        <source>Blacklist removals to approve</source>
        <translation>待审批移出黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="77"/>
        <source>Phone changes to approve</source>
        <translation>待审批手机号变更</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/words.py" line="78"/>
        <source>Collection actions due</source>
        <translation>到期催收任务</translation>
    </message>
</context>
<context>
    <name>AlertDetail</name>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="176"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="185"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="185"/>
        <location filename="../../app/views/alerts/alert_detail.py" line="201"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="186"/>
        <source>Times seen</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="186"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="187"/>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="187"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="192"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="196"/>
        <source>Sent to</source>
        <translation>通知发送</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="201"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="201"/>
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="202"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="202"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="205"/>
        <source>Not sent by e-mail, SMS or WeChat Work.</source>
        <translation>未通过邮件、短信或企业微信发送。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="212"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="232"/>
        <source>Acknowledge…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="235"/>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="242"/>
        <source>Select an alert to see what is behind it.</source>
        <translation>选择一条告警，查看其依据。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="275"/>
        <source>Not escalated</source>
        <translation>未升级</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="293"/>
        <source>Opened %1.</source>
        <translation>%1 产生。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="295"/>
        <source>Escalated %1: nobody had acknowledged it.</source>
        <translation>%1 升级：无人确认。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="297"/>
        <source>Acknowledged by %1 at %2.</source>
        <translation>%1 于 %2 确认。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="300"/>
        <location filename="../../app/views/alerts/alert_detail.py" line="305"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="302"/>
        <source>Resolved by %1 at %2.</source>
        <translation>%1 于 %2 解决。</translation>
    </message>
</context>
<context>
    <name>AlertList</name>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="60"/>
        <source>To be worked (open and acknowledged)</source>
        <translation>待处理（含已确认）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="63"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="66"/>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="71"/>
        <source>All areas</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="76"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="79"/>
        <location filename="../../app/views/alerts/alert_list.py" line="98"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="79"/>
        <location filename="../../app/views/alerts/alert_list.py" line="88"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="80"/>
        <location filename="../../app/views/alerts/alert_list.py" line="91"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="90"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="101"/>
        <source>What happened</source>
        <translation>告警内容</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="92"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="94"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="96"/>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="100"/>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="162"/>
        <source>%1 alerts · %2 open, %3 of them critical · %4 acknowledged · as of %5</source>
        <translation>共 %1 条告警 · 待处理 %2 条（其中严重 %3 条）· 已确认 %4 条 · 截至 %5</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="174"/>
        <source>Select an alert to see what is behind it.</source>
        <translation>选择一条告警，查看其依据。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="175"/>
        <source>No alerts of your areas match these filters.</source>
        <translation>您负责的领域中没有符合筛选条件的告警。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="238"/>
        <source>Resolved.</source>
        <translation>已解决。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_list.py" line="238"/>
        <source>Acknowledged.</source>
        <translation>已确认。</translation>
    </message>
</context>
<context>
    <name>AlertTray</name>
    <message>
        <location filename="../../app/views/shell/alert_tray.py" line="40"/>
        <source>P2P Back Office alerts</source>
        <translation>网贷运营后台告警</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/alert_tray.py" line="90"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/alert_tray.py" line="93"/>
        <source>and %1 more new alerts</source>
        <translation>另有 %1 条新告警</translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <location filename="../../app/views/alerts/words.py" line="11"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="12"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="13"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="16"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="17"/>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="18"/>
        <location filename="../../app/views/alerts/words.py" line="100"/>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="19"/>
        <source>Reconciliation</source>
        <translation>对账</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="20"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="21"/>
        <source>Traffic</source>
        <translation>访问流量</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="24"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="25"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="26"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="29"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="30"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="31"/>
        <source>WeChat Work</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="32"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="33"/>
        <source>Demo outbox</source>
        <translation>演示发件箱</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="36"/>
        <location filename="../../app/views/alerts/words.py" line="37"/>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="38"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="39"/>
        <source>Will be tried again</source>
        <translation>将重试</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="40"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="41"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="42"/>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="43"/>
        <location filename="../../app/views/alerts/words.py" line="44"/>
        <source>Failed, no more tries</source>
        <translation>发送失败，不再重试</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="45"/>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="50"/>
        <location filename="../../app/views/alerts/words.py" line="51"/>
        <location filename="../../app/views/alerts/words.py" line="52"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="53"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="54"/>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="55"/>
        <location filename="../../app/views/alerts/words.py" line="56"/>
        <location filename="../../app/views/alerts/words.py" line="206"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="57"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="58"/>
        <location filename="../../app/views/alerts/words.py" line="59"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="60"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="61"/>
        <location filename="../../app/views/alerts/words.py" line="62"/>
        <location filename="../../app/views/alerts/words.py" line="63"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="64"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="65"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="66"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="68"/>
        <source>Minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="69"/>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="70"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="71"/>
        <location filename="../../app/views/alerts/words.py" line="72"/>
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="73"/>
        <source>Application</source>
        <translation>借款申请</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="74"/>
        <source>Loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="75"/>
        <location filename="../../app/views/alerts/words.py" line="76"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="77"/>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="78"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="79"/>
        <location filename="../../app/views/alerts/words.py" line="157"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="80"/>
        <source>90-day median</source>
        <translation>90 天中位数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="81"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="82"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="83"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="84"/>
        <source>Record number</source>
        <translation>记录序号</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="85"/>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="86"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="87"/>
        <location filename="../../app/views/alerts/words.py" line="110"/>
        <location filename="../../app/views/alerts/words.py" line="135"/>
        <source>Route group</source>
        <translation>接口分组</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="88"/>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="89"/>
        <source>95th percentile (ms)</source>
        <translation>95 分位耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="90"/>
        <source>Monitoring point</source>
        <translation>监测点</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="91"/>
        <source>Monitoring points</source>
        <translation>监测点</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="92"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="93"/>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="94"/>
        <source>Waiting (minutes)</source>
        <translation>等待时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="95"/>
        <location filename="../../app/views/alerts/words.py" line="96"/>
        <source>Failed sign-ins</source>
        <translation>登录失败记录</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="97"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="98"/>
        <source>Withdrawals</source>
        <translation>提现记录</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="99"/>
        <source>Actions</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="101"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="102"/>
        <source>Failed confirmations</source>
        <translation>二次验证失败记录</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="103"/>
        <source>Earlier withdrawals compared</source>
        <translation>参与比较的历史提现笔数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="104"/>
        <source>Owed</source>
        <translation>应还未还</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="105"/>
        <source>Debits posted</source>
        <translation>借方发生额</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="106"/>
        <source>Credits posted</source>
        <translation>贷方发生额</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="107"/>
        <source>First broken record</source>
        <translation>首条断链记录</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="108"/>
        <source>First broken record&apos;s id</source>
        <translation>首条断链记录编号</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="109"/>
        <source>Records checked</source>
        <translation>已校验记录数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="111"/>
        <location filename="../../app/views/alerts/words.py" line="133"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="112"/>
        <location filename="../../app/views/alerts/words.py" line="134"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="113"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="114"/>
        <source>Server errors</source>
        <translation>服务器错误数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="115"/>
        <source>95th percentile between (ms)</source>
        <translation>95 分位耗时区间（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="116"/>
        <source>Average (ms)</source>
        <translation>平均耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="117"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="118"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="119"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="120"/>
        <source>Free (bytes)</source>
        <translation>可用空间（字节）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="121"/>
        <source>Size (bytes)</source>
        <translation>总容量（字节）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="122"/>
        <source>Connections in use</source>
        <translation>已用连接数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="123"/>
        <source>Connection limit</source>
        <translation>连接上限</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="124"/>
        <source>Probe reports</source>
        <translation>外部探测报告</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="125"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="126"/>
        <source>Object number</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="127"/>
        <source>Night of</source>
        <translation>夜间日期</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="128"/>
        <source>Last matched</source>
        <translation>最近一次对账</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="129"/>
        <source>Matched by</source>
        <translation>对账人</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="130"/>
        <source>Locked</source>
        <translation>锁定时间</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="131"/>
        <source>New bank cards</source>
        <translation>新银行卡数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="132"/>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="136"/>
        <source>Sessions ended</source>
        <translation>结束的会话数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="137"/>
        <source>Alert number</source>
        <translation>告警编号</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="142"/>
        <source>How many</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="143"/>
        <location filename="../../app/views/alerts/words.py" line="145"/>
        <location filename="../../app/views/alerts/words.py" line="183"/>
        <source>Failed sign-ins of one account</source>
        <translation>同一账号登录失败</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="144"/>
        <location filename="../../app/views/alerts/words.py" line="146"/>
        <location filename="../../app/views/alerts/words.py" line="184"/>
        <source>Failed sign-ins from one address</source>
        <translation>同一地址登录失败</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="147"/>
        <location filename="../../app/views/alerts/words.py" line="148"/>
        <location filename="../../app/views/alerts/words.py" line="149"/>
        <location filename="../../app/views/alerts/words.py" line="150"/>
        <source>Within</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="151"/>
        <source>From (Shanghai time)</source>
        <translation>开始（北京时间）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="152"/>
        <source>Until (Shanghai time)</source>
        <translation>结束（北京时间）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="153"/>
        <location filename="../../app/views/alerts/words.py" line="154"/>
        <source>Times the customer&apos;s median</source>
        <translation>超过客户中位数的倍数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="155"/>
        <location filename="../../app/views/alerts/words.py" line="176"/>
        <source>Median over</source>
        <translation>中位数统计期</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="156"/>
        <location filename="../../app/views/alerts/words.py" line="173"/>
        <source>And above</source>
        <translation>且金额高于</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="158"/>
        <location filename="../../app/views/alerts/words.py" line="182"/>
        <source>Withdrawals to new cards</source>
        <translation>提现到新卡笔数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="159"/>
        <location filename="../../app/views/alerts/words.py" line="160"/>
        <location filename="../../app/views/alerts/words.py" line="181"/>
        <source>Waiting longer than</source>
        <translation>等待超过</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="161"/>
        <location filename="../../app/views/alerts/words.py" line="162"/>
        <source>Checked at (Shanghai time)</source>
        <translation>检查时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="163"/>
        <location filename="../../app/views/alerts/words.py" line="164"/>
        <source>Days ahead</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="165"/>
        <location filename="../../app/views/alerts/words.py" line="166"/>
        <location filename="../../app/views/alerts/words.py" line="180"/>
        <source>Server errors above</source>
        <translation>服务器错误率高于</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="167"/>
        <source>Above</source>
        <translation>高于</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="168"/>
        <source>95th percentile above</source>
        <translation>95 分位耗时高于</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="169"/>
        <source>Latency above</source>
        <translation>耗时高于</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="170"/>
        <source>Escalate unacknowledged after</source>
        <translation>未确认多久后升级</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="171"/>
        <source>Disk used above</source>
        <translation>磁盘使用率高于</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="172"/>
        <source>With at least</source>
        <translation>且请求数至少</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="174"/>
        <source>Critical within</source>
        <translation>升为严重的剩余天数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="175"/>
        <source>Or less than</source>
        <translation>或可用空间少于</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="177"/>
        <source>Warn within</source>
        <translation>提前告警天数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="178"/>
        <source>Free space below</source>
        <translation>可用空间低于</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="179"/>
        <source>Connections in use above</source>
        <translation>连接使用率高于</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="185"/>
        <source>Wrong one-time codes</source>
        <translation>动态验证码错误次数</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="186"/>
        <source>Still open at (Shanghai time)</source>
        <translation>次日仍未完成的检查时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="189"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="190"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="191"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="192"/>
        <source>o&apos;clock</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="193"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="194"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="195"/>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="196"/>
        <source>×</source>
        <translation>倍</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="197"/>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="198"/>
        <source>requests</source>
        <translation>个请求</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="199"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="202"/>
        <source>Outgoing mail server (SMTP)</source>
        <translation>发件服务器</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="205"/>
        <source>Encrypt with STARTTLS</source>
        <translation>启用传输加密（升级为 TLS）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="203"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="67"/>
        <source>Failures</source>
        <translation>失败记录</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="204"/>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="207"/>
        <location filename="../../app/views/alerts/words.py" line="208"/>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="209"/>
        <source>Timeout</source>
        <translation>超时时间</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="266"/>
        <source>Unknown user name</source>
        <translation>用户名不存在</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="267"/>
        <location filename="../../app/views/alerts/words.py" line="268"/>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="269"/>
        <source>Wrong one-time code</source>
        <translation>动态验证码错误</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="270"/>
        <source>One-time code used twice</source>
        <translation>动态验证码重复使用</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="271"/>
        <source>No one-time code</source>
        <translation>未填动态验证码</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="272"/>
        <source>Wrong one-time code for a sensitive action</source>
        <translation>敏感操作的动态验证码错误</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="273"/>
        <source>Account locked</source>
        <translation>账号已锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="274"/>
        <source>Account disabled</source>
        <translation>账号已停用</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="303"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/words.py" line="303"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <location filename="../../app/views/alerts/alerts_screen.py" line="23"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alerts_screen.py" line="29"/>
        <source>Monitoring settings</source>
        <translation>监控设置</translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="64"/>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="65"/>
        <source>Terms</source>
        <translation>申请条款</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="66"/>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="68"/>
        <source>Show personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="71"/>
        <source>Shows the ID number, phone and bank card in full (Alt+P); every reveal is recorded in the audit log.</source>
        <translation>完整显示身份证号、手机号和银行卡号（Alt+P）；每次查看都会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="110"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="110"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="110"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="110"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="111"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="114"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="115"/>
        <source>Repayment schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="116"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="127"/>
        <source>Comment for the timeline (optional)</source>
        <translation>审核意见（可选，记入时间线）</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="137"/>
        <source>Next</source>
        <translation>下一件</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="140"/>
        <source>Opens the next application of the same queue.</source>
        <translation>打开同一队列中的下一件申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="185"/>
        <location filename="../../app/views/loans/application_view.py" line="222"/>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="187"/>
        <source>Grade %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="192"/>
        <source>Documents (%1)</source>
        <translation>材料（%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="201"/>
        <source>%1 loans, %2 settled · overdue %3 times, longest %4 days</source>
        <translation>借款 %1 笔，已结清 %2 笔 · 逾期 %3 次，最长 %4 天</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="203"/>
        <source>On the blacklist</source>
        <translation>在黑名单中</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="205"/>
        <source>Not on the blacklist</source>
        <translation>未命中黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="206"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="206"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="207"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="208"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="209"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="210"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="211"/>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="212"/>
        <source>Monthly debt payments</source>
        <translation>月还款额</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="213"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="213"/>
        <source>On this platform</source>
        <translation>本平台记录</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="214"/>
        <source>Balance owed here</source>
        <translation>本平台待还余额</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="216"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="221"/>
        <source>Application</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="221"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="222"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="223"/>
        <source>Annual rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="223"/>
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="224"/>
        <source>Purpose</source>
        <translation>借款用途</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="224"/>
        <source>Guarantee or collateral</source>
        <translation>担保或抵押</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="225"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="242"/>
        <source>Score %1 of 1000 · grade %2</source>
        <translation>评分 %1 / 1000 · 等级 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="260"/>
        <source>Overridden by %1: %2</source>
        <translation>已由 %1 豁免：%2</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="137"/>
        <location filename="../../app/views/loans/application_view.py" line="316"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="343"/>
        <source>%1 application %2, borrower %3, amount %4?</source>
        <translation>%1申请 %2，借款人 %3，金额 %4？</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="398"/>
        <source>Done: %1. The application is now %2.</source>
        <translation>已完成：%1。申请当前状态：%2。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="427"/>
        <source>Someone else acted on this application first; it is now %1. Your comment is kept.</source>
        <translation>其他人已先处理了该申请，当前状态为 %1。您的意见已保留。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="253"/>
        <source>No risk rule was hit.</source>
        <translation>未命中任何风险规则。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="257"/>
        <source>Blocks approval</source>
        <translation>阻断审批</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="263"/>
        <source>Warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="288"/>
        <source>The loan&apos;s installments.</source>
        <translation>该笔借款的还款计划。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="291"/>
        <source>Proposed schedule, computed by the platform from the terms above.</source>
        <translation>拟定还款计划，由平台按上述条款计算。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="310"/>
        <source>Override a rule…</source>
        <translation>豁免规则…</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="312"/>
        <source>Approve → second review</source>
        <translation>批准 → 转复审</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="333"/>
        <source>No action is open to you in this state</source>
        <translation>当前状态下您没有可执行的操作</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="342"/>
        <source>Override a risk rule of</source>
        <translation>豁免风险规则：</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="368"/>
        <source>The amount is above your approval limit or the grade is high-risk, so the application then goes to a senior officer for second review.</source>
        <translation>金额超出您的审批权限或风险等级较高，批准后将转交风控主管复审。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="393"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="397"/>
        <source>Rule overridden; approval is possible once no blocking rule is left.</source>
        <translation>规则已豁免；没有阻断规则后即可批准。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="411"/>
        <source>This was the last application of the queue.</source>
        <translation>这已是队列中的最后一件申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="451"/>
        <source>Personal data shown in full; this was recorded in the audit log.</source>
        <translation>已完整显示个人信息；本次查看已记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="462"/>
        <source>Print approval form (Ctrl+P)</source>
        <translation>打印借款审批表（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/application_view.py" line="468"/>
        <source>Print schedule</source>
        <translation>打印还款计划表</translation>
    </message>
</context>
<context>
    <name>AreaUnavailable</name>
    <message>
        <location filename="../../app/views/shell/area_unavailable.py" line="16"/>
        <source>This module is not available in this version of the console yet. Your permissions for it are already in place.</source>
        <translation>本版本控制台尚未提供此模块。您在该模块的权限已经配置完毕。</translation>
    </message>
</context>
<context>
    <name>AuditLogScreen</name>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="44"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="46"/>
        <source>%1 (all)</source>
        <translation>%1（全部）</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="53"/>
        <source>All objects</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="56"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="58"/>
        <source>Object number, e.g. LN20261124000001</source>
        <translation>对象编号，例如 LN20261124000001</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="60"/>
        <source>Text in the record</source>
        <translation>记录中的文字</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="62"/>
        <source>From</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="68"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="70"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="80"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="96"/>
        <source>Verify the hash chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="97"/>
        <source>The server recomputes every record&apos;s hash from the first to the last and names the first record that was edited or removed.</source>
        <translation>服务器从第一条记录起逐条重算哈希，并指出第一条被篡改或删除的记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="100"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="120"/>
        <source>Request</source>
        <translation>请求编号</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="121"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="146"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="153"/>
        <source>Select a record to see what it changed.</source>
        <translation>选择一条记录，查看它变更了什么。</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="173"/>
        <source>No checkpoint yet</source>
        <translation>尚无检查点</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="175"/>
        <source>Restored from backup %1 at record %2 (%3)</source>
        <translation>已从备份 %1 恢复，至第 %2 条记录（%3）</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="178"/>
        <source>Last checkpoint: record %1 at %2</source>
        <translation>最近检查点：第 %1 条记录（%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="207"/>
        <source>%1 records · as of %2</source>
        <translation>共 %1 条 · 数据时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="219"/>
        <source>Chain intact: %1 records checked</source>
        <translation>哈希链完整：已校验 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="222"/>
        <source>Chain broken at record %1: %2</source>
        <translation>哈希链在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="235"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · by %3 from %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 操作人：%3 · 来源：%4</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="237"/>
        <source>Request: %1</source>
        <translation>请求：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="191"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="104"/>
        <source>The end of the audit chain is written outside the database every hour and when the server stops; checking the chain names any record removed after it.</source>
        <translation>审计链的末端每小时及服务器停止时写入数据库之外；校验审计链时会指出其后被删除的任何记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="208"/>
        <source>No records match these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="212"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="118"/>
        <location filename="../../app/views/audit/audit_log_screen.py" line="146"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/audit_log_screen.py" line="119"/>
        <location filename="../../app/views/audit/audit_log_screen.py" line="146"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/models/audit_table.py" line="17"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="18"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="20"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="21"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="22"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="23"/>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../app/models/audit_words.py" line="11"/>
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="12"/>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="13"/>
        <source>Sign-in step passed</source>
        <translation>通过登录步骤</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="14"/>
        <source>Account locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="15"/>
        <source>Sign-in attempt while locked</source>
        <translation>锁定期间尝试登录</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="16"/>
        <source>Password changed</source>
        <translation>已修改密码</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="17"/>
        <source>Password change failed</source>
        <translation>修改密码失败</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="18"/>
        <source>Authenticator set up</source>
        <translation>已绑定身份验证器</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="19"/>
        <source>Session renewed</source>
        <translation>会话已续期</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="20"/>
        <source>Session credentials used twice</source>
        <translation>会话凭证被重复使用</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="21"/>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="22"/>
        <source>Screen unlocked</source>
        <translation>已解锁屏幕</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="23"/>
        <source>Confirmed with a fresh code</source>
        <translation>已用新验证码确认</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="24"/>
        <source>Session ended by an administrator</source>
        <translation>会话被管理员结束</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="25"/>
        <source>All sessions ended</source>
        <translation>所有会话已结束</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="26"/>
        <source>Staff member created</source>
        <translation>已创建员工</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="27"/>
        <source>Staff member edited</source>
        <translation>已编辑员工</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="28"/>
        <source>Staff member disabled</source>
        <translation>已停用员工</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="29"/>
        <source>Staff member enabled</source>
        <translation>已启用员工</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="30"/>
        <source>Staff account unlocked</source>
        <translation>已解锁员工账户</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="31"/>
        <source>Password reset</source>
        <translation>已重置密码</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="32"/>
        <source>Authenticator reset</source>
        <translation>已重置身份验证器</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="33"/>
        <source>Roles assigned</source>
        <translation>已分配角色</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="34"/>
        <source>Separation of duties exception justified</source>
        <translation>已说明职责分离例外</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="35"/>
        <source>Profile updated</source>
        <translation>已更新个人资料</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="36"/>
        <source>Own password changed</source>
        <translation>已修改本人密码</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="37"/>
        <source>Authenticator re-enrolment started</source>
        <translation>开始重新绑定身份验证器</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="38"/>
        <source>Authenticator re-enrolled</source>
        <translation>已重新绑定身份验证器</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="39"/>
        <source>Role created</source>
        <translation>已创建角色</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="40"/>
        <source>Role edited</source>
        <translation>已编辑角色</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="41"/>
        <source>Role permissions changed</source>
        <translation>已修改角色权限</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="42"/>
        <source>Role deleted</source>
        <translation>已删除角色</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="43"/>
        <source>Borrower created</source>
        <translation>已建立借款人</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="44"/>
        <source>Added to the blacklist</source>
        <translation>已加入黑名单</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="45"/>
        <source>Removed from the blacklist</source>
        <translation>已移出黑名单</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="46"/>
        <source>Removal from the blacklist requested</source>
        <translation>申请移出黑名单</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="47"/>
        <source>Removal from the blacklist rejected</source>
        <translation>驳回移出黑名单</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="48"/>
        <source>Blacklist entries imported</source>
        <translation>导入黑名单条目</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="49"/>
        <source>Application submitted</source>
        <translation>已提交申请</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="50"/>
        <source>Document attached</source>
        <translation>已附加资料</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="51"/>
        <source>Risk reassessed</source>
        <translation>已重新评估风险</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="52"/>
        <source>Risk rule overridden</source>
        <translation>已人工放行风控规则</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="53"/>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="54"/>
        <source>First review approved</source>
        <translation>初审通过</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="55"/>
        <source>Second review approved</source>
        <translation>复审通过</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="56"/>
        <location filename="../../app/models/audit_words.py" line="289"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="57"/>
        <source>Returned for more information</source>
        <translation>已退回补充资料</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="58"/>
        <source>Resubmitted</source>
        <translation>已重新提交</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="59"/>
        <source>Withdrawn by the borrower</source>
        <translation>借款人已撤回</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="60"/>
        <source>Listed for funding</source>
        <translation>已上架募集</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="61"/>
        <source>Funding window ended</source>
        <translation>募集期结束（流标）</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="62"/>
        <source>Invested</source>
        <translation>已投资</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="63"/>
        <source>Disbursed</source>
        <translation>已放款</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="64"/>
        <source>Repaid</source>
        <translation>已还款</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="65"/>
        <source>Compensated by the platform</source>
        <translation>平台已代偿</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="66"/>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="67"/>
        <source>Overdue loans detected</source>
        <translation>逾期检测</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="68"/>
        <source>Collector assigned</source>
        <translation>分派催收员</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="69"/>
        <source>Collection contact recorded</source>
        <translation>登记催收记录</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="70"/>
        <source>Borrower&apos;s phone shown for collection</source>
        <translation>催收查看借款人电话</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="71"/>
        <source>Compensation proposed</source>
        <translation>发起代偿</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="72"/>
        <source>Compensation approved</source>
        <translation>批准代偿</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="73"/>
        <source>Compensation rejected</source>
        <translation>驳回代偿</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="74"/>
        <source>Write-off proposed</source>
        <translation>发起坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="75"/>
        <source>Write-off approved</source>
        <translation>批准坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="76"/>
        <source>Write-off rejected</source>
        <translation>驳回坏账核销</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="77"/>
        <source>Recovered to the risk reserve</source>
        <translation>追回款项归还风险准备金</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="78"/>
        <source>Batch rejection</source>
        <translation>批量拒绝</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="79"/>
        <source>Batch return</source>
        <translation>批量退回</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="80"/>
        <source>Demo applications created</source>
        <translation>已生成演示申请</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="81"/>
        <source>Personal data revealed</source>
        <translation>已查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="82"/>
        <source>Withdrawal requested</source>
        <translation>已申请提现</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="83"/>
        <source>Withdrawal request repeated</source>
        <translation>重复的提现请求</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="84"/>
        <source>Withdrawal approved automatically</source>
        <translation>提现自动批准</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="85"/>
        <source>Withdrawal first approval</source>
        <translation>提现初审通过</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="86"/>
        <source>Withdrawal approved</source>
        <translation>提现已批准</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="87"/>
        <source>Withdrawal rejected</source>
        <translation>提现已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="88"/>
        <source>Batch withdrawal approval</source>
        <translation>批量批准提现</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="89"/>
        <source>Batch withdrawal rejection</source>
        <translation>批量拒绝提现</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="90"/>
        <source>Staff member linked to a customer</source>
        <translation>已登记员工关联客户</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="91"/>
        <source>Staff link removed</source>
        <translation>已删除员工关联客户</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="92"/>
        <source>Ledger: recharge</source>
        <translation>记账：充值</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="93"/>
        <source>Ledger: withdrawal</source>
        <translation>记账：提现</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="94"/>
        <source>Ledger: investment</source>
        <translation>记账：投资</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="95"/>
        <source>Ledger: disbursement</source>
        <translation>记账：放款</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="96"/>
        <source>Ledger: release of funds</source>
        <translation>记账：资金释放</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="97"/>
        <source>Ledger: repayment</source>
        <translation>记账：还款</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="98"/>
        <source>Ledger: penalty interest</source>
        <translation>记账：罚息</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="99"/>
        <source>Ledger: compensation</source>
        <translation>记账：代偿</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="100"/>
        <source>Ledger: reversal</source>
        <translation>记账：冲正</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="101"/>
        <source>Ledger: batch refused</source>
        <translation>记账：整批被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="102"/>
        <source>Go-live data imported</source>
        <translation>上线数据已导入</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="103"/>
        <source>Go-live import refused</source>
        <translation>上线数据导入被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="104"/>
        <source>Go-live data exported</source>
        <translation>上线数据已导出</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="105"/>
        <source>Reconciliation run</source>
        <translation>已运行对账</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="106"/>
        <source>Reconciliation day closed</source>
        <translation>已关闭对账日</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="107"/>
        <source>Matched by hand</source>
        <translation>人工匹配</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="108"/>
        <source>Marked as a timing difference</source>
        <translation>标记为时间差</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="109"/>
        <source>Statement format saved</source>
        <translation>已保存对账单格式</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="110"/>
        <source>Statement imported</source>
        <translation>已导入对账单</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="111"/>
        <source>Statement refused</source>
        <translation>对账单被拒收</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="112"/>
        <source>Statement withdrawn</source>
        <translation>已撤回对账单</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="113"/>
        <source>Statement withdrawal repeated</source>
        <translation>重复撤回对账单</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="114"/>
        <source>Adjustment proposed</source>
        <translation>已提出调整</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="115"/>
        <source>Adjustment approved</source>
        <translation>调整已批准</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="116"/>
        <source>Adjustment rejected</source>
        <translation>调整已驳回</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="117"/>
        <source>Report generated</source>
        <translation>已生成报表</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="118"/>
        <source>Report printed</source>
        <translation>已打印报表</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="119"/>
        <source>Report saved</source>
        <translation>已保存报表</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="120"/>
        <source>Scheduled job ran</source>
        <translation>定时任务已运行</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="121"/>
        <source>Scheduled job failed</source>
        <translation>定时任务失败</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="122"/>
        <source>Service note added</source>
        <translation>添加服务备注</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="123"/>
        <source>Customer sign-in locked</source>
        <translation>锁定客户登录</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="124"/>
        <source>Customer sign-in unlocked</source>
        <translation>解锁客户登录</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="125"/>
        <source>Customer marked as a related party</source>
        <translation>客户被标记为关联方</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="126"/>
        <source>Customer&apos;s related-party mark ended</source>
        <translation>解除客户的关联方标记</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="127"/>
        <source>Customer password reset started (code sent)</source>
        <translation>发起客户密码重置（已发送验证码）</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="128"/>
        <source>Customer password reset with the code</source>
        <translation>客户凭验证码重置密码</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="129"/>
        <source>Wrong password reset code</source>
        <translation>密码重置验证码错误</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="130"/>
        <source>Phone change requested</source>
        <translation>申请变更手机号</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="131"/>
        <source>Phone change approved</source>
        <translation>批准变更手机号</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="132"/>
        <source>Phone change rejected</source>
        <translation>驳回变更手机号</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="133"/>
        <source>Customer signed in</source>
        <translation>客户登录</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="134"/>
        <source>Customer sign-in failed</source>
        <translation>客户登录失败</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="135"/>
        <source>Customer signed out</source>
        <translation>客户退出登录</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="136"/>
        <source>Withdrawal password set</source>
        <translation>设置提现密码</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="137"/>
        <source>Wrong withdrawal password</source>
        <translation>提现密码错误</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="138"/>
        <source>Withdrawals stopped for 24 hours</source>
        <translation>暂停提现 24 小时</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="139"/>
        <source>Refused: separation of duties</source>
        <translation>因职责分离被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="140"/>
        <source>Alert raised</source>
        <translation>产生告警</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="141"/>
        <source>Alert acknowledged</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="142"/>
        <source>Alert resolved</source>
        <translation>解决告警</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="143"/>
        <source>Alert escalated</source>
        <translation>告警升级</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="144"/>
        <source>Outage reported by an outside probe</source>
        <translation>外部探测报告服务中断</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="145"/>
        <source>Outage report repeated by an outside probe</source>
        <translation>外部探测重复报告服务中断</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="146"/>
        <source>Monitoring rule changed</source>
        <translation>修改监控规则</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="147"/>
        <source>Alert escalation time changed</source>
        <translation>修改告警升级时间</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="148"/>
        <location filename="../../app/models/audit_words.py" line="149"/>
        <source>Alert channel changed</source>
        <translation>修改告警渠道</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="150"/>
        <source>Alert channel tested</source>
        <translation>测试告警渠道</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="151"/>
        <location filename="../../app/models/audit_words.py" line="152"/>
        <source>Alert recipients changed</source>
        <translation>修改告警接收人</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="153"/>
        <source>Withdrawals paused by monitoring</source>
        <translation>监控暂停提现</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="154"/>
        <source>Withdrawal pause lifted</source>
        <translation>解除提现暂停</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="155"/>
        <source>Paused by monitoring</source>
        <translation>监控触发暂停</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="156"/>
        <source>Monitoring pause lifted</source>
        <translation>解除监控暂停</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="157"/>
        <source>Protective action by monitoring</source>
        <translation>监控自动保护措施</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="158"/>
        <source>Password recovery started</source>
        <translation>发起找回密码</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="159"/>
        <source>Password recovery failed</source>
        <translation>找回密码失败</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="160"/>
        <source>Password recovered by a code sent to the staff member</source>
        <translation>通过发送给员工的验证码找回密码</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="164"/>
        <source>Sign-in and sessions</source>
        <translation>登录与会话</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="165"/>
        <source>Staff and roles</source>
        <translation>员工与角色</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="166"/>
        <location filename="../../app/models/audit_words.py" line="190"/>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="167"/>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="168"/>
        <source>Withdrawals</source>
        <translation>提现</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="169"/>
        <source>Ledger</source>
        <translation>记账</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="170"/>
        <source>Go-live data</source>
        <translation>上线数据</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="171"/>
        <source>Reconciliation</source>
        <translation>对账</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="172"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="173"/>
        <source>Scheduled jobs</source>
        <translation>定时任务</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="174"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="175"/>
        <source>Refused decisions</source>
        <translation>被拒绝的操作</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="176"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="177"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="181"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="182"/>
        <source>Session</source>
        <translation>登录会话</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="183"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="184"/>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="186"/>
        <source>Loan application</source>
        <translation>借款申请</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="187"/>
        <source>Loan document</source>
        <translation>借款资料</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="188"/>
        <source>Blacklist entry</source>
        <translation>黑名单条目</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="189"/>
        <source>Blacklist import</source>
        <translation>黑名单导入</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="191"/>
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="192"/>
        <source>Staff link</source>
        <translation>员工关联客户</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="193"/>
        <source>Ledger operation</source>
        <translation>记账操作</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="194"/>
        <source>Batch of movements</source>
        <translation>批量资金变动</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="195"/>
        <source>Go-live import</source>
        <translation>上线数据导入</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="196"/>
        <source>Go-live export</source>
        <translation>上线数据导出</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="197"/>
        <source>Reconciliation day</source>
        <translation>对账日</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="198"/>
        <location filename="../../app/models/audit_words.py" line="300"/>
        <source>Bank statement</source>
        <translation>银行对账单</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="199"/>
        <source>Statement format</source>
        <translation>对账单格式</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="200"/>
        <source>Adjustment proposal</source>
        <translation>调整提议</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="201"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="202"/>
        <source>Scheduled job</source>
        <translation>定时任务</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="203"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="204"/>
        <location filename="../../app/models/audit_words.py" line="243"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="205"/>
        <source>Monitoring rule</source>
        <translation>监控规则</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="206"/>
        <source>Monitoring setting</source>
        <translation>监控设置</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="207"/>
        <source>Monitoring pause</source>
        <translation>监控暂停</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="212"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="237"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="238"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="239"/>
        <source>Switched on</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="240"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="241"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="242"/>
        <source>Subject</source>
        <translation>告警对象</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="244"/>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="245"/>
        <source>Related party of the platform</source>
        <translation>平台关联方</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="246"/>
        <source>Lifted by</source>
        <translation>解除人</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="247"/>
        <source>Minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="248"/>
        <source>Succeeded</source>
        <translation>是否成功</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="249"/>
        <source>To</source>
        <translation>发送到</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="250"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="251"/>
        <source>Monitoring point</source>
        <translation>监测点</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="252"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="253"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="255"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="256"/>
        <source>Run slot</source>
        <translation>运行时段</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="257"/>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="258"/>
        <source>As of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="259"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="260"/>
        <source>Attempt</source>
        <translation>第几次尝试</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="261"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="263"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="264"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="265"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="266"/>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="267"/>
        <source>Application</source>
        <translation>借款申请</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="268"/>
        <source>Loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="269"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="270"/>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="271"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="272"/>
        <source>Side</source>
        <translation>来源方</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="273"/>
        <source>Items</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="274"/>
        <source>Bank layout</source>
        <translation>银行格式</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="275"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="276"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="278"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="279"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="285"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="286"/>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="287"/>
        <source>Awaiting second approval</source>
        <translation>待复核审批</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="288"/>
        <source>Paid</source>
        <translation>已出款</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="290"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="291"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="292"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="293"/>
        <source>Second review</source>
        <translation>待复审</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="294"/>
        <source>Large amount</source>
        <translation>大额</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="295"/>
        <source>New bank card</source>
        <translation>新银行卡</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="296"/>
        <source>Soon after a recharge</source>
        <translation>充值后即提现</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="297"/>
        <source>Many today</source>
        <translation>当日多笔</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="298"/>
        <source>Money in</source>
        <translation>来账</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="299"/>
        <source>Money out</source>
        <translation>出账</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="301"/>
        <source>Platform books</source>
        <translation>平台账</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="302"/>
        <source>Generic layout</source>
        <translation>通用格式</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="303"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="304"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="305"/>
        <source>Risk officer</source>
        <translation>风控专员</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="306"/>
        <source>Senior risk officer</source>
        <translation>风控主管</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="307"/>
        <source>Finance clerk</source>
        <translation>财务专员</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="308"/>
        <source>Finance manager</source>
        <translation>财务主管</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="309"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="310"/>
        <source>Auditor</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="311"/>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="312"/>
        <source>Outside probe</source>
        <translation>外部探针</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="185"/>
        <location filename="../../app/models/audit_words.py" line="213"/>
        <location filename="../../app/models/audit_words.py" line="277"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="216"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="217"/>
        <source>Scheduler</source>
        <translation>定时任务调度</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="219"/>
        <source>batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="223"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="224"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="225"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="226"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="227"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="228"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="229"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="230"/>
        <source>Failed attempts</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="231"/>
        <source>Sessions ended</source>
        <translation>结束的会话数</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="232"/>
        <source>Amount (fen)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="233"/>
        <source>Assigned to</source>
        <translation>分派给</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="234"/>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="235"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_words.py" line="236"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>AuthenticatorCode</name>
    <message>
        <location filename="../../app/views/session/authenticator_code.py" line="23"/>
        <source>Or enter this key by hand: %1</source>
        <translation>或手动输入密钥：%1</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="22"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="23"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="24"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="29"/>
        <source>Daily job</source>
        <translation>每日任务</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="30"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="48"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="49"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="50"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="51"/>
        <source>Made by</source>
        <translation>发起方式</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="52"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="53"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="54"/>
        <source> (removed: older than the retention)</source>
        <translation>（已删除：超过保留期限）</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="55"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="71"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="95"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="101"/>
        <source>%1 backup runs · as of %2</source>
        <translation>共 %1 次备份 · 截至 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/backups_panel.py" line="102"/>
        <source>No backup has been made yet.</source>
        <translation>尚未进行过备份。</translation>
    </message>
</context>
<context>
    <name>BlacklistScreen</name>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="144"/>
        <source>ID number, phone, bank card, name or words of the reason</source>
        <translation>身份证号、手机号、银行卡号、姓名或原因中的词语</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="147"/>
        <source>Include removed</source>
        <translation>包括已移出</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="150"/>
        <source>Only removals awaiting approval</source>
        <translation>只看移出待审批</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="153"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="163"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="164"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="165"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="167"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="168"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="169"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="166"/>
        <source>Removal</source>
        <translation>移出</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="179"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="182"/>
        <source>Request removal…</source>
        <translation>申请移出…</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="185"/>
        <source>Approve removal…</source>
        <translation>批准移出…</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="188"/>
        <source>Reject removal…</source>
        <translation>驳回移出…</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="191"/>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="216"/>
        <source>%1 by %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="254"/>
        <source>%1 entries · as of %2</source>
        <translation>%1 条 · 截至 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="215"/>
        <source>%1 · asked by %2</source>
        <translation>%1 · 申请人 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="223"/>
        <source>Asked by %1 at %2: %3</source>
        <translation>%1 于 %2 申请：%3</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="225"/>
        <source>Decision: %1</source>
        <translation>审批意见：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="256"/>
        <source>removals awaiting approval: %1</source>
        <translation>移出待审批 %1 条</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="275"/>
        <source>Another person decides a removal you asked for.</source>
        <translation>您申请的移出须由另一位同事审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="283"/>
        <source>Added to the blacklist.</source>
        <translation>已加入黑名单。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="290"/>
        <source>Ask for %1 %2 to come off the blacklist (on it because: %3). Another colleague approves or rejects it.</source>
        <translation>申请将%1 %2 移出黑名单（列入原因：%3）。由另一位同事批准或驳回。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="292"/>
        <source>Request removal</source>
        <translation>申请移出</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="293"/>
        <source>Entered by mistake</source>
        <translation>误录入</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="293"/>
        <source>Debt settled</source>
        <translation>欠款已结清</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="293"/>
        <source>Court list no longer names them</source>
        <translation>已不在法院失信名单中</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="294"/>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="321"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="297"/>
        <source>Removal requested; it waits for a colleague&apos;s approval.</source>
        <translation>已申请移出，等待同事审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="304"/>
        <source>Approve removal</source>
        <translation>批准移出</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="305"/>
        <source>%1 asked to remove %2 %3 from the blacklist: %4

Take it off the blacklist?</source>
        <translation>%1 申请将%2 %3 移出黑名单：%4

确定移出黑名单吗？</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="311"/>
        <source>Removed from the blacklist.</source>
        <translation>已移出黑名单。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="318"/>
        <source>Keep %1 %2 on the blacklist; %3 sees the reason.</source>
        <translation>保留%1 %2 在黑名单中；%3 会看到驳回原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="320"/>
        <source>Reject removal</source>
        <translation>驳回移出</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="321"/>
        <source>The reason still holds</source>
        <translation>列入原因仍然成立</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="321"/>
        <source>Proof missing</source>
        <translation>缺少证明材料</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="324"/>
        <source>Removal rejected; the entry stays on the blacklist.</source>
        <translation>已驳回移出，该条目仍在黑名单中。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="330"/>
        <source>Import into the blacklist</source>
        <translation>导入黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="331"/>
        <source>Blacklist files (*.csv *.xlsx)</source>
        <translation>黑名单文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="338"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="354"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="361"/>
        <source>Nothing was imported: problems found: %1 (the file changed since the check).</source>
        <translation>未导入任何条目：发现 %1 个问题（文件在检查后有变化）。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="364"/>
        <source>%1 entries added to the blacklist.</source>
        <translation>已将 %1 条加入黑名单。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="383"/>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="272"/>
        <source>Save permission changes</source>
        <translation>保存权限变更</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="275"/>
        <source>These changes apply to every holder of the roles from their next request:</source>
        <translation>以下变更将从下一次请求起对这些角色的所有持有人生效：</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="287"/>
        <source>Separation of duties: %1. A written justification is required; it is kept in the audit log.</source>
        <translation>不相容岗位分离：%1。须填写书面理由，理由将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="297"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
</context>
<context>
    <name>ChannelBox</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="334"/>
        <source>Send alerts this way</source>
        <translation>通过此渠道发送告警</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="353"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="370"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="370"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="371"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="374"/>
        <source>Send test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="379"/>
        <source>Your own address when empty</source>
        <translation>留空则发到您本人的地址</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="383"/>
        <source>Send a test to</source>
        <translation>测试发送到</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="407"/>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="407"/>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="409"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="408"/>
        <source>Set — leave empty to keep it</source>
        <translation>已设置——留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="433"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="445"/>
        <source>Sending a test…</source>
        <translation>正在发送测试…</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="451"/>
        <source>The test was sent; check that it arrived.</source>
        <translation>测试已发送，请确认是否收到。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="452"/>
        <source>The test could not be sent.</source>
        <translation>测试未能发送。</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="502"/>
        <source>The platform offers no channels to set.</source>
        <translation>平台没有可设置的渠道。</translation>
    </message>
</context>
<context>
    <name>CollectorDialog</name>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="29"/>
        <source>Assign a collector</source>
        <translation>分配催收员</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="38"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="47"/>
        <source>&amp;Collector</source>
        <translation>催收员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="52"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="36"/>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../app/application.py" line="95"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="96"/>
        <source>The new language applies the next time the console starts.</source>
        <translation>新的语言将在下次启动控制台时生效。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="74"/>
        <source>Record a contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="84"/>
        <source>Show the &amp;number to call</source>
        <translation>显示拨打号码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="86"/>
        <source>The platform records that you saw the number, for this loan.</source>
        <translation>平台会记录您为这笔借款查看过号码。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="98"/>
        <source>What was said, who answered</source>
        <translation>沟通内容、接听人</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="108"/>
        <source>Amount in yuan, e.g. 1,200.00</source>
        <translation>金额（元），例如 1,200.00</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="111"/>
        <source>Next action on</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="120"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="121"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="122"/>
        <source>&amp;Promised on</source>
        <translation>承诺还款日(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="123"/>
        <source>Promised &amp;amount</source>
        <translation>承诺金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="134"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="148"/>
        <source>Asking the platform…</source>
        <translation>正在向平台查询…</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="152"/>
        <source>No phone registered.</source>
        <translation>未登记手机号。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="173"/>
        <source>Write a note of what was said.</source>
        <translation>请填写沟通内容。</translation>
    </message>
    <message>
        <location filename="../../app/views/afterloan/collection_dialogs.py" line="175"/>
        <source>A promise needs the amount the borrower promised.</source>
        <translation>还款承诺须填写借款人承诺的金额。</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <location filename="../../app/views/customers/words.py" line="84"/>
        <source>Customer reported a lost or stolen phone</source>
        <translation>客户报告手机丢失或被盗</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="85"/>
        <source>Suspected fraud</source>
        <translation>疑似欺诈</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="86"/>
        <source>Customer asked to lock the account</source>
        <translation>客户本人要求锁定账户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="91"/>
        <source>Customer&apos;s identity verified by phone</source>
        <translation>已电话核实客户身份</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="92"/>
        <source>Fraud suspicion cleared</source>
        <translation>欺诈嫌疑已排除</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="93"/>
        <source>Customer asked to unlock the account</source>
        <translation>客户本人要求解锁账户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="98"/>
        <source>Customer on the phone: identity check</source>
        <translation>客户来电：核实身份</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="99"/>
        <source>Complaint or dispute handling</source>
        <translation>处理投诉或争议</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="100"/>
        <source>Request from the risk team</source>
        <translation>风控团队要求</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="105"/>
        <source>Customer lost the old phone number</source>
        <translation>客户原手机号已丢失</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="106"/>
        <source>Customer changed carrier or number</source>
        <translation>客户更换了运营商或号码</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/words.py" line="107"/>
        <source>Old number no longer in the customer&apos;s name</source>
        <translation>原号码已不在客户名下</translation>
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
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="112"/>
        <location filename="../../app/views/customers/customer_view.py" line="692"/>
        <source>Show full information</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="114"/>
        <source>Shows the name, ID number, phone, e-mail and bank cards in full; asks why, and the reveal is recorded in the audit log.</source>
        <translation>完整显示姓名、身份证号、手机号、电子邮箱和银行卡号；需填写原因，每次查看都记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="118"/>
        <location filename="../../app/views/customers/customer_view.py" line="200"/>
        <source>Lock sign-in…</source>
        <translation>锁定登录…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="121"/>
        <source>Password reset…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="124"/>
        <source>Change phone…</source>
        <translation>更换手机号…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="127"/>
        <location filename="../../app/views/customers/customer_view.py" line="597"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="130"/>
        <source>Related party…</source>
        <translation>关联方…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="132"/>
        <source>Mark the customer as a related party of the platform, or end the mark: the monthly disclosure lists related parties&apos; loans apart.</source>
        <translation>将客户标记为平台关联方或解除标记：月度信息披露单列关联方的借款。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="148"/>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="149"/>
        <source>Money movements</source>
        <translation>资金流水</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="150"/>
        <source>Investments</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="151"/>
        <source>Loans</source>
        <translation>借款</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="152"/>
        <source>Withdrawals</source>
        <translation>提现</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="153"/>
        <source>Service notes</source>
        <translation>服务备注</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="154"/>
        <location filename="../../app/views/customers/customer_view.py" line="649"/>
        <source>Sign-in security</source>
        <translation>登录安全</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="192"/>
        <source>Money movements (%1)</source>
        <translation>资金流水（%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="192"/>
        <source>Investments (%1)</source>
        <translation>投资（%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="193"/>
        <source>Loans (%1)</source>
        <translation>借款（%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="193"/>
        <source>Withdrawals (%1)</source>
        <translation>提现（%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="194"/>
        <source>Service notes (%1)</source>
        <translation>服务备注（%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="199"/>
        <source>Unlock sign-in…</source>
        <translation>解锁登录…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="250"/>
        <location filename="../../app/views/customers/customer_view.py" line="317"/>
        <source>Verified</source>
        <translation>已实名认证</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="250"/>
        <location filename="../../app/views/customers/customer_view.py" line="317"/>
        <source>Not verified</source>
        <translation>未实名认证</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="252"/>
        <source>Sign-in locked</source>
        <translation>登录已锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="254"/>
        <source>On the blacklist</source>
        <translation>命中黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="256"/>
        <source>Related party</source>
        <translation>关联方</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="258"/>
        <source>Available</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="258"/>
        <source>Frozen</source>
        <translation>冻结金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="261"/>
        <source>On the blacklist:</source>
        <translation>命中黑名单：</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="263"/>
        <source>%1 · %2 · %3 (added %4)</source>
        <translation>%1 · %2 · %3（%4 列入）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="269"/>
        <source>On the blacklist.</source>
        <translation>命中黑名单。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="278"/>
        <source>Profile and verification</source>
        <translation>资料与实名认证</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="282"/>
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="283"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="284"/>
        <source>Default</source>
        <translation>默认卡</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="285"/>
        <source>Added</source>
        <translation>绑定时间</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="289"/>
        <source>Bank cards</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="316"/>
        <source>Verified on %1</source>
        <translation>%1 已实名认证</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="318"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="319"/>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="320"/>
        <source>Side</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="320"/>
        <location filename="../../app/views/customers/customer_view.py" line="354"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="321"/>
        <source>Business licence number</source>
        <translation>营业执照号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="321"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="323"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="324"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="325"/>
        <source>Identity verification</source>
        <translation>实名认证</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="327"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="328"/>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="331"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="332"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="333"/>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="336"/>
        <source>Related party of the platform</source>
        <translation>平台关联方</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="337"/>
        <source>Customer since</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="353"/>
        <location filename="../../app/views/customers/customer_view.py" line="583"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="355"/>
        <source>In or out</source>
        <translation>收支</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="356"/>
        <location filename="../../app/views/customers/customer_view.py" line="394"/>
        <location filename="../../app/views/customers/customer_view.py" line="435"/>
        <location filename="../../app/views/customers/customer_view.py" line="533"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="358"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="360"/>
        <location filename="../../app/views/customers/customer_view.py" line="393"/>
        <location filename="../../app/views/customers/customer_view.py" line="433"/>
        <source>Application</source>
        <translation>借款申请</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="361"/>
        <source>Reference</source>
        <translation>业务单号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="367"/>
        <source>Money movements: %1, newest first · double-click one for its detail</source>
        <translation>资金流水共 %1 笔，最新的在前 · 双击查看明细</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="419"/>
        <source>Investments: %1 · expected interest %2 · received %3</source>
        <translation>投资共 %1 笔 · 预期收益 %2 · 已回款 %3</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="485"/>
        <source>Loans: %1 · double-click one to open its application</source>
        <translation>借款共 %1 笔 · 双击打开借款申请</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="488"/>
        <source>overdue loans: %1, %2 in all, longest %3 days (%4)</source>
        <translation>逾期借款 %1 笔，合计 %2，最长 %3 天（%4）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="555"/>
        <source>Withdrawals: %1, rejected: %2</source>
        <translation>提现共 %1 笔，其中被拒绝 %2 笔</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="619"/>
        <source>Notes: %1, newest first</source>
        <translation>备注共 %1 条，最新的在前</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="395"/>
        <location filename="../../app/views/customers/customer_view.py" line="434"/>
        <location filename="../../app/views/customers/customer_view.py" line="457"/>
        <location filename="../../app/views/customers/customer_view.py" line="534"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="397"/>
        <location filename="../../app/views/customers/customer_view.py" line="437"/>
        <source>Annual rate</source>
        <translation>年化利率</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="398"/>
        <location filename="../../app/views/customers/customer_view.py" line="436"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="398"/>
        <location filename="../../app/views/customers/customer_view.py" line="436"/>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="399"/>
        <source>Expected interest</source>
        <translation>预期收益</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="400"/>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="401"/>
        <source>Invested</source>
        <translation>投资时间</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="430"/>
        <source>%1 · %2 days</source>
        <translation>%1 · %2 天</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="438"/>
        <source>Outstanding principal</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="439"/>
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="441"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="442"/>
        <source>Disbursed</source>
        <translation>放款时间</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="449"/>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="450"/>
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="451"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="452"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="453"/>
        <source>Penalty interest</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="455"/>
        <source>Paid</source>
        <translation>已还金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="456"/>
        <source>Paid on</source>
        <translation>还款时间</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="465"/>
        <source>Select a loan to see its repayment schedule.</source>
        <translation>选择一笔借款，查看其还款计划。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="500"/>
        <source>Repayment schedule of %1</source>
        <translation>%1 的还款计划</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="516"/>
        <source>You do not have permission to open loan applications.</source>
        <translation>您没有打开借款申请的权限。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="532"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="536"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="537"/>
        <source>Decided</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="538"/>
        <source>Decided by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="539"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="557"/>
        <source>double-click one to open it in the withdrawal review</source>
        <translation>双击在提现审核中打开</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="584"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="585"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="594"/>
        <source>What the customer asked and what was answered</source>
        <translation>客户咨询了什么，如何答复</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="620"/>
        <source>No notes yet.</source>
        <translation>暂无备注。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="635"/>
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="652"/>
        <source>Passwords are shown only as set or not set; staff never see them. A forgotten password is reset with a one-time code sent to the customer.</source>
        <translation>密码只显示是否已设置，员工永远看不到密码。客户忘记密码时，通过发送给客户本人的一次性验证码重置。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="666"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="666"/>
        <location filename="../../app/views/customers/customer_view.py" line="679"/>
        <source>Not locked</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="667"/>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="667"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="668"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="670"/>
        <source>Locked because</source>
        <translation>锁定原因</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="671"/>
        <source>Locked by</source>
        <translation>锁定人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="671"/>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="674"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="674"/>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="675"/>
        <source>Login password</source>
        <translation>登录密码</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="676"/>
        <source>Withdrawal password</source>
        <translation>提现密码</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="677"/>
        <source>Wrong withdrawal passwords</source>
        <translation>提现密码错误次数</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="678"/>
        <source>Withdrawals locked until</source>
        <translation>提现锁定至</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="693"/>
        <source>Show %1&apos;s name, ID number, phone, e-mail and bank cards in full? Why you need them is recorded in the audit log.</source>
        <translation>完整显示 %1 的姓名、身份证号、手机号、电子邮箱和银行卡号？查看原因将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="696"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="713"/>
        <source>Full information shown; this was recorded in the audit log.</source>
        <translation>已显示完整信息；本次查看已记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="722"/>
        <source>Unlock sign-in</source>
        <translation>解锁登录</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="723"/>
        <source>Let %1 sign in again?</source>
        <translation>允许 %1 重新登录？</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="724"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="726"/>
        <source>Lock sign-in</source>
        <translation>锁定登录</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="727"/>
        <source>Lock %1&apos;s sign-in? The customer cannot sign in until someone unlocks it.</source>
        <translation>锁定 %1 的登录？解锁之前客户无法登录。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="729"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="743"/>
        <source>Sign-in locked.</source>
        <translation>登录已锁定。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="743"/>
        <source>Sign-in unlocked.</source>
        <translation>登录已解锁。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="768"/>
        <source>Marked as a related party of the platform: %1.</source>
        <translation>已标记为平台关联方：%1。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="769"/>
        <source>The related-party mark has ended; the months before keep it.</source>
        <translation>关联方标记已解除；此前各月仍按关联方统计。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="794"/>
        <source>A one-time code for the login password was sent to %1; it is valid until %2. Ask the customer to set the new password with it.</source>
        <translation>重置登录密码的一次性验证码已发送至 %1，有效期至 %2。请客户用该验证码自行设置新密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="796"/>
        <source>A one-time code for the withdrawal password was sent to %1; it is valid until %2. Ask the customer to set the new password with it.</source>
        <translation>重置提现密码的一次性验证码已发送至 %1，有效期至 %2。请客户用该验证码自行设置新密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customer_view.py" line="818"/>
        <source>Phone change to %1 requested; it waits for a senior risk officer&apos;s approval.</source>
        <translation>已申请将手机号更换为 %1，等待风控主管审批。</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="47"/>
        <source>Find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="52"/>
        <source>Phone changes</source>
        <translation>更换手机号审批</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="64"/>
        <source>Customer number, name, phone, ID number, bank card, application or withdrawal number</source>
        <translation>客户编号、姓名、手机号、身份证号、银行卡号、借款申请编号或提现编号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="66"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="76"/>
        <location filename="../../app/views/customers/customers_screen.py" line="117"/>
        <source>Type at least two characters; exact numbers, phones and cards are found whole, names by their beginning.</source>
        <translation>请至少输入两个字符；编号、手机号和卡号按完整号码查找，姓名按开头查找。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="83"/>
        <source>Verified</source>
        <translation>已实名</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="83"/>
        <source>Not verified</source>
        <translation>未实名</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="85"/>
        <source>Sign-in locked</source>
        <translation>登录已锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="87"/>
        <source>On the blacklist</source>
        <translation>命中黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="91"/>
        <source>Number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="92"/>
        <source>Side</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="93"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="94"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="95"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="96"/>
        <source>ID or licence number</source>
        <translation>身份证号或营业执照号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="121"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="132"/>
        <source>No customer matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="134"/>
        <source>Found by %2: %1 · Enter or double-click opens a customer</source>
        <translation>按%2找到 %1 位客户 · 回车或双击打开</translation>
    </message>
</context>
<context>
    <name>DemoOutbox</name>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="30"/>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="31"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="32"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="33"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="34"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="35"/>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="36"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="44"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="57"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="65"/>
        <source>This server sends text messages and e-mails through a real gateway; there is no demo outbox to show.</source>
        <translation>本服务器通过真实网关发送短信和邮件，没有演示发件箱可显示。</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/demo_outbox.py" line="71"/>
        <source>Messages the demo gateway would have sent: %1 · as of %2</source>
        <translation>演示网关本应发送的消息共 %1 条 · 截至 %2</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="62"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="64"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="65"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="89"/>
        <location filename="../../app/views/loans/document_viewer.py" line="104"/>
        <source>No documents are attached to this application.</source>
        <translation>该申请没有附加材料。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="95"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="117"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="114"/>
        <source>This is an identity document: it is shown only to staff allowed to view personal data.</source>
        <translation>这是身份证件：仅向有权查看个人敏感信息的员工显示。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="132"/>
        <source>This PDF cannot be displayed.</source>
        <translation>无法显示此 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="139"/>
        <source>This image cannot be displayed.</source>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/document_viewer.py" line="163"/>
        <source>Fit</source>
        <translation>适合</translation>
    </message>
</context>
<context>
    <name>EscalationBox</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="102"/>
        <source>Escalation</source>
        <translation>告警升级</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="114"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="120"/>
        <source>A critical alert nobody has acknowledged within this time is sent to its recipients again.</source>
        <translation>严重告警在此时间内无人确认，将再次发送给接收人。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="141"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="163"/>
        <source>Saved: critical alerts escalate after %1 minutes.</source>
        <translation>已保存：严重告警 %1 分钟内无人确认即升级。</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="97"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_detail.py" line="121"/>
        <source>The rule kept no records for this alert.</source>
        <translation>该规则没有为此告警保留记录。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="59"/>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="104"/>
        <source>Choose the statement file</source>
        <translation>选择对账文件</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="60"/>
        <source>The custodian bank&apos;s file for %1: a CSV file or an Excel workbook, as the bank sent it.</source>
        <translation>存管银行 %1 的对账文件：CSV 文件或 Excel 工作簿，请使用银行发来的原文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="64"/>
        <source>A CSV file or an Excel workbook</source>
        <translation>CSV 文件或 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="73"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="81"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="86"/>
        <source>&amp;Encoding</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="99"/>
        <source>The first lines of the file:</source>
        <translation>文件前几行：</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="105"/>
        <source>Statements (*.csv *.xlsx);;All files (*)</source>
        <translation>对账文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="122"/>
        <source>There is no file at %1.</source>
        <translation>找不到文件 %1。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="125"/>
        <source>Choose a CSV file or an Excel workbook.</source>
        <translation>请选择 CSV 文件或 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="140"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="142"/>
        <source>Read as an Excel workbook (no encoding to choose).</source>
        <translation>按 Excel 工作簿读取（无需选择编码）。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="144"/>
        <source>Read as %1 (possible: %2)</source>
        <translation>按 %1 读取（可能的编码：%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="170"/>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="127"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>FundsScreen</name>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="38"/>
        <source>Withdrawal review</source>
        <translation>提现审核</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="41"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="42"/>
        <location filename="../../app/views/funds/funds_screen.py" line="164"/>
        <source>Transfers</source>
        <translation>交易流水</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="43"/>
        <source>Trial balance</source>
        <translation>试算平衡</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="57"/>
        <source>All accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="57"/>
        <source>Platform accounts</source>
        <translation>平台账户</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="58"/>
        <source>Customer accounts</source>
        <translation>客户账户</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="60"/>
        <source>Customer number, e.g. IV0001 or BR00000001</source>
        <translation>客户编号，例如 IV0001 或 BR00000001</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="62"/>
        <location filename="../../app/views/funds/funds_screen.py" line="146"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="80"/>
        <source>Select an account to read its statement.</source>
        <translation>选择一个账户，查看其账户流水。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="88"/>
        <location filename="../../app/views/funds/funds_screen.py" line="148"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="91"/>
        <source>Account statement</source>
        <translation>账户流水</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="114"/>
        <location filename="../../app/views/funds/funds_screen.py" line="186"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="134"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="139"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="139"/>
        <source>Posted</source>
        <translation>已记账</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="139"/>
        <source>Pending</source>
        <translation>冻结中</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="140"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="142"/>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="143"/>
        <source>Reference (loan or order number)</source>
        <translation>业务编号（借款或订单号）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="144"/>
        <source>Amount from (yuan)</source>
        <translation>金额下限（元）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="145"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="73"/>
        <source>%1 accounts</source>
        <translation>共 %1 个账户</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="121"/>
        <source>Statement of %1 · balance %2</source>
        <translation>%1 的账户流水 · 余额 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="161"/>
        <source>%1 transfers · as of %2</source>
        <translation>共 %1 笔 · 数据时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="193"/>
        <source>Trial balance over all accounts</source>
        <translation>全部账户试算平衡</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="200"/>
        <source>Debits posted</source>
        <translation>借方发生额</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="201"/>
        <source>Credits posted</source>
        <translation>贷方发生额</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="202"/>
        <source>Difference (must be zero)</source>
        <translation>差额（应为零）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="203"/>
        <source>Pending difference</source>
        <translation>冻结中差额</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="204"/>
        <source>Customers&apos; money in the ledger</source>
        <translation>账上客户资金合计</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="205"/>
        <source>Every account&apos;s balance is in the Accounts tab; the customers&apos; total is what the custodian bank&apos;s reported balance must equal.</source>
        <translation>各账户余额见“账户”页；客户资金合计应与存管银行报送的余额一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="208"/>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="227"/>
        <source>balanced</source>
        <translation>借贷平衡</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/funds_screen.py" line="227"/>
        <source>NOT balanced</source>
        <translation>借贷不平</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="70"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="75"/>
        <source>Application LN2026…, withdrawal WD2026…, customer, phone, ID number or transfer</source>
        <translation>借款申请 LN2026…、提现 WD2026…、客户、手机号、身份证号或资金流水号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="78"/>
        <source>Enter opens what the text names.</source>
        <translation>按回车打开所查找的对象。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="98"/>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="131"/>
        <source>Customers matching: %1; Enter opens the one selected.</source>
        <translation>匹配的客户 %1 位；按回车打开所选客户。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="146"/>
        <source>Transfer found.</source>
        <translation>已找到该笔资金流水。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="153"/>
        <source>Nothing found for %1.</source>
        <translation>没有找到 %1。</translation>
    </message>
</context>
<context>
    <name>GoliveImportPanel</name>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="31"/>
        <source>Customers and bank cards</source>
        <translation>客户与银行卡</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="31"/>
        <source>Staff and roles</source>
        <translation>员工与角色</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="32"/>
        <source>Opening balances</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="33"/>
        <source>Loans in flight, schedules and holdings</source>
        <translation>在途借款、还款计划与出借人持有</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="34"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="36"/>
        <source>&amp;Download template…</source>
        <translation>下载模板(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="39"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="42"/>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="44"/>
        <source>&amp;Try (dry run)</source>
        <translation>试导入(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="47"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="50"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="56"/>
        <source>Download a template, fill it, choose it and try it: every problem is listed before anything is imported.</source>
        <translation>下载模板并填写，选择文件后先试导入：导入前会列出全部问题。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="69"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="91"/>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="92"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="99"/>
        <source>Template saved to %1.</source>
        <translation>模板已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="104"/>
        <source>Choose the filled template</source>
        <translation>选择已填写的模板</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="105"/>
        <source>Excel workbooks or CSV files in a .zip (*.xlsx *.zip)</source>
        <translation>Excel 工作簿或CSV压缩包 (*.xlsx *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="119"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="126"/>
        <source>Import %1 into the platform</source>
        <translation>将 %1 导入平台</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="152"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="156"/>
        <source>%1 problem(s) found: nothing was imported. Correct them in the file and try again.</source>
        <translation>发现 %1 个问题，未导入任何数据。请在文件中改正后再试。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="160"/>
        <source>No problem found. Importing would add: %1.</source>
        <translation>未发现问题。导入将新增：%1。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="163"/>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="168"/>
        <source>%1 persons</source>
        <translation>%1 位个人客户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="168"/>
        <source>%1 companies</source>
        <translation>%1 家企业客户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="169"/>
        <source>%1 bank cards</source>
        <translation>%1 张银行卡</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="169"/>
        <source>%1 staff members</source>
        <translation>%1 位员工</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="170"/>
        <source>%1 opening balances</source>
        <translation>%1 个期初余额</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="170"/>
        <source>%1 loans</source>
        <translation>%1 笔借款</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="171"/>
        <source>%1 installments</source>
        <translation>%1 期还款计划</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="171"/>
        <source>%1 repayments made</source>
        <translation>%1 笔已还款记录</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="172"/>
        <source>%1 holdings</source>
        <translation>%1 条出借人持有</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/golive_import_panel.py" line="172"/>
        <source>%1 blacklist entries</source>
        <translation>%1 条黑名单</translation>
    </message>
</context>
<context>
    <name>GoliveProblems</name>
    <message>
        <location filename="../../app/models/golive_problems.py" line="10"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/models/golive_problems.py" line="10"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/models/golive_problems.py" line="11"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/models/golive_problems.py" line="11"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="104"/>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="106"/>
        <source>Signed in as %1</source>
        <translation>登录账号：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="110"/>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="116"/>
        <source>Loading today&apos;s figures…</source>
        <translation>正在加载今日数据…</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="121"/>
        <source>Waiting for you</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="128"/>
        <source>Nothing waits for you.</source>
        <translation>暂无待您处理的事项。</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="133"/>
        <source>Today</source>
        <translation>今日概况</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="204"/>
        <source>Today&apos;s figures could not be loaded: %1</source>
        <translation>今日数据加载失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="206"/>
        <source>Not refreshed: %1 The figures shown are of %2.</source>
        <translation>刷新失败：%1 当前显示的是 %2 的数据。</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="215"/>
        <source>As of %1; refreshed every 30 seconds.</source>
        <translation>数据时间 %1，每 30 秒自动刷新。</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="254"/>
        <location filename="../../app/views/home/home_screen.py" line="295"/>
        <source>Open the list</source>
        <translation>打开对应列表</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="268"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="314"/>
        <source>Applications per day (last 30 days)</source>
        <translation>每日进件（近 30 天）</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="316"/>
        <source>Applications</source>
        <translation>进件数</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="321"/>
        <source>Overdue rate by month of due date (%)</source>
        <translation>按应还月份的逾期率（%）</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="325"/>
        <source>Overdue rate</source>
        <translation>逾期率</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="326"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="332"/>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="332"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="333"/>
        <source>Money in and out per day (last 30 days, %1)</source>
        <translation>每日资金流入与流出（近 30 天，%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="335"/>
        <source>In (recharges)</source>
        <translation>流入（充值）</translation>
    </message>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="336"/>
        <source>Out (withdrawals)</source>
        <translation>流出（提现）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="80"/>
        <source>Import into the blacklist</source>
        <translation>导入黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="95"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="95"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="95"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="109"/>
        <source>the file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="115"/>
        <source>Problems found: %1. Nothing can be imported until the file is corrected; correct the lines below and choose the file again.</source>
        <translation>发现 %1 个问题。文件改正前不能导入任何条目；请改正以下各行后重新选择文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="120"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="122"/>
        <source>The file is correct: %1 entries will be added (lines already on the list are not added again).</source>
        <translation>文件无误：将加入 %1 条（已在名单中的行不会重复加入）。</translation>
    </message>
    <message>
        <location filename="../../app/views/blacklist/blacklist_screen.py" line="126"/>
        <source>Import %1 entries</source>
        <translation>导入 %1 条</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="436"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="437"/>
        <source>The file is checked whole: a file with any bad line is refused and nothing is stored.</source>
        <translation>整个文件一并校验：只要有一行有误，整个文件即被拒绝，不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="444"/>
        <source>Cancel the &amp;upload</source>
        <translation>取消上传(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="447"/>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="454"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="454"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="454"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="495"/>
        <source>Sending %1…</source>
        <translation>正在发送 %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="514"/>
        <source>Sending: %1 of %2 KB</source>
        <translation>正在发送：%1 / %2 KB</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="523"/>
        <source>Imported %1: %2 line(s), in %3, out %4.</source>
        <translation>已导入 %1：共 %2 笔，收入 %3，支出 %4。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="526"/>
        <source>The custodian reports customers&apos; money of %1.</source>
        <translation>存管银行报送的客户资金余额为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="559"/>
        <source>The file was refused with %1 problem(s); nothing was stored. Correct the file (or go back and change the mapping) and import it again.</source>
        <translation>文件有 %1 个问题，已被拒绝，未保存任何内容。请修改文件（或返回修改列映射）后重新导入。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="511"/>
        <source>Sent; the server checks every line…</source>
        <translation>已发送，服务器正在逐行校验…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="539"/>
        <source>The upload was cancelled; nothing was stored.</source>
        <translation>上传已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="566"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="236"/>
        <source>Separation of duties</source>
        <translation>不相容岗位分离</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="243"/>
        <source>This combination needs a written justification (for example the approval reference). It is kept in the audit log and shown in the permission report.</source>
        <translation>此组合须填写书面理由（例如审批文号），理由将记入审计日志并在权限报告中列出。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="253"/>
        <source>Grant with this justification</source>
        <translation>附此理由授予</translation>
    </message>
</context>
<context>
    <name>LedgerTables</name>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="78"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="79"/>
        <location filename="../../app/models/ledger_tables.py" line="96"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="80"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="82"/>
        <source>Spendable</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="84"/>
        <source>Frozen (pending)</source>
        <translation>冻结（含在途）</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="86"/>
        <source>Debits</source>
        <translation>借方发生额</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="87"/>
        <source>Credits</source>
        <translation>贷方发生额</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="72"/>
        <source>Platform account</source>
        <translation>平台账户</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="73"/>
        <source>Customer account</source>
        <translation>客户账户</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="94"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="97"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="98"/>
        <source>From (debit)</source>
        <translation>付款方（借）</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="99"/>
        <source>To (credit)</source>
        <translation>收款方（贷）</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="100"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="101"/>
        <source>Reference</source>
        <translation>业务单号</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="102"/>
        <source>Transfer ID</source>
        <translation>转账编号</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="115"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../app/models/ledger_tables.py" line="118"/>
        <source>Balance after</source>
        <translation>变动后余额</translation>
    </message>
</context>
<context>
    <name>LedgerTransferDialog</name>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="180"/>
        <source>Transfer</source>
        <translation>资金流水</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="182"/>
        <source>Transfer ID</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="182"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="183"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="184"/>
        <source>From</source>
        <translation>付款账户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="185"/>
        <source>To</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="186"/>
        <source>Reference</source>
        <translation>业务单号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/global_search.py" line="187"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="25"/>
        <source>Lift the withdrawal pause</source>
        <translation>解除提现暂停</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="27"/>
        <source>Withdrawals leave for the bank again as soon as the pause is lifted. Say why it is safe; a fresh one-time code confirms it.</source>
        <translation>解除暂停后，提现将立即恢复向银行发出。请说明为何可以安全恢复，并用新的动态验证码确认。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="32"/>
        <source>Why it is safe, e.g. the withdrawals were checked with the customers</source>
        <translation>为何可以恢复，例如：已与客户核实这些提现</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="37"/>
        <source>Lift</source>
        <translation>解除</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="55"/>
        <source>Link a staff member to a customer</source>
        <translation>关联员工与客户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="57"/>
        <source>The staff member will no longer be able to approve or reject this customer&apos;s withdrawals.</source>
        <translation>关联后，该员工将不能再审批或拒绝此客户的提现。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="61"/>
        <source>e.g. C000123</source>
        <translation>例如 C000123</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="71"/>
        <source>e.g. own account, spouse, parent</source>
        <translation>例如 本人账户、配偶、父母</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="75"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="76"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="77"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="79"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="93"/>
        <source>A customer reference is 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>客户编号由 1 至 32 位字母、数字、“-”或“_”组成。</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../app/views/common/list_export.py" line="29"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/common/list_export.py" line="29"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/common/list_export.py" line="30"/>
        <location filename="../../app/views/common/list_export.py" line="41"/>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../app/views/common/list_export.py" line="40"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/views/common/list_export.py" line="40"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/common/list_export.py" line="61"/>
        <source>%1 rows exported to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>LoanQueueScreen</name>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="33"/>
        <source>Application</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="34"/>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="434"/>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="35"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="37"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="38"/>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="428"/>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="40"/>
        <source>Annual rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="42"/>
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="43"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="46"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="47"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="48"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="68"/>
        <source>My queue</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="69"/>
        <source>Team queue</source>
        <translation>团队队列</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="70"/>
        <source>All applications</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="73"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="77"/>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="82"/>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="82"/>
        <source>Submitted today</source>
        <translation>今日提交</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="82"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="83"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="83"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="85"/>
        <source>Amount from (yuan)</source>
        <translation>金额下限（元）</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="86"/>
        <source>to</source>
        <translation>金额上限（元）</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="87"/>
        <source>Application number or borrower</source>
        <translation>申请编号或借款人</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="89"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="91"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="157"/>
        <source>Select an application to read its file.</source>
        <translation>选择一笔申请，查看借款档案。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="196"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="236"/>
        <source>No applications wait for you.</source>
        <translation>没有待您审核的申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="237"/>
        <source>No applications match these filters.</source>
        <translation>没有符合筛选条件的申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="239"/>
        <source>%1 applications · as of %2</source>
        <translation>共 %1 条 · 数据时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="273"/>
        <source> and %1 more</source>
        <translation> 等 %1 笔</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="275"/>
        <source>Reject application %1?</source>
        <translation>拒绝申请 %1？</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="276"/>
        <source>Return application %1 to the applicant for more material?</source>
        <translation>将申请 %1 退回借款人补充材料？</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="278"/>
        <source>Reject %1 applications: %2?</source>
        <translation>拒绝 %1 笔申请：%2？</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="279"/>
        <source>Return %1 applications to their applicants for more material: %2?</source>
        <translation>将 %1 笔申请退回借款人补充材料：%2？</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="323"/>
        <source>%1 rejected</source>
        <translation>已拒绝 %1 笔</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="323"/>
        <source>%1 returned</source>
        <translation>已退回 %1 笔</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="328"/>
        <source>; %1 refused: %2</source>
        <translation>；%1 笔未执行：%2</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="422"/>
        <source>company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="422"/>
        <source>person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="423"/>
        <source>%1 (%2) · ID number %3 · phone %4</source>
        <translation>%1（%2）· 身份证号 %3 · 手机号 %4</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="430"/>
        <source>Score %1 · grade %2</source>
        <translation>评分 %1 · 等级 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="445"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="449"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="94"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="119"/>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="370"/>
        <source>Reject selected…</source>
        <translation>拒绝所选…</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="120"/>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="370"/>
        <source>Return selected…</source>
        <translation>退回所选…</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="137"/>
        <source>Loan applications</source>
        <translation>借款申请</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="287"/>
        <source>Reject applications</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="287"/>
        <source>Return applications</source>
        <translation>退回申请</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="289"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="289"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="305"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="334"/>
        <source>its state does not allow this</source>
        <translation>当前状态不允许此操作</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="335"/>
        <source>someone else changed it first</source>
        <translation>已被他人先行修改</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="336"/>
        <source>you did its first review</source>
        <translation>您做过该申请的初审</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="337"/>
        <source>you do not have the permission</source>
        <translation>您没有相应权限</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="338"/>
        <source>it no longer exists</source>
        <translation>该申请已不存在</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="366"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="367"/>
        <source>Copy application number</source>
        <translation>复制申请编号</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="425"/>
        <source>%1 a month · repays debts of %2 a month · overdue %3 times, longest %4 days</source>
        <translation>%1 · 月还债 %2 · 逾期 %3 次，最长 %4 天</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="434"/>
        <source>Income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="434"/>
        <source>Terms</source>
        <translation>借款条件</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="435"/>
        <source>Risk</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="444"/>
        <source>blocking</source>
        <translation>阻断</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_queue_screen.py" line="444"/>
        <source>warning</source>
        <translation>警示</translation>
    </message>
</context>
<context>
    <name>LoanReasons</name>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="81"/>
        <source>Documents missing or unreadable</source>
        <translation>材料缺失或无法辨认</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="82"/>
        <source>Income proof needs to be supplemented</source>
        <translation>需补充收入证明</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="83"/>
        <source>Information inconsistent between documents</source>
        <translation>材料之间信息不一致</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="84"/>
        <location filename="../../app/views/loans/loan_actions.py" line="87"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="85"/>
        <source>Incomplete documents</source>
        <translation>材料不完整</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="85"/>
        <source>Income cannot be verified</source>
        <translation>收入无法核实</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="86"/>
        <source>Debt-to-income too high</source>
        <translation>负债收入比过高</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="86"/>
        <source>Information inconsistent</source>
        <translation>信息不一致</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="87"/>
        <source>Blacklisted or fraud suspected</source>
        <translation>命中黑名单或疑似欺诈</translation>
    </message>
</context>
<context>
    <name>LoanWords</name>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="94"/>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="110"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/loan_actions.py" line="110"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../app/views/shell/lock_overlay.py" line="50"/>
        <source>The console is locked</source>
        <translation>控制台已锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/lock_overlay.py" line="52"/>
        <source>Enter the password of %1 to continue. Your open work is kept.</source>
        <translation>请输入 %1 的密码继续。您未完成的工作均已保留。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/lock_overlay.py" line="64"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="33"/>
        <source>P2P Back Office</source>
        <translation>P2P 运营后台</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="100"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="115"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="116"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="117"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="119"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="120"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="121"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="122"/>
        <source>Show or hide navigation</source>
        <translation>显示/隐藏导航栏</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="124"/>
        <source>Close tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="126"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="127"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="128"/>
        <source>My profile…</source>
        <translation>我的资料…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="129"/>
        <source>Lock the console</source>
        <translation>锁定控制台</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="131"/>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="134"/>
        <location filename="../../app/views/shell/main_window.py" line="230"/>
        <source>Demo outbox</source>
        <translation>演示发件箱</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="137"/>
        <source>Manual</source>
        <translation>操作手册</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="139"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="141"/>
        <location filename="../../app/views/shell/main_window.py" line="183"/>
        <source>About P2P Back Office</source>
        <translation>关于 P2P 运营后台</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="145"/>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="147"/>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="151"/>
        <source>Open %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="184"/>
        <source>P2P Back Office %1 — the operations console of the lending platform.
Icons: Lucide (ISC licence).</source>
        <translation>P2P 运营后台 %1 —— 网贷平台运营控制台。
图标：Lucide（ISC 许可）。</translation>
    </message>
    <message>
        <source>P2P Back Office 0.1 — the operations console of the lending platform.
Icons: Lucide (ISC licence).</source>
        <translation type="vanished">P2P 运营后台 0.1 —— 网贷平台运营控制台。
图标：Lucide（ISC 许可）。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="266"/>
        <source>Refreshed %1</source>
        <translation>刷新于 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="286"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="287"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="288"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="50"/>
        <location filename="../../app/views/help/manual_window.py" line="111"/>
        <source>Operations manual</source>
        <translation>操作手册</translation>
    </message>
    <message>
        <source>Administration:</source>
        <translation type="vanished">管理：</translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="57"/>
        <source>Administration: %1</source>
        <translation>管理：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="68"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="72"/>
        <source>Save the administrator&apos;s guide as PDF…</source>
        <translation>将管理员指南另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="114"/>
        <source>administrators-guide.pdf</source>
        <translation>管理员指南.pdf</translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="115"/>
        <source>Save the administrator&apos;s guide</source>
        <translation>保存管理员指南</translation>
    </message>
    <message>
        <location filename="../../app/views/help/manual_window.py" line="116"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="193"/>
        <source>Map the columns</source>
        <translation>设置列映射</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="194"/>
        <source>Tell which column of the file holds each field. A saved profile fills them in.</source>
        <translation>指定每个字段对应文件中的哪一列。选择已保存的模板可自动填入。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="200"/>
        <source>&amp;Profile</source>
        <translation>模板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="217"/>
        <source>Direction &amp;values</source>
        <translation>方向取值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="221"/>
        <source>Name, e.g. 工商银行 new layout</source>
        <translation>名称，例如 工商银行新版格式</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="222"/>
        <source>&amp;Save as profile</source>
        <translation>另存为模板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="229"/>
        <source>Save the mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="233"/>
        <source>I have checked the guessed columns against the file</source>
        <translation>我已对照文件核对了猜测的各列</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="244"/>
        <source>Bank serial number</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="244"/>
        <source>Platform order number</source>
        <translation>平台订单号</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="245"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="245"/>
        <source>Amount (signed or with direction)</source>
        <translation>金额（带正负号或配合方向列）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="246"/>
        <source>Debit amount (money out)</source>
        <translation>借方金额（支出）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="246"/>
        <source>Credit amount (money in)</source>
        <translation>贷方金额（收入）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="247"/>
        <source>Direction</source>
        <translation>收付方向</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="247"/>
        <source>Date (or date and time)</source>
        <translation>日期（或日期时间）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="248"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="248"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="263"/>
        <source>(not in the file)</source>
        <translation>（文件中无此列）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="271"/>
        <source>Loading the profiles…</source>
        <translation>正在加载模板…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="282"/>
        <source>(none: map by hand)</source>
        <translation>（无：手动映射）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="325"/>
        <source>%1 (guessed)</source>
        <translation>%1（猜测）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="328"/>
        <source>%1 (guessed, unsure)</source>
        <translation>%1（猜测，不确定）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="348"/>
        <source>%1 · built in</source>
        <translation>%1 · 内置</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="366"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="383"/>
        <source>money in</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="383"/>
        <source>money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="398"/>
        <source>Still to map: %1.</source>
        <translation>尚未映射：%1。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="425"/>
        <source>Profile %1 saved; it is offered for the next files.</source>
        <translation>模板 %1 已保存，以后导入文件时可直接选用。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="326"/>
        <source>Guessed from the header&apos;s words; check that this is the right column.</source>
        <translation>根据表头文字猜测；请核对这是否为正确的列。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="212"/>
        <source>e.g. 收=money in; 付=money out</source>
        <translation>例如 收=收入；付=支出</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="213"/>
        <source>How the direction column reads: each value of the file = money in (into the custodian account) or money out, separated by semicolons.</source>
        <translation>收付方向列的读法：文件中的每个取值 = 收入（存入存管账户）或支出，以分号分隔。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="329"/>
        <source>Guessed from a header that only contains a usual word; check it carefully.</source>
        <translation>表头只是含有常用词，据此猜测；请仔细核对。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="344"/>
        <source>Generic layout (signed amount)</source>
        <translation>通用格式（带正负号金额）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="345"/>
        <source>ICBC layout (debit and credit columns)</source>
        <translation>工商银行格式（借贷分列）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="346"/>
        <source>CCB layout (借/贷 flag)</source>
        <translation>建设银行格式（借/贷标志）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="347"/>
        <source>CMB layout (收/付 direction)</source>
        <translation>招商银行格式（收/付方向）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="394"/>
        <source>No built-in layout or saved profile fits this file: the columns were guessed from the header&apos;s words. Check each field marked (guessed), correct any that is wrong, then confirm below.</source>
        <translation>没有内置格式或已保存的模板适用于此文件：各列是根据表头文字猜测的。请核对每个标有（猜测）的字段，改正有误的，然后在下方确认。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="401"/>
        <source>Every required field is mapped.</source>
        <translation>所有必填字段均已映射。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/services/messages.py" line="10"/>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="11"/>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation>请输入身份验证器中的动态口令。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="12"/>
        <source>The one-time code is wrong or has expired.</source>
        <translation>动态口令错误或已过期。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="13"/>
        <source>This one-time code was already used; wait for the next one.</source>
        <translation>该动态口令已使用过，请等待下一个口令。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="14"/>
        <source>This sign-in step has expired; please sign in again.</source>
        <translation>本次登录步骤已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="15"/>
        <source>This account is disabled; ask an administrator.</source>
        <translation>该账户已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="16"/>
        <source>Your session was ended for safety because its credentials were used twice; please sign in again.</source>
        <translation>检测到登录凭证被重复使用，为安全起见会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="17"/>
        <source>Your session has ended; please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="18"/>
        <source>Confirm this operation with a fresh one-time code.</source>
        <translation>请输入新的动态口令确认此操作。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="19"/>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="20"/>
        <location filename="../../app/services/messages.py" line="64"/>
        <source>Someone else changed this first; the screen now shows the current version.</source>
        <translation>该数据已被他人修改，界面已显示最新内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="21"/>
        <source>You cannot do this to your own account; ask another administrator.</source>
        <translation>不能对自己的账户执行此操作，请联系其他管理员。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="22"/>
        <source>Separation of duties does not allow this combination.</source>
        <translation>不相容岗位分离规则不允许此组合。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="23"/>
        <source>Blocking risk rules must be overridden, with a reason, before this application can be approved.</source>
        <translation>须先说明理由豁免阻断性风险规则，才能批准该申请。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="24"/>
        <source>This action is no longer possible: it has moved on to another state meanwhile.</source>
        <translation>该操作已无法执行：其状态已发生变化。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="25"/>
        <source>A reason is required for this action.</source>
        <translation>此操作需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="26"/>
        <source>That rule no longer blocks this application.</source>
        <translation>该规则已不再阻断此申请。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="27"/>
        <source>The new password does not meet the password rules.</source>
        <translation>新密码不符合密码规则。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="28"/>
        <source>The request is too large.</source>
        <translation>请求内容过大。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="29"/>
        <source>Staff still hold this role; take it from them before deleting it.</source>
        <translation>仍有员工持有此角色，请先收回后再删除。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="30"/>
        <source>The text contains a character that is not allowed.</source>
        <translation>文本中包含不允许的字符。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="31"/>
        <source>The server is receiving other large files; try again in a moment.</source>
        <translation>服务器正在接收其他大文件，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="32"/>
        <source>This listing&apos;s funding window has ended; it takes no more investments.</source>
        <translation>该标的募集期已结束，不再接受投资。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="39"/>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="41"/>
        <source>The server&apos;s certificate could not be verified, so the connection was refused. Check the server profile&apos;s certificate settings.</source>
        <translation>无法验证服务器证书，连接已被拒绝。请检查服务器配置中的证书设置。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="44"/>
        <source>The server cannot be reached. Check the network connection and the server address.</source>
        <translation>无法连接服务器，请检查网络连接和服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="47"/>
        <source>Too many failed attempts: the account is locked for %1 more minute(s).</source>
        <translation>失败次数过多：账户已锁定，请 %1 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="49"/>
        <source>Too many attempts; wait %1 second(s) and try again.</source>
        <translation>尝试次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="66"/>
        <source>Some of the input is not valid.</source>
        <translation>部分输入不正确。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="68"/>
        <source>The item no longer exists.</source>
        <translation>该数据已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="70"/>
        <source>The server failed to handle the request; it has been logged. Try again later.</source>
        <translation>服务器处理请求失败，已记录日志，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="71"/>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
</context>
<context>
    <name>MonitoringSettingsTab</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="679"/>
        <source>Rules and thresholds</source>
        <translation>规则与阈值</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="680"/>
        <source>Channels</source>
        <translation>通知渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="681"/>
        <source>Recipients</source>
        <translation>接收人</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="18"/>
        <source>Resolve the alert</source>
        <translation>解决告警</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="18"/>
        <source>Acknowledge the alert</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="21"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="26"/>
        <source>Say how it was resolved (what was found, what was done); the note is kept with the alert and in the audit log.</source>
        <translation>请说明如何解决（发现了什么、做了什么）；备注随告警保存，并记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="28"/>
        <source>Acknowledging tells the others that you are looking into it; a note is optional.</source>
        <translation>确认即告诉其他同事您正在处理；备注可不填。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="35"/>
        <source>How it was resolved, e.g. the customer confirmed the withdrawal by phone</source>
        <translation>如何解决，例如：客户已电话确认该笔提现</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="36"/>
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="41"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/alert_dialogs.py" line="41"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/views/loans/override_dialog.py" line="14"/>
        <source>Override a risk rule</source>
        <translation>豁免风险规则</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/override_dialog.py" line="23"/>
        <source>Why this rule may be set aside for this application (kept in the audit log)</source>
        <translation>为何此申请可以豁免该规则（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/override_dialog.py" line="26"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/override_dialog.py" line="27"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/loans/override_dialog.py" line="30"/>
        <source>Override</source>
        <translation>豁免</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="22"/>
        <source>Start a password reset</source>
        <translation>发起密码重置</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="25"/>
        <source>A one-time code goes to %1&apos;s registered phone or e-mail; the customer sets the new password with it. Staff never see or set a customer&apos;s password.</source>
        <translation>一次性验证码将发送到 %1 的注册手机或邮箱，由客户本人用它设置新密码。员工永远不会看到或设置客户的密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="33"/>
        <source>Login password</source>
        <translation>登录密码</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="34"/>
        <source>Withdrawal password</source>
        <translation>提现密码</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="37"/>
        <source>SMS to the registered phone</source>
        <translation>短信发送到注册手机</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="39"/>
        <source>E-mail to the registered address</source>
        <translation>邮件发送到注册邮箱</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="40"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="41"/>
        <source>&amp;Send the code by</source>
        <translation>验证码发送方式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="48"/>
        <source>Send the code</source>
        <translation>发送验证码</translation>
    </message>
</context>
<context>
    <name>PhoneChangeApprovals</name>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="173"/>
        <source>Customer</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="174"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="175"/>
        <source>New phone</source>
        <translation>新手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="176"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="177"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="178"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="179"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="189"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="191"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="195"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="217"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="225"/>
        <source>No phone change waits for approval.</source>
        <translation>没有待审批的更换手机号申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="227"/>
        <source>Waiting for approval: %1. A change you asked for is approved by someone else.</source>
        <translation>待审批 %1 个；您本人提交的申请须由他人审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="230"/>
        <source>Waiting for a senior risk officer&apos;s approval: %1.</source>
        <translation>等待风控主管审批：%1 个。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="257"/>
        <source>Approve phone change</source>
        <translation>批准更换手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="258"/>
        <source>Change %1&apos;s registered phone to %2, as %3 asked?</source>
        <translation>按 %3 的申请，将 %1 的注册手机号更换为 %2？</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="260"/>
        <source>Identity checked; the request is in order</source>
        <translation>身份已核实，申请无误</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="261"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="263"/>
        <source>Reject phone change</source>
        <translation>驳回更换手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="264"/>
        <source>Reject the change of %1&apos;s registered phone to %2?</source>
        <translation>驳回将 %1 的注册手机号更换为 %2 的申请？</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="266"/>
        <source>Identity could not be confirmed</source>
        <translation>无法确认客户身份</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="266"/>
        <source>Documents missing</source>
        <translation>材料不全</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="267"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="285"/>
        <source>Approved: %1&apos;s phone is now %2.</source>
        <translation>已批准：%1 的手机号现为 %2。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/customers_screen.py" line="286"/>
        <source>Rejected: %1&apos;s phone stays as it was.</source>
        <translation>已驳回：%1 的手机号保持不变。</translation>
    </message>
</context>
<context>
    <name>PhoneChangeDialog</name>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="62"/>
        <source>Request a phone change</source>
        <translation>申请更换手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="65"/>
        <source>Change %1&apos;s registered phone. The change takes effect when a senior risk officer approves it.</source>
        <translation>更换 %1 的注册手机号。风控主管批准后生效。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="72"/>
        <source>11 digits, e.g. 13800138000</source>
        <translation>11 位数字，例如 13800138000</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="77"/>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="81"/>
        <source>Details (how the customer&apos;s identity was checked)</source>
        <translation>详细说明（如何核实客户身份）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="84"/>
        <source>&amp;New phone</source>
        <translation>新手机号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="85"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="86"/>
        <source>&amp;Details</source>
        <translation>详细说明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="93"/>
        <source>Request</source>
        <translation>提交申请</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="14"/>
        <location filename="../../app/views/shell/settings_dialog.py" line="45"/>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="19"/>
        <source>Optional: a private CA bundle (PEM)</source>
        <translation>可选：私有 CA 证书包（PEM）</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="20"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="26"/>
        <source>Optional: SHA-256 fingerprint of the server certificate</source>
        <translation>可选：服务器证书的 SHA-256 指纹</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="27"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="28"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="29"/>
        <location filename="../../app/views/shell/settings_dialog.py" line="38"/>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="30"/>
        <source>Pinned certificate</source>
        <translation>证书固定</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="38"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="46"/>
        <source>Give the profile a name and an https:// address (plain http only on this computer).</source>
        <translation>请填写配置名称和 https:// 地址（仅本机地址可使用 http）。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="88"/>
        <source>My profile</source>
        <translation>我的资料</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="96"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="49"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="50"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="96"/>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="107"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="128"/>
        <location filename="../../app/views/session/profile_dialog.py" line="145"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="151"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="153"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="154"/>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="174"/>
        <source>Both entries match.</source>
        <translation>两次输入一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="186"/>
        <source>Changing…</source>
        <translation>正在修改…</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="195"/>
        <source>Your password has been changed. Use it from your next sign-in.</source>
        <translation>密码已修改，下次登录时请使用新密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="201"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="214"/>
        <source>Authenticator</source>
        <translation>身份验证器</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="216"/>
        <source>Moving to a new phone? Confirm with a code from your current authenticator, scan the new code with the new one, and confirm with a code it shows. Until then the current authenticator keeps working.</source>
        <translation>更换手机？先用当前身份验证器的动态口令确认，再用新手机扫描新二维码，并输入新验证器显示的口令确认。完成前当前验证器仍然有效。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="221"/>
        <source>Re-enrol authenticator…</source>
        <translation>重新绑定身份验证器…</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="240"/>
        <source>Confirm the new authenticator</source>
        <translation>确认新的身份验证器</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="248"/>
        <source>Code from the new app</source>
        <translation>新验证器的口令</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="272"/>
        <source>Preparing the new authenticator…</source>
        <translation>正在准备新的身份验证器…</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="277"/>
        <source>Re-enrol your authenticator: first confirm with a code from your current authenticator app.</source>
        <translation>重新绑定身份验证器：请先输入当前验证器的动态口令确认。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="285"/>
        <source>Scan the code with the new authenticator app, then enter the code it shows.</source>
        <translation>请用新的身份验证器扫描二维码，然后输入其显示的口令。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/profile_dialog.py" line="307"/>
        <source>The new authenticator is in use; the old one&apos;s codes no longer work.</source>
        <translation>新的身份验证器已启用，旧验证器的口令不再有效。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/views/common/reason_dialog.py" line="23"/>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <location filename="../../app/views/common/reason_dialog.py" line="27"/>
        <source>Details (what is missing, what does not match)</source>
        <translation>详细说明（缺少什么、哪里不一致）</translation>
    </message>
    <message>
        <location filename="../../app/views/common/reason_dialog.py" line="30"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/views/common/reason_dialog.py" line="31"/>
        <source>&amp;Details</source>
        <translation>说明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="510"/>
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="534"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="535"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="536"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="537"/>
        <source>WeChat Work user</source>
        <translation>企业微信账号</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="538"/>
        <source>Severities</source>
        <translation>告警级别</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="539"/>
        <source>Areas</source>
        <translation>领域</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="576"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="576"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="576"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="576"/>
        <source>WeChat Work user</source>
        <translation>企业微信账号</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="577"/>
        <source>Severities</source>
        <translation>告警级别</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="577"/>
        <source>Areas</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="580"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="583"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="585"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="587"/>
        <source>Save recipients</source>
        <translation>保存接收人</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="664"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <location filename="../../app/services/reconciliation.py" line="324"/>
        <source>This day is closed: it accepts no more changes. The screen now shows the day as it is.</source>
        <translation>该日已关账，不再接受任何修改。界面已显示当日最新状态。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="326"/>
        <source>Someone else changed this first; the screen now shows the current state.</source>
        <translation>该数据已被他人先行修改，界面已显示最新状态。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="328"/>
        <source>The day cannot be closed while differences are open or adjustments wait for approval.</source>
        <translation>尚有未处理的差异或待审批的调账，不能日终关账。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="330"/>
        <source>This statement was imported before (the same file, or bank serial numbers already imported); nothing was stored.</source>
        <translation>该对账文件已导入过（同一文件，或其银行流水号已导入），未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="333"/>
        <source>The file was refused; nothing was stored. The table lists every problem found.</source>
        <translation>文件已被拒绝，未保存任何内容。表中列出了发现的全部问题。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="335"/>
        <source>The selected lines do not add up to the same amount, so they cannot be matched.</source>
        <translation>所选记录两边合计金额不一致，无法匹配。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="337"/>
        <source>Money in and money out cannot be matched with each other.</source>
        <translation>收入与支出不能互相匹配。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="339"/>
        <source>Match one ledger line with several bank lines, or several ledger lines with one bank line, not many with many.</source>
        <translation>只能一笔平台账对多笔银行流水，或多笔平台账对一笔银行流水，不能多对多。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="341"/>
        <source>A selected line is no longer open: someone else dealt with it first. The lists now show the current state.</source>
        <translation>所选记录中有一笔已不是未处理状态：已被他人先行处理。列表已显示最新状态。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="343"/>
        <source>The selected lines balance each other: match them instead of adjusting.</source>
        <translation>所选记录金额相互抵平：请直接匹配，无需调账。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="345"/>
        <source>A line of this statement is in an adjusting entry; have the proposal rejected first (an approved one cannot be undone).</source>
        <translation>该对账文件中有流水已在调账申请中；请先驳回该调账申请（已批准的调账不可撤销）。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="348"/>
        <source>This statement is not one of the day&apos;s.</source>
        <translation>该对账文件不属于这一天。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="349"/>
        <source>No statement has been imported for this day yet; import it before running the matching.</source>
        <translation>该日尚未导入对账文件，请先导入再执行匹配。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="351"/>
        <source>The file is empty; nothing was stored.</source>
        <translation>文件为空，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="352"/>
        <source>The column mapping is not complete or not valid.</source>
        <translation>列映射不完整或无效。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="353"/>
        <source>You proposed this adjustment; another manager must decide it.</source>
        <translation>此调账由您发起，须由其他主管审批。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="354"/>
        <source>This is no longer possible: someone else acted first. The screen now shows the current state.</source>
        <translation>此操作已无法执行：他人已先行处理。界面已显示最新状态。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="360"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="361"/>
        <source>The file is not a statement that can be read (a CSV file or an .xlsx workbook).</source>
        <translation>该文件不是可读取的对账文件（应为 CSV 文件或 .xlsx 工作簿）。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="363"/>
        <source>The line holds bytes that are not text in the chosen encoding; choose another encoding.</source>
        <translation>该行含有所选编码无法识别的字节，请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="365"/>
        <source>This line is in another encoding than the rest of the file (UTF-8 inside a GBK file); save the file again in one encoding.</source>
        <translation>此行的编码与文件其余部分不同（GBK 文件中夹有 UTF-8 行）；请将文件重新保存为统一的编码。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="368"/>
        <source>The field holds garbled characters (bytes of another encoding read wrongly); check the file&apos;s encoding.</source>
        <translation>该字段含有乱码（其他编码的字节被错误读取）；请检查文件的编码。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="370"/>
        <source>The field holds a NUL byte: the file is damaged or is not a text statement.</source>
        <translation>该字段含有 NUL 字节：文件已损坏，或不是文本格式的对账文件。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="372"/>
        <source>The file is an image, not a bank statement. Choose the statement file the bank sent (CSV or .xlsx).</source>
        <translation>此文件是图片，不是银行对账文件。请选择银行发送的对账文件（CSV 或 .xlsx）。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="374"/>
        <source>The file is a PDF document, not a bank statement. Ask the bank for the statement as CSV or .xlsx.</source>
        <translation>此文件是 PDF 文档，不是银行对账文件。请向银行索取 CSV 或 .xlsx 格式的对账文件。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="376"/>
        <source>The file is a zip archive or another Office document, not a bank statement. Unpack it, or choose the statement file (CSV or .xlsx).</source>
        <translation>此文件是 zip 压缩包或其他 Office 文档，不是银行对账文件。请先解压，或选择对账文件（CSV 或 .xlsx）。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="379"/>
        <source>The file is a program, not a bank statement. Do not open it; choose the statement file (CSV or .xlsx).</source>
        <translation>此文件是程序，不是银行对账文件。请勿打开它；请选择对账文件（CSV 或 .xlsx）。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="381"/>
        <source>The file is an old Excel .xls workbook; save it as .xlsx or CSV in Excel and import that.</source>
        <translation>此文件是旧版 Excel .xls 工作簿；请在 Excel 中另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="383"/>
        <source>No column header line was found.</source>
        <translation>未找到列标题行。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="384"/>
        <source>The header line lacks a column the mapping needs.</source>
        <translation>标题行缺少列映射所需的列。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="385"/>
        <source>Two header columns have the same name.</source>
        <translation>标题行中有两列同名。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="386"/>
        <source>The line has another number of fields than the header line.</source>
        <translation>该行的字段数与标题行不一致。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="388"/>
        <source>A required field is empty.</source>
        <translation>必填字段为空。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="389"/>
        <source>The amount is not a number.</source>
        <translation>金额不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="390"/>
        <source>The amount has more than two decimal places.</source>
        <translation>金额超过两位小数。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="391"/>
        <source>The amount is zero; every line must move money.</source>
        <translation>金额为零；每一行都必须有资金变动。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="392"/>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="393"/>
        <source>Both the debit and the credit column hold an amount.</source>
        <translation>借方列和贷方列同时有金额。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="395"/>
        <source>The amount is negative where the layout expects a positive one.</source>
        <translation>该格式要求金额为正数，但此处为负数。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="397"/>
        <source>The direction is not one the mapping knows (money in or out).</source>
        <translation>收付方向不是列映射中已定义的取值（收入或支出）。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="399"/>
        <source>The date (or date and time) is not a valid date.</source>
        <translation>日期（或日期时间）无效。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="400"/>
        <source>The time is not a valid time of day.</source>
        <translation>时间无效。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="401"/>
        <source>The line is dated outside the day the statement is imported for (only the night&apos;s postings just after midnight are accepted); import the file for the day it belongs to.</source>
        <translation>该流水的日期不在导入的对账日内（仅接受次日零点后不久的夜间入账）；请将文件导入到其所属日期。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="404"/>
        <source>The same bank serial number appears twice in the file.</source>
        <translation>文件中同一银行流水号出现了两次。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="406"/>
        <source>The file&apos;s totals line disagrees with its lines.</source>
        <translation>文件的合计行与明细不符。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="407"/>
        <source>Lines follow the totals line.</source>
        <translation>合计行之后还有数据行。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="408"/>
        <source>The file has a header but no statement lines.</source>
        <translation>文件只有标题行，没有交易明细。</translation>
    </message>
    <message>
        <location filename="../../app/services/reconciliation.py" line="426"/>
        <source>The file has a problem here.</source>
        <translation>文件此处有问题。</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="19"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="20"/>
        <source>Open differences</source>
        <translation>有差异</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="21"/>
        <source>Reconciled</source>
        <translation>已平账</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="22"/>
        <source>Closed</source>
        <translation>已关账</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="25"/>
        <location filename="../../app/models/reconciliation/tables.py" line="34"/>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="26"/>
        <source>Amount differs</source>
        <translation>金额不符</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="27"/>
        <source>Account differs</source>
        <translation>账户不符</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="28"/>
        <source>Ledger only</source>
        <translation>平台有银行无</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="29"/>
        <source>Bank only</source>
        <translation>银行有平台无</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="30"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="33"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="35"/>
        <source>Timing</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="36"/>
        <source>Adjustment proposed</source>
        <translation>已发起调账</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="37"/>
        <source>Adjusted</source>
        <translation>已调账</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="40"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="41"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="42"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="44"/>
        <source>In</source>
        <translation>收</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="44"/>
        <source>Out</source>
        <translation>付</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="45"/>
        <source>exact</source>
        <translation>精确匹配</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="46"/>
        <source>by amount and account</source>
        <translation>按金额和账户匹配</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="47"/>
        <source>several lines to one</source>
        <translation>多笔对一笔</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="48"/>
        <source>by hand</source>
        <translation>手工匹配</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="89"/>
        <source>Timing, carried from %1</source>
        <translation>在途，自 %1 结转</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="106"/>
        <location filename="../../app/models/reconciliation/tables.py" line="120"/>
        <source>Order number</source>
        <translation>平台订单号</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="109"/>
        <source>Bank serial</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="111"/>
        <location filename="../../app/models/reconciliation/tables.py" line="152"/>
        <source>State</source>
        <translation>处理状态</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="112"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="114"/>
        <location filename="../../app/models/reconciliation/tables.py" line="153"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="116"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="117"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="121"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="138"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="139"/>
        <source>Status</source>
        <translation>对账状态</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="140"/>
        <source>Statements</source>
        <translation>对账文件</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="142"/>
        <source>Differences open</source>
        <translation>未处理差异</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="144"/>
        <source>Open amount</source>
        <translation>未处理金额</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="156"/>
        <source>Lines</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="157"/>
        <source>Proposed by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="158"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/models/reconciliation/tables.py" line="159"/>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
</context>
<context>
    <name>ReconciliationDay</name>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="245"/>
        <source>Reconciliation of %1</source>
        <translation>%1 对账</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="266"/>
        <source>&amp;Import statement…</source>
        <translation>导入对账文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="268"/>
        <source>&amp;Run matching</source>
        <translation>执行匹配(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="270"/>
        <source>&amp;Close day…</source>
        <translation>日终关账(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="272"/>
        <source>&amp;Print day report</source>
        <translation>打印对账报告(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="274"/>
        <source>&amp;Withdraw statement…</source>
        <translation>撤回对账文件(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="306"/>
        <source>Categories</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="310"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="310"/>
        <source>Ledger lines</source>
        <translation>平台笔数</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="310"/>
        <source>Ledger amount</source>
        <translation>平台金额</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="310"/>
        <source>Bank lines</source>
        <translation>银行笔数</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="311"/>
        <source>Bank amount</source>
        <translation>银行金额</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="338"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="361"/>
        <source>Platform ledger</source>
        <translation>平台账</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="362"/>
        <source>Bank statement</source>
        <translation>银行对账单</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="371"/>
        <source>Find &amp;candidates</source>
        <translation>查找候选项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="373"/>
        <source>&amp;Match</source>
        <translation>匹配(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="375"/>
        <source>Mark as &amp;timing…</source>
        <translation>标记为在途(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="377"/>
        <source>&amp;Propose adjustment…</source>
        <translation>发起调账(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="420"/>
        <source>Ledger: %1 line(s), %2</source>
        <translation>平台：%1 笔，%2</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="421"/>
        <source>Bank: %1 line(s), %2</source>
        <translation>银行：%1 笔，%2</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="429"/>
        <source>difference %1</source>
        <translation>相差 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="476"/>
        <source>Matched %1 ledger and %2 bank line(s).</source>
        <translation>已匹配平台 %1 笔、银行 %2 笔。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="486"/>
        <source>Mark %1 line(s) as a timing difference on %2: %3. They stay out of the open differences; the next day&apos;s statement is expected to carry them.</source>
        <translation>将 %2 的 %1 笔记录标记为在途：%3。这些记录不计入未处理差异，预计会出现在次日的对账文件中。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="498"/>
        <source>%1 line(s) marked as timing.</source>
        <translation>已将 %1 笔标记为在途。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="505"/>
        <source>Propose an adjusting entry of %1 to the suspense account for %2 line(s) of %3: %4. A finance manager other than you approves it before anything is posted.</source>
        <translation>为 %3 的 %2 笔记录发起调账，将 %1 记入挂账账户：%4。须经您以外的财务主管审批后才会记账。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="518"/>
        <source>Adjustment of %1 proposed; it waits for a manager&apos;s approval.</source>
        <translation>已发起 %1 的调账，等待主管审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="572"/>
        <source>%1 adjustment(s) wait for approval; select one to decide it.</source>
        <translation>有 %1 笔调账待审批，请选择一笔进行审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="582"/>
        <source>Approving posts %1 to the suspense account.</source>
        <translation>批准后将 %1 记入挂账账户。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="595"/>
        <source>Approve the adjusting entry of %1 on %2, proposed by %3 because: %4?</source>
        <translation>批准 %2 金额为 %1 的调整分录（由 %3 发起，原因：%4）？</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="605"/>
        <source>Approve the adjusting entry of %1 on %2</source>
        <translation>批准 %2 金额为 %1 的调整分录</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="609"/>
        <source>Adjustment of %1 approved and posted.</source>
        <translation>%1 的调账已批准并记账。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="615"/>
        <source>Reject the adjusting entry of %1 on %2, proposed by %3. Its lines become open again; the proposer sees your reason.</source>
        <translation>拒绝 %3 发起的 %2 金额为 %1 的调整分录。相关记录将恢复为未处理，发起人可看到您填写的原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="633"/>
        <source>Statement %1 imported: %2 line(s).</source>
        <translation>对账文件 %1 已导入：共 %2 笔。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="647"/>
        <source>Close %1? The day&apos;s reconciliation becomes final: no statement, match, timing mark or adjustment can be added or changed afterwards, and there is no reopening.</source>
        <translation>对 %1 执行日终关账？当日对账结果将成为最终结果：此后不能再添加或修改对账文件、匹配、在途标记或调账，且无法重新打开。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="650"/>
        <source>Open differences: %1. Adjustments waiting: %2. Statements: %3.</source>
        <translation>未处理差异：%1。待审批调账：%2。对账文件：%3。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="653"/>
        <source>Balance difference, custodian minus ledger: %1.</source>
        <translation>余额差额（存管银行减平台账）：%1。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="661"/>
        <source>Close the reconciliation day %1</source>
        <translation>%1 日终关账</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="663"/>
        <source>%1 is closed.</source>
        <translation>%1 已关账。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="677"/>
        <source>%1 (%2 line(s), imported by %3)</source>
        <translation>%1（%2 笔，由 %3 导入）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="685"/>
        <source>Withdraw %1 (%2 line(s), imported by %3 at %4) from %5. Its lines leave the day, and every match made with them is undone, by hand too; the day&apos;s matching then runs again. The same file can afterwards be imported for the day it belongs to.</source>
        <translation>从 %5 撤回 %1（%2 笔，由 %3 于 %4 导入）。其流水将移出该日，与之相关的所有匹配（包括手工匹配）都将撤销，随后该日重新执行匹配。之后可将同一文件导入到其所属日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="698"/>
        <source>Withdraw the statement %1 of %2</source>
        <translation>撤回 %2 的对账文件 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="701"/>
        <source>Statement %1 withdrawn.</source>
        <translation>对账文件 %1 已撤回。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="717"/>
        <source>Day report %1</source>
        <translation>对账报告 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="764"/>
        <source>%1: %2 line(s), in %3, out %4, imported by %5 at %6</source>
        <translation>%1：%2 笔，收入 %3，支出 %4，由 %5 于 %6 导入</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="773"/>
        <source>Withdrawn: %1, by %2 at %3 (%4)</source>
        <translation>已撤回：%1，由 %2 于 %3 撤回（%4）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="776"/>
        <source>Matched at %1.</source>
        <translation>匹配时间：%1。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="778"/>
        <source>Closed by %1 at %2; the day is final.</source>
        <translation>已由 %1 于 %2 关账，当日对账结果为最终结果。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="782"/>
        <source>Customers&apos; money in the ledger %1</source>
        <translation>平台账客户资金余额 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="788"/>
        <source>reported by the custodian %1</source>
        <translation>存管银行报送 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="806"/>
        <source>Ledger %1 line(s) %2 · bank %3 line(s) %4</source>
        <translation>平台 %1 笔 %2 · 银行 %3 笔 %4</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="428"/>
        <source>amounts agree</source>
        <translation>金额一致</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="435"/>
        <source>Select lines on both sides whose amounts agree.</source>
        <translation>请在两边分别选择金额一致的记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="437"/>
        <source>The selected amounts do not agree.</source>
        <translation>所选金额不一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="439"/>
        <source>Money in and money out cannot be matched with each other.</source>
        <translation>收入与支出不能互相匹配。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="441"/>
        <source>Match one line with several of the other side, not many with many.</source>
        <translation>只能一笔对另一边的多笔，不能多对多。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="444"/>
        <source>Only open lines can be matched.</source>
        <translation>只能匹配未处理的记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="446"/>
        <source>Match the selected lines by hand.</source>
        <translation>手工匹配所选记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="489"/>
        <source>Mark as timing</source>
        <translation>标记为在途</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="490"/>
        <source>Expected on the next day&apos;s statement</source>
        <translation>预计出现在次日对账文件中</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="491"/>
        <source>Settlement still in flight at the bank</source>
        <translation>银行结算尚在途中</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="491"/>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="511"/>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="620"/>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="692"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="508"/>
        <source>Propose adjustment</source>
        <translation>发起调账</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="509"/>
        <source>Bank charge not booked by the platform</source>
        <translation>银行手续费平台未入账</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="510"/>
        <source>Failed payment the platform did not hear of</source>
        <translation>支付失败但平台未收到通知</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="511"/>
        <source>Bank movement the platform never booked</source>
        <translation>银行资金变动平台未入账</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="523"/>
        <source>Adjusting entries of the day</source>
        <translation>当日调整分录</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="534"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="536"/>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="573"/>
        <source>No adjustment waits for approval.</source>
        <translation>没有待审批的调账。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="575"/>
        <source>This adjustment was decided already.</source>
        <translation>该调账已审批完毕。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="577"/>
        <source>Only a holder of the permission to approve adjusting entries decides them.</source>
        <translation>只有持有“审批调账”权限的人员才能审批调账。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="579"/>
        <source>You proposed this adjustment: another manager must approve or reject it.</source>
        <translation>此调账由您发起：须由其他主管批准或拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="597"/>
        <source>The entry is posted to the suspense account at once and cannot be undone; only a reversing entry can correct it.</source>
        <translation>该分录将立即记入挂账账户，且无法撤销，只能通过冲正分录更正。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="599"/>
        <source>Approve adjustment</source>
        <translation>批准调账</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="618"/>
        <source>Reject adjustment</source>
        <translation>拒绝调账</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="619"/>
        <source>The difference is not explained yet</source>
        <translation>差异原因尚未查明</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="620"/>
        <source>It should be matched or marked as timing instead</source>
        <translation>应改为匹配或标记为在途</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="625"/>
        <source>Adjustment rejected.</source>
        <translation>调账已拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="641"/>
        <source>Matching ran; manual work is kept.</source>
        <translation>匹配已完成，手工处理结果均已保留。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="655"/>
        <source>Close the day</source>
        <translation>日终关账</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="689"/>
        <source>Withdraw statement</source>
        <translation>撤回对账文件</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="690"/>
        <source>Imported for the wrong day</source>
        <translation>导入到了错误的日期</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="691"/>
        <source>The wrong file (another bank or account)</source>
        <translation>文件有误（其他银行或账户）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="692"/>
        <source>Imported twice under another name</source>
        <translation>以其他文件名重复导入</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="713"/>
        <source>Day report</source>
        <translation>对账报告</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="722"/>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="767"/>
        <source>Statements: </source>
        <translation>对账文件：</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="769"/>
        <source>No statement imported for this day yet: import the custodian bank&apos;s file.</source>
        <translation>该日尚未导入对账文件：请导入存管银行的对账文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="783"/>
        <source>Customers&apos; money in the ledger: not taken yet (run the matching)</source>
        <translation>平台账客户资金余额：尚未取数（请执行匹配）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="786"/>
        <source>the custodian has not reported a total for this day</source>
        <translation>存管银行未报送当日余额</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="791"/>
        <source>they agree</source>
        <translation>两者一致，差额</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="792"/>
        <source>difference (custodian minus ledger)</source>
        <translation>差额（存管银行减平台账）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="812"/>
        <source>The day closes once nothing is open and no adjustment waits.</source>
        <translation>没有未处理差异且没有待审批调账后，方可日终关账。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="813"/>
        <source>Close the day (日终).</source>
        <translation>日终关账。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="816"/>
        <source>Take back a statement imported for the wrong day, with a reason and a fresh one-time code.</source>
        <translation>撤回导入到错误日期的对账文件，须填写原因并输入新的动态口令。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="818"/>
        <source>A closed day keeps its statements.</source>
        <translation>已关账日期的对账文件不可撤回。</translation>
    </message>
</context>
<context>
    <name>ReconciliationScreen</name>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="75"/>
        <source>&amp;Open day</source>
        <translation>打开对账日(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="104"/>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="110"/>
        <source>Days of the month</source>
        <translation>本月对账日</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="125"/>
        <source>Reconciliation with the custodian bank</source>
        <translation>与存管银行对账</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="138"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="143"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="161"/>
        <source>%3 %1</source>
        <comment>month heading: %1 year, %2 month number, %3 month name</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="192"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="216"/>
        <source>%1 differences open this month · as of %2</source>
        <translation>本月未处理差异 %1 笔 · 数据时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="221"/>
        <source>%1: no statement imported yet.</source>
        <translation>%1：尚未导入对账文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="222"/>
        <source>%1: %2</source>
        <comment>a day: its status</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="223"/>
        <source>%1 statement(s)</source>
        <translation>对账文件 %1 个</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="225"/>
        <source>%1 open, %2</source>
        <translation>未处理 %1 笔，%2</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_screen.py" line="241"/>
        <source>Reconciliation %1</source>
        <translation>对账 %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="44"/>
        <source>Recover your password</source>
        <translation>找回密码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="48"/>
        <source>Forgot your password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="66"/>
        <source>Send a new code</source>
        <translation>重新发送验证码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="73"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="75"/>
        <source>Send code</source>
        <translation>发送验证码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="89"/>
        <source>Enter your user name. A recovery code goes to the e-mail address (and mobile) registered for your account. You will also need your authenticator app. Lost your e-mail or authenticator? Ask an administrator to reset your password.</source>
        <translation>请输入用户名。验证码将发送至您账户登记的电子邮箱（及手机）。您还需要使用身份验证器应用。无法使用邮箱或身份验证器？请联系系统管理员重置密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="99"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="120"/>
        <source>6 digits from the e-mail</source>
        <translation>邮件中的 6 位数字</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="135"/>
        <source>6 digits from your authenticator</source>
        <translation>身份验证器上的 6 位数字</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="137"/>
        <source>Recovery code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="138"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="139"/>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="141"/>
        <source>One-time code</source>
        <translation>动态验证码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="158"/>
        <source>Both entries match.</source>
        <translation>两次输入一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="187"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="198"/>
        <source>Set new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="209"/>
        <source>Demo platform: no code was sent to this user name (only the demo accounts have an e-mail address).</source>
        <translation>演示平台：未向该用户名发送验证码（只有演示账户登记了电子邮箱）。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="212"/>
        <source>Demo platform: the e-mail to %1 says the code is %2.</source>
        <translation>演示平台：发送至 %1 的邮件中，验证码为 %2。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="220"/>
        <source>Enter the 6-digit recovery code from the e-mail.</source>
        <translation>请输入邮件中的 6 位验证码。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="223"/>
        <source>The two entries of the new password differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/recovery_dialog.py" line="226"/>
        <source>Enter the 6-digit code from your authenticator.</source>
        <translation>请输入身份验证器上的 6 位动态验证码。</translation>
    </message>
</context>
<context>
    <name>RelatedParty</name>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="19"/>
        <source>Shareholder of the platform</source>
        <translation>平台股东</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="20"/>
        <source>Actual controller of the platform</source>
        <translation>平台实际控制人</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="21"/>
        <source>Director, supervisor or senior manager of the platform</source>
        <translation>平台董事、监事或高级管理人员</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="22"/>
        <source>Employee of the platform</source>
        <translation>平台员工</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="23"/>
        <source>Close relative of a shareholder, director or senior manager</source>
        <translation>平台股东、董事或高级管理人员的近亲属</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="24"/>
        <source>Company controlled by the platform or its related parties</source>
        <translation>平台或其关联方控制的企业</translation>
    </message>
</context>
<context>
    <name>RelatedPartyDialog</name>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="31"/>
        <source>Related party of the platform</source>
        <translation>平台关联方</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="34"/>
        <source>%1 is marked as a related party of the platform: %2.</source>
        <translation>%1 已被标记为平台关联方：%2。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="35"/>
        <source>%1 is not marked as a related party of the platform.</source>
        <translation>%1 未被标记为平台关联方。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="39"/>
        <source>The monthly disclosure lists related parties&apos; loans apart at each month end.</source>
        <translation>月度信息披露在每个月末单列关联方的借款。</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="44"/>
        <source>Change the relation</source>
        <translation>更改关联关系</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="44"/>
        <source>Mark as a related party</source>
        <translation>标记为关联方</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="46"/>
        <source>End the mark from now (the months before keep it)</source>
        <translation>自现在起解除标记（此前各月保留）</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="59"/>
        <source>Choose or write the relation…</source>
        <translation>选择或填写关联关系…</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="68"/>
        <source>e.g. shareholder register of 2026-11-30</source>
        <translation>例如：2026-11-30 股东名册</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="69"/>
        <source>&amp;Relation</source>
        <translation>关联关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="70"/>
        <source>Related &amp;since</source>
        <translation>起始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="71"/>
        <source>Rea&amp;son</source>
        <translation>原因(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="100"/>
        <source>End the mark</source>
        <translation>解除标记</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/related_party_dialog.py" line="100"/>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>ReportParams</name>
    <message>
        <location filename="../../app/views/reports/report_params.py" line="100"/>
        <source>The period must start on or before its last day.</source>
        <translation>期间的开始日期不得晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_params.py" line="117"/>
        <source>e.g. LN20261124000123</source>
        <translation>例如 LN20261124000123</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_params.py" line="138"/>
        <source>Enter the application number.</source>
        <translation>请输入申请编号。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_params.py" line="140"/>
        <source>An application number is LN followed by 14 digits, e.g. LN20261124000123.</source>
        <translation>申请编号为 LN 加 14 位数字，例如 LN20261124000123。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_params.py" line="180"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
</context>
<context>
    <name>ReportPreviewTab</name>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="96"/>
        <source>First page (Ctrl+Home)</source>
        <translation>第一页（Ctrl+Home）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="97"/>
        <source>Previous page (PageUp)</source>
        <translation>上一页（PageUp）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="102"/>
        <source>Next page (PageDown)</source>
        <translation>下一页（PageDown）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="103"/>
        <source>Last page (Ctrl+End)</source>
        <translation>最后一页（Ctrl+End）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="106"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="112"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="114"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="114"/>
        <source>Page width fills the view</source>
        <translation>页面宽度充满视图</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="115"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="115"/>
        <source>A whole page fits the view</source>
        <translation>整页显示在视图中</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="118"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="118"/>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>将报表另存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="121"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="121"/>
        <source>Print the report (Ctrl+P)</source>
        <translation>打印报表（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="123"/>
        <location filename="../../app/views/reports/report_preview.py" line="162"/>
        <source>Generate again</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="124"/>
        <source>Generate the report again from the current data (F5)</source>
        <translation>按当前数据重新生成报表（F5）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="159"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="223"/>
        <source>Generating the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="249"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="255"/>
        <source>Generating the report was cancelled. Nothing was printed or saved.</source>
        <translation>报表生成已取消，未打印或保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="258"/>
        <source>The report could not be generated: %1</source>
        <translation>报表生成失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="265"/>
        <source>there is no application or loan %1.</source>
        <translation>不存在申请或借款 %1。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="287"/>
        <source>Generated at %1.</source>
        <translation>生成时间：%1。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="350"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="412"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="422"/>
        <source>The report was not saved: %1</source>
        <translation>报表未保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="427"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="429"/>
        <source>The save could not be recorded: %1</source>
        <translation>本次保存未能记入审计日志：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="452"/>
        <source>Printing %1 page(s)…</source>
        <translation>正在打印 %1 页…</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="461"/>
        <source>The report was not printed: %1</source>
        <translation>报表未打印：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="466"/>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>已将 %1 页发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="468"/>
        <source>The print could not be recorded: %1</source>
        <translation>本次打印未能记入审计日志：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="475"/>
        <source>the printer could not be used (%1).</source>
        <translation>打印机无法使用（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="477"/>
        <source>the file could not be written (%1).</source>
        <translation>文件无法写入（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="276"/>
        <source>The report was generated but its PDF cannot be displayed.</source>
        <translation>报表已生成，但无法显示其 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="400"/>
        <source>Save the report as</source>
        <translation>报表另存为</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="401"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/report_preview.py" line="440"/>
        <source>Print the report</source>
        <translation>打印报表</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="53"/>
        <source>Loan approval form</source>
        <translation>借款审批表</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="54"/>
        <source>Application</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="56"/>
        <source>Repayment schedule</source>
        <translation>还款计划表</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="57"/>
        <source>Loan</source>
        <translation>借款编号</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="59"/>
        <source>Daily reconciliation report</source>
        <translation>日终对账报告</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="60"/>
        <location filename="../../app/services/reports/catalog.py" line="63"/>
        <source>Business day</source>
        <translation>业务日期</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="62"/>
        <source>Withdrawal review list</source>
        <translation>提现审核清单</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="64"/>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="65"/>
        <source>All decisions</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="66"/>
        <source>Approved and paid</source>
        <translation>已出款</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="67"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="69"/>
        <source>Monthly operations report</source>
        <translation>月度运营报告</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="70"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="72"/>
        <source>Staff permission report</source>
        <translation>权限清单</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="73"/>
        <source>Staff state</source>
        <translation>账户状态</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="74"/>
        <source>All accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="75"/>
        <source>Active accounts</source>
        <translation>在用账户</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="77"/>
        <source>Audit log extract</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="78"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="79"/>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="80"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/catalog.py" line="81"/>
        <source>Object type</source>
        <translation>对象类型</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="107"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>生成（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="127"/>
        <source>No report is open to you. Printing reports needs the permission &quot;Print reports&quot; and the permission of the report&apos;s area; ask an administrator.</source>
        <translation>您没有可打印的报表。打印报表需要“打印报表”权限以及报表所属业务的权限，请联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="157"/>
        <source>One application for signatures: borrower, terms, risk score and rule hits, every review step.</source>
        <translation>单笔借款申请的签字审批表：借款人、借款条件、风险评分与规则命中、各审核环节。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="159"/>
        <source>A loan&apos;s installments: due dates, principal, interest, fees, status.</source>
        <translation>一笔借款的各期还款：到期日、本金、利息、费用、状态。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="160"/>
        <source>A business day&apos;s totals per side, differences and their resolution, who closed the day.</source>
        <translation>某一业务日两边的合计、差异及其处理结果、关账人。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="162"/>
        <source>The day&apos;s reviewed withdrawals with decisions and reviewers.</source>
        <translation>当日已审核的提现，含审核结果和审核人。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="163"/>
        <source>The month&apos;s disclosure metrics with 12-month trends.</source>
        <translation>当月信息披露指标及近 12 个月趋势。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="164"/>
        <source>Every staff user&apos;s roles and effective permissions, and separation-of-duties conflicts.</source>
        <translation>全部员工账户的角色、有效权限及不相容岗位冲突。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="166"/>
        <source>Audit records of a period and filter, with the hash-chain check.</source>
        <translation>指定期间和筛选条件的操作日志记录，附哈希链校验结果。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="186"/>
        <source>Confidential: every page carries the watermark 内部资料 注意保密 (an English copy carries it in English).</source>
        <translation>保密：每页均带有“内部资料 注意保密”水印（英文版带英文水印）。</translation>
    </message>
    <message>
        <location filename="../../app/views/reports/reports_screen.py" line="202"/>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
</context>
<context>
    <name>RoleChecklist</name>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="137"/>
        <source>Separation of duties; a written justification will be asked for:</source>
        <translation>不相容岗位分离，将要求填写书面理由：</translation>
    </message>
</context>
<context>
    <name>RoleFormDialog</name>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="337"/>
        <source>No limit of its own</source>
        <translation>无单独额度</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="340"/>
        <source>Code name</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="341"/>
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="342"/>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="344"/>
        <source>Approval limit (yuan)</source>
        <translation>审批额度（元）</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="366"/>
        <source>The code name needs at least 2 characters: lower-case letters, digits and _.</source>
        <translation>代码至少 2 个字符，只能包含小写字母、数字和下划线。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="368"/>
        <source>Enter the limit in yuan, for example 50,000.00.</source>
        <translation>请输入以元为单位的额度，例如 50,000.00。</translation>
    </message>
</context>
<context>
    <name>RolesScreen</name>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="154"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="158"/>
        <source>Held by %1 user(s)</source>
        <translation>%1 名用户持有</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="160"/>
        <source>Approval limit %1</source>
        <translation>审批额度 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="197"/>
        <source>Sensitive: using it asks for a one-time code.</source>
        <translation>敏感权限：使用时需输入动态口令。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="213"/>
        <source>to be granted</source>
        <translation>将授予</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="214"/>
        <source>to be removed</source>
        <translation>将移除</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="387"/>
        <source>New role…</source>
        <translation>新建角色…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="388"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="389"/>
        <source>Copy…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="390"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="391"/>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="392"/>
        <location filename="../../app/views/admin/roles_screen.py" line="526"/>
        <source>Save changes…</source>
        <translation>保存更改…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="449"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="460"/>
        <source>%1 roles, %2 permissions · as of %3</source>
        <translation>%1 个角色，%2 项权限 · 数据时间 %3</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="516"/>
        <source>%1 user(s) hold this role; take it from them first.</source>
        <translation>有 %1 名用户持有此角色，请先将其收回。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="527"/>
        <source>Save changes to %1 role(s)…</source>
        <translation>保存 %1 个角色的更改…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="557"/>
        <source>Save the permission changes of: %1</source>
        <translation>保存以下角色的权限变更：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="568"/>
        <source>Saved the permissions of %1 role(s).</source>
        <translation>已保存 %1 个角色的权限。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="579"/>
        <source>The role %1 would combine permissions that separation of duties keeps apart:</source>
        <translation>角色 %1 将组合不相容岗位分离要求分开的权限：</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="607"/>
        <source>Create the role %1 (%2)</source>
        <translation>创建角色 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="613"/>
        <source>Role %1 created; tick its permissions and save.</source>
        <translation>角色 %1 已创建；请勾选其权限并保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="628"/>
        <source>Rename role %1</source>
        <translation>重命名角色 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="636"/>
        <source>Role %1 saved.</source>
        <translation>角色 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="649"/>
        <source>Copy role %1</source>
        <translation>复制角色 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="661"/>
        <source>Copy the role %1 with its permissions as %2</source>
        <translation>将角色 %1 及其权限复制为 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="676"/>
        <source>Role %1 created as a copy.</source>
        <translation>已复制创建角色 %1。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="704"/>
        <source>Role %1 deleted.</source>
        <translation>角色 %1 已删除。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="462"/>
        <source>Read-only: you can see roles and permissions but not change them.</source>
        <translation>只读：您可以查看角色和权限，但不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="514"/>
        <source>Select a role&apos;s column first.</source>
        <translation>请先选择一个角色列。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="523"/>
        <source>Separation of duties:</source>
        <translation>不相容岗位分离：</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="573"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="598"/>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="666"/>
        <source>The copy would combine permissions that separation of duties keeps apart:</source>
        <translation>副本将组合不相容岗位分离要求分开的权限：</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="685"/>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="686"/>
        <source>Delete the role %1? This cannot be undone.</source>
        <translation>删除后无法撤销。确定删除角色 %1 吗？</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/roles_screen.py" line="688"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="186"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="186"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="186"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="186"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="194"/>
        <source>The rule runs (every minute)</source>
        <translation>启用此规则（每分钟检查）</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="196"/>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="198"/>
        <source>Save the rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="201"/>
        <source>Back to the defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="273"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="278"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="300"/>
        <source>%1: enter an amount in yuan, e.g. 50,000.</source>
        <translation>%1：请输入以元为单位的金额，例如 50,000。</translation>
    </message>
    <message>
        <location filename="../../app/views/alerts/monitoring_settings_tab.py" line="315"/>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="67"/>
        <source>Saved filters</source>
        <translation>常用筛选</translation>
    </message>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="99"/>
        <source>Save current filters</source>
        <translation>保存当前筛选</translation>
    </message>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="100"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="108"/>
        <source>Save current filters…</source>
        <translation>保存当前筛选…</translation>
    </message>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="112"/>
        <source>No saved filters yet</source>
        <translation>尚无保存的筛选</translation>
    </message>
    <message>
        <location filename="../../app/views/common/table_preferences.py" line="116"/>
        <source>Delete saved filter</source>
        <translation>删除保存的筛选</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../app/models/schedule_model.py" line="25"/>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="25"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="26"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="26"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="27"/>
        <source>Installment</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="27"/>
        <source>Penalty</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="28"/>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="28"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="80"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../app/views/shell/screens.py" line="98"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="99"/>
        <source>Loan review</source>
        <translation>贷款审核</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="101"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="103"/>
        <source>After-loan</source>
        <translation>贷后管理</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="106"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="108"/>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="110"/>
        <source>Reconciliation</source>
        <translation>对账</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="112"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="114"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="116"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screens.py" line="119"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="28"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="29"/>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="30"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="31"/>
        <source>Last seen</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="32"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="54"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="56"/>
        <source>Revoke…</source>
        <translation>强制下线…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="89"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="94"/>
        <source>%1 active sessions · as of %2</source>
        <translation>%1 个活动会话 · 数据时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="142"/>
        <source>Session of %1 revoked.</source>
        <translation>%1 的会话已强制下线。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="95"/>
        <source>No active sessions.</source>
        <translation>没有活动会话。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="111"/>
        <source>This may be your own session: revoking it signs you out.</source>
        <translation>这可能是您自己的会话：强制下线会使您退出登录。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="121"/>
        <source>Revoke session</source>
        <translation>强制下线</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="122"/>
        <source>That console is signed out at once.</source>
        <translation>该控制台将立即退出登录。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="123"/>
        <source>Revoke the session of %1 from %2, started %3?</source>
        <translation>确定强制下线 %1 来自 %2、开始于 %3 的会话吗？</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/administration_screen.py" line="126"/>
        <source>Revoke</source>
        <translation>强制下线</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="68"/>
        <location filename="../../app/views/shell/settings_dialog.py" line="72"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="72"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="73"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="78"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="80"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="81"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="82"/>
        <source>Lock when idle after</source>
        <translation>空闲自动锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="84"/>
        <source>Server profiles</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="90"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="90"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_dialog.py" line="90"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/views/help/shortcuts_dialog.py" line="27"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/views/help/shortcuts_dialog.py" line="30"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/views/help/shortcuts_dialog.py" line="30"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="65"/>
        <source>Reference, serial or account</source>
        <translation>订单号、流水号或账户</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="68"/>
        <source>¥ from</source>
        <translation>¥ 下限</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="69"/>
        <source>¥ to</source>
        <translation>¥ 上限</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="72"/>
        <source>Amount range in yuan, e.g. 1,000 to 50,000.00</source>
        <translation>金额范围（元），例如 1,000 至 50,000.00</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="75"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="78"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="81"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="99"/>
        <source>Show all lines again</source>
        <translation>重新显示全部记录</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="151"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="156"/>
        <source>Candidates for %1 %2 of %3, best first</source>
        <translation>%1 %2（账户 %3）的候选匹配项，按匹配度排序</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="172"/>
        <source>%1 %2 repeats bank line %3 (line %4 of its file), which is matched with the ledger line(s) below: the bank lists this movement twice. If the money moved twice, propose an adjustment.</source>
        <translation>%1 %2 与银行流水 %3（其文件第 %4 行）重复，该流水已与下方平台流水匹配：银行将同一笔资金变动列了两次。如资金确实变动了两次，请发起调账。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="177"/>
        <source>%1 candidate(s)</source>
        <translation>候选 %1 笔</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="180"/>
        <source>%1 line(s)</source>
        <translation>共 %1 笔</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="178"/>
        <source>No line of this side could match it; mark it as timing or propose an adjustment.</source>
        <translation>这一边没有可与之匹配的记录：请标记为在途或发起调账。</translation>
    </message>
    <message>
        <location filename="../../app/views/reconciliation/reconciliation_day.py" line="182"/>
        <source>No line here: nothing to investigate with these filters.</source>
        <translation>没有记录：当前筛选条件下没有需要处理的差异。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="47"/>
        <source>P2P Back Office — Sign in</source>
        <translation>P2P 运营后台 — 登录</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="66"/>
        <source>P2P Back Office</source>
        <translation>P2P 运营后台</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="67"/>
        <source>Operations console of the lending platform</source>
        <translation>网贷平台运营控制台</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="89"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="91"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="114"/>
        <source>6 digits from your authenticator</source>
        <translation>身份验证器中的 6 位数字</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="116"/>
        <source>Stay signed in on this computer</source>
        <translation>在此电脑上保持登录</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="246"/>
        <source>No secure credential store (the system&apos;s keyring) is available on this computer, so nothing can be remembered safely.</source>
        <translation>此电脑没有可用的安全凭据存储（系统密钥环），无法安全地记住登录状态。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="120"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="122"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="123"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="124"/>
        <source>One-time code</source>
        <translation>动态口令</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="126"/>
        <source>Forgot password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="142"/>
        <source>Demo accounts (shown only for the local demo platform). Double-click one to fill in the form.</source>
        <translation>演示账户（仅在本地演示平台显示）。双击即可填入登录信息。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="151"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="151"/>
        <source>Name and role</source>
        <translation>姓名与角色</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="151"/>
        <source>Current code</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="177"/>
        <source>Risk officer</source>
        <translation>风控专员</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="177"/>
        <source>Senior risk officer</source>
        <translation>风控主管</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="178"/>
        <source>Finance clerk</source>
        <translation>财务专员</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="178"/>
        <source>Finance manager</source>
        <translation>财务主管</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="179"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="179"/>
        <source>Auditor</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="180"/>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="186"/>
        <source>This is your first sign-in with a temporary password. Choose your own password.</source>
        <translation>您正在使用临时密码首次登录，请设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="198"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="199"/>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="210"/>
        <source>Scan this code with an authenticator app (for example Google Authenticator or Microsoft Authenticator), then enter the 6-digit code it shows.</source>
        <translation>请用身份验证器应用（如 Google Authenticator、Microsoft Authenticator）扫描二维码，然后输入显示的 6 位口令。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="225"/>
        <source>Code from the app</source>
        <translation>应用中的口令</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="233"/>
        <source>Local demo platform</source>
        <translation>本地演示平台</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="261"/>
        <source>Starting the local demo platform…</source>
        <translation>正在启动本地演示平台…</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="266"/>
        <location filename="../../app/views/session/sign_in_dialog.py" line="272"/>
        <source>The local demo platform is running.</source>
        <translation>本地演示平台已运行。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="277"/>
        <source>The local demo platform could not start.</source>
        <translation>本地演示平台启动失败。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="326"/>
        <source>Your password has been changed and your other sessions ended. Sign in with the new password.</source>
        <translation>密码已更改，您的其他会话已结束。请使用新密码登录。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="347"/>
        <source>The user name, password or one-time code is wrong.</source>
        <translation>用户名、密码或动态口令错误。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="386"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="400"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="406"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="435"/>
        <source>Both entries match.</source>
        <translation>两次输入一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/sign_in_dialog.py" line="442"/>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
</context>
<context>
    <name>StaffLinksPanel</name>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="35"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="37"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="38"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="39"/>
        <source>Linked by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="40"/>
        <source>Linked at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="108"/>
        <source>Customer reference</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="116"/>
        <source>Link…</source>
        <translation>关联…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="119"/>
        <source>End link…</source>
        <translation>解除关联…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="151"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="156"/>
        <source>%1 links · as of %2</source>
        <translation>共 %1 条关联 · 数据时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="193"/>
        <source>%1 is now linked to %2.</source>
        <translation>%1 已与%2 关联。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="202"/>
        <source>End the link between %1 and %2? %1 may then approve and reject this customer&apos;s withdrawals again.</source>
        <translation>解除后，%1 可再次审批或拒绝该客户的提现申请。确定解除 %1 与%2 的关联吗？</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="218"/>
        <source>End the link between %1 and %2</source>
        <translation>解除 %1 与%2 的关联</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="230"/>
        <source>The link between %1 and %2 has ended.</source>
        <translation>%1 与%2 的关联已解除。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="157"/>
        <source>No staff member is linked to a customer.</source>
        <translation>没有员工与客户存在关联。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/staff_links_panel.py" line="201"/>
        <location filename="../../app/views/admin/staff_links_panel.py" line="206"/>
        <source>End link</source>
        <translation>解除关联</translation>
    </message>
</context>
<context>
    <name>StatementImportWizard</name>
    <message>
        <location filename="../../app/views/reconciliation/statement_import_wizard.py" line="579"/>
        <source>Import statement for %1</source>
        <translation>导入 %1 的对账文件</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <location filename="../../app/views/session/step_up_dialog.py" line="28"/>
        <source>Confirm with a one-time code</source>
        <translation>动态口令确认</translation>
    </message>
    <message>
        <location filename="../../app/views/session/step_up_dialog.py" line="38"/>
        <source>This is a sensitive operation. Enter a fresh 6-digit code from your authenticator app to confirm it; a code that was already used is refused.</source>
        <translation>这是敏感操作。请输入身份验证器中新的 6 位动态口令确认；已使用过的口令将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/views/session/step_up_dialog.py" line="48"/>
        <source>One-time &amp;code</source>
        <translation>动态口令(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/views/session/step_up_dialog.py" line="57"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="64"/>
        <source>Temporary password of %1 (%2):</source>
        <translation>%1（%2）的临时密码：</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="72"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="77"/>
        <source>This password is shown only now and will not be shown again: the platform does not keep it. Give it to the user in person or over a trusted channel; they must choose their own password at their first sign-in.</source>
        <translation>此密码仅显示这一次，平台不会保存。请当面或通过可信渠道交给用户；用户首次登录时必须设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="93"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../app/views/home/home_screen.py" line="72"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TransferDetailDialog</name>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="118"/>
        <source>Transfer</source>
        <translation>资金流水</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="122"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="123"/>
        <source>Direction</source>
        <translation>收支</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="124"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="125"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="127"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="128"/>
        <source>Reference</source>
        <translation>业务单号</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="129"/>
        <source>Application</source>
        <translation>借款申请</translation>
    </message>
    <message>
        <location filename="../../app/views/customers/service_dialogs.py" line="130"/>
        <source>Transfer ID</source>
        <translation>流水号</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="183"/>
        <location filename="../../app/views/admin/users_screen.py" line="188"/>
        <source>Leave empty to keep it</source>
        <translation>留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="189"/>
        <source>Where a password recovery code is sent</source>
        <translation>找回密码的验证码将发送至此邮箱</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="191"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="192"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="193"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="194"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="198"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="220"/>
        <source>Enrolled</source>
        <translation>已绑定</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="221"/>
        <source>Not enrolled</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="226"/>
        <source>Temporary</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="227"/>
        <source>Own</source>
        <translation>本人设置</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="232"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="233"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="234"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="235"/>
        <location filename="../../app/views/admin/users_screen.py" line="360"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="236"/>
        <source>Authenticator</source>
        <translation>身份验证器</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="237"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="238"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="239"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="240"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="265"/>
        <location filename="../../app/views/admin/users_screen.py" line="439"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="268"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="271"/>
        <source>User name or name</source>
        <translation>用户名或姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="274"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="275"/>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="358"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="358"/>
        <source>Given by</source>
        <translation>来源角色</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="359"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="359"/>
        <source>Last seen</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="359"/>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="361"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="361"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="361"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="364"/>
        <source>Effective permissions</source>
        <translation>有效权限</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="365"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="366"/>
        <source>Recent activity</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="367"/>
        <source>Select an account to see its roles, permissions and sessions.</source>
        <translation>选择一个账户，查看其角色、权限和会话。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="406"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="407"/>
        <source>Roles…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="408"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="409"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="410"/>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="411"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="412"/>
        <source>Reset authenticator…</source>
        <translation>重置身份验证器…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="454"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="472"/>
        <source>No account matches these filters.</source>
        <translation>没有符合筛选条件的账户。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="474"/>
        <source>%1 accounts · as of %2</source>
        <translation>共 %1 个账户 · 数据时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="546"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="548"/>
        <source>Phone %1</source>
        <translation>手机 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="550"/>
        <source>E-mail %1</source>
        <translation>电子邮箱 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="554"/>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="581"/>
        <source>Ended %1</source>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="675"/>
        <source>Create the account %1 (%2)</source>
        <translation>创建账户 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="679"/>
        <location filename="../../app/views/admin/users_screen.py" line="812"/>
        <source>The roles chosen for %1 combine duties that are kept apart:</source>
        <translation>为 %1 选择的角色兼有应分离的职责：</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="685"/>
        <source>Account %1 (%2) created.</source>
        <translation>账户 %1（%2）已创建。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="698"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="706"/>
        <source>Account %1 (%2) saved.</source>
        <translation>账户 %1（%2）已保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="790"/>
        <source>Their sessions end at once, and they must enrol a new authenticator app at their next sign-in.</source>
        <translation>其会话将立即结束，下次登录时须绑定新的身份验证器。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="791"/>
        <source>Reset the authenticator of %1?</source>
        <translation>确定重置 %1 的身份验证器吗？</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="733"/>
        <source>Account %1 (%2) disabled; its sessions have ended.</source>
        <translation>账户 %1（%2）已停用，其会话已结束。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="743"/>
        <source>Account %1 (%2) enabled.</source>
        <translation>账户 %1（%2）已启用。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="752"/>
        <source>Account %1 (%2) unlocked.</source>
        <translation>账户 %1（%2）已解锁。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="763"/>
        <source>Password of %1 (%2) reset; their sessions have ended.</source>
        <translation>%1（%2）的密码已重置，其会话已结束。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="774"/>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="785"/>
        <source>Authenticator of %1 (%2) reset; they enrol a new one at their next sign-in.</source>
        <translation>%1（%2）的身份验证器已重置，下次登录时须重新绑定。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="793"/>
        <source>Reset the authenticator of %1</source>
        <translation>重置 %1 的身份验证器</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="800"/>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="801"/>
        <source>Choose the roles of %1. The new rights apply from their next request.</source>
        <translation>选择 %1 的角色。新权限从其下一次请求起生效。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="808"/>
        <source>Give %1 these roles: %2</source>
        <translation>授予 %1 以下角色：%2</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="818"/>
        <source>Roles of %1 (%2) saved.</source>
        <translation>%1（%2）的角色已保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="545"/>
        <source>Authenticator enrolled</source>
        <translation>已绑定身份验证器</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="545"/>
        <source>No authenticator enrolled</source>
        <translation>未绑定身份验证器</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="552"/>
        <source>Must choose a new password at next sign-in</source>
        <translation>下次登录须设置新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="556"/>
        <source>This is your own account</source>
        <translation>这是您本人的账户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="559"/>
        <location filename="../../app/views/admin/users_screen.py" line="807"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="559"/>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="567"/>
        <source>Separation of duties: this account combines duties kept apart:</source>
        <translation>不相容岗位分离：该账户兼有应分离的职责：</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="581"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="597"/>
        <source>You cannot do this to your own account; ask another administrator.</source>
        <translation>不能对自己的账户执行此操作，请联系其他管理员。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="666"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="686"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="720"/>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="721"/>
        <source>They are signed out at once and cannot sign in until an administrator enables the account again.</source>
        <translation>该用户将立即退出登录，在管理员重新启用前无法登录。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="723"/>
        <source>Disable the account of %1?</source>
        <translation>确定停用 %1 的账户吗？</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="724"/>
        <source>Left the company</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="724"/>
        <source>Long leave</source>
        <translation>长期休假</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="724"/>
        <source>Suspected misuse</source>
        <translation>疑似滥用</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="725"/>
        <source>Duplicate account</source>
        <translation>重复账户</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="726"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="764"/>
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="770"/>
        <location filename="../../app/views/admin/users_screen.py" line="773"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="771"/>
        <source>Their sessions end at once, and they must sign in with a temporary password and choose a new one.</source>
        <translation>其会话将立即结束，须使用临时密码登录并设置新密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="772"/>
        <source>Reset the password of %1?</source>
        <translation>确定重置 %1 的密码吗？</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/users_screen.py" line="789"/>
        <location filename="../../app/views/admin/users_screen.py" line="792"/>
        <source>Reset authenticator</source>
        <translation>重置身份验证器</translation>
    </message>
</context>
<context>
    <name>WaitingCounts</name>
    <message>
        <location filename="../../app/views/shell/waiting_counts.py" line="42"/>
        <location filename="../../app/views/shell/waiting_counts.py" line="73"/>
        <source>Waiting for me</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/waiting_counts.py" line="43"/>
        <source>What waits for you, kind by kind; click a kind to open its list.</source>
        <translation>按类别列出待您处理的工作；点击类别即可打开对应列表。</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/waiting_counts.py" line="76"/>
        <location filename="../../app/views/shell/waiting_counts.py" line="89"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/waiting_counts.py" line="73"/>
        <source>Waiting for me (%1)</source>
        <translation>待我处理（%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/waiting_counts.py" line="80"/>
        <source>Nothing waits for you.</source>
        <translation>暂无待您处理的工作。</translation>
    </message>
</context>
<context>
    <name>WithdrawalPauseBanner</name>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="67"/>
        <source>Lift…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="108"/>
        <source>Withdrawals are paused since %1: %2. Nothing leaves for the bank until a finance manager, a senior risk officer or an administrator lifts the pause.</source>
        <translation>提现已暂停（自 %1 起）：%2。在财务主管、风控主管或系统管理员解除暂停前，不会向银行发出任何提现。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="122"/>
        <source>Lift the pause: withdrawals leave for the bank again</source>
        <translation>解除暂停：提现将恢复向银行发出</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_pause_banner.py" line="138"/>
        <source>The pause was not lifted: %1</source>
        <translation>未能解除暂停：%1</translation>
    </message>
</context>
<context>
    <name>WithdrawalReview</name>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="138"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="139"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="302"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="140"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="301"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="141"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="335"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="142"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="336"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="143"/>
        <source>Flags</source>
        <translation>风险标记</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="144"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="301"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="151"/>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="154"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="157"/>
        <source>Any flag</source>
        <translation>全部标记</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="162"/>
        <source>Customer, e.g. IV0001</source>
        <translation>客户，例如 IV0001</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="164"/>
        <source>Amount from (yuan)</source>
        <translation>金额下限（元）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="165"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="166"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="193"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="273"/>
        <source>Approve selected</source>
        <translation>批准所选</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="195"/>
        <location filename="../../app/views/funds/withdrawal_review.py" line="275"/>
        <source>Reject selected</source>
        <translation>拒绝所选</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="217"/>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="217"/>
        <source>Awaiting second approval</source>
        <translation>待二次审批</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="218"/>
        <source>Paid</source>
        <translation>已出款</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="218"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="221"/>
        <source>Large</source>
        <translation>大额</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="221"/>
        <source>New bank card</source>
        <translation>新银行卡</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="222"/>
        <source>Soon after recharge</source>
        <translation>充值后即提现</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="222"/>
        <source>Many today</source>
        <translation>当日多次</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="231"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="247"/>
        <source>To review (%1)</source>
        <translation>待审核（%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="249"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="254"/>
        <source>%1 requests · as of %2</source>
        <translation>共 %1 笔 · 数据时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="272"/>
        <source>Approve selected (%1)</source>
        <translation>批准所选（%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="274"/>
        <source>Reject selected (%1)</source>
        <translation>拒绝所选（%1）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="297"/>
        <source>The request</source>
        <translation>申请信息</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="425"/>
        <source>Withdrawal %1</source>
        <translation>提现 %1</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="447"/>
        <source>Review threshold %1; above %2 a finance manager gives a second approval.</source>
        <translation>审核阈值 %1；超过 %2 须财务主管二次审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="477"/>
        <source>Approved first by %1; waits for a finance manager&apos;s second approval.</source>
        <translation>已由 %1 初次审批，等待财务主管二次审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="480"/>
        <source>Above %1: your approval sends it to a finance manager for the second approval.</source>
        <translation>超过 %1：您批准后将转交财务主管二次审批。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="498"/>
        <source>Approve withdrawal %1: %2 to bank card %3 of %4?</source>
        <translation>确定批准提现申请 %1、向%4 的银行卡 %3 支付 %2 吗？</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="492"/>
        <source>The amount is above %1: after your approval a finance manager gives the second approval, and only then does the money leave.</source>
        <translation>金额超过 %1：您批准后须财务主管二次审批，之后资金才会转出。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="506"/>
        <source>Approve withdrawal %1: %2 to %3</source>
        <translation>批准提现 %1：%2 转入 %3</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="514"/>
        <source>Reject withdrawal %1 of %2 to bank card %3 of %4. The money becomes available to the customer again; the customer sees the reason.</source>
        <translation>拒绝提现申请 %1（%2，收款银行卡 %3，%4）。资金将重新成为客户的可用余额；客户会看到拒绝原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="542"/>
        <source>Done: %1 is now “%2”.</source>
        <translation>已完成：%1 现为“%2”。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="549"/>
        <source>Someone else acted first: %1 is now “%2”.</source>
        <translation>其他人已先处理：%1 现为“%2”。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="571"/>
        <source>Approve %1 withdrawals, %2 in all?</source>
        <translation>批准 %1 笔提现，合计 %2？</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="578"/>
        <source>Approve %1 withdrawals, %2 in all</source>
        <translation>批准 %1 笔提现，合计 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="586"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="587"/>
        <source>Reject %1 withdrawals, %2 in all: %3. The money becomes available to the customers again; they see the reason.</source>
        <translation>拒绝 %1 笔提现，合计 %2：%3。资金将重新变为客户可用，客户可看到拒绝原因。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="603"/>
        <source>%1 done, %2 refused.</source>
        <translation>%1 笔已完成，%2 笔被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="281"/>
        <source>Select a request to review it.</source>
        <translation>选择一笔申请进行审核。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="168"/>
        <source>Refresh (F5)</source>
        <comment>the queue and the selected request</comment>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="302"/>
        <source>Request ID</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="303"/>
        <source>First approval</source>
        <translation>初次审批</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="303"/>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="304"/>
        <source>Reason (shown to the customer)</source>
        <translation>原因（客户可见）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="312"/>
        <source>Why it waits for review</source>
        <translation>需要审核的原因</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="318"/>
        <source>Customer&apos;s balances</source>
        <translation>客户余额</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="322"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="322"/>
        <source>Frozen (incl. this request)</source>
        <translation>冻结（含本笔）</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="323"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="330"/>
        <source>Recent ledger activity</source>
        <translation>最近资金流水</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="335"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="335"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="335"/>
        <source>From</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="336"/>
        <source>To</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="349"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="352"/>
        <source>&amp;Reject…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="435"/>
        <source>automatic</source>
        <translation>系统自动</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="451"/>
        <source>No rule flagged this request; it was paid automatically.</source>
        <translation>该笔申请未命中任何规则，已自动放行。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="474"/>
        <source>You are linked to this customer&apos;s account: separation of duties does not let you approve or reject its withdrawals.</source>
        <translation>您与该客户账户存在关联：按不相容岗位分离规则，您不能审批或拒绝其提现。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="496"/>
        <source>The money leaves for the customer&apos;s bank card at once; this cannot be undone.</source>
        <translation>资金将立即转入客户银行卡，此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="500"/>
        <source>Approve withdrawal</source>
        <translation>批准提现</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="517"/>
        <source>Reject withdrawal</source>
        <translation>拒绝提现</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="525"/>
        <source>Bank card holder differs from the account holder</source>
        <translation>银行卡户名与账户持有人不一致</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="526"/>
        <source>Bank card cannot receive payments</source>
        <translation>银行卡无法入账</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="526"/>
        <source>Suspected fraud or account takeover</source>
        <translation>疑似欺诈或账户被盗</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="527"/>
        <source>Money from a recharge not yet cleared by the bank</source>
        <translation>充值资金尚未经银行清算</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="527"/>
        <source>Customer asked to cancel</source>
        <translation>客户要求撤销</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="528"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="538"/>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="569"/>
        <source>Each is approved on its own: small ones leave for the bank at once, those above the second threshold go to a finance manager, and any that someone else changed meanwhile are refused and listed.</source>
        <translation>每笔单独审批：小额的立即转出，超过二级阈值的转交财务主管，期间被他人改动的将被拒绝并列出。</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="572"/>
        <source>Approve withdrawals</source>
        <translation>批准提现</translation>
    </message>
    <message>
        <location filename="../../app/views/funds/withdrawal_review.py" line="589"/>
        <source>Reject withdrawals</source>
        <translation>拒绝提现</translation>
    </message>
</context>
</TS>
