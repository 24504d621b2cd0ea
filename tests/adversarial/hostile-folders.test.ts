// A corpus of hostile data folders, as a sync peer, a bad disk or an old Limber could leave them.
// For each: the built main process starts with its tray and window and no uncaught error, keeps
// working (a walk is logged, Progress figures load), loses no valid record, and never copies or
// writes a byte of a file outside its folders (a planted "secret" is looked for everywhere after).
import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ProgressLog } from '../../src/main/storage/progress-log/progress-log'
import { standin } from '../support/electron-standin'
import { bundleMissing, startMain } from '../support/main-harness'

const missing = bundleMissing()
const START = '2026-03-02T09:00:00+01:00'
const THIS_DEVICE = 'this-computer'

interface Folder {
  appData: string
  userData: string
  dataDir: string
  /** A folder outside Limber's, holding the secret. */
  outside: string
  secretFile: string
  secretMarker: string
  device(id: string): string
  write(relativeToDataDir: string, content: string | Buffer): string
}

interface HostileCase {
  name: string
  build(folder: Folder): void
  /** False where the case leaves no readable data folder to hold the valid records. */
  keepsValidRecords?: boolean
  /** True where no data folder can take a new entry: Limber must then say so, not pretend. */
  readOnlyLog?: boolean
  /** What the user must be told in the window's notices. */
  tells?: RegExp
  /** Ids of the case's own lines that must load, and ones that must not count. */
  loads?: string[]
  refuses?: string[]
}

/** Objects nested `depth` deep: what overflowed the stack in a recursive validator. */
function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
}

const validLine = (id: string, day = '2026-02-10') =>
  JSON.stringify({ v: 2, id, t: `${day}T10:00:00.000+01:00`, type: 'walk', minutes: 20 })

