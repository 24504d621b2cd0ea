// A versioned JSON document in the user-data folder (settings, home profile), opened so that nothing in
// it is lost: the format version is read, never guessed; the file is copied before any migration or
// repair; a file from a newer Limber is used but never rewritten; keys this Limber does not know
// survive every save; and whatever goes wrong, the app gets a usable document and plain words.
import { statSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { kindOf } from './safe-fs'
import { keepCopy, moveAside } from './unreadable-file'

/** The part of electron-store / conf a document needs. */
export interface DocumentBackend {
  store: Record<string, unknown>
  readonly path: string
}

/**
 * Far above anything Limber writes (a full profile is ~150 KB), yet big enough to rescue the routines of
 * a profile that older builds let grow to 50 MB; a bigger file is set aside unread.
 */
export const DOCUMENT_MAX_BYTES = 64 * 1024 * 1024
/** Unknown keys are kept up to this size, so a planted blob cannot make every save slow. */
export const UNKNOWN_KEYS_MAX_BYTES = 64 * 1024

// ----- The format version -----

export type StatedVersion =
  | { kind: 'number'; version: number }
  | { kind: 'text'; version: number; written: string }
  | { kind: 'missing' }
  | { kind: 'not-understood'; written: string }

/** What the file says its version is; `first` is the oldest version that ever existed. */
export function statedVersion(value: unknown, first: number): StatedVersion {
  if (value === undefined) return { kind: 'missing' }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= first) {
    return { kind: 'number', version: value }
  }
  if (typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value) && Number(value) >= first) {
    return { kind: 'text', version: Number(value), written: value }
  }
  return { kind: 'not-understood', written: shortText(value) }
}

/** The sentence about a version the file did not state as a plain number (null when it did). */
export function versionNote(noun: string, stated: StatedVersion, readAs: number): string | null {
  switch (stated.kind) {
    case 'number':
      return null
    case 'text':
      return `Your ${noun} file gave its format version as text ("${stated.written}") rather than a number; Limber read it as format ${readAs}.`
    case 'missing':
      return `Your ${noun} file did not say which format it is in; from what it holds, Limber read it as format ${readAs}.`
    case 'not-understood':
      return `Your ${noun} file gave a format version Limber does not understand (${stated.written}); from what it holds, Limber read it as format ${readAs}.`
  }
}

function shortText(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = 'a value Limber cannot show'
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

// ----- Keys this Limber does not know -----

/** Top-level keys, and keys inside known sections, that the schema does not name. Written back on save. */
export interface UnknownKeys {
  top: Record<string, unknown>
  inside: Record<string, Record<string, unknown>>
}

export const NO_UNKNOWN_KEYS: UnknownKeys = { top: {}, inside: {} }

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** `sections` maps each known top-level key to its known inner keys (null: a value, not a section). */
export function unknownKeys(
  doc: Record<string, unknown>,
  sections: Record<string, readonly string[] | null>
): UnknownKeys {
  // fromEntries, never `obj[key] =`: a key named __proto__ stays a plain key.
  const top = Object.fromEntries(
    Object.entries(doc).filter(([key]) => key !== 'schemaVersion' && !Object.hasOwn(sections, key))
  )
  const inside: Record<string, Record<string, unknown>> = {}
  for (const [section, known] of Object.entries(sections)) {
    if (!known) continue
    const extra = Object.fromEntries(Object.entries(asRecord(doc[section])).filter(([inner]) => !known.includes(inner)))
    if (Object.keys(extra).length > 0) inside[section] = extra
  }
  return { top, inside }
}

/** The document to write: what Limber knows, with the unknown keys put back around it. */
export function withUnknownKeys(known: Record<string, unknown>, unknown: UnknownKeys): Record<string, unknown> {
  const doc: Record<string, unknown> = { ...unknown.top, ...known }
  for (const [section, extra] of Object.entries(unknown.inside)) {
    doc[section] = { ...extra, ...asRecord(known[section]) }
  }
  return doc
}

/** The size of `value` as JSON, or null when it cannot be written at all (nested too deep). */
export function jsonSize(value: unknown): number | null {
  try {
    return (JSON.stringify(value) ?? '').length
  } catch {
    return null
  }
}

/** The sentence for unknown keys left out because they were too big (or too deep) to keep. */
function unknownKeysDroppedNote(noun: string, size: number | null): string {
  const what = size === null ? 'nested too deeply to save' : `${Math.ceil(size / 1024)} KB, too big to keep`
  return `Your ${noun} file held entries Limber does not know (${what}); they are left out so the file stays small.`
}

/**
 * The keys Limber does not know, kept for the next save unless they are too big or too deep to write
 * back (`measured` is what would be written); then `none`, with a note saying so.
 */
export function keptUnknownKeys<E>(extras: E, measured: unknown, none: E, noun: string, notes: string[]): E {
  const size = jsonSize(measured)
  if (size !== null && size <= UNKNOWN_KEYS_MAX_BYTES) return extras
  notes.push(unknownKeysDroppedNote(noun, size))
  return none
}

// ----- Opening -----

/** What a store makes of the raw file. */
export interface Reading<T, U> {
  value: T
  /** Plain-words notes about anything that was repaired, upgraded or left out. */
  notes: string[]
  /** Set for a file from a newer Limber: it is used but never written, and saves say this. */
  readOnlyReason: string | null
  /** True when the version changed (upgraded, or read from text or a missing version). */
  migrated: boolean
  /** Whatever the store writes back that it does not understand. */
  extras: U
}

export interface DocumentType<T, U> {
  /** "settings", "home profile": used in every sentence. */
  noun: string
  /** What the document is when the file cannot be read at all. */
  fresh: Reading<T, U>
  read(raw: Record<string, unknown>): Reading<T, U>
  toDisk(value: T, extras: U): Record<string, unknown>
  /** The notice when the file could not be read and was moved aside to `keptAt`. */
  unreadable(keptAt: string): string
  /** What "starting fresh" means for this document, for a file that could not even be moved aside. */
  freshMeans: string
}

export interface OpenedDocument<T> {
  value: T
  /** At most one notice per file, in plain words. */
  problems: string[]
  /** Non-null when nothing will be written (a newer file, no copy possible, no file at all). */
  readOnlyReason: string | null
  /** Writes `value`; returns null when saved, or why it was not. */
  save(value: T): string | null
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  return (code ?? message).slice(0, 200)
}

/** True when `bigger` holds every value `smaller` holds, unchanged: a rewrite that only adds loses nothing. */
function holdsAllOf(bigger: unknown, smaller: unknown): boolean {
  if (Array.isArray(smaller)) {
    return (
      Array.isArray(bigger) &&
      bigger.length === smaller.length &&
      smaller.every((item, i) => holdsAllOf(bigger[i], item))
    )
  }
  if (smaller !== null && typeof smaller === 'object') {
    if (bigger === null || typeof bigger !== 'object' || Array.isArray(bigger)) return false
    const big = bigger as Record<string, unknown>
    return Object.entries(smaller).every(([key, value]) => Object.hasOwn(big, key) && holdsAllOf(big[key], value))
  }
  return isDeepStrictEqual(bigger, smaller)
}

/** holdsAllOf, where a file nested too deeply to compare counts as changed (so it is copied first). */
function losesNothing(disk: unknown, raw: unknown): boolean {
  try {
    return holdsAllOf(disk, raw)
  } catch {
    return false
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)))
  } catch {
    return false
  }
}

