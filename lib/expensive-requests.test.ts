import { describe, expect, it } from "vitest";
import { beginExpensive, MAX_EXPENSIVE_PER_USER } from "./expensive-requests";

describe("beginExpensive (issue 13, item 11: no request that can starve the rest)", () => {
  it("gives one person two slots at a time, others theirs, and a slot back when done (once)", () => {
    const first = beginExpensive(1)!;
    const second = beginExpensive(1)!;
    expect(MAX_EXPENSIVE_PER_USER).toBe(2);
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
});
