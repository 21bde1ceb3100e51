"""Orders: lines of products."""

from tinyshop.domain import pricing
from tinyshop.domain.product import PRODUCTS


class Order:
    def __init__(self):
        self.lines = []

    def add(self, sku, quantity=1):
        self.lines.append((PRODUCTS.get(sku), quantity))

    def total(self):
        return pricing.total(self.lines)
