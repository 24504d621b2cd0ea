// Messages from main that the user must see once (a settings file repaired, log lines set aside).
import { limber } from '../api'
import { useLiveValue } from '../hooks/use-channel'

export function NoticeBar() {
  const notices = useLiveValue('app:get-notices', 'app:notices')
  if (!notices || notices.length === 0) return null
  return (
    <section className="notices" aria-label="Messages">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`} role="status">
          <p>{notice.message}</p>
          <button type="button" onClick={() => void limber().invoke('app:dismiss-notice', { id: notice.id })}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  )
}
