// One colour per provider (its definition's) and a palette for other series, so a provider reads the same in every chart.
// Colours are CSS variables (styles.css, `--series-N`), each with a lighter side for the dark theme.
import { providerDefinition } from "@paylens/providers/catalog";

/** The palette's light side: a provider whose definition names one of these gets that series' variable. */
const PALETTE_LIGHT = [
  "#3451d1",
  "#0e9f6e",
  "#d97706",
  "#b42318",
  "#7a2e9c",
  "#0891b2",
  "#65a30d",
  "#db2777",
  "#525c6b",
  "#a16207",
];

export const PALETTE = PALETTE_LIGHT.map((_, index) => `var(--series-${index + 1})`);

export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length] ?? "var(--series-9)";
}

export function providerColor(provider: string, index = 0): string {
  const own = providerDefinition(provider)?.color;
  if (!own) return seriesColor(index);
  const inPalette = PALETTE_LIGHT.indexOf(own.toLowerCase());
  return inPalette >= 0 ? seriesColor(inPalette) : own;
}

export const OUTCOME_COLORS = {
  approved: "var(--chart-approved)",
  declined: "var(--chart-declined)",
  errors: "var(--chart-errors)",
  pending: "var(--chart-pending)",
  rate: "var(--chart-rate)",
} as const;
