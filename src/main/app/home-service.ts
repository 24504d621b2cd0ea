// Home mode in main: the user's profile (safety, programme, flare, own routines), the player sessions,
// and what the progress log says (feedback, check-ins). Serves the home channels and the break card's gating.
import { withCorrections } from '@shared/progress-facts'
import { doseSeconds } from '@shared/content/dose'
import type { Dose } from '@shared/content/exercise-schema'
import { extensionBlocked, freshCheckIns, type TimedRating } from '@shared/content/extension-block'
import {
  applyFeedback,
  exercisesToDialBack,
  recentSharpFeedback,
  stoppedForTheDay,
  STOPPED_FOR_TODAY_MESSAGE,
  type FeedbackEntry,
  type FeedbackOutcome
} from '@shared/content/feedback'
import type { GatingContext, LatestSymptomTrend } from '@shared/content/gating'
import { detectNoImprovement } from '@shared/content/improvement-detector'
import {
  markerDue,
  markerNotMet,
  phaseMarkerQuestion,
  programmeStatus,
  type MarkerAnswer,
  type ProgrammeStatus
} from '@shared/content/programme'
import { detectWorsening } from '@shared/content/worsening-detector'
import { createRoutine, deleteRoutine, validateCustomRoutine } from '@shared/content/routine-editing'
import { resolveRoutine, routinesOffered } from '@shared/content/routine-plan'
import type { Routine } from '@shared/content/routine-schema'
import { findBuiltInRoutine } from '@shared/content/routines'
import { findExercise } from '@shared/content/catalogue'
import { singleExerciseRoutine } from '@shared/player/single-exercise'
import {
  EMERGENCY_STOP_MESSAGE,
  EXERCISE_PAUSED_MESSAGE,
  resumeExerciseAdvice,
  safetyVerdict,
  type WarningAnswers
} from '@shared/content/warning-signs'
import type { HomeProfile } from '@shared/home/home-profile'
import { addToDay, emptyDay, emptyTally, type DayTally } from '@shared/home/day-summary'
import type {
  FeedbackResult,
  HomeState,
  PlayerSession,
  ProgrammeAction,
  RoutineSaveResult,
  StartSessionResult
} from '@shared/home/home-state'
import { symptomTrend } from '@shared/progress-stats'
import type {
  ExerciseFeedback,
  ProgressEvent,
  ProgressEventDraft,
  SymptomLocation,
  WarningSign
} from '@shared/progress-events'
import { localDay } from '@shared/day-format'
import type { Handlers } from './dispatch'
import type { Clock } from './ports'
import type { ProfileStore } from '../storage/profile-store'

/** How far back the log is read at start: enough for "no improvement after 4 weeks" and recent feedback. */
export const HOME_LOG_DAYS = 60
/** The warning-sign questions come back in the check-in once this many days have passed. */
export const SAFETY_REVIEW_DAYS = 7

export interface HomeServiceDeps {
  clock: Clock
  profile: ProfileStore
  /** saves one log entry (LimberApp.record: reports a refusing disk to the user) */
  record: (draft: ProgressEventDraft) => void
  /** the log's events of the last HOME_LOG_DAYS, read at start, as saved: corrections included (applied here) */
  recentEvents: readonly ProgressEvent[]
  /** pushes the new state to open windows */
  publish: (state: HomeState) => void
  /** flare mode or the safety stop changed: the tray and break card follow */
  onGatingChange: () => void
  newId: () => string
}

interface CheckIn {
  t: string
  date: string
  furthestPoint: SymptomLocation
  backPain: number
  legPain: number
  psfs: { activity: string; score: number }[]
}

interface ActiveSession {
  session: PlayerSession
  date: string
  /** one exercise played from its page: logged as that exercise, not as a routine */
  single: boolean
}

type HomeChannel = Extract<keyof Handlers, `home:${string}`>
export type HomeHandlers = Pick<Handlers, HomeChannel>

function answersFrom(signs: readonly WarningSign[]): WarningAnswers {
  return Object.fromEntries(signs.map((s) => [s, true]))
}

