// One test runner for every layer; each layer is a vitest project (see README "Tests").
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') }
/** The built main bundle imports 'electron' and 'node-notifier'; in these layers they are the strict stand-ins. */
const standInsForElectron = [
  { find: /^electron$/, replacement: resolve(import.meta.dirname, 'tests/support/electron-standin/index.ts') },
  {
    find: /^node-notifier$/,
    replacement: resolve(import.meta.dirname, 'tests/support/electron-standin/node-notifier.ts')
  },
  { find: '@shared', replacement: resolve(import.meta.dirname, 'src/shared') }
]

export default defineConfig({
  resolve: { alias },
  test: {
    // Every layer runs in one known zone (the sample traces' +01:00); DST tests pick their own.
    env: { TZ: 'Europe/Berlin' },
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] }
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/component/setup.ts']
        }
      },
      {
        resolve: { alias: standInsForElectron },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000
        }
      },
      {
        // Hostile inputs against the built main bundle, on the same stand-ins as the integration layer.
        resolve: { alias: standInsForElectron },
        test: {
          name: 'adversarial',
          environment: 'node',
          include: ['tests/adversarial/**/*.test.ts'],
          testTimeout: 300_000
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'notification',
          environment: 'node',
          include: ['tests/notification/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false
        }
      },
      {
        // Real desktop services on private sessions (PulseAudio, Xvfb + openbox, D-Bus + dconf): issue 15's probes.
        resolve: { alias },
        test: {
          name: 'desktop-signals',
          environment: 'node',
          include: ['tests/desktop-signals/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
          testTimeout: 60_000
        }
      }
    ]
  }
})
