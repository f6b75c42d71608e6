import { describe, expect, it } from "vitest";
import { policy } from "../constants.ts";
import { stridesSteps } from "./easy-runs.ts";
import { fitRaceWindow, fitWindowTail, shakeOutSession } from "./race-week.ts";
import { runMinutes, type Session } from "./session.ts";
import { easyRun, qualityShare } from "./sessions.test-util.ts";
import { cooldown, recover, repeat, totalMinutes, warmup, work, zoneMinutesOf } from "./steps.ts";

const sharp = (day: number, minutes: number): Session =>
  easyRun(day, minutes, {
    type: "intervals",
    title: "Intervals",
    intensity: "hard",
    key: true,
    steps: [work(15, "z2"), work(minutes - 25, "z5"), work(10, "z2")],
  });

/** A 40-minute threshold session from a warm-up to a cool-down, as the engine builds it. */
const wrappedSharp = (day: number): Session =>
  easyRun(day, 40, {
    type: "threshold",
    title: "Cruise intervals",
    intensity: "hard",
    key: true,
    steps: [warmup(15), repeat(3, work(5, "z4"), recover(1, "z1")), cooldown(7)],
  });

const inWindow = (sessions: Session[], from: number) =>
  runMinutes(sessions.filter((s) => s.day >= from));

