import { describe, expect, it } from 'vitest'
import { fingerprint, gate, judge, readScan, type Allowed } from '../../../scripts/security-scan-rules'

/** One issue as electronegativity's run() returns it (the fields the gate reads, and some it does not). */
function issue(id: string, severity: string, file: string, line: number, manualReview?: boolean) {
  return {
    id,
    file,
    location: { line, column: 0 },
    description: `${id} in ${file}`,
    shortenedURL: `https://github.com/doyensec/electronegativity/wiki/${id}`,
    severity: { name: severity, value: 1 },
    confidence: { name: 'FIRM', value: 1 },
    sample: 'x',
    ...(manualReview === undefined ? {} : { manualReview })
  }
}

function result(issues: unknown[], errors: unknown[] = []) {
  return { globalChecks: 6, atomicChecks: 36, errors, issues }
}

/** What Limber's sources give today: three LOW CSP notes and the reviewed preload. */
const LIMBER = result([
  issue('PRELOAD_JS_CHECK', 'MEDIUM', 'main/platform/security.ts', 15, true),
  issue('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', 5, true),
  issue('CSP_GLOBAL_CHECK', 'LOW', 'renderer/report.html', 5, true)
])
const ALLOW: Allowed[] = [
  { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', reason: 'own bundle' },
  { check: 'CSP_GLOBAL_CHECK', file: 'renderer/report.html', reason: 'own bundle' },
  { check: 'PRELOAD_JS_CHECK', file: 'main/platform/security.ts', reason: 'reviewed' }
]

describe('reading what electronegativity returns', () => {
  it('reads every finding, sorted by file so runs compare, with its own manual-review flag', () => {
    const scan = readScan(LIMBER)
    expect(scan.checks).toBe(42)
    expect(scan.findings.map((f) => [f.check, f.severity, f.file, f.location, f.manualReview])).toEqual([
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'main/platform/security.ts', '15:0', true],
      ['CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', '5:0', true],
      ['CSP_GLOBAL_CHECK', 'LOW', 'renderer/report.html', '5:0', true]
    ])
  })

  it('keeps the files electronegativity could not parse, not the warnings it tolerated', () => {
    const scan = readScan(
      result(LIMBER.issues, [
        { file: 'main/a.ts', message: 'Unexpected token', tolerable: false },
        { file: 'main/b.ts', message: 'a warning', tolerable: true }
      ])
    )
    expect(scan.unparsed).toEqual([{ file: 'main/a.ts', message: 'Unexpected token' }])
  })

  it('fails loudly on a finding or a result it cannot read, rather than misjudging it', () => {
    expect(() => readScan(result([{ ...issue('CSP_GLOBAL_CHECK', 'LOW', 'a.html', 1), severity: 'LOW' }]))).toThrow(
      /Unreadable finding/
    )
    expect(() => readScan(result([issue('csp', 'LOW', 'a.html', 1)]))).toThrow(/Unreadable finding/)
    expect(() => readScan(undefined)).toThrow(/returned something unexpected/)
  })

  it('gives the same fingerprint to the same findings in any order, and another to a moved one', () => {
    const reversed = result([...LIMBER.issues].reverse())
    expect(fingerprint(readScan(reversed).findings)).toBe(fingerprint(readScan(LIMBER).findings))
    const moved = result([
      ...LIMBER.issues.slice(1),
      issue('PRELOAD_JS_CHECK', 'MEDIUM', 'main/platform/security.ts', 16, true)
    ])
    expect(fingerprint(readScan(moved).findings)).not.toBe(fingerprint(readScan(LIMBER).findings))
  })
})

describe('judging findings', () => {
  it('a MEDIUM finding fails even when allowlisted, unless electronegativity marks it for manual review', () => {
    const scan = readScan(
      result([
        issue('PRELOAD_JS_CHECK', 'MEDIUM', 'main/platform/security.ts', 15, true),
        issue('SANDBOX_JS_CHECK', 'MEDIUM', 'main/platform/windows.ts', 54, false),
        issue('CSP_GLOBAL_CHECK', 'MEDIUM', 'renderer/index.html', 5)
      ])
    )
    const allow = [
      ...ALLOW,
      { check: 'SANDBOX_JS_CHECK', file: 'main/platform/windows.ts', reason: 'trying to hide it' }
    ]
    expect(judge(scan.findings, allow).map((v) => [v.finding.check, v.fails])).toEqual([
      ['PRELOAD_JS_CHECK', false],
      ['SANDBOX_JS_CHECK', true],
      ['CSP_GLOBAL_CHECK', true]
    ])
  })

  it('any finding missing from the allowlist fails, LOW included', () => {
    expect(judge(readScan(LIMBER).findings, []).every((v) => v.fails)).toBe(true)
  })
})

describe('the gate', () => {
  it("passes Limber's findings when every one is explained and every entry is used", () => {
    expect(gate(readScan(LIMBER), ALLOW).failures).toEqual([])
  })

  it('fails a scan with no findings at all: it cannot have looked at the sources', () => {
    const { failures } = gate(readScan(result([])), ALLOW)
    expect(failures[0]).toMatch(/^electronegativity reported no findings at all\. .*treat this run as not done\.$/)
  })

  it('fails on an allowlist entry that matches no finding, naming it', () => {
    const stale = [...ALLOW, { check: 'CSP_GLOBAL_CHECK', file: 'renderer/old.html', reason: 'gone' }]
    expect(gate(readScan(LIMBER), stale).failures).toEqual([
      'allowlist entry CSP_GLOBAL_CHECK renderer/old.html matches no finding: remove it from ' +
        'security/electronegativity-allowlist.json if the finding is gone for good.'
    ])
  })

  it('fails when a file could not be parsed, or when no checks were loaded', () => {
    const unparsed = result(LIMBER.issues, [{ file: 'main/a.ts', message: 'Unexpected token', tolerable: false }])
    expect(gate(readScan(unparsed), ALLOW).failures).toEqual([
      'main/a.ts could not be parsed, so it was not checked: Unexpected token'
    ])
    const noChecks = { ...LIMBER, globalChecks: 0, atomicChecks: 0 }
    expect(gate(readScan(noChecks), ALLOW).failures).toEqual([
      'electronegativity loaded no checks: nothing was scanned.'
    ])
  })

  it('fails a finding that is not explained, naming where it is', () => {
    const extra = result([...LIMBER.issues, issue('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/x.ts', 3, false)])
    expect(gate(readScan(extra), ALLOW).failures).toEqual([
      'OPEN_EXTERNAL_JS_CHECK main/x.ts:3:0 FAIL (not in the allowlist)'
    ])
  })
})
