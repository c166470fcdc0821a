"""What each template sheet holds, column by column: the header a person reads (Chinese, then English in
brackets), whether it is required, the format, an example, and what kind of value it is.

The template writer, the 说明 sheet, Excel's data validation, the reader and the export all read these
descriptions, so a column is described once. A header is matched by its Chinese words or its English words,
so a platform may write either.
"""

from dataclasses import dataclass

# Value kinds a cell may hold (values.py parses each).
TEXT, CHOICE, DATE, YUAN, DIGITS, YES_NO, INTEGER, PERCENT = (
    "text", "choice", "date", "yuan", "digits", "yes_no", "integer", "percent")

YES, NO = "是", "否"
SIDE_WORDS = {"出借人": "investor", "借款人": "borrower", "investor": "investor", "borrower": "borrower"}


@dataclass(frozen=True)
class Column:
    key: str             # the field it fills
    zh: str              # the header's Chinese words
    en: str              # the header's English words
    required: bool
    kind: str            # one of the value kinds above
    format_zh: str
    format_en: str
    example: str
    max_length: int = 0  # for text: at most this many characters (0: no limit beyond the kind's own)
    choices: tuple[str, ...] = ()  # for CHOICE: the words allowed (Excel's list validation offers them)
    aliases: tuple[str, ...] = ()  # for CHOICE: other words read as well (the English codes)

    @property
    def header(self) -> str:
        return f"{self.zh}({self.en})"


@dataclass(frozen=True)
class Sheet:
    key: str
    zh: str              # the sheet's name in the workbook
    en: str
    purpose_zh: str
    purpose_en: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _number(example: str) -> Column:
    return Column("number", "客户编号", "Customer number", True, TEXT, "字母与数字，最多20位，在平台内唯一",
                  "Letters and digits, at most 20, unique on the platform", example, 20)


_SIDE = Column("side", "客户类型", "Side", True, CHOICE, "出借人 或 借款人", "出借人 (investor) or 借款人 (borrower)",
               "出借人", choices=("出借人", "借款人"), aliases=("investor", "borrower"))
_PHONE = Column("phone", "手机号", "Mobile", False, DIGITS, "11位数字，以1开头", "11 digits starting with 1",
                "13912345678", 11)
_EMAIL = Column("email", "电子邮箱", "E-mail", False, TEXT, "name@domain 形式", "name@domain", "li.ming@example.cn", 200)
_VERIFIED = Column("verified", "已实名认证", "Identity verified", False, YES_NO, "是 或 否，空为否",
                   "是 (yes) or 否 (no); empty means no", YES, choices=(YES, NO))

PERSONS = Sheet("persons", "个人客户", "Persons", "每行一位个人客户（出借人或借款人）",
                "One person (investor or borrower) per row", (
                    _number("IV000123"), _SIDE,
                    Column("name", "姓名", "Name", True, TEXT, "中文或英文姓名，最多100字", "The name, at most 100 characters",
                           "李明", 100),
                    Column("id_number", "身份证号", "ID number", True, TEXT, "18位居民身份证号，末位可为X",
                           "18-character resident ID number, the last may be X", "110101199003071233", 18),
                    _PHONE, _EMAIL,
                    Column("birth_date", "出生日期", "Birth date", False, DATE, "YYYY-MM-DD", "YYYY-MM-DD", "1990-03-07"),
                    Column("monthly_income_fen", "月收入(元)", "Monthly income (yuan)", False, YUAN,
                           "金额，元，最多两位小数", "Amount in yuan, at most two decimals", "12000.00"),
                    Column("employer", "工作单位", "Employer", False, TEXT, "最多200字", "At most 200 characters",
                           "北京某科技有限公司", 200),
                    _VERIFIED))

COMPANIES = Sheet("companies", "企业客户", "Companies", "每行一家企业客户（出借人或借款人）",
                  "One company (investor or borrower) per row", (
                      _number("IV000124"), _SIDE,
                      Column("name", "企业名称", "Company name", True, TEXT, "营业执照上的名称，最多100字",
                             "The name on the business licence, at most 100 characters", "北京某贸易有限公司", 100),
                      Column("id_number", "统一社会信用代码", "Unified social credit code", True, TEXT,
                             "18位数字或大写字母", "18 digits or capital letters", "91110105MA01ABCD2X", 18),
                      Column("legal_representative", "法定代表人", "Legal representative", True, TEXT, "最多100字",
                             "At most 100 characters", "王芳", 100),
                      Column("registered_capital_fen", "注册资本(元)", "Registered capital (yuan)", False, YUAN,
                             "金额，元，最多两位小数", "Amount in yuan, at most two decimals", "5000000.00"),
                      _PHONE, _EMAIL, _VERIFIED))

