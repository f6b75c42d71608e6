import type { InputIssue } from "@cairn/engine";
import { createContext, useContext } from "react";
import { problemAt } from "./validation.ts";

/** Which problems the form shows: a field's once it was left, all of them once submitted. */
export interface FormValidation {
  problems: readonly InputIssue[];
  touched: ReadonlySet<string>;
  submitted: boolean;
  touch(path: string): void;
}

export const ValidationContext = createContext<FormValidation>({
  problems: [],
  touched: new Set(),
  submitted: false,
  touch: () => {},
});

/** The problem to show at a field now, if any. */
export function useProblem(path: string): { problem: string | undefined; touch(): void } {
  const v = useContext(ValidationContext);
  const shown = v.submitted || v.touched.has(path);
  return { problem: shown ? problemAt(v.problems, path) : undefined, touch: () => v.touch(path) };
}
