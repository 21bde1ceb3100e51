"""Settings read once at start-up."""

import os

CURRENCY = os.environ.get("TINYSHOP_CURRENCY", "EUR")
TAX_RATE = 0.19
SMTP_HOST = os.environ.get("TINYSHOP_SMTP", "localhost")
