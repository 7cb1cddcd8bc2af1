"""Qt-free core: documents and formats, segmentation, alignment, translation, annotations, export.

Nothing under this package may import PySide6 (a test checks it in a subprocess).
"""
