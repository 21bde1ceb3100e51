"""Pages."""

from tinyshop.web.app import create_app


class Page:
    def __init__(self):
        self.app = create_app()

    def html(self):
        return "<html></html>"
