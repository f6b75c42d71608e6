/** The one place the web app reads the clock: the runner's calendar day, in their time zone. */
export function localToday(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
