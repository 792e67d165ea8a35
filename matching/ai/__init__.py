"""Client of the external AI matching service (README "AI matching service").

- `client`: one HTTP call and what its answer means (retryable, permanent, valid).
- `validation`: the answer item by item (a result per key, a known factor id).
- `slots`: the cluster-wide limit of in-flight calls, leases in PostgreSQL.
- `breaker`: the circuit breaker, state in PostgreSQL.
- `items`: what the parts share: the method name, job names, an item's payload.
- `runs`: one upload's uncached keys as batches, and its continuation.
- `execution`: persisted batches of unique keys; claim, call, retry, apply once.
- `leases`: claiming a batch under a lease, fencing every write of a running batch.
- `workers`: a batch as a job, draining batches in threads, recovering dead ones.
- `matcher`: the `Matcher` used when AI_MATCHING_URL is set.
"""
