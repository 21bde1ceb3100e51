"""Notifications. Imports checkout back: the second cycle."""

import logging

from tinyshop.services import checkout

log = logging.getLogger(__name__)


def send(address, text):
    log.info("to %s: %s", address, text)


def retry_all(manager: "checkout.CheckoutManager"):
    for address in manager.sent:
        send(address, "Reminder")
