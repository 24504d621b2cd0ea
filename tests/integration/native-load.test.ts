// The integration tests run the built bundle through vitest's module loader. These load it the way
// Electron will: as a native ES module in a fresh Node process, importing its external packages
// (node-notifier) from node_modules, with 'electron' resolved to the strict stand-in. An ESM/CommonJS
// mix-up, a missing package, or an Electron API used before 'ready' fails here.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { bundleMissing } from '../support/main-harness'

const root = resolve(import.meta.dirname, '../..')
const missing = bundleMissing()
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function launch(persona: Record<string, unknown>, args: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'limber-native-'))
  dirs.push(dir)
  const personaFile = join(dir, 'persona.json')
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>
  writeFileSync(
    personaFile,
    JSON.stringify({ platform: 'linux', appData: dir, appPath: root, packageJson, ...persona })
  )
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      resolve(root, 'tests/support/native-electron/register.mjs'),
      resolve(root, 'tests/support/native-electron/launch.ts'),
      resolve(root, 'out/main/index.js'),
      personaFile,
      ...args
    ],
    { encoding: 'utf8', timeout: 30_000, cwd: root, env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '' } }
  )
  const line = run.stdout.trim().split('\n').at(-1) ?? ''
  return { run, report: line.startsWith('{') ? (JSON.parse(line) as Record<string, unknown>) : null }
}

describe.skipIf(missing !== null)(
  `the built main bundle as a native ES module${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    it('runs to its end before ready, then shows the tray and opens its window from app://limber', () => {
      const { run, report } = launch({})
      expect(run.stderr).toBe('')
      expect(report).toEqual({
        beforeReady: { ready: false, quit: false },
        tray: 'Limber: Sitting for 0 min',
        windows: [{ url: 'app://limber/index.html', visible: true }],
        errors: []
      })
    })

    it('a second launch steps aside before ready, touching nothing that needs it', () => {
      const { run, report } = launch({ secondInstance: true })
      expect(run.stderr).toBe('')
      expect(report).toEqual({ beforeReady: { ready: false, quit: true }, tray: null, windows: [], errors: [] })
    })

    it('the preload needs nothing but electron: a sandboxed preload cannot load other modules', () => {
      const preload = readFileSync(resolve(root, 'out/preload/index.cjs'), 'utf8')
      const required = [...preload.matchAll(/require\((['"])([^'"]+)\1\)/g)].map((m) => m[2])
      expect([...new Set(required)]).toEqual(['electron'])
      expect(preload).toContain('exposeInMainWorld("limber"')
    })
  }
)
