import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import type { Units } from "../format/units.ts";

/** Kilometres or miles, chosen once and kept in this browser. */

const storageKey = "cairn.units";

interface UnitsApi {
  units: Units;
  /** Whether the runner chose, rather than the default. */
  chosen: boolean;
  setUnits(units: Units): void;
}

const UnitsContext = createContext<UnitsApi>({ units: "km", chosen: false, setUnits: () => {} });

function storedUnits(): Units | undefined {
  try {
    const value = localStorage.getItem(storageKey);
    return value === "km" || value === "mi" ? value : undefined;
  } catch {
    return undefined;
  }
}

export function UnitsProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<Units | undefined>(storedUnits);
  const setUnits = useCallback((units: Units) => {
    setStored(units);
    try {
      localStorage.setItem(storageKey, units);
    } catch {
      // Private windows may refuse storage: the choice then lasts for this visit.
    }
  }, []);
  const api = useMemo(
    () => ({ units: stored ?? "km", chosen: stored !== undefined, setUnits }),
    [stored, setUnits],
  );
  return <UnitsContext.Provider value={api}>{children}</UnitsContext.Provider>;
}

/**
 * The runner's units; a plan made in imperial units shows miles until the runner chooses
 * otherwise.
 */
export function useUnits(scenarioUnits?: "metric" | "imperial"): Units {
  const { units, chosen } = useContext(UnitsContext);
  if (!chosen && scenarioUnits === "imperial") return "mi";
  return units;
}

export const useUnitsChoice = (): UnitsApi => useContext(UnitsContext);
