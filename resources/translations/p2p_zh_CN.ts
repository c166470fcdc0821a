<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../app/views/loan_actions.py" line="70"/>
        <source>Documents missing or unreadable</source>
        <translation>材料缺失或无法辨认</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="70"/>
        <source>Income proof needs to be supplemented</source>
        <translation>需补充收入证明</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="71"/>
        <source>Information inconsistent between documents</source>
        <translation>材料之间信息不一致</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="71"/>
        <location filename="../../app/views/loan_actions.py" line="73"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="72"/>
        <source>Incomplete documents</source>
        <translation>材料不完整</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="72"/>
        <source>Income cannot be verified</source>
        <translation>收入无法核实</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="72"/>
        <source>Debt-to-income too high</source>
        <translation>负债收入比过高</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="73"/>
        <source>Information inconsistent</source>
        <translation>信息不一致</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_actions.py" line="73"/>
        <source>Blacklisted or fraud suspected</source>
        <translation>命中黑名单或疑似欺诈</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>Installment</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="24"/>
        <source>Penalty</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="25"/>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../app/models/schedule_model.py" line="25"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <location filename="../../app/views/application_view.py" line="56"/>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="57"/>
        <source>Terms</source>
        <translation>申请条款</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="58"/>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="60"/>
        <source>Show personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="63"/>
        <source>Shows the ID number, phone and bank card in full (Alt+P); every reveal is recorded in the audit log.</source>
        <translation>完整显示身份证号、手机号和银行卡号（Alt+P）；每次查看都会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="97"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="97"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="97"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="97"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="98"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="101"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="102"/>
        <source>Repayment schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="103"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="114"/>
        <source>Comment for the timeline (optional)</source>
        <translation>审核意见（可选，记入时间线）</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="164"/>
        <location filename="../../app/views/application_view.py" line="201"/>
        <source>{0} months</source>
        <translation>{0} 个月</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="166"/>
        <source>Grade {0}</source>
        <translation>等级 {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="171"/>
        <source>Documents ({0})</source>
        <translation>材料（{0}）</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="180"/>
        <source>{0} loans, {1} settled · overdue {2} times, longest {3} days</source>
        <translation>借款 {0} 笔，已结清 {1} 笔 · 逾期 {2} 次，最长 {3} 天</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="184"/>
        <source>Not on the blacklist</source>
        <translation>未命中黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="185"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="185"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="186"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="187"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="188"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="189"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="190"/>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="191"/>
        <source>Monthly debt payments</source>
        <translation>月还款额</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="192"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="192"/>
        <source>On this platform</source>
        <translation>本平台记录</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="193"/>
        <source>Balance owed here</source>
        <translation>本平台待还余额</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="195"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="200"/>
        <source>Application</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="200"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="201"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="202"/>
        <source>Annual rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="202"/>
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="203"/>
        <source>Purpose</source>
        <translation>借款用途</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="203"/>
        <source>Guarantee or collateral</source>
        <translation>担保或抵押</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="204"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="221"/>
        <source>Score {0} of 1000 · grade {1}</source>
        <translation>评分 {0} / 1000 · 等级 {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="232"/>
        <source>No risk rule was hit.</source>
        <translation>未命中任何风险规则。</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="236"/>
        <source>Blocks approval</source>
        <translation>阻断审批</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="239"/>
        <source>Overridden by {0}: {1}</source>
        <translation>已由 {0} 豁免：{1}</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="242"/>
        <source>Warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="267"/>
        <source>The loan&apos;s installments.</source>
        <translation>该笔借款的还款计划。</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="270"/>
        <source>Proposed schedule, computed by the platform from the terms above.</source>
        <translation>拟定还款计划，由平台按上述条款计算。</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="289"/>
        <source>Override a rule…</source>
        <translation>豁免规则…</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="291"/>
        <source>Approve → second review</source>
        <translation>批准 → 转复审</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="312"/>
        <source>No action is open to you in this state</source>
        <translation>当前状态下您没有可执行的操作</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="321"/>
        <source>Override a risk rule of</source>
        <translation>豁免风险规则：</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="322"/>
        <source>{0} application {1}, borrower {2}, amount {3}?</source>
        <translation>{0}申请 {1}，借款人 {2}，金额 {3}？</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="347"/>
        <source>The amount is above your approval limit or the grade is high-risk, so the application then goes to a senior officer for second review.</source>
        <translation>金额超出您的审批权限或风险等级较高，批准后将转交风控主管复审。</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="372"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="376"/>
        <source>Rule overridden; approval is possible once no blocking rule is left.</source>
        <translation>规则已豁免；没有阻断规则后即可批准。</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="377"/>
        <source>Done: {0}. The application is now {1}.</source>
        <translation>已完成：{0}。申请当前状态：{1}。</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="389"/>
        <source>Someone else acted on this application first; it is now {0}. Your comment is kept.</source>
        <translation>其他人已先处理了该申请，当前状态为 {0}。您的意见已保留。</translation>
    </message>
    <message>
        <location filename="../../app/views/application_view.py" line="413"/>
        <source>Personal data shown in full; this was recorded in the audit log.</source>
        <translation>已完整显示个人信息；本次查看已记入审计日志。</translation>
    </message>
</context>
<context>
    <name>AreaUnavailable</name>
    <message>
        <location filename="../../app/views/area_unavailable.py" line="16"/>
        <source>This module is not available in this version of the console yet. Your permissions for it are already in place.</source>
        <translation>本版本控制台尚未提供此模块。您在该模块的权限已经配置完毕。</translation>
    </message>
</context>
<context>
    <name>AuditLogScreen</name>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="22"/>
        <source>Action, e.g. auth.signed_in or auth.</source>
        <translation>操作，例如 auth.signed_in 或 auth.</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="24"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="26"/>
        <source>Text in the record</source>
        <translation>记录中的文字</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="28"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="30"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="63"/>
        <source>Select a record to see what it changed.</source>
        <translation>选择一条记录，查看它变更了什么。</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="75"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="87"/>
        <source>{0} records · as of {1}</source>
        <translation>共 {0} 条 · 数据时间 {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="89"/>
        <source>No records match these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="97"/>
        <source>Request: {0}</source>
        <translation>请求编号：{0}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="98"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="98"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/models/audit_table.py" line="11"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="12"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="14"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="15"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="16"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="18"/>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../app/views/table_preferences.py" line="36"/>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../app/application.py" line="71"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="72"/>
        <source>The new language applies the next time the console starts.</source>
        <translation>新的语言将在下次启动控制台时生效。</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/views/document_viewer.py" line="58"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="60"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="61"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="85"/>
        <location filename="../../app/views/document_viewer.py" line="99"/>
        <source>No documents are attached to this application.</source>
        <translation>该申请没有附加材料。</translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="91"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="108"/>
        <source>Loading {0}…</source>
        <translation>正在加载 {0}…</translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="123"/>
        <source>This PDF cannot be displayed.</source>
        <translation>无法显示此 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="130"/>
        <source>This image cannot be displayed.</source>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <location filename="../../app/views/document_viewer.py" line="152"/>
        <source>Fit</source>
        <translation>适合</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../app/views/home_screen.py" line="22"/>
        <source>Welcome, {0}</source>
        <translation>欢迎，{0}</translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="24"/>
        <source>Signed in as {0} · Roles: {1}</source>
        <translation>当前账号 {0} · 角色：{1}</translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="27"/>
        <source>What you may do</source>
        <translation>您的权限</translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="32"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="32"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="32"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>LoanQueueScreen</name>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="31"/>
        <source>Application</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="32"/>
        <location filename="../../app/views/loan_queue_screen.py" line="433"/>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="33"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="35"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="36"/>
        <location filename="../../app/views/loan_queue_screen.py" line="436"/>
        <source>{0} months</source>
        <translation>{0} 个月</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="38"/>
        <source>Annual rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="40"/>
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="41"/>
        <location filename="../../app/views/loan_queue_screen.py" line="437"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="43"/>
        <location filename="../../app/views/loan_queue_screen.py" line="437"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="44"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="45"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="65"/>
        <source>My queue</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="66"/>
        <source>Team queue</source>
        <translation>团队队列</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="67"/>
        <source>All applications</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="70"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="74"/>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="77"/>
        <source>Amount from (yuan)</source>
        <translation>金额下限（元）</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="78"/>
        <source>to</source>
        <translation>金额上限（元）</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="79"/>
        <source>Application number or borrower</source>
        <translation>申请编号或借款人</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="81"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="83"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="153"/>
        <source>Select an application to read its file.</source>
        <translation>选择一笔申请，查看借款档案。</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="186"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="225"/>
        <source>No applications wait for you.</source>
        <translation>没有待您审核的申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="226"/>
        <source>No applications match these filters.</source>
        <translation>没有符合筛选条件的申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="228"/>
        <source>{0} applications · as of {1}</source>
        <translation>共 {0} 条 · 数据时间 {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="236"/>
        <location filename="../../app/views/loan_queue_screen.py" line="248"/>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="235"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="86"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="110"/>
        <location filename="../../app/views/loan_queue_screen.py" line="386"/>
        <source>Reject selected…</source>
        <translation>拒绝所选…</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="111"/>
        <location filename="../../app/views/loan_queue_screen.py" line="386"/>
        <source>Return selected…</source>
        <translation>退回所选…</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="235"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="247"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="247"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="254"/>
        <source>Loan applications</source>
        <translation>借款申请</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="269"/>
        <source>{0} rows exported to {1}</source>
        <translation>已导出 {0} 行到 {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="290"/>
        <source> and {0} more</source>
        <translation> 等 {0} 笔</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="292"/>
        <source>Reject application {1}?</source>
        <translation>拒绝申请 {1}？</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="293"/>
        <source>Reject {0} applications: {1}?</source>
        <translation>拒绝 {0} 笔申请：{1}？</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="295"/>
        <source>Return application {1} to the applicant for more material?</source>
        <translation>将申请 {1} 退回借款人补充材料？</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="296"/>
        <source>Return {0} applications to their applicants for more material: {1}?</source>
        <translation>将 {0} 笔申请退回借款人补充材料：{1}？</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="304"/>
        <source>Reject applications</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="304"/>
        <source>Return applications</source>
        <translation>退回申请</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="306"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="306"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="322"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="340"/>
        <source>{0} rejected</source>
        <translation>已拒绝 {0} 笔</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="340"/>
        <source>{0} returned</source>
        <translation>已退回 {0} 笔</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="344"/>
        <source>; {0} refused: {1}</source>
        <translation>；{0} 笔未执行：{1}</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="350"/>
        <source>its state does not allow this</source>
        <translation>当前状态不允许此操作</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="351"/>
        <source>someone else changed it first</source>
        <translation>已被他人先行修改</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="352"/>
        <source>you did its first review</source>
        <translation>您做过该申请的初审</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="353"/>
        <source>you do not have the permission</source>
        <translation>您没有相应权限</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="354"/>
        <source>it no longer exists</source>
        <translation>该申请已不存在</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="382"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="383"/>
        <source>Copy application number</source>
        <translation>复制申请编号</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="433"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="433"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="434"/>
        <source>Income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="434"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="434"/>
        <source>Debt payments</source>
        <translation>月还债务</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="435"/>
        <source>Overdue history</source>
        <translation>逾期记录</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="435"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="435"/>
        <source>Terms</source>
        <translation>借款条件</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="436"/>
        <source>Risk</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="437"/>
        <source>blocking</source>
        <translation>阻断</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="438"/>
        <source>warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="438"/>
        <source>Timeline</source>
        <translation>审批记录</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../app/views/lock_overlay.py" line="49"/>
        <source>The console is locked</source>
        <translation>控制台已锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/lock_overlay.py" line="51"/>
        <source>Enter the password of {0} to continue. Your open work is kept.</source>
        <translation>请输入 {0} 的密码继续。您未完成的工作均已保留。</translation>
    </message>
    <message>
        <location filename="../../app/views/lock_overlay.py" line="63"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="29"/>
        <source>P2P Back Office</source>
        <translation>P2P 运营后台</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="92"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="93"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="94"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="96"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="97"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="98"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="99"/>
        <source>Show or hide navigation</source>
        <translation>显示/隐藏导航栏</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="101"/>
        <source>Close tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="103"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="104"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="105"/>
        <source>Lock the console</source>
        <translation>锁定控制台</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="106"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="107"/>
        <location filename="../../app/views/main_window.py" line="124"/>
        <source>About P2P Back Office</source>
        <translation>关于 P2P 运营后台</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="125"/>
        <source>P2P Back Office 0.1 — the operations console of the lending platform.
Icons: Lucide (ISC licence).</source>
        <translation>P2P 运营后台 0.1 —— 网贷平台运营控制台。
图标：Lucide（ISC 许可）。</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="181"/>
        <source>Refreshed {0}</source>
        <translation>刷新于 {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="201"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="202"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="203"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/services/messages.py" line="9"/>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="10"/>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation>请输入身份验证器中的动态口令。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="11"/>
        <source>The one-time code is wrong or has expired.</source>
        <translation>动态口令错误或已过期。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="12"/>
        <source>This one-time code was already used; wait for the next one.</source>
        <translation>该动态口令已使用过，请等待下一个口令。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="13"/>
        <source>This sign-in step has expired; please sign in again.</source>
        <translation>本次登录步骤已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="14"/>
        <source>This account is disabled; ask an administrator.</source>
        <translation>该账户已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="15"/>
        <source>Your session was ended for safety because its credentials were used twice; please sign in again.</source>
        <translation>检测到登录凭证被重复使用，为安全起见会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="16"/>
        <source>Your session has ended; please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="17"/>
        <source>Confirm this operation with a fresh one-time code.</source>
        <translation>请输入新的动态口令确认此操作。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="18"/>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="19"/>
        <location filename="../../app/services/messages.py" line="55"/>
        <source>Someone else changed this first; the screen now shows the current version.</source>
        <translation>该数据已被他人修改，界面已显示最新内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="20"/>
        <source>You cannot do this to your own account; ask another administrator.</source>
        <translation>不能对自己的账户执行此操作，请联系其他管理员。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="21"/>
        <source>Separation of duties does not allow this combination.</source>
        <translation>不相容岗位分离规则不允许此组合。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="22"/>
        <source>Blocking risk rules must be overridden, with a reason, before this application can be approved.</source>
        <translation>须先说明理由豁免阻断性风险规则，才能批准该申请。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="23"/>
        <source>This action is no longer possible: the application has moved on to another state.</source>
        <translation>该操作已无法执行：申请已进入其他状态。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="24"/>
        <source>A reason is required for this action.</source>
        <translation>此操作需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="25"/>
        <source>That rule no longer blocks this application.</source>
        <translation>该规则已不再阻断此申请。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="26"/>
        <source>The new password does not meet the password rules.</source>
        <translation>新密码不符合密码规则。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="27"/>
        <source>The request is too large.</source>
        <translation>请求内容过大。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="28"/>
        <source>The text contains a character that is not allowed.</source>
        <translation>文本中包含不允许的字符。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="35"/>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="37"/>
        <source>The server&apos;s certificate could not be verified, so the connection was refused. Check the server profile&apos;s certificate settings.</source>
        <translation>无法验证服务器证书，连接已被拒绝。请检查服务器配置中的证书设置。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="40"/>
        <source>The server cannot be reached. Check the network connection and the server address.</source>
        <translation>无法连接服务器，请检查网络连接和服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="43"/>
        <source>Too many failed attempts: the account is locked for %n more minute(s).</source>
        <translation>失败次数过多：账户已锁定，请 %n 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="45"/>
        <source>Too many attempts; wait %n second(s) and try again.</source>
        <translation>尝试次数过多，请 %n 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="57"/>
        <source>Some of the input is not valid.</source>
        <translation>部分输入不正确。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="59"/>
        <source>The item no longer exists.</source>
        <translation>该数据已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="61"/>
        <source>The server failed to handle the request; it has been logged. Try again later.</source>
        <translation>服务器处理请求失败，已记录日志，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="62"/>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/views/override_dialog.py" line="12"/>
        <source>Override a risk rule</source>
        <translation>豁免风险规则</translation>
    </message>
    <message>
        <location filename="../../app/views/override_dialog.py" line="20"/>
        <source>Why this rule may be set aside for this application (kept in the audit log)</source>
        <translation>为何此申请可以豁免该规则（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../app/views/override_dialog.py" line="23"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/views/override_dialog.py" line="24"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/views/override_dialog.py" line="27"/>
        <source>Override</source>
        <translation>豁免</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="14"/>
        <location filename="../../app/views/settings_dialog.py" line="45"/>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="19"/>
        <source>Optional: a private CA bundle (PEM)</source>
        <translation>可选：私有 CA 证书包（PEM）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="20"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="26"/>
        <source>Optional: SHA-256 fingerprint of the server certificate</source>
        <translation>可选：服务器证书的 SHA-256 指纹</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="27"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="28"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="29"/>
        <location filename="../../app/views/settings_dialog.py" line="38"/>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="30"/>
        <source>Pinned certificate</source>
        <translation>证书固定</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="38"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="46"/>
        <source>Give the profile a name and an https:// address (plain http only on this computer).</source>
        <translation>请填写配置名称和 https:// 地址（仅本机地址可使用 http）。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/views/reason_dialog.py" line="23"/>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <location filename="../../app/views/reason_dialog.py" line="27"/>
        <source>Details (what is missing, what does not match)</source>
        <translation>详细说明（缺少什么、哪里不一致）</translation>
    </message>
    <message>
        <location filename="../../app/views/reason_dialog.py" line="30"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/views/reason_dialog.py" line="31"/>
        <source>&amp;Details</source>
        <translation>说明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../../app/views/table_preferences.py" line="66"/>
        <source>Saved filters</source>
        <translation>常用筛选</translation>
    </message>
    <message>
        <location filename="../../app/views/table_preferences.py" line="99"/>
        <source>Save current filters</source>
        <translation>保存当前筛选</translation>
    </message>
    <message>
        <location filename="../../app/views/table_preferences.py" line="100"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/views/table_preferences.py" line="108"/>
        <source>Save current filters…</source>
        <translation>保存当前筛选…</translation>
    </message>
    <message>
        <location filename="../../app/views/table_preferences.py" line="112"/>
        <source>No saved filters yet</source>
        <translation>尚无保存的筛选</translation>
    </message>
    <message>
        <location filename="../../app/views/table_preferences.py" line="116"/>
        <source>Delete saved filter</source>
        <translation>删除保存的筛选</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../app/models/schedule_model.py" line="77"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../app/views/screens.py" line="50"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="51"/>
        <source>Loan review</source>
        <translation>贷款审核</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="53"/>
        <location filename="../../app/views/screens.py" line="54"/>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="55"/>
        <location filename="../../app/views/screens.py" line="56"/>
        <source>Reconciliation</source>
        <translation>对账</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="57"/>
        <location filename="../../app/views/screens.py" line="58"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="59"/>
        <location filename="../../app/views/screens.py" line="60"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="61"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="64"/>
        <location filename="../../app/views/settings_dialog.py" line="68"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="68"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="69"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="74"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="76"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="77"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="78"/>
        <source>Lock when idle after</source>
        <translation>空闲自动锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="80"/>
        <source>Server profiles</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="86"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="86"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="86"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="39"/>
        <source>P2P Back Office — Sign in</source>
        <translation>P2P 运营后台 — 登录</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="58"/>
        <source>P2P Back Office</source>
        <translation>P2P 运营后台</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="59"/>
        <source>Operations console of the lending platform</source>
        <translation>网贷平台运营控制台</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="81"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="83"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="106"/>
        <source>6 digits from your authenticator</source>
        <translation>身份验证器中的 6 位数字</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="108"/>
        <source>Stay signed in on this computer</source>
        <translation>在此电脑上保持登录</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="112"/>
        <source>No secure credential store (OS keyring) is available here ({0}), so nothing can be remembered safely.</source>
        <translation>此电脑没有可用的安全凭据存储（系统密钥环，当前为 {0}），无法安全地记住登录状态。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="114"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="116"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="117"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="118"/>
        <source>One-time code</source>
        <translation>动态口令</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="124"/>
        <source>Demo accounts (shown only for the local demo platform). Double-click one to fill in the form.</source>
        <translation>演示账户（仅在本地演示平台显示）。双击即可填入登录信息。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="132"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="132"/>
        <source>Name and role</source>
        <translation>姓名与角色</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="132"/>
        <source>Current code</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="158"/>
        <source>Risk officer</source>
        <translation>风控专员</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="158"/>
        <source>Senior risk officer</source>
        <translation>风控主管</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="159"/>
        <source>Finance clerk</source>
        <translation>财务专员</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="159"/>
        <source>Finance manager</source>
        <translation>财务主管</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="160"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="160"/>
        <source>Auditor</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="161"/>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="167"/>
        <source>This is your first sign-in with a temporary password. Choose your own password.</source>
        <translation>您正在使用临时密码首次登录，请设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="179"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="180"/>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="191"/>
        <source>Scan this code with an authenticator app (for example Google Authenticator or Microsoft Authenticator), then enter the 6-digit code it shows.</source>
        <translation>请用身份验证器应用（如 Google Authenticator、Microsoft Authenticator）扫描二维码，然后输入显示的 6 位口令。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="206"/>
        <source>Code from the app</source>
        <translation>应用中的口令</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="214"/>
        <source>Local demo platform</source>
        <translation>本地演示平台</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="233"/>
        <source>Starting the local demo platform…</source>
        <translation>正在启动本地演示平台…</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="238"/>
        <location filename="../../app/views/sign_in_dialog.py" line="244"/>
        <source>The local demo platform is running.</source>
        <translation>本地演示平台已运行。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="249"/>
        <source>The local demo platform could not start.</source>
        <translation>本地演示平台启动失败。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="321"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="335"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="341"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="370"/>
        <source>Both entries match.</source>
        <translation>两次输入一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="377"/>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="397"/>
        <source>Or enter this key by hand: {0}</source>
        <translation>或手动输入密钥：{0}</translation>
    </message>
</context>
</TS>
