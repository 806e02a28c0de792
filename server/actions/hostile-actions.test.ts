/**
 * Every server action, called as its wrapper runs it (session, permission, zod, handler,
 * database), with hostile form data on a private copy of the seeded demo: it must answer
 * `{ ok: false }` with a message a person can act on, or succeed, never fail as an
 * unexpected error; and when it refuses, no table may have gained or lost a row.
 */
import fc from "fast-check";
import { and, eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { selectRows, type DatabaseHandle } from "@/db/index";
import { cases, chatGroupMembers, subjects, users } from "@/db/schema";
import { createChatGroupFromExport } from "@/db/queries/chat-groups";
import { addEvidence } from "@/db/queries/evidence";
import { requestMoreInformation } from "@/db/queries/report-triage";
import { submitReport } from "@/db/queries/reports";
import { createChatGroupSchema } from "@/lib/validation/chat-groups";
import { can } from "@/lib/permissions";
import { roles, type Role } from "@/lib/vocabulary";
import { openSeededDatabase } from "@/tests/databases";
import { spoiled } from "@/tests/hostile";
import { actionPermissions } from "@/tests/action-permissions";

const state: { handle?: DatabaseHandle; user?: { id: number; role: Role; team: string | null; email: string; name: string; disabled: boolean } } = {};

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/db", async (original) => ({ ...(await original<object>()), getDb: async () => state.handle!.db, getReadDb: async () => state.handle!.db }));
vi.mock("@/server/auth/session", () => ({ getCurrentUser: async () => state.user ?? null }));

const UNEXPECTED = /Something went wrong on our side/;

let countQuery: ReturnType<typeof sql> | undefined;

/** The number of rows of every table, in one statement. */
async function rowCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  if (!countQuery) {
    const tables = await selectRows<{ name: string }>(
      handle.db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const pairs = tables.map(({ name }) => sql`${name}::text, (select count(*) from ${sql.identifier(name)})`);
    countQuery = sql`select json_build_object(${sql.join(pairs, sql`, `)}) as counts`;
  }
  const [row] = await selectRows<{ counts: Record<string, number> | string }>(handle.db, countQuery);
  const counts = (typeof row!.counts === "string" ? JSON.parse(row!.counts) : row!.counts) as Record<string, number>;
  // A refused attempt on a record (deciding someone else's request, say) is itself audited: the trail may grow, nothing else.
  delete counts.audit_events;
  return counts;
}

function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

type Action = (previous: null, form: FormData) => Promise<{ ok: boolean; error?: string }>;

/**
 * A chat export in a case's evidence register and a group made from another: the
 * creation form for the first, and a member of the second to change.
 */
async function chatGroupExample(db: DatabaseHandle["db"], ref: string) {
  const [supervisor] = await db.select({ id: users.id, role: users.role, team: users.team }).from(users).where(eq(users.role, "supervisor")).limit(1);
  const text = (name: string) => `01/03/2021, 20:00 - Gwen Ashdown created group "${name}"\n02/03/2021, 21:15 - Tomasz Pilecki: <Media omitted>`;
  const upload = (name: string) =>
    addEvidence(db, supervisor!, ref, {
      fileName: `${name}.txt`,
      mediaType: "text/plain; charset=utf-8",
      description: null,
      content: new TextEncoder().encode(text(name)),
    });
  const [fresh, used] = [(await upload("Late turn"))!, (await upload("Early turn"))!];
  const create = (item: typeof fresh) => ({
    caseRef: ref,
    evidenceId: String(item.id),
    sha256: item.sha256,
    name: item.fileName.replace(".txt", ""),
    createdOn: "2021-03-01",
    "members.0.name": "Tomasz Pilecki",
    "members.0.match": "outside",
    "members.0.outside": "Civilian friend of a member",
    "members.1.name": "Gwen Ashdown",
    "members.1.match": "unknown",
  });
  const { id } = await createChatGroupFromExport(db, supervisor!, createChatGroupSchema.parse(create(used)));
  const [member] = await db.select({ id: chatGroupMembers.id }).from(chatGroupMembers).where(eq(chatGroupMembers.groupId, id)).limit(1);
  return { create: create(fresh), member: { groupId: String(id), memberId: String(member!.id), version: "1" } };
}

/**
 * Fresh reports for the triage exits, one each so every exit has one to act on, and a
 * report of the first investigator's (the answering action's actor) waiting for an answer.
 */
async function triageExamples(db: DatabaseHandle["db"]) {
  const [supervisor] = await db.select({ id: users.id, role: users.role, team: users.team }).from(users).where(eq(users.role, "supervisor")).limit(1);
  const [reporter] = await db.select({ id: users.id, role: users.role, team: users.team }).from(users).where(eq(users.role, "investigator")).limit(1);
  const report = async () =>
    (
      await submitReport(db, reporter!, {
        description: "Offensive memes in the relief WhatsApp group",
        platform: "whatsapp",
        groupName: null,
        seenOn: null,
        peopleInvolved: null,
        confidential: false,
      })
    ).ref;
  const [nfa, link, duplicate, question, waiting] = [await report(), await report(), await report(), await report(), await report()];
  await requestMoreInformation(db, supervisor!, { ref: waiting, version: 1, question: "Which day did you see the messages?" });
  return { nfa, link, duplicate, question, waiting };
}

describe("every server action under hostile form data", () => {
  const actions: Record<string, Action> = {};
  const valid: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    state.handle = await openSeededDatabase("pglite");
    Object.assign(
      actions,
      await import("@/app/(app)/cases/actions"),
      await import("@/app/(app)/reports/actions"),
      await import("@/app/(app)/statistics/actions"),
      await import("@/app/(app)/admin/users/actions"),
      await import("@/app/(app)/app-permissions/actions"),
      await import("@/app/(app)/spot-checks/actions"),
      await import("@/app/(app)/chat-groups/actions"),
    );
    const db = state.handle.db;
    const [subject] = await db
      .select({ id: subjects.id, version: subjects.version, ref: cases.ref, caseVersion: cases.version })
      .from(subjects)
      .innerJoin(cases, eq(cases.id, subjects.caseId))
      .where(eq(cases.restricted, false))
      .limit(1);
    const [restricted] = await db.select({ ref: cases.ref }).from(cases).where(eq(cases.restricted, true)).limit(1);
    const [otherCase] = await db
      .select({ ref: cases.ref })
      .from(cases)
      .where(and(eq(cases.restricted, false), ne(cases.ref, subject!.ref)))
      .limit(1);
    const [investigator] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.role, "investigator")).limit(1);
    const [foi] = await selectRows<{ ref: string }>(db, sql`select ref from foi_requests limit 1`);
    const [report] = await selectRows<{ ref: string }>(db, sql`select ref from content_reports where status <> 'converted' limit 1`);
    const userId = String(investigator!.id);
    const chatGroup = await chatGroupExample(db, subject!.ref);
    const triage = await triageExamples(db);
    const password = "correct horse battery staple";
    Object.assign(valid, {
      recordFindingAction: {
        subjectId: String(subject!.id),
        version: String(subject!.version),
        finding: "no_case_to_answer",
        findingOn: "2026-01-31",
        rationale: "The evidence does not show the officer sent it.",
      },
      recordIopcReferralAction: {
        ref: subject!.ref,
        matterType: "conduct_matter",
        criteria: "discriminatory_aggravation",
        referred: "on",
        decidedOn: "2026-01-30",
        referredOn: "2026-01-31",
        rationale: "Racist memes shared by serving officers in a team group chat.",
      },
      recordIopcModeAction: { ref: subject!.ref, mode: "directed", modeDecidedOn: "2026-02-02" },
      recordCriminalProceedingsAction: {
        ref: subject!.ref,
        subjectId: String(subject!.id),
        referredOn: "2026-01-05",
        offence: "Misconduct in public office",
        indictableOnly: "on",
        chargedOn: "",
        outcome: "",
        outcomeOn: "",
      },
      recordMeasureAction: {
        ref: subject!.ref,
        subjectId: String(subject!.id),
        kind: "suspension",
        startedOn: "2026-01-05",
        reason: "Risk to the investigation",
      },
      decideBystanderAction: {
        ref: subject!.ref,
        memberId: chatGroup.member.memberId,
        version: "1",
        decision: "no_action",
        reason: "Outside the force: nothing to decide.",
      },
      addSubjectAction: {
        ref: subject!.ref,
        version: String(subject!.caseVersion),
        serviceNumber: "HOST01",
        name: "Pat Example",
        rank: "constable",
        allegation: "",
      },
      removeSubjectAction: {
        ref: subject!.ref,
        subjectId: String(subject!.id),
        version: String(subject!.version),
        reason: "Added to the wrong case by mistake.",
      },
      editCaseDetailsAction: {
        ref: subject!.ref,
        version: String(subject!.caseVersion),
        summary: "Discriminatory memes shared in a team WhatsApp group",
        platform: "whatsapp",
        channel: "group_chat",
        groupSize: "9",
        contentType: "discriminatory",
        device: "personal",
        incidentOn: "",
      },
      grantCaseAccessAction: { ref: restricted!.ref, email: investigator!.email, reason: "Needed for the hearing bundle", days: "3" },
      revokeCaseAccessAction: { ref: restricted!.ref, grantId: "1" },
      approveCaseAccessAction: { ref: restricted!.ref, grantId: "1" },
      createFoiRequestAction: { receivedOn: "2026-03-02", subject: "Misuse of social media 2018-2021", s12: "on", costEstimateHours: "20" },
      updateFoiRequestAction: { ref: foi?.ref ?? "FOI-2026-00001", status: "in_progress", respondedOn: "" },
      publishTableAction: { query: "rows=year&from=2018&to=2021", title: "Subjects by year", foiRef: "" },
      submitReportAction: {
        description: "A racist meme in the team chat",
        platform: "whatsapp",
        groupName: "Shift B",
        seenOn: "2026-02-01",
        peopleInvolved: "",
        confidential: "on",
      },
      convertReportAction: { ref: report?.ref ?? "RPT-2026-00001" },
      closeReportNoFurtherActionAction: { ref: triage.nfa, version: "1", reason: "The content is not offensive and breaks no Standard." },
      linkReportToCaseAction: { ref: triage.link, version: "1", caseRef: subject!.ref },
      markReportDuplicateAction: { ref: triage.duplicate, version: "1", duplicateOf: triage.nfa },
      requestReportInformationAction: { ref: triage.question, version: "1", question: "Which day did you see the messages?" },
      answerReportAction: { ref: triage.waiting, answer: "On the evening of 1 March." },
      createUserAction: { email: "hostile.new@demo.police.uk", name: "New Person", role: "investigator", team: "PSD Team 1", password },
      changeRoleAction: { userId, role: "investigator" },
      setDisabledAction: { userId, disabled: "false" },
      resetPasswordAction: { userId, password },
      endSessionsAction: { userId },
      createCaseAction: {
        summary: "Offensive memes shared in a shift WhatsApp group",
        source: "colleague_report",
        platform: "whatsapp",
        channel: "group_chat",
        groupSize: "6",
        contentType: "discriminatory",
        device: "personal",
        incidentOn: "2026-01-10",
        recordedOn: "2026-01-12",
        subjects: JSON.stringify([{ serviceNumber: "HX12345", name: "Test Person", rank: "constable", allegation: "" }]),
      },
      startAssessmentsAction: { ref: subject!.ref, subjects: [`${subject!.id}:${subject!.version}`, `${subject!.id}:${subject!.version}`] },
      subjectStepAction: {
        ref: subject!.ref,
        subjectId: String(subject!.id),
        version: String(subject!.version),
        kind: "withdraw",
        reason: "Duplicate of an earlier report",
      },
      addNoteAction: { ref: subject!.ref, body: "Spoke to the reporting officer." },
      linkCaseAction: { ref: subject!.ref, otherRef: restricted!.ref, reason: "Same group chat" },
      assignCaseAction: { ref: subject!.ref, version: "1", userId },
      bulkAssignAction: { cases: [`${subject!.ref}@1`], userId },
      saveSearchAction: { name: "Overdue WhatsApp cases", query: "platform=whatsapp&overdue=1" },
      deleteSearchAction: { id: "1" },
      completeTaskAction: { ref: subject!.ref, taskId: "1" },
      requestAppPermissionAction: {
        app: "whatsapp",
        purpose: "Contact with a witness who only uses WhatsApp",
        device: "Asset 12345",
        startsOn: "2026-12-01",
        requestedUntil: "2027-03-01",
      },
      decideAppPermissionAction: { ref: "APP-2026-00001", decision: "refused", reason: "No business need was shown" },
      revokeAppPermissionAction: { ref: "APP-2026-00001", reason: "Moved to a unit without the need" },
      drawSampleAction: {
        unit: "",
        rankGroup: "constable",
        jobRole: "",
        sampleSize: "5",
        excludeMonths: "6",
        seed: "hostile-1",
        legalBasis: "Standards of Professional Behaviour and the vetting code",
        proportionality: "Random checks in units where misuse was found before",
        dpiaRef: "DPIA-2026-07",
      },
      openWithCauseCheckAction: {
        serviceNumber: "HX12345",
        causeIntelligence: "Intelligence report 44 names the officer",
        causeCaseRef: "",
        legalBasis: "Standards of Professional Behaviour and the vetting code",
        proportionality: "Specific intelligence about this officer's messages",
        dpiaRef: "DPIA-2026-07",
      },
      createChatGroupAction: chatGroup.create,
      setMemberPartAction: { ...chatGroup.member, part: "reported", reportedOn: "2021-03-05", reportedTo: "PSD", note: "Reported the next morning" },
      setMemberPersonAction: { ...chatGroup.member, match: "outside", outside: "Partner of a member" },
      linkGroupToCaseAction: { groupId: chatGroup.member.groupId, caseRef: otherCase!.ref },
      linkEvidenceToMessageAction: {
        groupId: chatGroup.member.groupId,
        evidenceId: chatGroup.create.evidenceId,
        memberId: chatGroup.member.memberId,
        messageAt: "2021-03-02T21:15",
        note: "The meme as posted",
      },
      recordSpotCheckOutcomeAction: {
        ref: "SPC-2026-00001",
        outcome: "nothing_found",
        findings: "Nothing of concern was found.",
        checkedOn: "2026-11-01",
        platform: "",
        channel: "",
      },
    });
  });
  afterAll(() => state.handle?.close());

  it("has a valid example for every action the modules export", () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(valid).sort());
  });

  const names = [
    "recordFindingAction",
    "recordIopcReferralAction",
    "recordIopcModeAction",
    "addSubjectAction",
    "decideBystanderAction",
    "recordCriminalProceedingsAction",
    "recordMeasureAction",
    "removeSubjectAction",
    "editCaseDetailsAction",
    "grantCaseAccessAction",
    "revokeCaseAccessAction",
    "createFoiRequestAction",
    "updateFoiRequestAction",
    "publishTableAction",
    "submitReportAction",
    "convertReportAction",
    "closeReportNoFurtherActionAction",
    "linkReportToCaseAction",
    "markReportDuplicateAction",
    "requestReportInformationAction",
    "answerReportAction",
    "createUserAction",
    "changeRoleAction",
    "setDisabledAction",
    "resetPasswordAction",
    "endSessionsAction",
    "createCaseAction",
    "subjectStepAction",
    "startAssessmentsAction",
    "addNoteAction",
    "linkCaseAction",
    "assignCaseAction",
    "bulkAssignAction",
    "saveSearchAction",
    "deleteSearchAction",
    "completeTaskAction",
    "requestAppPermissionAction",
    "decideAppPermissionAction",
    "revokeAppPermissionAction",
    "drawSampleAction",
    "openWithCauseCheckAction",
    "recordSpotCheckOutcomeAction",
    "createChatGroupAction",
    "setMemberPartAction",
    "setMemberPersonAction",
    "linkGroupToCaseAction",
    "linkEvidenceToMessageAction",
  ];

  it.each(names)(
    "%s refuses clearly, stores nothing when it refuses, and never fails unexpectedly",
    async (name) => {
      const db = state.handle!.db;
      const role = roles.keys.find((r) => can(r, actionPermissions[name]!))!;
      const [actor] = await db
        .select({ id: users.id, role: users.role, team: users.team, email: users.email, name: users.name, disabled: users.disabled })
        .from(users)
        .where(eq(users.role, role))
        .limit(1);
      state.user = actor!;
      // Hashing a password takes a while: the actions that do it get fewer runs.
      const runs = /Password|createUser/.test(name) ? 40 : 80;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(spoiled(valid[name]!), async (fields) => {
          const before = await rowCounts(state.handle!);
          const result = await actions[name]!(null, formData(fields));
          expect(result.error ?? "", JSON.stringify(fields).slice(0, 300)).not.toMatch(UNEXPECTED);
          if (!result.ok) {
            refused++;
            expect(result.error!.length).toBeGreaterThan(5);
            expect(await rowCounts(state.handle!)).toEqual(before);
          }
        }),
        { numRuns: runs },
      );
      expect(refused, "most spoiled inputs are refused").toBeGreaterThan(runs / 3);
    },
    120_000,
  );
});
