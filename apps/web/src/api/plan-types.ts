import type { Plan } from "@cairn/engine";

/** What the API answers, as the web app reads it (apps/server/README.md). */

export interface PlanRecord {
  id: string;
  revision: number;
  plan: Plan;
}

export interface RegenerateAnswer extends PlanRecord {
  changed: boolean;
  message: string;
}

export interface PlanListEntry {
  id: string;
  revision: number;
  startDate: string;
  endDate: string;
  goals: { id: string; name?: string; date: string; distanceKm: number }[];
  createdAt: string;
  updatedAt: string;
}

export interface RevisionEntry {
  revision: number;
  kind: string;
  summary: string;
  createdAt: string;
}

export type PlanGoal = Plan["goals"][number];
export type LogStatus = "done" | "partial" | "missed" | "extra";
