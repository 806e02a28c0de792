import { defaultForceTargets } from "@/lib/cases/force-targets";
import type { chatGroupMembers, chatGroups, NewCase, NewPerson, NewSubject } from "@/db/schema";
import { addDays, minDate } from "@/lib/dates";
import { createRandom, type Random } from "@/lib/random";
import type {
  Finding,
  JobRole,
  KeyOf,
  Outcome,
  Platform,
  Proceedings,
  ProceedingsFindingKey,
  Rank,
  Role,
  Stage,
  Standard,
  channels,
  contentTypes,
  groupParts,
  sources,
} from "@/lib/vocabulary";
import { type ConductRegime, regimeFor } from "@/lib/conduct/rules";
import { firstNames, surnames, units } from "./demo-names";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  team: string | null;
  /** Whose line manager approves this account's messaging-app requests, besides supervisors. */
  lineManagerEmail?: string;
}

export interface DemoSubject extends Omit<NewSubject, "caseId" | "personId"> {
  serviceNumber: string;
}

export interface DemoCase extends Omit<NewCase, "assignedTo"> {
  assignedToEmail: string | null;
  subjects: DemoSubject[];
}

/** A group chat behind a demo case, its members matched to people by service number (or outside the force). */
export interface DemoChatGroup extends Omit<typeof chatGroups.$inferInsert, "createdBy"> {
  caseRef: string;
  createdByEmail: string;
  members: (Omit<typeof chatGroupMembers.$inferInsert, "groupId" | "personId"> & { serviceNumber: string | null })[];
}

export interface DemoData {
  users: DemoUser[];
  people: NewPerson[];
  cases: DemoCase[];
  chatGroups: DemoChatGroup[];
}

export const DEMO_PASSWORD = "demo-password-2026";

/** The demo's "today": open work is dated against it, so the data set never depends on the clock. */
export const DEMO_TODAY = "2026-11-20";

export const demoUsers: DemoUser[] = [
  { email: "admin@demo.police.uk", name: "Alex Morgan", role: "admin", team: null },
  { email: "supervisor@demo.police.uk", name: "Sam Patel", role: "supervisor", team: null },
  // A second appropriate authority, so that a supervisor's own access to a restricted case can be approved by another (two-person rule).
  { email: "supervisor2@demo.police.uk", name: "Lee Hughes", role: "supervisor", team: null },
  { email: "investigator@demo.police.uk", name: "Jo Clarke", role: "investigator", team: "PSD Team 1" },
  { email: "investigator2@demo.police.uk", name: "Chris Okafor", role: "investigator", team: "PSD Team 2" },
  { email: "senior@demo.police.uk", name: "Ruth Hale", role: "senior_officer", team: null },
  { email: "foi@demo.police.uk", name: "Priya Shah", role: "foi_officer", team: null },
  { email: "staff@demo.police.uk", name: "Dan Ellis", role: "staff", team: null, lineManagerEmail: "manager@demo.police.uk" },
  { email: "manager@demo.police.uk", name: "Kate Mills", role: "staff", team: null },
];

type SanctionSlot = Outcome | "none";

/**
 * The published FoI figures (shared/domain.md, seed 002) broken down by year. The
 * split across years is ours (the article gives only the margins); it puts the
 * 2012-regime-only sanctions (management advice, dismissal with notice) in 2018-2019
 * and leaves most 2021 records without a recorded finding, as the FoI reply did.
 */
