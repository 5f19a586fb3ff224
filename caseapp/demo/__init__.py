"""Made-up data: the fictional demo case file and the synthetic generator for benchmarks
and load tests. Never part of a lawyer's case file; built through the services like any
front end."""