CARDS = Sheet("cards", "银行卡", "Bank cards", "每行一张银行卡，属于本文件或平台上已有的客户",
              "One bank card per row, of a customer in this file or on the platform already", (
                  Column("customer_number", "客户编号", "Customer number", True, TEXT,
                         "个人客户或企业客户表中的编号，或平台上已有的编号",
                         "A number of the persons or companies sheet, or one on the platform", "IV000123", 20),
                  Column("bank", "开户银行", "Bank", True, TEXT, "银行名称，最多60字", "The bank's name, at most 60 characters",
                         "中国工商银行", 60),
                  Column("card", "银行卡号", "Card number", True, DIGITS, "12至19位数字（请设为文本格式，以免Excel丢失末位）",
                         "12 to 19 digits (format the column as text so that Excel keeps every digit)",
                         "6222021234567890123", 19),
                  Column("is_default", "默认卡", "Default card", False, YES_NO, "是 或 否；每位客户至多一张默认卡，空时第一张为默认",
                         "是 (yes) or 否 (no); at most one per customer; when none, the first card is the default",
                         YES, choices=(YES, NO))))

STAFF = Sheet("staff", "员工", "Staff", "每行一位员工及其角色；导入后由管理员重置密码发给本人",
              "One staff member and their roles per row; after the import an administrator resets each password "
              "and hands it over", (
                  Column("username", "用户名", "User name", True, TEXT, "字母、数字、“.”“_”“-”，最多64位",
                         "Letters, digits, “.”, “_” and “-”, at most 64", "wangfang", 64),
                  Column("display_name", "姓名", "Name", True, TEXT, "最多100字", "At most 100 characters", "王芳", 100),
                  Column("roles", "角色", "Roles", True, TEXT, "角色代码或中文名称，多个以逗号或顿号分隔",
                         "Role codes or Chinese names, several separated by commas or 、", "风控专员、客服", 500),
                  _PHONE, _EMAIL))

# The platform's own accounts an opening balance may go to, by the words a platform writes for them.
PLATFORM_ACCOUNT_WORDS = {"平台服务费": "fee_income", "风险准备金": "risk_reserve", "罚息收入": "penalty_income",
                          "fee_income": "fee_income", "risk_reserve": "risk_reserve", "penalty_income": "penalty_income"}

BALANCES = Sheet("balances", "期初余额", "Opening balances",
                 "每行一个账户在上线日的余额：客户的可用余额或平台账户；合计须等于存管银行余额",
                 "One account's balance on the go-live day per row: a customer's available balance or a platform "
                 "account; the total must equal the custodian's figure", (
                     Column("account", "账户", "Account", True, TEXT,
                            "客户编号，或 平台服务费、风险准备金、罚息收入 之一",
                            "A customer number, or one of 平台服务费 (fee income), 风险准备金 (risk reserve), "
                            "罚息收入 (penalty income)", "IV000123", 20),
                     Column("balance_fen", "余额(元)", "Balance (yuan)", True, YUAN, "金额，元，最多两位小数，不为负",
                            "Amount in yuan, at most two decimals, not negative", "25000.00")))

CUSTODIAN = Sheet("custodian", "存管银行余额", "Custodian balance",
                  "一行：存管银行对账单上上线日的存管账户余额，期初余额合计须与之相等",
                  "One row: the custodian account's balance on the go-live day as the custodian's statement "
                  "states it; the opening balances must add up to it", (
                      Column("as_of", "日期", "Date", True, DATE, "YYYY-MM-DD", "YYYY-MM-DD", "2026-12-31"),
                      Column("stated_fen", "存管账户余额(元)", "Custodian account balance (yuan)", True, YUAN,
                             "金额，元，最多两位小数", "Amount in yuan, at most two decimals", "25000.00")))

# Repayment methods and loan states by the words a platform writes (Chinese or the codes).
METHOD_WORDS = {"等额本息": "equal_installment", "等额本金": "equal_principal", "先息后本": "interest_only",
                "到期还本付息": "bullet"}
LOAN_STATE_WORDS = {"还款中": "repaying", "逾期": "overdue", "已结清": "settled", "已代偿": "compensated",
                    "已核销": "written_off"}

_LOAN_NUMBER = Column("loan_number", "借款编号", "Loan number", True, TEXT,
                      "借款表中的编号，或平台上已有的借款编号", "A number of the loans sheet (or a loan on the platform)",
                      "LN20250115000001", 24)

