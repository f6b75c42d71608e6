import { useQuery } from "@tanstack/react-query";
import { getJson } from "./client.ts";
import type { PlanListEntry, PlanRecord, RevisionEntry } from "./plan-types.ts";

/** Reads: a plan, the list of plans and a plan's revisions, cached by TanStack Query. */

export const planKey = (id: string) => ["plan", id] as const;
export const revisionsKey = (id: string) => ["plan", id, "revisions"] as const;
export const planListKey = ["plans"] as const;

export function usePlan(id: string) {
  return useQuery({
    queryKey: planKey(id),
    queryFn: ({ signal }) => getJson<PlanRecord>(`/api/plans/${encodeURIComponent(id)}`, signal),
    // A plan only changes through this app's own writes, which put the answer in the cache.
    staleTime: 30_000,
  });
}

export function useRevisions(id: string) {
  return useQuery({
    queryKey: revisionsKey(id),
    queryFn: async ({ signal }) => {
      const answer = await getJson<{ revisions: RevisionEntry[] }>(
        `/api/plans/${encodeURIComponent(id)}/revisions`,
        signal,
      );
      return answer.revisions;
    },
  });
}

export function usePlanList() {
  return useQuery({
    queryKey: planListKey,
    queryFn: async ({ signal }) => {
      const answer = await getJson<{ plans: PlanListEntry[] }>("/api/plans", signal);
      return answer.plans;
    },
  });
}
