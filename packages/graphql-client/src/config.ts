export interface RuntimeConfig {
  gatewayUrl: string;
}

const FALLBACK: RuntimeConfig = { gatewayUrl: 'http://127.0.0.1:4000/graphql' };

/** The deployment says where the gateway is (`/config.json` beside the shell), so one build serves anywhere. */
export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return FALLBACK;
    return { ...FALLBACK, ...((await response.json()) as Partial<RuntimeConfig>) };
  } catch {
    return FALLBACK;
  }
}
