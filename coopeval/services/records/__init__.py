"""The tender's record made portable (issue 21): one bundle holding the signed report, the summaries, the tender
JSON, the audit log, the frameworks, the kept files and a signed manifest (`bundle`), checked file by file
(`verify`), with the retention date PA 2023 s.98 asks for (`retention`)."""
