"""Tests for tideline_client.py.

`LiveServerTest` runs against the server named by TIDELINE_URL, with
TIDELINE_TOKEN holding a token with the admin scope; every test makes its own
region and model, so runs never collide. The other tests use a scripted
local HTTP server and need nothing.

    TIDELINE_URL=http://127.0.0.1:3000 TIDELINE_TOKEN=tdl_... \\
        python3 clients/python/test_tideline_client.py
"""

from __future__ import annotations

import json
import math
import os
import secrets
import sys
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Tuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from tideline_client import TidelineClient, TidelineError  # noqa: E402

Reply = Tuple[int, Dict[str, str], Any]


def unique(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(4)}"


def live_client() -> TidelineClient:
    url, token = os.environ.get("TIDELINE_URL"), os.environ.get("TIDELINE_TOKEN")
    if not url or not token:
        raise RuntimeError("set TIDELINE_URL and TIDELINE_TOKEN (a token with the admin scope)")
    # No retries: the retry logic has its own tests, and here a 5xx should
    # fail the run rather than pass on a second try.
    return TidelineClient(url, token, timeout=60, max_retries=0)


def prediction(pid: str, model: str, region: str, probabilities: Dict[str, float]) -> Dict:
    label = max(probabilities, key=lambda name: probabilities[name])
    return {
        "id": pid,
        "model": model,
        "modelVersion": "2026.12.1",
        "region": region,
        "client": "python-client-test",
        "timestamp": "2026-12-01T10:00:00Z",
        "features": {"age": 41, "plan": "pro"},
        "output": {"label": label, "probabilities": probabilities},
    }


class LiveServerTest(unittest.TestCase):
    def setUp(self) -> None:
        self.client = live_client()
        self.region = unique("py-region")
        self.model = unique("py-churn")
        self.client.put_region(self.region, "Python client test", retention_days=30)
        self.client.put_model(
            self.model,
            "Python client churn",
            labels=["stay", "churn"],
            features=[
                {"name": "age", "type": "numerical"},
                {"name": "plan", "type": "categorical"},
            ],
            flagging={"strategy": "least_confidence", "threshold": 0.4, "audit_rate": 0.0},
        )

    def test_health(self) -> None:
        self.assertEqual(self.client.health()["status"], "ok")

    def test_round_trip(self) -> None:
        batch = [
            prediction("p-1", self.model, self.region, {"stay": 0.45, "churn": 0.55}),
            prediction("p-2", self.model, self.region, {"stay": 0.95, "churn": 0.05}),
            prediction("p-3", self.model, self.region, {"stay": 0.1, "churn": 0.9}),
        ]
        first = self.client.push_predictions(batch)
        self.assertEqual(first, {"accepted": 3, "duplicates": 0, "flagged": 1, "audited": 0})

        again = self.client.push_predictions(batch)
        self.assertEqual(again["accepted"], 0)
        self.assertEqual(again["duplicates"], 3)

        outcomes = [
            {"model": self.model, "predictionId": "p-1", "label": "stay"},
            {"model": self.model, "predictionId": "p-2", "label": "stay"},
            {"model": self.model, "predictionId": "never-sent", "label": "churn"},
        ]
        self.assertEqual(self.client.push_outcomes(outcomes), {"accepted": 2, "unknown": 1})

        rows = [{"features": {"age": 20 + i, "plan": "basic"}, "label": "stay"} for i in range(10)]
        self.assertEqual(self.client.upload_reference(self.model, rows, replace=True)["rows"], 10)
        self.assertEqual(self.client.upload_reference(self.model, rows)["rows"], 20)

    def test_unknown_label_is_a_validation_error(self) -> None:
        bad = prediction("p-bad", self.model, self.region, {"stay": 0.3, "churn": 0.7})
        bad["output"]["label"] = "maybe"

        with self.assertRaises(TidelineError) as caught:
            self.client.push_predictions([bad])
        error = caught.exception
        self.assertEqual(error.status, 422)
        self.assertEqual(error.code, "validation_failed")
        paths = [detail["path"] for detail in error.details]
        self.assertTrue(any("output.label" in path for path in paths), paths)
        self.assertIn("output.label", str(error))


class ScriptedServer:
    """A local HTTP server answering from a script of replies, then 200
    `{"ok": true}`, and keeping every request it received."""

    def __init__(self, replies: Optional[List[Reply]] = None, echo_counts: bool = False) -> None:
        self.replies = list(replies or [])
        self.requests: List[Dict[str, Any]] = []
        self.echo_counts = echo_counts
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def answer(self, method: str, path: str, body: Any) -> Reply:
        self.requests.append({"method": method, "path": path, "body": body})
        if self.replies:
            return self.replies.pop(0)
        if self.echo_counts and isinstance(body, dict):
            items = body.get("predictions") or body.get("outcomes") or body.get("rows") or []
            return 200, {}, {"accepted": len(items), "duplicates": 0, "rows": len(items)}
        return 200, {}, {"ok": True}

    def _handler(self) -> type:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                status, headers, payload = server.answer(self.command, self.path, body)
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _reply

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


def api_error(status: int, code: str, details: Optional[List[Dict]] = None) -> Reply:
    body = {"error": {"code": code, "message": f"{code} answer", "details": details or []}}
    return status, {}, body


