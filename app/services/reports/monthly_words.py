"""The monthly operations report's own words in both printing languages: the disclosure items, their footnoted
definitions and the chart titles. Kept apart from labels.py (the words every report shares) because the
disclosure items and their definitions belong to this report only; `words(meta)` looks here first and falls back
to the shared table for the frame's words."""

from app.services.reports.document import ReportMeta

ZH = {
    "Disclosure metrics": "信息披露指标",
    "Metric": "指标",
    "Value": "数值",
    "Note": "注",
    "Loan volume in the month": "当期借贷金额",
    "Loans disbursed in the month": "当期借贷笔数",
    "Cumulative loan volume": "累计借贷金额",
    "Cumulative loans": "累计借贷笔数",
    "Loan balance": "借贷余额",
    "Interest balance": "利息余额",
    "Loans outstanding": "在贷笔数",
    "Cumulative lenders": "累计出借人数",
    "Cumulative borrowers": "累计借款人数",
    "Lenders in the month": "当期出借人数",
    "Borrowers in the month": "当期借款人数",
    "Lenders with money receivable": "当前出借人数",
    "Borrowers with a balance": "当前借款人数",
    "Related-party loan balance": "关联关系借款余额",
    "Related-party loans": "关联关系借款笔数",
    "Amount overdue": "逾期金额",
    "Loans overdue": "逾期笔数",
    "Overdue rate by amount": "金额逾期率",
    "Overdue rate by count": "项目逾期率",
    "Overdue above 90 days": "90天以上逾期金额",
    "Loans overdue above 90 days": "90天以上逾期笔数",
    "Compensation in the month": "当期代偿金额",
    "Cumulative compensation": "累计代偿金额",
    "Loans compensated": "累计代偿笔数",
    "Top borrower's share of the balance": "最大单一借款人待还金额占比",
    "Top 10 borrowers' share of the balance": "前十大借款人待还金额占比",
    "Top lender's share of receivables": "最大单一出借人待收金额占比",
    "Top 10 lenders' share of receivables": "前十大出借人待收金额占比",
    "Written off": "累计坏账核销金额",
    "Bad-debt rate": "坏账率",
    "Trends over the last 12 months": "近 12 个月趋势",
    "Loan volume (yuan)": "当期借贷金额（元）",
    "Loan balance (yuan)": "借贷余额（元）",
    "Overdue rates (%)": "逾期率（%）",
    "by amount": "金额逾期率",
    "by count": "项目逾期率",
    "Definitions": "口径说明",
    "Month-end figures as of": "月末时点",
    "Month running: figures as of now": "本月尚未结束，数据截至当前时点",
    "Amounts in yuan (CNY); every figure as the books stood at the month's end (midnight Beijing time at the start "
    "of the next month).":
        "金额单位为人民币元；各项数据均按月末时点（次月 1 日零时，北京时间）的账务状态计算。",
}

# Each disclosure item's definition, printed as the footnote its row points to (English first, then Chinese).
DEFINITIONS = {
    "Loan volume in the month": (
        "Principal of the loans paid out in the month, and their number.",
        "当月放款的借款本金合计及笔数。"),
    "Cumulative loan volume": (
        "Principal of all loans paid out since the platform began, and their number.",
        "平台成立以来累计放款的借款本金合计及笔数。"),
    "Loan balance": (
        "Principal not yet received of loans paid out and not settled, compensated or written off at the month's "
        "end; interest balance: the interest not yet received of their installments; loans outstanding: such "
        "loans that still owe.",
        "月末已放款且未结清、未代偿、未核销借款的未收回本金；利息余额为其各期未收回的利息；在贷笔数为仍有欠款的此类借款笔数。"),
    "Cumulative lenders": (
        "Distinct investors and borrowers of all loans paid out up to the month's end.",
        "截至月末所有已放款借款的出借人、借款人去重人数。"),
    "Lenders in the month": (
        "Distinct investors and borrowers of the loans paid out in the month.",
        "当月放款借款的出借人、借款人去重人数。"),
    "Lenders with money receivable": (
        "Investors with principal receivable and borrowers with principal owing at the month's end.",
        "月末仍有待收本金的出借人数、仍有待还本金的借款人数。"),
    "Related-party loan balance": (
        "Loans outstanding whose borrower or one of whose investors was marked at the month's end as a related party "
        "of the platform (shareholders, staff, their relatives and the companies they control): their balance and "
        "number.",
        "月末时借款人或任一出借人被标记为平台关联方（股东、员工及其近亲属、其控制的企业）的在贷借款的借贷余额及笔数。"),
    "Amount overdue": (
        "Remaining principal of the loans outstanding with an installment past its due day and not received in "
        "full, and their number; rates: amount overdue / loan balance, loans overdue / loans outstanding.",
        "月末存在已过还款日且未足额收回期次的在贷借款的剩余本金及笔数；金额逾期率 = 逾期金额 / 借贷余额，项目逾期率 = 逾期笔数 / 在贷笔数。"),
    "Overdue above 90 days": (
        "The overdue loans whose oldest unpaid installment fell due more than 90 days before the month's end: "
        "remaining principal and number.",
        "最早未还期次逾期超过 90 天的逾期借款的剩余本金及笔数。"),
    "Compensation in the month": (
        "Paid from the risk reserve to investors (the ledger's compensation transfers): in the month, since the "
        "platform began, and the number of loans compensated.",
        "风险准备金向出借人的代偿支付（账簿代偿分录）：当期金额、累计金额及累计代偿借款笔数。"),
    "Top borrower's share of the balance": (
        "The remaining principal of the largest borrower, and of the ten largest, over the loan balance.",
        "最大单一借款人、前十大借款人的待还本金占借贷余额的比例。"),
    "Top lender's share of receivables": (
        "The principal receivable of the largest investor, and of the ten largest, over all investors' "
        "receivables (each investor's share of a loan's remaining principal, by the amount lent).",
        "最大单一出借人、前十大出借人的待收本金占全部出借人待收本金的比例（按出借金额分摊每笔借款的剩余本金）。"),
    "Written off": (
        "Remaining principal of the loans written off up to the month's end; bad-debt rate: written off / "
        "cumulative loan volume.",
        "截至月末核销借款的剩余本金合计；坏账率 = 累计坏账核销金额 / 累计借贷金额。"),
}


def words(meta: ReportMeta):
    """This report's words in the report's language, the shared table's for the rest."""
    def t(key: str, **values) -> str:
        if meta.language == "zh_CN" and key in ZH:
            return ZH[key].format(**values) if values else ZH[key]
        if meta.language != "zh_CN" and key in ZH:
            return key.format(**values) if values else key
        return meta.t(key, **values)

    return t


def definition(key: str, language: str) -> str:
    english, chinese = DEFINITIONS[key]
    return chinese if language == "zh_CN" else english
