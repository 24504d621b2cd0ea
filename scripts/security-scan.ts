// Security gate: runs electronegativity over src/ for the installed Electron version and fails on any
// MEDIUM or HIGH finding, and on any finding not explained in security/electronegativity-allowlist.json.
// electronegativity always exits 0, so its CSV report is parsed here.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { judge, parseCsv, type Allowed } from './security-scan-rules'

const root = join(import.meta.dirname, '..')
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'))
  .version as string
const checksDir = join(root, 'node_modules/@doyensec/electronegativity/dist/finder/checks')

/** Checks electronegativity itself marks as "manual review" (a prompt to review, not a flaw found). */
function manualReviewChecks(): Set<string> {
  const ids = new Set<string>()
  for (const group of ['AtomicChecks', 'GlobalChecks']) {
    for (const file of readdirSync(join(checksDir, group)).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(join(checksDir, group, file), 'utf8')
      const id = /this\.id = "([A-Z_]+)"/.exec(source)?.[1]
      // Only checks whose every finding is manual review; CSP_GLOBAL_CHECK also reports real flaws.
      if (id && source.includes('manualReview: true') && !source.includes('manualReview: false')) ids.add(id)
    }
  }
  return ids
}

const dir = mkdtempSync(join(tmpdir(), 'limber-scan-'))
const report = join(dir, 'report.csv')
try {
  execFileSync(
    join(root, 'node_modules/.bin/electronegativity'),
    ['-i', join(root, 'src'), '-e', electronVersion, '-r', '-v', 'false', '-o', report],
    { stdio: ['ignore', 'ignore', 'pipe'], cwd: root }
  )
  const findings = parseCsv(readFileSync(report, 'utf8'))
  const allow = (
    JSON.parse(readFileSync(join(root, 'security/electronegativity-allowlist.json'), 'utf8')) as { findings: Allowed[] }
  ).findings
  const reviewOnly = manualReviewChecks()
  const failures: string[] = []
  console.log(`electronegativity on src/ for Electron ${electronVersion}: ${findings.length} finding(s)`)
  for (const { finding: f, fails, reason } of judge(findings, allow, reviewOnly)) {
    if (fails) failures.push(`${f.check} ${f.file}:${f.location}`)
    console.log(`  ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}  ${reason}`)
  }
  const stale = allow.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file))
  for (const a of stale) console.log(`  note: allowlist entry no longer needed: ${a.check} ${a.file}`)
  if (failures.length > 0) {
    console.error(`Security scan failed: ${failures.length} finding(s) to fix:\n  ${failures.join('\n  ')}`)
    process.exitCode = 1
  } else {
    console.log('Security scan passed.')
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
