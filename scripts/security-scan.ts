// Security gate: runs electronegativity over src/ for the installed Electron version and fails on any
// MEDIUM or HIGH finding, on any finding not explained in security/electronegativity-allowlist.json, on an
// allowlist entry that matches nothing, and on a scan that cannot have run (no findings at all).
// electronegativity is called through its run() API, which returns the findings: its CSV writer issues two
// unordered async writes (header, rows) that race under load, and no report file is needed at all.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fingerprint, gate, readScan, type Allowed } from './security-scan-rules'

const root = join(import.meta.dirname, '..')
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'))
  .version as string
// A CommonJS module without types: what it returns is checked by readScan.
const run = createRequire(import.meta.url)('@doyensec/electronegativity') as (options: object) => Promise<unknown>

const scan = readScan(
  // No `output`: with one, run() writes a report file and still returns the same findings.
  await run({ input: join(root, 'src'), electronVersionOverride: electronVersion, isRelative: true })
)
const allow = (
  JSON.parse(readFileSync(join(root, 'security/electronegativity-allowlist.json'), 'utf8')) as { findings: Allowed[] }
).findings
const { verdicts, failures } = gate(scan, allow)
console.log(
  `electronegativity (${scan.checks} checks) on src/ for Electron ${electronVersion}: ` +
    `${scan.findings.length} finding(s), fingerprint ${fingerprint(scan.findings)}`
)
for (const { finding: f, reason } of verdicts) {
  console.log(`  ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}  ${reason}`)
}
if (failures.length > 0) {
  console.error(`Security scan failed:\n  ${failures.join('\n  ')}`)
  process.exitCode = 1
} else {
  console.log('Security scan passed.')
}
