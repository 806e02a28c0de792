import { describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { beginExpensive } from "./expensive-requests";

describe("beginExpensive (issue 13, item 11: no request that can starve the rest)", () => {
  it("gives one person two slots at a time, others theirs, and a slot back when done (once)", () => {
    const first = beginExpensive(1)!;
    const second = beginExpensive(1)!;
    expect(getEnv().EXPENSIVE_PER_PERSON).toBe(2);
    expect(beginExpensive(1)).toBeNull();
    const other = beginExpensive(2);
    expect(other).not.toBeNull();
    first();
    first();
    const third = beginExpensive(1);
    expect(third).not.toBeNull();
    expect(beginExpensive(1)).toBeNull();
    second();
    third!();
    other!();
    expect(beginExpensive(1)).not.toBeNull();
  });

  it("takes the configured number of slots", () => {
    const ends = [beginExpensive(7, 3), beginExpensive(7, 3), beginExpensive(7, 3)];
    expect(ends.every(Boolean)).toBe(true);
    expect(beginExpensive(7, 3)).toBeNull();
    for (const end of ends) end!();
  });
});