/** What the player or the card is told after a rating (the outcome without the log's bookkeeping). */
function feedbackResult(outcome: FeedbackOutcome): FeedbackResult {
  return {
    message: outcome.message,
    dialBack: outcome.dialBack,
    endSession: outcome.endSession,
    linkToSafety: outcome.linkToSafety
  }
}

function loggedDose(dose: Dose): { sets: number; reps: number; holdSeconds?: number; seconds: number } {
  return {
    sets: dose.sets,
    reps: dose.reps,
    ...(dose.holdSeconds !== undefined ? { holdSeconds: dose.holdSeconds } : {}),
    seconds: doseSeconds(dose)
  }
}

export class HomeService {
  private feedback: FeedbackEntry[] = []
  /** every rating with its time, for the peripheralisation rule */
  private ratings: TimedRating[] = []
  private markerAnswers: MarkerAnswer[] = []
  private checkIns: CheckIn[] = []
  private readonly exerciseDays = new Set<string>()
  private readonly sessions = new Map<string, ActiveSession>()
  /** Today's routines, breaks, walking and check-in, for Today's "your day" card. */
  private dayTally: DayTally

  /**
   * The saved entries the rules learn from, as written (corrections included), so a correction can be
   * replayed. Kept to the same HOME_LOG_DAYS as at start, trimmed once a day, so a long run stays small.
   */
  private history: ProgressEvent[]
  private trimmedOn = ''

  constructor(private readonly deps: HomeServiceDeps) {
    this.history = [...deps.recentEvents]
    this.dayTally = emptyTally(this.today())
    this.learnHistory()
  }

  /** Learns every entry as corrected: a withdrawn "sharp" or check-in no longer counts, a corrected one counts as corrected. */
  private learnHistory(): void {
    for (const event of withCorrections(this.history)) {
      this.learn(event, event.t)
      this.tallyDay(event, event.t)
    }
  }

  /**
   * An entry just saved to the log (with its id). A correction replays what the rules know, so undoing
   * an accidental rating or check-in takes effect at once, not at the next start.
   */
  observeSaved(event: ProgressEvent): void {
    this.history.push(event)
    const today = this.today()
    if (today !== this.trimmedOn) {
      this.trimmedOn = today
      const cutoff = this.deps.clock.now() - HOME_LOG_DAYS * 86_400_000
      this.history = this.history.filter((e) => Date.parse(e.t) >= cutoff)
    }
    if (event.type !== 'correction') {
      this.observe(event)
      return
    }
    this.feedback = []
    this.ratings = []
    this.markerAnswers = []
    this.checkIns = []
    this.exerciseDays.clear()
    this.dayTally = emptyTally(this.today())
    this.learnHistory()
    this.publish()
  }

  /** Counts an entry into today's tally; a new day starts a new tally. True when the tally changed. */
  private tallyDay(event: ProgressEventDraft, t: string): boolean {
    const eventDay = localDay(Date.parse(t))
    if (eventDay > this.dayTally.summary.date) this.dayTally = emptyTally(eventDay)
    const before = this.dayTally
    this.dayTally = addToDay(this.dayTally, event, eventDay, t)
    return this.dayTally !== before
  }

  // ----- What the log says -----

  /** Every event LimberApp saves passes here, so check-ins written by other features count at once. */
  observe(draft: ProgressEventDraft): void {
    const dayChanged = this.tallyDay(draft, draft.t ?? new Date(this.deps.clock.now()).toISOString())
    if (draft.type !== 'check-in') {
      if (dayChanged) this.publish()
      return
    }
    this.learn(draft, draft.t ?? new Date(this.deps.clock.now()).toISOString())
    // Saddle numbness reported in a check-in is the emergency sign itself: stop everything at once.
    const signs = this.profile.safety.signs
    if (draft.saddleNumbness === true && this.firstRunDone && !signs.includes('saddle-numbness')) {
      this.answerSafety([...signs, 'saddle-numbness'], 'weekly-check-in')
      return
    }
    this.publish()
  }

