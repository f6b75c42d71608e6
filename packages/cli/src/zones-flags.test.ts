import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { parseBpm, parseRaceKm, parseRaceTime } from "./zones-flags.ts";

describe("--race-time", () => {
  it.each([
    ["45:30", 45.5],
    ["63:46", 63 + 46 / 60],
    ["1:38:20", 98 + 20 / 60],
    ["3:10:49", 190 + 49 / 60],
    ["0:19:57", 19.95],
  ])("reads %s as %d minutes", (text, minutes) => {
    expect(parseRaceTime(text)).toBeCloseTo(minutes, 10);
  });

  it.each([
    "45:99",
    "1:60:00",
    "1:30:60",
    "45",
    "45:3",
    "45:30.5",
    "1:2:3:4",
    "-45:30",
    "",
    "mm:ss",
  ])("refuses %j", (text) => {
    expect(() => parseRaceTime(text)).toThrow(InvalidArgumentError);
  });
});

describe("--race-km and heart rates", () => {
  it("reads plain numbers", () => {
    expect(parseRaceKm("21.1")).toBe(21.1);
    expect(parseRaceKm("10")).toBe(10);
    expect(parseBpm("168")).toBe(168);
  });

  it.each(["ten", "1e1", "", "-5", "10km"])("refuses a distance written %j", (text) => {
    expect(() => parseRaceKm(text)).toThrow(InvalidArgumentError);
  });

  it.each(["16.5", "abc", "", "-160"])("refuses a heart rate written %j", (text) => {
    expect(() => parseBpm(text)).toThrow(InvalidArgumentError);
  });
});
