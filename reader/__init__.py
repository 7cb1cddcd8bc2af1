"""Parallel Reader: a Russian original beside its English counterpart, joined paragraph by paragraph."""

__version__ = "0.1.0"
APP_NAME = "Parallel Reader"
#: the desktop application id: the .desktop entry, metainfo, icon and MIME files are named by it
APP_ID = "io.github.parallelreader.ParallelReader"