  private learn(event: ProgressEventDraft, t: string): void {
    const date = t.slice(0, 10)
    if (event.type === 'check-in') {
      this.checkIns.push({
        t,
        date,
        furthestPoint: event.furthestPoint,
        backPain: event.backPain,
        legPain: event.legPain,
        psfs: event.psfs.map((p) => ({ activity: p.activity, score: p.score }))
      })
      this.checkIns.sort((a, b) => Date.parse(a.t) - Date.parse(b.t))
      for (const m of event.phaseMarkers ?? []) this.markerAnswers.push({ date, id: m.id, met: m.met })
    } else if (event.type === 'exercise-completed') {
      this.exerciseDays.add(date)
      if (event.feedback) {
        // Sessions before this run only matter for dial-back and recent sharp: one per day is enough.
        this.feedback.push({ sessionId: `logged-${date}`, date, exerciseId: event.exerciseId, rating: event.feedback })
        this.ratings.push({ exerciseId: event.exerciseId, rating: event.feedback, t })
      }
    }
  }

  private today(): string {
    return localDay(this.deps.clock.now())
  }

  /** The check-ins of the last 14 days: older ones say nothing about today. */
  private freshCheckIns(): CheckIn[] {
    return freshCheckIns(this.checkIns, this.today())
  }

  /** Where the symptoms went between the two latest fresh check-ins; 'unknown' with fewer than two. */
  trend(): LatestSymptomTrend {
    const [earlier, later] = this.freshCheckIns().slice(-2)
    if (!earlier || !later) return 'unknown'
    return symptomTrend(earlier.furthestPoint, later.furthestPoint)
  }

  // ----- Derived state -----

  get profile(): HomeProfile {
    return this.deps.profile.get()
  }

  get flare(): boolean {
    return this.profile.flare
  }

  /** The warning-sign questions have been answered once. */
  get firstRunDone(): boolean {
    return this.profile.safety.answeredAt !== null
  }

  private verdict() {
    return safetyVerdict(answersFrom(this.profile.safety.signs), this.profile.safety.clearedSignIds)
  }

  private worsening() {
    return detectWorsening(this.checkIns, this.today())
  }

  /** An emergency sign is present and not cleared: nothing is offered, no stand-up reminders go out. */
  get emergency(): boolean {
    return this.verdict().emergency
  }

  private programme(): ProgrammeStatus | null {
    const { programme } = this.profile
    if (programme.startDate === null) return null
    const today = this.today()
    const status = programmeStatus(programme.startDate, today, {
      ...(programme.heldPhase !== null ? { heldPhase: programme.heldPhase } : {}),
      stepBack: programme.stepBack,
      recentSharp: recentSharpFeedback(this.feedback, today),
      ...(programme.lastPhase !== null ? { lastPhase: programme.lastPhase } : {}),
      flare: this.profile.flare,
      worsening: this.worsening() !== null,
      markerNotMet: programme.lastPhase !== null && markerNotMet(programme.lastPhase, this.markerAnswers)
    })
    if (status.phase !== programme.lastPhase) {
      this.deps.profile.update((p) => ({ ...p, programme: { ...p.programme, lastPhase: status.phase } }))
    }
    return status
  }

  /** What the break card and the player may offer now. */
  gatingContext(): GatingContext {
    const verdict = this.verdict()
    return {
      latestSymptomTrend: this.trend(),
      flare: this.profile.flare,
      safetyStop: !verdict.exerciseAllowed,
      phase: this.programme()?.phase ?? 1,
      emergency: verdict.emergency,
      extensionBlocked: extensionBlocked(this.ratings, this.checkIns)
    }
  }

