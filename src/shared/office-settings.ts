// The office-mode settings: what the sitting tracker and break scheduler obey. Validated at every edge.
import { z } from 'zod'

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 09:00')

export const workRangeSchema = z
  .object({ start: clockTime, end: clockTime })
  .refine((r) => r.start < r.end, { message: 'A work period must end after it starts' })

export const workHoursSchema = z.object({
  enabled: z.boolean(),
  /** 0 = Sunday ... 6 = Saturday, as Date#getDay() */
  days: z.array(z.number().int().min(0).max(6)).max(7),
  ranges: z.array(workRangeSchema).min(1).max(4)
})

/**
 * Which desktop signals hold prompts back (issue 15), and the longest automatic hold. All on by default;
 * everything is read on this computer and nothing is sent anywhere.
 */
export const desktopSignalsSettingsSchema = z.object({
  /** The microphone or camera is in use by another application. */
  call: z.boolean(),
  /** Another application is fullscreen or presenting. */
  presenting: z.boolean(),
  /** The desktop's Do-Not-Disturb or Focus is on. */
  dnd: z.boolean(),
  /** After this long, an automatic hold ends with one quiet notification. */
  capMinutes: z.number().int().min(15, 'At least 15 minutes').max(240, 'At most 240 minutes')
})
export type DesktopSignalsSettings = z.infer<typeof desktopSignalsSettingsSchema>

export const DEFAULT_DESKTOP_SIGNALS_SETTINGS: DesktopSignalsSettings = {
  call: true,
  presenting: true,
  dnd: true,
  capMinutes: 90
}

const officeSettingsFields = {
  sitLimitMinutes: z.number().int().min(10, 'At least 10 minutes').max(120, 'At most 120 minutes'),
  naturalBreakMinutes: z.number().int().min(1).max(30),
  breakLengthMinutes: z.number().int().min(1).max(15),
  snoozeMinutes: z.number().int().min(1).max(30),
  maxSnoozesInRow: z.number().int().min(1).max(10),
  meetingMaxMinutes: z.number().int().min(15).max(240),
  workHours: workHoursSchema,
  /** Defaulted, so settings files from before issue 15 still load. */
  desktopSignals: desktopSignalsSettingsSchema.default(DEFAULT_DESKTOP_SIGNALS_SETTINGS)
}

export const officeSettingsSchema = z.object(officeSettingsFields)

/**
 * A partial change to office settings. Not `officeSettingsSchema.partial()`: zod would fill in the
 * default for a missing `desktopSignals`, so every unrelated change would reset it.
 */
export const officeSettingsPatchSchema = officeSettingsSchema
  .partial()
  .extend({ desktopSignals: desktopSignalsSettingsSchema.optional() })

export type WorkHours = z.infer<typeof workHoursSchema>
export type OfficeSettings = z.infer<typeof officeSettingsSchema>

export const DEFAULT_OFFICE_SETTINGS: OfficeSettings = {
  sitLimitMinutes: 25,
  naturalBreakMinutes: 2,
  breakLengthMinutes: 2,
  snoozeMinutes: 5,
  maxSnoozesInRow: 3,
  meetingMaxMinutes: 60,
  workHours: { enabled: false, days: [1, 2, 3, 4, 5], ranges: [{ start: '09:00', end: '17:30' }] },
  desktopSignals: DEFAULT_DESKTOP_SIGNALS_SETTINGS
}
