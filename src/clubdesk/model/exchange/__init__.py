"""The exchange format: the whole club in and out (docs/exchange-format.md).

A folder, a .zip of that folder, or an .xlsx workbook with one sheet per file name. One CSV
file per table; rows refer to each other by text keys (member_id, staff_id, partner_id,
task_id) kept as each record's external reference.
"""

from clubdesk.model.exchange.exporter import export_club, export_member
from clubdesk.model.exchange.importer import ImportReport, import_club

__all__ = ["ImportReport", "export_club", "export_member", "import_club"]