  state(): HomeState {
    const profile = this.profile
    const today = this.today()
    const programme = this.programme()
    return {
      today,
      firstRunDone: this.firstRunDone,
      safety: {
        signs: profile.safety.signs,
        clearedSignIds: profile.safety.clearedSignIds,
        verdict: this.verdict(),
        weeklyReviewDue:
          profile.safety.answeredAt !== null &&
          this.deps.clock.now() - Date.parse(profile.safety.answeredAt) >= SAFETY_REVIEW_DAYS * 24 * 3600_000
      },
      flare: profile.flare,
      gating: this.gatingContext(),
      trend: this.trend(),
      programme,
      choices: {
        startDate: profile.programme.startDate,
        heldPhase: profile.programme.heldPhase,
        stepBack: profile.programme.stepBack
      },
      dialBackIds: exercisesToDialBack(this.feedback),
      recentSharp: recentSharpFeedback(this.feedback, today),
      // Looks back 4 weeks by design, but only speaks while the latest check-in is fresh (14 days).
      noImprovement:
        this.freshCheckIns().length === 0
          ? null
          : detectNoImprovement(
              this.checkIns.map((c) => ({ date: c.date, backPain: c.backPain, legPain: c.legPain })),
              [...this.exerciseDays]
            ),
      customRoutines: profile.customRoutines,
      worsening: this.worsening(),
      stoppedForToday: stoppedForTheDay(this.feedback, today) ? STOPPED_FOR_TODAY_MESSAGE : null,
      markerQuestion:
        programme !== null && markerDue(programme.phase, this.markerAnswers, today)
          ? phaseMarkerQuestion(programme.phase)
          : null,
      day: this.dayTally.summary.date === today ? this.dayTally.summary : emptyDay(today)
    }
  }

  private publish(): HomeState {
    const state = this.state()
    this.deps.publish(state)
    return state
  }

  // ----- Safety -----

  answerSafety(signs: readonly WarningSign[], context: 'first-run' | 'weekly-check-in' | 'on-demand'): HomeState {
    const unique = [...new Set(signs)]
    const now = this.deps.clock.now()
    this.deps.profile.update((p) => ({
      ...p,
      safety: {
        ...p.safety,
        answeredAt: new Date(now).toISOString(),
        signs: unique,
        // A cleared sign stays cleared while it is still reported; one that went away and came back stops again.
        clearedSignIds: p.safety.clearedSignIds.filter((s) => unique.includes(s) && p.safety.signs.includes(s))
      },
      programme: p.programme.startDate === null ? { ...p.programme, startDate: localDay(now) } : p.programme
    }))
    this.deps.record({ type: 'safety-answers', signs: unique, context })
    this.deps.onGatingChange()
    return this.publish()
  }

  resumeExercise(
    professionalCleared: boolean,
    userConfirmed: boolean
  ): { resumed: boolean; message: string; state: HomeState } {
    const result = resumeExerciseAdvice(answersFrom(this.profile.safety.signs), { professionalCleared, userConfirmed })
    if (result.resumed) {
      const at = new Date(this.deps.clock.now()).toISOString()
      this.deps.profile.update((p) => ({
        ...p,
        safety: {
          ...p.safety,
          clearedSignIds: [...new Set([...p.safety.clearedSignIds, ...result.clearedSignIds])],
          resumeConfirmations: [...p.safety.resumeConfirmations, { at, signs: result.clearedSignIds }].slice(-50)
        }
      }))
      this.deps.onGatingChange()
    }
    return { resumed: result.resumed, message: result.message, state: this.publish() }
  }

  // ----- Flare mode and programme choices -----

  setFlare(on: boolean): HomeState {
    if (this.profile.flare !== on) {
      this.deps.profile.update((p) => ({ ...p, flare: on }))
      this.deps.record({ type: 'settings-changed', changes: { flareMode: on } })
      this.deps.onGatingChange()
    }
    return this.publish()
  }

  toggleFlare(): HomeState {
    return this.setFlare(!this.profile.flare)
  }

  programmeAction(action: ProgrammeAction): HomeState {
    const status = this.programme()
    if (status === null) return this.publish()
    this.deps.profile.update((p) => {
      const { heldPhase, stepBack } = p.programme
      const programme = { ...p.programme }
      if (action === 'hold') programme.heldPhase = status.phase
      else if (action === 'release-hold') programme.heldPhase = null
      else if (action === 'step-back' && status.phase > 1) {
        if (heldPhase !== null) programme.heldPhase = Math.max(1, status.phase - 1) as typeof heldPhase
        else programme.stepBack = Math.min(3, status.calendarPhase - status.phase + 1)
      } else if (action === 'step-forward') {
        if (stepBack > 0) programme.stepBack = stepBack - 1
        else if (heldPhase !== null && heldPhase < 4) programme.heldPhase = (heldPhase + 1) as typeof heldPhase
      }
      return { ...p, programme }
    })
    return this.publish()
  }

