"""The web application."""

from typing import TYPE_CHECKING

from tinyshop.services.checkout import CheckoutManager

if TYPE_CHECKING:
    from tinyshop.web.views import Page


def create_app():
    return {"checkout": CheckoutManager()}


def render(page: "Page"):
    return page.html()
