"""The one registry of permissions and the demo roles built from it.

Every route names a permission from here; the client reads the registry from the API to label
things and to decide what to show. Sensitive permissions guard operations that need a fresh
one-time code (step-up) when used.
"""

from dataclasses import dataclass

from server.messages import Word


@dataclass(frozen=True)
class Permission:
    name: str
    area: str
    label_zh: str
    label_en: str
    description_zh: str
    description_en: str
    sensitive: bool = False


def _p(name, label_zh, label_en, description_zh, description_en, sensitive=False) -> Permission:
    return Permission(name, name.split(".")[0], label_zh, label_en, description_zh, description_en, sensitive)


PERMISSIONS: tuple[Permission, ...] = (
    _p("loan.read", "查看借款申请", "View loan applications",
       "查看借款申请、借款人档案与审核记录", "See loan applications, borrower files and review history"),
    _p("loan.review.first", "初审", "First review",
       "对借款申请进行初审：通过、拒绝或退回补充", "First review of applications: approve, reject or return"),
    _p("loan.review.second", "复审", "Second review",
       "对大额或高风险申请进行复审", "Second review of large or high-risk applications"),
    _p("loan.override_rule", "风控规则豁免", "Override risk rule",
       "以书面理由豁免阻断性风控规则", "Override a blocking risk rule with a written reason", True),
    _p("loan.blacklist", "维护黑名单", "Maintain blacklist",
       "新增或移除黑名单条目", "Add or remove blacklist entries"),
    _p("loan.manage", "贷后管理", "Manage loans after approval",
       "发标、放款、逾期处理与代偿", "List, disburse, handle overdue loans and compensation"),
    _p("loan.collect", "催收", "Collect overdue loans",
       "登记催收联系记录、还款承诺与下次跟进日期", "Record collection contacts, promises to pay and the next action"),
    _p("loan.compensation.approve", "审批代偿", "Approve compensation",
       "审批他人发起的风险准备金代偿（四眼原则）", "Approve compensation from the risk reserve proposed by others "
       "(four eyes)", True),
    _p("loan.write_off.approve", "审批坏账核销", "Approve write-offs",
       "审批他人发起的坏账核销（四眼原则）", "Approve write-offs proposed by others (four eyes)", True),
    _p("customer.read", "查询客户", "Look up customers",
       "查询客户及其借款、投资记录", "Look up customers and their loans and investments"),
    _p("customer.service", "客户服务", "Serve customers",
       "记录服务备注、锁定与解锁客户登录、发起密码重置、申请更换手机号",
       "Leave service notes, lock and unlock a customer's sign-in, start a password reset, request a phone change"),
    _p("customer.related_party", "标记关联方", "Mark related parties",
       "标记或解除客户与平台的关联关系（月度信息披露单列关联方借款）", "Mark a customer as a related party of the "
       "platform or end the mark (the monthly disclosure lists related parties' loans apart)"),
    _p("customer.phone_change.approve", "审批更换手机号", "Approve phone changes",
       "审批他人申请的客户注册手机号更换（四眼原则）", "Approve a change of a customer's registered phone requested by "
       "others (four eyes)"),
    _p("funds.read", "查看资金", "View funds",
       "查看账户余额、资金流水与试算平衡", "See account balances, transfers and the trial balance"),
    _p("funds.movement.post", "记账", "Post money movements",
       "记录充值、提现、投资冻结、放款、还款、罚息与代偿等资金变动（供平台客户端与测试使用，不授予任何演示角色）",
       "Record recharges, withdrawals, investment freezes, disbursements, repayments, penalties and compensation "
       "(for the platform's customer side and tests; no demo role holds it)", True),
    _p("funds.withdrawal.review", "提现审核", "Review withdrawals",
       "审核提现申请：通过或拒绝", "Review withdrawal requests: approve or reject", True),
    _p("funds.withdrawal.approve_large", "大额提现审批", "Approve large withdrawals",
       "审批超过二级额度的提现", "Approve withdrawals above the second threshold", True),
    _p("funds.adjust.propose", "发起调账", "Propose adjusting entries",
       "为差异发起调账申请", "Propose adjusting entries for differences"),
    _p("funds.adjust.approve", "审批调账", "Approve adjusting entries",
       "审批他人发起的调账（四眼原则）", "Approve adjusting entries proposed by others (four eyes)", True),
    _p("recon.read", "查看对账", "View reconciliation",
       "查看对账文件、匹配结果与差异", "See statements, matching results and differences"),
    _p("recon.import", "导入对账文件", "Import statements",
       "导入存管银行对账文件并执行匹配", "Import the custodian's statement and run matching"),
    _p("recon.resolve", "处理差异", "Resolve differences",
       "手工匹配、标记在途、处理差异", "Match by hand, mark timing, resolve differences"),
    _p("recon.close_day", "日终关账", "Close the day",
       "对已平账的日期执行日终关账", "Close a reconciled day", True),
    _p("recon.withdraw_statement", "撤回对账文件", "Withdraw statements",
       "撤回未关账日期中导入错误的对账文件（须填写原因）", "Withdraw a statement imported for the wrong day, "
       "while the day is open (with a reason)", True),
    _p("report.print", "打印报表", "Print reports",
       "生成、预览、打印与导出报表", "Generate, preview, print and export reports"),
    _p("admin.users", "员工账户管理", "Manage staff accounts",
       "创建、停用员工账户，重置密码与动态口令", "Create and disable staff, reset passwords and devices", True),
    _p("admin.roles", "角色与权限管理", "Manage roles and permissions",
       "定义角色及其权限，分配角色", "Define roles and their permissions, assign roles", True),
    _p("admin.sessions", "会话管理", "Manage sessions",
       "查看并撤销在线会话", "See and revoke active sessions"),
    _p("audit.read", "查看操作日志", "Read the audit log",
       "查看全部操作日志与哈希链校验结果", "Read the whole audit log and its hash-chain check"),
    _p("alert.read", "查看告警", "View alerts",
       "查看本人业务范围内的监控告警及其依据", "See the monitoring alerts of one's areas and the evidence behind them"),
    _p("alert.manage", "处理告警", "Handle alerts",
       "确认、解决告警，解除告警触发的暂停（如暂停提现）", "Acknowledge and resolve alerts, lift a pause an alert "
       "started (such as paused withdrawals)", True),
    _p("monitoring.settings", "监控设置", "Monitoring settings",
       "设置监控规则阈值、告警渠道与接收人", "Set the monitoring rules' thresholds, the alert channels and "
       "recipients", True),
    _p("monitoring.probe", "上报外部探测结果", "Report outside probe results",
       "外部探针报告它所见的平台中断（仅供探针的只读账户使用）", "An outside probe reports the outages it saw (for the "
       "probe's read-only account only)"),
    _p("data.import", "上线数据导入", "Import go-live data",
       "下载上线数据模板，试导入并导入客户、银行卡与员工等历史数据（导入须动态口令确认）",
       "Download the go-live templates, try and import the platform's history: customers, bank cards, staff "
       "(the import with a fresh one-time code)", True),
    _p("pii.view", "查看个人敏感信息", "View personal data",
       "查看未脱敏的身份证号、银行卡号与手机号", "See unmasked ID numbers, bank cards and phones"),
)

