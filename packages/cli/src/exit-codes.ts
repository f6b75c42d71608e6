/** The exit codes of `cairn`; the README lists them for scripts that call it. */
export const exitCodes = {
  ok: 0,
  /** `check` found at least one error in the plan. */
  planHasErrors: 1,
  /** Bad flags or bad input: something the user can fix. */
  usage: 2,
  /** A bug in cairn (EX_SOFTWARE of sysexits.h). */
  internal: 70,
} as const;
