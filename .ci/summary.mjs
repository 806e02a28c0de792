// Prints one plain "N passed, N failed" line over the Vitest and Playwright JSON reports,
// and fails when a report is missing or counted no test at all.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;

const vitestFile = "reports/vitest.json";
const playwrightFile = "reports/playwright.json";
for (const file of [vitestFile, playwrightFile]) {
  if (!existsSync(file)) {
    console.error(`Missing test report ${file}: that test runner did not finish.`);
    process.exit(1);
  }
}
const vitest = JSON.parse(readFileSync(vitestFile, "utf8"));
passed += vitest.numPassedTests;
failed += vitest.numFailedTests;
skipped += vitest.numPendingTests + vitest.numTodoTests;

const playwright = JSON.parse(readFileSync(playwrightFile, "utf8"));
passed += playwright.stats.expected + playwright.stats.flaky;
failed += playwright.stats.unexpected;
skipped += playwright.stats.skipped;

console.log(`unit+integration: ${vitest.numPassedTests} passed; end-to-end: ${playwright.stats.expected} passed`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0 || failed > 0) process.exit(1);
