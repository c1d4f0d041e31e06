import { type APIRequestContext, expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";

import {
  adminHeaders,
  bearer,
  expectError,
  makeRegion,
  makeUser,
  personalToken,
  signedIn,
  unique,
} from "../support/api";
import { E2E_ADMIN } from "../support/servers";

type Credential = Record<string, string>;

/**
 * Every route against every kind of caller. `ok` is the success status, 401
 * and 403 are the refusals with the API's error shape.
 */
test.describe("who may call what", () => {
  const callers: Record<string, Credential> = {};
  let home: string;
  let elsewhere: string;

  test.beforeAll(async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    home = await makeRegion(api);
    elsewhere = await makeRegion(api);

    const roles = ["reviewer", "lead_reviewer", "data_scientist", "admin"] as const;
    for (const role of roles) {
      const user = await makeUser(api, role, [home]);
      const session = await signedIn(baseURL!, user.email);
      const all = [
        "ingest",
        "review",
        "datasets:read",
        "datasets:write",
        "metrics:read",
        "admin",
      ];
      const grantable = (await (await session.get("/api/v1/me")).json())
        .scopes as string[];
      const { secret } = await personalToken(
        session,
        all.filter((s) => grantable.includes(s)),
      );
      callers[role] = bearer(secret);
    }

    const revokedOwner = await makeUser(api, "reviewer", [home]);
    const revokedSession = await signedIn(baseURL!, revokedOwner.email);
    const revoked = await personalToken(revokedSession, ["review"]);
    await revokedSession.delete(`/api/v1/tokens/${revoked.token.id}`);
    callers.revoked = bearer(revoked.secret);

    const personalForService = await api.post("/api/v1/tokens", {
      headers: adminHeaders,
      data: { name: "nobody's", kind: "personal", scopes: ["ingest"] },
    });
    await expectError(personalForService, 403, "forbidden");

    const ingest = await api.post("/api/v1/tokens", {
      headers: adminHeaders,
      data: { name: unique("svc"), kind: "service", scopes: ["ingest"], regions: [home] },
    });
    expect(ingest.status()).toBe(201);
    callers.service = bearer((await ingest.json()).secret);

    const expired = await encode({
      token: { sub: "00000000-0000-0000-0000-000000000000" },
      secret: E2E_ADMIN.sessionSecret,
      maxAge: -60,
    });
    callers.expiredSession = { Cookie: `next-auth.session-token=${expired}` };
    callers.badToken = bearer("tdl_not_a_real_token");
    callers.nobody = {};
  });

  const routes = [
    {
      name: "GET /api/v1/me",
      call: (a: APIRequestContext, h: Credential) => a.get("/api/v1/me", { headers: h }),
    },
    {
      name: "GET /api/v1/users",
      call: (a: APIRequestContext, h: Credential) =>
        a.get("/api/v1/users", { headers: h }),
    },
    {
      name: "POST /api/v1/users",
      call: (a: APIRequestContext, h: Credential) =>
        a.post("/api/v1/users", {
          headers: h,
          data: { email: `${unique("made")}@e2e.test`, name: "Made", role: "reviewer" },
        }),
    },
    {
      name: "GET /api/v1/tokens",
      call: (a: APIRequestContext, h: Credential) =>
        a.get("/api/v1/tokens", { headers: h }),
    },
    {
      name: "GET /api/v1/regions",
      call: (a: APIRequestContext, h: Credential) =>
        a.get("/api/v1/regions", { headers: h }),
    },
    {
      name: "GET own region",
      call: (a: APIRequestContext, h: Credential) =>
        a.get(`/api/v1/regions/${home}`, { headers: h }),
    },
    {
      name: "GET another region",
      call: (a: APIRequestContext, h: Credential) =>
        a.get(`/api/v1/regions/${elsewhere}`, { headers: h }),
    },
    {
      name: "PUT region",
      call: (a: APIRequestContext, h: Credential) =>
        a.put(`/api/v1/regions/${home}`, { headers: h, data: { name: "Home" } }),
    },
    {
      name: "GET /api/v1/audit",
      call: (a: APIRequestContext, h: Credential) =>
        a.get("/api/v1/audit", { headers: h }),
    },
    {
      name: "GET /api/v1/audit/verify",
      call: (a: APIRequestContext, h: Credential) =>
        a.get("/api/v1/audit/verify", { headers: h }),
    },
  ];

  // Columns: nobody, badToken, revoked, expiredSession, reviewer, lead, scientist, admin, service.
  const expected: Record<string, number[]> = {
    "GET /api/v1/me": [401, 401, 401, 401, 200, 200, 200, 200, 200],
    "GET /api/v1/users": [401, 401, 401, 401, 403, 403, 403, 200, 403],
    "POST /api/v1/users": [401, 401, 401, 401, 403, 403, 403, 201, 403],
    "GET /api/v1/tokens": [401, 401, 401, 401, 200, 200, 200, 200, 200],
    "GET /api/v1/regions": [401, 401, 401, 401, 200, 200, 200, 200, 200],
    "GET own region": [401, 401, 401, 401, 200, 200, 200, 200, 200],
    "GET another region": [401, 401, 401, 401, 403, 403, 403, 200, 403],
    "PUT region": [401, 401, 401, 401, 403, 403, 403, 200, 403],
    "GET /api/v1/audit": [401, 401, 401, 401, 403, 403, 403, 200, 403],
    "GET /api/v1/audit/verify": [401, 401, 401, 401, 403, 403, 403, 200, 403],
  };
  const columns = [
    "nobody",
    "badToken",
    "revoked",
    "expiredSession",
    "reviewer",
    "lead_reviewer",
    "data_scientist",
    "admin",
    "service",
  ];

  for (const route of routes) {
    test(route.name, async ({ request }) => {
      for (const [i, caller] of columns.entries()) {
        const status = expected[route.name]![i]!;
        const response = await route.call(request, callers[caller]!);
        if (status >= 400) {
          await expectError(
            response,
            status,
            status === 401 ? "unauthenticated" : "forbidden",
          );
        } else {
          expect(response.status(), `${caller}: ${await response.text()}`).toBe(status);
        }
      }
    });
  }

  test("a wrong password gets no session", async ({ baseURL }) => {
    const admin = await signedIn(baseURL!, E2E_ADMIN.email, "not the password");
    await expectError(await admin.get("/api/v1/me"), 401, "unauthenticated");
  });

  test("a session cookie cannot be used cross-site for a change", async ({ baseURL }) => {
    const session = await signedIn(baseURL!, E2E_ADMIN.email, E2E_ADMIN.password);
    const response = await session.put(`/api/v1/regions/${unique("csrf")}`, {
      headers: { Origin: "https://evil.example" },
      data: { name: "Evil" },
    });
    await expectError(response, 403, "forbidden");
  });
});
