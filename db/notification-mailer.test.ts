import type { AddressInfo } from "node:net";
import { eq, isNull } from "drizzle-orm";
import { createTransport } from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, openPrivateDatabase } from "@/tests/databases";
import type { DatabaseHandle, DatabaseKind } from "./index";
import { sendPendingNotifications } from "./notification-mailer";
import { cases, notifications, users } from "./schema";

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port that keeps what it receives. */
async function startSmtp(): Promise<{ url: string; received: Received[]; stop: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        // Long lines arrive quoted-printable (RFC 2045): soft breaks and =XX escapes undone.
        const decoded = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: decoded });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

const options = { from: "Professional Standards Cases <no-reply@psd.police.example>", siteUrl: "https://psd.police.example" };

describe.each(databaseKinds)("notification emails through a real SMTP server on %s", (kind: DatabaseKind) => {
  let handle: DatabaseHandle;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    handle = await openPrivateDatabase(kind, { seed: true });
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp.stop();
    await handle.close();
  });

  it("sends each notification once, with the reference and a link and no case content", async () => {
    const db = handle.db;
    const [investigator] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, "investigator@demo.police.uk"));
    const [someCase] = await db.select({ ref: cases.ref, summary: cases.summary }).from(cases).limit(1);
    await db.update(notifications).set({ emailedAt: new Date() }).where(isNull(notifications.emailedAt));
    await db.insert(notifications).values({ userId: investigator!.id, kind: "case_assigned", reference: someCase!.ref });

    // Two server processes at once: the batch each claims is skipped by the other.
    const transport = createTransport(smtp.url);
    const sent = await Promise.all([sendPendingNotifications(db, transport, options), sendPendingNotifications(db, transport, options)]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sendPendingNotifications(db, transport, options)).toBe(0);

    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message!.to).toEqual([investigator!.email]);
    expect(message!.raw).toContain(`Subject: A case was assigned to you: ${someCase!.ref}`);
    expect(message!.raw).toContain(`https://psd.police.example/cases/${someCase!.ref}`);
    expect(message!.raw).not.toContain(someCase!.summary.slice(0, 20));
  });
});
