/**
 * Numbers as a runner reads them, in kilometres or miles. The plan JSON is always metric;
 * only the view converts.
 */

export type Units = "km" | "mi";

export const kmPerMile = 1.609344;
const feetPerMetre = 1 / 0.3048;

/** One decimal at most: 11.46 → "11.5", 5 → "5" */
const oneDecimal = (value: number): string => String(Math.round(value * 10) / 10);

/** 10.14 km → "10.1 km" or "6.3 mi"; 0.8 km → "800 m" */
export function formatDistance(km: number, units: Units): string {
  if (units === "mi") return `${oneDecimal(km / kmPerMile)} mi`;
  return km > 0 && km < 1 ? `${Math.round(km * 1000)} m` : `${oneDecimal(km)} km`;
}

// One formatter for the app's life: toLocaleString builds a new one on every call.
const wholeNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** 790 m → "790 m" or "2,592 ft" */
export function formatVert(metres: number, units: Units): string {
  const value = units === "mi" ? metres * feetPerMetre : metres;
  return `${wholeNumber.format(Math.round(value))} ${units === "mi" ? "ft" : "m"}`;
}

/** 325 s/km → "5:25/km" or "8:43/mi" */
export function formatPace(secPerKm: number, units: Units): string {
  return `${clock(secPerKm, units)}/${units}`;
}

/** A band of paces, fast end first: [277, 288] → "4:37–4:48/km" */
export function formatPaceBand([fast, slow]: readonly [number, number], units: Units): string {
  if (Math.round(fast) === Math.round(slow)) return formatPace(fast, units);
  return `${clock(fast, units)}–${clock(slow, units)}/${units}`;
}

function clock(secPerKm: number, units: Units): string {
  const seconds = Math.round(units === "mi" ? secPerKm * kmPerMile : secPerKm);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The average pace of a run, when it has a distance. */
export function averagePace(durationMin: number, distanceKm: number): number | undefined {
  return distanceKm > 0 && durationMin > 0 ? (durationMin * 60) / distanceKm : undefined;
}

/** 45 → "45 min", 61 → "1 h 01", 549 → "9 h 09" */
export function formatDuration(minutes: number): string {
  const rounded = Math.round(minutes);
  if (rounded < 60) return `${rounded} min`;
  return `${Math.floor(rounded / 60)} h ${String(rounded % 60).padStart(2, "0")}`;
}

/** A step's length: 10 → "10′", 0.5 → "30″", 1.5 → "1′30″", 150 → "2 h 30" */
export function formatStepDuration(minutes: number): string {
  if (minutes >= 120) return formatDuration(minutes);
  const seconds = Math.round(minutes * 60);
  const whole = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (whole === 0) return `${rest}″`;
  return rest === 0 ? `${whole}′` : `${whole}′${String(rest).padStart(2, "0")}″`;
}

/** 0.874 → "87%" */
export const formatShare = (share: number): string => `${Math.round(share * 100)}%`;

/** A distance typed in the runner's units, as the kilometres the scenario holds. */
export const kmFrom = (value: number, units: Units): number =>
  units === "mi" ? value * kmPerMile : value;

/** Kilometres in the runner's units, for an input field (two decimals at most). */
export const kmTo = (km: number, units: Units): number =>
  Math.round((units === "mi" ? km / kmPerMile : km) * 100) / 100;

/** Climbing typed in metres or feet, as metres. */
export const metresFrom = (value: number, units: Units): number =>
  units === "mi" ? Math.round(value / feetPerMetre) : value;

/** Metres as metres or feet, for an input field. */
export const metresTo = (metres: number, units: Units): number =>
  Math.round(units === "mi" ? metres * feetPerMetre : metres);

export const vertUnit = (units: Units): string => (units === "mi" ? "ft" : "m");
