// One colour per provider (its definition's) and a palette for other series, so a provider reads the same in every chart.
import { providerDefinition } from "@paylens/providers/catalog";

export const PALETTE = [
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

export function providerColor(provider: string, index = 0): string {
  return providerDefinition(provider)?.color ?? PALETTE[index % PALETTE.length] ?? "#525c6b";
}

export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length] ?? "#525c6b";
}

export const OUTCOME_COLORS = {
  approved: "#17703a",
  declined: "#b42318",
  errors: "#7a2e9c",
  pending: "#8a5300",
  rate: "#3451d1",
} as const;
