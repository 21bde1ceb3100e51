"""What the shop sells."""

from tinyshop.domain.order import Order
from tinyshop.domain.product import PRODUCTS, Product


def add_product(sku, name, cents):
    PRODUCTS.put(sku, Product(sku, name, cents))


def new_order():
    return Order()
