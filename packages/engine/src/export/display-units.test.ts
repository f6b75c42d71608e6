import { describe, expect, it } from "vitest";
import { imperialText, inDisplayUnits } from "./display-units.ts";
import { zurichPlan } from "./plans.test-util.ts";

describe("imperialText", () => {
  it.each([
    [
      "1544 m of climbing for a race with 2200 m (SP-1).",
      "5,066 ft of climbing for a race with 7,218 ft (SP-1).",
    ],
    ["21.1 km", "13.1 mi"],
    ["The race climbs 2200 m; 45 min easy", "The race climbs 7,218 ft; 45 min easy"],
    ["long run 2 h 26, 1.3× the last four weeks", "long run 2 h 26, 1.3× the last four weeks"],
    ["Canyon 50K", "Canyon 50K"],
  ])("%s", (metric, imperial) => {
    expect(imperialText(metric)).toBe(imperial);
  });
});

describe("inDisplayUnits", () => {
  it("leaves a metric plan as it is", () => {
    expect(inDisplayUnits(zurichPlan)).toBe(zurichPlan);
  });

  it("changes only text, never the plan's numbers, and not the plan passed in", () => {
    const imperial = {
      ...zurichPlan,
      scenario: { ...zurichPlan.scenario, units: "imperial" as const },
    };
    const before = JSON.stringify(imperial);
    const shown = inDisplayUnits(imperial);
    expect(JSON.stringify(imperial)).toBe(before);
    const numbers = (text: string) => JSON.parse(text, (_, v) => (typeof v === "string" ? "" : v));
    expect(numbers(JSON.stringify(shown))).toEqual(numbers(before));
    const whys = shown.weeks.map((w) => w.why).join(" ");
    expect(whys).not.toMatch(/\d m\b/);
    expect(whys).toMatch(/\d ft of climbing/);
  });
});
