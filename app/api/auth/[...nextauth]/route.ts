import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

import { sessionOptions } from "@/lib/auth/session-options";
import { getDb } from "@/lib/server/database";

type Context = { params: Promise<{ nextauth: string[] }> };

async function auth(request: NextRequest, context: Context) {
  const options = await sessionOptions(await getDb());
  return NextAuth(request, { params: await context.params }, options);
}

export { auth as GET, auth as POST };
