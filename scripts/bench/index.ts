// `npm run bench`: every speed, size and memory budget, measured and printed with its ratio to the
// budget. Not a test: these machines are shared and noisy, so figures are reported, never asserted.
// Run with --expose-gc (the npm script does) for steadier memory figures.
import { formatBenchTable as formatEngineTable, runEngineBench } from './engine-bench'
import {
  formatBenchTable as formatLogTable,
  formatScaleTable,
  runProgressLogBench,
  runScaleBench
} from './progress-log-bench'
import {
  formatProgressScreenTable,
  formatRendererTable,
  runProgressScreenBench,
  runRendererBench
} from './renderer-bench'

const section = (title: string, body: string) => `\n== ${title} ==\n${body}\n`

process.stdout.write(
  section('Office engine (simulated 8-hour days through the real runner)', formatEngineTable(runEngineBench()))
)
const log = await runProgressLogBench({ print: false })
process.stdout.write(section('Progress log (ten years of heavy use, 2 devices)', formatLogTable(log)))
process.stdout.write(
  section(
    'Progress figures at scale (rollups: cold = none, warm = in memory, restart = from the cache folder)',
    formatScaleTable(runScaleBench())
  )
)
process.stdout.write(
  section('Renderer (built out/renderer in Chromium)', formatRendererTable(await runRendererBench()))
)
process.stdout.write(
  section(
    'Progress screen (built out/renderer in Chromium, real handlers)',
    formatProgressScreenTable(await runProgressScreenBench())
  )
)
