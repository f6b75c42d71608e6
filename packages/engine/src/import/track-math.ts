/** Distance and climbing from the points of a recorded track. */

export interface TrackPoint {
  lat: number;
  lon: number;
}

/** The mean Earth radius (IUGG), in metres. */
const earthRadiusM = 6_371_008.8;

/** Great-circle distance between two points (haversine), in metres. */
export function haversineM(a: TrackPoint, b: TrackPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The length of a path through the points, in metres. */
export function pathLengthM(points: readonly TrackPoint[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++)
    total += haversineM(points[i - 1] as TrackPoint, points[i] as TrackPoint);
  return total;
}

/**
 * GPS altitude wanders by several metres even on flat ground, and barometric altitude by a
 * metre or two; adding up every small rise of that noise turns a flat hour into a hundred
 * metres of climbing. A climb counts only once it has risen this far above the lowest point
 * since the last descent, and then it counts in full, from that low point to its top.
 */
export const climbThresholdM = 4;

/** Metres climbed along a series of altitudes, ignoring wiggles smaller than the threshold. */
export function elevationGainM(altitudes: readonly number[], thresholdM = climbThresholdM): number {
  let gain = 0;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  let climbing = false;
  for (const altitude of altitudes) {
    if (climbing) {
      if (altitude > high) high = altitude;
      else if (high - altitude >= thresholdM) {
        gain += high - low;
        climbing = false;
        low = altitude;
      }
    } else if (altitude < low) low = altitude;
    else if (altitude - low >= thresholdM) {
      climbing = true;
      high = altitude;
    }
  }
  return climbing ? gain + high - low : gain;
}
