import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath (issue 13, item 6: open redirect after sign-in)", () => {
  it.each([
    ["/cases/PSD-2026-0001", "/cases/PSD-2026-0001"],
    ["/cases?status=open&sort=due", "/cases?status=open&sort=due"],
    ["/dashboard#ei-title", "/dashboard#ei-title"],
  ])("keeps the same-site path %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each([
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example",
    "/\\/evil.example",
    "/.//evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("sends %j home instead of off the site", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("sends anything that is not one string home", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/cases", "/admin"])).toBe("/");
  });

  it("never returns a value a browser would resolve to another origin (property over tricky prefixes)", () => {
    const prefixes = ["/", "\\", "\t", "\n", "\r", " ", "%5C", "%2F", ".", "@", ":"];
    for (const a of prefixes)
      for (const b of prefixes)
        for (const c of prefixes) {
          const value = `/${a}${b}${c}evil.example/x`;
          const result = safeCallbackPath(value);
          expect(new URL(result, "https://psd.example").origin, JSON.stringify(value)).toBe("https://psd.example");
        }
  });
});