const published: Record<number, { findings: Record<Finding, number>; sanctions: Partial<Record<SanctionSlot, number>> }> = {
  2018: {
    findings: { case_to_answer: 5, no_case_to_answer: 6, withdrawn: 1, not_recorded: 2 },
    sanctions: { dismissal_with_notice: 1, management_advice: 2, written_warning: 1, none: 1 },
  },
  2019: {
    findings: { case_to_answer: 6, no_case_to_answer: 7, withdrawn: 1, not_recorded: 2 },
    sanctions: { management_advice: 3, written_warning: 1, final_written_warning: 1, none: 1 },
  },
  2020: {
    findings: { case_to_answer: 12, no_case_to_answer: 20, withdrawn: 2, not_recorded: 28 },
    sanctions: {
      dismissal_without_notice: 1,
      final_written_warning: 2,
      written_warning: 2,
      would_have_been_dismissed: 1,
      none: 6,
    },
  },
  2021: {
    findings: { case_to_answer: 14, no_case_to_answer: 24, withdrawn: 3, not_recorded: 51 },
    sanctions: { final_written_warning: 1, written_warning: 3, would_have_been_dismissed: 2, none: 8 },
  },
};

/** Exact ranks behind the published rank groups: 160 / 12 / 8 / 4. */
const publishedRanks: Partial<Record<Rank, number>> = {
  constable: 160,
  sergeant: 12,
  inspector: 4,
  chief_inspector: 2,
  superintendent: 1,
  chief_superintendent: 1,
};
const NOT_STATED_PER_EARLY_YEAR = 2;

interface Slot {
  year: number;
  rank: Rank;
  finding: Finding | null;
  sanction: SanctionSlot | null;
  stage: Stage;
}

export const sourceWeights: Partial<Record<KeyOf<typeof sources>, number>> = {
  colleague_report: 38,
  public_complaint: 24,
  intelligence: 16,
  spot_check: 6,
  self_referral: 6,
  other: 10,
};
export const platformWeights: Partial<Record<Platform, number>> = {
  whatsapp: 46,
  facebook: 14,
  x_twitter: 9,
  instagram: 9,
  snapchat: 8,
  tiktok: 4,
  telegram: 3,
  signal: 2,
  linkedin: 1,
  other: 2,
  not_known: 2,
};
export const contentWeights: Partial<Record<KeyOf<typeof contentTypes>, number>> = {
  discriminatory: 34,
  sexual_or_misogynistic: 24,
  disclosure_of_police_information: 16,
  images_of_victims_or_scenes: 8,
  other: 18,
};
export const deviceWeights = { personal: 78, force_issued: 12, not_known: 10 } as const;

const standardsByContent: Record<KeyOf<typeof contentTypes>, Standard[]> = {
  discriminatory: ["equality_and_diversity", "discreditable_conduct"],
  sexual_or_misogynistic: ["authority_respect_and_courtesy", "discreditable_conduct"],
  disclosure_of_police_information: ["confidentiality", "discreditable_conduct"],
  images_of_victims_or_scenes: ["confidentiality", "authority_respect_and_courtesy", "discreditable_conduct"],
  other: ["discreditable_conduct"],
};

/**
 * The proceedings and their finding behind a demo sanction, under the regime of the
 * record: each combination is lawful by lib/conduct/rules.ts (the demo-data test checks
 * every record). Dismissal without notice came from the fast track: the accelerated
 * misconduct hearing (2020 reg 49 onwards) or the special case hearing (2012 reg 55).
 */
export function proceedingsForSanction(
  sanction: Outcome,
  regime: ConductRegime,
): { proceedings: Proceedings | null; proceedingsFinding: ProceedingsFindingKey | null } {
  switch (sanction) {
    case "referred_to_rprp":
      return { proceedings: null, proceedingsFinding: null };
    case "no_further_action":
    case "management_advice":
    case "written_warning":
    case "final_written_warning":
      return { proceedings: "misconduct_meeting", proceedingsFinding: "misconduct" };
    case "dismissal_without_notice":
      return { proceedings: regime === "2020" ? "accelerated_misconduct_hearing" : "special_case_hearing", proceedingsFinding: "gross_misconduct" };
    default:
      return { proceedings: "misconduct_hearing", proceedingsFinding: "gross_misconduct" };
  }
}

export const leavesForce = new Set<Outcome>(["dismissal_with_notice", "dismissal_without_notice", "would_have_been_dismissed"]);

