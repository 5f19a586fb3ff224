"""Use cases: the only place that opens a database session. One public call is one
transaction; calls return frozen DTOs and raise domain errors a lawyer can read."""