function sizeOnDisk(filePath: string): number | null {
  try {
    return statSync(filePath).size
  } catch {
    return null
  }
}

/**
 * Opens the document. An unreadable file (not JSON, too big, not a file) is moved aside and Limber
 * starts fresh; a file Limber would change is copied first; if even that fails the document lives in
 * memory only. Never throws.
 */
export function openVersionedDocument<T, U>(
  create: () => DocumentBackend,
  filePath: string,
  now: Date,
  type: DocumentType<T, U>
): OpenedDocument<T> {
  const notes: string[] = []
  const attempt = (): { backend: DocumentBackend; raw: Record<string, unknown>; reading: Reading<T, U> } => {
    // A link is never followed: reading or rewriting through it would touch a file that is not Limber's.
    const kind = kindOf(filePath)
    if (kind === 'link') throw new Error('it is a link, which Limber does not follow')
    if (kind === 'folder' || kind === 'other') throw new Error('it is not a regular file')
    const size = sizeOnDisk(filePath)
    if (size !== null && size > DOCUMENT_MAX_BYTES) {
      throw new Error(`the file is ${Math.round(size / 1024 / 1024)} MB, far more than Limber ever writes`)
    }
    const backend = create()
    // A shallow copy: conf hands back an object without a prototype.
    const raw = { ...backend.store }
    return { backend, raw, reading: type.read(raw) }
  }

  let opened: ReturnType<typeof attempt>
  try {
    opened = attempt()
  } catch (first) {
    let failure = first
    try {
      const aside = moveAside(filePath, now)
      notes.push(type.unreadable(aside))
      failure = null
      opened = attempt()
    } catch (error) {
      const reason = `Limber could not open your ${type.noun} file (${describeError(failure ?? error)}), so it ${type.freshMeans} for now; changes you make last only until Limber closes.`
      return inMemory(type.fresh.value, [...notes, reason].join(' '), reason)
    }
  }

  const { backend, raw, reading } = opened
  notes.push(...reading.notes)
  let readOnlyReason = reading.readOnlyReason
  if (readOnlyReason === null) {
    const disk = type.toDisk(reading.value, reading.extras)
    if (!sameJson(disk, raw)) {
      // Copy first before any migration, and whenever the rewrite would change or drop something.
      if (Object.keys(raw).length > 0 && (reading.migrated || !losesNothing(disk, raw))) {
        try {
          const copy = keepCopy(filePath, reading.migrated ? 'before-migration' : 'before-repair', now)
          if (notes.length === 0) notes.push(`Limber tidied your ${type.noun} file into its current form.`)
          notes.push(`The file as it was is kept at ${copy}.`)
        } catch (error) {
          readOnlyReason = `Limber could not keep a copy of your ${type.noun} file before changing it (${describeError(error)}), so it leaves the file as it is; changes you make now last only until Limber closes.`
          notes.push(readOnlyReason)
        }
      }
      if (readOnlyReason === null) {
        try {
          backend.store = disk
        } catch (error) {
          notes.push(
            `Limber could not save your ${type.noun} file (${describeError(error)}); it will try again when you change something.`
          )
        }
      }
    }
  }

  const fixedReason = readOnlyReason
  return {
    value: reading.value,
    problems: notes.length > 0 ? [notes.join(' ')] : [],
    readOnlyReason: fixedReason,
    save(value: T): string | null {
      if (fixedReason !== null) return fixedReason
      try {
        backend.store = type.toDisk(value, reading.extras)
        return null
      } catch (error) {
        return `Limber could not save your ${type.noun} (${describeError(error)}).`
      }
    }
  }
}

function inMemory<T>(value: T, notice: string, reason: string): OpenedDocument<T> {
  return { value, problems: [notice], readOnlyReason: reason, save: () => reason }
}
