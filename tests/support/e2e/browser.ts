// Debian's Chromium, driven by Playwright (no browser download), with the flags this network needs.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright'
import AxeBuilder from '@axe-core/playwright'

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
export const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer')
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../docs/screenshots')

export function browserMissing(): string | null {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (Debian: apt-get install chromium)`
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) return 'out/renderer is missing: run `npm run build` first'
  return null
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic'
    ]
  })
}

/** WCAG 2.2 A and AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}
