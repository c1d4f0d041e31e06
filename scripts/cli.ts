/**
 * The admin command line: `npm run cli -- <group> <command> [--flags]`.
 * It opens the same database as the server (DATABASE_URL, else the embedded
 * folder) and calls the same lib/ functions, so every change is audited.
 */
import os from "node:os";
import { parseArgs } from "node:util";

import { z } from "zod";

import { openDatabase, targetFromEnv } from "../db/open";
import type { Db } from "../db/types";
import type { Actor } from "../lib/auth/actor";
import { generatePassword } from "../lib/auth/password";
import { SCOPES } from "../lib/auth/scopes";
import { verifyAuditChain } from "../lib/audit/verify";
import { validationError } from "../lib/api/error-response";
import { createTokenBody } from "../lib/contract/tokens";
import { createUserBody } from "../lib/contract/users";
import { ApiError } from "../lib/errors";
import { listTokens, revokeToken, createToken } from "../lib/tokens";
import { createUser, listUsers, updateUser } from "../lib/users";

const USAGE = `Usage: npm run cli -- <command> [options]

  token create --name N --scopes a,b [--regions r1,r2] [--expires-days D]
                                     a service token; its secret is the last line printed
  token list                         every token, without secrets
  token revoke ID
  user create --email E --name N --role R [--regions r1,r2] [--password P]
  user set-password EMAIL [--password P]   generated and printed when not given
  user list
  audit verify                       recompute the audit trail's hash chain

Scopes: ${SCOPES.join(", ")}. Roles: admin, data_scientist, lead_reviewer, reviewer.`;

const CLI_ACTOR: Actor = {
  kind: "service",
  id: "cli",
  name: `command line (${os.userInfo().username})`,
  role: null,
  scopes: new Set(SCOPES),
  regions: "all",
  via: "token",
  tokenId: null,
  ratePerSecond: null,
};

const list = (value: string | undefined) =>
  value
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
    : undefined;

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, "command");
  return result.data;
}

type Flags = Record<string, string | undefined>;
type Command = (db: Db, flags: Flags, rest: string[]) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  "token create": async (db, flags) => {
    const input = parse(createTokenBody, {
      name: flags.name,
      kind: "service",
      scopes: list(flags.scopes),
      regions: list(flags.regions) ?? null,
      expiresInDays: flags["expires-days"] ? Number(flags["expires-days"]) : null,
    });
    const { token, secret } = await createToken(db, CLI_ACTOR, input);
    console.log(
      `Created service token "${token.name}" (${token.id}) with ${token.scopes.join(", ")}.`,
    );
    console.log("Store it now: only its hash is kept.");
    console.log(secret);
  },
  "token list": async (db) => {
    const tokens = await listTokens(db, CLI_ACTOR, true);
    console.table(
      tokens.map((t) => ({
        id: t.id,
        name: t.name,
        kind: t.kind,
        prefix: t.prefix,
        scopes: t.scopes.join(","),
        revoked: Boolean(t.revokedAt),
      })),
    );
  },
  "token revoke": async (db, _flags, [id]) => {
    const token = await revokeToken(db, CLI_ACTOR, parse(z.uuid(), id));
    console.log(`Revoked "${token.name}".`);
  },
  "user create": async (db, flags) => {
    const input = parse(createUserBody, {
      email: flags.email,
      name: flags.name,
      role: flags.role,
      regions: list(flags.regions) ?? [],
      password: flags.password,
    });
    const { user, password } = await createUser(db, CLI_ACTOR, input);
    console.log(`Created ${user.role} ${user.email}.`);
    if (password) console.log(`Password (shown once): ${password}`);
  },
  "user set-password": async (db, flags, [email]) => {
    const user = (await listUsers(db)).find((u) => u.email === email?.toLowerCase());
    if (!user) throw new ApiError("not_found", `No user has the e-mail ${email}.`);

    const password = flags.password ?? generatePassword();
    await updateUser(db, CLI_ACTOR, user.id, { password, disabled: false });
    console.log(`New password for ${user.email}${flags.password ? " set." : ":"}`);
    if (!flags.password) console.log(password);
  },
  "user list": async (db) => {
    console.table((await listUsers(db)).map(({ createdAt: _c, ...user }) => user));
  },
  "audit verify": async (db) => {
    const result = await verifyAuditChain(db);
    console.log(JSON.stringify(result));
    if (!result.ok) process.exitCode = 1;
  },
};

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: Object.fromEntries(
      ["name", "scopes", "regions", "expires-days", "email", "role", "password"].map(
        (flag) => [flag, { type: "string" as const }],
      ),
    ),
  });
  const [group, verb, ...rest] = positionals;
  const command = COMMANDS[`${group} ${verb}`];
  if (!command) {
    console.log(USAGE);
    process.exitCode = group ? 2 : 0;
    return;
  }

  const database = await openDatabase(targetFromEnv());
  try {
    await command(database.db, values as Flags, rest);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  if (error instanceof ApiError) {
    console.error(`Error: ${error.message}`);
    for (const detail of error.details)
      console.error(`  ${detail.path}: ${detail.message}`);
  } else {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
});
