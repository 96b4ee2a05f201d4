/**
 * The clock tests give Mandat: it starts at a fixed instant and moves forward with the real elapsed time, so records
 * keep their order and sessions their lifetime, but nothing a test expects depends on the day it runs.
 */
export const TEST_START = new Date("2026-11-26T15:00:00.000Z");

const startedAt = performance.now();

/** Now, as the application under test sees it. */
export function testNow(): Date {
  return new Date(TEST_START.getTime() + Math.floor(performance.now() - startedAt));
}

/** The calendar date (UTC) `offset` days from the test clock's today. */
export function testDay(offset = 0): string {
  return new Date(testNow().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}
