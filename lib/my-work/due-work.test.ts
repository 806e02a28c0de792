import { describe, expect, it } from "vitest";
import { dueInWords, splitDueWork, workingDaysLeftInWords, workWeek, type ClockDue, type TargetDue } from "./due-work";

const week = workWeek("2026-12-01");

describe("the home page's week", () => {
  it("is today and the six days after it", () => {
    expect(week).toEqual({ today: "2026-12-01", lastDay: "2026-12-07", before: "2026-12-08" });
  });
});

describe("splitting what falls due", () => {
  const clock = (taskId: number, dueOn: string, caseRef = "PSD-2026-0001"): ClockDue => ({
    taskId,
    kind: "barred_list_notification",
    dueOn,
    caseRef,
    officer: "PC A Example",
  });
  const target = (dueOn: string, caseRef = "PSD-2026-0002"): TargetDue => ({ caseRef, stage: "assessment", dueOn });

  it("puts what fell due before today under overdue and the week's under this week, soonest first", () => {
    const { overdue, thisWeek } = splitDueWork(
      [clock(1, "2026-12-03"), clock(2, "2026-11-28"), clock(3, "2026-12-08")],
      [target("2026-12-01"), target("2026-11-30"), target("2026-12-07")],
      week,
    );
    expect(overdue.map((i) => [i.source, i.dueOn])).toEqual([
      ["clock", "2026-11-28"],
      ["target", "2026-11-30"],
    ]);
    expect(thisWeek.map((i) => [i.source, i.dueOn])).toEqual([
      ["target", "2026-12-01"],
      ["clock", "2026-12-03"],
      ["target", "2026-12-07"],
    ]);
  });

  it("leaves out what falls due after the week", () => {
    const { overdue, thisWeek } = splitDueWork([clock(1, "2026-12-08")], [target("2027-01-10")], week);
    expect([...overdue, ...thisWeek]).toEqual([]);
  });

  it("lists a statutory clock before a force target due the same day", () => {
    const { thisWeek } = splitDueWork([clock(1, "2026-12-02", "PSD-2026-0009")], [target("2026-12-02", "PSD-2026-0001")], week);
    expect(thisWeek.map((i) => i.source)).toEqual(["clock", "target"]);
  });
});

describe("due dates in words", () => {
  it.each([
    ["2026-12-01", "Due today"],
    ["2026-12-02", "Due tomorrow"],
    ["2026-12-05", "Due in 4 days"],
    ["2026-11-30", "1 day overdue"],
    ["2026-11-20", "11 days overdue"],
  ])("%s is %s on 1 December 2026", (dueOn, words) => {
    expect(dueInWords(dueOn, "2026-12-01")).toBe(words);
  });

  it("counts an FoI deadline in working days (FOIA s.10)", () => {
    // Friday 4 December 2026 to Tuesday 8 December: Monday and Tuesday are left.
    expect(workingDaysLeftInWords("2026-12-08", "2026-12-04")).toBe("2 working days left");
    expect(workingDaysLeftInWords("2026-12-07", "2026-12-04")).toBe("1 working day left");
    expect(workingDaysLeftInWords("2026-12-04", "2026-12-04")).toBe("Due today");
    expect(workingDaysLeftInWords("2026-12-03", "2026-12-04")).toBe("Overdue");
  });
});
