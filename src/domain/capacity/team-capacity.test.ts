import { describe, expect, it } from "vitest";
import { type CapacityWork, capacityStatus, type TeamCapacityInput, teamCapacity } from "./team-capacity.ts";

const work = (w: Partial<CapacityWork> & Pick<CapacityWork, "id">): CapacityWork =>
  ({
    label: w.id,
    kind: "mandate",
    status: "active",
    startDate: "2026-03-02",
    deliveryDate: "2026-03-20",
    estimatedHours: 0,
    loggedMinutes: 0,
    assignedMemberIds: [],
    ...w,
  }) as CapacityWork;

// Today: Wednesday 2026-03-11, in 2026-W11 (Mon 03-09 … Sun 03-15). W12 = 03-16…, W13 = 03-23…, W14 = 03-30…
const fixture: TeamCapacityInput = {
  today: "2026-03-11",
  members: [
    { id: "alex", name: "Alexandre", weeklyCapacityHours: 28 },
    { id: "sam", name: "Sam", weeklyCapacityHours: 20 },
    { id: "kim", name: "Kim", weeklyCapacityHours: 0 },
  ],
  work: [
    // A: 40 h − 16 h logged = 24 h over Wed 03-11 … Fri 03-20 = 3 + 5 = 8 working days → 3 h/day, all to Alex
    //    → W11 3 × 3 = 9 h, W12 5 × 3 = 15 h
    work({ id: "A", estimatedHours: 40, loggedMinutes: 960, assignedMemberIds: ["alex"] }),
    // B: approved change order, 30 h over Mon 03-16 … Fri 04-03 = 15 working days, nobody assigned → split between
    //    Alex and Sam (Kim has no capacity): 30 / 15 / 2 = 1 h/day each → 5 h per week each in W12, W13, W14
    work({
      id: "B",
      kind: "change_order",
      status: "approved",
      startDate: "2026-03-16",
      deliveryDate: "2026-04-03",
      estimatedHours: 30,
    }),
    // C: 20 h − 5 h = 15 h over Wed 03-11 … Tue 03-24 = 3 + 5 + 2 = 10 days, Sam and Kim → 0.75 h/day each
    //    → W11 2.25 h, W12 3.75 h, W13 1.5 h for each of them
    work({
      id: "C",
      startDate: "2026-03-09",
      deliveryDate: "2026-03-24",
      estimatedHours: 20,
      loggedMinutes: 300,
      assignedMemberIds: ["sam", "kim"],
    }),
    // F: late (due Fri 03-06): 16 h − 4 h = 12 h, all owed now → Sam, Wed 03-11 (W11)
    work({
      id: "F",
      startDate: "2026-02-02",
      deliveryDate: "2026-03-06",
      estimatedHours: 16,
      loggedMinutes: 240,
      assignedMemberIds: ["sam"],
    }),
    // not counted: a draft change order, a delivered mandate, work whose logged time covers its estimate
    work({ id: "D", kind: "change_order", status: "draft", estimatedHours: 100, assignedMemberIds: ["alex"] }),
    work({ id: "E", status: "delivered", estimatedHours: 100, assignedMemberIds: ["alex"] }),
    work({ id: "G", estimatedHours: 5, loggedMinutes: 600, assignedMemberIds: ["alex"] }),
  ],
  entries: [
    // W11 logged: Alex 8 h + 7 h = 15 h; Sam 8 h
    { memberId: "alex", date: "2026-03-09", minutes: 480 },
    { memberId: "alex", date: "2026-03-10", minutes: 420 },
    { memberId: "sam", date: "2026-03-10", minutes: 480 },
    // previous week and a former member: not in the table
    { memberId: "sam", date: "2026-03-06", minutes: 300 },
    { memberId: "former", date: "2026-03-10", minutes: 600 },
  ],
};

