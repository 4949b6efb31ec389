"""In-memory CRMs served through ``responses``, in the shapes of their public API references.

For tests and benchmarks of sinks whose CRM cannot run here (HubSpot, Salesforce, Dynamics 365).
Each fake keeps what it was sent so a test can read the CRM back, and refuses what the real API
refuses where the sinks' correctness depends on it (e.g. upserts by a non-unique property).
"""