class ScriptedTestCase(unittest.TestCase):
    def serve(self, replies: Optional[List[Reply]] = None, **options: Any) -> TidelineClient:
        self.server = ScriptedServer(replies, **options)
        self.addCleanup(self.server.close)
        client = TidelineClient(self.server.url, "tdl_test", timeout=5, max_retries=3)
        self.sleeps: List[float] = []
        client._sleep = self.sleeps.append
        return client


class RetryTest(ScriptedTestCase):
    def test_retries_503_then_answers_the_final_body(self) -> None:
        client = self.serve([api_error(503, "internal"), api_error(503, "internal")])
        self.assertEqual(client.health(), {"ok": True})
        self.assertEqual(len(self.server.requests), 3)
        self.assertEqual(len(self.sleeps), 2)
        self.assertLessEqual(self.sleeps[0], self.sleeps[1], "backoff grows")

    def test_honours_retry_after_on_429(self) -> None:
        _, _, limited = api_error(429, "rate_limited")
        client = self.serve(
            [(429, {"Retry-After": "0"}, limited), (429, {"Retry-After": "7"}, limited)]
        )
        self.assertEqual(client.health(), {"ok": True})
        self.assertEqual(len(self.server.requests), 3)
        self.assertEqual(self.sleeps, [0.0, 7.0])

    def test_gives_up_after_max_retries(self) -> None:
        client = self.serve([api_error(500, "internal")] * 10)
        with self.assertRaises(TidelineError) as caught:
            client.health()
        self.assertEqual(caught.exception.status, 500)
        self.assertEqual(len(self.server.requests), 4)

    def test_does_not_retry_a_422(self) -> None:
        details = [{"index": 0, "path": "predictions.0.output.label", "message": "unknown"}]
        client = self.serve([api_error(422, "validation_failed", details)])
        with self.assertRaises(TidelineError) as caught:
            client.push_predictions([{"id": "x"}])
        self.assertEqual(len(self.server.requests), 1)
        self.assertEqual(caught.exception.details, details)
        self.assertIn("predictions.0.output.label: unknown", str(caught.exception))

    def test_retries_a_refused_connection(self) -> None:
        client = self.serve()
        self.server.close()
        with self.assertRaises(TidelineError) as caught:
            client.health()
        self.assertEqual(caught.exception.status, 0)
        self.assertEqual(caught.exception.code, "network_error")
        self.assertEqual(len(self.sleeps), 3)

    def test_a_reference_append_is_not_retried_after_a_503(self) -> None:
        client = self.serve([api_error(503, "internal"), api_error(503, "internal")])
        with self.assertRaises(TidelineError):
            client.upload_reference("m", [{"features": {}}])
        self.assertEqual(len(self.server.requests), 1)

        replaced = client.upload_reference("m", [{"features": {}}], replace=True)
        self.assertEqual(replaced, {"ok": True})
        self.assertEqual(len(self.server.requests), 3, "a replace is safe to repeat")

    def test_a_proxy_page_becomes_a_readable_error(self) -> None:
        page = (502, {"Content-Type": "text/html"}, b"<html>bad gateway</html>")
        client = self.serve([page] * 4)
        with self.assertRaises(TidelineError) as caught:
            client.health()
        self.assertEqual(caught.exception.code, "http_502")
        self.assertIn("bad gateway", str(caught.exception))


class BatchingTest(ScriptedTestCase):
    def test_splits_predictions_and_sums_counts(self) -> None:
        client = self.serve(echo_counts=True)
        counts = client.push_predictions([{"id": f"p-{i}"} for i in range(5_001)])
        self.assertEqual(counts["accepted"], 5_001)
        sizes = [len(r["body"]["predictions"]) for r in self.server.requests]
        self.assertEqual(sizes, [5_000, 1])

    def test_splits_outcomes(self) -> None:
        client = self.serve(echo_counts=True)
        counts = client.push_outcomes([{"predictionId": str(i)} for i in range(10_000)])
        self.assertEqual(counts, {"accepted": 10_000, "unknown": 0})
        self.assertEqual(len(self.server.requests), 2)

    def test_only_the_first_reference_chunk_replaces(self) -> None:
        client = self.serve(echo_counts=True)
        client.upload_reference("m", [{"features": {"x": i}} for i in range(50_001)], replace=True)
        bodies = [r["body"] for r in self.server.requests]
        self.assertEqual([len(b["rows"]) for b in bodies], [50_000, 1])
        self.assertEqual([b["replace"] for b in bodies], [True, False])
        self.assertEqual(self.server.requests[0]["path"], "/api/v1/models/m/reference")

    def test_nan_is_refused_before_any_request(self) -> None:
        client = self.serve()
        good = {"id": "ok", "features": {"age": 1}}
        bad = {"id": "bad", "features": {"age": math.nan}}
        with self.assertRaises(ValueError) as caught:
            client.push_predictions([good] * 6_000 + [bad])
        self.assertIn("predictions[6000]", str(caught.exception))
        self.assertEqual(self.server.requests, [])

    def test_put_model_sends_camel_case(self) -> None:
        client = self.serve()
        flagging = {"strategy": "margin", "threshold": 0.2, "audit_rate": 0.1}
        client.put_model("m", "M", ["a", "b"], [], flagging, labels_per_item=2)
        body = self.server.requests[0]["body"]
        self.assertEqual(body["flagging"]["auditRate"], 0.1)
        self.assertEqual(body["labelsPerItem"], 2)


if __name__ == "__main__":
    unittest.main()
