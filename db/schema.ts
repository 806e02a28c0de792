import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import {
  channels,
  contentTypes,
  devices,
  findings,
  outcomes,
  personStatuses,
  platforms,
  proceedings,
  rankGroupOf,
  rankGroups,
  ranks,
  recommendations,
  regimes,
  roles,
  severities,
  sources,
  stages,
  standards,
} from "@/lib/vocabulary";

export const roleEnum = pgEnum("role", roles.keys);
export const rankEnum = pgEnum("rank", ranks.keys);
export const rankGroupEnum = pgEnum("rank_group", rankGroups.keys);
export const personStatusEnum = pgEnum("person_status", personStatuses.keys);
export const sourceEnum = pgEnum("source", sources.keys);
export const platformEnum = pgEnum("platform", platforms.keys);
export const channelEnum = pgEnum("channel", channels.keys);
export const contentTypeEnum = pgEnum("content_type", contentTypes.keys);
export const deviceEnum = pgEnum("device", devices.keys);
export const stageEnum = pgEnum("stage", stages.keys);
export const standardEnum = pgEnum("standard", standards.keys);
export const severityEnum = pgEnum("severity", severities.keys);
export const recommendationEnum = pgEnum("recommendation", recommendations.keys);
export const findingEnum = pgEnum("finding", findings.keys);
export const proceedingsEnum = pgEnum("proceedings", proceedings.keys);
export const outcomeEnum = pgEnum("outcome", outcomes.keys);
export const regimeEnum = pgEnum("regime", regimes.keys);

/**
 * The FoI rank banding as the database computes it, built from rankGroupOf so the
 * two can never disagree (a test checks every rank against both).
 */
const rankGroupExpression = sql.raw(
  `CASE ${ranks.keys.map((rank) => `WHEN rank = '${rank}' THEN '${rankGroupOf(rank)}'::rank_group`).join(" ")} END`,
);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const users = pgTable("users", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  email: varchar("email", { length: 254 }).notNull().unique(),
  name: varchar("name", { length: 200 }).notNull(),
  role: roleEnum("role").notNull(),
  /** Null for accounts that only sign in through single sign-on. */
  passwordHash: text("password_hash"),
  team: varchar("team", { length: 100 }),
  disabled: boolean("disabled").notNull().default(false),
  /** The identity provider's subject, for accounts that sign in through single sign-on. */
  oidcSubject: varchar("oidc_subject", { length: 255 }).unique(),
  lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  ...timestamps,
});

export const people = pgTable(
  "people",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    serviceNumber: varchar("service_number", { length: 20 }).notNull().unique(),
    name: varchar("name", { length: 200 }).notNull(),
    rank: rankEnum("rank").notNull(),
    unit: varchar("unit", { length: 120 }),
    command: varchar("command", { length: 120 }),
    status: personStatusEnum("status").notNull().default("serving"),
    leftOn: date("left_on", { mode: "string" }),
    ...timestamps,
  },
  (t) => [index("people_name_idx").on(t.name)],
);

export const cases = pgTable(
  "cases",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    ref: varchar("ref", { length: 20 }).notNull().unique(),
    summary: text("summary").notNull(),
    source: sourceEnum("source").notNull(),
    platform: platformEnum("platform").notNull(),
    channel: channelEnum("channel").notNull(),
    /** Members of the group chat, where the channel is a group chat. */
    groupSize: integer("group_size"),
    contentType: contentTypeEnum("content_type").notNull(),
    device: deviceEnum("device").notNull(),
    incidentOn: date("incident_on", { mode: "string" }),
    recordedOn: date("recorded_on", { mode: "string" }).notNull(),
    status: stageEnum("status").notNull().default("recorded"),
    stageDueOn: date("stage_due_on", { mode: "string" }),
    assignedTo: integer("assigned_to").references(() => users.id),
    team: varchar("team", { length: 100 }),
    restricted: boolean("restricted").notNull().default(false),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("cases_recorded_on_idx").on(t.recordedOn),
    index("cases_status_idx").on(t.status),
    index("cases_assigned_to_idx").on(t.assignedTo),
  ],
);

export const subjects = pgTable(
  "subjects",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    /** The exact rank when the allegation was recorded, kept even after promotion. */
    rank: rankEnum("rank").notNull(),
    rankGroup: rankGroupEnum("rank_group").generatedAlwaysAs(rankGroupExpression),
    standards: standardEnum("standards").array().notNull().default(sql`'{}'`),
    allegation: text("allegation"),
    severity: severityEnum("severity"),
    severityOn: date("severity_on", { mode: "string" }),
    recommendation: recommendationEnum("recommendation"),
    recommendationOn: date("recommendation_on", { mode: "string" }),
    finding: findingEnum("finding"),
    findingOn: date("finding_on", { mode: "string" }),
    findingRationale: text("finding_rationale"),
    proceedings: proceedingsEnum("proceedings"),
    proceedingsOn: date("proceedings_on", { mode: "string" }),
    outcome: outcomeEnum("outcome"),
    outcomeOn: date("outcome_on", { mode: "string" }),
    regime: regimeEnum("regime").notNull(),
    stage: stageEnum("stage").notNull().default("recorded"),
    withdrawnReason: text("withdrawn_reason"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("subjects_case_person_idx").on(t.caseId, t.personId),
    index("subjects_person_idx").on(t.personId),
  ],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actorId: integer("actor_id").references(() => users.id),
    actorRole: roleEnum("actor_role"),
    action: varchar("action", { length: 80 }).notNull(),
    entityType: varchar("entity_type", { length: 40 }),
    entityId: varchar("entity_id", { length: 80 }),
    detail: jsonb("detail"),
    // Filled by the database on every insert (trigger audit_events_chain): each entry's
    // SHA-256 covers its own fields and the hash of the entry before it, so an edited,
    // removed or inserted-between entry breaks the chain (scripts/audit-verify.ts).
    prevHash: char("prev_hash", { length: 64 }),
    hash: char("hash", { length: 64 }),
  },
  (t) => [index("audit_entity_idx").on(t.entityType, t.entityId), index("audit_actor_idx").on(t.actorId)],
);

