/**
 * Reads a WhatsApp "Export chat" text file into who wrote how much and when, and who
 * joined, left, was added or removed. Pure: no database, no framework, nothing sent.
 *
 * Orders, chosen so that the result is the same however often the file is read:
 * - participants: in the order of their first message in the file. Only people who wrote
 *   at least one message are participants (a member who never wrote appears in events).
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

/** A line that looks like a message header but cannot be one (an impossible date, or both date orders at once). */
export class WhatsAppExportError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = "WhatsAppExportError";
  }
}

// Direction marks iOS puts around names and system text (U+200E, U+200F, U+202A-U+202E,
// U+2066-U+2069), and the byte-order mark some exports start with.
const MARK_CLASS = "\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff";
const MARKS = new RegExp(`[${MARK_CLASS}]`, "g");
// Every mark goes except the first one after ": ", which iOS uses to flag system text.
const MARKS_BUT_FIRST_AFTER_COLON = new RegExp(`(?<!: )[${MARK_CLASS}]`, "g");
const SEPARATOR_BEFORE_MARK = new RegExp(`: [${MARK_CLASS}]`);
// Recent exports put a narrow no-break space (U+202F) before AM/PM and in "~ Name".
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
// System lines that carry a quoted text (which may itself hold ": ") or change settings:
// never messages, never membership events.
const OTHER_SYSTEM =
  /^(?:.+? (?:changed the (?:subject|group name|group description|group's settings|settings)|changed this group's (?:icon|description|settings)|deleted this group's icon|changed (?:their|his|her) phone number|changed to \+|pinned a message|turned (?:on|off) disappearing messages|'s security code changed)|Your security code with .+ changed|You're now an admin|You are now an admin|You were added|Disappearing messages)/;
const QUOTED_SYSTEM = /^.+? (?:created group|changed the (?:subject|group name) (?:from|to)) ["\u201c]/;
const NAMES_ADDED = /,\s*(?:and\s+)?|\s+and\s+/;

type Clock = { a: number; b: number; year: number; hour: number; minute: number; second: number; line: number };
type EventWithoutTime = Omit<WhatsAppEvent, "at">;
type Entry = { clock: Clock; participant: number } | { clock: Clock; events: EventWithoutTime[] };

export function parseWhatsAppExport(text: string): WhatsAppExport {
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  const entries: Entry[] = [];
  // Names that iOS writes as the "sender" of system lines: the group's own name.
  const groupNames = new Set<string>();
  let anyFirstAbove12: Clock | null = null;
  let anySecondAbove12: Clock | null = null;

  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(MARKS_BUT_FIRST_AFTER_COLON, "").replace(ODD_SPACES, " ");
    const header = ANDROID_HEADER.exec(line) ?? IOS_HEADER.exec(line);
    // Not a header: the next line of a multi-line message (or text before the first one).
    if (!header) continue;
    const clock = readClock(header, i + 1);
    if (clock.a > 12) anyFirstAbove12 ??= clock;
    if (clock.b > 12) anySecondAbove12 ??= clock;
    const body = line.slice(header[0].length);

    // iOS writes system text behind an invisible mark, as if the group's name had sent it:
    // "Relief B: \u200eAlice added Bob". That mark also tells the separator from a ": "
    // inside a group's name.
    let separator = body.search(SEPARATOR_BEFORE_MARK);
    const marked = separator > 0;
    if (!marked) separator = body.indexOf(": ");
    if (separator <= 0 || (!marked && QUOTED_SYSTEM.test(body))) {
      const text = body.replace(MARKS, "").trim();
      const events = readEvents(text);
      if (events) entries.push({ clock, events });
      rememberGroupName(text, groupNames);
      continue;
    }
    const sender = cleanName(body.slice(0, separator));
    const message = body
      .slice(separator + 2)
      .replace(MARKS, "")
      .trim();
    if (ENCRYPTION_NOTICE.test(message)) {
      groupNames.add(sender);
      continue;
    }
    if (marked || groupNames.has(sender)) {
      const events = readEvents(message);
      if (events) {
        entries.push({ clock, events });
        rememberGroupName(message, groupNames);
        continue;
      }
      if (OTHER_SYSTEM.test(message)) continue;
    }
    let participant = indexOf.get(sender);
    if (participant === undefined) {
      participant = names.length;
      names.push(sender);
      indexOf.set(sender, participant);
    }
    entries.push({ clock, participant });
  }

  if (anyFirstAbove12 && anySecondAbove12) {
    throw new WhatsAppExportError(
      `the date ${dateText(anySecondAbove12)} is month first, but line ${anyFirstAbove12.line} (${dateText(anyFirstAbove12)}) is day first: one export has one date order`,
      Math.max(anyFirstAbove12.line, anySecondAbove12.line),
    );
  }
  // The rule: day first if any first number is above 12, month first if any second number
  // is, otherwise day first (the UK order).
  const monthFirst = anySecondAbove12 !== null;

  const counts = new Array<number>(names.length).fill(0);
  const first = new Array<number>(names.length).fill(Infinity);
  const last = new Array<number>(names.length).fill(-Infinity);
  const events: WhatsAppEvent[] = [];
  for (const entry of entries) {
    const key = timeKey(entry.clock, monthFirst);
    if ("participant" in entry) {
      const p = entry.participant;
      counts[p]!++;
      if (key < first[p]!) first[p] = key;
      if (key > last[p]!) last[p] = key;
    } else {
      const at = keyToIso(key);
      for (const event of entry.events) events.push({ at, ...event });
    }
  }
  const participants = names.map((name, p) => ({
    name,
    messages: counts[p]!,
    firstAt: keyToIso(first[p]!),
    lastAt: keyToIso(last[p]!),
  }));
  return { participants, events, messages: counts.reduce((sum, n) => sum + n, 0) };
}

function readClock(header: RegExpExecArray, line: number): Clock {
  const [, a, b, y, h, mi, s, meridiem] = header;
  const yearNumber = Number(y);
  let hour = Number(h);
  if (meridiem) {
    if (hour < 1 || hour > 12) throw new WhatsAppExportError(`"${header[0].trim()}" has hour ${hour} with AM/PM`, line);
    hour = (hour % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  const clock: Clock = {
    a: Number(a),
    b: Number(b),
    // WhatsApp began in 2009: a two-digit year is of this century.
    year: y!.length === 2 ? 2000 + yearNumber : yearNumber,
    hour,
    minute: Number(mi),
    second: s === undefined ? 0 : Number(s),
    line,
  };
  if (clock.hour > 23 || clock.minute > 59 || clock.second > 59) {
    throw new WhatsAppExportError(`"${header[0].trim()}" is not a time of day`, line);
  }
  if (clock.a < 1 || clock.b < 1 || (clock.a > 12 && clock.b > 12) || clock.a > 31 || clock.b > 31) {
    throw new WhatsAppExportError(`"${dateText(clock)}" is not a date`, line);
  }
  return clock;
}

function dateText(clock: Clock): string {
  return `${clock.a}/${clock.b}/${clock.year}`;
}

/** A number that sorts as the time does: YYYYMMDDHHMMSS. */
function timeKey(clock: Clock, monthFirst: boolean): number {
  const month = monthFirst ? clock.a : clock.b;
  const day = monthFirst ? clock.b : clock.a;
  if (month > 12 || day > daysInMonth(clock.year, month)) {
    throw new WhatsAppExportError(`"${dateText(clock)}" is not a date when read ${monthFirst ? "month" : "day"} first`, clock.line);
  }
  return ((((clock.year * 100 + month) * 100 + day) * 100 + clock.hour) * 100 + clock.minute) * 100 + clock.second;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function keyToIso(key: number): string {
  const s = String(key).padStart(14, "0");
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}`;
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
function readEvents(text: string): EventWithoutTime[] | null {
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
