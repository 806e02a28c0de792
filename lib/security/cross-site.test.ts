import { describe, expect, it } from "vitest";
import { crossSiteRefusal, type RequestOrigin } from "./cross-site";

const base: RequestOrigin = { method: "POST", origin: null, secFetchSite: null, host: "psd.example:3000", forwardedHost: null };
const policy = { trustedProxyHops: 0 };

describe("crossSiteRefusal (issue 13, item 7: cross-site requests)", () => {
  it("lets same-origin browser requests through", () => {
    expect(crossSiteRefusal({ ...base, origin: "http://psd.example:3000", secFetchSite: "same-origin" }, policy)).toBeNull();
    expect(crossSiteRefusal({ ...base, origin: "https://psd.example:3000" }, policy)).toBeNull();
  });

  it("refuses a cross-site or same-site POST, by Sec-Fetch-Site or by Origin", () => {
    expect(crossSiteRefusal({ ...base, secFetchSite: "cross-site" }, policy)).toMatch(/cross-site/);
    expect(crossSiteRefusal({ ...base, secFetchSite: "same-site", origin: "http://other.psd.example:3000" }, policy)).toMatch(/same-site/);
    expect(crossSiteRefusal({ ...base, origin: "https://evil.example" }, policy)).toMatch(/evil.example is not this site/);
    expect(crossSiteRefusal({ ...base, origin: "null" }, policy)).toMatch(/null/);
    expect(crossSiteRefusal({ ...base, origin: "not a url" }, policy)).toMatch(/not a URL/);
  });

  it("does not believe X-Forwarded-Host unless proxies are trusted", () => {
    const forged = { ...base, origin: "https://evil.example", forwardedHost: "evil.example" };
    expect(crossSiteRefusal(forged, policy)).not.toBeNull();
    expect(crossSiteRefusal(forged, { trustedProxyHops: 1 })).toBeNull();
  });

  it("accepts the configured public address behind a proxy", () => {
    expect(
      crossSiteRefusal(
        { ...base, host: "10.0.0.5:3000", origin: "https://psd.police.example" },
        { trustedProxyHops: 0, publicUrl: "https://psd.police.example" },
      ),
    ).toBeNull();
  });

  it("never refuses a read, and leaves requests with neither header to the session checks", () => {
    expect(crossSiteRefusal({ ...base, method: "GET", secFetchSite: "cross-site", origin: "https://evil.example" }, policy)).toBeNull();
    expect(crossSiteRefusal(base, policy)).toBeNull();
  });
});
