import type { ScenarioInput } from "@cairn/engine";

/** The repository's example scenarios, bundled at build time. */

const files = import.meta.glob<ScenarioInput>("../../../../examples/*.json", {
  eager: true,
  import: "default",
});

export interface Example {
  id: string;
  title: string;
  scenario: ScenarioInput;
}

const titles: Record<string, string> = {
  "100k-trail-intermediate": "100K trail, intermediate",
  "hm-and-50k": "Half marathon + trail 50K",
  "100mi-mountain-advanced": "100 mi mountain, advanced",
  "marathon-advanced": "Marathon, advanced",
  "5k-beginner-no-history": "First 5K, no history",
  "two-a-races-too-close": "Two A races too close",
};

export const examples: Example[] = Object.entries(files)
  .map(([path, scenario]) => {
    const id = path.slice(path.lastIndexOf("/") + 1, -".json".length);
    return { id, title: titles[id] ?? id, scenario };
  })
  .sort((a, b) => Object.keys(titles).indexOf(a.id) - Object.keys(titles).indexOf(b.id));
