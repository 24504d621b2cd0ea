// The office-mode settings: what the sitting tracker and break scheduler obey. Validated at every edge.
import { z } from 'zod'

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 09:00')

/** A whole number of minutes (or snoozes) with messages a person can act on, never zod's own wording. */
function count(min: number, max: number, [one, many] = ['minute', 'minutes']) {
  const unit = (n: number) => (n === 1 ? one : many)
  const range = `a whole number from ${min} to ${max}`
  return z
    .number({ error: `Enter ${range}.` })
    .int(`Use ${range}, without decimals.`)
    .min(min, `At least ${min} ${unit(min)}.`)
    .max(max, `At most ${max} ${unit(max)}.`)
}

export const workRangeSchema = z
  .object({ start: clockTime, end: clockTime })
  .refine((r) => r.start < r.end, { message: 'A work period must end after it starts.', path: ['end'] })

/** The index of the first period that overlaps an earlier one (touching, 12:00 to 12:00, is fine), or -1. */
export function overlappingPeriod(ranges: readonly { start: string; end: string }[]): number {
  return ranges.findIndex((r, i) => ranges.some((o, j) => j < i && r.start < o.end && o.start < r.end))
}

export const workHoursSchema = z
  .object({
    enabled: z.boolean(),
    /** 0 = Sunday ... 6 = Saturday, as Date#getDay() */
    days: z.array(z.number().int().min(0).max(6)).max(7),
    ranges: z.array(workRangeSchema).min(1, 'Add at least one work period.').max(4, 'At most four work periods.')
  })
  .superRefine((wh, ctx) => {
    const i = overlappingPeriod(wh.ranges)
    if (i >= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['ranges', i, 'start'],
        message: `Work period ${i + 1} overlaps another one. Change its times or remove it.`
      })
    }
    // Work hours on with no day chosen would silence reminders for good without saying so.
    if (wh.enabled && wh.days.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'Choose at least one work day, or turn work hours off.' })
    }
  })

/**
 * A free period to offer when "Add a work period" is pressed: the first gap of an hour or more after
 * the existing periods (up to 4 hours long), else before them; null when the day has no free hour.
 */
export function freeWorkPeriod(
  ranges: readonly { start: string; end: string }[]
): { start: string; end: string } | null {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))
  const toTime = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  const taken = ranges.map((r) => [toMin(r.start), toMin(r.end)] as const).sort((a, b) => a[0] - b[0])
  const gaps: [number, number][] = []
  let from = 0
  for (const [s, e] of taken) {
    if (s > from) gaps.push([from, s])
    from = Math.max(from, e)
  }
  gaps.push([from, 23 * 60 + 59])
  const lastEnd = taken.length > 0 ? Math.max(...taken.map(([, e]) => e)) : 0
  const ordered = [...gaps.filter(([s]) => s >= lastEnd), ...gaps.filter(([s]) => s < lastEnd).reverse()]
  const gap = ordered.find(([s, e]) => e - s >= 60)
  if (!gap) return null
  const [s, e] = gap
  // After the last period: start there; before the first: end there.
  return s >= lastEnd
    ? { start: toTime(s), end: toTime(Math.min(e, s + 240)) }
    : { start: toTime(Math.max(s, e - 240)), end: toTime(e) }
}

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
  capMinutes: count(15, 240)
})
export type DesktopSignalsSettings = z.infer<typeof desktopSignalsSettingsSchema>

export const DEFAULT_DESKTOP_SIGNALS_SETTINGS: DesktopSignalsSettings = {
  call: true,
  presenting: true,
  dnd: true,
  capMinutes: 90
}

const officeSettingsFields = {
  sitLimitMinutes: count(10, 120),
  naturalBreakMinutes: count(1, 30),
  breakLengthMinutes: count(1, 15),
  snoozeMinutes: count(1, 30),
  maxSnoozesInRow: count(1, 10, ['snooze', 'snoozes']),
  meetingMaxMinutes: count(15, 240),
  workHours: workHoursSchema,
  /** Defaulted, so settings files from before issue 15 still load. */
  desktopSignals: desktopSignalsSettingsSchema.default(DEFAULT_DESKTOP_SIGNALS_SETTINGS)
}

export const officeSettingsSchema = z.object(officeSettingsFields)

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
