"""A tiny in-memory database."""

import threading

from tinyshop import config
from tinyshop.util.money import Money


class Database:
    def __init__(self):
        self._lock = threading.Lock()
        self._tables = {}

    def table(self, name):
        with self._lock:
            return self._tables.setdefault(name, {})

    def takings(self):
        return Money(sum(self._tables.get("payments", {}).values()))


DEFAULT = Database()
CURRENCY = config.CURRENCY
