// Reads what the user picked to import: a Limber data folder or backup folder (devices/...), a single
// .jsonl file, or a .json file holding an array of events (what exportRange('json') writes).
// Read only: bad lines are reported, never copied into or out of the source.
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { UpgradeContext } from './event-upgrades'
import {
  fileUnreadableIssue,
  setAsideIssue,
  unfinishedLineIssue,
  unreadableLinesIssue,
  type LoadIssue
} from './load-issues'
import { loadLogFolder, type LoadedLog, type SetAsideRecord } from './log-loader'
import type { KeptCopy } from './quarantine'
import {
  classifyRecord,
  parseSegment,
  type BadRun,
  type LoadedEvent,
  type ParseContext,
  type SetAsideLine
} from './segment-parser'

const READ_ONLY: KeptCopy = { ok: false, reason: 'the import is only read, never changed' }

export function readImportSource(path: string, upgrade: UpgradeContext): LoadedLog {
  let isDirectory: boolean
  try {
    isDirectory = statSync(path).isDirectory()
  } catch (error) {
    return emptyWith([fileUnreadableIssue(path, error)])
  }
  if (isDirectory) return loadLogFolder(path, { upgrade, quarantine: null })
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    return emptyWith([fileUnreadableIssue(path, error)])
  }
  const events: LoadedEvent[] = []
  const ctx: ParseContext = {
    upgrade,
    seen: new Map(),
    seenSetAside: new Set(),
    emit: (event, ms, stored) => events.push({ event, ms, stored })
  }
  const name = basename(path)
  const firstChar = bytes
    .toString('utf8', 0, Math.min(bytes.length, 64))
    .replace(/^\uFEFF/, '')
    .trimStart()[0]
  return firstChar === '['
    ? readJsonArray(path, name, bytes, ctx, events)
    : readJsonLines(path, name, bytes, ctx, events)
}

function emptyWith(issues: LoadIssue[]): LoadedLog {
  return { loaded: [], issues, setAside: [], summary: { filesRead: [], lines: 0, duplicatesDropped: 0, upgraded: 0 } }
}

function readJsonLines(path: string, name: string, bytes: Buffer, ctx: ParseContext, events: LoadedEvent[]): LoadedLog {
  const parsed = parseSegment(bytes, ctx)
  const issues: LoadIssue[] = []
  const middle = parsed.badRuns.filter((r) => !r.unfinished)
  if (middle.length > 0)
    issues.push(
      unreadableLinesIssue(
        path,
        name,
        null,
        middle,
        middle.map(() => READ_ONLY)
      )
    )
  for (const run of parsed.badRuns.filter((r) => r.unfinished)) {
    issues.push(unfinishedLineIssue(path, name, null, run, READ_ONLY))
  }
  return finish(path, name, events, parsed.setAside, issues, parsed.lines, parsed.duplicatesDropped, parsed.upgraded)
}

function readJsonArray(path: string, name: string, bytes: Buffer, ctx: ParseContext, events: LoadedEvent[]): LoadedLog {
  let values: unknown
  try {
    values = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))
  } catch {
    values = null
  }
  if (!Array.isArray(values)) {
    const run: BadRun = { lines: [1], bytes, reasons: ['not a valid JSON array of events'], unfinished: false }
    return emptyWith([unreadableLinesIssue(path, name, null, [run], [READ_ONLY])])
  }
  const setAside: SetAsideLine[] = []
  const badRuns: BadRun[] = []
  let duplicatesDropped = 0
  let upgraded = 0
  values.forEach((value: unknown, index) => {
    const item = index + 1
    const verdict = classifyRecord(value, ctx.upgrade)
    if (verdict.kind === 'bad') {
      badRuns.push({
        lines: [item],
        bytes: Buffer.from(JSON.stringify(value) ?? ''),
        reasons: [verdict.reason],
        unfinished: false
      })
    } else if (verdict.kind === 'set-aside') {
      setAside.push({ line: item, text: JSON.stringify(value), reason: verdict.reason, record: verdict.record })
    } else if (ctx.seen.has(verdict.loaded.event.id)) {
      duplicatesDropped++
    } else {
      ctx.seen.set(verdict.loaded.event.id, verdict.loaded.event)
      events.push(verdict.loaded)
      if (verdict.upgraded) upgraded++
    }
  })
  const issues =
    badRuns.length > 0
      ? [
          unreadableLinesIssue(
            path,
            name,
            null,
            badRuns,
            badRuns.map(() => READ_ONLY)
          )
        ]
      : []
  return finish(path, name, events, setAside, issues, values.length, duplicatesDropped, upgraded)
}

function finish(
  path: string,
  name: string,
  events: LoadedEvent[],
  setAsideLines: readonly SetAsideLine[],
  issues: LoadIssue[],
  lines: number,
  duplicatesDropped: number,
  upgraded: number
): LoadedLog {
  const setAside: SetAsideRecord[] = setAsideLines.map((l) => ({
    file: path,
    line: l.line,
    reason: l.reason,
    record: l.record
  }))
  for (const reason of ['newer-version', 'unknown-type'] as const) {
    const kept = setAsideLines.filter((l) => l.reason === reason)
    if (kept.length > 0) issues.push(setAsideIssue(path, name, null, reason, kept, READ_ONLY))
  }
  events.sort((a, b) => a.ms - b.ms)
  return { loaded: events, issues, setAside, summary: { filesRead: [path], lines, duplicatesDropped, upgraded } }
}
