// Settings for the progress log's data folder: where it is, moving it (copy, check, then switch),
// a backup to a folder of the user's choice, and importing a backup or export (merged by id).
import { useEffect, useState } from 'react'
import type { DataFolder } from '@shared/progress-channels'
import { limber } from '../api'
import { ActionOutcome } from './FormMessages'

export function DataFolderSettings() {
  const [folder, setFolder] = useState<DataFolder | null>(null)
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  // What is being done, said while it runs (years of entries take a second or two).
  const [busy, setBusy] = useState<string | null>(null)

  useEffect(() => {
    limber()
      .invoke('progress:data-folder')
      .then(setFolder, () => setFolder(null))
  }, [])

  const run = async (doing: string, work: () => Promise<{ message: string; failed: boolean } | null>) => {
    setBusy(doing)
    setMessage('')
    setError('')
    try {
      const outcome = await work()
      if (outcome === null) setMessage('Nothing changed.')
      else if (outcome.failed) setError(outcome.message)
      else setMessage(outcome.message)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(null)
    }
  }

  const move = (to: 'choose' | 'default') =>
    run('Moving your progress log: every file is copied and checked…', async () => {
      const result = await limber().invoke('progress:move-data-folder', { to })
      if (result.outcome === 'cancelled') return null
      if (result.outcome === 'moved') setFolder(result.folder)
      return { message: result.message, failed: result.outcome === 'failed' }
    })
  const backup = () =>
    run('Backing up: every file is copied and checked…', async () => {
      const result = await limber().invoke('progress:backup')
      return result.outcome === 'cancelled' ? null : { message: result.message, failed: result.outcome === 'failed' }
    })
  const importFrom = (from: 'folder' | 'file') =>
    run('Importing: every entry is checked before it is added…', async () => {
      const result = await limber().invoke('progress:import', { from })
      return result.outcome === 'cancelled' ? null : { message: result.message, failed: result.outcome === 'failed' }
    })

  return (
    <section className="card" aria-labelledby="data-folder-title">
      <h2 id="data-folder-title">Data folder</h2>
      <p>
        Your progress log is stored on this computer only
        {folder ? (
          <>
            , in <code>{folder.path}</code>
            {folder.isDefault ? ' (the default folder).' : '.'}
          </>
        ) : (
          '.'
        )}
      </p>
      <p className="hint">
        To share one log between two computers, choose the same synced folder (Syncthing, Dropbox, OneDrive) on both.
        Moving copies every file, checks each copy, then switches; the old folder is kept as a backup.
      </p>
      <div className="button-row">
        <button type="button" disabled={busy !== null} onClick={() => void move('choose')}>
          Move to another folder…
        </button>
        {folder && !folder.isDefault && (
          <button type="button" disabled={busy !== null} onClick={() => void move('default')}>
            Move back to the default folder
          </button>
        )}
        <button type="button" disabled={busy !== null} onClick={() => void backup()}>
          Back up to a folder…
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void importFrom('folder')}>
          Import a backup folder…
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void importFrom('file')}>
          Import an exported file…
        </button>
      </div>
      <ActionOutcome busyText={busy} message={message} error={error} />
    </section>
  )
}
