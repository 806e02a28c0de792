import argon2 from "argon2";
import pLimit from "p-limit";

// OWASP's argon2id baseline: 64 MiB, 3 passes.
const options = { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 1 } as const;

/**
 * At most two password checks run at once (each takes 64 MiB and a core for about a
 * tenth of a second): a burst of sign-ins waits its turn instead of taking the CPU from
 * every other request. Past `MAX_WAITING` waiting, new sign-ins are turned away at once.
 */
const checks = pLimit(2);
const MAX_WAITING = 64;

/** Whether a new sign-in should be turned away because too many checks are already waiting. */
export function passwordChecksBusy(): boolean {
  return checks.pendingCount >= MAX_WAITING;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return checks(async () => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  });
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so an unknown email cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("not-a-real-account-password");
  await verifyPassword(await dummyHash, password);
  return false;
}
