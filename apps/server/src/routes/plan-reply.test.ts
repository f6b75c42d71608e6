import { describe, expect, it } from "vitest";
import { planBody } from "./plan-reply.ts";

describe("planBody", () => {
  it("splices the stored plan into the answer byte for byte, characters outside ASCII included", () => {
    const plan = { title: "4–6 strides, −25%", weeks: [{ why: "Zürich" }] };
    const body = planBody(
      { id: "p1", revision: 3, planJson: JSON.stringify(plan) },
      { note: "ok" },
    );
    expect(JSON.parse(body.toString("utf8"))).toEqual({ note: "ok", id: "p1", revision: 3, plan });
    expect(body.byteLength).toBe(Buffer.byteLength(body.toString("utf8")));
  });
});
