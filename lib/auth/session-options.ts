import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { eq } from "drizzle-orm";

import { user } from "@/db/schema";
import type { Db } from "@/db/types";
import { sessionSecret } from "@/lib/bootstrap";
import { log } from "@/lib/log";
import { verifyCredentials } from "@/lib/users";

export const SESSION_MAX_AGE_S = Number(process.env.TIDELINE_SESSION_HOURS ?? 12) * 3600;

/**
 * next-auth settings. Sessions are JWTs that carry only the user id; every
 * request reads the user afresh, so a disabled user or a changed role applies
 * at once.
 */
export async function sessionOptions(db: Db): Promise<NextAuthOptions> {
  return {
    secret: await sessionSecret(db),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/signin" },
    logger: sessionLogger,
    providers: [credentialsProvider(db), ...oidcProviders()],
    callbacks: {
      signIn: async ({ user: signedIn, account }) => {
        if (account?.provider !== "oidc") return true;
        return Boolean(await userIdForOidc(db, signedIn.email));
      },
      jwt: async ({ token, user: signedIn, account }) => {
        if (!signedIn) return token;
        const id =
          account?.provider === "oidc"
            ? await userIdForOidc(db, signedIn.email)
            : signedIn.id;
        return { ...token, sub: id ?? undefined };
      },
      session: async ({ session, token }) => ({ ...session, userId: token.sub }),
    },
  };
}

// Expired or tampered session cookies are the client's state, not our fault:
// log them at info, without next-auth's stack traces.
const CLIENT_FAULTS = new Set(["JWT_SESSION_ERROR", "CLIENT_FETCH_ERROR"]);

const sessionLogger: NextAuthOptions["logger"] = {
  error: (code, metadata) => {
    const message = (metadata as { message?: string } | undefined)?.message;
    if (CLIENT_FAULTS.has(code))
      log.info({ event: "session_rejected", code, message }, "session");
    else log.error({ event: "auth_error", code, message }, "next-auth error");
  },
  warn: (code) => log.warn({ event: "auth_warning", code }, "next-auth warning"),
  debug: () => {},
};

function credentialsProvider(db: Db) {
  return CredentialsProvider({
    name: "E-mail and password",
    credentials: {
      email: { label: "E-mail", type: "email" },
      password: { label: "Password", type: "password" },
    },
    authorize: async (credentials) => {
      const email = String(credentials?.email ?? "").slice(0, 254);
      const password = String(credentials?.password ?? "").slice(0, 200);
      const row = await verifyCredentials(db, email, password);

      log.info(
        { event: "sign_in", ok: Boolean(row), userId: row?.id },
        "credentials sign-in",
      );
      return row ? { id: row.id, email: row.email, name: row.name } : null;
    },
  });
}

/**
 * OpenID Connect, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are
 * set. Only people an admin has added (matched by verified e-mail) get in.
 */
export function oidcProviders(
  env: Record<string, string | undefined> = process.env,
): OAuthConfig<Record<string, string>>[] {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return [];

  return [
    {
      id: "oidc",
      name: env.OIDC_NAME ?? "Single sign-on",
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (profile) => ({
        id: profile.sub!,
        name: profile.name ?? profile.email,
        email: profile.email_verified === "false" ? null : profile.email,
      }),
    },
  ];
}

async function userIdForOidc(db: Db, email: string | null | undefined) {
  if (!email) return null;

  const [row] = await db.select().from(user).where(eq(user.email, email.toLowerCase()));
  return row && !row.disabledAt ? row.id : null;
}