const summaries: Record<KeyOf<typeof contentTypes>, string[]> = {
  discriminatory: [
    "Racist remarks shared in an off-duty group chat",
    "Homophobic memes posted to a team chat",
    "Derogatory comments about a religious community in a public post",
  ],
  sexual_or_misogynistic: [
    "Misogynistic messages about a colleague in a group chat",
    "Sexualised comments about members of the public",
    "Unwanted sexual messages sent to a colleague",
  ],
  disclosure_of_police_information: [
    "Details of an ongoing operation shared with friends",
    "Screenshots of police systems posted online",
    "Custody information disclosed in a group chat",
  ],
  images_of_victims_or_scenes: ["Photographs of a crime scene shared in a group chat", "Image of an injured victim circulated among officers"],
  other: ["Inappropriate comments on a public social-media post", "Offensive content shared with a member of the public"],
};

function historicalSlots(random: Random): Slot[] {
  const slots: Slot[] = [];
  for (const [yearText, figures] of Object.entries(published)) {
    const year = Number(yearText);
    const sanctions = random.shuffle(Object.entries(figures.sanctions).flatMap(([s, n]) => Array<SanctionSlot>(n).fill(s as SanctionSlot)));
    for (const [finding, n] of Object.entries(figures.findings) as [Finding, number][]) {
      for (let i = 0; i < n; i++) {
        slots.push({
          year,
          rank: "constable",
          finding,
          sanction: finding === "case_to_answer" ? sanctions.pop()! : null,
          stage: finding === "withdrawn" ? "withdrawn" : "finalised",
        });
      }
    }
  }
  const earlyYears = slots.filter((slot) => slot.year <= 2019);
  const notStated = new Set(
    [2018, 2019].flatMap((year) => random.shuffle(earlyYears.filter((slot) => slot.year === year)).slice(0, NOT_STATED_PER_EARLY_YEAR)),
  );
  const rankPool = random.shuffle(Object.entries(publishedRanks).flatMap(([rank, n]) => Array<Rank>(n).fill(rank as Rank)));
  for (const slot of slots) slot.rank = notStated.has(slot) ? "not_stated" : rankPool.pop()!;
  return slots;
}

/** Finalised records of 2022-2024: not in the FoI reply, realistic in shape. */
function laterSlots(random: Random): Slot[] {
  const slots: Slot[] = [];
  for (const [year, n] of [
    [2022, 81],
    [2023, 74],
    [2024, 66],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const finding = random.weighted<Finding>({ case_to_answer: 30, no_case_to_answer: 58, withdrawn: 8, not_recorded: 4 });
      const sanction =
        finding === "case_to_answer"
          ? random.weighted<SanctionSlot>({
              written_warning: 30,
              final_written_warning: 22,
              dismissal_without_notice: 12,
              would_have_been_dismissed: 6,
              reduction_in_rank: 4,
              no_further_action: 6,
              none: 20,
            })
          : null;
      slots.push({
        year,
        rank: random.weighted<Rank>({ constable: 84, sergeant: 8, inspector: 3, chief_inspector: 1, special_constable: 3, pcso: 1 }),
        finding,
        sanction,
        stage: finding === "withdrawn" ? "withdrawn" : "finalised",
      });
    }
  }
  return slots;
}

/** Splits one year's subjects into cases: mostly single officers, some group chats. */
function groupIntoCases(random: Random, slots: Slot[], bigGroup: number): Slot[][] {
  const remaining = random.shuffle(slots);
  const groups: Slot[][] = [];
  if (bigGroup > 1 && remaining.length > bigGroup * 2) groups.push(remaining.splice(0, bigGroup));
  while (remaining.length > 0) {
    const size = Number(random.weighted({ "1": 68, "2": 13, "3": 9, "4": 5, "5": 3, "6": 2 }));
    groups.push(remaining.splice(0, Math.min(size, remaining.length)));
  }
  return groups;
}

interface Builder {
  random: Random;
  people: NewPerson[];
  cases: DemoCase[];
  serviceNumbers: Set<string>;
  names: string[];
  refCounters: Map<number, number>;
}

