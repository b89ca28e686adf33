"""Looking after a workspace file from outside the evaluation itself: its health (`check`), its
audit log (`audit`) and its backups (`backups`). The command line reaches these; none of them
changes what a panel recorded, apart from restoring a backup the user chose."""