BY_NAME: dict[str, Permission] = {p.name: p for p in PERMISSIONS}


@dataclass(frozen=True)
class RoleDefinition:
    name: str
    label_zh: str
    label_en: str
    permissions: tuple[str, ...]


_READ_ALL = tuple(p.name for p in PERMISSIONS if p.name.endswith(".read"))

DEMO_ROLES: tuple[RoleDefinition, ...] = (
    RoleDefinition("risk_officer", "风控专员", "Risk officer",
                   ("loan.read", "loan.review.first", "loan.collect", "customer.read", "customer.service", "report.print",
                    "alert.read")),
    RoleDefinition("senior_risk_officer", "风控主管", "Senior risk officer",
                   ("loan.read", "loan.review.first", "loan.review.second", "loan.override_rule",
                    "loan.blacklist", "loan.manage", "loan.collect", "customer.read", "customer.service",
                    "customer.phone_change.approve", "report.print", "pii.view", "alert.read", "alert.manage")),
    RoleDefinition("finance_clerk", "财务专员", "Finance clerk",
                   ("funds.read", "funds.withdrawal.review", "funds.adjust.propose", "recon.read",
                    "recon.import", "recon.resolve", "customer.read", "report.print", "alert.read")),
    RoleDefinition("finance_manager", "财务主管", "Finance manager",
                   ("funds.read", "funds.withdrawal.review", "funds.withdrawal.approve_large",
                    "funds.adjust.approve", "recon.read", "recon.close_day", "recon.withdraw_statement", "customer.read",
                    "customer.related_party", "loan.compensation.approve", "loan.write_off.approve", "report.print", "alert.read",
                    "alert.manage")),
    RoleDefinition("admin", "系统管理员", "Administrator",
                   ("admin.users", "admin.roles", "admin.sessions", "audit.read", "report.print", "alert.read",
                    "alert.manage", "monitoring.settings", "data.import")),
    RoleDefinition("auditor", "审计", "Auditor", _READ_ALL + ("report.print",)),
    RoleDefinition("customer_service", "客服", "Customer service", ("customer.read", "customer.service", "loan.read",
                                                                       "alert.read")),
    # The account an outside probe signs in with (python -m server probe): it reads who it is and reports outages,
    # nothing else, so a staff member cannot plant an outage alert and a leaked probe file cannot read the books.
    RoleDefinition("outside_probe", "外部探针", "Outside probe", ("monitoring.probe",)),
)


def unknown_permissions(names) -> list[str]:
    return [n for n in names if n not in BY_NAME]


def permission_word(name: str) -> Word:
    """The permission as a word of a sentence: its code in `params`, its label in the answer's language."""
    p = BY_NAME.get(name)
    return Word(name, p.label_en, p.label_zh) if p else Word(name, name, name)


def permissions_word(names) -> Word:
    """Several permissions, any of which would do, as one word of a sentence ("A, B" / "A、B")."""
    words = [permission_word(n) for n in names]
    return Word(", ".join(names), ", ".join(f"“{w.en}”" for w in words), "、".join(f"“{w.zh}”" for w in words))