describe("team capacity on a hand-checked fixture", () => {
  const table = teamCapacity(fixture);
  const weekOf = (memberId: string, i: number) => table.members.find((m) => m.memberId === memberId)!.weeks[i]!;

  it("covers 12 ISO weeks from the current one", () => {
    expect(table.weeks).toHaveLength(12);
    expect(table.weeks[0]!.key).toBe("2026-W11");
    expect(table.weeks[11]!.key).toBe("2026-W22");
  });
  it("warns that Alex is approaching: 15 h logged + 9 h planned = 24 h of 28 h (85.7 %)", () => {
    const w = weekOf("alex", 0);
    expect(w).toMatchObject({
      loggedHours: 15,
      plannedHours: 9,
      bookedHours: 24,
      capacityHours: 28,
      status: "approaching",
    });
    expect(w.planned).toEqual([{ workId: "A", label: "A", hours: 9 }]);
    expect(w.message?.fr).toBe(
      "Alexandre, semaine du 9 mars 2026 : 24\u00a0h réservées pour 28\u00a0h de capacité (85,7\u00a0%). La limite approche : c’est le moment d’en parler, avant qu’elle soit atteinte.",
    );
    expect(w.message?.en).toContain(
      "Alexandre, week of March 9, 2026: 24\u00a0h booked for 28\u00a0h of capacity (85.7%)",
    );
  });
  it("shows Sam over capacity: 8 h logged + 2.25 h (C) + 12 h (late F) = 22.25 h of 20 h", () => {
    const w = weekOf("sam", 0);
    expect(w).toMatchObject({ loggedHours: 8, plannedHours: 14.25, bookedHours: 22.25, status: "over" });
    expect(w.message?.fr).toContain("Au-delà de la limite");
    expect(w.message?.en).toContain("Over the limit");
  });
  it("spreads the following weeks", () => {
    // Alex: W12 15 (A) + 5 (B) = 20 → 71 %; W13 5; W14 5; W15 0
    expect([1, 2, 3, 4].map((i) => [weekOf("alex", i).bookedHours, weekOf("alex", i).status])).toEqual([
      [20, "ok"],
      [5, "ok"],
      [5, "ok"],
      [0, "ok"],
    ]);
    // Sam: W12 5 (B) + 3.75 (C) = 8.75; W13 5 + 1.5 = 6.5; W14 5
    expect([1, 2, 3].map((i) => weekOf("sam", i).bookedHours)).toEqual([8.75, 6.5, 5]);
  });
  it("flags any booking for a member without capacity", () => {
    // Kim: C only, 2.25 / 3.75 / 1.5 h against 0 h
    expect([0, 1, 2, 3].map((i) => [weekOf("kim", i).bookedHours, weekOf("kim", i).status])).toEqual([
      [2.25, "over"],
      [3.75, "over"],
      [1.5, "over"],
      [0, "ok"],
    ]);
    expect(weekOf("kim", 0).utilisation).toBeUndefined();
    expect(weekOf("kim", 0).message?.fr).toContain("2,25\u00a0h réservées pour 0\u00a0h de capacité.");
  });
  it("lists the warnings earliest first, then by name", () => {
    expect(table.warnings.map((w) => [w.week.key, w.memberId, w.status])).toEqual([
      ["2026-W11", "alex", "approaching"],
      ["2026-W11", "kim", "over"],
      ["2026-W11", "sam", "over"],
      ["2026-W12", "kim", "over"],
      ["2026-W13", "kim", "over"],
    ]);
    expect(table.unallocated.every((u) => u.hours === 0)).toBe(true);
  });
});

describe("team capacity: foresight, horizon and nobody to do the work", () => {
  it("shows a limit approaching two weeks before it happens", () => {
    // Monday 2026-03-02; 17 h due in W12 (Mon 03-16 … Fri 03-20) for Alex at 20 h/week = 85 %
    const table = teamCapacity({
      today: "2026-03-02",
      members: [{ id: "alex", name: "Alex", weeklyCapacityHours: 20 }],
      work: [
        work({
          id: "X",
          startDate: "2026-03-16",
          deliveryDate: "2026-03-20",
          estimatedHours: 17,
          assignedMemberIds: ["alex"],
        }),
      ],
      entries: [],
    });
    expect(table.warnings).toHaveLength(1);
    expect(table.warnings[0]).toMatchObject({ memberId: "alex", status: "approaching", week: { key: "2026-W12" } });
    expect(table.warnings[0]!.message.en).toContain(
      "week of March 16, 2026: 17\u00a0h booked for 20\u00a0h of capacity (85%)",
    );
  });
  it("shows only the share of long work that falls inside the horizon", () => {
    // Mon 03-02 … Fri 06-26 = 17 full weeks = 85 working days; 85 h → 1 h/day → 5 h in each of the 12 weeks shown
    const table = teamCapacity({
      today: "2026-03-02",
      members: [{ id: "alex", name: "Alex", weeklyCapacityHours: 10 }],
      work: [work({ id: "L", deliveryDate: "2026-06-26", estimatedHours: 85 })],
      entries: [],
    });
    expect(table.members[0]!.weeks.map((w) => w.bookedHours)).toEqual(Array(12).fill(5));
  });
  it("returns hours nobody can take as unallocated", () => {
    // 10 h over Mon 03-02 … Fri 03-06, nobody assigned, nobody with capacity
    const table = teamCapacity({
      today: "2026-03-02",
      members: [{ id: "kim", name: "Kim", weeklyCapacityHours: 0 }],
      work: [work({ id: "U", deliveryDate: "2026-03-06", estimatedHours: 10 })],
      entries: [],
    });
    expect(table.unallocated[0]).toMatchObject({ week: { key: "2026-W10" }, hours: 10 });
    expect(table.members[0]!.weeks[0]!.bookedHours).toBe(0);
  });
  it("refuses a negative capacity", () => {
    expect(() =>
      teamCapacity({
        today: "2026-03-02",
        members: [{ id: "a", name: "A", weeklyCapacityHours: -1 }],
        work: [],
        entries: [],
      }),
    ).toThrow(expect.objectContaining({ code: "validation" }));
  });
});

describe("capacity status thresholds", () => {
  it("is approaching from exactly 85 % and over only above 100 %", () => {
    // 85 % of 35 h = 29.75 h
    expect(capacityStatus(29.74, 35)).toBe("ok");
    expect(capacityStatus(29.75, 35)).toBe("approaching");
    expect(capacityStatus(35, 35)).toBe("approaching");
    expect(capacityStatus(35.01, 35)).toBe("over");
    expect(capacityStatus(0, 0)).toBe("ok");
  });
});
