import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  char,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  type AnyPgColumn,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import {
  appPermissionDecisions,
  channels,
  contentTypes,
  devices,
  findings,
  jobRoles,
  messagingApps,
  outcomes,
  proceedingsFindings,
  personStatuses,
  platforms,
  proceedings,
  rankGroupOf,
  rankGroups,
  ranks,
  recommendations,
  regimes,
  reportSources,
  roles,
  severities,
  sources,
  spotCheckKinds,
  spotCheckOutcomes,
  stages,
  withdrawalKinds,
  standards,
  signInOutcomes,
  foiStatuses,
  foiExemptions,
  groupParts,
  reportStatuses,
  reportOutcomes,
  taskKinds,
  notificationKinds,
  matterTypes,
  iopcReferralCriteria,
  iopcModes,
  bystanderDecisions,
  panelChairs,
} from "@/lib/vocabulary";
import { assessmentRoutes } from "@/lib/conduct/routes";
import { criminalOutcomes } from "@/lib/conduct/criminal";
import { measureKinds } from "@/lib/conduct/suspension";
import type { DisclosedResult } from "@/lib/stats/disclose";
import type { StatsResult } from "@/lib/stats/result";
import type { DrawCriteria } from "@/lib/validation/spot-checks";

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
export const proceedingsFindingEnum = pgEnum("proceedings_finding", proceedingsFindings.keys);
export const withdrawalKindEnum = pgEnum("withdrawal_kind", withdrawalKinds.keys);
export const regimeEnum = pgEnum("regime", regimes.keys);
export const jobRoleEnum = pgEnum("job_role", jobRoles.keys);
export const assessmentRouteEnum = pgEnum("assessment_route", assessmentRoutes);
export const matterTypeEnum = pgEnum("matter_type", matterTypes.keys);
export const iopcCriterionEnum = pgEnum("iopc_criterion", iopcReferralCriteria.keys);
export const iopcModeEnum = pgEnum("iopc_mode", iopcModes.keys);
export const bystanderDecisionEnum = pgEnum("bystander_decision", bystanderDecisions.keys);
export const panelChairEnum = pgEnum("panel_chair", panelChairs.keys);
export const criminalOutcomeEnum = pgEnum("criminal_outcome", criminalOutcomes);
export const measureKindEnum = pgEnum("measure_kind", measureKinds);

/**
 * The FoI rank banding as the database computes it, built from rankGroupOf so the
 * two can never disagree (a test checks every rank against both).
 */