function newPerson(builder: Builder, rank: Rank): NewPerson {
  let serviceNumber: string;
  do serviceNumber = String(builder.random.int(100_000, 999_999));
  while (builder.serviceNumbers.has(serviceNumber));
  builder.serviceNumbers.add(serviceNumber);
  const name = builder.names.pop();
  if (!name) throw new Error("Ran out of synthetic names");
  const place = builder.random.pick(units);
  const person: NewPerson = { serviceNumber, name, rank, unit: place.unit, command: place.command, status: "serving" };
  builder.people.push(person);
  return person;
}

function nextRef(builder: Builder, year: number): string {
  const n = (builder.refCounters.get(year) ?? 0) + 1;
  builder.refCounters.set(year, n);
  return `PSD-${year}-${String(n).padStart(4, "0")}`;
}

export function subjectStandards(random: Random, contentType: KeyOf<typeof contentTypes>, inGroup: boolean): Standard[] {
  const chosen = new Set(standardsByContent[contentType]);
  if (inGroup && random.next() < 0.35) chosen.add("challenging_and_reporting_improper_conduct");
  if (random.next() < 0.1) chosen.add("honesty_and_integrity");
  return [...chosen];
}

const singleChannelWeights: Partial<Record<KeyOf<typeof channels>, number>> = { public_post: 40, direct_message: 30, group_chat: 30 };
const groupChatPlatformWeights: Partial<Record<Platform, number>> = { whatsapp: 80, telegram: 6, signal: 6, snapchat: 8 };

export function describeCase(random: Random, size: number) {
  const contentType = random.weighted(contentWeights);
  const channel: KeyOf<typeof channels> = size > 1 ? "group_chat" : random.weighted(singleChannelWeights);
  const platform = channel === "group_chat" ? random.weighted(groupChatPlatformWeights) : random.weighted(platformWeights);
  return {
    contentType,
    channel,
    platform,
    groupSize: channel === "group_chat" ? size + random.int(2, 24) : null,
    source: random.weighted(sourceWeights),
    device: random.weighted(deviceWeights),
    summary: random.pick(summaries[contentType]),
  };
}

/** A finalised or withdrawn historical subject, with every decision dated. */
function decidedSubject(random: Random, slot: Slot, recordedOn: string, standards: Standard[], person: NewPerson): DemoSubject {
  const regime = regimeFor(recordedOn);
  const severityOn = addDays(recordedOn, random.int(5, 30));
  const findingOn = addDays(severityOn, random.int(60, 380));
  const subject: DemoSubject = {
    serviceNumber: person.serviceNumber,
    rank: slot.rank,
    standards,
    regime,
    stage: slot.stage,
    allegation: "Sent or shared the messages described in the case summary.",
    severity: null,
    severityOn: null,
  };
  if (slot.finding === "not_recorded") {
    // Historical records migrated from the old system kept no decision at all.
    return { ...subject, finding: "not_recorded" };
  }
  const grave = slot.sanction !== null && slot.sanction !== "none" && leavesForce.has(slot.sanction);
  subject.severity = grave ? "gross_misconduct" : slot.finding === "no_case_to_answer" && random.next() < 0.3 ? "practice_requiring_improvement" : "misconduct";
  subject.severityOn = severityOn;
  if (slot.finding === "withdrawn") {
    return {
      ...subject,
      finding: "withdrawn",
      findingOn,
      withdrawnReason: "Complainant withdrew and no independent evidence remained.",
      withdrawalKind: "complaint_withdrawn",
    };
  }
  const agrees = random.next() < 0.88;
  const recommendation = (slot.finding === "case_to_answer") === agrees ? "case_to_answer" : "no_case_to_answer";
  Object.assign(subject, {
    recommendation,
    recommendationOn: addDays(findingOn, -random.int(7, 30)),
    finding: slot.finding,
    findingOn,
    findingRationale:
      slot.finding === "case_to_answer"
        ? "The messages, if proved, would breach the Standards named; a panel could find misconduct."
        : "The evidence does not show that the officer sent or endorsed the content; no case to answer.",
  });
  if (slot.finding === "case_to_answer" && slot.sanction && slot.sanction !== "none") {
    const outcomeOn = addDays(findingOn, random.int(30, 150));
    Object.assign(subject, {
      ...proceedingsForSanction(slot.sanction, regime),
      proceedingsOn: addDays(outcomeOn, -random.int(0, 10)),
      outcome: slot.sanction,
      outcomeOn,
    });
    if (leavesForce.has(slot.sanction)) {
      person.status = "left";
      person.leftOn = slot.sanction === "would_have_been_dismissed" ? addDays(findingOn, random.int(5, 25)) : outcomeOn;
    }
  }
  return subject;
}

