"""Where the club's data lives and how it is kept safe.

Opening the database and its migrations (db; dialect: what differs between SQLite and
PostgreSQL), the desk's server settings and the server's own roles (server, server_roles),
encryption at rest (encryption), the local-disk rule for a SQLite file (local_disk), files
readable by this account only (private_files), the club's identity (club_identity),
optimistic locking of a record saved from a stale screen (optimistic_lock), backups and
their manifests (backup, backup_manifest) and copying a club to another database
(transfer). No service of the club's day lives here.
"""