const rankGroupExpression = sql.raw(`CASE ${ranks.keys.map((rank) => `WHEN rank = '${rank}' THEN '${rankGroupOf(rank)}'::rank_group`).join(" ")} END`);

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
  /** Who may approve this person's messaging-app requests besides any supervisor. */
  lineManagerId: integer("line_manager_id").references((): AnyPgColumn => users.id),
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
    jobRole: jobRoleEnum("job_role"),
    ...timestamps,
  },
  (t) => [
    index("people_name_idx").on(t.name),
    index("people_lower_name_idx").on(sql`lower(${t.name}) text_pattern_ops`),
    // Any word of a name by its beginning (lib/search-words.ts), without reading every row.
    index("people_name_fts_idx").using("gin", sql`to_tsvector('simple', ${t.name})`),
  ],
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
    /** Complaint, conduct matter, recordable conduct matter or DSI matter (Police Reform Act 2002 Sch 3); null on records from before it was asked. */
    matterType: matterTypeEnum("matter_type"),
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
    // Keyset paging of the case list in each of its sort orders.
    index("cases_recorded_on_id_idx").on(t.recordedOn, t.id),
    index("cases_due_id_idx").on(sql`coalesce(${t.stageDueOn}, '9999-12-31'::date)`, t.id),
    index("cases_team_idx").on(t.team),
    index("cases_summary_fts_idx").using("gin", sql`to_tsvector('english', ${t.summary})`),
    // Today's open caseload is a few per cent of a decade's cases: the dashboard reads it
    // from this index alone, without visiting the table.
    index("cases_open_idx").on(t.recordedOn, t.stageDueOn, t.platform, t.device).where(sql`status not in ('finalised', 'withdrawn')`),
    // Restricted cases are a fraction of a per cent: the supervisors' list of them and the
    // case list's count of those open by grant read this instead of every case (at a
    // million subject records each did a 100-300 ms scan per /cases request).
    index("cases_restricted_idx").on(t.recordedOn.desc(), t.id.desc()).where(sql`restricted`),
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
    /** The day the written notice of the investigation was given to the officer (2020 reg 17). */
    noticeServedOn: date("notice_served_on", { mode: "string" }),
    /** Who chaired the hearing (SI 2024/521: the chief officer or their delegate, from 7 May 2024). */
    panelChair: panelChairEnum("panel_chair"),
    /** Where the severity assessment sent the matter (2020 reg 14); null on records from before it was asked. */
    assessmentRoute: assessmentRouteEnum("assessment_route"),
    recommendation: recommendationEnum("recommendation"),
    recommendationOn: date("recommendation_on", { mode: "string" }),
    finding: findingEnum("finding"),
    findingOn: date("finding_on", { mode: "string" }),
    findingRationale: text("finding_rationale"),
    /** 2020 reg 23(1)(a): a case to answer for misconduct or for gross misconduct (only those two severity keys). */
    caseToAnswerFor: severityEnum("case_to_answer_for").$type<"misconduct" | "gross_misconduct">(),
    /** 2020 reg 23(1)(b): whether misconduct proceedings are brought on a case to answer. */
    referToProceedings: boolean("refer_to_proceedings"),
    proceedings: proceedingsEnum("proceedings"),
    proceedingsOn: date("proceedings_on", { mode: "string" }),
    /** What the meeting or hearing found: the outcomes open depend on it (2020 reg 42(1)-(3)). */
    proceedingsFinding: proceedingsFindingEnum("proceedings_finding"),
    /** Recorded at referral: a final written warning was in force on the date of the severity assessment (2020 reg 42(5); 2012 reg 35(5)). */
    finalWrittenWarningInForce: boolean("final_written_warning_in_force").notNull().default(false),
    /** Recorded at referral: a written warning was in force on the date of the severity assessment (2020 reg 42(7)). */
    writtenWarningInForce: boolean("written_warning_in_force").notNull().default(false),
    /** Recorded at referral: the misconduct arises from more than one incident not closely factually connected (2020 reg 42(6)). */
    severalUnconnectedIncidents: boolean("several_unconnected_incidents").notNull().default(false),
    outcome: outcomeEnum("outcome"),
    outcomeOn: date("outcome_on", { mode: "string" }),
    /** The reflective practice review process, tracked to completion (2020 Part 6; reg 70: the report's key actions and review period). */
    rprpDiscussedOn: date("rprp_discussed_on", { mode: "string" }),
    rprpActions: text("rprp_actions"),
    rprpCompletedOn: date("rprp_completed_on", { mode: "string" }),
    regime: regimeEnum("regime").notNull(),
    stage: stageEnum("stage").notNull().default("recorded"),
    withdrawnReason: text("withdrawn_reason"),
    /** Which of the three events a withdrawal was; null on records from before it was asked. */
    withdrawalKind: withdrawalKindEnum("withdrawal_kind"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("subjects_case_person_idx").on(t.caseId, t.personId),
    index("subjects_person_idx").on(t.personId),
    index("subjects_rank_group_case_idx").on(t.rankGroup, t.caseId),
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
    detail: jsonb("detail").$type<Record<string, unknown>>(),
    // Filled by the database when it seals the entry (seal_audit_events(), within a
    // second or two of the insert, migration 0011): `seq` is its place in the chain, and
    // its SHA-256 covers its own fields and the hash of the entry before it, so an
    // edited, removed or inserted-between entry breaks the chain (scripts/audit-verify.ts).
    // Appends take no lock; until sealed an entry is still append-only by trigger.
    seq: bigint("seq", { mode: "number" }),
    prevHash: char("prev_hash", { length: 64 }),
    hash: char("hash", { length: 64 }),
  },
  (t) => [
    index("audit_entity_idx").on(t.entityType, t.entityId),
    index("audit_actor_idx").on(t.actorId),
    uniqueIndex("audit_seq_idx").on(t.seq),
    index("audit_unsealed_idx").on(t.id).where(sql`seq is null`),
  ],
);

/*
 * Rollups for the dashboard, kept exact by statement-level triggers on subjects and
 * cases (migration 0003_scale) in the same transaction as every change, so that a
 * figure is never stale: counts of subject officers by everything the dashboard groups
 * or filters by, the same by Standard breached, one row per finalised case with what
 * its timings need, and those counted. `rebuild_dashboard_rollups()` recomputes all from the
 * base tables (after a bulk load with triggers off); a test compares them with the base
 * tables after every kind of change.
 */
