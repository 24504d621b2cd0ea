// The layer rule is real: ESLint (with this repository's config) rejects electron, node-notifier,
// Node APIs and the real clock where they do not belong, and accepts them where they do.
import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') })

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error')
}

describe('layer rule', () => {
  it('rejects electron in the pure core, the app layer and the renderer', async () => {
    const code = "import { app } from 'electron'\nexport const a = app\n"
    expect(await ruleIds(code, 'src/shared/x.ts')).toContain('no-restricted-imports')
    expect(await ruleIds(code, 'src/main/engine/x.ts')).toContain('no-restricted-imports')
    expect(await ruleIds(code, 'src/main/app/x.ts')).toContain('no-restricted-imports')
    expect(await ruleIds(code, 'src/renderer/src/x.ts')).toContain('no-restricted-imports')
  })

  it('rejects node-notifier outside the platform layer', async () => {
    const code = "import notifier from 'node-notifier'\nexport const n = notifier\n"
    expect(await ruleIds(code, 'src/main/app/x.ts')).toContain('no-restricted-imports')
  })

  it('accepts electron in src/main/platform and src/preload', async () => {
    const code = "import { app } from 'electron'\nexport const a = app\n"
    expect(await ruleIds(code, 'src/main/platform/x.ts')).toEqual([])
    expect(await ruleIds(code, 'src/preload/x.ts')).toEqual([])
  })

  it('keeps electron out of the tray-host probe, which may still run child processes', async () => {
    const electron = "import { app } from 'electron'\nexport const a = app\n"
    expect(await ruleIds(electron, 'src/main/platform/tray-host/x.ts')).toContain('no-restricted-imports')
    const childProcess = "import { execFile } from 'node:child_process'\nexport const e = execFile\n"
    expect(await ruleIds(childProcess, 'src/main/platform/tray-host/x.ts')).toEqual([])
  })

  it('keeps electron out of the desktop-signal probes, which run child processes and read /proc', async () => {
    const electron = "import { app } from 'electron'\nexport const a = app\n"
    expect(await ruleIds(electron, 'src/main/platform/signals/x.ts')).toContain('no-restricted-imports')
    const childProcess = "import { spawn } from 'node:child_process'\nexport const s = spawn\n"
    expect(await ruleIds(childProcess, 'src/main/platform/signals/x.ts')).toEqual([])
  })

  it('keeps the engine off the disk, the real clock and timers', async () => {
    expect(
      await ruleIds("import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n", 'src/main/engine/x.ts')
    ).toContain('no-restricted-imports')
    expect(await ruleIds('export const now = Date.now()\n', 'src/main/engine/x.ts')).toContain('no-restricted-syntax')
    expect(await ruleIds('export const now = new Date()\n', 'src/shared/x.ts')).toContain('no-restricted-syntax')
    expect(await ruleIds('setTimeout(() => 1, 5)\n', 'src/main/engine/x.ts')).toContain('no-restricted-globals')
    // A date made from a given instant is pure, and allowed.
    expect(await ruleIds('export const d = (ms: number) => new Date(ms)\n', 'src/main/engine/x.ts')).toEqual([])
  })
})
