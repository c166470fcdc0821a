<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AreaUnavailable</name>
    <message>
        <location filename="../../app/views/area_unavailable.py" line="16" />
        <source>This module is not available in this version of the console yet. Your permissions for it are already in place.</source>
        <translation>本版本控制台尚未提供此模块。您在该模块的权限已经配置完毕。</translation>
    </message>
</context>
<context>
    <name>AuditLogScreen</name>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="22" />
        <source>Action, e.g. auth.signed_in or auth.</source>
        <translation>操作，例如 auth.signed_in 或 auth.</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="24" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="26" />
        <source>Text in the record</source>
        <translation>记录中的文字</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="28" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="30" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="63" />
        <source>Select a record to see what it changed.</source>
        <translation>选择一条记录，查看它变更了什么。</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="75" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="87" />
        <source>{0} records · as of {1}</source>
        <translation>共 {0} 条 · 数据时间 {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="89" />
        <source>No records match these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="97" />
        <source>Request: {0}</source>
        <translation>请求编号：{0}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="98" />
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_log_screen.py" line="98" />
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/models/audit_table.py" line="11" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="12" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="14" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="15" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="16" />
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/models/audit_table.py" line="18" />
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../app/application.py" line="71" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="72" />
        <source>The new language applies the next time the console starts.</source>
        <translation>新的语言将在下次启动控制台时生效。</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../app/views/home_screen.py" line="22" />
        <source>Welcome, {0}</source>
        <translation>欢迎，{0}</translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="24" />
        <source>Signed in as {0} · Roles: {1}</source>
        <translation>当前账号 {0} · 角色：{1}</translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="27" />
        <source>What you may do</source>
        <translation>您的权限</translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="32" />
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="32" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/views/home_screen.py" line="32" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>LoanQueueScreen</name>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="52" />
        <source>Application</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="53" />
        <location filename="../../app/views/loan_queue_screen.py" line="233" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="54" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="56" />
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="57" />
        <location filename="../../app/views/loan_queue_screen.py" line="236" />
        <source>{0} months</source>
        <translation>{0} 个月</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="59" />
        <source>Annual rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="61" />
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="62" />
        <location filename="../../app/views/loan_queue_screen.py" line="237" />
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="64" />
        <location filename="../../app/views/loan_queue_screen.py" line="237" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="65" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="66" />
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="82" />
        <source>My queue</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="83" />
        <source>Team queue</source>
        <translation>团队队列</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="84" />
        <source>All applications</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="87" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="91" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="94" />
        <source>Amount from (yuan)</source>
        <translation>金额下限（元）</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="95" />
        <source>to</source>
        <translation>金额上限（元）</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="96" />
        <source>Application number or borrower</source>
        <translation>申请编号或借款人</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="98" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="100" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="101" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="141" />
        <source>Select an application to read its file.</source>
        <translation>选择一笔申请，查看借款档案。</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="156" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="177" />
        <source>No applications wait for you.</source>
        <translation>没有待您审核的申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="178" />
        <source>No applications match these filters.</source>
        <translation>没有符合筛选条件的申请。</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="180" />
        <source>{0} applications · as of {1}</source>
        <translation>共 {0} 条 · 数据时间 {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="187" />
        <location filename="../../app/views/loan_queue_screen.py" line="195" />
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="188" />
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="194" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="194" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="211" />
        <source>{0} rows exported to {1}</source>
        <translation>已导出 {0} 行到 {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="233" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="233" />
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="234" />
        <source>Income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="234" />
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="234" />
        <source>Debt payments</source>
        <translation>月还债务</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="235" />
        <source>Overdue history</source>
        <translation>逾期记录</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="235" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="235" />
        <source>Terms</source>
        <translation>借款条件</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="236" />
        <source>Risk</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="237" />
        <source>blocking</source>
        <translation>阻断</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="238" />
        <source>warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../../app/views/loan_queue_screen.py" line="238" />
        <source>Timeline</source>
        <translation>审批记录</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../app/views/lock_overlay.py" line="49" />
        <source>The console is locked</source>
        <translation>控制台已锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/lock_overlay.py" line="51" />
        <source>Enter the password of {0} to continue. Your open work is kept.</source>
        <translation>请输入 {0} 的密码继续。您未完成的工作均已保留。</translation>
    </message>
    <message>
        <location filename="../../app/views/lock_overlay.py" line="63" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="29" />
        <source>P2P Back Office</source>
        <translation>P2P 运营后台</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="92" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="93" />
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="94" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="96" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="97" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="98" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="99" />
        <source>Show or hide navigation</source>
        <translation>显示/隐藏导航栏</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="101" />
        <source>Close tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="103" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="104" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="105" />
        <source>Lock the console</source>
        <translation>锁定控制台</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="106" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="107" />
        <location filename="../../app/views/main_window.py" line="124" />
        <source>About P2P Back Office</source>
        <translation>关于 P2P 运营后台</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="125" />
        <source>P2P Back Office 0.1 — the operations console of the lending platform.
Icons: Lucide (ISC licence).</source>
        <translation>P2P 运营后台 0.1 —— 网贷平台运营控制台。
图标：Lucide（ISC 许可）。</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="174" />
        <source>Refreshed {0}</source>
        <translation>刷新于 {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="194" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="195" />
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="196" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/services/messages.py" line="9" />
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="10" />
        <source>Enter the one-time code from your authenticator app.</source>
        <translation>请输入身份验证器中的动态口令。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="11" />
        <source>The one-time code is wrong or has expired.</source>
        <translation>动态口令错误或已过期。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="12" />
        <source>This one-time code was already used; wait for the next one.</source>
        <translation>该动态口令已使用过，请等待下一个口令。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="13" />
        <source>This sign-in step has expired; please sign in again.</source>
        <translation>本次登录步骤已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="14" />
        <source>This account is disabled; ask an administrator.</source>
        <translation>该账户已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="15" />
        <source>Your session was ended for safety because its credentials were used twice; please sign in again.</source>
        <translation>检测到登录凭证被重复使用，为安全起见会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="16" />
        <source>Your session has ended; please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="17" />
        <source>Confirm this operation with a fresh one-time code.</source>
        <translation>请输入新的动态口令确认此操作。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="18" />
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="19" />
        <location filename="../../app/services/messages.py" line="51" />
        <source>Someone else changed this first; the screen now shows the current version.</source>
        <translation>该数据已被他人修改，界面已显示最新内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="20" />
        <source>You cannot do this to your own account; ask another administrator.</source>
        <translation>不能对自己的账户执行此操作，请联系其他管理员。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="21" />
        <source>Separation of duties does not allow this combination.</source>
        <translation>不相容岗位分离规则不允许此组合。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="22" />
        <source>The new password does not meet the password rules.</source>
        <translation>新密码不符合密码规则。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="23" />
        <source>The request is too large.</source>
        <translation>请求内容过大。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="24" />
        <source>The text contains a character that is not allowed.</source>
        <translation>文本中包含不允许的字符。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="31" />
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="33" />
        <source>The server's certificate could not be verified, so the connection was refused. Check the server profile's certificate settings.</source>
        <translation>无法验证服务器证书，连接已被拒绝。请检查服务器配置中的证书设置。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="36" />
        <source>The server cannot be reached. Check the network connection and the server address.</source>
        <translation>无法连接服务器，请检查网络连接和服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="39" />
        <source>Too many failed attempts: the account is locked for %n more minute(s).</source>
        <translation>失败次数过多：账户已锁定，请 %n 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="41" />
        <source>Too many attempts; wait %n second(s) and try again.</source>
        <translation>尝试次数过多，请 %n 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="53" />
        <source>Some of the input is not valid.</source>
        <translation>部分输入不正确。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="55" />
        <source>The item no longer exists.</source>
        <translation>该数据已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="57" />
        <source>The server failed to handle the request; it has been logged. Try again later.</source>
        <translation>服务器处理请求失败，已记录日志，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="58" />
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="14" />
        <location filename="../../app/views/settings_dialog.py" line="45" />
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="19" />
        <source>Optional: a private CA bundle (PEM)</source>
        <translation>可选：私有 CA 证书包（PEM）</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="20" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="26" />
        <source>Optional: SHA-256 fingerprint of the server certificate</source>
        <translation>可选：服务器证书的 SHA-256 指纹</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="27" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="28" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="29" />
        <location filename="../../app/views/settings_dialog.py" line="38" />
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="30" />
        <source>Pinned certificate</source>
        <translation>证书固定</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="38" />
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="46" />
        <source>Give the profile a name and an https:// address (plain http only on this computer).</source>
        <translation>请填写配置名称和 https:// 地址（仅本机地址可使用 http）。</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../app/views/screens.py" line="50" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="51" />
        <source>Loan review</source>
        <translation>贷款审核</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="53" />
        <location filename="../../app/views/screens.py" line="54" />
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="55" />
        <location filename="../../app/views/screens.py" line="56" />
        <source>Reconciliation</source>
        <translation>对账</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="57" />
        <location filename="../../app/views/screens.py" line="58" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="59" />
        <location filename="../../app/views/screens.py" line="60" />
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../app/views/screens.py" line="61" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="59" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="64" />
        <location filename="../../app/views/settings_dialog.py" line="68" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="68" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="69" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="74" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="76" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="77" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="78" />
        <source>Lock when idle after</source>
        <translation>空闲自动锁定</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="80" />
        <source>Server profiles</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="86" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="86" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="86" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="39" />
        <source>P2P Back Office — Sign in</source>
        <translation>P2P 运营后台 — 登录</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="58" />
        <source>P2P Back Office</source>
        <translation>P2P 运营后台</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="59" />
        <source>Operations console of the lending platform</source>
        <translation>网贷平台运营控制台</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="81" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="83" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="106" />
        <source>6 digits from your authenticator</source>
        <translation>身份验证器中的 6 位数字</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="108" />
        <source>Stay signed in on this computer</source>
        <translation>在此电脑上保持登录</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="112" />
        <source>No secure credential store (OS keyring) is available here ({0}), so nothing can be remembered safely.</source>
        <translation>此电脑没有可用的安全凭据存储（系统密钥环，当前为 {0}），无法安全地记住登录状态。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="114" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="116" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="117" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="118" />
        <source>One-time code</source>
        <translation>动态口令</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="124" />
        <source>Demo accounts (shown only for the local demo platform). Double-click one to fill in the form.</source>
        <translation>演示账户（仅在本地演示平台显示）。双击即可填入登录信息。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="132" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="132" />
        <source>Name and role</source>
        <translation>姓名与角色</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="132" />
        <source>Current code</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="155" />
        <source>Risk officer</source>
        <translation>风控专员</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="155" />
        <source>Senior risk officer</source>
        <translation>风控主管</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="156" />
        <source>Finance clerk</source>
        <translation>财务专员</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="156" />
        <source>Finance manager</source>
        <translation>财务主管</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="157" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="157" />
        <source>Auditor</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="158" />
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="164" />
        <source>This is your first sign-in with a temporary password. Choose your own password.</source>
        <translation>您正在使用临时密码首次登录，请设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="176" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="177" />
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="188" />
        <source>Scan this code with an authenticator app (for example Google Authenticator or Microsoft Authenticator), then enter the 6-digit code it shows.</source>
        <translation>请用身份验证器应用（如 Google Authenticator、Microsoft Authenticator）扫描二维码，然后输入显示的 6 位口令。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="203" />
        <source>Code from the app</source>
        <translation>应用中的口令</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="211" />
        <source>Local demo platform</source>
        <translation>本地演示平台</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="230" />
        <source>Starting the local demo platform…</source>
        <translation>正在启动本地演示平台…</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="235" />
        <location filename="../../app/views/sign_in_dialog.py" line="241" />
        <source>The local demo platform is running.</source>
        <translation>本地演示平台已运行。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="246" />
        <source>The local demo platform could not start.</source>
        <translation>本地演示平台启动失败。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="318" />
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="332" />
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="338" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="367" />
        <source>Both entries match.</source>
        <translation>两次输入一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="374" />
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/sign_in_dialog.py" line="394" />
        <source>Or enter this key by hand: {0}</source>
        <translation>或手动输入密钥：{0}</translation>
    </message>
</context>
</TS>