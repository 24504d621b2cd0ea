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

/** Splits CSV text into rows of cells; quoted cells may hold commas, quotes ("") and newlines. */
function csvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows.filter((r) => r.some((c) => c.trim() !== ''))
}

const SEVERITIES = new Set(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'])

/** electronegativity's CSV report; a row that does not look like a finding fails loudly. */
export function parseCsv(text: string): Finding[] {
  return csvRows(text)
    .slice(1)
    .map((cells) => {
      const [check = '', severity = '', confidence = '', file = '', location = '', , description = ''] = cells.map(
        (c) => c.trim()
      )
      if (!/^[A-Z_]+$/.test(check) || !SEVERITIES.has(severity)) {
        throw new Error(`Unreadable row in the electronegativity report: ${cells.join(',').slice(0, 120)}`)
      }
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
