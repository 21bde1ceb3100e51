"""tinyshop: a small shop that has grown the way real projects do."""

__version__ = "0.1.0"
