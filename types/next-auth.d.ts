import type { Role } from "@/lib/vocabulary";

declare module "next-auth" {
  interface User {
    id: string;
    role?: Role;
    sid?: string;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    /** The server-side session this token belongs to (db sessions.id). */
    sid: string;
  }
}