  // ----- Custom routines -----

  allRoutine(id: string): Routine | undefined {
    return findBuiltInRoutine(id) ?? this.profile.customRoutines.find((r) => r.id === id)
  }

  saveRoutine(candidate: unknown): RoutineSaveResult {
    const routines = this.profile.customRoutines
    const record = candidate !== null && typeof candidate === 'object' ? (candidate as Record<string, unknown>) : {}
    const id = typeof record['id'] === 'string' ? record['id'] : ''
    let result
    if (id !== '' && routines.some((r) => r.id === id)) {
      const others = routines.filter((r) => r.id !== id)
      const checked = validateCustomRoutine(
        candidate,
        others.map((r) => r.id)
      )
      result = checked.ok
        ? { ok: true as const, value: routines.map((r) => (r.id === id ? checked.value : r)) }
        : checked
    } else {
      result = createRoutine(routines, { ...record, id: id || `custom-${this.deps.newId()}` } as never)
    }
    if (!result.ok) return { ok: false, errors: result.errors }
    if (result.value.length > 50)
      return { ok: false, errors: ['You can keep up to 50 routines of your own. Delete one first.'] }
    const saved = result.value
    this.deps.profile.update((p) => ({ ...p, customRoutines: saved }))
    this.publish()
    return { ok: true, routines: saved }
  }

  deleteRoutine(id: string): HomeState {
    this.deps.profile.update((p) => ({ ...p, customRoutines: deleteRoutine(p.customRoutines, id) }))
    return this.publish()
  }

  // ----- The player -----

  /** One exercise on its own (the Play button on its page): the same rules as a routine of one. */
  startExercise(exerciseId: string): StartSessionResult {
    const exercise = findExercise(exerciseId)
    if (!exercise)
      return {
        ok: false,
        reason: 'unknown-routine',
        message: 'That exercise is not in Limber. Choose another from Routines.'
      }
    return this.startSession(exercise.id, singleExerciseRoutine(exercise, this.flare))
  }

  startSession(routineId: string, single?: Routine): StartSessionResult {
    const state = this.state()
    if (!state.firstRunDone) {
      return {
        ok: false,
        reason: 'first-run',
        message: 'Before your first routine, please answer the warning-sign questions on the Today screen.'
      }
    }
    if (state.gating.safetyStop) {
      return {
        ok: false,
        reason: 'safety-stop',
        message: state.safety.verdict.emergency
          ? EMERGENCY_STOP_MESSAGE
          : `${EXERCISE_PAUSED_MESSAGE} The Safety page says what to do and how to switch exercise advice back on.`
      }
    }
    if (state.stoppedForToday !== null) {
      return { ok: false, reason: 'stopped-today', message: state.stoppedForToday }
    }
    const routine = single ?? this.allRoutine(routineId)
    if (!routine) {
      return {
        ok: false,
        reason: 'unknown-routine',
        message: 'That routine is not in Limber any more. Choose another from Routines.'
      }
    }
    if (routinesOffered([routine], state.gating).length === 0) {
      return {
        ok: false,
        reason: 'not-offered',
        message: state.gating.flare
          ? 'In flare-up mode only the flare-up routine and easy walking are offered.'
          : `This routine joins your programme in phase ${routine.availableFromPhase ?? 1}.`
      }
    }
    const plan = resolveRoutine(routine, { ...state.gating, dialBackIds: state.dialBackIds })
    if (plan.items.length === 0) {
      return {
        ok: false,
        reason: 'nothing-to-play',
        message: plan.skipped[0]?.message ?? 'Nothing in this routine can be played today.'
      }
    }
    const session: PlayerSession = {
      sessionId: this.deps.newId(),
      routineId: routine.id,
      routineName: routine.name,
      note: routine.note ?? null,
      flareDoses: plan.flareDoses,
      items: plan.items.map((i) => ({ exerciseId: i.exercise.id, dose: i.dose, gentler: i.gentler })),
      skipped: plan.skipped.map((s) => ({ exerciseId: s.exerciseId, message: s.message }))
    }
    this.sessions.set(session.sessionId, { session, date: this.today(), single: single !== undefined })
    if (!single) this.deps.record({ type: 'routine-started', routineId: routine.id })
    return { ok: true, session }
  }

