// The one IPC contract: every channel between the renderer and main, with its request and response
// schemas. Main validates every request against it; preload and renderer derive their types from it.
import { z } from 'zod'
import { appSettingsSchema } from './app-settings'
import { doseSchema } from './content/exercise-schema'
import { signalSourceStatusSchema } from './desktop-signals'
import { officeStatusSchema, userActionSchema } from './office-status'
import {
  answerSafetyRequestSchema,
  deleteRoutineRequestSchema,
  exerciseDoneRequestSchema,
  feedbackResultSchema,
  finishSessionRequestSchema,
  homeStateSchema,
  programmeActionRequestSchema,
  resumeRequestSchema,
  resumeResultSchema,
  routineSaveResultSchema,
  setFlareRequestSchema,
  startSessionRequestSchema,
  startExerciseRequestSchema,
  startSessionResultSchema
} from './home/home-state'
import {
  backupResultSchema,
  checkInAnswersSchema,
  checkInFormSchema,
  correctEntryRequestSchema,
  dataFolderSchema,
  dayRangeSchema,
  exportRequestSchema,
  importRequestSchema,
  importResultSchema,
  logWalkRequestSchema,
  moveDataFolderRequestSchema,
  moveDataFolderResultSchema,
  progressChangedSchema,
  progressFiguresResultSchema,
  progressRangeSchema,
  recentEntrySchema,
  savedEntrySchema,
  savedFileResultSchema
} from './progress-channels'
import { progressReportSchema } from './progress-report'
import { exerciseFeedbackSchema } from './progress-events'

const none = z.undefined()

export const appInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  dataDir: z.string()
})

export const settingsUpdateResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), settings: appSettingsSchema }),
  z.object({ ok: z.literal(false), errors: z.array(z.string()) })
])

/** The stretch the break card offers, with the dose to play (already adjusted for phase and flare). */
export const breakSuggestionSchema = z.object({
  exerciseId: z.string(),
  name: z.string(),
  dose: doseSchema,
  gentler: z.boolean(),
  /** the card may offer "Another stretch": another one is allowed now */
  canSwap: z.boolean().optional(),
  /** an emergency warning sign was answered: the card offers no exercise, only urgent care */
  urgentCare: z.boolean().optional()
})
export type BreakSuggestionView = z.infer<typeof breakSuggestionSchema>

export const cardFeedbackRequestSchema = z.object({
  exerciseId: z.string().max(100),
  rating: exerciseFeedbackSchema
})
export const cardFeedbackResultSchema = z.object({
  /** what to say, or null for nothing */
  message: z.string().nullable(),
  /** show the link to the Safety screen */
  linkToSafety: z.boolean()
})

export const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning']),
  message: z.string()
})
export type Notice = z.infer<typeof noticeSchema>

