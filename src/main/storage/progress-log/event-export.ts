// Turns events into text a person or another program can read: CSV for a spreadsheet or a
// physiotherapist, JSON (an array of events) that importFrom reads back.
import type { ProgressEvent } from '../../../shared/progress-events'

export type ExportFormat = 'csv' | 'json'

const CSV_COLUMNS = ['time', 'type', 'id', 'details'] as const
/** The first line of every CSV export, which import recognises to say a CSV cannot be imported. */
export const CSV_HEADER = CSV_COLUMNS.join(',')

// RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function details(event: ProgressEvent): string {
  const { v: _v, id: _id, t: _t, type: _type, ...rest } = event
  return JSON.stringify(rest)
}

export function eventsToCsv(events: readonly ProgressEvent[]): string {
  const rows = events.map((e) => [e.t, e.type, e.id, details(e)].map(csvCell).join(','))
  return [CSV_HEADER, ...rows].join('\r\n') + '\r\n'
}

export function eventsToJson(events: readonly ProgressEvent[]): string {
  if (events.length === 0) return '[]\n'
  return `[\n${events.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`
}

export function formatEvents(events: readonly ProgressEvent[], format: ExportFormat): string {
  return format === 'csv' ? eventsToCsv(events) : eventsToJson(events)
}
