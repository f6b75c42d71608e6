import { epochDayOf, shortDate, weekdayIndex } from "../dates.ts";
import { formatMinutes } from "../workouts/steps.ts";

/** Numbers and dates as the Markdown view shows them; JSON stays metric, the view follows `units`. */

export type Units = "metric" | "imperial";

const kmPerMile = 1.609344;
const metresPerFoot = 0.3048;
const dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** 298 → "4:58" */
export function hoursMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, "0")}`;
}

/** 11.5 km → "11.5 km" or "7.1 mi"; 0.8 km → "800 m" */
export function distance(km: number, units: Units): string {
  if (units === "imperial") return `${decimal(km / kmPerMile)} mi`;
  return km < 1 ? `${Math.round(km * 1000)} m` : `${decimal(km)} km`;
}

/** Climbing: 790 m → "790 m" or "2,592 ft" */
export function vert(metres: number, units: Units): string {
  const value = units === "imperial" ? metres / metresPerFoot : metres;
  return `${Math.round(value).toLocaleString("en-US")} ${units === "imperial" ? "ft" : "m"}`;
}

/** Seconds per km as a pace or a band of paces: [251, 260] → "4:11–4:20/km" or "6:44–6:58/mi" */
export function formatPace(secPerKm: readonly number[], units: Units): string {
  const perUnit = units === "imperial" ? kmPerMile : 1;
  const clock = (seconds: number) => {
    const s = Math.round(seconds * perUnit);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  };
  return `${secPerKm.map(clock).join("–")}/${units === "imperial" ? "mi" : "km"}`;
}

/** 0.874 → "87%" */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Step lengths: 10 → "10′", 0.5 → "30″", 1.5 → "1′30″"; from two hours on, 840 → "14 h 00" */
export function stepDuration(minutes: number): string {
  if (minutes >= 120) return formatMinutes(minutes);
  const seconds = Math.round(minutes * 60);
  const whole = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (whole === 0) return `${rest}″`;
  return rest === 0 ? `${whole}′` : `${whole}′${String(rest).padStart(2, "0")}″`;
}

/** "2027-02-09" → "Tue 9 Feb" */
export function dayLabel(iso: string): string {
  return `${dayNames[weekdayIndex(epochDayOf(iso))]} ${shortDate(iso)}`;
}

/** "2027-04-18" → "18 Apr 2027" */
export const longDate = (iso: string): string => `${shortDate(iso)} ${iso.slice(0, 4)}`;

/** One decimal at most: 11.5 → "11.5", 5 → "5" */
const decimal = (value: number): string => String(Math.round(value * 10) / 10);
