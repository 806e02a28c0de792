import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWhatsAppExport, type WhatsAppEvent, type WhatsAppExport, type WhatsAppParticipant } from "./whatsapp-export";

// Every name and message here is invented.
const LRM = "\u200e";
const RLM = "\u200f";
const NBSP = "\u00a0";
const NNBSP = "\u202f";
const BOM = "\ufeff";

const nothing: WhatsAppExport = { participants: [], events: [], messages: 0 };

describe("parseWhatsAppExport: Android", () => {
  const android = [
    "01/02/2021, 14:03 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
    '01/02/2021, 14:03 - Alice created group "Relief B: nights"',
    "01/02/2021, 14:04 - Alice added Bob, Carol and Dave",
    "13/02/2021, 09:15 - Bob: morning all",
    "the second line of Bob's message",
    "and: a third, with a colon",
    "13/02/2021, 09:16 - Carol: <Media omitted>",
    "13/02/2021, 09:17 - Dave left",
    "14/02/2021, 10:00 - Alice removed Carol",
    "14/02/2021, 10:01 - Eve joined using this group's invite link",
    "14/02/2021, 10:02 - Bob: This message was deleted",
    '14/02/2021, 10:03 - Alice changed the subject from "a: b" to "c: d"',
    "14/02/2021, 10:04 - Carol: Dave left",
  ].join("\n");

  it("counts a multi-line message once, and media placeholders and deleted messages as messages", () => {
    const result = parseWhatsAppExport(android);
    expect(result.participants).toEqual<WhatsAppParticipant[]>([
      { name: "Bob", messages: 2, firstAt: "2021-02-13T09:15:00", lastAt: "2021-02-14T10:02:00" },
      { name: "Carol", messages: 2, firstAt: "2021-02-13T09:16:00", lastAt: "2021-02-14T10:04:00" },
    ]);
    expect(result.messages).toBe(4);
  });

  it("reads system lines as events in file order, one per person added, and never as messages or participants", () => {
    expect(parseWhatsAppExport(android).events).toEqual<WhatsAppEvent[]>([
      { at: "2021-02-01T14:03:00", kind: "created", actor: "Alice", subject: null },
      { at: "2021-02-01T14:04:00", kind: "added", actor: "Alice", subject: "Bob" },
      { at: "2021-02-01T14:04:00", kind: "added", actor: "Alice", subject: "Carol" },
      { at: "2021-02-01T14:04:00", kind: "added", actor: "Alice", subject: "Dave" },
      { at: "2021-02-13T09:17:00", kind: "left", actor: null, subject: "Dave" },
      { at: "2021-02-14T10:00:00", kind: "removed", actor: "Alice", subject: "Carol" },
      { at: "2021-02-14T10:01:00", kind: "joined", actor: null, subject: "Eve" },
    ]);
  });

  it("gives one added event for 'X added Y and Z' and for 'X added Y, Z, and W'", () => {
    const text = "01/02/2021, 14:03 - Alice added Bob and Carol\n01/02/2021, 14:04 - Alice added Dave, Eve, and Femi";
    expect(parseWhatsAppExport(text).events.map((e) => e.subject)).toEqual(["Bob", "Carol", "Dave", "Eve", "Femi"]);
  });

  it("reads 12-hour times with am/pm, with a space, a no-break space, a narrow no-break space or none, and 2-digit years", () => {
    const text = [
      "1/2/21, 12:05 am - Alice: just after midnight",
      `1/2/21, 12:05${NNBSP}PM - Alice: just after noon`,
      "1/2/21, 1:05pm - Alice: one",
      `1/2/21, 2:03${NBSP}pm - Alice: two`,
      "1/2/21, 11:59 p.m. - Alice: late",
    ].join("\n");
    expect(parseWhatsAppExport(text).participants).toEqual([{ name: "Alice", messages: 5, firstAt: "2021-02-01T00:05:00", lastAt: "2021-02-01T23:59:00" }]);
  });

  it("reads CRLF line endings and a byte-order mark", () => {
    const text = `${BOM}01/02/2021, 14:03 - Alice: one\r\nsecond line\r\n01/02/2021, 14:04 - Bob: two\r\n`;
    expect(parseWhatsAppExport(text).participants).toEqual([
      { name: "Alice", messages: 1, firstAt: "2021-02-01T14:03:00", lastAt: "2021-02-01T14:03:00" },
      { name: "Bob", messages: 1, firstAt: "2021-02-01T14:04:00", lastAt: "2021-02-01T14:04:00" },
    ]);
  });

  it("keeps 'You' and 'you' as WhatsApp writes them, as actor and as subject", () => {
    const text = [
      '01/02/2021, 14:00 - You created group "Relief B"',
      "01/02/2021, 14:01 - You added Bob",
      "01/02/2021, 14:02 - Carol added you",
      "01/02/2021, 14:03 - You removed Bob",
      "01/02/2021, 14:04 - Carol removed you",
      "01/02/2021, 14:05 - You joined using this group's invite link",
      "01/02/2021, 14:06 - You left",
    ].join("\n");
    expect(parseWhatsAppExport(text).events.map((e) => [e.kind, e.actor, e.subject])).toEqual([
      ["created", "You", null],
      ["added", "You", "Bob"],
      ["added", "Carol", "you"],
      ["removed", "You", "Bob"],
      ["removed", "Carol", "you"],
      ["joined", null, "You"],
      ["left", null, "You"],
    ]);
  });

  it("reads system lines that change settings as neither messages, participants nor events", () => {
    const text = [
      "01/02/2021, 14:00 - Alice changed this group's icon",
      "01/02/2021, 14:01 - Alice changed the group description",
      "01/02/2021, 14:02 - Bob's security code changed. Tap to learn more.",
      "01/02/2021, 14:03 - Alice changed their phone number to a new number. Tap to message or add the new number.",
      '01/02/2021, 14:04 - Alice changed the group name from "Bob added Carol" to "Carol left"',
      "01/02/2021, 14:05 - Alice turned on disappearing messages.",
    ].join("\n");
    expect(parseWhatsAppExport(text)).toEqual(nothing);
  });

  it("reads an unmarked 'Name: text' as a message even when the text reads like a system line", () => {
    const result = parseWhatsAppExport("01/02/2021, 14:03 - Carol: Dave left\n01/02/2021, 14:04 - Carol: Alice added Bob");
    expect(result.events).toEqual([]);
    expect(result.messages).toBe(2);
  });
});

