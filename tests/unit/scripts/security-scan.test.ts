// `npm run scan` on the real sources: electronegativity runs in-process through run(), and the gate
// passes on Limber's explained findings, the reviewed preload among them.
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../../..')

describe('the security scan', () => {
  it('passes on the sources, listing the reviewed preload finding and a fingerprint', () => {
    const stdout = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/security-scan.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    expect(stdout).toMatch(/: [1-9]\d* finding\(s\), fingerprint [0-9a-f]{12}\n/)
    expect(stdout).toMatch(/MEDIUM PRELOAD_JS_CHECK main\/platform\/security\.ts:\d+:\d+ {2}allowed: /)
    expect(stdout.trim().endsWith('Security scan passed.')).toBe(true)
  }, 120_000)
})