function buildDecidedCases(builder: Builder, slots: Slot[], year: number, bigGroup: number) {
  const { random } = builder;
  const groups = groupIntoCases(random, slots, bigGroup);
  const dated = groups
    .map((group) => ({ group, recordedOn: addDays(`${year}-01-01`, random.int(0, 364)) }))
    .sort((a, b) => a.recordedOn.localeCompare(b.recordedOn));
  for (const { group, recordedOn } of dated) {
    const details = describeCase(random, group.length);
    const incidentOn = addDays(recordedOn, -random.int(1, 150));
    const team = random.next() < 0.5 ? "PSD Team 1" : "PSD Team 2";
    const subjects = group.map((slot) =>
      decidedSubject(random, slot, recordedOn, subjectStandards(random, details.contentType, group.length > 1), newPerson(builder, slot.rank)),
    );
    builder.cases.push({
      ref: nextRef(builder, year),
      ...details,
      incidentOn,
      recordedOn,
      status: subjects.every((s) => s.stage === "withdrawn") ? "withdrawn" : "finalised",
      team,
      assignedToEmail: null,
      subjects,
    });
  }
}

/**
 * Makes a few officers the subject of a second allegation within a year, so that
 * the early-intervention screens have something true to show.
 */
function addRepeatAllegations(builder: Builder, count: number) {
  const { random } = builder;
  const candidates = builder.cases.flatMap((c) =>
    c.subjects.filter((s) => s.rank === "constable" && !(s.outcome && leavesForce.has(s.outcome))).map((s) => ({ c, s })),
  );
  const used = new Set<DemoSubject>();
  let made = 0;
  for (const first of random.shuffle(candidates)) {
    if (made === count) break;
    if (used.has(first.s)) continue;
    const second = candidates.find(
      ({ c, s }) =>
        c !== first.c &&
        !used.has(s) &&
        c.recordedOn > first.c.recordedOn &&
        c.recordedOn <= addDays(first.c.recordedOn, 330) &&
        !c.subjects.some((other) => other.serviceNumber === first.s.serviceNumber),
    );
    if (!second) continue;
    const orphan = second.s.serviceNumber;
    second.s.serviceNumber = first.s.serviceNumber;
    builder.people = builder.people.filter((p) => p.serviceNumber !== orphan);
    used.add(first.s).add(second.s);
    made++;
  }
}

const openStages: Stage[] = ["recorded", "assessment", "investigation", "decision", "proceedings", "outcome", "finalised", "withdrawn"];
/** The force target of a stage in calendar days, as the app sets them (the defaults of lib/cases/force-targets.ts); none once closed. */
export function forceTargetOf(stage: Stage): number | null {
  return stage === "finalised" || stage === "withdrawn" ? null : defaultForceTargets[stage];
}

