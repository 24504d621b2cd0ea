// One Chromium and one static server per e2e file, and a fresh Limber per test, closed after it.
import type { Browser } from 'playwright'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { RENDERER_DIR, launchChromium } from './browser'
import { E2eApp } from './e2e-app'
import { serveDirectory, type StaticServer } from './static-server'

export interface ChromiumSuite {
  /** Starts the real application on a temp data dir; it is closed after the test. */
  startLimber(start?: string): E2eApp
  /** The same, not started yet: for tests that seed its data folder first. */
  createLimber(start?: string): E2eApp
  readonly browser: Browser
  /** The static server's address, for page.goto. */
  readonly url: string
}

export function useChromiumSuite(): ChromiumSuite {
  let browser: Browser
  let server: StaticServer
  let current: E2eApp | null = null
  beforeAll(async () => {
    browser = await launchChromium()
    server = await serveDirectory(RENDERER_DIR)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  afterEach(async () => {
    await current?.close()
    current = null
  })
  return {
    startLimber(start) {
      return this.createLimber(start).start()
    },
    createLimber(start) {
      current = new E2eApp(browser, server.url, start)
      return current
    },
    get browser() {
      return browser
    },
    get url() {
      return server.url
    }
  }
}