/** Renderer → main request/response channels (ipcRenderer.invoke / ipcMain.handle). */
export const invokeChannels = {
  'app:get-info': { request: none, response: appInfoSchema },
  'app:get-notices': { request: none, response: z.array(noticeSchema) },
  'app:dismiss-notice': { request: z.object({ id: z.string().max(100) }), response: z.array(noticeSchema) },
  'office:get-status': { request: none, response: officeStatusSchema },
  'office:act': { request: userActionSchema, response: officeStatusSchema },
  'office:get-break': { request: none, response: breakSuggestionSchema.nullable() },
  /** How each desktop signal (microphone, camera, fullscreen, Do-Not-Disturb) works on this computer. */
  'office:signal-statuses': { request: none, response: z.array(signalSourceStatusSchema) },
  'settings:get': { request: none, response: appSettingsSchema },
  /** The patch is validated by the handler too, so the renderer gets readable messages back. */
  'settings:update': { request: z.unknown(), response: settingsUpdateResultSchema },
  'window:open-main': {
    request: z.object({ route: z.string().max(100).optional() }).optional(),
    response: z.undefined()
  },
  // ----- Break card -----
  /** A different desk-safe stretch instead of the one on the card (null when the card has none). */
  'card:another-stretch': { request: none, response: breakSuggestionSchema.nullable() },
  /** One tap after the card's stretch: recorded like home feedback, and answered the same way. */
  'card:feedback': { request: cardFeedbackRequestSchema, response: cardFeedbackResultSchema },
  /** The card's content height in CSS pixels: main sizes the card window to it, within the work area. */
  'card:fit': { request: z.object({ height: z.number().min(50).max(5000) }), response: z.undefined() },
  'card:close': { request: none, response: z.undefined() },
  // ----- end Break card -----
  // ----- Home mode -----
  'home:get-state': { request: none, response: homeStateSchema },
  'home:answer-safety': { request: answerSafetyRequestSchema, response: homeStateSchema },
  'home:resume-exercise': { request: resumeRequestSchema, response: resumeResultSchema },
  'home:set-flare': { request: setFlareRequestSchema, response: homeStateSchema },
  'home:programme': { request: programmeActionRequestSchema, response: homeStateSchema },
  /** The routine is validated by the handler too, so the editor gets readable messages back. */
  'home:save-routine': { request: z.unknown(), response: routineSaveResultSchema },
  'home:delete-routine': { request: deleteRoutineRequestSchema, response: homeStateSchema },
  'home:start-session': { request: startSessionRequestSchema, response: startSessionResultSchema },
  'home:start-exercise': { request: startExerciseRequestSchema, response: startSessionResultSchema },
  'home:exercise-done': { request: exerciseDoneRequestSchema, response: feedbackResultSchema },
  'home:finish-session': { request: finishSessionRequestSchema, response: z.undefined() },
  // ----- end Home mode -----
  // ----- Progress log -----
  'progress:check-in-form': { request: none, response: checkInFormSchema },
  'progress:save-check-in': { request: checkInAnswersSchema, response: savedEntrySchema },
  'progress:log-walk': { request: logWalkRequestSchema, response: savedEntrySchema },
  'progress:figures': { request: z.object({ range: progressRangeSchema }), response: progressFiguresResultSchema },
  /** Asks where to save (native dialog), then writes the events of the days from..to inclusive. */
  'progress:export': { request: exportRequestSchema, response: savedFileResultSchema },
  /** Asks where to save, then prints the physiotherapist report of from..to to PDF. */
  'progress:save-report': { request: dayRangeSchema, response: savedFileResultSchema },
  'progress:data-folder': { request: none, response: dataFolderSchema },
  'progress:move-data-folder': { request: moveDataFolderRequestSchema, response: moveDataFolderResultSchema },
  'progress:backup': { request: none, response: backupResultSchema },
  'progress:import': { request: importRequestSchema, response: importResultSchema },
  'progress:recent-entries': { request: none, response: z.array(recentEntrySchema) },
  'progress:correct-entry': { request: correctEntryRequestSchema, response: savedEntrySchema }
  // ----- end Progress log -----
} as const

/** Main → renderer push events (webContents.send / ipcRenderer.on). */
export const eventChannels = {
  'office:status': officeStatusSchema,
  'office:break': breakSuggestionSchema.nullable(),
  'settings:changed': appSettingsSchema,
  'app:notices': z.array(noticeSchema),
  /** Asks the main window to show a route (a second launch, a tray item, the break card). */
  'app:navigate': z.string().max(100),
  // ----- Home mode -----
  'home:state': homeStateSchema,
  // ----- end Home mode -----
  // ----- Progress log -----
  'progress:changed': progressChangedSchema,
  /**
   * The report to draw, sent only to the hidden report window (which is refused every invoke channel).
   * The page answers by titling itself REPORT_PAGE_TITLES.drawn (main then prints) or .unreadable.
   */
  'report:content': progressReportSchema
  // ----- end Progress log -----
} as const

/** The report page's titles: its only answer to 'report:content', so it needs no channel towards main. */
export const REPORT_PAGE_TITLES = {
  drawn: 'Limber progress report',
  unreadable: 'Limber progress report (could not be read)'
} as const

export type InvokeChannel = keyof typeof invokeChannels
export type EventChannel = keyof typeof eventChannels
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>
export type InvokeResponse<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>

/** What every invoke returns on the wire: errors travel as data so their message reaches the UI intact. */
export type Envelope<T> =
  { ok: true; value: T } | { ok: false; error: { code: 'invalid-request' | 'failed'; message: string } }

export const INVOKE_CHANNEL_NAMES = Object.keys(invokeChannels) as InvokeChannel[]

type RequestArgs<C extends InvokeChannel> =
  undefined extends InvokeRequest<C> ? [request?: InvokeRequest<C>] : [request: InvokeRequest<C>]

/** window.limber: the whole API the preload exposes, and nothing else. */
export interface LimberApi {
  invoke<C extends InvokeChannel>(channel: C, ...args: RequestArgs<C>): Promise<InvokeResponse<C>>
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(invokeChannels, name)
}
export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && Object.hasOwn(eventChannels, name)
}
