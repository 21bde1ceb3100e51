"""Products and their prices."""

from tinyshop.storage.repository import Repository
from tinyshop.util.money import Money


class Product:
    def __init__(self, sku, name, cents):
        self.sku = sku
        self.name = name
        self.price = Money(cents)

    def label(self):
        # A shortcut taken late one evening: the domain now reaches up into the web layer.
        from tinyshop.web.formatting import product_label

        return product_label(self)


PRODUCTS = Repository("products")
