import { type ReactNode, useId } from "react";
import { useProblem } from "./validation-context.tsx";

export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  onBlur(): void;
}

/**
 * A labelled control fed to the scenario field `path`: its problem is said under it, in words,
 * and tied to it for screen readers.
 */
export function FormField({
  label,
  path,
  hint,
  className,
  children,
}: {
  label: string;
  path: string;
  hint?: string;
  className?: string;
  children(control: ControlProps): ReactNode;
}) {
  const id = useId();
  const { problem, touch } = useProblem(path);
  const described = [hint ? `${id}-hint` : "", problem ? `${id}-problem` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`field ${className ?? ""}`} data-field={path}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "aria-invalid": problem ? true : undefined,
        "aria-describedby": described || undefined,
        onBlur: touch,
      })}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {problem && (
        <span id={`${id}-problem`} className="field-problem">
          {problem}
        </span>
      )}
    </div>
  );
}
