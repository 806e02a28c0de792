import { describe, expect, it } from "vitest";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccounts } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { deleteSearch, listSavedSearches, MAX_SAVED_SEARCHES, saveSearch } from "./saved-searches";

describe.each(databaseKinds)("saved searches of the case list (issue 17, item 9) on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("are each person's own: listed by name, one name once whatever its case, deleted only by their owner", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { investigator, supervisor } = await demoAccounts(db, "investigator", "supervisor");
      await saveSearch(db, investigator, { name: "WhatsApp overdue", query: "platform=whatsapp&overdue=1" });
      const first = await saveSearch(db, investigator, { name: "Constables 2025", query: "rankGroup=constable&year=2025" });
      await saveSearch(db, supervisor, { name: "WhatsApp overdue", query: "platform=whatsapp" });
      expect((await listSavedSearches(db, investigator.id)).map((s) => s.name)).toEqual(["Constables 2025", "WhatsApp overdue"]);
      await expect(saveSearch(db, investigator, { name: "whatsapp OVERDUE", query: "q=x" })).rejects.toThrow(
        'You already have a search called "whatsapp OVERDUE". Choose another name, or delete that one first.',
      );
      await expect(deleteSearch(db, supervisor, first.id)).rejects.toThrow("You have no such saved search.");
      expect(await deleteSearch(db, investigator, first.id)).toEqual({ name: "Constables 2025" });
      expect((await listSavedSearches(db, investigator.id)).map((s) => s.name)).toEqual(["WhatsApp overdue"]);
      expect((await listSavedSearches(db, supervisor.id)).map((s) => s.query)).toEqual(["platform=whatsapp"]);
    });
  });

  it(`stop at ${MAX_SAVED_SEARCHES} a person`, async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { investigator } = await demoAccounts(db, "investigator");
      for (let i = 0; i < MAX_SAVED_SEARCHES; i++) await saveSearch(db, investigator, { name: `Search ${i}`, query: `year=${2000 + i}` });
      await expect(saveSearch(db, investigator, { name: "One more", query: "year=2025" })).rejects.toThrow(`You have ${MAX_SAVED_SEARCHES} saved searches`);
    });
  });
});
