/**
 * Jest glue for e2e test files: the skip rule, and one server + one browser per file with a fresh,
 * network-isolated page per test whose console/page errors fail the test.
 *
 *   const e2e = useE2eHarness();
 *   describeWithChromium("…", () => { it("…", async () => { const { page } = await e2e.open(); … }); });
 */
import type { Browser } from "playwright-core";
import { assertBuildPresent } from "./build";
import { launchChromium, openE2ePage, type E2ePage, type E2ePageOptions } from "./browser";
import { chromiumSkipReason } from "./chromium";
import { startStaticServer, type StaticServer } from "./server";

/** `describe`, or `describe.skip` when THIDUA_SKIP_CHROMIUM=1 and Chromium is absent. */
export const describeWithChromium: jest.Describe = chromiumSkipReason() ? describe.skip : describe;

export interface E2eHarness {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** A new page in its own context; closed and checked for problems after the test. */
  open(options?: Omit<E2ePageOptions, "allowedOrigin">): Promise<E2ePage>;
}

/** Registers the hooks; call at the top of a describeWithChromium block. */
export function useE2eHarness(): E2eHarness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let open: E2ePage[] = [];

  beforeAll(async () => {
    assertBuildPresent();
    server = await startStaticServer();
    browser = await launchChromium();
  });

  afterEach(async () => {
    const pages = open;
    open = [];
    const failures: string[] = [];
    for (const p of pages) {
      try {
        p.assertNoProblems();
      } catch (e) {
        failures.push((e as Error).message);
      }
      await p.close();
    }
    if (failures.length) throw new Error(failures.join("\n\n"));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      if (!server) throw new Error("e2e server not started (use the harness inside a test)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("Chromium not launched (use the harness inside a test)");
      return browser;
    },
    async open(options = {}) {
      if (!browser || !server) throw new Error("e2e harness not ready (use it inside a test)");
      const p = await openE2ePage(browser, { ...options, allowedOrigin: server.origin });
      open.push(p);
      return p;
    },
  };
}
