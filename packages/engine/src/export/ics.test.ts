import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { describeSteps } from "../render/steps.ts";
import { expectOk } from "../steer/plans.test-util.ts";
import { regenerate } from "../steer/regenerate.ts";
import { planToIcs } from "./ics.ts";
import { datedWorkouts, zurichPlan } from "./plans.test-util.ts";

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      sequence: event.sequence,
    };
  });
}

const ics = planToIcs(zurichPlan);
const running = datedWorkouts(zurichPlan).filter(({ workout }) => workout.type !== "rest");

describe("planToIcs", () => {
  it("has one all-day event a workout, rest left out, on the workout's date", () => {
    const parsed = events(ics);
    expect(parsed).toHaveLength(running.length);
    parsed.forEach((event, i) => {
      expect(event.start.isDate).toBe(true);
      expect(event.start.toString()).toBe(running[i]?.date);
      expect(event.sequence).toBe(0);
    });
  });

  it("titles events with the duration and describes steps, why and the week", () => {
    const parsed = events(ics);
    running.forEach(({ workout }, i) => {
      const event = parsed[i];
      expect(event?.summary.startsWith(workout.title)).toBe(true);
      if (workout.steps.length > 0)
        expect(event?.description).toContain(describeSteps(workout.steps, "metric"));
      if (workout.why) expect(event?.description).toContain(workout.why);
      expect(event?.description).toMatch(/Week \d+ · \w+ · target /);
    });
    expect(parsed.some((e) => e.description.includes("Zürich Trail 50K"))).toBe(true);
  });

  it("keeps non-ASCII text whole and lines within 75 octets, with CRLF", () => {
    expect(ics).toContain("Cairn: Spring Half + Zürich Trail 50K");
    const lines = ics.split("\r\n");
    expect(lines.at(-1)).toBe("");
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("escapes commas, semicolons, backslashes and newlines", () => {
    const id = running[0]?.workout.id;
    const weeks = zurichPlan.weeks.map((week) => ({
      ...week,
      days: week.days.map((day) => ({
        ...day,
        workouts: day.workouts.map((w) => (w.id === id ? { ...w, title: "a, b; c\\d\ne" } : w)),
      })),
    }));
    const [event] = events(planToIcs({ ...zurichPlan, weeks }));
    expect(event?.summary.startsWith("a, b; c\\d\ne ·")).toBe(true);
  });

  it("gives the same UIDs each export, and to untouched workouts of a regenerated plan", () => {
    expect(planToIcs(zurichPlan)).toBe(ics);
    const next = expectOk(regenerate(zurichPlan, { kind: "week", index: 5 }, 99)).plan;
    const before = new Map(events(ics).map((e, i) => [running[i]?.workout.id, e.uid]));
    const after = events(planToIcs(next));
    expect(after.every((e) => e.sequence === next.revision)).toBe(true);
    const untouched = datedWorkouts(next).filter(
      ({ date }) =>
        date < (next.weeks[5]?.startDate ?? "") || date > (next.weeks[5]?.days[6]?.date ?? ""),
    );
    const afterById = new Map(
      datedWorkouts(next)
        .filter(({ workout }) => workout.type !== "rest")
        .map(({ workout }, i) => [workout.id, after[i]?.uid]),
    );
    for (const { workout } of untouched.filter(({ workout }) => workout.type !== "rest"))
      expect(afterById.get(workout.id)).toBe(before.get(workout.id));
    expect(new Set(after.map((e) => e.uid)).size).toBe(after.length);
  });
});
