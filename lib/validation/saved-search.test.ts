import { describe, expect, it } from "vitest";
import { saveSearchSchema, savedSearchQuery } from "./case-list";

describe("savedSearchQuery (issue 17, item 9)", () => {
  it("keeps the filters and the order in one fixed order, and drops the page, the cursor and anything else", () => {
    expect(savedSearchQuery("overdue=1&platform=whatsapp&after=abc&restrictedPage=3&evil=1&sort=due")).toEqual({
      ok: true,
      query: "platform=whatsapp&overdue=1&sort=due",
    });
    expect(savedSearchQuery("q=PC+Smith&year=2025")).toEqual({ ok: true, query: "q=PC+Smith&year=2025" });
  });

  it("refuses what the list itself would refuse, and a search of nothing", () => {
    expect(savedSearchQuery("platform=myspace")).toEqual({ ok: false, error: "Fix the search first: choose a platform from the list" });
    expect(savedSearchQuery("year=1999")).toEqual({ ok: false, error: "Fix the search first: give a year from 2000" });
    expect(savedSearchQuery("after=abc")).toEqual({ ok: false, error: "Set a filter or a search first: the whole list needs no saving" });
  });

  it("puts a refused search beside the name the person typed", () => {
    const refused = saveSearchSchema.safeParse({ name: "Old", query: "year=1999" });
    expect(refused.error?.issues).toEqual([expect.objectContaining({ path: ["name"], message: "Fix the search first: give a year from 2000" })]);
    expect(saveSearchSchema.parse({ name: "  Overdue WhatsApp ", query: "overdue=1&platform=whatsapp" })).toEqual({
      name: "Overdue WhatsApp",
      query: "platform=whatsapp&overdue=1",
    });
  });
});