const CASES: HostileCase[] = [
  // ----- One line or one file that used to stop start-up (issue 11, found 1) -----
  {
    name: 'a settings-changed event nested 1,500 levels deep (9 KB)',
    build: (f) =>
      f.write(
        'devices/peer/2026-02.jsonl',
        `{"v":2,"id":"deep","t":"2026-02-11T10:00:00.000+01:00","type":"settings-changed","changes":${nested(1_500)}}\n`
      )
  },
  {
    name: 'a month file over 512 MiB (sparse)',
    build: (f) => {
      const path = f.write('devices/peer/2026-01.jsonl', `${validLine('before-huge', '2026-01-05')}\n`)
      truncateSync(path, 520 * 1024 * 1024)
    },
    loads: ['before-huge']
  },
  {
    name: 'progress/ is a regular file',
    build: (f) => {
      rmSync(f.dataDir, { recursive: true })
      writeFileSync(f.dataDir, 'not a folder')
    },
    // The log opens read-only: nothing new can be saved there, and the user is told so.
    keepsValidRecords: false,
    readOnlyLog: true,
    tells: /read-only/
  },
  ...['.', '..', '.x', '-x', '_x', ''].map((id) => ({
    name: `a device-id of "${id}"`,
    build: (f: Folder) => writeFileSync(join(f.userData, 'device-id'), id)
  })),
  {
    name: 'a device-id that is a folder',
    build: (f) => {
      rmSync(join(f.userData, 'device-id'))
      mkdirSync(join(f.userData, 'device-id'))
    }
  },
  { name: 'a device-id of 10 MB', build: (f) => writeFileSync(join(f.userData, 'device-id'), 'x'.repeat(10_000_000)) },
  // ----- Links planted by a sync peer (found 2) -----
  {
    name: "a peer's month file linked to a private key",
    build: (f) => link(f.secretFile, f.device('peer'), '2026-03.jsonl')
  },
  {
    name: "this computer's own month file replaced by a link",
    build: (f) => link(f.secretFile, f.device(THIS_DEVICE), '2026-03.jsonl')
  },
  { name: 'a device folder linked outside', build: (f) => link(f.outside, join(f.dataDir, 'devices'), 'outsider') },
  { name: 'a folder link loop devices/loop -> ..', build: (f) => link('..', join(f.dataDir, 'devices'), 'loop') },
  { name: 'quarantine/ linked outside', build: (f) => link(f.outside, f.dataDir, 'quarantine') },
  {
    name: 'quarantine/ linked outside, with a bad line to quarantine',
    build: (f) => {
      link(f.outside, f.dataDir, 'quarantine')
      f.write('devices/peer/2026-02.jsonl', 'garbage that must be quarantined\n')
    }
  },
  {
    name: 'devices/ itself linked outside',
    build: (f) => link(f.outside, f.dataDir, 'devices'),
    keepsValidRecords: false
  },
  { name: 'a month file that is a FIFO', build: (f) => fifo(join(f.device('peer'), '2026-02.jsonl')) },
  // ----- Settings and profile (found 4, 5) -----
  {
    name: 'settings with schemaVersion "3"',
    build: (f) => settings(f, { schemaVersion: '3', office: { sitLimitMinutes: 40 } })
  },
  { name: 'settings with no schemaVersion', build: (f) => settings(f, { office: { sitLimitMinutes: 40 } }) },
  {
    name: 'settings from a newer Limber',
    build: (f) => settings(f, { schemaVersion: 99, office: { sitLimitMinutes: 40 }, futureFeature: { on: true } })
  },
  {
    name: 'settings.json of binary garbage',
    build: (f) => writeFileSync(join(f.userData, 'settings.json'), Buffer.from([0, 255, 254, 1, 2]))
  },
  {
    name: 'settings.json nested 100,000 deep',
    build: (f) => writeFileSync(join(f.userData, 'settings.json'), nested(100_000))
  },
  {
    name: 'settings.json is a folder',
    build: (f) => mkdirSync(join(f.userData, 'settings.json')),
    tells: /settings/
  },
  { name: 'settings.json linked to the secret', build: (f) => link(f.secretFile, f.userData, 'settings.json') },
  {
    name: 'settings pointing the data folder at a file',
    build: (f) => settings(f, { schemaVersion: 3, storage: { dataDir: f.secretFile } }),
    keepsValidRecords: false,
    readOnlyLog: true
  },
  {
    name: 'settings pointing the data folder nowhere',
    build: (f) => settings(f, { schemaVersion: 3, storage: { dataDir: join(f.appData, 'gone', 'x') } }),
    keepsValidRecords: false
  },
  { name: 'profile.json of garbage', build: (f) => writeFileSync(join(f.userData, 'profile.json'), '{"routines": [') },
  {
    name: 'profile.json with routines whose ids are 1 MB',
    build: (f) =>
      writeFileSync(
        join(f.userData, 'profile.json'),
        JSON.stringify({
          schemaVersion: 1,
          routines: Array.from({ length: 5 }, (_, i) => ({
            id: `${i}${'r'.repeat(1_000_000)}`,
            name: 'Mine',
            exercises: []
          }))
        })
      )
  },
  { name: 'profile.json is a folder', build: (f) => mkdirSync(join(f.userData, 'profile.json')) },
  // ----- Other inputs (found 5) and the first corruption corpus -----
  {
    name: 'an event dated 9999',
    build: (f) => f.write('devices/peer/2026-02.jsonl', `${validLine('far-future', '9999-12-31')}\n`),
    refuses: ['far-future']
  },
  {
    name: 'an event dated 1970',
    build: (f) => f.write('devices/peer/2026-02.jsonl', `${validLine('long-ago', '1970-01-01')}\n`),
    refuses: ['long-ago']
  },
  {
    name: 'CR-only line endings',
    build: (f) =>
      f.write('devices/peer/2026-02.jsonl', `${validLine('cr-1', '2026-02-12')}\r${validLine('cr-2', '2026-02-13')}\r`),
    loads: ['cr-1', 'cr-2']
  },
  {
    name: 'CRLF line endings',
    build: (f) =>
      f.write(
        'devices/peer/2026-02.jsonl',
        `${validLine('crlf-1', '2026-02-12')}\r\n${validLine('crlf-2', '2026-02-13')}\r\n`
      ),
    loads: ['crlf-1', 'crlf-2']
  },
  {
    name: 'a byte-order mark',
    build: (f) => f.write('devices/peer/2026-02.jsonl', `\ufeff${validLine('bom', '2026-02-12')}\n`),
    loads: ['bom']
  },
  {
    name: 'NUL bytes at the end',
    build: (f) =>
      f.write(
        'devices/peer/2026-02.jsonl',
        Buffer.concat([Buffer.from(`${validLine('nul', '2026-02-12')}\n`), Buffer.alloc(4096)])
      ),
    loads: ['nul']
  },
  {
    name: 'a truncated last line',
    build: (f) =>
      f.write('devices/peer/2026-02.jsonl', `${validLine('whole', '2026-02-12')}\n{"v":2,"id":"torn","t":"2026-0`),
    loads: ['whole'],
    refuses: ['torn']
  },
  {
    name: 'invalid UTF-8',
    build: (f) => f.write('devices/peer/2026-02.jsonl', Buffer.from([0xc3, 0x28, 0x0a, 0xff, 0xfe, 0x0a]))
  },
  {
    name: 'arrays, nulls and numbers instead of events',
    build: (f) => f.write('devices/peer/2026-02.jsonl', '[1,2]\nnull\n42\n"text"\n')
  },
  {
    name: 'an unknown event type and a future version',
    build: (f) =>
      f.write(
        'devices/peer/2026-02.jsonl',
        '{"v":2,"id":"u","t":"2026-02-12T10:00:00.000+01:00","type":"teleport"}\n{"v":99,"id":"f","t":"2026-02-12T10:00:00.000+01:00","type":"walk","minutes":5}\n'
      )
  },
  {
    name: 'a 5 MB line',
    build: (f) =>
      f.write(
        'devices/peer/2026-02.jsonl',
        `{"v":2,"id":"big","t":"2026-02-12T10:00:00.000+01:00","type":"walk","minutes":5,"note":"${'x'.repeat(5_000_000)}"}\n`
      ),
    refuses: ['big']
  },
  {
    name: 'an empty month file and a whitespace one',
    build: (f) => {
      f.write('devices/peer/2026-01.jsonl', '')
      f.write('devices/peer/2026-02.jsonl', '\n\n   \n')
    }
  },
  {
    name: 'duplicate ids with different content',
    build: (f) =>
      f.write('devices/peer/2026-02.jsonl', `${validLine('valid-0')}\n${validLine('valid-0', '2026-02-11')}\n`)
  },
  {
    name: 'strange file names in a device folder',
    build: (f) => {
      f.write('devices/peer/2026-13.jsonl', 'x\n')
      f.write('devices/peer/notes.txt', 'x')
      f.write('devices/peer/.hidden.jsonl', 'x\n')
    }
  },
  { name: 'a device folder that is a file', build: (f) => f.write('devices/not-a-folder', 'x') },
  {
    name: 'a corrupt sync-tool conflict copy',
    build: (f) => f.write('devices/peer/2026-02 (conflicted copy).jsonl', '{"v":2,"id"\n\u0000\u0000')
  },
  { name: 'quarantine/ is a file', build: (f) => f.write('quarantine', 'not a folder') },
  {
    name: 'a thousand device folders',
    build: (f) => {
      for (let i = 0; i < 1000; i++) mkdirSync(f.device(`peer-${i}`), { recursive: true })
    }
  }
]