describe("parseWhatsAppExport: iOS", () => {
  const ios = [
    `${BOM}[01/02/2021, 14:03:22] Relief B: ${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.`,
    `${LRM}[01/02/2021, 14:03:22] Relief B: ${LRM}Alice created group “Relief B”`,
    `${LRM}[01/02/2021, 14:03:25] Relief B: ${LRM}Alice added ~${NNBSP}Bob and Carol`,
    `[13/02/2021, 09:15:01] ~${NNBSP}Bob: first`,
    "line two",
    `${LRM}[13/02/2021, 09:15:30] Carol: ${LRM}image omitted`,
    `${LRM}[13/02/2021, 09:16:00] ${LRM}~${NNBSP}Bob: ${LRM}<attached: 00000012-PHOTO-2021-02-13-09-16-00.jpg>`,
    `[13/02/2021, 09:17:00] Carol: ${LRM}This message was deleted.`,
    `[13/02/2021, 09:18:00] Alice: ${LRM}You deleted this message.`,
    `[13/02/2021, 09:19:00] Relief B: ${LRM}Carol left`,
    `[13/02/2021, 09:20:00] Relief B: ${LRM}Alice changed this group's icon`,
    `[13/02/2021, 09:21:00] ${LRM}Dave joined using this group's invite link`,
  ].join("\r\n");

  it("keeps seconds, strips direction marks and the '~ ' of names not in contacts, and counts media and deleted messages", () => {
    const result = parseWhatsAppExport(ios);
    expect(result.participants).toEqual<WhatsAppParticipant[]>([
      { name: "Bob", messages: 2, firstAt: "2021-02-13T09:15:01", lastAt: "2021-02-13T09:16:00" },
      { name: "Carol", messages: 2, firstAt: "2021-02-13T09:15:30", lastAt: "2021-02-13T09:17:00" },
      { name: "Alice", messages: 1, firstAt: "2021-02-13T09:18:00", lastAt: "2021-02-13T09:18:00" },
    ]);
    expect(result.messages).toBe(5);
  });

  it("reads system lines written as sent by the group's name, and the encryption notice as nothing", () => {
    expect(parseWhatsAppExport(ios).events).toEqual<WhatsAppEvent[]>([
      { at: "2021-02-01T14:03:22", kind: "created", actor: "Alice", subject: null },
      { at: "2021-02-01T14:03:25", kind: "added", actor: "Alice", subject: "Bob" },
      { at: "2021-02-01T14:03:25", kind: "added", actor: "Alice", subject: "Carol" },
      { at: "2021-02-13T09:19:00", kind: "left", actor: null, subject: "Carol" },
      { at: "2021-02-13T09:21:00", kind: "joined", actor: null, subject: "Dave" },
    ]);
  });

  it("reads setting changes written as sent by the group's name as neither messages nor events", () => {
    const text = [
      `[01/02/2021, 14:03:22] Relief B: ${LRM}Messages and calls are end-to-end encrypted.`,
      `[01/02/2021, 14:03:23] Relief B: ${LRM}Bob's security code changed. Tap to learn more.`,
      `[01/02/2021, 14:03:24] Relief B: ${LRM}Alice changed the group description`,
      `[01/02/2021, 14:03:25] Relief B: ${LRM}Alice changed the subject from “a: b” to “Bob left”`,
    ].join("\n");
    expect(parseWhatsAppExport(text)).toEqual(nothing);
  });

  it("reads iOS's 'X created this group'", () => {
    const text = `[01/02/2021, 14:03:22] Relief B: ${LRM}Messages and calls are end-to-end encrypted.\n[01/02/2021, 14:03:23] Relief B: ${LRM}Alice created this group`;
    expect(parseWhatsAppExport(text)).toEqual({ ...nothing, events: [{ at: "2021-02-01T14:03:23", kind: "created", actor: "Alice", subject: null }] });
  });

  it("strips every direction mark iOS may insert (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) from names", () => {
    const marks = [LRM, RLM, "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];
    const text = marks.map((m, i) => `${m}[01/02/2021, 14:${String(i).padStart(2, "0")}:00] ${m}Bob${m}: hi`).join("\n");
    expect(parseWhatsAppExport(text).participants).toEqual([{ name: "Bob", messages: 11, firstAt: "2021-02-01T14:00:00", lastAt: "2021-02-01T14:10:00" }]);
  });

  it("tells a group name holding ': ' from the separator by iOS's mark", () => {
    const text = `[01/02/2021, 14:03:22] Nights: the real ones: ${LRM}Alice left\n[01/02/2021, 14:04:00] Bob: Alice left: good`;
    const result = parseWhatsAppExport(text);
    expect(result.events).toEqual([{ at: "2021-02-01T14:03:22", kind: "left", actor: null, subject: "Alice" }]);
    expect(result.participants.map((p) => p.name)).toEqual(["Bob"]);
  });

  it("reads the group's name from an unmarked line once the encryption notice has named it", () => {
    const text = [
      "[01/02/2021, 14:03:22] Relief B: Messages and calls are end-to-end encrypted.",
      "[01/02/2021, 14:03:23] Relief B: Alice added Bob",
      "[01/02/2021, 14:03:24] Bob: Alice added Bob",
    ].join("\n");
    const result = parseWhatsAppExport(text);
    expect(result.events).toHaveLength(1);
    expect(result.participants).toEqual([{ name: "Bob", messages: 1, firstAt: "2021-02-01T14:03:24", lastAt: "2021-02-01T14:03:24" }]);
  });

  it("in a chat of two, counts the messages of the person iOS writes the encryption notice as sent by", () => {
    const text = [
      `[01/02/2021, 14:03:22] Bob: ${LRM}Messages and calls are end-to-end encrypted.`,
      "[01/02/2021, 14:03:23] Bob: hello",
      `[01/02/2021, 14:03:24] Bob: ${LRM}image omitted`,
      "[01/02/2021, 14:03:25] Alice: hi",
    ].join("\n");
    expect(parseWhatsAppExport(text).participants.map((p) => [p.name, p.messages])).toEqual([
      ["Bob", 2],
      ["Alice", 1],
    ]);
  });

  it("reads 12-hour iOS times with the narrow no-break space before PM, and iOS times without seconds", () => {
    const text = `[2/1/21, 2:03:22${NNBSP}PM] Alice: hi\n[2/13/21, 12:00:00${NNBSP}AM] Alice: midnight\n[2/14/21, 09:30] Alice: no seconds`;
    expect(parseWhatsAppExport(text).participants[0]).toMatchObject({ messages: 3, firstAt: "2021-02-01T14:03:22", lastAt: "2021-02-14T09:30:00" });
  });
});

describe("parseWhatsAppExport: date order", () => {
  const lines = (...dates: string[]) => dates.map((d, i) => `${d}, 10:0${i} - Alice: m${i}`).join("\n");

  it("reads day first when any first number is above 12", () => {
    expect(parseWhatsAppExport(lines("01/02/2021", "13/02/2021")).participants[0]).toMatchObject({
      firstAt: "2021-02-01T10:00:00",
      lastAt: "2021-02-13T10:01:00",
    });
  });

  it("reads month first when any second number is above 12", () => {
    expect(parseWhatsAppExport(lines("01/02/2021", "02/13/2021")).participants[0]).toMatchObject({
      firstAt: "2021-01-02T10:00:00",
      lastAt: "2021-02-13T10:01:00",
    });
  });

  it("reads day first (the UK order) when no number tells", () => {
    expect(parseWhatsAppExport(lines("01/02/2021", "03/04/2021")).participants[0]).toMatchObject({
      firstAt: "2021-02-01T10:00:00",
      lastAt: "2021-04-03T10:01:00",
    });
  });

  it("decides the order over the whole file: a late month-first date changes how the first line is read", () => {
    expect(parseWhatsAppExport(lines("05/06/2021", "06/01/2021", "12/25/2021")).participants[0]).toMatchObject({
      messages: 3,
      firstAt: "2021-05-06T10:00:00",
      lastAt: "2021-12-25T10:02:00",
    });
  });
});

describe("parseWhatsAppExport: participants' order", () => {
  it("orders participants by first message time, then by name, whatever the file order", () => {
    const text = [
      "01/02/2021, 14:05 - Zoe: later in time, first in the file",
      "01/02/2021, 14:03 - Mo: first",
      "01/02/2021, 14:03 - Bea: first too",
      "01/02/2021, 14:04 - Ade: second",
    ].join("\n");
    expect(parseWhatsAppExport(text).participants.map((p) => p.name)).toEqual(["Bea", "Mo", "Ade", "Zoe"]);
  });
});

describe("parseWhatsAppExport: odd input", () => {
  it("gives nothing for an empty file or text with no dated lines", () => {
    expect(parseWhatsAppExport("")).toEqual(nothing);
    expect(parseWhatsAppExport("hello\nworld\r\n\r\n")).toEqual(nothing);
  });

  it("ignores lines before the first dated line", () => {
    const text = "Chat with Relief B\n\nexported: yesterday\n01/02/2021, 14:03 - Alice: hi";
    expect(parseWhatsAppExport(text)).toEqual({
      participants: [{ name: "Alice", messages: 1, firstAt: "2021-02-01T14:03:00", lastAt: "2021-02-01T14:03:00" }],
      events: [],
      messages: 1,
    });
  });

  it("reads a line with an impossible time or date as text inside the previous message, without throwing", () => {
    const text = [
      "01/02/2021, 14:03 - Alice: one",
      "01/02/2021, 24:10 - Bob: not a time",
      "01/02/2021, 13:05 pm - Bob: not a 12-hour time",
      "31/02/2021, 10:00 - Bob: not a date",
      "13/13/2021, 10:00 - Bob: neither order",
      "00/02/2021, 10:00 - Bob: day nought",
    ].join("\n");
    expect(parseWhatsAppExport(text)).toEqual({
      participants: [{ name: "Alice", messages: 1, firstAt: "2021-02-01T14:03:00", lastAt: "2021-02-01T14:03:00" }],
      events: [],
      messages: 1,
    });
  });

  it("reads a file that shows both date orders day first, keeping the lines that are dates that way, without throwing", () => {
    const text = "13/02/2021, 10:00 - Alice: day first\n02/13/2021, 10:01 - Bob: month first\n02/03/2021, 10:02 - Alice: either";
    expect(parseWhatsAppExport(text)).toEqual({
      participants: [{ name: "Alice", messages: 2, firstAt: "2021-02-13T10:00:00", lastAt: "2021-03-02T10:02:00" }],
      events: [],
      messages: 2,
    });
  });

  it("reads 29 February only in a leap year", () => {
    const text = "29/02/2024, 10:00 - Alice: leap\n29/02/2023, 10:00 - Alice: not leap\n29/02/2000, 10:00 - Alice: leap century";
    expect(parseWhatsAppExport(text).participants[0]).toMatchObject({ messages: 2, firstAt: "2000-02-29T10:00:00", lastAt: "2024-02-29T10:00:00" });
  });
});

// ---- Property tests: a model conversation, rendered as each platform writes it ----

/** Who an event names: a member by index, or the phone's owner, whom WhatsApp calls "You". */
type Who = number | "you";
type Body = { kind: "text"; lines: string[] } | { kind: "media" } | { kind: "deleted"; own: boolean };
type Item =
  | { kind: "message"; at: number; sender: number; body: Body }
  | { kind: "created"; at: number; actor: Who }
  | { kind: "added"; at: number; actor: Who; subjects: Who[] }
  | { kind: "removed"; at: number; actor: Who; subject: Who }
  | { kind: "left" | "joined"; at: number; subject: Who }
  | { kind: "setting"; at: number; actor: number; variant: number };

type Model = { names: string[]; group: string; items: Item[] };

type Rendering = {
  platform: "android" | "ios";
  monthFirst: boolean;
  twelveHour: boolean;
  meridiem: string;
  shortYear: boolean;
  crlf: boolean;
  bom: boolean;
  tilde: boolean;
  systemSender: boolean;
  createdThisGroup: boolean;
  preamble: string[];
  media: number;
};

const firstNames = ["Alice", "Bob", "Chidi", "Dorota", "Éamonn", "Fatima", "Gareth", "Hui", "Ifeoma", "José", "Łukasz", "Mo", "+44 7700 900123"];
const surnames = ["", " Smith", " O'Neil", " Ní Bhriain", " Patel", " Álvarez", " 🚓"];
// Continuation lines that read like system lines or headers, to show they stay text.
const words = [
  "ok",
  "left",
  "Alice added Bob",
  "see: this",
  "12:30 works",
  "https://example.org/a?b=c",
  "😂",
  "lol",
  "[joke]",
  "you",
  "removed",
  "01/02/2021, 24:10 - Bob: not a header",
  "[99/99/2021, 10:00:00] Bob: nor this",
];
const androidMedia = ["<Media omitted>"];
const iosMedia = ["image omitted", "video omitted", "sticker omitted", "<attached: 00000012-PHOTO-2021-02-01-14-03-22.jpg>"];
const settings = ["changed this group's icon", "changed the group description", 'changed the subject from "Alice added Bob" to "Bob left: now"'];

const nameArb = fc.tuple(fc.constantFrom(...firstNames), fc.constantFrom(...surnames)).map(([a, b]) => a + b);
const textLineArb = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
const bodyArb: fc.Arbitrary<Body> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("text" as const), lines: fc.array(textLineArb, { minLength: 1, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("media" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleted" as const), own: fc.boolean() }) },
);

const modelArb: fc.Arbitrary<Model> = fc
  .uniqueArray(nameArb, { minLength: 2, maxLength: 12 })
  .chain((names) => {
    const person = fc.nat(names.length - 1);
    const who: fc.Arbitrary<Who> = fc.oneof({ weight: 5, arbitrary: person }, { weight: 1, arbitrary: fc.constant("you" as const) });
    const step = fc.integer({ min: 0, max: 3 * 86_400 });
    const itemArb = fc.oneof(
      { weight: 8, arbitrary: fc.record({ kind: fc.constant("message" as const), step, sender: person, body: bodyArb }) },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant("added" as const), step, actor: who, subjects: fc.uniqueArray(who, { minLength: 1, maxLength: 4 }) }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("removed" as const), step, actor: who, subject: who }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("left" as const, "joined" as const), step, subject: who }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("setting" as const), step, actor: person, variant: fc.nat(settings.length - 1) }) },
    );
    return fc.record({
      names: fc.constant(names),
      group: fc.constantFrom("Relief B", "Team 4 🚓", "Nights: the real ones"),
      created: fc.option(who, { nil: undefined }),
      start: fc.integer({ min: Date.UTC(2012, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 }),
      steps: fc.array(itemArb, { minLength: 1, maxLength: 60 }),
    });
  })
  .map(({ names, group, created, start, steps }) => {
    let at = start;
    const items: Item[] = created === undefined ? [] : [{ kind: "created", at, actor: created }];
    for (const { step, ...item } of steps) {
      at += step;
      items.push({ ...item, at } as Item);
    }
    return { names, group, items };
  });

