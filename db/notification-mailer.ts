import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { notificationEmail } from "@/lib/notifications/messages";
import { isDatabaseUnavailable } from "./errors";
import type { Database } from "./index";
import { notifications, users } from "./schema";

/** What sends one email; nodemailer's transport in the server, anything alike in tests. */
export interface MailSender {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/**
 * Emails the notifications not yet emailed, a batch at a time, each once however many
 * server processes run this: a batch is claimed with FOR UPDATE SKIP LOCKED, so two
 * processes take different rows, and marked emailed in the same transaction, so a send
 * that fails leaves its row for the next round. Disabled accounts get no email.
 */
export async function sendPendingNotifications(db: Database, mail: MailSender, options: { from: string; siteUrl: string; batch?: number }): Promise<number> {
  return db.transaction(async (tx) => {
    const pending = await tx
      .select({ id: notifications.id, kind: notifications.kind, reference: notifications.reference, email: users.email, disabled: users.disabled })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(isNull(notifications.emailedAt))
      .orderBy(asc(notifications.id))
      .limit(options.batch ?? 50)
      .for("update", { of: notifications, skipLocked: true });
    for (const item of pending) {
      if (item.disabled) continue;
      const { subject, text } = notificationEmail({ kind: item.kind, reference: item.reference, siteUrl: options.siteUrl });
      await mail.sendMail({ from: options.from, to: item.email, subject, text });
    }
    if (pending.length > 0) {
      await tx
        .update(notifications)
        .set({ emailedAt: new Date() })
        .where(
          and(
            inArray(
              notifications.id,
              pending.map((p) => p.id),
            ),
            isNull(notifications.emailedAt),
          ),
        );
    }
    return pending.filter((p) => !p.disabled).length;
  });
}

/** Runs the mailer every `everyMs` in this process; returns a stop. */
export function startNotificationMailer(
  getDb: () => Promise<Database>,
  mail: MailSender,
  options: { from: string; siteUrl: string; everyMs?: number; onError: (error: unknown) => void },
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    getDb()
      .then((db) => sendPendingNotifications(db, mail, options))
      .catch((error: unknown) => {
        if (!isDatabaseUnavailable(error)) options.onError(error);
      })
      .finally(() => {
        running = false;
      });
  }, options.everyMs ?? 10_000);
  timer.unref();
  return () => clearInterval(timer);
}
