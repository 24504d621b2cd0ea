import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateHeavyLog } from './progress-log-bench'
import { ProgressLog } from '../../src/main/storage/progress-log'
const root = mkdtempSync(join(tmpdir(), 'qb-'))
const g = generateHeavyLog(root, 120000, 10, false)
const now = new Date(Date.parse(g.lastTimestamp) + 60000)
const open = () =>
  ProgressLog.open({ dataDir: g.dataDir, deviceId: 'home-pc', now: () => now, cacheDir: join(root, 'c') })
open().progressFigures({ range: 'all' })
const t = performance.now()
for (let i = 0; i < 30; i++) open().progressFigures({ range: 'all', group: true })
console.log('restart avg', (performance.now() - t) / 30)
rmSync(root, { recursive: true, force: true })
