"""The desktop app: the only package that imports PySide6. Widgets call services, never the database."""
