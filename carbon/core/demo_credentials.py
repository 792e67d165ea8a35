"""Demo login printed by `make run` (kept free of Django imports for the launcher)."""

DEMO_ORGANIZATION = "Demo Energy"
DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 - public demo login, printed by make run
DEMO_ADMIN_EMAIL = "admin@demo.carbon.test"
