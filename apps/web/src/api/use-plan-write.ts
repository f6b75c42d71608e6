import { useIsMutating, useMutation, useQueryClient } from "@tanstack/react-query";
import { useStatus } from "../ui/status.tsx";
import { ApiError, describeError } from "./api-error.ts";
import { sendJson } from "./client.ts";
import { freshSeed, type PlanAction, requestOf } from "./plan-actions.ts";
import type { PlanRecord, RegenerateAnswer } from "./plan-types.ts";
import { planKey, planListKey, revisionsKey } from "./queries.ts";

export interface PlanWrite {
  action: PlanAction;
  /** What to say once it is done; regenerations say the server's own message. */
  done: string | ((answer: RegenerateAnswer | PlanRecord) => string);
}

const writeKey = (id: string) => ["plan-write", id] as const;

/**
 * Changes to a plan: each names the revision it was based on. The answer becomes the cached
 * plan; a 409 (changed in another tab) reloads the plan and says so, and nothing is retried
 * behind the runner's back.
 */
export function usePlanWrite(id: string) {
  const client = useQueryClient();
  const { announce } = useStatus();
  return useMutation({
    mutationKey: writeKey(id),
    mutationFn: async ({ action }: PlanWrite) => {
      const current = client.getQueryData<PlanRecord>(planKey(id));
      if (!current) throw new Error("The plan is still loading: try again in a moment.");
      const { path, body } = requestOf(id, action, current.revision, freshSeed());
      return sendJson<RegenerateAnswer | PlanRecord>("POST", path, body);
    },
    onSuccess: (answer, { done }) => {
      client.setQueryData<PlanRecord>(planKey(id), {
        id: answer.id,
        revision: answer.revision,
        plan: answer.plan,
      });
      void client.invalidateQueries({ queryKey: revisionsKey(id) });
      void client.invalidateQueries({ queryKey: planListKey });
      announce(typeof done === "string" ? done : done(answer), "success");
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isStale) {
        void client.invalidateQueries({ queryKey: planKey(id) });
        void client.invalidateQueries({ queryKey: revisionsKey(id) });
        announce(
          `This plan was changed in another tab or window (it is at revision ${error.currentRevision ?? "?"} now). The latest version is loaded: check it, then try again.`,
          "error",
        );
        return;
      }
      announce(describeError(error), "error");
    },
  });
}

/** True while any change to this plan is on its way: the controls wait for it. */
export function useWriting(id: string): boolean {
  return useIsMutating({ mutationKey: writeKey(id) }) > 0;
}
