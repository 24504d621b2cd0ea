// A physiotherapist report for tests of the report page: four February weeks, nothing recorded,
// with whatever the test cares about laid over it.
import type { ProgressReport } from '@shared/progress-report'

export function reportFixture(overrides: Partial<ProgressReport> = {}): ProgressReport {
  return {
    generatedOn: '2026-03-02',
    range: { from: '2026-02-02', to: '2026-03-01', days: 28 },
    checkIns: 0,
    pain: {
      baseline: null,
      firstInRange: null,
      latest: null,
      backChange: null,
      legChange: null,
      series: [],
      seriesUnit: 'check-in'
    },
    function: [],
    symptoms: { trend: 'not-enough-data', first: null, latest: null },
    adherence: {
      routineDays: 0,
      daysInRange: 28,
      breaksPrompted: 0,
      breaksTaken: 0,
      bestStreak: 0,
      walkingMinutes: 0,
      walkingDays: 0
    },
    sitting: {
      bouts: 0,
      daysSat: 0,
      averageMinutesPerDaySat: 0,
      longest: null,
      breaksPrompted: 0,
      breaksTaken: 0,
      tookOwnBreaks: 0
    },
    skipReasons: [],
    helped: [],
    hurt: [],
    warningSigns: [],
    latestSafetyAnswers: null,
    ...overrides
  }
}
