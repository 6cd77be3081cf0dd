// Demo mode (no accounts file): every provider's sandbox on its own port, and merchant traffic against them.
import type { FastifyBaseLogger } from "fastify";
import { PROVIDER_IDS, providerDefinition, type ProviderId } from "@paylens/providers/catalog";
import type { ConfiguredAccount } from "../accounts.ts";
import type { CallRecorder } from "../provider-context.ts";
import { startAntomDemo } from "./antom.ts";
import { startBegatewayDemo } from "./begateway.ts";
import type { DemoOptions, DemoProvider } from "./demo-provider.ts";
import { startPockytDemo } from "./pockyt.ts";

// Each provider's demo (its sandbox app lives outside the providers package); ports follow PAYLENS_SANDBOX_PORT by the
// offset in its definition.
const DEMOS: Readonly<Record<ProviderId, (options: DemoOptions) => Promise<DemoProvider>>> = {
  begateway: startBegatewayDemo,
  antom: startAntomDemo,
  pockyt: startPockytDemo,
};

/** The demo whose shops take the sandbox's test cards (apps/sandbox/src/cards.ts) and every action: the actions tests'. */
export const CARD_ACTIONS_DEMO: ProviderId = "begateway";

/** One provider's demo alone, on `options.port`. */
export function startDemoSandbox(provider: ProviderId, options: DemoOptions): Promise<DemoProvider> {
  return DEMOS[provider](options);
}

export interface DemoSandboxes {
  providers: DemoProvider[];
  accounts: ConfiguredAccount[];
  merchants(publicUrl: string, record: CallRecorder): ReturnType<DemoProvider["merchants"]>;
  close(): Promise<void>;
}

export async function startDemoSandboxes(options: {
  basePort: number;
  timeScale: number;
  log: FastifyBaseLogger;
}): Promise<DemoSandboxes> {
  const providers: DemoProvider[] = [];
  for (const id of PROVIDER_IDS) {
    const offset = providerDefinition(id)?.demo?.sandboxPortOffset;
    if (offset === undefined) continue;
    const provider = await DEMOS[id]({
      port: options.basePort === 0 ? 0 : options.basePort + offset,
      timeScale: options.timeScale,
    });
    options.log.info({ url: provider.url }, `${provider.name} sandbox started`);
    providers.push(provider);
  }
  return {
    providers,
    accounts: providers.flatMap((provider) => provider.accounts),
    merchants: (publicUrl, record) => providers.flatMap((provider) => provider.merchants(publicUrl, record)),
    close: async () => {
      await Promise.all(providers.map((provider) => provider.close()));
    },
  };
}
