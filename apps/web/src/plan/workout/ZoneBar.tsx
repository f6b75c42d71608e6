import type { Workout } from "@cairn/engine";
import { formatStepDuration } from "../../format/units.ts";
import { cssVars } from "../../ui/css-vars.ts";

const zones = ["z1", "z2", "z3", "z4", "z5"] as const;

/** Time in each zone as one bar, z1 to z5, with the same in words for screen readers. */
export function ZoneBar({ zoneMinutes }: { zoneMinutes: Workout["zoneMinutes"] }) {
  const total = zones.reduce((sum, z) => sum + zoneMinutes[z], 0);
  if (total <= 0) return null;
  const words = zones
    .filter((z) => zoneMinutes[z] > 0)
    .map((z) => `${formatStepDuration(zoneMinutes[z])} ${z.toUpperCase()}`)
    .join(", ");
  return (
    <div className="zone-bar" role="img" aria-label={`Zones: ${words}`} title={words}>
      {zones.map((z) =>
        zoneMinutes[z] > 0 ? (
          <span
            key={z}
            data-zone={z}
            style={cssVars({ "--share": (zoneMinutes[z] / total).toFixed(4) })}
          />
        ) : null,
      )}
    </div>
  );
}