/** Current work of 2025-2026, in every stage, for the investigators' screens. */
function buildOpenCases(builder: Builder) {
  const { random } = builder;
  for (let i = 0; i < 40; i++) {
    const stage = openStages[i % openStages.length]!;
    const stageIndex = openStages.indexOf(stage);
    const size = i % 5 === 0 ? random.int(2, 4) : 1;
    const details = describeCase(random, size);
    const daysAgo = 10 + stageIndex * 45 + random.int(0, 90);
    const recordedOn = addDays(DEMO_TODAY, -daysAgo);
    const incidentOn = addDays(recordedOn, -random.int(1, 60));
    const restricted = i === 9;
    const team = i % 3 === 2 ? "PSD Team 2" : "PSD Team 1";
    const stageStarted = minDate(addDays(recordedOn, stageIndex * 40), addDays(DEMO_TODAY, -random.int(1, 30)));
    const target = forceTargetOf(stage);
    const subjects: DemoSubject[] = [];
    for (let j = 0; j < size; j++) {
      const rank: Rank = restricted ? "chief_superintendent" : random.weighted<Rank>({ constable: 80, sergeant: 12, inspector: 5, special_constable: 3 });
      const person = newPerson(builder, rank);
      const subject: DemoSubject = {
        serviceNumber: person.serviceNumber,
        rank,
        standards: subjectStandards(random, details.contentType, size > 1),
        regime: "2020",
        stage,
        allegation: "Sent or shared the messages described in the case summary.",
      };
      if (stageIndex >= 1) {
        subject.severity = restricted ? "gross_misconduct" : "misconduct";
        subject.severityOn = addDays(recordedOn, 7);
      }
      if (stageIndex >= 3) {
        subject.recommendation = "case_to_answer";
        subject.recommendationOn = addDays(recordedOn, 100);
      }
      if (stageIndex >= 4 && stage !== "withdrawn") {
        subject.finding = "case_to_answer";
        subject.findingOn = minDate(addDays(recordedOn, 120), addDays(DEMO_TODAY, -2));
        subject.findingRationale = "The messages, if proved, would breach the Standards named; a panel could find misconduct.";
        subject.proceedings = "misconduct_meeting";
      }
      if (stage === "finalised") subject.proceedingsFinding = "misconduct";
      if (stage === "finalised") {
        subject.outcome = random.pick<Outcome>(["written_warning", "final_written_warning"]);
        subject.outcomeOn = minDate(addDays(recordedOn, 200), addDays(DEMO_TODAY, -1));
        subject.proceedingsOn = subject.outcomeOn;
      }
      if (stage === "withdrawn") {
        subject.finding = "withdrawn";
        subject.findingOn = addDays(recordedOn, 60);
        subject.withdrawnReason = "The account was shown not to belong to the officer.";
        subject.withdrawalKind = "investigation_discontinued";
      }
      subjects.push(subject);
    }
    const year = Number(recordedOn.slice(0, 4));
    builder.cases.push({
      ref: nextRef(builder, year),
      ...details,
      summary: restricted ? "Senior officer: offensive remarks in a command-team group chat" : details.summary,
      incidentOn,
      recordedOn,
      status: stage,
      stageDueOn: target === null ? null : addDays(stageStarted, target),
      team,
      restricted,
      assignedToEmail: stage === "recorded" && i % 2 === 0 ? null : team === "PSD Team 1" ? "investigator@demo.police.uk" : "investigator2@demo.police.uk",
      subjects,
    });
  }
}

/** The whole demo data set; the same on every call and every machine. */
/** Specialist units have one kind of role; BCU officers are spread over the local ones. */
const jobRoleByUnit: Record<string, JobRole> = {
  "Roads and Transport Policing": "roads_policing",
  "Territorial Support Group": "public_order",
  "Aviation Policing": "protection",
  "Parliamentary and Diplomatic Protection": "protection",
};

/**
 * Job roles come last, from a generator of their own, so that adding them changed
 * nothing else in the data set (the FoI figures depend on the main sequence).
 */
function assignJobRoles(people: NewPerson[], seed: number) {
  const random = createRandom(seed + 1);
  for (const person of people) {
    const local = random.weighted<JobRole>({ response: 45, neighbourhood: 25, investigation: 18, custody: 7, support: 5 });
    person.jobRole = person.rank === "police_staff" || person.rank === "pcso" ? "support" : (jobRoleByUnit[person.unit ?? ""] ?? local);
  }
}

