import { describe, expect, it } from "vitest";

import { oidcProviders } from "@/lib/auth/session-options";

describe("OpenID Connect", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(oidcProviders({})).toEqual([]);
    expect(
      oidcProviders({ OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_ID: "x" }),
    ).toEqual([]);
  });

  it("discovers the issuer's endpoints and asks for e-mail", () => {
    const [provider] = oidcProviders({
      OIDC_ISSUER: "https://idp.example/realms/acme/",
      OIDC_CLIENT_ID: "tideline",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_NAME: "Acme SSO",
    });

    expect(provider).toMatchObject({
      id: "oidc",
      name: "Acme SSO",
      wellKnown: "https://idp.example/realms/acme/.well-known/openid-configuration",
      idToken: true,
      authorization: { params: { scope: "openid email profile" } },
    });
  });
});
