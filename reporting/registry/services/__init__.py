"""Registry writes, one module per subdomain: `projects`, `documents`, `workflow`
(submit, approve, request changes, publish), `verification` (verifier grants and
assessments), `issuance`, `trading` (transfers and retirement). Who may do what is
asked in `access` (capabilities, grants) and mirrored in README's matrix; import
the services from their module."""