function link(target: string, dir: string, name: string): void {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  rmSync(path, { recursive: true, force: true })
  symlinkSync(target, path)
}

function fifo(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true })
  execFileSync('mkfifo', [path])
}

function settings(f: Folder, doc: Record<string, unknown>): void {
  writeFileSync(join(f.userData, 'settings.json'), JSON.stringify(doc))
}

/** Every regular file under `dir`, never following a link. */
function regularFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (path: string) => {
    let stat
    try {
      stat = lstatSync(path)
    } catch {
      return
    }
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name))
    else if (stat.isFile()) out.push(path)
  }
  walk(dir)
  return out
}

function containsMarker(path: string, marker: string): boolean {
  // Sparse giants are read in pieces; the marker is short.
  if (statSync(path).size > 64 * 1024 * 1024) return false
  return readFileSync(path).includes(marker)
}

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function prepare(): { folder: Folder; validIds: string[] } {
  const appData = mkdtempSync(join(tmpdir(), 'limber-hostile-'))
  const outside = mkdtempSync(join(tmpdir(), 'limber-outside-'))
  made.push(appData, outside)
  const userData = join(appData, 'Limber')
  const dataDir = join(userData, 'progress')
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(join(userData, 'device-id'), THIS_DEVICE)
  const secretMarker = `PRIVATE-KEY-${Math.random().toString(36).slice(2)}`
  const secretFile = join(outside, 'id_rsa')
  writeFileSync(secretFile, `-----BEGIN KEY-----\n${secretMarker}\n-----END KEY-----\n`)
  const folder: Folder = {
    appData,
    userData,
    dataDir,
    outside,
    secretFile,
    secretMarker,
    device: (id) => join(dataDir, 'devices', id),
    write: (relative, content) => {
      const path = join(dataDir, relative)
      mkdirSync(join(path, '..'), { recursive: true })
      appendFileSync(path, content)
      return path
    }
  }
  // Valid records from another computer, in a file no case touches.
  const peer = ProgressLog.open({ dataDir, deviceId: 'peer-ok', now: () => new Date('2026-02-20T10:00:00+01:00') })
  const validIds = Array.from({ length: 5 }, (_, i) => peer.append({ type: 'walk', minutes: 10 + i }).id)
  return { folder, validIds }
}

