import { describe, expect, it } from "vitest";
import { MAX_NAMED, namedPeople } from "./named-people";

describe("namedPeople", () => {
  it("reads one name per person from the ways people list them", () => {
    expect(namedPeople("PC Dave Smith and Sgt Jones; A. Patel, DC O'Neil\nR Khan / T Webb & J Doe + M Lee")).toEqual([
      "PC Dave Smith",
      "Sgt Jones",
      "A. Patel",
      "DC O'Neil",
      "R Khan",
      "T Webb",
      "J Doe",
      "M Lee",
    ]);
  });

  it("drops asides in brackets, bullets, blanks, numbers alone and repeats", () => {
    expect(namedPeople("- PC Smith (the one who posted it),\n• pc smith\n, 1234 ,  ; Ann  Brown.")).toEqual(["PC Smith", "Ann Brown"]);
  });

  it("keeps names that contain 'and' inside a word", () => {
    expect(namedPeople("Alexander Sanderson and Andy Rand")).toEqual(["Alexander Sanderson", "Andy Rand"]);
  });

  it("gives nothing for no answer and at most MAX_NAMED names", () => {
    expect(namedPeople(null)).toEqual([]);
    expect(namedPeople("")).toEqual([]);
    const many = Array.from({ length: 15 }, (_, i) => `Officer ${String.fromCharCode(65 + i)}`).join(", ");
    expect(namedPeople(many)).toHaveLength(MAX_NAMED);
  });
});
