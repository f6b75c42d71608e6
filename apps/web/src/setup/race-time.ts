/** Race times as runners write them: "1:45:30", "45:30" or "45". */

export function parseRaceTime(text: string): number | undefined {
  const parts = text.trim().split(":");
  if (parts.length > 3 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) return undefined;
  const numbers = parts.map(Number);
  const [a = 0, b = 0, c = 0] = numbers;
  if (numbers.length === 3) return b < 60 && c < 60 ? a * 60 + b + c / 60 : undefined;
  if (numbers.length === 2) return b < 60 ? a + b / 60 : undefined;
  return a;
}

/** 105.5 → "1:45:30", 46 → "46:00" */
export function formatRaceTime(minutes: number): string {
  const seconds = Math.round(minutes * 60);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
