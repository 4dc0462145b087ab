"""The Qt-free core of clubdesk: tables, database, services. Never imports PySide6.

- the club's services, one module each (members, attendance, followups, career_paths,
  partners, staff, tasks, structure, retention, erasure, merge...), the tables
  (tables) and the migrations (migrations/); club.Club gathers them for one actor;
- storage/: the database, its server, encryption, backups and copies;
- audit/: the audit trail, its chain, its seal, its verification;
- accounts/: users, one-time codes, the recovery code;
- rota/: the day's rota (the solver, and rota.day: from and to the database);
- exchange/: the whole club in and out (folder, zip, xlsx);
- annual/: the annual table for the funder (the indicator registry and its computations).
"""
