"""loans: risk findings stored as a code and parameters, worded when an answer is written

Before, each rule hit kept its finding as an English sentence (and, later, a Chinese one beside it):
{"rule", "label_zh", "label_en", "finding", "finding_zh", "blocking"}. Now a hit is
{"rule", "code", "params", "blocking"} and the server words it in the language the request asks for
(server/loans/risk.py). This moves the stored hits: every English form the server ever wrote is read back into
its parameters (amounts in fen, rates and shares as fractions in text, kinds as codes); a finding in no known
form is kept as it was (the answer then shows its text). Going back writes the English (and Chinese) sentences
again from the parameters.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
import re
from decimal import Decimal

from alembic import op
import sqlalchemy as sa

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

BATCH = 5000
applications = sa.table('loan_applications', sa.column('id', sa.Integer), sa.column('risk_hits', sa.JSON))

_YUAN = r'¥([\d,]+)\.(\d{2})'
_PERCENT = r'(\d+(?:\.\d+)?)%'


def _fen(whole: str, cents: str) -> int:
    return int(whole.replace(',', '')) * 100 + int(cents)


def _fraction(percent: str) -> str:
    return str(Decimal(percent) / 100)


# (rule, pattern of the old English finding, code, the parameters from the match)
FORMS = [
    ('regulatory_platform_limit', rf'^balance with this loan {_YUAN} exceeds {_YUAN}$', 'platform_balance_over_limit',
     lambda m: {'balance_fen': _fen(m[1], m[2]), 'limit_fen': _fen(m[3], m[4])}),
    ('regulatory_all_platforms_limit', rf'^balance across platforms with this loan {_YUAN} exceeds {_YUAN}$',
     'all_platforms_balance_over_limit', lambda m: {'balance_fen': _fen(m[1], m[2]), 'limit_fen': _fen(m[3], m[4])}),
    ('rate_cap', rf'^annual rate {_PERCENT} exceeds the cap {_PERCENT}$', 'rate_above_cap',
     lambda m: {'annual_rate': _fraction(m[1]), 'cap_rate': _fraction(m[2])}),
    ('blacklist', r'^on the blacklist by ((?:borrower|id_number|phone|bank_card)(?:, (?:borrower|id_number|phone|bank_card))*)$',
     'blacklisted', lambda m: {'keys': m[1].split(', ')}),
    ('stacked_applications', r'^(\d+) other open application\(s\)$', 'other_open_applications',
     lambda m: {'count': int(m[1])}),
    ('debt_to_income', rf'^monthly repayments are {_PERCENT} of income \(warning above {_PERCENT}\)$',
     'debt_to_income_high', lambda m: {'repayment_share': _fraction(m[1]), 'warning_share': _fraction(m[2])}),
    ('debt_to_income', r'^no income declared$', 'no_income_declared', lambda m: {}),
    ('age', r'^age (\d+) is outside (\d+)-(\d+)$', 'age_outside_range',
     lambda m: {'age': int(m[1]), 'min_age': int(m[2]), 'max_age': int(m[3])}),
    ('documents', r'^missing: ([a-z_]+(?:, [a-z_]+)*)$', 'documents_missing', lambda m: {'documents': m[1].split(', ')}),
    ('overdue_history', r'^(\d+) overdue repayments, longest (\d+) days$', 'overdue_repayments',
     lambda m: {'count': int(m[1]), 'longest_days': int(m[2])}),
]


def coded(hit: dict) -> dict:
    """A stored hit in the new form, or the hit as it was when its finding is in no known form."""
    if not isinstance(hit, dict) or 'code' in hit or not isinstance(hit.get('finding'), str):
        return hit
    for rule, pattern, code, params in FORMS:
        if hit.get('rule') == rule:
            match = re.match(pattern, hit['finding'].strip())
            if match:
                return {'rule': rule, 'code': code, 'params': params(match), 'blocking': bool(hit.get('blocking'))}
    return hit


# Going back: the sentences as the server wrote them before this revision.
LABELS = {
    'regulatory_platform_limit': ('单一平台借款余额上限', 'Balance limit on this platform'),
    'regulatory_all_platforms_limit': ('全部平台借款余额上限', 'Balance limit across platforms'),
    'rate_cap': ('利率上限', 'Interest rate cap'), 'blacklist': ('黑名单', 'Blacklist'),
    'stacked_applications': ('重复/叠加申请', 'Duplicate or stacked applications'),
    'debt_to_income': ('负债收入比', 'Debt-to-income'), 'age': ('年龄', 'Age'), 'documents': ('资料完整性', 'Documents'),
    'overdue_history': ('逾期记录', 'Overdue history'),
}
KEYS_ZH = {'borrower': '借款人', 'id_number': '身份证号', 'phone': '手机号', 'bank_card': '银行卡号'}
DOCUMENTS_ZH = {'id_card': '身份证', 'income_proof': '收入证明', 'contract': '合同', 'collateral': '抵押物资料',
                'other': '其他资料'}


def _yuan(fen: int) -> str:
    return f'¥{fen // 100:,}.{fen % 100:02d}'


def _pct(fraction: str, places: int) -> str:
    return f'{Decimal(str(fraction)):.{places}%}'


def worded(hit: dict) -> dict:
    if not isinstance(hit, dict) or 'code' not in hit:
        return hit
    p, code = hit.get('params') or {}, hit['code']
    if code == 'platform_balance_over_limit':
        en = f"balance with this loan {_yuan(p['balance_fen'])} exceeds {_yuan(p['limit_fen'])}"
        zh = f"含本笔借款余额 {_yuan(p['balance_fen'])}，超过上限 {_yuan(p['limit_fen'])}"
    elif code == 'all_platforms_balance_over_limit':
        en = f"balance across platforms with this loan {_yuan(p['balance_fen'])} exceeds {_yuan(p['limit_fen'])}"
        zh = f"含本笔借款的全部平台余额 {_yuan(p['balance_fen'])}，超过上限 {_yuan(p['limit_fen'])}"
    elif code == 'rate_above_cap':
        en = f"annual rate {_pct(p['annual_rate'], 2)} exceeds the cap {_pct(p['cap_rate'], 2)}"
        zh = f"年化利率 {_pct(p['annual_rate'], 2)} 超过上限 {_pct(p['cap_rate'], 2)}"
    elif code == 'blacklisted':
        en = f"on the blacklist by {', '.join(p['keys'])}"
        zh = f"命中黑名单：{'、'.join(KEYS_ZH.get(k, k) for k in p['keys'])}"
    elif code == 'other_open_applications':
        en, zh = f"{p['count']} other open application(s)", f"另有 {p['count']} 笔未结申请"
    elif code == 'debt_to_income_high':
        en = (f"monthly repayments are {_pct(p['repayment_share'], 0)} of income "
              f"(warning above {_pct(p['warning_share'], 0)})")
        zh = f"月还款额占收入 {_pct(p['repayment_share'], 0)}（超过 {_pct(p['warning_share'], 0)} 即预警）"
    elif code == 'no_income_declared':
        en, zh = 'no income declared', '未申报收入'
    elif code == 'age_outside_range':
        en = f"age {p['age']} is outside {p['min_age']}-{p['max_age']}"
        zh = f"年龄 {p['age']} 岁，不在 {p['min_age']}-{p['max_age']} 岁之间"
    elif code == 'documents_missing':
        en = f"missing: {', '.join(p['documents'])}"
        zh = f"缺少：{'、'.join(DOCUMENTS_ZH.get(d, d) for d in p['documents'])}"
    elif code == 'overdue_repayments':
        en = f"{p['count']} overdue repayments, longest {p['longest_days']} days"
        zh = f"逾期还款 {p['count']} 次，最长 {p['longest_days']} 天"
    else:
        return hit
    label_zh, label_en = LABELS.get(hit['rule'], (hit['rule'], hit['rule']))
    return {'rule': hit['rule'], 'label_zh': label_zh, 'label_en': label_en, 'finding': en, 'finding_zh': zh,
            'blocking': bool(hit.get('blocking'))}


def _move(change) -> None:
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(sa.select(applications.c.id, applications.c.risk_hits)
                                  .where(applications.c.id > last, applications.c.risk_hits.is_not(None))
                                  .order_by(applications.c.id).limit(BATCH)).all()
        if not rows:
            return
        for row_id, hits in rows:
            if isinstance(hits, list) and hits:
                moved = [change(h) for h in hits]
                if moved != hits:
                    connection.execute(applications.update().where(applications.c.id == row_id)
                                       .values(risk_hits=moved))
        last = rows[-1][0]


def upgrade() -> None:
    _move(coded)


def downgrade() -> None:
    _move(worded)
