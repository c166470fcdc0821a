"""Regenerates the statement fixtures: good files in every encoding and built-in layout, and malformed ones.

Run from the repository root: .venv/bin/python tests/data/statements/make_corpus.py
Every good file holds the same four movements (see LINES); the tests know what each malformed file breaks.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
GOOD, MALFORMED = HERE / "good", HERE / "malformed"

# serial, order_no, account, direction, yuan text, local date, local time, summary
LINES = [
    ("B20261124000001", "P202611240001", "6222000000000001", "in", "1,000.00", "2026-11-24", "09:15:03", "充值"),
    ("B20261124000002", "P202611240002", "6222000000000002", "out", "250.50", "2026-11-24", "10:00:00", "提现"),
    ("B20261124000003", "", "6222000000000003", "in", "1,234,567.89", "2026-11-24", "23:59:59", "充值"),
    ("B20261124000004", "P202611240004", "6222000000000001", "out", "0.01", "2026-11-24", "00:00:00", "提现手续费"),
]
IN_TOTAL, OUT_TOTAL = "1,235,567.89", "250.51"
BALANCE = "9,876,543.21"

PREAMBLE = ["某某银行资金存管对账单", "对账日期：2026-11-24", f"期末余额：\"{BALANCE}\""]


def q(text: str) -> str:
    return f'"{text}"' if "," in text or '"' in text else text


def signed(line) -> str:
    return line[4] if line[3] == "in" else "-" + line[4]


def generic_rows(lines=LINES, summary=None) -> list[str]:
    out = PREAMBLE + ["银行流水号,平台订单号,子账户,交易金额,交易时间,摘要"]
    for ln in lines:
        out.append(",".join([ln[0], ln[1], ln[2], q(signed(ln)), f"{ln[5]} {ln[6]}", summary(ln) if summary else ln[7]]))
    out.append(f"合计,{len(lines)}笔,,\"{'1,235,317.38'}\",,")
    return out


def icbc_rows(lines=LINES, totals=(OUT_TOTAL, IN_TOTAL)) -> list[str]:
    out = ["中国工商银行 存管账户明细", "账户总余额(元)," + q(BALANCE), "",
           "银行流水号,商户订单号,账号,借方发生额,贷方发生额,交易日期,交易时间,摘要"]
    for ln in lines:
        debit, credit = (q(ln[4]), "") if ln[3] == "out" else ("", q(ln[4]))
        out.append(",".join([ln[0], ln[1], ln[2], debit, credit, ln[5].replace("-", ""), ln[6].replace(":", ""), ln[7]]))
    out.append(f"合计,共{len(lines)}笔,,{q(totals[0])},{q(totals[1])},,,")
    return out


def ccb_rows(lines=LINES, summary=None) -> list[str]:
    out = ["中国建设银行资金存管对账单", "",
           "银行流水号,平台订单号,子账户,借贷标志,交易金额,交易日期,交易时间,摘要"]
    for ln in lines:
        flag = "贷" if ln[3] == "in" else "借"
        date = "{}年{}月{}日".format(*ln[5].split("-"))
        out.append(",".join([ln[0], ln[1], ln[2], flag, q(ln[4]), date, ln[6], summary(ln) if summary else ln[7]]))
    out.append(f"合计：笔数 {len(lines)}，贷方金额 {IN_TOTAL.replace(',', '')}，借方金额 {OUT_TOTAL}")
    return out


def cmb_rows(lines=LINES) -> list[str]:
    out = ["招商银行 存管子账户交易流水", "期末总余额：" + BALANCE.replace(",", ""),
           "银行流水号,商户订单号,子账户,收付方向,交易金额,交易时间,摘要"]
    for ln in lines:
        out.append(",".join([ln[0], ln[1], ln[2], "收" if ln[3] == "in" else "付", q(ln[4]),
                             f"{ln[5].replace('-', '/')} {ln[6]}", ln[7]]))
    out.append("打印时间：2026-11-25 08:00:00")
    return out


def write(path: Path, rows: list[str] | str, encoding="utf-8", newline="\n") -> None:
    text = rows if isinstance(rows, str) else newline.join(rows) + newline
    path.write_bytes(text.encode(encoding))


FULL = str.maketrans("0123456789,.-", "０１２３４５６７８９，．－")


def fullwidth_rows() -> list[str]:
    """Full-width digits and separators, 20261124 091503 dates, amounts in parentheses for money out."""
    out = ["银行流水号,平台订单号,子账户,交易金额,交易时间,摘要"]
    for ln in LINES:
        amount = ln[4] if ln[3] == "in" else f"({ln[4]})"
        stamp = ln[5].replace("-", "") + ln[6].replace(":", "")
        out.append(",".join([ln[0], ln[1], ln[2], q(amount.translate(FULL)), stamp.translate(FULL), ln[7]]))
    return out


def tab_rows() -> list[str]:
    """Tab-separated (some banks' "text" export): thousands separators need no quotes."""
    out = ["某某银行资金存管对账单", f"期末余额\t{BALANCE}", "\t".join(["银行流水号", "平台订单号", "子账户", "交易金额", "交易时间", "摘要"])]
    for ln in LINES:
        out.append("\t".join([ln[0], ln[1], ln[2], signed(ln), f"{ln[5]} {ln[6]}", ln[7]]))
    out.append("合计\t4笔\t\t1,235,317.38\t\t")
    return out


def excel_marks_rows() -> list[str]:
    """Values as banks write them to keep Excel from turning them into numbers: ="…" and a leading tab."""
    out = ["银行流水号,平台订单号,子账户,交易金额,交易时间,摘要"]
    for ln in LINES:
        out.append(",".join([f'"=""{ln[0]}"""', "\t" + ln[1], f"'{ln[2]}", q(signed(ln)), f"{ln[5]} {ln[6]}", ln[7]]))
    return out


def workbook(path: Path, rows: list[list], sheet_title="明细") -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_title
    for row in rows:
        sheet.append(row)
    book.save(path)


def yuan_number(text: str) -> float:
    return float(text.replace(",", ""))


def icbc_workbook_rows() -> list[list]:
    rows = [["中国工商银行 存管账户明细"], ["期末余额", yuan_number(BALANCE)], [],
            ["银行流水号", "商户订单号", "账号", "借方发生额", "贷方发生额", "交易日期", "交易时间", "摘要"]]
    for ln in LINES:
        amount = yuan_number(ln[4])
        y, m, d = map(int, ln[5].split("-"))
        hh, mm, ss = map(int, ln[6].split(":"))
        rows.append([ln[0], ln[1] or None, ln[2], amount if ln[3] == "out" else None, amount if ln[3] == "in" else None,
                     dt.date(y, m, d), dt.time(hh, mm, ss), ln[7]])
    rows.append(["合计", "共4笔", None, yuan_number(OUT_TOTAL), yuan_number(IN_TOTAL)])
    return rows


def cmb_workbook_rows() -> list[list]:
    rows = [["银行流水号", "商户订单号", "子账户", "收付方向", "交易金额", "交易时间", "摘要"]]
    for ln in LINES:
        y, m, d = map(int, ln[5].split("-"))
        hh, mm, ss = map(int, ln[6].split(":"))
        rows.append([ln[0], ln[1] or None, int(ln[2]), "收" if ln[3] == "in" else "付", ln[4],
                     dt.datetime(y, m, d, hh, mm, ss), ln[7]])
    return rows


def make_good() -> None:
    GOOD.mkdir(exist_ok=True)
    write(GOOD / "generic_utf8.csv", generic_rows())
    write(GOOD / "generic_utf8_bom.csv", generic_rows(), "utf-8-sig", "\r\n")
    write(GOOD / "generic_gbk.csv", generic_rows(), "gbk")
    write(GOOD / "generic_tab.txt", tab_rows(), "gbk")
    write(GOOD / "icbc_gbk.csv", icbc_rows(), "gbk", "\r\n")
    write(GOOD / "ccb_gb18030.csv", ccb_rows(summary=lambda ln: ln[7] + " 户名𠀀明"), "gb18030")
    write(GOOD / "cmb_utf8.csv", cmb_rows())
    write(GOOD / "fullwidth_gbk.csv", fullwidth_rows(), "gbk")
    write(GOOD / "excel_marks_utf8.csv", excel_marks_rows())
    workbook(GOOD / "icbc.xlsx", icbc_workbook_rows())
    workbook(GOOD / "cmb.xlsx", cmb_workbook_rows())


def replace_line(rows: list[str], index: int, old: str, new: str) -> list[str]:
    rows = list(rows)
    assert old in rows[index], (rows[index], old)
    rows[index] = rows[index].replace(old, new, 1)
    return rows


def make_malformed() -> None:
    M = MALFORMED
    M.mkdir(exist_ok=True)
    g = generic_rows()   # lines: 1-3 preamble, 4 header, 5-8 statement lines, 9 totals
    write(M / "amount_text.csv", replace_line(g, 5, "-250.50", "abc"))
    write(M / "amount_bad_grouping.csv", replace_line(g, 5, "-250.50", '"(1,23.4.5)"'))
    write(M / "amount_blank.csv", replace_line(g, 6, '"1,234,567.89"', ""))
    write(M / "amount_too_many_decimals.csv", replace_line(g, 5, "-250.50", "-250.505"))
    write(M / "amount_zero.csv", replace_line(g, 7, "-0.01", "0.00"))
    write(M / "amount_too_large.csv", replace_line(g, 4, '"1,000.00"', "12345678901234567.00"))
    write(M / "date_month_13.csv", replace_line(g, 5, "2026-11-24 10:00:00", "2026-13-40 10:00:00"))
    write(M / "time_25_61.csv", replace_line(g, 6, "23:59:59", "25:61"))
    write(M / "date_text.csv", replace_line(g, 4, "2026-11-24 09:15:03", "yesterday"))
    write(M / "date_blank.csv", replace_line(g, 7, "2026-11-24 00:00:00", ""))
    write(M / "serial_blank.csv", replace_line(g, 6, "B20261124000003", ""))
    write(M / "account_blank.csv", replace_line(g, 5, "6222000000000002", " "))
    write(M / "serial_duplicate.csv", replace_line(g, 7, "B20261124000004", "B20261124000001"))
    write(M / "column_shift.csv", replace_line(g, 4, '"1,000.00"', "1,000.00"))
    write(M / "column_missing_field.csv", replace_line(g, 5, ",提现", ""))
    write(M / "header_missing_column.csv", replace_line(g, 3, "交易金额", "金额(元)"))
    write(M / "header_duplicate_column.csv", replace_line(g, 3, "平台订单号", "交易金额"))
    write(M / "no_header.csv", g[:3] + g[4:])
    write(M / "empty.csv", "")
    write(M / "only_bom_and_blank_lines.csv", "\ufeff\n\n  \n", "utf-8")
    write(M / "header_only.csv", g[:4])
    write(M / "totals_count_wrong.csv", replace_line(g, 8, "4笔", "5笔"))
    write(M / "totals_sum_wrong.csv", replace_line(g, 8, "1,235,317.38", "1,235,317.39"))
    write(M / "totals_not_last.csv", g[:6] + [g[8]] + g[6:8])
    write(M / "balance_not_a_number.csv", replace_line(g, 2, f'"{BALANCE}"', "待定"))
    write(M / "truncated.csv", "\n".join(g[:6]) + "\nB20261124000003,,62220")
    # Blank lines and a quoted line break inside a summary: line numbers still count physical lines.
    quoted = replace_line(g, 4, ",充值", ',"充值\n备注：首次"')
    write(M / "quoted_newline_then_bad_amount.csv", replace_line(quoted, 6, '"1,234,567.89"', "1.2.3"))
    blanks = g[:5] + ["", ""] + g[5:]
    write(M / "blank_lines_then_bad_date.csv", replace_line(blanks, 8, "23:59:59", "24:00:01"))
    write(M / "many_problems.csv", replace_line(replace_line(replace_line(g, 4, "2026-11-24 09:15:03", "2026-02-30"),
                                                             5, "-250.50", "--250.50"), 7, "B20261124000004", ""))

    # Encodings: bytes that are not GBK/GB18030 on line 6; a GBK file forced to read as UTF-8.
    gbk = "\n".join(g).encode("gbk") + b"\n"
    lines = gbk.split(b"\n")
    lines[5] = lines[5].replace("提现".encode("gbk"), b"\x81\x20\x81")
    (M / "undecodable_gbk.csv").write_bytes(b"\n".join(lines))
    (M / "gbk_read_as_utf8.csv").write_bytes(gbk)
    utf8 = "\n".join(g).encode("utf-8").split(b"\n")
    utf8[6] = utf8[6].replace("充值".encode(), b"\xff\xfe")
    (M / "undecodable_utf8.csv").write_bytes(b"\n".join(utf8) + b"\n")

    # Layout-specific damage.
    ic = icbc_rows()     # 1-2 preamble, 3 blank, 4 header, 5-8 lines, 9 totals
    write(M / "icbc_both_debit_and_credit.csv", replace_line(ic, 5, ",250.50,,", ",250.50,250.50,"))
    write(M / "icbc_neither_debit_nor_credit.csv", replace_line(ic, 5, ",250.50,,", ",,,"))
    write(M / "icbc_negative_credit.csv", replace_line(ic, 4, ',,"1,000.00",', ',,"-1,000.00",'))
    write(M / "icbc_bad_time.csv", replace_line(ic, 6, ",235959,", ",256100,"))
    write(M / "icbc_time_blank.csv", replace_line(ic, 7, ",000000,", ",,"))
    write(M / "icbc_totals_credit_wrong.csv", icbc_rows(totals=(OUT_TOTAL, "1,235,567.80")), "gbk")
    cc = ccb_rows()      # 1-2 preamble, 3 header, 4-7 lines, 8 totals
    write(M / "ccb_unknown_direction.csv", replace_line(cc, 4, ",借,", ",转,"), "gb18030")
    write(M / "ccb_blank_direction.csv", replace_line(cc, 5, ",贷,", ",,"), "gb18030")
    write(M / "ccb_negative_on_credit_line.csv", replace_line(cc, 3, '"1,000.00"', '"-1,000.00"'), "gb18030")
    write(M / "ccb_totals_out_wrong.csv", replace_line(cc, 7, f"借方金额 {OUT_TOTAL}", "借方金额 250.52"), "gb18030")

    # Files that are not statements at all.
    (M / "not_a_workbook.xlsx").write_bytes(b"PK\x03\x04 this is not really a zip file")
    (M / "old_excel.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    (M / "a_pdf.csv").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    workbook(M / "empty.xlsx", [])
    bad_cells = icbc_workbook_rows()   # rows 1-2 preamble, 3 blank, 4 header, 5-8 lines, 9 totals
    bad_cells[5][4] = "abc"            # row 6: text in the credit column (line 2 is money out: debit filled)
    bad_cells[6][5] = "2026-13-40"     # row 7: an impossible date typed as text
    workbook(M / "bad_cells.xlsx", bad_cells)
    truncated = (GOOD / "icbc.xlsx").read_bytes()
    (M / "truncated.xlsx").write_bytes(truncated[: len(truncated) // 2])

    # Text that decodes but is not what the bank wrote: a UTF-8 line in a GBK file (提现 in UTF-8 reads as
    # GB18030 without any error, as 鎻愮幇; 转账 reads with a private-use character), NUL bytes, characters
    # that only mis-decoded bytes give.
    gbk_lines = [ln.encode("gbk") for ln in g]
    gbk_lines[5] = g[5].encode("utf-8")
    (M / "mixed_utf8_line_in_gbk.csv").write_bytes(b"\n".join(gbk_lines) + b"\n")
    gbk_lines = [ln.encode("gbk") for ln in replace_line(g, 6, ",充值", ",转账")]
    gbk_lines[6] = replace_line(g, 6, ",充值", ",转账")[6].encode("utf-8")
    (M / "mixed_utf8_line_private_use.csv").write_bytes(b"\n".join(gbk_lines) + b"\n")
    write(M / "private_use_in_field.csv", replace_line(g, 4, ",充值", ",充值\ue0d9"))
    write(M / "replacement_character_in_field.csv", replace_line(g, 5, "6222000000000002", "62220000\ufffd0000002"))
    write(M / "nul_in_field.csv", replace_line(g, 5, ",提现", ",提\x00现"))
    write(M / "nul_in_amount_gbk.csv", replace_line(g, 4, '"1,000.00"', '"1,000\x00.00"'), "gbk")
    nul_cells = icbc_workbook_rows()
    nul_cells[5][7] = "提现_x0000_"   # row 6: how Office writes a NUL into a cell's text
    workbook(M / "nul_in_cell.xlsx", nul_cells)

    # Files that are something else under a statement's name: named for what they are.
    (M / "png_renamed.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02"
                                        b"\x00\x00\x00\x90\x91h6" + b"\x00" * 64)
    (M / "jpeg_renamed.csv").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64)
    (M / "gif_renamed.xlsx").write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04" + b"\x00" * 32)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("对账单.csv", "\n".join(g))
    (M / "zip_renamed.csv").write_bytes(archive.getvalue())
    document = io.BytesIO()
    with zipfile.ZipFile(document, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    (M / "word_document_named.xlsx").write_bytes(document.getvalue())
    (M / "gzip_renamed.csv").write_bytes(gzip.compress("\n".join(g).encode("utf-8"), mtime=0))
    (M / "elf_program.csv").write_bytes(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00>\x00" + b"\x00" * 44)
    exe = bytearray(b"MZ" + b"\x90\x00" * 29 + b"\x00" * 2)
    exe[0x3C:0x40] = (0x40).to_bytes(4, "little")
    (M / "windows_program.csv").write_bytes(bytes(exe[:0x40]) + b"PE\x00\x00" + b"\x4c\x01" + b"\x00" * 58)
    (M / "binary_noise.csv").write_bytes(bytes(range(256)) * 8)


if __name__ == "__main__":
    make_good()
    make_malformed()
    print(f"good: {len(list(GOOD.iterdir()))} files, malformed: {len(list(MALFORMED.iterdir()))} files")
