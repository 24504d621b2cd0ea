// Child process for the crash-safety test: appends events to a progress log and prints each event's
// id on stdout only after append() has returned (so the id is a promise that the event is on disk).
// Usage: node --import tsx tests/support/crash-writer.ts <dataDir> <deviceId> <count>
import { writeSync } from 'node:fs'
import { ProgressLog } from '../../src/main/storage/progress-log'

const [dataDir, deviceId, countText] = process.argv.slice(2)
if (dataDir === undefined || deviceId === undefined) {
  process.stderr.write('usage: crash-writer <dataDir> <deviceId> <count>\n')
  process.exit(2)
}
const count = Number(countText ?? 1000)
const log = ProgressLog.open({ dataDir, deviceId })
// Synchronous writes to stdout, so no reported id waits in a buffer the kill would lose.
writeSync(1, 'ready\n')
for (let i = 0; i < count; i++) {
  const event = log.append({ type: 'walk', minutes: 1 + (i % 60) })
  writeSync(1, `${event.id}\n`)
}
writeSync(1, 'done\n')
