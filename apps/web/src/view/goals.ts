import type { PlanGoal } from "../api/plan-types.ts";

/** How the view names and colours a plan's goals. */

export interface GoalLook {
  id: string;
  /** Short, for chips and contribution lines: "HM", "50K", "100 mi". */
  label: string;
  name: string;
  color: string;
  priority: PlanGoal["priority"];
  date: string;
}

/** Colours for goals in date order: each at least 4.5:1 against white, told apart by hue. */
export const goalPalette = [
  "#1d5fd1",
  "#b4420f",
  "#6d3fc7",
  "#0c6b63",
  "#a3213a",
  "#7a5a00",
  "#a0246e",
  "#3f6a12",
] as const;

/** The shared base block, before any one goal owns the weeks. */
export const sharedColor = "#4b5563";

const named: [number, number, string][] = [
  [4.9, 5.1, "5K"],
  [9.9, 10.1, "10K"],
  [21, 21.2, "HM"],
  [42, 42.3, "M"],
  [160, 162, "100 mi"],
];

/** "HM", "M", "50K", "100 mi", or "33K" for a distance without a usual name. */
export function distanceLabel(distanceKm: number): string {
  const match = named.find(([low, high]) => distanceKm >= low && distanceKm <= high);
  if (match) return match[2];
  return `${Math.round(distanceKm)}K`;
}

type GoalFacts = Pick<PlanGoal, "id" | "date" | "distanceKm" | "priority"> & {
  name?: string | undefined;
};

/** Every goal's look, in date order; two goals of one distance are told apart by name. */
export function goalLooks(plan: { goals: readonly GoalFacts[] }): GoalLook[] {
  const goals = [...plan.goals].sort((a, b) => (a.date < b.date ? -1 : 1));
  const labels = goals.map((g) => distanceLabel(g.distanceKm));
  return goals.map((goal, i) => {
    const label = labels[i] ?? goal.id;
    const twin = labels.filter((l) => l === label).length > 1;
    return {
      id: goal.id,
      label: twin ? (goal.name ?? goal.id) : label,
      name: goal.name ?? goal.id,
      color: goalPalette[i % goalPalette.length] ?? sharedColor,
      priority: goal.priority,
      date: goal.date,
    };
  });
}

export const lookOf = (looks: readonly GoalLook[], id: string | null | undefined) =>
  looks.find((g) => g.id === id);

export interface SharePart {
  goal: GoalLook;
  share: number;
}

/** A workout's contribution or a week's goal split, largest first, without the zero parts. */
export function shareParts(
  shares: Record<string, number>,
  looks: readonly GoalLook[],
): SharePart[] {
  return looks
    .map((goal) => ({ goal, share: shares[goal.id] ?? 0 }))
    .filter((part) => part.share >= 0.005)
    .sort((a, b) => b.share - a.share);
}

/** "HM 80% · 50K 20%" */
export const sharesText = (parts: readonly SharePart[]): string =>
  parts.map((p) => `${p.goal.label} ${Math.round(p.share * 100)}%`).join(" · ");
