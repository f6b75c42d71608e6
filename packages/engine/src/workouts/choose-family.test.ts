import { describe, expect, it } from "vitest";
import type { DistanceCategory } from "../constants.ts";
import type { Surface } from "../schema/scenario.ts";
import { hardFamilies } from "./choose-family.ts";

const ultras: DistanceCategory[] = ["50k", "100k", "100mi"];
const surfaces: Surface[] = ["road", "trail", "mountain"];

describe("hardFamilies (WORKOUTS.md's for and phases columns)", () => {
  it("gives an ultra tempo, not cruise intervals (5K to the marathon), while it builds", () => {
    for (const category of ultras)
      for (const surface of surfaces)
        for (const phase of ["build", "specific", "peak"] as const)
          for (const beginner of [false, true]) {
            const families = hardFamilies(phase, category, surface, beginner);
            const where = `${category} ${surface} ${phase}${beginner ? " beginner" : ""}`;
            expect(families, where).toContain("tempo");
            expect(families, where).not.toContain("threshold");
          }
  });

  it("keeps cruise intervals for the marathon and shorter, and as every race's taper session", () => {
    for (const category of ["5k-10k", "half", "marathon"] as const)
      expect(hardFamilies("build", category, "road", false)).toContain("threshold");
    for (const category of [...ultras, "marathon" as const])
      expect(hardFamilies("taper", category, "trail", false)).toEqual(["threshold"]);
  });

  it("gives VO2 intervals to an ultra in build only", () => {
    expect(hardFamilies("build", "100k", "trail", false)).toContain("intervals");
    for (const phase of ["specific", "peak"] as const)
      expect(hardFamilies(phase, "100k", "trail", false)).not.toContain("intervals");
  });
});
