"""Prices of orders, with tax. Imports order back: the first cycle."""

from tinyshop import config
from tinyshop.domain.order import Order
from tinyshop.storage.db import DEFAULT


def total(order: Order):
    amount = DEFAULT.zero()
    for product, quantity in order.lines:
        if product is not None:
            amount = amount + product.price.times(quantity)
    return amount.times(1 + config.TAX_RATE)
