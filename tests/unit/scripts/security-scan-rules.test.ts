import { describe, expect, it } from 'vitest'
import { judge, parseCsv } from '../../../scripts/security-scan-rules'

const CSV = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src 'none'; script-src 'self'","One or more CSP directives detected seems to be vulnerable",https://example/CSP
PRELOAD_JS_CHECK,"MEDIUM","FIRM","main/platform/security.ts","15:6","preload: preloadPath,","Review the use of preload scripts",https://example/PRELOAD
SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/platform/windows.ts","54:19","const window = new BrowserWindow({","Use sandbox",https://example/SANDBOX`

const allow = [
  { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', reason: 'own bundle' },
  { check: 'PRELOAD_JS_CHECK', file: 'main/platform/security.ts', reason: 'reviewed' },
  { check: 'SANDBOX_JS_CHECK', file: 'main/platform/windows.ts', reason: 'trying to hide it' }
]

describe('security scan rules', () => {
  it('reads electronegativity CSV, commas inside quotes included', () => {
    const findings = parseCsv(CSV)
    expect(findings.map((f) => [f.check, f.severity, f.file, f.location])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', '5:0'],
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'main/platform/security.ts', '15:6'],
      ['SANDBOX_JS_CHECK', 'MEDIUM', 'main/platform/windows.ts', '54:19']
    ])
  })

  it('a MEDIUM finding fails even when allowlisted, unless its check is a manual-review item', () => {
    const verdicts = judge(parseCsv(CSV), allow, new Set(['PRELOAD_JS_CHECK']))
    expect(verdicts.map((v) => [v.finding.check, v.fails])).toEqual([
      ['CSP_GLOBAL_CHECK', false],
      ['PRELOAD_JS_CHECK', false],
      ['SANDBOX_JS_CHECK', true]
    ])
  })

  it('any finding missing from the allowlist fails, LOW included', () => {
    const verdicts = judge(parseCsv(CSV), [], new Set(['PRELOAD_JS_CHECK']))
    expect(verdicts.every((v) => v.fails)).toBe(true)
  })
})

describe('security scan report parsing', () => {
  it('keeps a quoted sample that spans lines inside one finding', () => {
    const csv =
      'issue, severity, confidence, filename, location, sample, description, url\nCSP_GLOBAL_CHECK,"LOW","FIRM","renderer/a.html","5:0","default-src\n \'none\'","weak",https://x\n'
    expect(parseCsv(csv).map((f) => f.file)).toEqual(['renderer/a.html'])
  })

  it('fails loudly on a row it cannot read, rather than misjudging it', () => {
    expect(() => parseCsv('header\nnot, a, finding\n')).toThrow(/Unreadable row/)
  })
})
