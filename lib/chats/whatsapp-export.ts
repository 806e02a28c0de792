/**
 * Reads a WhatsApp "Export chat" text file into who wrote how much and when, and who
 * joined, left, was added or removed. Pure: no database, no framework, nothing sent.
 *
 * It never throws: an export is evidence, and an investigator is better served by what
 * could be read than by a refusal. A line that looks like a message header but cannot be
 * one (an impossible date or time) is read as text inside the previous message, which is
 * what it must be: WhatsApp itself never writes an impossible date.
 *
 * Orders, chosen so that the result is the same however often the file is read:
 * - participants: by the time of their first message, then by name (compared by code
 *   unit, so the order does not depend on the reader's locale). Only people who wrote at
 *   least one message are participants (a member who never wrote appears in events).
 * - events: in file order, one per person added when one line adds several.
 * - times: the clock time the export shows, as `YYYY-MM-DDTHH:MM:SS` with no zone (the
 *   export has none; `:00` when it shows no seconds). firstAt and lastAt are the earliest
 *   and latest of the participant's messages, compared as times, not by file position.
 *
 * Only English system lines are recognised. A line in another language that has no
 * "Name: " is still not a message (Android writes system lines without a sender), but it
 * gives no event.
 */

export type WhatsAppEventKind = "added" | "left" | "removed" | "created" | "joined";

export type WhatsAppParticipant = { name: string; messages: number; firstAt: string; lastAt: string };
export type WhatsAppEvent = { at: string; kind: WhatsAppEventKind; actor: string | null; subject: string | null };
export type WhatsAppExport = { participants: WhatsAppParticipant[]; events: WhatsAppEvent[]; messages: number };

// Direction marks iOS puts around names and system text (U+200E, U+200F, U+202A-U+202E,
// U+2066-U+2069), and the byte-order mark some exports start with.
const MARK_CLASS = "\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff";
const MARKS = new RegExp(`[${MARK_CLASS}]`, "g");
// Every mark goes except one straight after ": ", which iOS uses to flag system text.
const MARKS_NOT_AFTER_COLON = new RegExp(`(?<!: )[${MARK_CLASS}]`, "g");
const SEPARATOR_BEFORE_MARK = new RegExp(`: [${MARK_CLASS}]`);
// Recent exports put a narrow no-break space (U+202F) or a no-break space before AM/PM
// and in "~ Name"; a figure space (U+2007) appears in some locales' times.
const ODD_SPACES = /[\u202f\u00a0\u2007]/g;

