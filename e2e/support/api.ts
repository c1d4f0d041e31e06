import { randomBytes } from "node:crypto";

import {
  type APIRequestContext,
  type APIResponse,
  expect,
  request,
} from "@playwright/test";

import { E2E_ADMIN } from "./servers";

export const PASSWORD = "e2e user password";

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export function bearer(token: string) {
  return { Authorization: `Bearer ${token}` };
}

export const adminHeaders = bearer(E2E_ADMIN.token);

/** Checks the API's error shape and code, and answers the body. */
export async function expectError(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({ error: { code, message: expect.any(String) } });
  expect(Array.isArray(body.error.details)).toBe(true);
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
  return body.error;
}

export async function makeRegion(api: APIRequestContext, key = unique("region")) {
  const response = await api.put(`/api/v1/regions/${key}`, {
    headers: adminHeaders,
    data: { name: `Region ${key}`, retentionDays: 30, sensitiveFields: ["email"] },
  });
  expect(response.status(), await response.text()).toBe(200);
  return key;
}

export async function makeUser(
  api: APIRequestContext,
  role: string,
  regions: string[] = [],
) {
  const email = `${unique(role)}@e2e.test`;
  const response = await api.post("/api/v1/users", {
    headers: adminHeaders,
    data: { email, name: `E2E ${role}`, role, regions, password: PASSWORD },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { user } = await response.json();
  return { id: user.id as string, email };
}

/** A request context signed in through next-auth's credentials flow, as a browser would be. */
export async function signedIn(baseURL: string, email: string, password = PASSWORD) {
  const context = await request.newContext({
    baseURL,
    extraHTTPHeaders: { Origin: baseURL },
  });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  // next-auth answers 401 to a wrong password; callers then find no session.
  expect([200, 302, 401]).toContain(response.status());
  return context;
}

export async function personalToken(
  session: APIRequestContext,
  scopes: string[],
  regions: string[] | null = null,
) {
  const response = await session.post("/api/v1/tokens", {
    data: { name: unique("token"), scopes, regions },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { token: { id: string }; secret: string };
}

/** A churn model (stay / churn; age numerical, plan categorical), flagged at 0.4 by least confidence. */
export async function makeChurnModel(api: APIRequestContext, overrides: object = {}) {
  const key = unique("churn");
  const response = await api.put(`/api/v1/models/${key}`, {
    headers: adminHeaders,
    data: {
      name: `Churn ${key}`,
      labels: ["stay", "churn"],
      features: [
        { name: "age", type: "numerical" },
        { name: "plan", type: "categorical" },
      ],
      flagging: { strategy: "least_confidence", threshold: 0.4, auditRate: 0 },
      ...overrides,
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  return key;
}
