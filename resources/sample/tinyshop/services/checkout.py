"""Checkout. CheckoutManager does three unrelated jobs: the cart, e-mail and the ledger."""

import smtplib

from tinyshop import config
from tinyshop.services import catalog, notify


class CheckoutManager:
    def __init__(self):
        self.order = catalog.new_order()
        self.smtp_host = config.SMTP_HOST
        self.sent = []
        self.ledger = []

    # The cart
    def add(self, sku):
        self.order.add(sku)

    def total(self):
        return self.order.total()

    # E-mail
    def connect(self):
        return smtplib.SMTP(self.smtp_host)

    def confirm(self, address):
        self.connect()
        self.sent.append(address)
        notify.send(address, "Thank you for your order")

    # The ledger
    def record(self, amount):
        self.ledger.append(amount)

    def balance(self):
        return sum(self.ledger)
