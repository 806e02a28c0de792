import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { buildAuthOptions } from "@/server/auth/options";

// Built per request: the options read the environment and the secret, which `next build` must not need.
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request, context, buildAuthOptions());
}

export { handler as GET, handler as POST };