LOANS = Sheet("loans", "借款", "Loans",
              "每行一笔已放款的借款（还款中、逾期、已结清、已代偿或已核销）；借款人须在客户表或平台上",
              "One loan paid out per row (being repaid, overdue, settled, compensated or written off); its borrower "
              "in the customers sheets or on the platform", (
                  Column("number", "借款编号", "Loan number", True, TEXT,
                         "字母、数字、“.”“_”“-”，最多24位，在平台内唯一",
                         "Letters, digits, “.”, “_” and “-”, at most 24, unique on the platform", "LN20250115000001",
                         24),
                  Column("borrower", "借款人客户编号", "Borrower customer number", True, TEXT,
                         "个人或企业客户表中借款人的客户编号，或平台上已有的编号",
                         "The borrower's customer number in the persons or companies sheet, or on the platform",
                         "BR000123", 20),
                  Column("principal_fen", "借款本金(元)", "Principal (yuan)", True, YUAN, "金额，元，最多两位小数，大于0",
                         "Amount in yuan, at most two decimals, above zero", "100000.00"),
                  Column("annual_rate", "年利率(%)", "Annual rate (%)", True, PERCENT, "百分数，如 9.6 表示 9.6%，最多四位小数",
                         "A percentage: 9.6 means 9.6 %, at most four decimals", "9.6"),
                  Column("term_months", "期限(月)", "Term (months)", True, INTEGER, "1至60的整数", "A whole number, 1 to 60",
                         "12"),
                  Column("method", "还款方式", "Repayment method", True, CHOICE, "等额本息、等额本金、先息后本、到期还本付息 之一",
                         "One of 等额本息 (equal installments), 等额本金 (equal principal), 先息后本 (interest "
                         "only), 到期还本付息 (bullet)", "等额本息", choices=tuple(METHOD_WORDS),
                         aliases=tuple(METHOD_WORDS.values())),
                  Column("disbursed_on", "放款日期", "Disbursed on", True, DATE, "YYYY-MM-DD，不晚于上线日",
                         "YYYY-MM-DD, not after the go-live day", "2025-01-15"),
                  Column("state", "状态", "State", True, CHOICE, "还款中、逾期、已结清、已代偿、已核销 之一",
                         "One of 还款中 (repaying), 逾期 (overdue), 已结清 (settled), 已代偿 (compensated by the "
                         "risk reserve), 已核销 (written off)", "还款中",
                         choices=tuple(LOAN_STATE_WORDS), aliases=tuple(LOAN_STATE_WORDS.values())),
                  Column("purpose", "借款用途", "Purpose", False, TEXT, "最多500字", "At most 500 characters", "经营周转",
                         500),
                  # A compensated or written-off loan brings the decision that closed it: the monthly report counts
                  # compensation (累计代偿) and write-offs from their days, and later receipts go to the risk reserve.
                  Column("compensated_on", "代偿日期", "Compensated on", False, DATE,
                         "YYYY-MM-DD，已代偿的借款必填（已核销的借款若曾代偿也填），不早于放款日、不晚于上线日",
                         "YYYY-MM-DD: required for a compensated loan (and for a written-off loan compensated before), "
                         "not before the payout nor after the go-live day", "2025-09-30"),
                  Column("compensation_fen", "代偿金额(元)", "Compensation (yuan)", False, YUAN,
                         "风险准备金代偿给出借人的金额，元，与代偿日期同填，不超过各期应还合计",
                         "What the risk reserve paid the investors, in yuan, with its date; at most the schedule's "
                         "total due", "37700.00"),
                  Column("written_off_on", "核销日期", "Written off on", False, DATE,
                         "YYYY-MM-DD，已核销的借款必填，不早于放款日和代偿日期、不晚于上线日",
                         "YYYY-MM-DD: required for a written-off loan, not before the payout nor the compensation, "
                         "nor after the go-live day", "2025-12-31"),
                  Column("write_off_fen", "核销金额(元)", "Written off (yuan)", False, YUAN,
                         "核销的坏账金额，元，与核销日期同填，不超过各期应还合计",
                         "The bad debt written off, in yuan, with its date; at most the schedule's total due",
                         "37700.00")))

