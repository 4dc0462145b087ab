"""The Qt-free core of clubdesk: tables, database, services. Never imports PySide6."""
