"""The desktop app: the only package that imports PySide6. Widgets call services, never the database."""

from coopeval.ui.qt_imports import keep_feature_scan_light

keep_feature_scan_light()  # before the rest of the app is imported: see ui/qt_imports.py
