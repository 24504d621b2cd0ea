// The security gate's rules, apart from running the scanner, so they can be tested: parse
// electronegativity's CSV report and decide, for each finding, whether it fails the build.
export interface Finding {
  check: string
  severity: string
  confidence: string
  file: string
  location: string
  description: string
}
export interface Allowed {
  check: string
  file: string
  reason: string
}

export function parseCsv(text: string): Finding[] {
  const rows = text.trim().split('\n').slice(1)
  return rows.map((row) => {
    const cells: string[] = []
    let cell = ''
    let quoted = false
    for (const ch of row) {
      if (ch === '"') quoted = !quoted
      else if (ch === ',' && !quoted) {
        cells.push(cell)
        cell = ''
      } else cell += ch
    }
    cells.push(cell)
    const [check = '', severity = '', confidence = '', file = '', location = '', , description = ''] = cells
    return { check, severity, confidence, file, location, description }
  })
}

export interface Verdict {
  finding: Finding
  fails: boolean
  reason: string
}

/**
 * LOW findings pass only when listed; MEDIUM and HIGH pass only when the check is a manual-review
 * item (electronegativity's own flag) and the review is written in the allowlist.
 */
export function judge(
  findings: readonly Finding[],
  allow: readonly Allowed[],
  reviewOnly: ReadonlySet<string>
): Verdict[] {
  return findings.map((finding) => {
    const allowed = allow.find((a) => a.check === finding.check && a.file === finding.file)
    const serious = finding.severity === 'MEDIUM' || finding.severity === 'HIGH'
    if (!allowed) return { finding, fails: true, reason: 'FAIL (not in the allowlist)' }
    if (serious && !reviewOnly.has(finding.check))
      return { finding, fails: true, reason: 'FAIL (MEDIUM/HIGH cannot be allowlisted)' }
    return { finding, fails: false, reason: `allowed: ${allowed.reason}` }
  })
}
