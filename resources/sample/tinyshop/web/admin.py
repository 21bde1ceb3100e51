"""The admin pages sit on top of everything."""

from tinyshop.web.views import Page


class AdminPage(Page):
    def html(self):
        return "<html><h1>Admin</h1></html>"
