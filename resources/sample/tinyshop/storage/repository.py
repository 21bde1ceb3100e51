"""Rows in, objects out."""

from tinyshop.storage import db


class Repository:
    def __init__(self, table):
        self.rows = db.DEFAULT.table(table)

    def get(self, key):
        return self.rows.get(key)

    def put(self, key, value):
        self.rows[key] = value
