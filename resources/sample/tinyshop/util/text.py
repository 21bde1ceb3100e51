"""Text helpers."""

from tinyshop import config


def slug(name):
    return "-".join(name.lower().split())


def currency_symbol():
    return {"EUR": "€", "USD": "$"}.get(config.CURRENCY, config.CURRENCY)
