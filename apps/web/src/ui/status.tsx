import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import "./status.css";

/** One line at the foot of the page saying what the last change did, read out by screen readers. */

export type Tone = "info" | "success" | "error";

interface StatusLine {
  text: string;
  tone: Tone;
  /** Changes on every announcement, so the same words said twice are read twice. */
  serial: number;
}

interface StatusApi {
  announce(text: string, tone?: Tone): void;
}

const StatusContext = createContext<StatusApi>({ announce: () => {} });

export function StatusProvider({ children }: { children: ReactNode }) {
  const [line, setLine] = useState<StatusLine | undefined>();
  const announce = useCallback((text: string, tone: Tone = "info") => {
    setLine((previous) => ({ text, tone, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  const api = useMemo(() => ({ announce }), [announce]);
  return (
    <StatusContext.Provider value={api}>
      {children}
      <div
        className="status-bar"
        data-tone={line?.tone ?? "info"}
        data-empty={line ? undefined : ""}
      >
        <p
          role={line?.tone === "error" ? "alert" : "status"}
          key={line?.serial}
          data-testid="status"
          data-serial={line?.serial ?? 0}
        >
          {line?.text}
        </p>
        {line && (
          <button type="button" className="link-button" onClick={() => setLine(undefined)}>
            Dismiss
          </button>
        )}
      </div>
    </StatusContext.Provider>
  );
}

export const useStatus = (): StatusApi => useContext(StatusContext);
