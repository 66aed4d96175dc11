/**
 * Debian's Chromium for the end-to-end tests, never a downloaded browser. The flags keep it off the network: without
 * the background-networking ones Chromium reaches for Google's hosts, which this machine's closed network refuses.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Launches headless Chromium; `wat` names the test in the message when Chromium is not installed. */
export async function startChromium(wat: string): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y --no-install-recommends chromium); ${wat} needs it.`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
