"""The words printed on reports, in both languages the platform prints in.

A report's language is a parameter of the report (a Chinese-speaking officer may print an English copy for
an auditor), not the console's current language, so report texts live in this table rather than in the
console's installed translator. Keys are the English texts; `text(key, language)` gives the printed words.
The console's own labels for the catalog (report names in the Reports screen) go through `ui_text`, which asks
the installed translator first (context "Reports") and falls back to this table.
"""

from PySide6.QtCore import QCoreApplication

ZH = {
    # common frame
    "P2P lending platform": "网贷平台",
    "Printed by": "打印人",
    "Printed at": "打印时间",
    "Parameters": "参数",
    "Page {n} of {m}": "第 {n} 页 / 共 {m} 页",
    "CONFIDENTIAL · INTERNAL USE ONLY": "内部资料 注意保密",
    "Total": "合计",
    "None": "无",
    "Yes": "是",
    "No": "否",
    "Signature": "签字",
    "Date": "日期",
    "Personal data masked": "个人信息已脱敏",
    "Timing, carried from {day}": "在途，自 {day} 结转",
    "Personal data shown in full (printed by a holder of pii.view)": "个人信息未脱敏（打印人持有查看个人敏感信息权限）",
    # report titles
    "Loan approval form": "借款审批表",
    "Repayment schedule": "还款计划表",
    "Daily reconciliation report": "日终对账报告",
    "Withdrawal review list": "提现审核清单",
    "Monthly operations report": "月度运营报告",
    "Staff permission report": "权限清单",
    "Audit log extract": "操作日志",
    # parameters
    "Application": "借款申请",
    "Loan": "借款",
    "Business day": "业务日期",
    "Month": "月份",
    "Period": "期间",
    "Decision": "审核结果",
    "All decisions": "全部",
    "Approved and paid": "已出款",
    "Rejected": "已拒绝",
    "User": "操作人",
    "Action": "操作",
    "Object type": "对象类型",
    "Staff state": "账户状态",
    "All accounts": "全部账户",
    "Active accounts": "在用账户",
    # loan approval form
    "Borrower": "借款人",
    "Name": "姓名",
    "Type": "类型",
    "Person": "个人",
    "Company": "企业",
    "ID number": "证件号码",
    "Phone": "手机号",
    "Bank card": "银行卡",
    "Age": "年龄",
    "Monthly income": "月收入",
    "Monthly debt payments": "月还债支出",
    "Employer": "工作单位",
    "Loans on the platform": "平台借款笔数",
    "Settled": "已结清",
    "Overdue installments": "逾期期数",
    "Longest overdue (days)": "最长逾期天数",
    "Balance owed on the platform": "平台待还本金",
    "Blacklisted": "黑名单",
    "Loan terms": "借款条件",
    "Application number": "申请编号",
    "Amount": "金额",
    "Term": "期限",
    "{n} months": "{n} 个月",
    "Annual rate": "年化利率",
    "Repayment method": "还款方式",
    "Purpose": "借款用途",
    "Guarantee or collateral": "担保或抵押",
    "State": "状态",
    "Submitted at": "提交时间",
    "Risk assessment": "风险评估",
    "Score": "评分",
    "Grade": "等级",
    "Rule": "规则",
    "Finding": "发现",
    "Blocks approval": "阻断审批",
    "Overridden": "已豁免",
    "Overrides": "规则豁免",
    "No rule hits.": "无规则命中。",
    "Review steps": "审核记录",
    "Time": "时间",
    "Officer": "经办人",
    "Comment": "意见",
    "Signatures": "签字栏",
    "First reviewer": "初审人",
    "Second reviewer": "复审人",
    "Risk manager": "风控负责人",
    # methods
    "equal_installment": "等额本息",
    "equal_principal": "等额本金",
    "interest_first": "先息后本",
    "bullet": "到期还本付息",
    # repayment schedule
    "No.": "期数",
    "Due date": "应还日期",
    "Principal": "本金",
    "Interest": "利息",
    "Fees": "罚息及费用",
    "Remaining principal": "剩余本金",
    "Paid": "已还",
    "Installment due": "待还",
    "Installment paid": "已还",
    "Installment overdue": "逾期",
    "Proposed schedule (not disbursed yet)": "拟定还款计划（尚未放款）",
    "Disbursed at": "放款时间",
    # reconciliation
    "Day status": "对账状态",
    "not_started": "未开始",
    "open": "有差异",
    "reconciled": "已平账",
    "closed": "已关账",
    "Statements": "对账文件",
    "File": "文件",
    "Lines": "笔数",
    "Money in": "收入",
    "Money out": "支出",
    "Imported by": "导入人",
    "Totals per side": "两边合计",
    "Ledger (platform)": "平台账",
    "Bank statement": "银行对账单",
    "Category": "类别",
    "Count": "笔数",
    "items": "笔",
    "matched": "已匹配",
    "amount_differs": "金额不符",
    "account_differs": "账户不符",
    "ledger_only": "平台有银行无",
    "bank_only": "银行有平台无",
    "duplicate": "重复",
    "Balances": "余额核对",
    "Customers' money in the ledger": "平台账客户资金余额",
    "Custodian's reported balance": "存管银行报告余额",
    "Difference": "差额",
    "Differences and their resolution": "差异明细及处理结果",
    "Side": "来源",
    "ledger": "平台",
    "bank": "银行",
    "Reference": "业务单号",
    "Account": "账户",
    "Direction": "方向",
    "in": "收",
    "out": "付",
    "Resolution": "处理结果",
    "Note": "备注",
    "matched_state": "已匹配",
    "timing": "在途",
    "proposed": "已发起调账",
    "adjusted": "已调账",
    "open_state": "未处理",
    "Closed by": "关账人",
    "Closed at": "关账时间",
    "The day is not closed.": "当日尚未关账。",
    "Matching run at": "匹配时间",
    "Audit chain checkpoint": "审计链检查点",
    # every report's last page (document.closing_block)
    "Data as of": "数据截止时间",
    "{time} (Shanghai time)": "{time}（北京时间）",
    "no checkpoint written yet": "尚未写入检查点",
    "record {seq}, hash {hash}, written {at}": "第 {seq} 条记录，哈希值 {hash}，写入时间 {at}",
    "restored from backup {backup} at record {seq}, hash {hash}, {at}": "自备份 {backup} 恢复，第 {seq} 条记录，哈希值 {hash}，{at}",
    # the daily reconciliation report's reconciling statement and signatures (reconciling_statement.py)
    "Reconciling statement": "余额调节表",
    "Bank side": "银行方",
    "Book side": "企业方",
    "Bank statement balance": "银行对账单余额",
    "Book balance": "企业账面余额",
    "Add: received by the platform, not yet by the bank": "加：企业已收银行未收",
    "Less: paid by the platform, not yet by the bank": "减：企业已付银行未付",
    "Add: received by the bank, not yet by the platform": "加：银行已收企业未收",
    "Less: paid by the bank, not yet by the platform": "减：银行已付企业未付",
    "Adjusted balance": "调节后余额",
    "of which {category}: {count} items": "其中 {category}：{count} 笔",
    "The adjusted balances agree.": "调节后余额相符。",
    "The adjusted balances differ by {amount}: the items in transit do not explain it; find the cause.":
        "调节后余额相差 {amount}，未达账项不能解释该差额，须查明原因。",
    "The custodian's statement reports no balance: no reconciling statement can be drawn up.":
        "存管银行对账单未报告余额，无法编制余额调节表。",
    "Items in transit: open, marked as timing, or waiting for their adjusting entry. Amounts in yuan.":
        "未达账项：未处理、在途或待调账的差异。金额单位：元。",
    "Prepared by": "制表",
    "Reviewed by": "复核",
    "Finance manager": "财务主管",
    # the withdrawal review list and the audit extract
    "System (automatic)": "系统自动",
    "Changed fields (before → after)": "变更字段（变更前 → 变更后）",
    "removed": "已删除",
    "record {seq}, {at}": "第 {seq} 条记录，{at}",
    "restored from backup {backup} at record {seq}, {at}": "自备份 {backup} 恢复，第 {seq} 条记录，{at}",
    # withdrawals
    "Number": "单号",
    "Customer": "客户",
    "Requested at": "申请时间",
    "Flags": "风险标记",
    "First approver": "初审人",
    "Decided by": "审核人",
    "Decided at": "审核时间",
    "Reason given to the customer": "拒绝原因",
    "Approved": "通过",
    # monthly operations
    "Disclosure metrics": "信息披露指标",
    "Metric": "指标",
    "Value": "数值",
    "Loan volume in the month": "当月借贷发生额",
    "Loans disbursed in the month": "当月放款笔数",
    "Cumulative loan volume": "累计借贷金额",
    "Loan balance": "借贷余额",
    "Loans outstanding": "在贷笔数",
    "Borrowers with a balance": "当前借款人数",
    "Investors with money lent": "当前出借人数",
    "Amount overdue": "逾期金额",
    "Loans overdue": "逾期笔数",
    "Overdue rate by amount": "金额逾期率",
    "Overdue rate by count": "项目逾期率",
    "Overdue above 90 days (M3+)": "逾期 90 天以上金额（M3+）",
    "Compensation paid from the risk reserve": "代偿金额",
    "Top borrower's share of the balance": "最大单一借款人待还金额占比",
    "Top 10 borrowers' share of the balance": "前十大借款人待还金额占比",
    "Bad-debt rate": "坏账率",
    "Written off": "坏账核销金额",
    "Trends over the last 12 months": "近 12 个月趋势",
    "Loan volume (yuan)": "借贷发生额（元）",
    "Loan balance (yuan)": "借贷余额（元）",
    "Overdue rates (%)": "逾期率（%）",
    "by amount": "金额逾期率",
    "by count": "项目逾期率",
    "Definitions": "口径说明",
    "definitions_text": (
        "借贷余额：月末已放款未结清借款的剩余本金。逾期金额：月末有逾期未还期次的借款的剩余本金。"
        "金额逾期率 = 逾期金额 / 借贷余额；项目逾期率 = 逾期笔数 / 在贷笔数。M3+：最早逾期超过 90 天的借款的剩余本金。"
        "代偿金额：当月风险准备金代偿的金额。坏账率 = 累计核销的剩余本金 / 累计借贷金额。金额均为人民币元。"),
    "Month-end figures as of": "月末时点",
    # staff
    "Username": "用户名",
    "Roles": "角色",
    "Effective permissions": "有效权限",
    "Account state": "账户状态",
    "active": "在用",
    "disabled": "已停用",
    "locked": "已锁定",
    "Separation-of-duties conflicts": "不相容岗位冲突",
    "Conflict": "冲突规则",
    "No separation-of-duties conflicts.": "无不相容岗位冲突。",
    "Users": "用户数",
    # audit extract
    "Seq": "序号",
    "Object": "对象",
    "Client address": "客户端地址",
    "Hash-chain check": "哈希链校验",
    "The chain is intact: {n} records checked.": "哈希链完整：已校验 {n} 条记录。",
    "The chain is BROKEN at record {seq}: {reason}": "哈希链已断裂，位置：第 {seq} 条记录（{reason}）",
    "Records": "记录数",
    "Actor": "操作人",
    "Before": "变更前",
    "After": "变更后",
}


