import { and, count, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import { workingDayDue } from "@/lib/calendar/working-days";
import { todayIso } from "@/lib/dates";
import { notificationKinds } from "@/lib/vocabulary";
import type { MailSender } from "./notification-mailer";
import { isDatabaseUnavailable } from "./errors";
import type { Database } from "./index";
import { cases, jobRuns, notifications, tasks, users } from "./schema";

/**
 * Runs a job for the day unless some process already has: the claim and the job's work
 * are one transaction, so a second process waits on the first's claim and then finds it
 * taken, and a job that fails leaves the day unclaimed for the next try.
 */
export async function runOncePerDay(db: Database, job: string, day: string, work: (tx: Database) => Promise<unknown>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const claimed = await tx.insert(jobRuns).values({ job, runOn: day }).onConflictDoNothing().returning({ job: jobRuns.job });
    if (claimed.length === 0) return false;
    await work(tx as unknown as Database);
    return true;
  });
}

/**
 * Statutory tasks due within `workingDays` working days (or overdue) and not done: the
 * case's investigator is told, or the supervisors when nobody is assigned. Once a week
 * per task and person at most, so that a near deadline is a reminder, not a daily nag.
 */
export async function remindOfDeadlines(db: Database, today: string, workingDays: number): Promise<number> {
  const horizon = workingDayDue(today, workingDays);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ ref: cases.ref, assignedTo: cases.assignedTo, restricted: cases.restricted })
      .from(tasks)
      .innerJoin(cases, eq(cases.id, tasks.caseId))
      .where(and(isNull(tasks.completedAt), lte(tasks.dueOn, horizon)));
    if (due.length === 0) return 0;
    const supervisors = (
      await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, "supervisor"), eq(users.disabled, false)))
    ).map((u) => u.id);
    const wanted = due.flatMap((task) =>
      // A restricted case's reference is shown only to those on its access list: its investigator, never the supervisors at large.
      (task.assignedTo ? [task.assignedTo] : task.restricted ? [] : supervisors).map((userId) => ({ userId, reference: task.ref })),
    );
    const recent = await tx
      .select({ userId: notifications.userId, reference: notifications.reference })
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, "deadline_soon"),
          inArray(notifications.reference, [...new Set(due.map((t) => t.ref))]),
          gte(notifications.createdAt, sql`now() - interval '7 days'`),
        ),
      );
    const told = new Set(recent.map((r) => `${r.userId} ${r.reference}`));
    const fresh = [...new Map(wanted.filter((w) => !told.has(`${w.userId} ${w.reference}`)).map((w) => [`${w.userId} ${w.reference}`, w])).values()];
    if (fresh.length > 0) await tx.insert(notifications).values(fresh.map((f) => ({ ...f, kind: "deadline_soon" as const })));
    return fresh.length;
  });
}

/**
 * The daily digest: one email to each person with unread notifications, counting them by
 * kind, with a link to sign in. No reference and no case content: the list is in the app.
 */
export async function sendDailyDigest(db: Database, mail: MailSender, options: { from: string; siteUrl: string }): Promise<number> {
  const rows = await db
    .select({ email: users.email, kind: notifications.kind, n: count() })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(isNull(notifications.readAt), eq(users.disabled, false)))
    .groupBy(users.email, notifications.kind);
  const byPerson = new Map<string, string[]>();
  for (const row of rows) byPerson.set(row.email, [...(byPerson.get(row.email) ?? []), `- ${notificationKinds.labels[row.kind]}: ${row.n}`]);
  for (const [email, lines] of byPerson) {
    await mail.sendMail({
      from: options.from,
      to: email,
      subject: "Your unread notifications in Professional Standards Cases",
      text: ["Unread notifications:", ...lines, "", `Sign in to read them: ${new URL("/", options.siteUrl).toString()}`, "OFFICIAL-SENSITIVE"].join("\n"),
    });
  }
  return byPerson.size;
}

/**
 * Runs the daily jobs in this process: every few minutes it tries to claim today's run
 * (London's today), so that the first process up after midnight runs them and no other
 * does. The digest goes only when there is a mail sender.
 */
export function startDailyJobs(
  getDb: () => Promise<Database>,
  options: { mail: MailSender | null; from: string; siteUrl: string; reminderWorkingDays: number; everyMs?: number; onError: (error: unknown) => void },
): () => void {
  let running = false;
  const tick = async () => {
    const db = await getDb();
    const today = todayIso();
    await runOncePerDay(db, "deadline_reminders", today, (tx) => remindOfDeadlines(tx, today, options.reminderWorkingDays));
    const mail = options.mail;
    if (mail) await runOncePerDay(db, "daily_digest", today, (tx) => sendDailyDigest(tx, mail, options));
  };
  const timer = setInterval(
    () => {
      if (running) return;
      running = true;
      tick()
        .catch((error: unknown) => {
          if (!isDatabaseUnavailable(error)) options.onError(error);
        })
        .finally(() => {
          running = false;
        });
    },
    options.everyMs ?? 5 * 60_000,
  );
  timer.unref();
  return () => clearInterval(timer);
}
