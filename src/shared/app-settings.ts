// Every user setting, with its schema and defaults. The settings file stores exactly this shape.
import { z } from 'zod'
import { DEFAULT_OFFICE_SETTINGS, officeSettingsSchema } from './office-settings'

export const generalSettingsSchema = z.object({
  /** Native desktop notification when a break is due (the break card shows either way). */
  notifications: z.boolean(),
  /** The guided player's cues (start and end of each hold, side switch, rest): off means silent. */
  soundCues: z.boolean(),
  /** Start Limber when the user logs in. */
  openAtLogin: z.boolean(),
  /** Gentle daily reminder to do the check-in. */
  checkInReminder: z.boolean(),
  /** Seconds the player gives to get into position before each exercise (0: start at once). */
  leadInSeconds: z.number().int().min(0).max(60).default(10),
  /** The player speaks its cues when the computer has a voice (sounds otherwise). */
  voiceCues: z.boolean().default(true)
})
export type GeneralSettings = z.infer<typeof generalSettingsSchema>

/**
 * Where the progress log lives. Not part of a settings patch: it changes only through a move of the
 * data folder (copy, verify, then switch), never by saving the Settings form.
 */
export const storageSettingsSchema = z.object({
  /** The data folder, or null for the default (progress/ in the app's user-data folder). */
  dataDir: z.string().min(1).max(4096).nullable()
})
export type StorageSettings = z.infer<typeof storageSettingsSchema>

export const appSettingsSchema = z.object({
  office: officeSettingsSchema,
  general: generalSettingsSchema,
  storage: storageSettingsSchema
})
export type AppSettings = z.infer<typeof appSettingsSchema>

/** A change from the Settings screen: any subset of the sections, each section whole or partial. */
export const settingsPatchSchema = z.object({
  office: officeSettingsSchema.partial().optional(),
  general: generalSettingsSchema.partial().optional()
})
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

export const DEFAULT_SETTINGS: AppSettings = {
  office: DEFAULT_OFFICE_SETTINGS,
  general: {
    notifications: true,
    soundCues: true,
    openAtLogin: false,
    checkInReminder: true,
    leadInSeconds: 10,
    voiceCues: true
  },
  storage: { dataDir: null }
}

export type SettingsResult = { ok: true; settings: AppSettings } | { ok: false; errors: string[] }

/** Applies a patch and validates the whole result, so an impossible combination never reaches disk. */
export function applySettingsPatch(current: AppSettings, patch: unknown): SettingsResult {
  const parsedPatch = settingsPatchSchema.safeParse(patch)
  if (!parsedPatch.success) return { ok: false, errors: describeIssues(parsedPatch.error) }
  const next = {
    office: { ...current.office, ...given(parsedPatch.data.office, patch, 'office') },
    general: { ...current.general, ...given(parsedPatch.data.general, patch, 'general') },
    storage: current.storage
  }
  const parsed = appSettingsSchema.safeParse(next)
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) }
  return { ok: true, settings: parsed.data }
}

/**
 * The fields a patch really names. Zod fills `.default()` fields even inside a partial, so without this a
 * patch of one field would reset every defaulted field of its section to the default.
 */
function given<T extends object>(parsed: T | undefined, raw: unknown, section: string): Partial<T> {
  if (parsed === undefined) return {}
  const rawSection = (raw as Record<string, unknown>)[section]
  if (rawSection === null || typeof rawSection !== 'object') return {}
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => key in rawSection)) as Partial<T>
}

const FIELD_LABELS: Record<string, string> = {
  sitLimitMinutes: 'Stand-up reminder',
  leadInSeconds: 'Time to get into position',
  naturalBreakMinutes: 'Away time that counts as a break',
  breakLengthMinutes: 'Break length',
  snoozeMinutes: 'Snooze length',
  maxSnoozesInRow: 'Snoozes in a row',
  meetingMaxMinutes: 'Longest meeting',
  workHours: 'Work hours',
  capMinutes: 'Longest automatic hold'
}

/** Turns schema issues into sentences a person can act on ("Snooze length: at most 30"). */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.find((p) => typeof p === 'string' && p in FIELD_LABELS)
    const label = typeof field === 'string' ? FIELD_LABELS[field] : issue.path.join('.') || 'Settings'
    return `${label}: ${issue.message}`
  })
}
