"""Amounts of money as integer cents."""

from dataclasses import dataclass

from .text import currency_symbol


@dataclass(frozen=True)
class Money:
    cents: int

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def times(self, factor):
        return Money(round(self.cents * factor))

    def __str__(self):
        return f"{currency_symbol()}{self.cents / 100:.2f}"
