"""Reading the custodian bank's statement file (对账文件): CSV in UTF-8/GBK/GB18030 or xlsx, any bank's columns
through a ColumnMapping, refused whole with every problem listed, or returned as lines in integer fen and UTC."""

from .encoding import detect_encoding
from .mapping import BUILTIN_PROFILES, ColumnMapping
from .problems import CODES, Problem, StatementRefused
from .reader import ParsedStatement, StatementPreview, preview_statement, read_statement

__all__ = ["read_statement", "preview_statement", "ParsedStatement", "StatementPreview", "StatementRefused",
           "Problem", "ColumnMapping", "BUILTIN_PROFILES", "detect_encoding", "CODES"]