const DATE = String.raw`(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2}),? `;
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?: ?([AaPp])\.? ?[Mm]\.?)?`;
// Android: "01/02/2021, 14:03 - Name: text"; iOS: "[01/02/2021, 14:03:22] Name: text".
const ANDROID_HEADER = new RegExp(`^${DATE}${TIME} [-\u2013] `);
const IOS_HEADER = new RegExp(`^\\[${DATE}${TIME}\\] ?`);

const ENCRYPTION_NOTICE =
  /^(?:Messages and calls are end-to-end encrypted|Messages (?:to|you send to) this (?:group|chat) are now secured with end-to-end encryption)/i;
const CREATED = /^(.+?) created (?:group ["\u201c].*["\u201d]|this group)$/;
const CREATED_NAME = /created group ["\u201c](.*)["\u201d]$/;
const ADDED = /^(.+?) added (.+)$/;
const REMOVED = /^(.+?) removed (.+)$/;
const LEFT = /^(.+?) left(?: the group)?$/;
const JOINED = /^(.+?) joined(?: (?:using|via|from) .+)?$/;
// System lines that change settings or carry a quoted text (which may itself hold
// " added " or ": "): never messages, never membership events.
const OTHER_SYSTEM =
  /^(?:.+? (?:changed the (?:subject|group name|group description|group's settings|settings)|changed this group's (?:icon|description|settings)|deleted this group's icon|changed (?:their|his|her) phone number|changed to \+|pinned a message|turned (?:on|off) disappearing messages)|.+?'s security code changed|Your security code with .+ changed|You're now an admin|You are now an admin|You were added|Disappearing messages)/;
// Android writes these without a sender, and the quoted text may hold ": ".
const QUOTED_SYSTEM = /^.+? (?:created group|changed the (?:subject|group name) (?:from|to)) ["\u201c]/;
const NAMES_ADDED = /,\s*(?:and\s+)?|\s+and\s+/;

/** A header's date and time as written, before the file's date order is known. */
type Stamp = { first: number; second: number; year: number; hour: number; minute: number; seconds: number };
type HeaderLine = { stamp: Stamp; body: string };
type DateOrder = "dayFirst" | "monthFirst";
type Line = { kind: "message"; sender: string } | { kind: "system"; events: Omit<WhatsAppEvent, "at">[] };

export function parseWhatsAppExport(text: string): WhatsAppExport {
  const headers = readHeaderLines(text);
  const order = chooseDateOrder(headers.map((h) => h.stamp));
  const participants = new Map<string, WhatsAppParticipant>();
  const events: WhatsAppEvent[] = [];
  // Names that iOS writes as the "sender" of system lines: the group's own name.
  const groupNames = new Set<string>();
  let messages = 0;

  for (const { stamp, body } of headers) {
    const at = toIso(stamp, order);
    // Not a date in this file's order: text inside the previous message, which counts once already.
    if (at === null) continue;
    const line = classifyBody(body, groupNames);
    if (line.kind === "system") {
      for (const event of line.events) events.push({ at, ...event });
      continue;
    }
    messages++;
    countMessage(participants, line.sender, at);
  }
  return { participants: [...participants.values()].sort(byFirstMessageThenName), events, messages };
}

/** The lines that start a message or system line; the rest continue the one before (or precede the first, and say nothing). */
function readHeaderLines(text: string): HeaderLine[] {
  const headers: HeaderLine[] = [];
  for (const raw of text.split(/\r\n?|\n/)) {
    // Spaces first, so that a mark after ": " with a no-break space is still seen as after ": ".
    const line = raw.replace(ODD_SPACES, " ").replace(MARKS_NOT_AFTER_COLON, "");
    const match = ANDROID_HEADER.exec(line) ?? IOS_HEADER.exec(line);
    if (!match) continue;
    const stamp = readStamp(match);
    if (stamp) headers.push({ stamp, body: line.slice(match[0].length) });
  }
  return headers;
}

/** The numbers of a header, or null when no date order could make them a date and time. */
function readStamp(match: RegExpExecArray): Stamp | null {
  const [, first, second, year, hour, minute, seconds, meridiem] = match;
  let h = Number(hour);
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  const stamp: Stamp = {
    first: Number(first),
    second: Number(second),
    // WhatsApp began in 2009: a two-digit year is of this century.
    year: year!.length === 2 ? 2000 + Number(year) : Number(year),
    hour: h,
    minute: Number(minute),
    seconds: seconds === undefined ? 0 : Number(seconds),
  };
  const timeOk = stamp.hour <= 23 && stamp.minute <= 59 && stamp.seconds <= 59;
  const dateOk = stamp.first >= 1 && stamp.second >= 1 && stamp.first <= 31 && stamp.second <= 31 && (stamp.first <= 12 || stamp.second <= 12);
  return timeOk && dateOk ? stamp : null;
}

/**
 * One order for the whole file, decided before any date is converted: day first if any
 * first number is above 12, month first if any second number is, otherwise day first (the
 * UK order). A file showing both (which WhatsApp never writes) is read day first, and its
 * month-first lines then fail as dates.
 */
function chooseDateOrder(stamps: Stamp[]): DateOrder {
  if (stamps.some((s) => s.first > 12)) return "dayFirst";
  if (stamps.some((s) => s.second > 12)) return "monthFirst";
  return "dayFirst";
}

/** `YYYY-MM-DDTHH:MM:SS`, or null when the numbers are not a date in that order (31 February). */
function toIso(stamp: Stamp, order: DateOrder): string | null {
  const [month, day] = order === "monthFirst" ? [stamp.first, stamp.second] : [stamp.second, stamp.first];
  if (month > 12 || day > daysInMonth(stamp.year, month)) return null;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(stamp.year, 4)}-${pad(month)}-${pad(day)}T${pad(stamp.hour)}:${pad(stamp.minute)}:${pad(stamp.seconds)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether the text after the time is someone's message or a system line. Android writes
 * system lines with no "Name: "; iOS writes them as if sent by the group (or, in a chat of
 * two, the other person), with an invisible mark after the ": ". That mark also tells the
 * separator from a ": " inside a group's name.
 */
function classifyBody(body: string, groupNames: Set<string>): Line {
  let separator = body.search(SEPARATOR_BEFORE_MARK);
  const marked = separator > 0;
  if (!marked) separator = body.indexOf(": ");
  if (separator <= 0 || (!marked && QUOTED_SYSTEM.test(body))) {
    const text = body.replace(MARKS, "").trim();
    rememberGroupName(text, groupNames);
    return { kind: "system", events: readEvents(text) ?? [] };
  }
  const sender = cleanName(body.slice(0, separator));
  const text = body
    .slice(separator + 2)
    .replace(MARKS, "")
    .trim();
  if (ENCRYPTION_NOTICE.test(text)) {
    groupNames.add(sender);
    return { kind: "system", events: [] };
  }
  // Only a marked line, or one "sent" by the group, may be a system line: "Bob: Alice left"
  // unmarked is Bob's message. A marked line that gives no event and changes no setting is a
  // message too: iOS marks "image omitted" and "This message was deleted." the same way.
  if (marked || groupNames.has(sender)) {
    const events = readEvents(text);
    if (events) {
      rememberGroupName(text, groupNames);
      return { kind: "system", events };
    }
    if (OTHER_SYSTEM.test(text)) return { kind: "system", events: [] };
  }
  return { kind: "message", sender };
}

/** iOS writes later system lines as sent by the group's name: "Relief B: \u200eAlice left". */
function rememberGroupName(text: string, groupNames: Set<string>) {
  const created = CREATED_NAME.exec(text);
  if (created) groupNames.add(cleanName(created[1]!));
}

/** iOS marks a name that is not in the phone's contacts with "~ ". */
function cleanName(name: string): string {
  return name.replace(/^~\s*/, "").trim();
}

/** The membership events a system line gives ("X added Y and Z" gives two), or null when it gives none. */
function readEvents(text: string): Omit<WhatsAppEvent, "at">[] | null {
  let match = CREATED.exec(text);
  if (match) return [{ kind: "created", actor: cleanName(match[1]!), subject: null }];
  if (OTHER_SYSTEM.test(text)) return null;
  match = ADDED.exec(text);
  if (match) {
    const actor = cleanName(match[1]!);
    return match[2]!
      .split(NAMES_ADDED)
      .map(cleanName)
      .filter(Boolean)
      .map((subject) => ({ kind: "added", actor, subject }));
  }
  match = REMOVED.exec(text);
  if (match) return [{ kind: "removed", actor: cleanName(match[1]!), subject: cleanName(match[2]!) }];
  match = LEFT.exec(text);
  if (match) return [{ kind: "left", actor: null, subject: cleanName(match[1]!) }];
  match = JOINED.exec(text);
  if (match) return [{ kind: "joined", actor: null, subject: cleanName(match[1]!) }];
  return null;
}

/** One more message for its author; times written in one format compare correctly as strings. */
function countMessage(participants: Map<string, WhatsAppParticipant>, name: string, at: string) {
  const p = participants.get(name);
  if (!p) {
    participants.set(name, { name, messages: 1, firstAt: at, lastAt: at });
    return;
  }
  p.messages++;
  if (at < p.firstAt) p.firstAt = at;
  if (at > p.lastAt) p.lastAt = at;
}

function byFirstMessageThenName(a: WhatsAppParticipant, b: WhatsAppParticipant): number {
  if (a.firstAt !== b.firstAt) return a.firstAt < b.firstAt ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
