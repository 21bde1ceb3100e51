"""How things look on a page."""

from tinyshop.util.text import slug


def product_label(product):
    return f"{product.name} ({slug(product.sku)}): {product.price}"
