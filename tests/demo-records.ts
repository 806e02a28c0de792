import { eq } from "drizzle-orm";
import type { Database } from "@/db/index";
import { createCase } from "@/db/queries/case-intake";
import { cases, subjects, users } from "@/db/schema";
import type { CaseIntake } from "@/lib/validation/cases";

/** A demo account by email, as the queries take an actor: what role it has and which team it is in. */
export async function demoAccount(db: Pick<Database, "select">, email: string) {
  const [user] = await db.select({ id: users.id, role: users.role, team: users.team, email: users.email }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`There is no demo account ${email}`);
  return user;
}

export type DemoAccount = Awaited<ReturnType<typeof demoAccount>>;

/** Several demo accounts, by what their email says before @demo.police.uk ("investigator2", "supervisor" …). */
export async function demoAccounts<const Name extends string>(db: Pick<Database, "select">, ...names: Name[]) {
  const accounts = {} as Record<Name, DemoAccount>;
  for (const name of names) accounts[name] = await demoAccount(db, `${name}@demo.police.uk`);
  return accounts;
}

type Officer = CaseIntake["subjects"][number];

/**
 * A valid intake for a conduct matter about discriminatory content in a team WhatsApp
 * group, recorded on 2026-11-20, naming these officers (constables with no allegation
 * written unless said); `changes` for what a test is about.
 */
export function caseIntake(officers: (Pick<Officer, "serviceNumber" | "name"> & Partial<Officer>)[], changes: Partial<CaseIntake> = {}): CaseIntake {
  return {
    summary: "Discriminatory memes shared in a team WhatsApp group",
    source: "colleague_report",
    platform: "whatsapp",
    channel: "group_chat",
    groupSize: 9,
    contentType: "discriminatory",
    matterType: "conduct_matter",
    device: "personal",
    recordedOn: "2026-11-20",
    subjects: officers.map((officer) => ({ rank: "constable", allegation: "", ...officer })),
    ...changes,
  };
}

/** The subjects of the case `ref`, as a test needs them to act on one. */
export async function subjectsOfCase(db: Pick<Database, "select">, ref: string) {
  return db
    .select({ id: subjects.id, version: subjects.version, personId: subjects.personId, caseId: subjects.caseId })
    .from(subjects)
    .innerJoin(cases, eq(cases.id, subjects.caseId))
    .where(eq(cases.ref, ref))
    .orderBy(subjects.id);
}

/** Records a case from `intake` as `actor`, and gives back its reference and its subjects. */
export async function caseWithSubjects(db: Database, actor: Parameters<typeof createCase>[1], intake: CaseIntake, today: string) {
  const { ref } = await createCase(db, actor, intake, today);
  return { ref, subjects: await subjectsOfCase(db, ref) };
}