export function generateDemoData(seed = 2026): DemoData {
  const random = createRandom(seed);
  const names = random.shuffle(firstNames.flatMap((first) => surnames.map((last) => `${first} ${last}`)));
  const builder: Builder = { random, people: [], cases: [], serviceNumbers: new Set(), names, refCounters: new Map() };

  const historical = historicalSlots(random);
  for (const year of [2018, 2019, 2020, 2021]) {
    buildDecidedCases(
      builder,
      historical.filter((s) => s.year === year),
      year,
      year === 2021 ? 9 : year === 2020 ? 6 : 0,
    );
  }
  const later = laterSlots(random);
  for (const year of [2022, 2023, 2024]) {
    buildDecidedCases(
      builder,
      later.filter((s) => s.year === year),
      year,
      5,
    );
  }
  addRepeatAllegations(builder, 6);
  buildOpenCases(builder);
  assignJobRoles(builder.people, seed);

  return { users: demoUsers, people: builder.people, cases: builder.cases, chatGroups: [largestGroupChat(builder)] };
}

/**
 * The group behind the demo's largest 2021 group-chat case (issue 18): 14 members, a part
 * in the evidence for each, every part present. Its subject officers wrote or endorsed the
 * content; the other members are officers who were present and silent, one who challenged
 * inside the group and one who reported it, and a friend outside the force. None of them
 * is made a subject, so no published 2018-2021 figure moves.
 */
function largestGroupChat(builder: Builder): DemoChatGroup {
  const groupCase = builder.cases
    .filter((c) => c.recordedOn.startsWith("2021") && c.channel === "group_chat")
    .sort((a, b) => b.subjects.length - a.subjects.length || a.ref.localeCompare(b.ref))[0]!;
  const subjectNumbers = new Set(groupCase.subjects.map((s) => s.serviceNumber));
  const person = (serviceNumber: string) => builder.people.find((p) => p.serviceNumber === serviceNumber)!;
  // Serving constables never a subject of this case, taken in the order they were made, so the set is the same every run.
  const bystanders = builder.people.filter((p) => p.status === "serving" && p.rank === "constable" && !subjectNumbers.has(p.serviceNumber)).slice(0, 4);
  const joinedOn = addDays(groupCase.incidentOn ?? groupCase.recordedOn, -200);
  const member = (p: NewPerson, part: KeyOf<typeof groupParts>, messageCount: number) => ({
    displayName: p.name,
    serviceNumber: p.serviceNumber,
    part,
    joinedOn,
    messageCount,
  });
  const subjects = groupCase.subjects.map((s, i) => member(person(s.serviceNumber), i < 3 ? "author" : "endorsed", i < 3 ? 40 - i * 7 : 12 - i));
  const [silentOne, silentTwo, challenger, reporter] = bystanders as [NewPerson, NewPerson, NewPerson, NewPerson];
  const others = [
    member(silentOne, "silent", 0),
    member(silentTwo, "silent", 2),
    member(challenger, "challenged", 5),
    { ...member(reporter, "reported", 1), reportedOn: groupCase.recordedOn, reportedTo: "Professional Standards Department" },
  ];
  const outsider = {
    displayName: "Jay (friend of a member)",
    serviceNumber: null,
    outsideForce: true,
    outsideDescription: "A friend of one member, not employed by the force",
    part: "silent" as const,
    joinedOn,
    messageCount: 0,
  };
  const members = [...subjects, ...others, outsider];
  if (members.length !== 14) throw new Error(`The demo's largest 2021 group chat should have 14 members, not ${members.length}`);
  // The case records the group as it is: 14 members.
  groupCase.groupSize = members.length;
  return {
    caseRef: groupCase.ref,
    platform: groupCase.platform,
    name: "Response shift (off duty)",
    createdOn: joinedOn,
    createdByEmail: "investigator@demo.police.uk",
    members,
  };
}