def text(key: str, language: str, **values) -> str:
    """The printed words for `key` in `language` ("zh_CN" or "en"), with {placeholders} filled."""
    words = ZH.get(key, key) if language == "zh_CN" else _english(key)
    return words.format(**values) if values else words


_ENGLISH_OVERRIDES = {
    "equal_installment": "Equal installments", "equal_principal": "Equal principal",
    "interest_first": "Interest first", "bullet": "Bullet", "not_started": "Not started", "open": "Open differences",
    "reconciled": "Reconciled", "closed": "Closed", "matched": "Matched", "amount_differs": "Amount differs",
    "account_differs": "Account differs",
    "ledger_only": "Ledger only", "bank_only": "Bank only", "duplicate": "Duplicate", "ledger": "Ledger",
    "bank": "Bank", "in": "In", "out": "Out", "items": "items", "matched_state": "Matched", "timing": "Timing",
    "proposed": "Adjustment proposed", "adjusted": "Adjusted", "open_state": "Open", "active": "Active",
    "disabled": "Disabled", "locked": "Locked", "Installment due": "Due", "Installment paid": "Paid",
    "Installment overdue": "Overdue", "Fees": "Penalty and fees",
    "definitions_text": (
        "Loan balance: remaining principal of disbursed loans not settled at month end. Amount overdue: remaining "
        "principal of loans with an unpaid installment past due at month end. Overdue rate by amount = amount "
        "overdue / loan balance; by count = loans overdue / loans outstanding. M3+: remaining principal of loans "
        "whose oldest unpaid installment is more than 90 days past due. Compensation: paid from the risk reserve "
        "in the month. Bad-debt rate = remaining principal written off so far / cumulative loan volume. "
        "Amounts in yuan (CNY)."),
}


def _english(key: str) -> str:
    return _ENGLISH_OVERRIDES.get(key, key)


def ui_text(key: str) -> str:
    """A catalog label in the console's language: the installed translator's words when it has them,
    else this table's (so the Reports screen speaks Chinese before the .ts files are regenerated)."""
    translated = QCoreApplication.translate("Reports", key)
    if translated != key:
        return translated
    from app.services.language import current_is_chinese

    return text(key, "zh_CN" if current_is_chinese() else "en")
