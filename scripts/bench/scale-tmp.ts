import { formatScaleTable, runScaleBench } from '/work/wt/progress/scripts/bench/progress-log-bench'
console.log(formatScaleTable(runScaleBench({ years: (process.argv[2] ?? '1,10').split(',').map(Number), print: true })))
