import Link from "next/link";

import { CodeBlock } from "@/components/ui/code-block";

export function firstModelExample(baseUrl: string) {
  return `curl -X PUT ${baseUrl}/api/v1/models/churn \\
  -H "Authorization: Bearer $TIDELINE_TOKEN" -H "Content-Type: application/json" \\
  -d '{"name": "Churn classifier", "labels": ["stay", "churn"],
       "features": [{"name": "age", "type": "numerical"},
                    {"name": "plan", "type": "categorical"}],
       "flagging": {"strategy": "least_confidence", "threshold": 0.4, "auditRate": 0.02}}'`;
}

export function firstPredictionExample(baseUrl: string) {
  return `curl -X POST ${baseUrl}/api/v1/predictions \\
  -H "Authorization: Bearer $TIDELINE_TOKEN" -H "Content-Type: application/json" \\
  -d '{"predictions": [{"id": "svc-1", "model": "churn", "modelVersion": "2026.12.1",
       "region": "eu-west", "client": "acme", "timestamp": "2026-12-01T10:00:00Z",
       "features": {"age": 41, "plan": "pro"},
       "output": {"label": "churn", "probabilities": {"stay": 0.45, "churn": 0.55}}}]}'`;
}

/** The steps from nothing to a first prediction in a queue, ready to copy. */
export function FirstPredictionSteps({ baseUrl }: { baseUrl: string }) {
  return (
    <ol className="mt-4 space-y-4 text-left">
      <li>
        <p className="mb-2 font-medium text-slate-800">
          1. Create a token with the <code>admin</code> and <code>ingest</code> scopes on
          the{" "}
          <Link className="text-tide-700 underline" href="/tokens">
            API tokens
          </Link>{" "}
          page, and export it as <code>TIDELINE_TOKEN</code>.
        </p>
      </li>
      <li>
        <p className="mb-2 font-medium text-slate-800">2. Register a model:</p>
        <CodeBlock code={firstModelExample(baseUrl)} />
      </li>
      <li>
        <p className="mb-2 font-medium text-slate-800">
          3. Push a prediction it was unsure of:
        </p>
        <CodeBlock code={firstPredictionExample(baseUrl)} />
      </li>
    </ol>
  );
}
