import { describe, expect, it } from "vitest";
import { planToHtml } from "./html.ts";
import { datedWorkouts, zurichPlan } from "./plans.test-util.ts";

const html = planToHtml(zurichPlan);

describe("planToHtml", () => {
  it("is a UTF-8 page with print styles for A4", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain("@media print");
    expect(html).toContain("size: A4");
    expect(html).toContain("Zürich Trail 50K");
  });

  it("has the phase timeline and every week", () => {
    expect(html).toContain("<h2>Phases</h2>");
    for (const phase of zurichPlan.phases) expect(html).toContain(`<td>${phase.kind}</td>`);
    for (const week of zurichPlan.weeks)
      expect(html).toContain(`<h2>Week ${week.index + 1} · ${week.phase}`);
  });

  it("has every workout's title, escaped", () => {
    for (const { workout } of datedWorkouts(zurichPlan).filter((w) => w.workout.type !== "rest"))
      expect(html).toContain(workout.title.replace(/&/g, "&amp;"));
    const week = zurichPlan.weeks[0];
    if (!week) throw new Error("no week");
    const odd = planToHtml({ ...zurichPlan, weeks: [{ ...week, why: "<script>x & y</script>" }] });
    expect(odd).toContain("&lt;script&gt;x &amp; y&lt;/script&gt;");
    expect(odd).not.toContain("<script>");
  });
});
