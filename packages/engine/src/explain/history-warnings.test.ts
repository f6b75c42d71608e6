import { describe, expect, it } from "vitest";
import { policy } from "../constants.ts";
import { historyWarnings } from "./history-warnings.ts";

describe("historyWarnings", () => {
  it("says nothing when the record ends at most a couple of weeks before the plan", () => {
    expect(historyWarnings(undefined)).toEqual([]);
    for (let weeks = 1; weeks <= policy.unrecordedWeeksBeforeWarning; weeks++)
      expect(historyWarnings({ lastWeek: "2026-11-30", weeksUnrecorded: weeks })).toEqual([]);
  });

  it("says how far back the record ends, how it is read and what to add", () => {
    const weeksUnrecorded = policy.unrecordedWeeksBeforeWarning + 1;
    const [warning, ...rest] = historyWarnings({ lastWeek: "2026-11-30", weeksUnrecorded });
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      id: "w-history-ends-early",
      code: "HISTORY_ENDS_EARLY",
      severity: "warn",
    });
    expect(warning?.message).toContain(`ends ${weeksUnrecorded} weeks before the plan starts`);
    expect(warning?.message).toContain("30 Nov");
    expect(warning?.message).toContain("most recent weeks");
    expect(warning?.message).toContain("Add the weeks since");
  });

  it("still reads a record that ended half a year ago as recent, and says so", () => {
    const [warning] = historyWarnings({ lastWeek: "2026-07-06", weeksUnrecorded: 25 });
    expect(warning?.message).toContain("ends 25 weeks before the plan starts");
  });
});
