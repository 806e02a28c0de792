import { describe, expect, it } from "vitest";
import { chatClockTime, chatDate, groupCreatedOn, groupNameFromFileName, membersFromExport, type ExportMember } from "./group-members";
import { parseWhatsAppExport } from "./whatsapp-export";

// Every name here is invented.
const exportText = [
  '01/02/2021, 14:03 - Alice created group "Relief B"',
  "01/02/2021, 14:04 - Alice added Bob, Carol and Dave",
  "13/02/2021, 09:15 - Bob: morning all",
  "13/02/2021, 09:16 - Carol: <Media omitted>",
  "13/02/2021, 09:17 - Dave left",
  "14/02/2021, 10:00 - Alice removed Carol",
  "14/02/2021, 10:01 - Eve joined using this group's invite link",
  "14/02/2021, 10:02 - Bob: This message was deleted",
  "15/02/2021, 08:00 - Alice added Dave",
].join("\n");

const member = (name: string, fields: Partial<ExportMember>): ExportMember => ({
  name,
  messages: 0,
  firstAt: null,
  lastAt: null,
  joinedOn: null,
  leftOn: null,
  removedOn: null,
  addedBy: null,
  ...fields,
});

describe("membersFromExport", () => {
  it("lists those who wrote first, then those the events name, with their messages, joins and departures", () => {
    expect(membersFromExport(parseWhatsAppExport(exportText))).toEqual([
      member("Bob", { messages: 2, firstAt: "2021-02-13T09:15:00", lastAt: "2021-02-14T10:02:00", joinedOn: "2021-02-01", addedBy: "Alice" }),
      member("Carol", {
        messages: 1,
        firstAt: "2021-02-13T09:16:00",
        lastAt: "2021-02-13T09:16:00",
        joinedOn: "2021-02-01",
        addedBy: "Alice",
        removedOn: "2021-02-14",
      }),
      member("Alice", { joinedOn: "2021-02-01" }),
      // Dave left and was added back: still a member, joined on his first join.
      member("Dave", { joinedOn: "2021-02-01", addedBy: "Alice" }),
      member("Eve", { joinedOn: "2021-02-14" }),
    ]);
  });

  it("counts a silent member who never wrote and whom only a departure names", () => {
    const members = membersFromExport(parseWhatsAppExport("01/02/2021, 14:00 - Zed: hello\n02/02/2021, 09:00 - Quiet Person left"));
    expect(members.map((m) => [m.name, m.messages, m.leftOn])).toEqual([
      ["Zed", 1, null],
      ["Quiet Person", 0, "2021-02-02"],
    ]);
  });

  it("takes 'You' and 'you' as the same member, the phone's owner", () => {
    const text = ['01/02/2021, 14:00 - You created group "Relief B"', "01/02/2021, 14:01 - Carol added you", "01/02/2021, 14:02 - You: hello"].join("\n");
    const members = membersFromExport(parseWhatsAppExport(text));
    expect(members.map((m) => m.name)).toEqual(["You", "Carol"]);
    expect(members[0]).toMatchObject({ messages: 1, joinedOn: "2021-02-01", addedBy: null });
  });

  it("keeps the last departure only when it came after the last join", () => {
    const text = [
      "01/02/2021, 14:00 - Ann added Ben",
      "02/02/2021, 14:00 - Ben left",
      "03/02/2021, 14:00 - Ann added Ben",
      "04/02/2021, 14:00 - Ann removed Ben",
    ].join("\n");
    const ben = membersFromExport(parseWhatsAppExport(text)).find((m) => m.name === "Ben");
    expect(ben).toMatchObject({ joinedOn: "2021-02-01", leftOn: null, removedOn: "2021-02-04", addedBy: "Ann" });
  });

  it("gives no members for an empty or unreadable file", () => {
    expect(membersFromExport(parseWhatsAppExport(""))).toEqual([]);
    expect(membersFromExport(parseWhatsAppExport("not an export at all"))).toEqual([]);
  });
});

describe("group facts from the export", () => {
  it("dates the group's creation from its 'created group' line, if any", () => {
    expect(groupCreatedOn(parseWhatsAppExport(exportText))).toBe("2021-02-01");
    expect(groupCreatedOn(parseWhatsAppExport("01/02/2021, 14:00 - Zed: hello"))).toBeNull();
  });

  it("names the group from the export's file name", () => {
    expect(groupNameFromFileName("WhatsApp Chat with Relief B.txt")).toBe("Relief B");
    expect(groupNameFromFileName("WhatsApp Chat - Relief B (2).txt")).toBe("Relief B");
    expect(groupNameFromFileName("_chat.txt")).toBe("_chat");
  });
});

describe("dates and clock times as the pages show them", () => {
  it("writes dates and the export's clock times without converting them to any time zone", () => {
    expect(chatDate("2021-03-01")).toBe("1 Mar 2021");
    expect(chatClockTime("2021-12-31T23:59:00")).toBe("31 Dec 2021, 23:59");
    expect(chatClockTime("2021-03-28 01:30:00")).toBe("28 Mar 2021, 01:30");
  });
});
