// The office settings' problems, by the field they belong to, so each message can sit at its field. Pure.
import { officeSettingsSchema, type OfficeSettings } from '@shared/office-settings'

/** Problems by field key ("snoozeMinutes", "days", "range-1-start"), first one per field, in form order. */
export function settingsFieldErrors(office: OfficeSettings): Map<string, string> {
  const found = new Map<string, string>()
  const parsed = officeSettingsSchema.safeParse(office)
  if (parsed.success) return found
  for (const issue of parsed.error.issues) {
    const [first, second, index, part] = issue.path
    let key = String(first)
    // The automatic hold's fields sit in their own section: keyed by the field ("capMinutes").
    if (first === 'desktopSignals') key = String(second)
    else if (first === 'workHours')
      key =
        second === 'ranges' && typeof index === 'number' ? `range-${index}-${String(part ?? 'start')}` : String(second)
    if (!found.has(key)) found.set(key, issue.message)
  }
  return found
}
