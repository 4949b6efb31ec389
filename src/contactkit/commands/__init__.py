"""``contactkit`` commands that live in their own modules (the core ones are in ``cli.py``)."""
