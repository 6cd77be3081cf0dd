// Demo mode (no accounts file): every provider's sandbox on its own port, and merchant traffic against them.
import type { FastifyBaseLogger } from "fastify";
import type { ConfiguredAccount } from "../accounts.ts";
import type { CallRecorder } from "../provider-context.ts";
import { startAntomDemo } from "./antom.ts";
import { startBegatewayDemo } from "./begateway.ts";
import type { DemoProvider } from "./demo-provider.ts";
import { startPockytDemo } from "./pockyt.ts";

// Ports follow PAYLENS_SANDBOX_PORT in this order: beGateway +1, Antom +2, Pockyt +3.
const DEMOS = [
  { offset: 1, start: startBegatewayDemo },
  { offset: 2, start: startAntomDemo },
  { offset: 3, start: startPockytDemo },
];

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
  for (const demo of DEMOS) {
    const provider = await demo.start({
      port: options.basePort === 0 ? 0 : options.basePort + demo.offset,
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
