// A HomeState as main would send it, for component tests: first run done, no signs, week 1.
import { programmeStatus } from '@shared/content/programme'
import { safetyVerdict } from '@shared/content/warning-signs'
import { emptyDay } from '@shared/home/day-summary'
import type { HomeState } from '@shared/home/home-state'

export function homeState(overrides: Partial<HomeState> = {}): HomeState {
  return {
    today: '2026-03-02',
    firstRunDone: true,
    safety: { signs: [], clearedSignIds: [], verdict: safetyVerdict({}), weeklyReviewDue: false },
    flare: false,
    gating: { latestSymptomTrend: 'unknown', flare: false, safetyStop: false, phase: 1 },
    trend: 'unknown',
    programme: programmeStatus('2026-03-02', '2026-03-02', { recentSharp: false }),
    choices: { startDate: '2026-03-02', heldPhase: null, stepBack: 0 },
    dialBackIds: [],
    recentSharp: false,
    noImprovement: null,
    customRoutines: [],
    worsening: null,
    stoppedForToday: null,
    markerQuestion: null,
    day: emptyDay('2026-03-02'),
    ...overrides
  }
}
