// What the tray, the Today screen and the break card show about office mode: a snapshot of the engine.
import { z } from 'zod'
import { busyReasonSchema } from './desktop-signals'
import { skipReasonSchema } from './user-text-limits'

/** `busy`: held automatically by a call, a presentation or Do-Not-Disturb (busyReasons says which). */
export const officePhaseSchema = z.enum([
  'sitting',
  'away',
  'due',
  'on-break',
  'paused',
  'meeting',
  'busy',
  'outside-hours'
])
export type OfficePhase = z.infer<typeof officePhaseSchema>

export const officeStatusSchema = z.object({
  phase: officePhaseSchema,
  sittingMinutes: z.number().min(0),
  /** 0..1 of the sitting limit, for the tray ring */
  progress: z.number().min(0).max(1),
  dueAt: z.number().nullable(),
  snoozesInRow: z.number().int().min(0),
  snoozeAllowed: z.boolean(),
  /** A prompt is pending and can no longer be snoozed: it stays until answered. */
  promptSticky: z.boolean(),
  withinWorkHours: z.boolean(),
  pausedUntil: z.number().nullable(),
  meetingUntil: z.number().nullable(),
  /** Why prompts are held automatically; empty when they are not. */
  busyReasons: z.array(busyReasonSchema),
  idleSourceReliable: z.boolean(),
  /** False until a desktop that may never report idle time (Wayland) has reported a minute of it. */
  idleSourceVerified: z.boolean(),
  sitLimitMinutes: z.number().int().positive()
})
export type OfficeStatus = z.infer<typeof officeStatusSchema>

export const userActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snooze') }),
  z.object({ type: z.literal('skip'), reason: skipReasonSchema.optional() }),
  z.object({ type: z.literal('start-break') }),
  z.object({ type: z.literal('finish-break') }),
  z.object({ type: z.literal('break-now') }),
  z.object({ type: z.literal('meeting') }),
  z.object({ type: z.literal('end-meeting') }),
  z.object({
    type: z.literal('pause'),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
  }),
  z.object({ type: z.literal('pause-until-tomorrow') }),
  z.object({ type: z.literal('resume') })
])
export type UserAction = z.infer<typeof userActionSchema>
