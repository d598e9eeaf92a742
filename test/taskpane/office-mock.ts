// Minimal global `Office` stand-in for tests of code that reads office.js.

export interface OfficeMockOptions {
  host: string | null;
  displayLanguage?: string;
  supportedSets?: Record<string, string>;
  /** When true, Office.onReady never settles (simulates a hung office.js). */
  neverReady?: boolean;
}

function versionAtLeast(actual: string, wanted: string): boolean {
  const a = actual.split(".").map(Number);
  const w = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, w.length); i++) {
    if ((a[i] ?? 0) !== (w[i] ?? 0)) return (a[i] ?? 0) > (w[i] ?? 0);
  }
  return true;
}

export function installOfficeMock({ host, displayLanguage = "vi-VN", supportedSets = {}, neverReady = false }: OfficeMockOptions): void {
  const office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    onReady: () => (neverReady ? new Promise(() => undefined) : Promise.resolve({ host, platform: host ? "OfficeOnline" : null })),
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version = "1.1") => name in supportedSets && versionAtLeast(supportedSets[name], version),
      },
    },
  };
  (globalThis as Record<string, unknown>).Office = office;
}

export function removeOfficeMock(): void {
  delete (globalThis as Record<string, unknown>).Office;
}
