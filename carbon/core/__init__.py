"""The ground every app stands on: API conventions (problem details, pagination,
fields), middleware, logging, health and metrics, task profiles, external programs,
upload and export rules. Imports no project app (ARCHITECTURE.md, ADR-008)."""
