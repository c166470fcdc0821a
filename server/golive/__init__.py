"""Go-live import (上线数据导入): the vendor's templates a platform fills with its history before going live.

columns.py   what each template sheet holds, column by column (the one description every other file reads)
template.py  the empty workbook of a kind, with its 说明 sheet and Excel data validation
workbook.py  an uploaded workbook read into rows of text, by sheet
values.py    one cell's text turned into a value (yuan to fen, dates, choices), or the reason it cannot be
problems.py  what is wrong with a file: sheet, row, column and reason, in the reader's language
customers.py persons, companies and their bank cards: checked, then inserted
staff.py     staff members and their roles: checked, then inserted
balances.py  opening balances through the ledger's own transfers, against the custodian's stated figure
export.py    what the platform holds, in the same templates (round trip)
runs.py      the record of every applied file (its sha256), so that the same file is refused the second time
service.py   the dry run and the apply, all at once or nothing
schemas.py   what the routes answer
routes.py    /golive: templates, dry run, apply (data.import; the apply with step-up), exports
command_line.py  python -m server import-template / import / export
"""
