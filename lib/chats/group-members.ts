/**
 * The members of a group chat as an export shows them: everyone who wrote, and everyone
 * the membership events name (added, joined, left, removed, created), with when they
 * joined and whether they left or were removed. Pure: it reads what parseWhatsAppExport
 * gives.
 *
 * A member who never wrote is still a member: in a group where content was complained
 * of, the silent members are exactly the ones the duty to challenge and report concerns.
 */
import type { WhatsAppEvent, WhatsAppExport } from "./whatsapp-export";

export interface ExportMember {
  name: string;
  messages: number;
  /** `YYYY-MM-DDTHH:MM:SS`, the export's clock time; null for a member who never wrote. */
  firstAt: string | null;
  lastAt: string | null;
  /** Dates (`YYYY-MM-DD`) from the membership events; null where the export does not say. */
  joinedOn: string | null;
  leftOn: string | null;
  removedOn: string | null;
  /** Who added them first, as the chat names them. */
  addedBy: string | null;
}

/** WhatsApp writes the exporting phone's owner as "You" or "you" by position: one person. */
function memberName(name: string): string {
  return name.toLowerCase() === "you" ? "You" : name;
}

const dateOf = (at: string) => at.slice(0, 10);

/** Who an event is about, and whether it starts or ends their membership. */
function effect(event: WhatsAppEvent): { name: string; kind: "join" | "left" | "removed"; addedBy: string | null } | null {
  switch (event.kind) {
    case "created":
      return event.actor ? { name: event.actor, kind: "join", addedBy: null } : null;
    case "added":
      return event.subject ? { name: event.subject, kind: "join", addedBy: event.actor } : null;
    case "joined":
      return event.subject ? { name: event.subject, kind: "join", addedBy: null } : null;
    case "left":
      return event.subject ? { name: event.subject, kind: "left", addedBy: null } : null;
    case "removed":
      return event.subject ? { name: event.subject, kind: "removed", addedBy: null } : null;
  }
}

/**
 * Members in a fixed order: the participants in the parser's order (first message, then
 * name), then those who never wrote in the order the events first name them. A member
 * joined on their first join (or the group's creation, for its creator); they left or were
 * removed only if their last departure came after their last join: someone who left and
 * was added back is still a member.
 */
export function membersFromExport(parsed: WhatsAppExport): ExportMember[] {
  const members = new Map<string, ExportMember & { lastJoinAt: string | null }>();
  const blank = (name: string) => ({
    name,
    messages: 0,
    firstAt: null,
    lastAt: null,
    joinedOn: null,
    leftOn: null,
    removedOn: null,
    addedBy: null,
    lastJoinAt: null,
  });
  for (const p of parsed.participants) {
    const name = memberName(p.name);
    const earlier = members.get(name);
    if (!earlier) {
      members.set(name, { ...blank(name), messages: p.messages, firstAt: p.firstAt, lastAt: p.lastAt });
      continue;
    }
    // "You" and "you" as senders are one person: their counts add up.
    earlier.messages += p.messages;
    if (earlier.firstAt === null || p.firstAt < earlier.firstAt) earlier.firstAt = p.firstAt;
    if (earlier.lastAt === null || p.lastAt > earlier.lastAt) earlier.lastAt = p.lastAt;
  }
  for (const event of parsed.events) {
    // The actor of an addition or removal was in the group at the time, even if nothing else says so.
    if ((event.kind === "added" || event.kind === "removed") && event.actor && !members.has(memberName(event.actor))) {
      members.set(memberName(event.actor), blank(memberName(event.actor)));
    }
    const change = effect(event);
    if (!change) continue;
    const name = memberName(change.name);
    const member = members.get(name) ?? blank(name);
    members.set(name, member);
    if (change.kind === "join") {
      if (member.joinedOn === null) {
        member.joinedOn = dateOf(event.at);
        member.addedBy = change.addedBy === null ? null : memberName(change.addedBy);
      }
      member.lastJoinAt = event.at;
      member.leftOn = null;
      member.removedOn = null;
    } else if (member.lastJoinAt === null || event.at >= member.lastJoinAt) {
      member.leftOn = change.kind === "left" ? dateOf(event.at) : null;
      member.removedOn = change.kind === "removed" ? dateOf(event.at) : null;
    }
  }
  return [...members.values()].map(({ lastJoinAt: _, ...member }) => member);
}

/** The date the export says the group was created, if it does. */
export function groupCreatedOn(parsed: WhatsAppExport): string | null {
  const created = parsed.events.find((e) => e.kind === "created");
  return created ? dateOf(created.at) : null;
}

/** A group's name from the export's file name ("WhatsApp Chat with Relief B.txt" → "Relief B"), or "" when it says none. */
export function groupNameFromFileName(fileName: string): string {
  return fileName
    .replace(/\.txt$/i, "")
    .replace(/^WhatsApp Chat (?:with|-)\s*/i, "")
    .replace(/\s*\(\d+\)$/, "")
    .trim()
    .slice(0, 200);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date (`YYYY-MM-DD`) as the pages show it: "1 Mar 2021". */
export function chatDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split("-").map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/**
 * An export's clock time ("2021-03-01T21:15:00", or with a space as the database gives
 * it) as "1 Mar 2021, 21:15": shown as written, never converted, since the export names
 * no time zone.
 */
export function chatClockTime(at: string): string {
  return `${chatDate(at)}, ${at.slice(11, 16)}`;
}
