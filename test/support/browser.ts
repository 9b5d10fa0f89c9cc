/**
 * Debian's Chromium driven by playwright-core, for UI tests. Flags as this machine needs them: headless, no
 * sandbox as root, and no background networking (the network is closed).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.SEGMAP_CHROMIUM ?? '/usr/bin/chromium';

export const browserSkip: string | false = existsSync(chromiumPath) ? false : `needs Chromium at ${chromiumPath} (apt-get install chromium)`;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}