INSTALLMENTS = Sheet("installments", "还款计划", "Schedules",
                     "每行一笔借款的一期：应还本金、利息、罚息，以及至上线日已还的金额和日期；各期本金合计须等于借款本金",
                     "One installment of a loan per row: principal, interest and penalty due, and what was paid by the "
                     "go-live day (amount and date); a loan's principals must add up to its principal", (
                         _LOAN_NUMBER,
                         Column("number", "期数", "Installment", True, INTEGER, "从1开始连续编号", "Numbered from 1 on",
                                "1"),
                         Column("due_date", "应还日期", "Due date", True, DATE, "YYYY-MM-DD，晚于放款日期，逐期递增",
                                "YYYY-MM-DD, after the payout, later with each installment", "2025-02-15"),
                         Column("principal_fen", "应还本金(元)", "Principal due (yuan)", True, YUAN,
                                "金额，元，最多两位小数", "Amount in yuan, at most two decimals", "8333.33"),
                         Column("interest_fen", "应还利息(元)", "Interest due (yuan)", True, YUAN, "金额，元，最多两位小数",
                                "Amount in yuan, at most two decimals", "800.00"),
                         Column("penalty_fen", "罚息(元)", "Penalty (yuan)", False, YUAN, "金额，元，最多两位小数，空为0",
                                "Amount in yuan, at most two decimals; empty means none", ""),
                         Column("paid_fen", "已还金额(元)", "Paid (yuan)", False, YUAN,
                                "至上线日已还的金额，不超过本金、利息与罚息之和；空为未还",
                                "What was paid by the go-live day, at most principal, interest and penalty; empty: "
                                "nothing", "9133.33"),
                         Column("paid_on", "还款日期", "Paid on", False, DATE, "YYYY-MM-DD，有已还金额时必填",
                                "YYYY-MM-DD, required with an amount paid", "2025-02-15")))

HOLDINGS = Sheet("holdings", "出借人持有", "Holdings",
                 "每行一位出借人在一笔借款中出借的本金；一笔借款的各行合计须等于其借款本金",
                 "The principal one investor lent to one loan per row; a loan's rows must add up to its principal", (
                     Column("investor", "出借人客户编号", "Investor customer number", True, TEXT,
                            "出借人的客户编号（客户表中或平台上已有）",
                            "The investor's customer number (in the customers sheets or on the platform)",
                            "IV000123", 20),
                     _LOAN_NUMBER,
                     Column("principal_fen", "出借本金(元)", "Principal lent (yuan)", True, YUAN,
                            "金额，元，最多两位小数，大于0", "Amount in yuan, at most two decimals, above zero",
                            "100000.00")))

BLACKLIST = Sheet("blacklist", "黑名单", "Blacklist",
                  "每行一条黑名单：按身份证号、手机号、银行卡号或姓名，写明原因和来源",
                  "One blacklist entry per row: by ID number, phone, bank card or name, with its reason and source", (
                      Column("kind", "类型", "Kind", True, TEXT, "身份证号、手机号、银行卡号、姓名 之一",
                             "One of 身份证号 (ID number), 手机号 (phone), 银行卡号 (bank card), 姓名 (name)",
                             "身份证号", 20),
                      Column("value", "值", "Value", True, TEXT, "号码或姓名（长数字请设为文本格式）",
                             "The number or the name (format long numbers as text)", "110101199003071233", 100),
                      Column("reason", "原因", "Reason", True, TEXT, "最多500字", "At most 500 characters", "恶意逃废债",
                             500),
                      Column("source", "来源", "Source", False, TEXT, "内部、法院失信名单、合作方 之一，空为内部",
                             "内部 (internal), 法院失信名单 (court list) or 合作方 (partner); empty: internal",
                             "法院失信名单", 20)))

# What a template kind holds, in the order its sheets are checked and applied (a card needs its customer).
KINDS: dict[str, tuple[Sheet, ...]] = {
    "customers": (PERSONS, COMPANIES, CARDS),
    "staff": (STAFF,),
    "balances": (BALANCES, CUSTODIAN),
    "loans": (LOANS, INSTALLMENTS, HOLDINGS),
    "blacklist": (BLACKLIST,),
}
KIND_NAMES = {"customers": ("客户与银行卡", "Customers and bank cards"), "staff": ("员工与角色", "Staff and roles"),
              "balances": ("期初余额", "Opening balances"),
              "loans": ("在途借款、还款计划与出借人持有", "Loans in flight, schedules and holdings"),
              "blacklist": ("黑名单", "Blacklist")}
SHEETS: dict[str, Sheet] = {sheet.zh: sheet for sheets in KINDS.values() for sheet in sheets}
SHEETS_BY_KEY: dict[str, Sheet] = {sheet.key: sheet for sheet in SHEETS.values()}
