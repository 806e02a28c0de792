import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the address the server itself appended when no proxy is trusted", () => {
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }, 0)).toBe("10.0.0.7");
  });

  it("skips the entries written by trusted proxies, so a client cannot choose its address", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 81.2.69.160, 10.0.0.7" }), 1)).toBe("81.2.69.160");
  });

  it("says unknown when there is nothing to go on", () => {
    expect(clientIp({}, 0)).toBe("unknown");
  });
});
