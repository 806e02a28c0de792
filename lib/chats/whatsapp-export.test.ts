import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWhatsAppExport, WhatsAppExportError, type WhatsAppEvent } from "./whatsapp-export";

const LRM = "\u200e";
const NNBSP = "\u202f";

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
    expect(result.participants).toEqual([
      { name: "Bob", messages: 2, firstAt: "2021-02-13T09:15:00", lastAt: "2021-02-14T10:02:00" },
      { name: "Carol", messages: 2, firstAt: "2021-02-13T09:16:00", lastAt: "2021-02-14T10:04:00" },
    ]);
    expect(result.messages).toBe(4);
  });

  it("reads system lines as events in file order, one per person added, and never as messages", () => {
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

  it("reads 12-hour times with am/pm, with or without a (narrow no-break) space, and 2-digit years", () => {
    const text = [
      "1/2/21, 12:05 am - Alice: just after midnight",
      `1/2/21, 12:05${NNBSP}PM - Alice: just after noon`,
      "1/2/21, 1:05pm - Alice: one",
      "1/2/21, 11:59 p.m. - Alice: late",
    ].join("\n");
    const [alice] = parseWhatsAppExport(text).participants;
    expect(alice).toEqual({ name: "Alice", messages: 4, firstAt: "2021-02-01T00:05:00", lastAt: "2021-02-01T23:59:00" });
  });

  it("reads CRLF line endings and a byte-order mark", () => {
    const text = "\ufeff01/02/2021, 14:03 - Alice: one\r\nsecond line\r\n01/02/2021, 14:04 - Bob: two\r\n";
    const result = parseWhatsAppExport(text);
    expect(result.participants.map((p) => [p.name, p.messages])).toEqual([
      ["Alice", 1],
      ["Bob", 1],
    ]);
  });

  it("reads 'You added' and 'added you' as written", () => {
    const events = parseWhatsAppExport("01/02/2021, 14:03 - You added Bob\n01/02/2021, 14:04 - Carol added you").events;
    expect(events.map((e) => [e.actor, e.subject])).toEqual([
      ["You", "Bob"],
      ["Carol", "you"],
    ]);
  });
});

