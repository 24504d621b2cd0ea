// The security gate's rules, apart from running the scanner, so they can be tested: read what
// electronegativity's run() returns and decide whether the scan passes.
import { createHash } from 'node:crypto'
import { z } from 'zod'

export interface Finding {
  check: string
  severity: string
  confidence: string
  file: string
  location: string
  /** electronegativity's own flag: this finding asks for a review, it is not a flaw found. */
  manualReview: boolean
  description: string
}
export interface Allowed {
  check: string
  file: string
  reason: string
}
export interface Scan {
  /** How many checks electronegativity loaded. */
  checks: number
  findings: Finding[]
  /** Files electronegativity could not parse, so did not check. */
  unparsed: { file: string; message: string }[]
}

const issueSchema = z.object({
  id: z.string().regex(/^[A-Z_]+$/),
  severity: z.object({ name: z.enum(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']) }),
  confidence: z.object({ name: z.string() }),
  file: z.string().min(1),
  location: z.object({ line: z.number(), column: z.number() }),
  description: z.string(),
  manualReview: z.boolean().optional()
})
const runResultSchema = z.object({
  globalChecks: z.number().int(),
  atomicChecks: z.number().int(),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
  issues: z.array(z.unknown())
})

/** What electronegativity's run() returned, checked; anything else fails loudly rather than being misjudged. */
export function readScan(result: unknown): Scan {
  const parsed = runResultSchema.safeParse(result)
  if (!parsed.success) throw new Error(`electronegativity returned something unexpected: ${parsed.error.message}`)
  const findings = parsed.data.issues.map((raw) => {
    const issue = issueSchema.safeParse(raw)
    if (!issue.success) {
      throw new Error(`Unreadable finding from electronegativity: ${JSON.stringify(raw)?.slice(0, 160)}`)
    }
    const i = issue.data
    return {
      check: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file,
      location: `${i.location.line}:${i.location.column}`,
      manualReview: i.manualReview === true,
      description: i.description
    }
  })
  // electronegativity lists files in the order the file system returns them: sort, so runs compare.
  findings.sort((a, b) => `${a.file}\0${a.check}\0${a.location}`.localeCompare(`${b.file}\0${b.check}\0${b.location}`))
  return {
    checks: parsed.data.globalChecks + parsed.data.atomicChecks,
    findings,
    unparsed: parsed.data.errors.filter((e) => !e.tolerable).map(({ file, message }) => ({ file, message }))
  }
}

/** A short digest of the findings, so consecutive runs can be compared at a glance. */
export function fingerprint(findings: readonly Finding[]): string {
  const lines = findings.map((f) => `${f.severity} ${f.check} ${f.file}:${f.location}`).join('\n')
  return createHash('sha256').update(lines).digest('hex').slice(0, 12)
}

export interface Verdict {
  finding: Finding
  fails: boolean
  reason: string
}

/**
 * LOW findings pass only when listed; MEDIUM and HIGH pass only when electronegativity marks the finding
 * itself as a manual-review item and the review is written in the allowlist.
 */
export function judge(findings: readonly Finding[], allow: readonly Allowed[]): Verdict[] {
  return findings.map((finding) => {
    const allowed = allow.find((a) => a.check === finding.check && a.file === finding.file)
    const serious = finding.severity === 'MEDIUM' || finding.severity === 'HIGH'
    if (!allowed) return { finding, fails: true, reason: 'FAIL (not in the allowlist)' }
    if (serious && !finding.manualReview)
      return { finding, fails: true, reason: 'FAIL (MEDIUM/HIGH cannot be allowlisted)' }
    return { finding, fails: false, reason: `allowed: ${allowed.reason}` }
  })
}

export interface GateResult {
  verdicts: Verdict[]
  /** Why the gate fails, one line each, in words; empty when it passes. */
  failures: string[]
}

/**
 * The whole gate. Besides failing findings it fails when the scan cannot have run properly: no checks
 * loaded, no findings at all (Limber always has its reviewed preload finding), or a file left unparsed;
 * and when an allowlist entry matches nothing, so the list never explains findings that are gone.
 */
export function gate(scan: Scan, allow: readonly Allowed[]): GateResult {
  const failures: string[] = []
  if (scan.checks === 0) failures.push('electronegativity loaded no checks: nothing was scanned.')
  if (scan.findings.length === 0) {
    failures.push(
      'electronegativity reported no findings at all. Limber always has its reviewed preload finding ' +
        '(PRELOAD_JS_CHECK), so the scan did not look at the sources: treat this run as not done.'
    )
  }
  for (const u of scan.unparsed) failures.push(`${u.file} could not be parsed, so it was not checked: ${u.message}`)
  const verdicts = judge(scan.findings, allow)
  for (const v of verdicts) {
    if (v.fails) failures.push(`${v.finding.check} ${v.finding.file}:${v.finding.location} ${v.reason}`)
  }
  for (const a of allow) {
    if (!scan.findings.some((f) => f.check === a.check && f.file === a.file)) {
      failures.push(
        `allowlist entry ${a.check} ${a.file} matches no finding: remove it from ` +
          'security/electronegativity-allowlist.json if the finding is gone for good.'
      )
    }
  }
  return { verdicts, failures }
}
