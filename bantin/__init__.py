"""bantin: a news and information portal for Vietnamese local government sites."""

__version__ = "0.1.0"
