// The providers' catalogue: every provider's definition (its folder's meta.ts), in the one list of providers.
// Browser-safe: the web app imports it. The Node registry (connectors.ts) is typed by it, so the two cannot disagree.
import { antomMeta } from "./antom/meta.ts";
import { begatewayMeta } from "./begateway/meta.ts";
import { pockytMeta } from "./pockyt/meta.ts";
import {
  SEARCHABLE_ID_COLUMNS,
  type IdColumn,
  type ProviderDefinition,
  type SearchableIdColumn,
} from "./provider-definition.ts";

const SHIPPED = [begatewayMeta, antomMeta, pockytMeta] as const;

export type ProviderId = (typeof SHIPPED)[number]["id"];
export type { IdColumn, ProviderDefinition } from "./provider-definition.ts";

/** The shipped providers' ids, in the registry's order. */
export const PROVIDER_IDS: readonly ProviderId[] = SHIPPED.map((definition) => definition.id);

// Providers that exist only in tests join through connectors.ts `registerTestProvider`; production adds none.
const testOnly: ProviderDefinition[] = [];

export function addTestProviderDefinition(definition: ProviderDefinition): void {
  if (providerDefinition(definition.id)) throw new Error(`provider "${definition.id}" is already registered`);
  testOnly.push(definition);
}

/** Every registered provider's definition: the shipped ones, then any a test registered. */
export function providerDefinitions(): readonly ProviderDefinition[] {
  return [...SHIPPED, ...testOnly];
}

export function providerDefinition(id: string): ProviderDefinition | null {
  return providerDefinitions().find((definition) => definition.id === id) ?? null;
}

export function isProviderId(id: string): boolean {
  return providerDefinition(id) !== null;
}

/** Its display name; the id itself for one not registered (an old row). */
export function providerName(id: string): string {
  return providerDefinition(id)?.displayName ?? id;
}

const GENERIC_IDS: Readonly<Record<IdColumn, string>> = { uid: "Provider UID", tracking: "Tracking ID", ref: "Ref ID" };

/** What the provider calls the identifier in a column ("paymentId"); a generic name for one not registered. */
export function idLabel(provider: string, column: IdColumn): string {
  return providerDefinition(provider)?.ids[column].label ?? GENERIC_IDS[column];
}

/** What the search parser needs from the providers: their ids, and their own keys for their ids (`paymentid` → uid). */
export function providerSearchOptions(): { providers: string[]; keyAliases: Record<string, SearchableIdColumn> } {
  const keyAliases: Record<string, SearchableIdColumn> = {};
  for (const definition of providerDefinitions())
    for (const column of SEARCHABLE_ID_COLUMNS)
      for (const key of definition.ids[column].searchKeys) keyAliases[key] = column;
  return { providers: providerDefinitions().map((definition) => definition.id), keyAliases };
}
