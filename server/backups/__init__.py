"""Backups and restore (issue 17).

A backup is one folder `p2p-backup-<UTC time>` under the backup destination (settings.backup_dir or `--to`):
  database.sqlite.p2pbak | database.pgdump.p2pbak   the database: SQLite's online backup (deflated), or `pg_dump -Fc`
  documents.tar.p2pbak                              the documents store (content-addressed files)
  audit-checkpoints.jsonl.p2pbak                    the audit chain's anchors outside the database
  manifest.json                                     sizes, sha256 sums, the schema revision, the audit head;
                                                    MAC'd with the backup key
Each `.p2pbak` file is sealed with the backup key (keys.py) in authenticated chunks (sealing.py). The key ring
(personal-data, audit and backup keys) is copied separately by `backup-keys`, never into a backup folder.

Modules: keys.py (the backup key), sealing.py (streaming AES-GCM), database_copy.py (snapshot and load of
SQLite and PostgreSQL), manifest.py, making.py (make a backup), restoring.py (restore and verify), key_copy.py
(back up the key ring), models.py and runs.py (the daily job and its record), routes.py (the console's list),
rule.py (the monitoring rule "no backup in 24 h"), refusals.py (what an operator reads when we refuse).
"""
