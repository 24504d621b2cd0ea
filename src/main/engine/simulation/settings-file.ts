// Reads a partial OfficeSettings (JSON) for the simulator, merges it onto the defaults and validates it.
import { DEFAULT_OFFICE_SETTINGS, officeSettingsSchema, type OfficeSettings } from '../../../shared/office-settings'

export class SettingsFileError extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'SettingsFileError'
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * `{"sitLimitMinutes": 30}` is enough: missing fields keep their defaults, and `workHours` merges field
 * by field. Unknown names are refused, since a misspelt setting would otherwise be silently ignored.
 */
export function parseSettingsOverrides(text: string): OfficeSettings {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new SettingsFileError('is not valid JSON')
  }
  if (!isPlainObject(raw)) throw new SettingsFileError('must be a JSON object such as {"sitLimitMinutes": 30}')
  const known = Object.keys(officeSettingsSchema.shape)
  const unknown = Object.keys(raw).filter((k) => !known.includes(k))
  if (unknown.length > 0) {
    throw new SettingsFileError(
      `unknown setting ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${known.join(', ')})`
    )
  }
  const workHours = raw['workHours']
  if (workHours !== undefined && !isPlainObject(workHours)) {
    throw new SettingsFileError('workHours must be an object')
  }
  const merged = {
    ...DEFAULT_OFFICE_SETTINGS,
    ...raw,
    workHours: { ...DEFAULT_OFFICE_SETTINGS.workHours, ...(workHours ?? {}) }
  }
  const parsed = officeSettingsSchema.safeParse(merged)
  if (!parsed.success) {
    throw new SettingsFileError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')
    )
  }
  return parsed.data
}