describe.skipIf(missing !== null)(
  `hostile data folders (${CASES.length})${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    it('has at least 40 cases', () => {
      expect(CASES.length).toBeGreaterThanOrEqual(40)
    })

    it.each(CASES.map((c) => [c.name, c] as const))(
      '%s: starts, keeps working, loses nothing, leaks nothing',
      async (_name, hostile) => {
        const { folder, validIds } = prepare()
        hostile.build(folder)
        const secretBefore = readFileSync(folder.secretFile)
        const app = await startMain({ appData: folder.appData, start: START })
        try {
          expect(app.tray().tooltip).toMatch(/^Limber: /)
          const main = app.window('main')
          expect(main?.visible).toBe(true)
          // Still works: a walk is logged somewhere and the figures load.
          const walk = await app.invoke(main!, 'progress:log-walk', { minutes: 15 })
          if (hostile.readOnlyLog)
            expect(walk).toMatchObject({ ok: false, error: { message: expect.stringMatching(/\w/) } })
          else expect(walk).toMatchObject({ ok: true })
          expect(await app.invoke(main!, 'progress:figures', { range: 'all' })).toMatchObject({ ok: true })
          expect(await app.invoke(main!, 'settings:get')).toMatchObject({ ok: true })
          if (hostile.keepsValidRecords !== false) {
            // The user's own data folder stays in use: a bad file in it is set aside, not the whole log.
            expect(await app.invoke(main!, 'app:get-info')).toMatchObject({ value: { dataDir: folder.dataDir } })
          }
          expect(app.errors).toEqual([])
          expect(standin.errorBoxes).toEqual([])
        } finally {
          await app.stop()
        }
        // No byte of the secret was copied anywhere Limber writes, and the secret itself is untouched.
        const leaked = regularFiles(folder.appData).filter((path) => containsMarker(path, folder.secretMarker))
        expect(leaked).toEqual([])
        expect(readFileSync(folder.secretFile)).toEqual(secretBefore)
        expect(readdirSync(folder.outside).sort()).toEqual(['id_rsa'])
        // No valid record lost.
        if (hostile.keepsValidRecords !== false && existsSync(join(folder.dataDir, 'devices', 'peer-ok'))) {
          const reread = ProgressLog.open({ dataDir: folder.dataDir, deviceId: 'reader' }).readAll()
          const ids = new Set(reread.events.map((e) => e.id))
          expect(validIds.filter((id) => !ids.has(id))).toEqual([])
          // The case's own good lines load; its bad ones (out of bounds, too long, cut short) do not count.
          expect((hostile.loads ?? []).filter((id) => !ids.has(id))).toEqual([])
          expect((hostile.refuses ?? []).filter((id) => ids.has(id))).toEqual([])
        }
      }
    )
  }
)
