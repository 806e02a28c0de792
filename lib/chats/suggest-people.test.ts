import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameMatch, nameTokens, suggestPeople } from "./suggest-people";

const people = [
  { id: 1, name: "John Smith" },
  { id: 2, name: "Jane Smith" },
  { id: 3, name: "David Smith" },
  { id: 4, name: "Éamonn O'Neil" },
  { id: 5, name: "John Paul Jones" },
  { id: 6, name: "Aisha Patel" },
];

const ids = (chatName: string) => suggestPeople(chatName, people).map((s) => s.person.id);

describe("nameTokens", () => {
  it("ignores case, accents, apostrophes, punctuation, emoji and ranks", () => {
    expect(nameTokens("PC  Éamonn O’NEIL 🚓")).toEqual(["eamonn", "oneil"]);
    expect(nameTokens("j.smith")).toEqual(["j", "smith"]);
  });
});

describe("suggestPeople", () => {
  it("puts the same name first, whatever its case, accents, spacing or title", () => {
    expect(suggestPeople("  sgt EAMONN   oneil ", people)[0]).toMatchObject({ person: { id: 4 }, score: 100, reason: "Same name" });
  });

  it("matches an initial and surname to each person it could be, and not to other surnames", () => {
    expect(ids("J Smith")).toEqual([2, 1, 3]);
    expect(suggestPeople("J Smith", people).map((s) => s.score)).toEqual([80, 80, 50]);
  });

  it("matches a short form of the forename with the surname above the surname alone", () => {
    expect(suggestPeople("Dave Smith", people)[0]).toMatchObject({ person: { id: 3 }, score: 70 });
  });

  it("matches forename and surname across a middle name, and a forename with a surname initial", () => {
    expect(suggestPeople("John Jones", people)[0]).toMatchObject({ person: { id: 5 }, score: 85 });
    expect(suggestPeople("Aisha P", people)).toEqual([{ person: people[5], score: 70, reason: "Forename and initial of the surname" }]);
  });

  it("matches a surname alone, initials alone and names in another order", () => {
    expect(ids("Smith")).toEqual([3, 2, 1]);
    expect(ids("AP")).toEqual([6]);
    expect(suggestPeople("Patel, Aisha", people)[0]).toMatchObject({ person: { id: 6 }, score: 90 });
  });

  it("suggests nobody for a phone number or a name that matches no one", () => {
    expect(suggestPeople("+44 7700 900123", people)).toEqual([]);
    expect(suggestPeople("Relief B", people)).toEqual([]);
    expect(suggestPeople("🚓", people)).toEqual([]);
  });

  it("keeps at most the limit, best first", () => {
    expect(suggestPeople("Smith", people, 2)).toHaveLength(2);
  });

  it("always ranks a person's own recorded name as an exact match (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("Anna", "Łukasz", "Ní", "Bhriain", "Smith", "O'Neil", "José", "Álvarez"), { minLength: 1, maxLength: 3 }),
        (parts) => {
          const name = parts.join(" ");
          expect(nameMatch(name.toUpperCase(), name).score).toBe(100);
          expect(nameMatch(name.normalize("NFD"), name).score).toBe(100);
        },
      ),
    );
  });
});