describe("parseWhatsAppExport: iOS", () => {
  const ios = [
    `\ufeff[01/02/2021, 14:03:22] Relief B: ${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.`,
    `${LRM}[01/02/2021, 14:03:22] Relief B: ${LRM}Alice created group “Relief B”`,
    `${LRM}[01/02/2021, 14:03:25] Relief B: ${LRM}Alice added ~${NNBSP}Bob and Carol`,
    "[13/02/2021, 09:15:01] ~\u202fBob: first",
    "line two",
    `${LRM}[13/02/2021, 09:15:30] Carol: ${LRM}image omitted`,
    `${LRM}[13/02/2021, 09:16:00] ${LRM}~${NNBSP}Bob: ${LRM}sticker omitted`,
    `[13/02/2021, 09:17:00] Carol: ${LRM}This message was deleted.`,
    `[13/02/2021, 09:18:00] Alice: ${LRM}You deleted this message.`,
    `[13/02/2021, 09:19:00] Relief B: ${LRM}Carol left`,
    `[13/02/2021, 09:20:00] Relief B: ${LRM}Alice changed this group's icon`,
    `[13/02/2021, 09:21:00] ${LRM}Dave joined using this group's invite link`,
  ].join("\r\n");

  it("keeps seconds, strips direction marks and the '~ ' of names not in contacts", () => {
    const result = parseWhatsAppExport(ios);
    expect(result.participants).toEqual([
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

  it("reads 12-hour iOS times with the narrow no-break space before PM", () => {
    const text = `[2/1/21, 2:03:22${NNBSP}PM] Alice: hi\n[2/13/21, 12:00:00${NNBSP}AM] Alice: midnight`;
    expect(parseWhatsAppExport(text).participants[0]).toMatchObject({ firstAt: "2021-02-01T14:03:22", lastAt: "2021-02-13T00:00:00" });
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

  it("refuses a file whose dates are day first on one line and month first on another, naming the line", () => {
    expect(() => parseWhatsAppExport(lines("13/02/2021", "02/13/2021"))).toThrow(WhatsAppExportError);
    expect(() => parseWhatsAppExport(lines("13/02/2021", "02/13/2021"))).toThrow(/^Line 2: /);
  });

  it("refuses an impossible date or time rather than guessing", () => {
    expect(() => parseWhatsAppExport(lines("31/02/2021"))).toThrow(/31\/2\/2021.*not a date/);
    expect(() => parseWhatsAppExport("01/02/2021, 24:10 - Alice: x")).toThrow(/not a time of day/);
  });
});

describe("parseWhatsAppExport: what is not a chat", () => {
  it("gives nothing for an empty file or text with no message lines", () => {
    expect(parseWhatsAppExport("")).toEqual({ participants: [], events: [], messages: 0 });
    expect(parseWhatsAppExport("hello\nworld")).toEqual({ participants: [], events: [], messages: 0 });
  });
});

// ---- Property tests: a model conversation, rendered as each platform writes it ----

type Item =
  | { kind: "message"; at: number; sender: number; lines: string[] }
  | { kind: "created"; at: number; actor: number }
  | { kind: "added"; at: number; actor: number; subjects: number[] }
  | { kind: "removed"; at: number; actor: number; subject: number }
  | { kind: "left" | "joined"; at: number; subject: number };

type Model = { names: string[]; group: string; items: Item[] };

type Rendering = {
  platform: "android" | "ios";
  monthFirst: boolean;
  twelveHour: boolean;
  shortYear: boolean;
  crlf: boolean;
  bom: boolean;
  tilde: boolean;
  systemSender: boolean;
};

const firstNames = ["Alice", "Bob", "Chidi", "Dorota", "Éamonn", "Fatima", "Gareth", "Hui", "Ifeoma", "José", "Łukasz", "Mo", "+44 7700 900123"];
const surnames = ["", " Smith", " O'Neil", " Ní Bhriain", " Patel", " Álvarez", " 🚓"];
const words = ["ok", "left", "Alice added Bob", "see: this", "12:30 works", "https://example.org/a?b=c", "😂", "lol", "fine", "[joke]", "you", "removed"];

const nameArb = fc.tuple(fc.constantFrom(...firstNames), fc.constantFrom(...surnames)).map(([a, b]) => a + b);
const textLineArb = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));

const modelArb: fc.Arbitrary<Model> = fc
  .uniqueArray(nameArb, { minLength: 2, maxLength: 12 })
  .chain((names) => {
    const person = fc.nat(names.length - 1);
    const step = fc.integer({ min: 0, max: 3 * 86_400 });
    const itemArb = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({ kind: fc.constant("message" as const), step, sender: person, lines: fc.array(textLineArb, { minLength: 1, maxLength: 3 }) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant("added" as const), step, actor: person, subjects: fc.uniqueArray(person, { minLength: 1, maxLength: 4 }) }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("removed" as const), step, actor: person, subject: person }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("left" as const, "joined" as const), step, subject: person }) },
    );
    return fc.record({
      names: fc.constant(names),
      group: fc.constantFrom("Relief B", "Team 4 🚓", "Nights: the real ones"),
      created: fc.option(person, { nil: undefined }),
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
  shortYear: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  tilde: fc.boolean(),
  systemSender: fc.boolean(),
});

const pad = (n: number) => String(n).padStart(2, "0");

function render(model: Model, r: Rendering): string {
  const ios = r.platform === "ios";
  const name = (i: number) => (ios && r.tilde ? `~${NNBSP}${model.names[i]}` : model.names[i]!);
  const stamp = (at: number) => {
    const d = new Date(at * 1000);
    const [day, month] = [d.getUTCDate(), d.getUTCMonth() + 1];
    const year = r.shortYear ? pad(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
    const date = r.monthFirst ? `${month}/${day}/${year}` : `${pad(day)}/${pad(month)}/${year}`;
    const h = d.getUTCHours();
    const hour = r.twelveHour ? String(h % 12 === 0 ? 12 : h % 12) : pad(h);
    const meridiem = r.twelveHour ? `${NNBSP}${h < 12 ? "AM" : "PM"}` : "";
    const time = `${hour}:${pad(d.getUTCMinutes())}${ios ? `:${pad(d.getUTCSeconds())}` : ""}${meridiem}`;
    return ios ? `${LRM}[${date}, ${time}] ` : `${date}, ${time} - `;
  };
  const system = (at: number, text: string) => (ios ? `${stamp(at)}${r.systemSender ? `${model.group}: ` : ""}${LRM}${text}` : `${stamp(at)}${text}`);
  const out: string[] = [];
  const start = model.items[0]!.at;
  out.push(system(start, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."));
  for (const item of model.items) {
    switch (item.kind) {
      case "message": {
        const [firstLine, ...rest] = item.lines;
        out.push(`${stamp(item.at)}${name(item.sender)}: ${firstLine}`, ...rest);
        break;
      }
      case "created":
        out.push(system(item.at, `${name(item.actor)} created group "${model.group}"`));
        break;
      case "added": {
        const subjects = item.subjects.map(name);
        const list = subjects.length === 1 ? subjects[0] : `${subjects.slice(0, -1).join(", ")} and ${subjects.at(-1)}`;
        out.push(system(item.at, `${name(item.actor)} added ${list}`));
        break;
      }
      case "removed":
        out.push(system(item.at, `${name(item.actor)} removed ${name(item.subject)}`));
        break;
      case "left":
        out.push(system(item.at, `${name(item.subject)} left`));
        break;
      case "joined":
        out.push(system(item.at, `${name(item.subject)} joined using this group's invite link`));
        break;
    }
  }
  return (r.bom ? "\ufeff" : "") + out.join(r.crlf ? "\r\n" : "\n");
}

/** What the parser should say, worked out from the model alone. */
function expected(model: Model, r: Rendering) {
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
  const participants = new Map<string, { name: string; messages: number; firstAt: string; lastAt: string }>();
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
    } else if (item.kind === "created") events.push({ at, kind: "created", actor: model.names[item.actor]!, subject: null });
    else if (item.kind === "added")
      for (const s of item.subjects) events.push({ at, kind: "added", actor: model.names[item.actor]!, subject: model.names[s]! });
    else if (item.kind === "removed") events.push({ at, kind: "removed", actor: model.names[item.actor]!, subject: model.names[item.subject]! });
    else events.push({ at, kind: item.kind, actor: null, subject: model.names[item.subject]! });
  }
  const list = [...participants.values()];
  return { participants: list, events, messages: list.reduce((n, p) => n + p.messages, 0) };
}

describe("parseWhatsAppExport: properties over generated exports", () => {
  it("gives each participant's count and first and last times, and every event, as the model has them (both platforms)", () => {
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
        expect(ios.participants.map((p) => [p.name, p.messages, minutes(p.firstAt), minutes(p.lastAt)])).toEqual(
          android.participants.map((p) => [p.name, p.messages, minutes(p.firstAt), minutes(p.lastAt)]),
        );
        expect(ios.events.map((e) => ({ ...e, at: minutes(e.at) }))).toEqual(android.events.map((e) => ({ ...e, at: minutes(e.at) })));
      }),
      { numRuns: 200 },
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