export type User = typeof users.$inferSelect;
export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
export type Case = typeof cases.$inferSelect;
export type NewCase = typeof cases.$inferInsert;
export type Subject = typeof subjects.$inferSelect;
export type NewSubject = typeof subjects.$inferInsert;
export type AuditEvent = typeof auditEvents.$inferSelect;

export const signInOutcomeEnum = pgEnum("sign_in_outcome", ["success", "failure", "locked"]);

/**
 * Server-side sessions: the JWT only carries the id, so that signing out, disabling an
 * account or changing its role ends its sessions at once, and idle time is enforced.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: varchar("id", { length: 64 }).primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endedReason: varchar("ended_reason", { length: 40 }),
    ip: varchar("ip", { length: 64 }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: varchar("email", { length: 254 }).notNull(),
    ip: varchar("ip", { length: 64 }).notNull(),
    outcome: signInOutcomeEnum("outcome").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempts_email_idx").on(t.email, t.at), index("sign_in_attempts_ip_idx").on(t.ip, t.at)],
);

/** Time-limited access to a restricted case, given by a supervisor with a reason. */
export const caseAccessGrants = pgTable(
  "case_access_grants",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    grantedBy: integer("granted_by")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("case_access_grants_case_user_idx").on(t.caseId, t.userId)],
);

export type Session = typeof sessions.$inferSelect;
export type CaseAccessGrant = typeof caseAccessGrants.$inferSelect;

export const foiStatusEnum = pgEnum("foi_status", ["received", "in_progress", "responded", "withdrawn"]);
export const foiExemptionEnum = pgEnum("foi_exemption", ["s40_2", "s31", "s12"]);

/** The FoI request log: what was asked, by when the answer is due, and how it was answered. */
export const foiRequests = pgTable("foi_requests", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  ref: varchar("ref", { length: 20 }).notNull().unique(),
  receivedOn: date("received_on", { mode: "string" }).notNull(),
  deadlineOn: date("deadline_on", { mode: "string" }).notNull(),
  subject: text("subject").notNull(),
  status: foiStatusEnum("status").notNull().default("received"),
  exemptions: foiExemptionEnum("exemptions").array().notNull().default(sql`'{}'`),
  /** Hours estimated to answer, where s.12 (cost limit) is considered. */
  costEstimateHours: integer("cost_estimate_hours"),
  respondedOn: date("responded_on", { mode: "string" }),
  createdBy: integer("created_by").references(() => users.id),
  ...timestamps,
});

/**
 * A statistics table as it was published in an FoI response: its parameters and
 * figures frozen, with the SHA-256 of its canonical CSV, so that it can be re-run and
 * compared later.
 */
export const publishedTables = pgTable("published_tables", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  foiRequestId: integer("foi_request_id").references(() => foiRequests.id),
  title: varchar("title", { length: 200 }).notNull(),
  parameters: jsonb("parameters").notNull(),
  figures: jsonb("figures").notNull(),
  csvSha256: varchar("csv_sha256", { length: 64 }).notNull(),
  publishedBy: integer("published_by")
    .notNull()
    .references(() => users.id),
  publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
});

export type FoiRequest = typeof foiRequests.$inferSelect;
export type PublishedTable = typeof publishedTables.$inferSelect;

export const reportStatusEnum = pgEnum("report_status", ["submitted", "triaged", "converted", "closed"]);

/**
 * A report of inappropriate content under the duty to report (Code of Ethics). Its
 * reference and receipt time are the reporter's proof; a confidential report's
 * reporter is visible to PSD supervisors only.
 */
export const contentReports = pgTable(
  "content_reports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    ref: varchar("ref", { length: 20 }).notNull().unique(),
    reporterId: integer("reporter_id")
      .notNull()
      .references(() => users.id),
    confidential: boolean("confidential").notNull().default(false),
    description: text("description").notNull(),
    platform: platformEnum("platform").notNull(),
    groupName: varchar("group_name", { length: 200 }),
    seenOn: date("seen_on", { mode: "string" }),
    peopleInvolved: text("people_involved"),
    /** SHA-256 of the report as submitted, printed on the receipt. */
    contentSha256: varchar("content_sha256", { length: 64 }).notNull(),
    status: reportStatusEnum("status").notNull().default("submitted"),
    caseId: integer("case_id").references(() => cases.id),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("content_reports_reporter_idx").on(t.reporterId)],
);

export type ContentReport = typeof contentReports.$inferSelect;
