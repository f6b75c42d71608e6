import type { Slot, SlotRole } from "./layout.ts";

/** The sessions placed so far in one week, and the days that hold a run. */
export class WeekSlots {
  readonly slots: Slot[] = [];
  readonly runDays = new Set<number>();

  put(day: number, role: SlotRole): void {
    this.slots.push({ day, role });
    if (role !== "strength" && role !== "mobility") this.runDays.add(day);
  }

  roleOn(day: number): SlotRole | undefined {
    return this.slots.find((s) => s.day === day)?.role;
  }
}
