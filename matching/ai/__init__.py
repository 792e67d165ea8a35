"""Client of the external AI matching service (README "AI matching service").

- `client`: one HTTP call and what its answer means (retryable, permanent, valid).
- `slots`: the cluster-wide limit of in-flight calls, leases in PostgreSQL.
- `breaker`: the circuit breaker, state in PostgreSQL.
- `batches`: persisted batches of unique keys; claim, call, retry, apply once.
- `matcher`: the `Matcher` used when AI_MATCHING_URL is set.
"""
