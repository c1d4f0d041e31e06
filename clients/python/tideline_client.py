"""A small client for the Tideline HTTP API, for Python model services.

One file, standard library only: copy it into your service's repository.

    from tideline_client import TidelineClient, TidelineError

    client = TidelineClient("https://tideline.example.com", token="tdl_...")
    counts = client.push_predictions([{
        "id": "svc-123", "model": "churn", "modelVersion": "2026.11.3",
        "region": "eu-west", "client": "acme",
        "features": {"age": 41, "plan": "pro"},
        "output": {"label": "churn", "probabilities": {"stay": 0.45, "churn": 0.55}},
    }])
    # counts == {"accepted": 1, "duplicates": 0, "flagged": 1, "audited": 0}

Predictions and outcomes are sent as the API's camelCase JSON, unchanged.
Large batches are split to fit the API's per-request limits. Every value is
encoded before the first request, so NaN or infinity (not JSON) raises a
ValueError naming the item and nothing is sent.

Failed calls raise TidelineError. Network errors and 429, 500, 502, 503 and
504 answers are retried with exponential backoff and jitter (or after the
Retry-After the server sent): pushing predictions or outcomes again is safe,
as a repeated prediction id is counted as a duplicate and an outcome replaces
the earlier one. Reference appends are the exception, see upload_reference.
"""

from __future__ import annotations

import http.client
import json
import random
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence

__all__ = ["TidelineClient", "TidelineError"]

# The API's limits per request (API.md); the byte budgets are its body limits.
MAX_PREDICTIONS = 5_000
MAX_OUTCOMES = 5_000
MAX_REFERENCE_ROWS = 50_000
MIB = 1024 * 1024
PREDICTIONS_MAX_BYTES = 8 * MIB
OUTCOMES_MAX_BYTES = 4 * MIB
REFERENCE_MAX_BYTES = 48 * MIB

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
BACKOFF_CAP_SECONDS = 30.0

Json = Dict[str, Any]


