import { describe, expect, it } from "vitest";
import { exitCodes } from "./exit-codes.ts";
import { run } from "./run.ts";

/** In-process: the top-level catch, which a child process cannot easily provoke. */
describe("run", () => {
  it("turns an unexpected error into one line and exit 70", () => {
    const stderr: string[] = [];
    const code = run(["--help"], {
      stdout: () => {
        throw new Error("disk on fire\nsecond line");
      },
      stderr: (text) => stderr.push(text),
      now: new Date(),
      debug: false,
    });
    expect(code).toBe(exitCodes.internal);
    expect(stderr).toEqual(["cairn: internal error: disk on fire (this is a bug in cairn)\n"]);
  });
});
