"""Use cases: one public function per thing a user does."""