const renderingArb: fc.Arbitrary<Rendering> = fc.record({
  platform: fc.constantFrom("android" as const, "ios" as const),
  monthFirst: fc.boolean(),
  twelveHour: fc.boolean(),
  meridiem: fc.constantFrom(" am", `${NNBSP}am`, " AM", `${NNBSP}AM`, `${NBSP}AM`, "am"),
  shortYear: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  tilde: fc.boolean(),
  systemSender: fc.boolean(),
  createdThisGroup: fc.boolean(),
  preamble: fc.array(fc.constantFrom("Chat export", "", "Bob: no date here", "see: attached"), { maxLength: 3 }),
  media: fc.nat(iosMedia.length - 1),
});

const pad = (n: number) => String(n).padStart(2, "0");

function render(model: Model, r: Rendering): string {
  const ios = r.platform === "ios";
  const name = (i: number) => (ios && r.tilde ? `~${NNBSP}${model.names[i]}` : model.names[i]!);
  // WhatsApp writes "You added Bob" and "You left" but "Alice added you".
  const actor = (who: Who) => (who === "you" ? "You" : name(who));
  const object = (who: Who) => (who === "you" ? "you" : name(who));
  const stamp = (at: number) => {
    const d = new Date(at * 1000);
    const [day, month] = [d.getUTCDate(), d.getUTCMonth() + 1];
    const year = r.shortYear ? pad(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
    const date = r.monthFirst ? `${month}/${day}/${year}` : `${pad(day)}/${pad(month)}/${year}`;
    const h = d.getUTCHours();
    const hour = r.twelveHour ? String(h % 12 === 0 ? 12 : h % 12) : pad(h);
    const meridiem = r.twelveHour ? (h < 12 ? r.meridiem : r.meridiem.replace("a", "p").replace("A", "P")) : "";
    const time = `${hour}:${pad(d.getUTCMinutes())}${ios ? `:${pad(d.getUTCSeconds())}` : ""}${meridiem}`;
    return ios ? `${LRM}[${date}, ${time}] ` : `${date}, ${time} - `;
  };
  const system = (at: number, text: string) => (ios ? `${stamp(at)}${r.systemSender ? `${model.group}: ` : ""}${LRM}${text}` : `${stamp(at)}${text}`);
  const body = (b: Body): string[] => {
    if (b.kind === "text") return b.lines;
    if (b.kind === "media") return [ios ? `${LRM}${iosMedia[r.media]}` : androidMedia[0]!];
    const text = b.own ? "You deleted this message" : "This message was deleted";
    return [ios ? `${LRM}${text}.` : text];
  };
  const out: string[] = [...r.preamble];
  const start = model.items[0]!.at;
  out.push(system(start, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."));
  for (const item of model.items) {
    switch (item.kind) {
      case "message": {
        const [firstLine, ...rest] = body(item.body);
        out.push(`${stamp(item.at)}${name(item.sender)}: ${firstLine}`, ...rest);
        break;
      }
      case "created":
        out.push(
          system(item.at, ios && r.createdThisGroup ? `${actor(item.actor)} created this group` : `${actor(item.actor)} created group "${model.group}"`),
        );
        break;
      case "added": {
        const subjects = item.subjects.map(object);
        const list = subjects.length === 1 ? subjects[0] : `${subjects.slice(0, -1).join(", ")} and ${subjects.at(-1)}`;
        out.push(system(item.at, `${actor(item.actor)} added ${list}`));
        break;
      }
      case "removed":
        out.push(system(item.at, `${actor(item.actor)} removed ${object(item.subject)}`));
        break;
      case "left":
        out.push(system(item.at, `${actor(item.subject)} left`));
        break;
      case "joined":
        out.push(system(item.at, `${actor(item.subject)} joined using this group's invite link`));
        break;
      case "setting":
        out.push(system(item.at, `${name(item.actor)} ${settings[item.variant]}`));
        break;
    }
  }
  return (r.bom ? BOM : "") + out.join(r.crlf ? "\r\n" : "\n");
}

/** What the parser should say, worked out from the model alone. */
function expected(model: Model, r: Rendering): WhatsAppExport {
  const dates = model.items.map((item) => new Date(item.at * 1000));
  // Month-first dates with no day above 12 are indistinguishable from day-first ones; the
  // rule then reads them day first, so the expected day and month swap.
  const swap = r.monthFirst && !dates.some((d) => d.getUTCDate() > 12);
  const iso = (at: number) => {
    const d = new Date(at * 1000);
    const [day, month] = swap ? [d.getUTCMonth() + 1, d.getUTCDate()] : [d.getUTCDate(), d.getUTCMonth() + 1];
    const seconds = r.platform === "ios" ? d.getUTCSeconds() : 0;
    return `${d.getUTCFullYear()}-${pad(month)}-${pad(day)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(seconds)}`;
  };
  const actor = (who: Who) => (who === "you" ? "You" : model.names[who]!);
  const object = (who: Who) => (who === "you" ? "you" : model.names[who]!);
  const participants = new Map<string, WhatsAppParticipant>();
  const events: WhatsAppEvent[] = [];
  for (const item of model.items) {
    const at = iso(item.at);
    if (item.kind === "message") {
      const name = model.names[item.sender]!;
      const p = participants.get(name) ?? { name, messages: 0, firstAt: at, lastAt: at };
      p.messages++;
      if (at < p.firstAt) p.firstAt = at;
      if (at > p.lastAt) p.lastAt = at;
      participants.set(name, p);
    } else if (item.kind === "created") events.push({ at, kind: "created", actor: actor(item.actor), subject: null });
    else if (item.kind === "added") for (const s of item.subjects) events.push({ at, kind: "added", actor: actor(item.actor), subject: object(s) });
    else if (item.kind === "removed") events.push({ at, kind: "removed", actor: actor(item.actor), subject: object(item.subject) });
    else if (item.kind === "left" || item.kind === "joined") events.push({ at, kind: item.kind, actor: null, subject: actor(item.subject) });
  }
  const list = [...participants.values()].sort((a, b) => (a.firstAt !== b.firstAt ? (a.firstAt < b.firstAt ? -1 : 1) : a.name < b.name ? -1 : 1));
  return { participants: list, events, messages: list.reduce((n, p) => n + p.messages, 0) };
}

describe("parseWhatsAppExport: properties over generated exports", () => {
  it("gives each participant's count and first and last times, and every event, as the model has them (both platforms, both date orders)", () => {
    fc.assert(
      fc.property(modelArb, renderingArb, (model, rendering) => {
        expect(parseWhatsAppExport(render(model, rendering))).toEqual(expected(model, rendering));
      }),
      { numRuns: 400 },
    );
  });

  it("reads the same conversation alike from Android and from iOS, but for seconds", () => {
    fc.assert(
      fc.property(modelArb, renderingArb, (model, rendering) => {
        const android = parseWhatsAppExport(render(model, { ...rendering, platform: "android" }));
        const ios = parseWhatsAppExport(render(model, { ...rendering, platform: "ios" }));
        const minutes = (s: string) => s.slice(0, 16);
        expect(ios.messages).toBe(android.messages);
        // Seconds can reorder two participants whose first messages share a minute, so compare as sets.
        const summary = (p: WhatsAppParticipant) => `${p.name}|${p.messages}|${minutes(p.firstAt)}|${minutes(p.lastAt)}`;
        expect(ios.participants.map(summary).sort()).toEqual(android.participants.map(summary).sort());
        expect(ios.events.map((e) => ({ ...e, at: minutes(e.at) }))).toEqual(android.events.map((e) => ({ ...e, at: minutes(e.at) })));
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on arbitrary text, and what it returns is consistent", () => {
    const fragment = fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.constantFrom(
        "01/02/2021, 14:03 - ",
        "[13/02/21, 2:03:22\u202fPM] ",
        "\n02/13/2021, 10:00 - ",
        "\n31/02/2021, 10:00 - ",
        "99/99/9999, 99:99 - ",
        "Alice: ",
        ": \u200e",
        " added ",
        " left",
        "\n",
        "\r\n",
        "\u200e",
      ),
    );
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const result = parseWhatsAppExport(parts.join(""));
        expect(result.messages).toBe(result.participants.reduce((n, p) => n + p.messages, 0));
        for (const p of result.participants) {
          expect(p.messages).toBeGreaterThan(0);
          expect(p.firstAt).toMatch(iso);
          expect(p.firstAt <= p.lastAt).toBe(true);
        }
        for (const e of result.events) expect(e.at).toMatch(iso);
      }),
      { numRuns: 500 },
    );
  });

  it("counts every message of a 200,000-message export (400,000 lines)", () => {
    const line = (i: number) => `01/02/2021, 14:${pad(i % 60)} - Person ${i % 50}: message ${i}\nwith a second line`;
    const text = Array.from({ length: 200_000 }, (_, i) => line(i)).join("\n");
    const result = parseWhatsAppExport(text);
    expect(result.messages).toBe(200_000);
    expect(result.participants).toHaveLength(50);
  });
});
