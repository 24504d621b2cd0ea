// Backing up a data folder a sync peer planted links in: only real files are copied, each once, and
// what was skipped is named; a private file behind a link never reaches the backup.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_MANIFEST, ProgressLog } from '../../../../../src/main/storage/progress-log'
import {
  COPY_LIMITS,
  copyFolderVerified,
  describeSkipped
} from '../../../../../src/main/storage/progress-log/verified-copy'
import { anyFileHolds, plantSecret, tree } from './hostile-folder'
import { jsonl, makeTempDir, removeTempDir, walk, writeSegment } from './log-fixtures'

let root: string
let dataDir: string
let secret: ReturnType<typeof plantSecret>
beforeEach(async () => {
  root = await makeTempDir()
  dataDir = join(root, 'data')
  secret = plantSecret(root)
  writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl([walk('2026-03-10T10:00:00+01:00')]))
  mkdirSync(join(dataDir, 'devices', 'peer'))
  symlinkSync(secret.path, join(dataDir, 'devices', 'peer', '2026-03.jsonl'))
  // Loops: each would copy the folder again inside itself, 40 times or exponentially, if followed.
  symlinkSync('..', join(dataDir, 'devices', 'loop'))
  symlinkSync('../..', join(dataDir, 'devices', 'home', 'up'))
  symlinkSync(join(root, 'home-of-user'), join(dataDir, 'quarantine'))
})
afterEach(async () => {
  await removeTempDir(root)
})

const clock = (): Date => new Date('2026-03-20T12:00:00Z')

describe('backing up a data folder with planted links', () => {
  it('copies each real file once, lists only those in the manifest, and carries no byte of the linked file', () => {
    const backup = ProgressLog.open({ dataDir, deviceId: 'home', now: clock }).backupTo(join(root, 'backups'))

    expect(Object.keys(tree(backup.path))).toEqual(['devices/home/2026-03.jsonl', BACKUP_MANIFEST])
    const manifest = JSON.parse(readFileSync(join(backup.path, BACKUP_MANIFEST), 'utf8')) as {
      files: { path: string }[]
    }
    expect(manifest.files.map((f) => f.path)).toEqual(['devices/home/2026-03.jsonl'])
    expect(anyFileHolds(join(root, 'backups'), secret.bytes)).toEqual([])
  })

  it('names everything it skipped, in one sentence', () => {
    const copy = copyFolderVerified(dataDir, join(root, 'copy'), ['devices', 'quarantine'], 'stamp')

    expect(copy.files.map((f) => f.targetPath)).toEqual(['devices/home/2026-03.jsonl'])
    expect(describeSkipped(copy.skipped)).toBe(
      'Not copied: quarantine, devices/loop, devices/home/up and 1 more are links ' +
        '(Limber never follows a link in its data folder, so whatever they point to stays private).'
    )
    expect(copy.skipped.map((s) => s.relativePath)).toEqual([
      'quarantine',
      'devices/loop',
      'devices/home/up',
      'devices/peer/2026-03.jsonl'
    ])
  })
})

describe('bounds on what one copy walks and reads', () => {
  it('skips a file larger than the bound and a tree nested deeper than Limber makes, and copies the rest', () => {
    writeFileSync(join(dataDir, 'devices', 'home', '2026-02.jsonl'), Buffer.alloc(5000, 0x20))
    let deep = join(dataDir, 'devices', 'deep')
    for (let i = 0; i < 12; i++) deep = join(deep, `level-${i}`)
    mkdirSync(deep, { recursive: true })
    writeFileSync(join(deep, '2026-01.jsonl'), 'x')

    const copy = copyFolderVerified(dataDir, join(root, 'copy'), ['devices'], 'stamp', {
      limits: { ...COPY_LIMITS, maxFileBytes: 4096 }
    })

    expect(copy.files.map((f) => f.targetPath)).toEqual(['devices/home/2026-03.jsonl'])
    expect(copy.skipped.filter((s) => s.why !== 'link')).toEqual([
      { relativePath: 'devices/deep/level-0/level-1/level-2/level-3/level-4/level-5/level-6/level-7', why: 'too-deep' },
      { relativePath: 'devices/home/2026-02.jsonl', why: 'too-large' }
    ])
    expect(Object.keys(tree(join(root, 'copy')))).toEqual(['devices/home/2026-03.jsonl'])
  })
})
