// The integration tests run the built bundle through vitest's module loader. This one loads it the
// way Electron will: as a native ES module in Node, importing its external packages (node-notifier,
// conf's dependencies) from node_modules. An ESM/CommonJS mix-up or a missing package fails here.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleMissing } from '../support/main-harness'

const root = resolve(import.meta.dirname, '../..')
const missing = bundleMissing()

describe.skipIf(missing !== null)(
  `the built main bundle as a native ES module${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    it('loads with every import resolved and runs its start-up code', () => {
      const run = spawnSync(
        process.execPath,
        ['--import', resolve(root, 'tests/support/native-electron/register.mjs'), resolve(root, 'out/main/index.js')],
        { encoding: 'utf8', timeout: 20_000 }
      )
      expect(run.stderr).toBe('')
      expect(run.stdout).toBe('quit: the second instance stepped aside\n')
      expect(run.status).toBe(0)
    })

    it('the preload needs nothing but electron: a sandboxed preload cannot load other modules', () => {
      const preload = readFileSync(resolve(root, 'out/preload/index.cjs'), 'utf8')
      const required = [...preload.matchAll(/require\((['"])([^'"]+)\1\)/g)].map((m) => m[2])
      expect([...new Set(required)]).toEqual(['electron'])
      expect(preload).toContain('exposeInMainWorld("limber"')
    })
  }
)