  exerciseDone(sessionId: string, itemIndex: number, rating: ExerciseFeedback): FeedbackResult {
    const active = this.sessions.get(sessionId)
    const item = active?.session.items[itemIndex]
    if (!active || !item) throw new Error('This session has already ended. Start the routine again from Routines.')
    const outcome = this.rate(sessionId, active.date, item.exerciseId, rating)
    this.deps.record({
      type: 'exercise-completed',
      exerciseId: item.exerciseId,
      ...(active.single ? {} : { routineId: active.session.routineId }),
      dose: loggedDose(item.dose),
      feedback: rating
    })
    if (outcome.endSession) this.sessions.delete(sessionId)
    this.publish()
    return feedbackResult(outcome)
  }

  /**
   * The break card's one-tap rating after a desk stretch (issue 13, item 3): logged as an exercise with
   * its feedback, and it feeds the same rules as home (dial-back, stops for the day, extension block).
   * Reached through the card's `card:feedback` channel.
   */
  deskFeedback(exerciseId: string, rating: ExerciseFeedback, dose: Dose): FeedbackResult {
    const date = this.today()
    // Each card is a session of its own: two sharp ratings on two cards are not "twice in one session".
    const outcome = this.rate(`break-${this.deps.newId()}`, date, exerciseId, rating)
    this.deps.record({ type: 'exercise-completed', exerciseId, dose: loggedDose(dose), feedback: rating })
    this.publish()
    return feedbackResult(outcome)
  }

  /** One rating, from the player or the break card: into the feedback rules, the ratings and the exercise days. */
  private rate(sessionId: string, date: string, exerciseId: string, rating: ExerciseFeedback): FeedbackOutcome {
    const outcome = applyFeedback({ sessionId, date, entries: this.feedback }, exerciseId, rating)
    this.feedback = [...outcome.history.entries]
    this.ratings.push({ exerciseId, rating, t: new Date(this.deps.clock.now()).toISOString() })
    this.exerciseDays.add(date)
    return outcome
  }

  finishSession(sessionId: string): void {
    const active = this.sessions.get(sessionId)
    if (!active) return
    this.sessions.delete(sessionId)
    if (!active.single) this.deps.record({ type: 'routine-completed', routineId: active.session.routineId })
  }

  // ----- Break card memory -----

  get recentBreakStretches(): string[] {
    return [...this.profile.recentBreakStretches]
  }

  rememberBreakStretches(ids: readonly string[]): void {
    this.deps.profile.update((p) => ({ ...p, recentBreakStretches: ids.slice(-3) }))
  }

  /** Exercises that play their gentler variant after a sharp rating, at home and on the break card. */
  get dialBackIds(): string[] {
    return exercisesToDialBack(this.feedback)
  }

  /** An emergency warning sign stands (not cleared): the break card offers urgent care, no exercise. */
  get urgentCare(): boolean {
    const verdict = this.verdict()
    return verdict.level === 'emergency' && !verdict.exerciseAllowed
  }

  handlers(): HomeHandlers {
    return {
      'home:get-state': () => this.state(),
      'home:answer-safety': ({ signs, context }) => this.answerSafety(signs, context),
      'home:resume-exercise': ({ professionalCleared, userConfirmed }) =>
        this.resumeExercise(professionalCleared, userConfirmed),
      'home:set-flare': ({ on }) => this.setFlare(on),
      'home:programme': ({ action }) => this.programmeAction(action),
      'home:save-routine': (candidate) => this.saveRoutine(candidate),
      'home:delete-routine': ({ id }) => this.deleteRoutine(id),
      'home:start-session': ({ routineId }) => this.startSession(routineId),
      'home:start-exercise': ({ exerciseId }) => this.startExercise(exerciseId),
      'home:exercise-done': ({ sessionId, itemIndex, rating }) => this.exerciseDone(sessionId, itemIndex, rating),
      'home:finish-session': ({ sessionId }) => this.finishSession(sessionId)
    }
  }
}
