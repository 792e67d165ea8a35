"""The reference AI matching service (see app.py for the contract)."""
