"""Prices of orders, with tax. Imports order back: the first cycle."""

from tinyshop import config
from tinyshop.domain.order import Order
from tinyshop.util.money import Money


def total(lines):
    amount = Money(0)
    for product, quantity in lines:
        if product is not None:
            amount = amount + product.price.times(quantity)
    return amount.times(1 + config.TAX_RATE)


def order_total(order: Order):
    return total(order.lines)
