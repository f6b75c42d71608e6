/**
 * How long `importActivities` takes on five years of daily training: a Strava
 * `activities.csv` of ~2,000 rows written the way Strava writes it (repeated columns,
 * quoted descriptions with commas and new lines), then folded into history weeks.
 * Run with `npm run bench:import`; BENCHMARKS.md holds the figures.
 */
import { Bench } from "tinybench";
import { historyWeeksOf, importActivities } from "../src/index.ts";
import { benchTiming, machineLines } from "./setup.ts";

const header =
  "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time," +
  "Distance,Max Heart Rate,Relative Effort,Commute,Activity Gear,Filename,Elapsed Time," +
  "Moving Time,Distance,Max Speed,Elevation Gain,Elevation Loss";
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const types = ["Run", "Run", "Trail Run", "Run", "Ride", "Hike", "Run"];

/** 2,000 daily rows (five and a half years), a mix of sports. */
function stravaCsv(): { text: string; rows: number } {
  const lines = [header];
  const start = Date.UTC(2021, 0, 4);
  for (let day = 0; day < 2000; day++) {
    const d = new Date(start + day * 86_400_000);
    const date = `${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, 6:${String(day % 60).padStart(2, "0")}:00 AM`;
    const seconds = 1800 + (day % 5) * 900;
    const km = (seconds / 330).toFixed(2);
    const type = types[day % types.length];
    const description = day % 3 === 0 ? '"Easy, then strides.\nLegs ""heavy"""' : "";
    lines.push(
      `${day},"${date}",Session ${day},${type},${description},${seconds},${km},160,40,false,Shoes,,` +
        `${seconds}.0,${seconds - 60}.0,${Number(km) * 1000},4.1,${(day % 9) * 40}.0,100`,
    );
  }
  return { text: lines.join("\n"), rows: lines.length - 1 };
}

const csv = stravaCsv();
const bytes = new TextEncoder().encode(csv.text);
const check = importActivities([{ name: "activities.csv", data: bytes }]);
const bench = new Bench({ name: "import", ...benchTiming });
bench.add("Strava CSV → activities → 12 history weeks", () => {
  const read = importActivities([{ name: "activities.csv", data: bytes }]);
  historyWeeksOf(read.activities, 12);
});
await bench.run();

const result = bench.tasks[0]?.result;
console.log(machineLines());
console.log(
  `${csv.rows} rows (${(bytes.length / 1024).toFixed(0)} KB), ${check.activities.length} activities read, ${check.skipped.length} skipped`,
);
if (result?.state === "completed") {
  const { p50, p99, samplesCount } = result.latency;
  console.log(`median ${p50.toFixed(1)} ms · p99 ${p99.toFixed(1)} ms · ${samplesCount} samples`);
} else console.log(`not completed: ${result?.state ?? "missing"}`);