describe("fitWindowTail (TP-2 from the last taper week before an early-week race)", () => {
  it("leaves the week alone when its tail already fits", () => {
    const sessions = [sharp(1, 40), easyRun(3, 30), easyRun(5, 30)];
    const before = structuredClone(sessions);
    fitWindowTail(sessions, 1, 120);
    expect(sessions).toEqual(before);
  });

  it("shrinks the tail's easy runs first, keeping the days and the sharp session", () => {
    const sessions = [easyRun(0, 40), sharp(1, 40), easyRun(3, 45), easyRun(5, 45)];
    fitWindowTail(sessions, 2, 60);
    expect(inWindow(sessions, 2)).toBeLessThanOrEqual(60);
    expect(sessions.map((s) => s.day)).toEqual([0, 1, 3, 5]);
    expect(sessions[1]?.type).toBe("intervals");
    expect(sessions[0]).toMatchObject({ steps: [{ durationMin: 40 }] });
  });

  it("takes a fraction of a minute over from the easy runs, never a whole run", () => {
    const sessions = [sharp(5, 48), easyRun(3, 40), easyRun(4, 76)];
    fitWindowTail(sessions, 3, 163.64);
    expect(inWindow(sessions, 3)).toBeLessThanOrEqual(163.64);
    expect(sessions.map((s) => s.day).sort((a, b) => a - b)).toEqual([3, 4, 5]);
  });

  it("keeps strides on a run long enough for them", () => {
    const strides = easyRun(4, 30, {
      title: "Easy run 30 min + 6 strides",
      steps: stridesSteps(30),
    });
    const sessions = [sharp(1, 35), strides];
    fitWindowTail(sessions, 1, 60);
    const kept = sessions.find((s) => s.day === 4) as Session;
    expect(totalMinutes(kept.steps)).toBe(25);
    expect(kept.title).toBe("Easy run 25 min + 6 strides");
    expect(zoneMinutesOf(kept.steps).z5).toBeGreaterThan(0);
  });

  it("turns the sharp session into pickups when easy runs are at their floor, intensity kept", () => {
    const sessions = [sharp(1, 45), easyRun(3, 15), easyRun(5, 15)];
    fitWindowTail(sessions, 1, 55);
    expect(inWindow(sessions, 1)).toBeLessThanOrEqual(55);
    const pickups = sessions.find((s) => s.day === 1) as Session;
    expect(pickups.intensity).toBe("hard");
    expect(pickups.title).toMatch(/^Pickups \d+ × 1 min/);
    expect(qualityShare(sessions)).toBeGreaterThanOrEqual(0.1);
    expect(qualityShare(sessions)).toBeLessThanOrEqual(0.2);
  });

  it("never makes the sharp session longer than it was, whatever the week's quality share asks", () => {
    // Long easy days before the window ask for many pickups; the session fitted its day as it was.
    const sessions = [easyRun(0, 60), easyRun(1, 60), easyRun(2, 60), sharp(4, 30)];
    sessions.push(easyRun(5, 15), easyRun(6, 15));
    fitWindowTail(sessions, 4, 55);
    const pickups = sessions.find((s) => s.day === 4) as Session;
    expect(pickups.title).toMatch(/^Pickups/);
    expect(totalMinutes(pickups.steps)).toBeLessThanOrEqual(30);
    expect(inWindow(sessions, 4)).toBeLessThanOrEqual(55);
  });

  it("drops easy runs last, and keeps at least one run in the window", () => {
    const sessions = [sharp(1, 30), easyRun(3, 20), easyRun(5, 20)];
    fitWindowTail(sessions, 1, 10);
    expect(sessions.length).toBe(1);
    expect(sessions[0]?.intensity).toBe("hard");
  });

  it("moves an easy run it can't hold to a free day before the window, keeping the run days (TP-2)", () => {
    // A Friday race: the last taper week's Friday to Sunday are in its seven days.
    const sessions = [sharp(1, 16), easyRun(4, 15), easyRun(6, 15)];
    const runnable = (day: number) => day !== 2;
    fitWindowTail(sessions, 4, 25, runnable);
    expect(sessions.map((s) => s.day).sort((a, b) => a - b)).toEqual([1, 3, 6]);
    expect(inWindow(sessions, 4)).toBeLessThanOrEqual(25);
    // With no free day before it, the run goes as before.
    const away = [sharp(1, 16), easyRun(4, 15), easyRun(6, 15)];
    fitWindowTail(away, 4, 25, (day) => day === 1);
    expect(away.map((s) => s.day)).toEqual([1, 6]);
  });

  it("moves a sharp session alone in the window to a free day before it, never beside a hard day or the long run", () => {
    // A Tuesday race: the last taper week's lone session on Tuesday is in its seven days.
    const sessions = [sharp(1, 19)];
    fitWindowTail(sessions, 1, 3.5, () => true);
    expect(sessions.map((s) => s.day)).toEqual([0]);
    expect(sessions[0]?.intensity).toBe("hard");
    // A Thursday race after Tuesday's session: Monday and Wednesday are free but beside it.
    const two = [sharp(1, 30), sharp(3, 19)];
    fitWindowTail(two, 3, 3.5, () => true);
    expect(two.map((s) => s.day)).toEqual([1, 3]);
    // Nor on the day before the long run (IN-5).
    const long = [easyRun(1, 20, { type: "long" }), sharp(3, 19)];
    fitWindowTail(long, 2, 3.5, () => true);
    expect(long.map((s) => s.day)).toEqual([1, 3]);
  });

  it("asks whether a day before the window takes the run at its length (a race's eve takes a shake-out, TP-3)", () => {
    // A training race on Tuesday; the goal race next Thursday: this Thursday on is its window.
    const asked: number[] = [];
    const onEve = (day: number, moved: Session) => {
      const minutes = totalMinutes(moved.steps);
      asked.push(minutes);
      return day === 0 && minutes <= policy.shakeOutMin;
    };
    const sessions = [easyRun(4, 15), easyRun(6, 16)];
    fitWindowTail(sessions, 3, 20, onEve);
    expect(sessions.map((s) => s.day).sort((a, b) => a - b)).toEqual([0, 6]);
    expect(asked.every((m) => m === 15)).toBe(true);
  });
});