class TidelineError(Exception):
    """An error answer from the API, or a network failure (status 0).

    `code` is the API's snake_case code, `details` its list of
    `{"index"?, "path", "message"}` problems (validation failures), and
    `retry_after` the seconds a 429 or 503 asked us to wait, if it said.
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Optional[List[Json]] = None,
        request_id: Optional[str] = None,
        retry_after: Optional[float] = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details: List[Json] = list(details or [])
        self.request_id = request_id
        self.retry_after = retry_after

    def __str__(self) -> str:
        lines = [f"{self.status} {self.code}: {self.message}"]
        for detail in self.details:
            where = detail.get("path") or "(body)"
            lines.append(f"  - {where}: {detail.get('message', '')}")
        if self.request_id:
            lines.append(f"  (request id {self.request_id})")
        return "\n".join(lines)


class TidelineClient:
    """Calls the Tideline API with a bearer token.

    `max_retries` counts retries after the first attempt; `backoff` is the
    first retry's base delay in seconds, doubled for each retry after it.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        timeout: float = 30,
        max_retries: int = 5,
        *,
        backoff: float = 0.5,
        ssl_context: Optional[ssl.SSLContext] = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self._token = token
        self._ssl_context = ssl_context
        # A seam for tests, which record delays instead of waiting them out.
        self._sleep = time.sleep

    def health(self) -> Json:
        """GET /api/health: `{"status": "ok", "database": ...}`."""
        return self._request("GET", "/api/health")

    def put_model(
        self,
        key: str,
        name: str,
        labels: Sequence[str],
        features: Sequence[Mapping[str, Any]],
        flagging: Mapping[str, Any],
        labels_per_item: int = 1,
    ) -> Json:
        """Creates or updates a model; answers `{"model": ..., "created": bool}`.

        `features` are `{"name", "type": "numerical" | "categorical"}` specs and
        `flagging` is `{"strategy", "threshold", "audit_rate"}`; camelCase keys
        (`auditRate`) are accepted too.
        """
        body = {
            "name": name,
            "labels": list(labels),
            "features": [_camel_keys(spec) for spec in features],
            "flagging": _camel_keys(flagging),
            "labelsPerItem": labels_per_item,
        }
        return self._request("PUT", f"/api/v1/models/{_segment(key)}", _encode(body))

    def put_region(
        self,
        key: str,
        name: str,
        retention_days: Optional[int] = None,
        sensitive_fields: Sequence[str] = (),
    ) -> Json:
        """Creates or updates a region; answers `{"region": ..., "created": bool}`."""
        body = {
            "name": name,
            "retentionDays": retention_days,
            "sensitiveFields": list(sensitive_fields),
        }
        return self._request("PUT", f"/api/v1/regions/{_segment(key)}", _encode(body))

    def push_predictions(self, predictions: Iterable[Mapping[str, Any]]) -> Dict[str, int]:
        """Pushes predictions in batches; answers the summed counts.

        Batches are stored one by one: when a later one fails, the earlier
        ones stay stored, and pushing the whole list again is safe.
        """
        totals = {"accepted": 0, "duplicates": 0, "flagged": 0, "audited": 0}
        items = _encode_items(predictions, "predictions")
        for body in _batches(items, "predictions", MAX_PREDICTIONS, PREDICTIONS_MAX_BYTES):
            _add_counts(totals, self._request("POST", "/api/v1/predictions", body))
        return totals

    def push_outcomes(self, outcomes: Iterable[Mapping[str, Any]]) -> Dict[str, int]:
        """Pushes outcomes (`{"model", "predictionId", "label", "observedAt"?}`)
        in batches; answers `{"accepted", "unknown"}` summed."""
        totals = {"accepted": 0, "unknown": 0}
        items = _encode_items(outcomes, "outcomes")
        for body in _batches(items, "outcomes", MAX_OUTCOMES, OUTCOMES_MAX_BYTES):
            _add_counts(totals, self._request("POST", "/api/v1/outcomes", body))
        return totals

    def upload_reference(
        self,
        model_key: str,
        rows: Iterable[Mapping[str, Any]],
        replace: bool = False,
    ) -> Json:
        """Appends `{"features", "label"?}` rows to a model's training reference,
        or replaces it; answers `{"rows": total}`. An empty `rows` with
        `replace=True` empties the reference.

        Appending is not idempotent, so an append is retried only when the
        server surely did not take it (429, connection refused).
        """
        path = f"/api/v1/models/{_segment(model_key)}/reference"
        items = _encode_items(rows, "rows")
        result: Json = {}
        for index, body in enumerate(
            _batches(items, "rows", MAX_REFERENCE_ROWS, REFERENCE_MAX_BYTES, allow_empty=True)
        ):
            first_replaces = replace and index == 0
            body = body[:-1] + (b',"replace":true}' if first_replaces else b',"replace":false}')
            result = self._request("POST", path, body, idempotent=first_replaces)
        return result

    def _request(
        self,
        method: str,
        path: str,
        body: Optional[bytes] = None,
        idempotent: bool = True,
    ) -> Json:
        attempt = 0
        while True:
            try:
                return self._send(method, path, body)
            except TidelineError as error:
                delay = self._retry_delay(error, attempt, idempotent)
                if delay is None:
                    raise
            attempt += 1
            self._sleep(delay)

    def _retry_delay(
        self, error: TidelineError, attempt: int, idempotent: bool
    ) -> Optional[float]:
        """Seconds to wait before retrying, or None when the error is final."""
        if attempt >= self.max_retries:
            return None

        refused = error.status == 0 and isinstance(error.__cause__, ConnectionRefusedError)
        if idempotent:
            retryable = error.status == 0 or error.status in RETRY_STATUSES
        else:
            retryable = refused or error.status == 429
        if not retryable:
            return None

        if error.retry_after is not None:
            return error.retry_after
        ceiling = min(BACKOFF_CAP_SECONDS, self.backoff * 2**attempt)
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _send(self, method: str, path: str, body: Optional[bytes]) -> Json:
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(
            self.base_url + path, data=body, headers=headers, method=method
        )

        try:
            with urllib.request.urlopen(
                request, timeout=self.timeout, context=self._ssl_context
            ) as response:
                return _parse_success(response.status, response.read())
        except urllib.error.HTTPError as answer:
            raise _error_from(answer) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as failure:
            reason = getattr(failure, "reason", failure)
            cause = reason if isinstance(reason, BaseException) else failure
            raise TidelineError(0, "network_error", f"{method} {path}: {reason}") from cause


