import { expect, request, test } from "@playwright/test";
import { demoAccounts, signedInApi } from "./fixtures";
import { publishedFigures } from "@/db/seed/published-figures";

const published = "/api/stats?from=2018&to=2021&dimension=";

test.describe("GET /api/stats", () => {
  test("answers 401 to an anonymous caller", async ({ baseURL }) => {
    const anonymous = await request.newContext({ baseURL });
    const response = await anonymous.get(`${published}year`);
    expect(response.status()).toBe(401);
    expect((await response.json()).error).toMatch(/sign in/i);
  });

  for (const role of ["staff", "admin", "investigator"] as const) {
    test(`answers 403 to ${role}`, async ({ baseURL }) => {
      const api = await signedInApi(baseURL!, demoAccounts[role]);
      const response = await api.get(`${published}year`);
      expect(response.status()).toBe(403);
    });
  }

  test("answers 400 naming the bad parameter", async ({ baseURL }) => {
    const api = await signedInApi(baseURL!, demoAccounts.foi_officer);
    const cases: [string, string][] = [
      ["/api/stats?from=2018", "dimension"],
      ["/api/stats?dimension=year,shoe_size", "dimension"],
      ["/api/stats?dimension=year&from=20x8", "from"],
      ["/api/stats?dimension=year&to=3000", "to"],
      ["/api/stats?dimension=year&from=2021&to=2018", "from"],
      ["/api/stats?dimension=year&format=pdf", "format"],
    ];
    for (const [url, parameter] of cases) {
      const response = await api.get(url);
      expect(response.status(), url).toBe(400);
      const body = await response.json();
      expect(body.parameter, url).toBe(parameter);
      expect(body.error, url).toContain(parameter);
    }
  });

  for (const role of ["foi_officer", "senior_officer", "supervisor"] as const) {
    test(`gives ${role} exactly the published 2018-2021 figures, under disclosure control`, async ({ baseURL }) => {
      const api = await signedInApi(baseURL!, demoAccounts[role]);
      const byYear = await (await api.get(`${published}year`)).json();
      expect(byYear.disclosureControl.k).toBe(5);
      expect(byYear).toMatchObject({
        dimensions: ["year"],
        from: 2018,
        to: 2021,
        total: publishedFigures.total,
        rows: Object.entries(publishedFigures.year).map(([year, count]) => ({ year, count })),
      });
      const counts = async (dimension: string) => {
        const body = await (await api.get(`${published}${dimension}`)).json();
        expect(body.total).toBe(publishedFigures.total);
        return Object.fromEntries(body.rows.map((row: Record<string, string | number>) => [row[dimension], row.count]));
      };
      expect(await counts("rank_group")).toEqual(publishedFigures.rank_group);
      expect(await counts("finding")).toEqual(publishedFigures.finding);
      expect(await counts("sanction")).toMatchObject(publishedFigures.sanction);
    });
  }

  test("gives the figures as they stood on an as-at date", async ({ baseURL }) => {
    const api = await signedInApi(baseURL!, demoAccounts.foi_officer);
    const body = await (await api.get("/api/stats?dimension=year&from=2018&to=2021&asAt=2019-12-31")).json();
    expect(body).toMatchObject({
      total: 30,
      asAt: "2019-12-31",
      rows: [
        { year: "2018", count: 14 },
        { year: "2019", count: 16 },
      ],
    });
    expect(body.rows).toHaveLength(2);
  });

  test("withholds small counts as [c], in JSON and CSV, with totals that give nothing away", async ({ baseURL }) => {
    const api = await signedInApi(baseURL!, demoAccounts.foi_officer);
    const body = await (await api.get("/api/stats?dimension=year,rank_group&from=2018&to=2021&suppress=5")).json();
    expect(body.rows).toContainEqual({ year: "2018", rank_group: "not_stated", count: null, suppressed: true });
    expect(body.disclosureControl.k).toBe(5);
    const csv = await (await api.get("/api/stats?dimension=year,rank_group&from=2018&to=2021&suppress=5&format=csv")).text();
    expect(csv).toContain("2018,not_stated,[c]\r\n");
    expect(csv).toContain('Disclosure control,"Disclosure control: [c] marks a figure withheld');
    const wide = await (await api.get("/api/stats?dimension=year,rank_group&from=2018&to=2021&format=csv&layout=wide")).text();
    expect(wide.split("\r\n")[0]).toBe("Year recorded,Constable,Sergeant,Inspector and above,Police staff and PCSOs,Not stated,Total");
    expect(wide).toContain("\r\nTotal,160,12,8,0,4,184\r\n");

    const cross = await (await api.get("/api/stats?dimension=year,rank_group&from=2018&to=2021&totals=1")).json();
    expect(cross.totals.grand).toBe(184);
    expect(cross.totals.rows).toContainEqual({ year: "2020", count: 62 });
    expect(cross.totals.columns).toContainEqual({ rank_group: "sergeant", count: 12 });
  });

  test("refuses a CSV or Excel file while a group that all shares one outcome is unresolved, as JSON names it, and serves it once the caller chooses", async ({
    baseURL,
  }) => {
    const api = await signedInApi(baseURL!, demoAccounts.foi_officer);
    const query = "/api/stats?dimension=rank,finding&from=2018&to=2021";
    const named = await (await api.get(query)).json();
    expect(named.attributeDisclosure.length).toBeGreaterThan(0);
    for (const format of ["csv", "xlsx"]) {
      const refused = await api.get(`${query}&format=${format}`);
      expect(refused.status(), format).toBe(400);
      const body = await refused.json();
      expect(body.parameter).toBe("attributes");
      expect(body.error).toContain(named.attributeDisclosure[0].group);
      expect((await api.get(`${query}&format=${format}&attributes=withhold`)).status(), format).toBe(200);
    }
    const withheld = await (await api.get(`${query}&format=csv&attributes=withhold`)).text();
    expect(withheld).toContain("[c]");
    const accepted = await api.get(`${query}&format=csv&attributes=accept&why=${encodeURIComponent("Announced publicly at the misconduct hearing")}`);
    expect(accepted.status()).toBe(200);
  });

  test("returns CSV with a header of the dimension names then count, then what the table is", async ({ baseURL }) => {
    const api = await signedInApi(baseURL!, demoAccounts.foi_officer);
    const response = await api.get(`${published}year&format=csv`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const [table, about] = (await response.text()).split("\r\n\r\n");
    expect(table).toBe("year,count\r\n2018,14\r\n2019,16\r\n2020,62\r\n2021,92");
    // Every export states its rule, period, as-at date and the time produced.
    for (const line of ["Period,2018 to 2021", "Figures as at,", "Disclosure control,", "Produced,"]) expect(about).toContain(line);
  });
});

test("GET /api/health names the database the server runs on", async ({ request: api }, testInfo) => {
  const response = await api.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: testInfo.project.name });
});
