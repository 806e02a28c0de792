import { describe, expect, it } from "vitest";
import { loggableError } from "./log";

describe("loggableError (issue 15, section 5: logs without personal data)", () => {
  it("logs the database's error under a failed query, not the query's parameters", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "people_service_number_unique"'), {
      code: "23505",
      detail: "Key (service_number)=(204117) already exists.",
    });
    const failed = Object.assign(new Error("Failed query: insert into people (name) values ($1)\nparams: Jane Smith"), {
      query: "insert into people (name) values ($1)",
      params: ["Jane Smith"],
      cause,
    });
    const logged = loggableError(failed);
    expect(logged).toMatchObject({ type: "Error", code: "23505", message: cause.message });
    expect(JSON.stringify(logged)).not.toContain("Jane Smith");
    expect(JSON.stringify(logged)).not.toContain("204117");
  });

  it("says what was thrown when it is not an Error", () => {
    expect(loggableError("boom")).toEqual({ type: "string", message: "A value that is not an Error was thrown" });
  });
});
