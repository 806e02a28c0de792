import type { listCaseNotes, listCaseTimeline } from "@/db/queries/case-work";
import type { getCaseForViewer } from "@/db/queries/cases";
import type { listCaseEvidence } from "@/db/queries/evidence";
import { describeCaseEvent } from "@/lib/cases/timeline";
import { formatDate, formatDateTime } from "@/lib/format";
import {
  channels,
  contentTypes,
  devices,
  findings,
  matterTypes,
  outcomes,
  platforms,
  proceedings,
  ranks,
  recommendations,
  severities,
  sources,
  stages,
  standards,
  withdrawalKinds,
} from "@/lib/vocabulary";

type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCaseForViewer>>>;
type TimelineEntry = Awaited<ReturnType<typeof listCaseTimeline>>[number];
type Note = Awaited<ReturnType<typeof listCaseNotes>>[number];
type EvidenceItem = NonNullable<Awaited<ReturnType<typeof listCaseEvidence>>>[number];

/** A case file as blocks a renderer lays out: nothing here knows about pages or fonts. */
export type CaseFileBlock =
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "facts"; rows: [string, string][] }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; columns: { header: string; share: number }[]; rows: string[][] };

export interface CaseFile {
  title: string;
  subtitle: string;
  blocks: CaseFileBlock[];
}

const dated = (value: string, on: string | null) => (on ? `${value} (${formatDate(on)})` : value);

function subjectBlocks(s: CaseDetail["subjects"][number]): CaseFileBlock[] {
  const rows: [string, string][] = [
    ["Service number", s.serviceNumber],
    ["Rank at the time", ranks.labels[s.rank]],
    ["Stage", stages.labels[s.stage]],
    ["Allegation", s.allegation ?? "Not written yet"],
    ["Standards", s.standards.map((k) => standards.labels[k]).join("; ") || "Not assessed yet"],
    ["Severity assessment", s.severity ? dated(severities.labels[s.severity], s.severityOn) : "Not assessed yet"],
    ["Investigator's recommendation", s.recommendation ? recommendations.labels[s.recommendation] : "Not made yet"],
    ["Appropriate authority's decision", s.finding ? dated(findings.labels[s.finding], s.findingOn) : "Not made yet"],
  ];
  if (s.findingRationale) rows.push(["Rationale", s.findingRationale]);
  if (s.proceedings) rows.push(["Proceedings", proceedings.labels[s.proceedings]]);
  if (s.outcome) rows.push(["Outcome", dated(outcomes.labels[s.outcome], s.outcomeOn)]);
  if (s.withdrawnReason) rows.push(["Withdrawn", `${s.withdrawalKind ? `${withdrawalKinds.labels[s.withdrawalKind]}: ` : ""}${s.withdrawnReason}`]);
  if (s.rprpCompletedOn) rows.push(["Reflective practice review", `Completed ${formatDate(s.rprpCompletedOn)}. Actions agreed: ${s.rprpActions ?? ""}`]);
  return [
    { kind: "subheading", text: `${s.name}` },
    { kind: "facts", rows },
  ];
}

/**
 * What a case file for a hearing or an IOPC referral holds (issue 17, item 8): the case's
 * summary, each subject officer with each decision, its rationale and date, the timeline,
 * the notes and the evidence register with each file's SHA-256. Only what the viewer may
 * see reaches here: the timeline already blanks cases they may not see.
 */
export function buildCaseFile(input: {
  found: CaseDetail;
  timeline: TimelineEntry[];
  notes: Note[];
  evidence: EvidenceItem[];
  generatedAt: Date;
  generatedBy: string;
}): CaseFile {
  const { found } = input;
  const subjectNames = new Map(found.subjects.map((s) => [s.id, s.name]));
  const blocks: CaseFileBlock[] = [
    { kind: "heading", text: "Summary" },
    { kind: "paragraph", text: found.summary },
    {
      kind: "facts",
      rows: [
        ["Status", stages.labels[found.status]],
        ["Recorded", formatDate(found.recordedOn)],
        ["Incident", found.incidentOn ? formatDate(found.incidentOn) : "Not known"],
        ["Type of matter", found.matterType ? matterTypes.labels[found.matterType] : "Not recorded"],
        ["How it came to notice", sources.labels[found.source]],
        [
          "Platform and channel",
          `${platforms.labels[found.platform]}, ${channels.labels[found.channel].toLowerCase()}${found.groupSize ? ` of ${found.groupSize} members` : ""}`,
        ],
        ["Content", contentTypes.labels[found.contentType]],
        ["Device", devices.labels[found.device]],
        ["Assigned to", found.assignedToName ?? `Unassigned${found.team ? ` (${found.team})` : ""}`],
        ["Restricted", found.restricted ? "Yes: on a need-to-know access list" : "No"],
      ],
    },
    { kind: "heading", text: `Subject officers (${found.subjects.length})` },
    ...(found.subjects.length === 0 ? [{ kind: "paragraph" as const, text: "None recorded." }] : found.subjects.flatMap(subjectBlocks)),
    { kind: "heading", text: "Timeline" },
    input.timeline.length === 0
      ? { kind: "paragraph", text: "Nothing recorded in the system: the case was brought in from earlier records." }
      : {
          kind: "table",
          columns: [
            { header: "When", share: 0.25 },
            { header: "What", share: 0.5 },
            { header: "Who", share: 0.25 },
          ],
          rows: input.timeline.map((e) => [formatDateTime(e.occurredAt), describeCaseEvent(e.action, e.detail, subjectNames), e.actorName ?? "The system"]),
        },
    { kind: "heading", text: `Notes (${input.notes.length})` },
    ...(input.notes.length === 0
      ? [{ kind: "paragraph" as const, text: "None." }]
      : input.notes.flatMap((n): CaseFileBlock[] => [
          { kind: "subheading", text: `${formatDateTime(n.createdAt)}, ${n.authorName}` },
          { kind: "paragraph", text: n.body },
        ])),
    { kind: "heading", text: `Evidence register (${input.evidence.length})` },
    input.evidence.length === 0
      ? { kind: "paragraph", text: "No files." }
      : {
          kind: "table",
          columns: [
            { header: "File", share: 0.3 },
            { header: "Added", share: 0.25 },
            { header: "SHA-256", share: 0.45 },
          ],
          rows: input.evidence.map((e) => [
            `${e.fileName}${e.description ? ` (${e.description})` : ""}, ${e.mediaType}, ${e.sizeBytes.toLocaleString("en-GB")} bytes`,
            `${formatDateTime(new Date(e.uploadedAt))} by ${e.uploadedByName}`,
            e.sha256,
          ]),
        },
  ];
  return {
    title: `Case file ${found.ref}`,
    subtitle: `Produced ${formatDateTime(input.generatedAt)} by ${input.generatedBy}. Check each file against its SHA-256 before relying on it.`,
    blocks,
  };
}