def _parse_success(status: int, raw: bytes) -> Json:
    if status == 204 or not raw:
        return {}
    try:
        return json.loads(raw)
    except ValueError:
        raise TidelineError(status, "bad_response", "The answer is not JSON.") from None


def _error_from(answer: urllib.error.HTTPError) -> TidelineError:
    """The API's error body as a TidelineError; a proxy's HTML page too."""
    raw = answer.read() or b""
    retry_after = _seconds(answer.headers.get("Retry-After"))
    try:
        error = json.loads(raw)["error"]
        return TidelineError(
            answer.code,
            str(error.get("code", "unknown")),
            str(error.get("message", "")),
            error.get("details") or [],
            error.get("requestId"),
            retry_after,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        text = raw.decode("utf-8", "replace").strip()[:200]
        reason = text or str(answer.reason)
        return TidelineError(answer.code, f"http_{answer.code}", reason, retry_after=retry_after)


def _seconds(header: Optional[str]) -> Optional[float]:
    """Retry-After in seconds; the HTTP-date form is left to the backoff."""
    try:
        value = float(header) if header is not None else None
    except ValueError:
        return None
    return value if value is not None and value >= 0 else None


def _encode(value: Any) -> bytes:
    try:
        text = json.dumps(value, allow_nan=False, ensure_ascii=False, separators=(",", ":"))
    except ValueError as error:
        raise ValueError(
            f"{error}: NaN and infinity are not JSON; send null for a missing value"
        ) from None
    return text.encode("utf-8")


def _encode_items(items: Iterable[Mapping[str, Any]], field: str) -> List[bytes]:
    encoded = []
    for index, item in enumerate(items):
        try:
            encoded.append(_encode(item))
        except ValueError as error:
            raise ValueError(f"{field}[{index}]: {error}") from None
    return encoded


def _batches(
    items: List[bytes],
    field: str,
    max_items: int,
    max_bytes: int,
    allow_empty: bool = False,
) -> Iterator[bytes]:
    """Request bodies `{"<field>":[...]}` within both limits; an item bigger
    than `max_bytes` goes alone, and the server's 413 says so."""
    head = b'{"' + field.encode() + b'":['
    # Room for the closing `]}` and for `,"replace":false` on reference bodies.
    budget = max_bytes - len(head) - 32
    batch: List[bytes] = []
    size = 0

    for item in items:
        if batch and (len(batch) >= max_items or size + len(item) + 1 > budget):
            yield head + b",".join(batch) + b"]}"
            batch, size = [], 0
        batch.append(item)
        size += len(item) + 1

    if batch or allow_empty:
        yield head + b",".join(batch) + b"]}"


def _add_counts(totals: Dict[str, int], counts: Mapping[str, Any]) -> None:
    for name in totals:
        totals[name] += int(counts.get(name, 0))


def _camel_keys(mapping: Mapping[str, Any]) -> Json:
    """`audit_rate` -> `auditRate`; keys already in camelCase stay as they are."""
    return {_camel(key): value for key, value in mapping.items()}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _segment(key: str) -> str:
    return urllib.parse.quote(key, safe="")
