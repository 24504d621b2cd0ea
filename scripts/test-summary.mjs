// Prints one line per test layer (vitest project) from vitest's JSON report, and the totals line.
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const layers = new Map()
const skipReasons = new Set()
for (const file of report.testResults) {
  const layer = file.name.match(/\/tests\/([^/]+)\//)?.[1] ?? 'other'
  const counts = layers.get(layer) ?? { passed: 0, failed: 0, skipped: 0 }
  for (const t of file.assertionResults) {
    if (t.status === 'passed') counts.passed++
    else if (t.status === 'failed') counts.failed++
    else {
      counts.skipped++
      const reason = t.ancestorTitles.join(' ').match(/\(skipped: (.*)\)/)?.[1]
      if (reason) skipReasons.add(`${layer}: ${reason}`)
    }
  }
  layers.set(layer, counts)
}
console.log('\nTests per layer:')
for (const [layer, c] of [...layers].sort()) {
  console.log(`  ${layer.padEnd(16)} ${String(c.passed).padStart(4)} passed, ${c.failed} failed, ${c.skipped} skipped`)
}
for (const reason of skipReasons) console.log(`  skipped layer -> ${reason}`)
const passed = report.numPassedTests
const failed = report.numFailedTests
const skipped = report.numPendingTests + report.numTodoTests
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exitCode = failed > 0 || !report.success ? 1 : 0