describe("fitRaceWindow (TP-2 in the race week)", () => {
  const race = easyRun(1, 28, { type: "race", intensity: "hard" });

  it("runs the shake-out shorter when the window holds less than a whole one, never under 10 min", () => {
    // A Tuesday 5K after a 45-minute peak: the last taper week already ran 14 of the seven days.
    const sessions = [shakeOutSession(0), race];
    fitRaceWindow(sessions, { band: [4.9, 12.1], floorMin: 4.9 }, () => 120);
    expect(sessions[0]).toMatchObject({ title: "Shake-out 12 min", day: 0 });
    expect(runMinutes(sessions.filter((s) => s.type !== "race"))).toBeLessThanOrEqual(12.1);
    const tiny = [shakeOutSession(0), race];
    fitRaceWindow(tiny, { band: [0, 4], floorMin: 0 }, () => 120);
    expect(tiny[0]?.title).toBe(`Shake-out ${policy.shakeOutShortestMin} min`);
  });

  it("keeps a run two days before a Saturday race to an hour, the days before taking the rest", () => {
    const saturdayRace = easyRun(5, 240, { type: "race", intensity: "hard" });
    const sessions = [easyRun(1, 60), easyRun(3, 60), shakeOutSession(4), saturdayRace];
    fitRaceWindow(sessions, { band: [200, 260], floorMin: 180 }, () => 180);
    const thursday = sessions.find((s) => s.day === 3);
    expect(totalMinutes(thursday?.steps ?? [])).toBeLessThanOrEqual(60);
    // Tuesday at its longest, under two hours: under the aim, above the seven days' floor.
    expect(runMinutes(sessions.filter((s) => s.type !== "race"))).toBeGreaterThanOrEqual(180);
  });

  it("lets that run grow past an hour when the days before can't hold the floor", () => {
    const saturdayRace = easyRun(5, 240, { type: "race", intensity: "hard" });
    const sessions = [easyRun(1, 60), easyRun(3, 60), shakeOutSession(4), saturdayRace];
    fitRaceWindow(sessions, { band: [230, 300], floorMin: 230 }, () => 180);
    expect(runMinutes(sessions.filter((s) => s.type !== "race"))).toBeGreaterThanOrEqual(230);
    const thursday = sessions.find((s) => s.day === 3);
    expect(totalMinutes(thursday?.steps ?? [])).toBeGreaterThan(60);
  });

  // A 100-miler's race week: 40% of a 851-minute peak, the taper's last days carrying 110.
  const hundredMilerWeek = () => [
    easyRun(1, 60),
    wrappedSharp(2),
    easyRun(3, 60),
    shakeOutSession(4),
    easyRun(5, 1480, { type: "race", intensity: "hard" }),
  ];

  it("keeps every easy run under two hours, the run two days out to an hour", () => {
    const sessions = hundredMilerWeek();
    fitRaceWindow(sessions, { band: [357, 384], floorMin: 247 }, () => 240);
    const easy = sessions.filter((s) => s.type === "easy").map((s) => totalMinutes(s.steps));
    // IN-2: a run of two hours is a long run, a third anchor beside the race and the sharp session.
    expect(Math.max(...easy)).toBeLessThan(120);
    expect(totalMinutes(sessions.find((s) => s.day === 3)?.steps ?? [])).toBeLessThanOrEqual(60);
    expect(runMinutes(sessions.filter((s) => s.type !== "race"))).toBeGreaterThanOrEqual(247);
  });

  it("lengthens the sharp session's easy wraps before an easy run past an hour and a half", () => {
    const sessions = hundredMilerWeek();
    fitRaceWindow(sessions, { band: [215, 260], floorMin: 215 }, () => 240);
    const minutesOn = (day: number) =>
      totalMinutes(sessions.find((s) => s.day === day)?.steps ?? []);
    expect([minutesOn(1), minutesOn(3)]).toEqual([90, 60]);
    expect(minutesOn(2)).toBe(50);
    expect(sessions[1]?.steps.at(-1)).toMatchObject({ kind: "cooldown", durationMin: 15 });
  });

  it("leaves a shake-out the window holds", () => {
    const sessions = [shakeOutSession(0), race];
    fitRaceWindow(sessions, { band: [10, 40], floorMin: 10 }, () => 120);
    expect(sessions[0]?.title).toBe(`Shake-out ${policy.shakeOutMin} min`);
  });
});
