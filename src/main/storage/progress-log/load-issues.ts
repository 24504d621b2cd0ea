// What went wrong while loading, in words a person can act on: what happened, what was kept safe,
// and that everything else loaded. One issue per file and kind of problem.
import { RefusedPath, kindOf } from '../safe-fs'
import type { KeptCopy } from './quarantine'
import type { StrayReason } from './segment-files'
import type { BadRun, SetAsideLine } from './segment-parser'

export type LoadIssueKind =
  | 'unreadable-lines'
  | 'unfinished-line'
  | 'newer-version'
  | 'unknown-type'
  | 'file-unreadable'
  | 'stray-file'
  | 'data-folder-missing'
  | 'data-folder-unusable'
  | 'link-skipped'

export interface LoadIssue {
  readonly kind: LoadIssueKind
  /** 'warning': something could not be shown; 'info': nothing is missing, but the user may want to know. */
  readonly severity: 'warning' | 'info'
  /** The file or folder concerned, relative to the data folder (or absolute when outside it). */
  readonly file: string
  /** Line numbers (from 1) concerned, if any. */
  readonly lines: readonly number[]
  /** Where copies of those lines are kept, relative to the data folder. */
  readonly keptIn: readonly string[]
  /** False when the same problem was already found (and its copy made) by an earlier load. */
  readonly isNew: boolean
  readonly message: string
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function fileLabel(fileName: string, deviceId: string | null): string {
  return deviceId === null ? fileName : `${fileName} (from ${deviceId})`
}

interface CopiesSummary {
  readonly keptIn: string[]
  /** Where the copies are, for a sentence: one path, or "N files in <folder>". */
  readonly where: string | null
  /** Why a copy could not be made, if one could not. */
  readonly failure: string | null
  readonly isNew: boolean
}

function summarize(copies: readonly KeptCopy[]): CopiesSummary {
  const keptIn = copies.flatMap((c) => (c.ok ? [c.relativePath] : []))
  const failure = copies.flatMap((c) => (c.ok ? [] : [c.reason]))[0] ?? null
  const folder = keptIn[0]?.replace(/\/[^/]*$/, '') ?? ''
  const where =
    keptIn.length === 0 ? null : keptIn.length === 1 ? (keptIn[0] ?? null) : `${keptIn.length} files in ${folder}`
  return { keptIn, where, failure, isNew: copies.some((c) => !c.ok || c.isNew) }
}

export function unreadableLinesIssue(
  relativePath: string,
  fileName: string,
  deviceId: string | null,
  runs: readonly BadRun[],
  copies: readonly KeptCopy[]
): LoadIssue {
  const lines = runs.flatMap((r) => r.lines)
  const reasons = [...new Set(runs.flatMap((r) => r.reasons))].join('; ')
  const copiesSummary = summarize(copies)
  const subject = `${count(lines.length, 'line', 'lines')} in ${fileLabel(fileName, deviceId)} could not be read (${reasons})`
  const kept =
    copiesSummary.where !== null && copiesSummary.failure === null
      ? `${lines.length === 1 ? 'it is' : 'they are'} kept in ${copiesSummary.where}`
      : `they could not be copied aside (${copiesSummary.failure ?? 'no copy made'}), so ${fileName} is left exactly as it was and still holds them`
  return {
    kind: 'unreadable-lines',
    severity: 'warning',
    file: relativePath,
    lines,
    keptIn: copiesSummary.keptIn,
    isNew: copiesSummary.isNew,
    message: `${subject}; ${kept}; everything else loaded.`
  }
}

export function unfinishedLineIssue(
  relativePath: string,
  fileName: string,
  deviceId: string | null,
  run: BadRun,
  copy: KeptCopy
): LoadIssue {
  const copiesSummary = summarize([copy])
  const kept =
    copiesSummary.where !== null
      ? `It is kept in ${copiesSummary.where}`
      : `It could not be copied aside (${copiesSummary.failure ?? 'no copy made'}), so ${fileName} is left exactly as it was`
  return {
    kind: 'unfinished-line',
    severity: 'warning',
    file: relativePath,
    lines: run.lines,
    keptIn: copiesSummary.keptIn,
    isNew: copiesSummary.isNew,
    message:
      `The last line of ${fileLabel(fileName, deviceId)} is incomplete: Limber may have stopped while writing it, ` +
      `or the file is still being synced. ${kept}; everything else loaded.`
  }
}

export function setAsideIssue(
  relativePath: string,
  fileName: string,
  deviceId: string | null,
  reason: SetAsideLine['reason'],
  lines: readonly SetAsideLine[],
  copy: KeptCopy
): LoadIssue {
  const copiesSummary = summarize([copy])
  const types = [...new Set(lines.map((l) => String(l.record.type)))].map((t) => `"${t}"`).join(', ')
  const one = lines.length === 1
  const why =
    reason === 'newer-version'
      ? `${one ? 'was' : 'were'} written by a newer version of Limber`
      : `${one ? 'is' : 'are'} of a kind this version of Limber does not know (${types})`
  const kept =
    copiesSummary.where !== null ? `unchanged, with a copy in ${copiesSummary.where},` : `unchanged in ${fileName}`
  return {
    kind: reason,
    severity: 'info',
    file: relativePath,
    lines: lines.map((l) => l.line),
    keptIn: copiesSummary.keptIn,
    isNew: copiesSummary.isNew,
    message:
      `${count(lines.length, 'entry', 'entries')} in ${fileLabel(fileName, deviceId)} ${why}. ` +
      `${one ? 'It is' : 'They are'} kept ${kept} and will show once this computer runs the newer version.`
  }
}

export function fileUnreadableIssue(relativePath: string, error: unknown): LoadIssue {
  return {
    kind: 'file-unreadable',
    severity: 'warning',
    file: relativePath,
    lines: [],
    keptIn: [],
    isNew: true,
    message: `${relativePath} could not be opened (${describeReadError(error)}). Nothing in it was changed; everything else loaded.`
  }
}

export function strayFileIssue(relativePath: string, reason: StrayReason): LoadIssue {
  const what =
    reason === 'not-a-folder'
      ? 'is a file where a folder was expected'
      : reason === 'not-a-device-folder'
        ? 'is not named like a Limber device folder'
        : 'is not a Limber log file'
  return {
    kind: 'stray-file',
    severity: 'info',
    file: relativePath,
    lines: [],
    keptIn: [],
    isNew: false,
    message: `${relativePath} ${what}; it was left alone and not read.`
  }
}

export function dataFolderMissingIssue(dataDir: string): LoadIssue {
  return {
    kind: 'data-folder-missing',
    severity: 'info',
    file: dataDir,
    lines: [],
    keptIn: [],
    isNew: true,
    message:
      `The data folder ${dataDir} was not found, so there is no progress to show. If it is on a removable or ` +
      'synced drive, connect that drive; otherwise Limber creates the folder when it next saves something.'
  }
}

export function linkSkippedIssue(relativePath: string, isNew: boolean): LoadIssue {
  return {
    kind: 'link-skipped',
    severity: 'warning',
    file: relativePath,
    lines: [],
    keptIn: [],
    isNew,
    message:
      `${relativePath} is a link to somewhere else, not a file or folder of Limber's own; a sync tool or another ` +
      'program may have put it there. Limber does not follow links in its data folder, so nothing it points to ' +
      'was read, copied or changed. Remove the link if you did not make it; everything else loaded.'
  }
}

export function dataFolderUnusableIssue(dataDir: string): LoadIssue {
  return {
    kind: 'data-folder-unusable',
    severity: 'warning',
    file: dataDir,
    lines: [],
    keptIn: [],
    isNew: true,
    message:
      `The data folder ${dataDir} is a file, not a folder, so there is no progress to show and nothing can be ` +
      'saved there. It was left exactly as it was. Choose another data folder in Settings, or move that file away ' +
      'and restart Limber.'
  }
}

function describeReadError(error: unknown): string {
  if (error instanceof RefusedPath) {
    if (error.why === 'link') return 'it is a link, and Limber does not follow links in its data folder'
    if (error.why === 'outside') return 'it leads outside the data folder'
    return kindOf(error.path) === 'folder' ? 'it is a folder, not a file' : 'it is not a regular file'
  }
  if (error instanceof RangeError) return 'it is too large to read'
  if (error instanceof Error && 'code' in error) {
    switch (error.code) {
      case 'EISDIR':
        return 'it is a folder, not a file'
      case 'EACCES':
      case 'EPERM':
        return 'permission was denied'
      case 'ENOENT':
        return 'it is not there; a sync tool may have moved it'
      case 'EIO':
        return 'the disk reported a read error'
      default:
        return String(error.code)
    }
  }
  return error instanceof Error ? error.message : String(error)
}
