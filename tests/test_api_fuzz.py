"""Property-based requests against the API's own OpenAPI schema
(schemathesis): whatever a client sends, the server never answers 5xx."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from diplograph.web.app import create_app
from diplograph.web.hosts import LOOPBACK


def test_no_server_errors_on_any_operation(sample_store: Path) -> None:
    # Imported here, not at collection: only the test process that runs this
    # test loads them (pyproject.toml keeps their pytest plugins out).
    import schemathesis
    from hypothesis import HealthCheck, given, settings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # schemathesis's client calls itself "testserver": a name the app
        # answers only when told to.
        app = create_app(sample_store, hosts=[*LOOPBACK, "testserver"])
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    tried: list[str] = []

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case: Any) -> None:
            response = case.call()
            assert response.status_code < 500, (case.path, case.query, response.text[:300])

        check()
        tried.append(operation.label)
    assert any("/api/events" in label for label in tried)
