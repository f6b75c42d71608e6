import type { CSSProperties } from "react";

/**
 * CSS custom properties for an element's `style` prop. React sets them through the CSSOM, which
 * the strict Content-Security-Policy allows (a style attribute in HTML it would not).
 */
export const cssVars = (vars: Record<`--${string}`, string | number>): CSSProperties =>
  vars as CSSProperties;