export const subjectCounts = pgTable(
  "subject_counts",
  {
    year: integer("year").notNull(),
    platform: platformEnum("platform").notNull(),
    device: deviceEnum("device").notNull(),
    source: sourceEnum("source").notNull(),
    rankGroup: rankGroupEnum("rank_group"),
    finding: findingEnum("finding"),
    outcome: outcomeEnum("outcome"),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [unique("subject_counts_key").on(t.year, t.platform, t.device, t.source, t.rankGroup, t.finding, t.outcome).nullsNotDistinct()],
);

export const subjectStandardCounts = pgTable(
  "subject_standard_counts",
  {
    year: integer("year").notNull(),
    platform: platformEnum("platform").notNull(),
    device: deviceEnum("device").notNull(),
    rankGroup: rankGroupEnum("rank_group"),
    /** A Standard's key, or `not_recorded` for a subject with none recorded. */
    standard: varchar("standard", { length: 60 }).notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [unique("subject_standard_counts_key").on(t.year, t.platform, t.device, t.rankGroup, t.standard).nullsNotDistinct()],
);

export const finalisedCaseFacts = pgTable("finalised_case_facts", {
  caseId: integer("case_id").primaryKey(),
  year: integer("year").notNull(),
  platform: platformEnum("platform").notNull(),
  device: deviceEnum("device").notNull(),
  /** The rank groups of its subjects, for the dashboard's rank-group filter on cases. */
  rankGroups: rankGroupEnum("rank_groups").array().notNull(),
  /** From recording to the last dated decision; null for records without dated decisions. */
  days: integer("days"),
});

/** Finalised cases counted by their facts: the timings' exact distribution, a third the size of the facts. */
export const finalisedCaseCounts = pgTable(
  "finalised_case_counts",
  {
    year: integer("year").notNull(),
    platform: platformEnum("platform").notNull(),
    device: deviceEnum("device").notNull(),
    rankGroups: rankGroupEnum("rank_groups").array().notNull(),
    days: integer("days"),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [unique("finalised_case_counts_key").on(t.year, t.platform, t.device, t.rankGroups, t.days).nullsNotDistinct()],
);

/**
 * For the early-intervention panel: each officer's peak, the most allegations of theirs
 * recorded within any twelve months (lib/cases/early-intervention.ts), for officers whose
 * peak is two or more. Kept exact by triggers on subjects and cases (migration
 * 0010_allegation_peaks), so the panel reads the few flagged officers instead of sliding
 * a window over every subject at request time; `rebuild_allegation_peaks()` recomputes it.
 */
export const personAllegationPeaks = pgTable(
  "person_allegation_peaks",
  {
    personId: integer("person_id")
      .primaryKey()
      .references(() => people.id),
    peak: integer("peak").notNull(),
  },
  (t) => [index("person_allegation_peaks_peak_idx").on(t.peak)],
);

/**
 * Cases counted by what the case list's tabs filter and scope by: team, assignee,
 * restriction, status, platform, device and year recorded. Kept exact by triggers on
 * cases (migration 0016_case_status_counts), so the tabs' counts are a sum over a few
 * rows instead of a count of every case the viewer may see; `rebuild_case_status_counts()`
 * recomputes it.
 */
export const caseStatusCounts = pgTable(
  "case_status_counts",
  {
    team: varchar("team", { length: 100 }),
    assignedTo: integer("assigned_to"),
    restricted: boolean("restricted").notNull(),
    status: stageEnum("status").notNull(),
    platform: platformEnum("platform").notNull(),
    device: deviceEnum("device").notNull(),
    year: integer("year").notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [unique("case_status_counts_key").on(t.team, t.assignedTo, t.restricted, t.status, t.platform, t.device, t.year).nullsNotDistinct()],
);

export type User = typeof users.$inferSelect;
export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
export type Case = typeof cases.$inferSelect;
export type NewCase = typeof cases.$inferInsert;
export type Subject = typeof subjects.$inferSelect;
export type NewSubject = typeof subjects.$inferInsert;
export type AuditEvent = typeof auditEvents.$inferSelect;

export const signInOutcomeEnum = pgEnum("sign_in_outcome", signInOutcomes.keys);

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

/**
 * Time-limited access to a restricted case, given by a supervisor with a reason. Access
 * a supervisor asks for themself is held only once a second supervisor approves it
 * (two-person rule): until then `approvedAt` is null and the grant opens nothing.
 */
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
    approvedAt: timestamp("approved_at", { withTimezone: true }).defaultNow(),
    approvedBy: integer("approved_by").references(() => users.id),
  },
  (t) => [index("case_access_grants_case_user_idx").on(t.caseId, t.userId)],
);

export type Session = typeof sessions.$inferSelect;
export type CaseAccessGrant = typeof caseAccessGrants.$inferSelect;

export const foiStatusEnum = pgEnum("foi_status", foiStatuses.keys);
export const foiExemptionEnum = pgEnum("foi_exemption", foiExemptions.keys);

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
  parameters: jsonb("parameters").$type<Record<string, unknown>>().notNull(),
  figures: jsonb("figures").$type<StatsResult | DisclosedResult>().notNull(),
  csvSha256: varchar("csv_sha256", { length: 64 }).notNull(),
  publishedBy: integer("published_by")
    .notNull()
    .references(() => users.id),
  publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * What each role without case access has been served (page, JSON, CSV, Excel, dashboard):
 * the table's definition and the figures it showed, so that the release check can weigh
 * a new table against them (lib/stats/release-check.ts). Figures are not kept: the check
 * recomputes them, so nothing here is personal data. One row per role and table (`spec`
 * in specText's canonical form); `shown` lists each figure's key with the time it was
 * last served (`[{ "key": [...], "at": ISO time }]`), `servedAt` the latest of them, by
 * whom and through which channel. Rows older than the memory period are pruned.
 */
export const disclosureReleases = pgTable(
  "disclosure_releases",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    role: roleEnum("role").notNull(),
    servedTo: integer("served_to").references(() => users.id),
    channel: varchar("channel", { length: 20 }).notNull(),
    spec: jsonb("spec").notNull(),
    shown: jsonb("shown").notNull(),
    servedAt: timestamp("served_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("disclosure_releases_role_served_idx").on(t.role, t.servedAt), uniqueIndex("disclosure_releases_role_spec_idx").on(t.role, t.spec)],
);

/**
 * Decisions of the release check, kept so that every app process (and every server) reuses
 * one worked out by another: at a national size one decision reads every subject and
 * weighs some hundred thousand groups of officers (seconds), while the same inputs always
 * give the same decision. Keyed by a hash of every input (the figures version standing for
 * the data), so a stale one is never found, only left to be pruned. `made_at` is when it was
 * made, or when its making was claimed.
 */
export const releaseDecisions = pgTable(
  "release_decisions",
  {
    key: text("key").primaryKey(),
    /** Null while one process works it out: the others wait for it rather than each making it too. */
    decision: jsonb("decision"),
    madeAt: timestamp("made_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("release_decisions_made_at_idx").on(t.madeAt)],
);

/**
 * How many committed transactions have changed what the statistics count (subjects, and
 * the case fields they are counted by), kept by statement triggers (migration 0020). The
 * count is spread over a few rows, picked by transaction id, so that writers seldom wait
 * on each other; its sum grows with every such commit. The release check keys the atoms
 * it has worked out by that sum, so that it reads every subject only when one changed.
 */
export const figuresVersion = pgTable("figures_version", {
  shard: smallint("shard").primaryKey(),
  n: bigint("n", { mode: "number" }).notNull(),
});

/**
 * The same count for what the dashboard reads beside the statistics (migration 0037):
 * cases opened, closed or deleted, their status and stage deadline, and the statutory
 * clocks (tasks). With the figures version it keys the dashboard's figures kept per
 * process (db/queries/dashboard-cache.ts), so that a kept dashboard is read again only
 * once a change to what it shows has committed.
 */
export const caseloadVersion = pgTable("caseload_version", {
  shard: smallint("shard").primaryKey(),
  n: bigint("n", { mode: "number" }).notNull(),
});

export type FoiRequest = typeof foiRequests.$inferSelect;
export type PublishedTable = typeof publishedTables.$inferSelect;

export const reportStatusEnum = pgEnum("report_status", reportStatuses.keys);
export const reportSourceEnum = pgEnum("report_source", reportSources.keys);
export const reportOutcomeEnum = pgEnum("report_outcome", reportOutcomes.keys);

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
    /** Null only for a machine alert (protective monitoring): there is no person to name. */
    reporterId: integer("reporter_id").references(() => users.id),
    source: reportSourceEnum("source").notNull().default("duty_to_report"),
    /** The sending system's own reference for an alert. */
    sourceRef: varchar("source_ref", { length: 100 }),
    confidential: boolean("confidential").notNull().default(false),
    description: text("description").notNull(),
    platform: platformEnum("platform").notNull(),
    groupName: varchar("group_name", { length: 200 }),
    seenOn: date("seen_on", { mode: "string" }),
    peopleInvolved: text("people_involved"),
    /** SHA-256 of the report as submitted, printed on the receipt. */
    contentSha256: varchar("content_sha256", { length: 64 }).notNull(),
    status: reportStatusEnum("status").notNull().default("submitted"),
    /** The case it became, or the existing case it was added to (outcome linked_to_case): either way it follows that case's need-to-know. */
    caseId: integer("case_id").references(() => cases.id),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    /** Raised by every triage step, so two triagers acting on the same page cannot both succeed. */
    version: integer("version").notNull().default(1),
    outcome: reportOutcomeEnum("outcome"),
    /** The triager's reason for no further action: PSD's record, never shown to the reporter. */
    outcomeReason: text("outcome_reason"),
    duplicateOfId: integer("duplicate_of_id").references((): AnyPgColumn => contentReports.id),
    /** The triager's question to the reporter, and the reporter's answer to it. */
    question: text("question"),
    answer: text("answer"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    triagedBy: integer("triaged_by").references(() => users.id),
    triagedAt: timestamp("triaged_at", { withTimezone: true }),
  },
  (t) => [
    index("content_reports_reporter_idx").on(t.reporterId),
    check("content_reports_reporter_check", sql`${t.reporterId} is not null or ${t.source} = 'protective_monitoring'`),
  ],
);

export type ContentReport = typeof contentReports.$inferSelect;

/**
 * Signed webhook deliveries by idempotency key: a repeated key gets the first answer
 * again and creates nothing. The body's SHA-256 tells a retry from a different request
 * reusing the key.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    source: reportSourceEnum("source").notNull(),
    idempotencyKey: varchar("idempotency_key", { length: 200 }).notNull(),
    bodySha256: char("body_sha256", { length: 64 }).notNull(),
    responseStatus: integer("response_status").notNull(),
    responseBody: jsonb("response_body").$type<Record<string, unknown>>().notNull(),
    reportId: integer("report_id").references(() => contentReports.id),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("webhook_deliveries_key").on(t.source, t.idempotencyKey)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** Case notes: free text by the people working the case, never edited once written. */
export const caseNotes = pgTable(
  "case_notes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("case_notes_case_idx").on(t.caseId)],
);

/** Cases linked because they share people, content or a group chat; stored once per pair, smaller id first. */
export const caseLinks = pgTable(
  "case_links",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    linkedCaseId: integer("linked_case_id")
      .notNull()
      .references(() => cases.id),
    reason: text("reason").notNull(),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("case_links_pair_idx").on(t.caseId, t.linkedCaseId), index("case_links_linked_idx").on(t.linkedCaseId)],
);

/**
 * The evidence register: each file kept with its SHA-256 so that what is produced at
 * a hearing can be shown to be what was uploaded.
 */
export const evidence = pgTable(
  "evidence",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    fileName: varchar("file_name", { length: 255 }).notNull(),
    mediaType: varchar("media_type", { length: 100 }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: varchar("sha256", { length: 64 }).notNull(),
    description: text("description"),
    content: bytea("content").notNull(),
    uploadedBy: integer("uploaded_by")
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("evidence_case_idx").on(t.caseId)],
);

/**
 * Files a reporter attaches to their own report (screenshots, mostly), checked like
 * evidence. The report keeps them (the reporter's record of what they sent); a case
 * opened from the report, or the case it is added to, gets a copy in its evidence
 * register with the same SHA-256.
 */
export const reportAttachments = pgTable(
  "report_attachments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer("report_id")
      .notNull()
      .references(() => contentReports.id),
    fileName: varchar("file_name", { length: 255 }).notNull(),
    mediaType: varchar("media_type", { length: 100 }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: varchar("sha256", { length: 64 }).notNull(),
    description: text("description"),
    content: bytea("content").notNull(),
    attachedAt: timestamp("attached_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("report_attachments_report_idx").on(t.reportId)],
);

export const taskKindEnum = pgEnum("task_kind", taskKinds.keys);

/** Follow-up work a decision creates, such as telling the College of Policing about a dismissal for the barred list. */
export const tasks = pgTable(
  "tasks",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    kind: taskKindEnum("kind").notNull(),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    subjectId: integer("subject_id")
      .notNull()
      .references(() => subjects.id),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    completedBy: integer("completed_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("tasks_case_idx").on(t.caseId), uniqueIndex("tasks_subject_kind_open_idx").on(t.subjectId, t.kind).where(sql`completed_at is null`)],
);

/** One bulk import of historical records: who sent which file, and what it added. */
export const caseImports = pgTable("case_imports", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  fileName: varchar("file_name", { length: 255 }).notNull(),
  fileSha256: varchar("file_sha256", { length: 64 }).notNull(),
  rowCount: integer("row_count").notNull(),
  casesAdded: integer("cases_added").notNull(),
  subjectsAdded: integer("subjects_added").notNull(),
  importedBy: integer("imported_by")
    .notNull()
    .references(() => users.id),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
});

export const groupPartEnum = pgEnum("group_part", groupParts.keys);

/**
 * A group chat as a record of its own (issue 18): linked to one or more cases, with its
 * members over time. A group read from an export keeps the export as evidence on the case
 * it was read for (the evidence register, with its SHA-256), and names it here.
 */
export const chatGroups = pgTable(
  "chat_groups",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    platform: platformEnum("platform").notNull(),
    name: varchar("name", { length: 200 }).notNull(),
    createdOn: date("created_on", { mode: "string" }),
    exportEvidenceId: integer("export_evidence_id").references(() => evidence.id),
    exportFileName: varchar("export_file_name", { length: 255 }),
    exportSha256: varchar("export_sha256", { length: 64 }),
    exportSizeBytes: integer("export_size_bytes"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [
    // One group from one export: reading the same file again opens the group already made from it.
    uniqueIndex("chat_groups_export_evidence_idx").on(t.exportEvidenceId),
    check(
      "chat_groups_export_check",
      sql`(${t.exportEvidenceId} is null and ${t.exportFileName} is null and ${t.exportSha256} is null and ${t.exportSizeBytes} is null) or (${t.exportEvidenceId} is not null and ${t.exportFileName} is not null and ${t.exportSha256} is not null and ${t.exportSizeBytes} is not null)`,
    ),
  ],
);

/** Which cases a group belongs to: a group may be behind several cases, and a case may have several groups. */
export const chatGroupCases = pgTable(
  "chat_group_cases",
  {
    groupId: integer("group_id")
      .notNull()
      .references(() => chatGroups.id),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    linkedBy: integer("linked_by")
      .notNull()
      .references(() => users.id),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.caseId] }), index("chat_group_cases_case_idx").on(t.caseId)],
);

/**
 * A member of a group as the chat names them, matched to a person on record (officer or
 * staff), or recorded as outside the force, or not yet identified; never made a subject
 * by being a member. Dates and message counts come from the export; times are the
 * export's clock time, which carries no zone. One part per member, and one membership
 * per person in a group, so that a subject officer has one part in each group.
 */
export const chatGroupMembers = pgTable(
  "chat_group_members",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    groupId: integer("group_id")
      .notNull()
      .references(() => chatGroups.id),
    displayName: varchar("display_name", { length: 200 }).notNull(),
    personId: integer("person_id").references(() => people.id),
    outsideForce: boolean("outside_force").notNull().default(false),
    outsideDescription: varchar("outside_description", { length: 500 }),
    joinedOn: date("joined_on", { mode: "string" }),
    leftOn: date("left_on", { mode: "string" }),
    removedOn: date("removed_on", { mode: "string" }),
    /** The display name of whoever added them, as the chat says. */
    addedBy: varchar("added_by", { length: 200 }),
    messageCount: integer("message_count").notNull().default(0),
    firstMessageAt: timestamp("first_message_at", { mode: "string" }),
    lastMessageAt: timestamp("last_message_at", { mode: "string" }),
    part: groupPartEnum("part"),
    reportedOn: date("reported_on", { mode: "string" }),
    reportedTo: varchar("reported_to", { length: 200 }),
    note: text("note"),
    /** The bystander decision on the Standard "Challenging and reporting improper conduct", with its reason and who made it. */
    bystanderDecision: bystanderDecisionEnum("bystander_decision"),
    bystanderReason: text("bystander_reason"),
    bystanderDecidedOn: date("bystander_decided_on", { mode: "string" }),
    bystanderDecidedBy: integer("bystander_decided_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique("chat_group_members_name_key").on(t.groupId, t.displayName),
    uniqueIndex("chat_group_members_person_idx").on(t.groupId, t.personId).where(sql`${t.personId} is not null`),
    index("chat_group_members_person_lookup_idx").on(t.personId),
    check("chat_group_members_outside_check", sql`not (${t.outsideForce} and ${t.personId} is not null)`),
    check(
      "chat_group_members_reported_check",
      sql`case when ${t.part} = 'reported' then ${t.reportedOn} is not null and ${t.reportedTo} is not null else ${t.reportedOn} is null and ${t.reportedTo} is null end`,
    ),
    check("chat_group_members_messages_check", sql`${t.messageCount} >= 0`),
  ],
);

/**
 * What an evidence item shows of a group chat (issue 18, item 2): a message and its
 * author, a member of the group, at the export's clock time (no zone) when it is known.
 * The evidence item is on one of the group's cases; a note says what is seen.
 */
export const evidenceChatLinks = pgTable(
  "evidence_chat_links",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    evidenceId: integer("evidence_id")
      .notNull()
      .references(() => evidence.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => chatGroupMembers.id),
    messageAt: timestamp("message_at", { mode: "string" }),
    note: varchar("note", { length: 500 }),
    linkedBy: integer("linked_by")
      .notNull()
      .references(() => users.id),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("evidence_chat_links_member_idx").on(t.memberId), index("evidence_chat_links_evidence_idx").on(t.evidenceId)],
);

export type ChatGroup = typeof chatGroups.$inferSelect;
export type ChatGroupMember = typeof chatGroupMembers.$inferSelect;

export type CaseNote = typeof caseNotes.$inferSelect;
export type Evidence = typeof evidence.$inferSelect;
export type Task = typeof tasks.$inferSelect;

export const messagingAppEnum = pgEnum("messaging_app", messagingApps.keys);
export const appPermissionDecisionEnum = pgEnum("app_permission_decision", appPermissionDecisions.keys);

/**
 * A request to run a messaging app on a force phone, and its decision. Whether it is
 * held on a given day is computed from the dates (lib/app-permissions/state.ts), never
 * stored, so an expired permission cannot linger as "approved".
 */
export const appPermissionRequests = pgTable(
  "app_permission_requests",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    ref: varchar("ref", { length: 20 }).notNull().unique(),
    requesterId: integer("requester_id")
      .notNull()
      .references(() => users.id),
    app: messagingAppEnum("app").notNull(),
    /** The app's name when it is not one of the listed ones. */
    otherApp: varchar("other_app", { length: 100 }),
    purpose: text("purpose").notNull(),
    device: varchar("device", { length: 200 }).notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    requestedUntil: date("requested_until", { mode: "string" }).notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    decision: appPermissionDecisionEnum("decision"),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** The first day the permission is no longer held. */
    expiresOn: date("expires_on", { mode: "string" }),
    refusalReason: text("refusal_reason"),
    revokedBy: integer("revoked_by").references(() => users.id),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revocationReason: text("revocation_reason"),
  },
  (t) => [index("app_permission_requests_requester_idx").on(t.requesterId)],
);

export type AppPermissionRequest = typeof appPermissionRequests.$inferSelect;

export const spotCheckKindEnum = pgEnum("spot_check_kind", spotCheckKinds.keys);
export const spotCheckOutcomeEnum = pgEnum("spot_check_outcome", spotCheckOutcomes.keys);

/**
 * A random draw: the criteria, the seed, and the snapshot of the eligible population
 * (sorted person ids and their SHA-256), so the same sample can be recomputed by anyone.
 */
export const spotCheckDraws = pgTable("spot_check_draws", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  ref: varchar("ref", { length: 20 }).notNull().unique(),
  criteria: jsonb("criteria").$type<DrawCriteria>().notNull(),
  seed: varchar("seed", { length: 64 }).notNull(),
  populationIds: integer("population_ids").array().notNull(),
  excludedIds: integer("excluded_ids").array().notNull(),
  snapshotSha256: varchar("snapshot_sha256", { length: 64 }).notNull(),
  /** The people drawn, in the order they were drawn. */
  sampleIds: integer("sample_ids").array().notNull(),
  drawnBy: integer("drawn_by")
    .notNull()
    .references(() => users.id),
  drawnAt: timestamp("drawn_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One review of one person's personal phone and social-media accounts, random or with cause. */
export const spotChecks = pgTable(
  "spot_checks",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    ref: varchar("ref", { length: 20 }).notNull().unique(),
    kind: spotCheckKindEnum("kind").notNull(),
    drawId: integer("draw_id").references(() => spotCheckDraws.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    causeIntelligence: text("cause_intelligence"),
    causeCaseId: integer("cause_case_id").references(() => cases.id),
    legalBasis: text("legal_basis").notNull(),
    proportionality: text("proportionality").notNull(),
    dpiaRef: varchar("dpia_ref", { length: 60 }).notNull(),
    outcome: spotCheckOutcomeEnum("outcome"),
    findings: text("findings"),
    checkedOn: date("checked_on", { mode: "string" }),
    referralCaseId: integer("referral_case_id").references(() => cases.id),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    recordedBy: integer("recorded_by").references(() => users.id),
  },
  (t) => [index("spot_checks_person_idx").on(t.personId), index("spot_checks_draw_idx").on(t.drawId)],
);

export type SpotCheckDraw = typeof spotCheckDraws.$inferSelect;
export type SpotCheck = typeof spotChecks.$inferSelect;

export const notificationKindEnum = pgEnum("notification_kind", notificationKinds.keys);

/**
 * Something a person is told of: in the app (unread until read) and by email when
 * SMTP_URL is set. It names a reference only; what it refers to is read on its page,
 * with the person's access checked there.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: notificationKindEnum("kind").notNull(),
    reference: varchar("reference", { length: 30 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_unread_idx").on(t.userId, t.createdAt).where(sql`${t.readAt} is null`),
    index("notifications_unemailed_idx").on(t.createdAt).where(sql`${t.emailedAt} is null`),
  ],
);

/**
 * A person's saved searches of the case list (issue 17, item 9): a name and the list's
 * filters as a query string, checked by the list's own schema when saved. Only ever
 * read back by their owner, and only ever a filter: what it finds is decided when run.
 */
export const savedCaseFilters = pgTable(
  "saved_case_filters",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    name: varchar("name", { length: 80 }).notNull(),
    query: varchar("query", { length: 500 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("saved_case_filters_name_idx").on(t.userId, sql`lower(${t.name})`)],
);

/**
 * Scheduled work that must run once a day however many server processes there are: the
 * first process to insert today's row runs the job, the others find it taken.
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    job: varchar("job", { length: 50 }).notNull(),
    runOn: date("run_on", { mode: "string" }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.job, t.runOn] })],
);

/**
 * The appropriate authority's decision whether to refer a case to the IOPC, against the
 * mandatory criteria (lib/conduct/iopc-referral.ts), and the IOPC's decision on the mode of
 * investigation. One per case.
 */
export const iopcReferrals = pgTable("iopc_referrals", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  caseId: integer("case_id")
    .notNull()
    .unique()
    .references(() => cases.id),
  criteria: iopcCriterionEnum("criteria").array().notNull().default(sql`'{}'`),
  referred: boolean("referred").notNull(),
  decidedOn: date("decided_on", { mode: "string" }).notNull(),
  rationale: text("rationale").notNull(),
  referredOn: date("referred_on", { mode: "string" }),
  mode: iopcModeEnum("mode"),
  modeDecidedOn: date("mode_decided_on", { mode: "string" }),
  recordedBy: integer("recorded_by")
    .notNull()
    .references(() => users.id),
  ...timestamps,
});

/** Criminal proceedings beside a subject's conduct matter: referral, charge and outcome (lib/conduct/criminal.ts). */
export const criminalProceedings = pgTable("criminal_proceedings", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  subjectId: integer("subject_id")
    .notNull()
    .unique()
    .references(() => subjects.id, { onDelete: "cascade" }),
  referredOn: date("referred_on", { mode: "string" }).notNull(),
  offence: text("offence").notNull(),
  indictableOnly: boolean("indictable_only").notNull().default(false),
  chargedOn: date("charged_on", { mode: "string" }),
  outcome: criminalOutcomeEnum("outcome"),
  outcomeOn: date("outcome_on", { mode: "string" }),
  recordedBy: integer("recorded_by")
    .notNull()
    .references(() => users.id),
  ...timestamps,
});

/** Suspension, or restricted duties instead, with its reviews and end (2020 reg 11). At most one open per subject. */
export const subjectMeasures = pgTable(
  "subject_measures",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    subjectId: integer("subject_id")
      .notNull()
      .references(() => subjects.id, { onDelete: "cascade" }),
    kind: measureKindEnum("kind").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    reason: text("reason").notNull(),
    lastReviewedOn: date("last_reviewed_on", { mode: "string" }),
    endedOn: date("ended_on", { mode: "string" }),
    recordedBy: integer("recorded_by")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [uniqueIndex("subject_measures_open_idx").on(t.subjectId).where(sql`ended_on is null`)],
);
