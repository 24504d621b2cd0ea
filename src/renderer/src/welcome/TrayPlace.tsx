// Where Limber's tray icon is on this computer: the menu bar, the notification area or the top panel.
import { useEffect, useState } from 'react'
import { limber } from '../api'

function whereText(platform: string): string {
  if (platform === 'darwin') return 'in the menu bar at the top right of your screen'
  if (platform === 'win32')
    return 'in the notification area at the bottom right, next to the clock (it may be under the small ^ arrow)'
  return 'in the top bar or panel of your desktop, with the other status icons'
}

export function TrayPlace() {
  const [platform, setPlatform] = useState<string | null>(null)
  useEffect(() => {
    void limber()
      .invoke('app:get-info')
      .then((info) => setPlatform(info.platform))
  }, [])
  return (
    <div className="tray-place">
      <svg className="tray-icon-sample" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true">
        <circle cx="12" cy="12" r="9" fill="none" strokeWidth="3" className="ring-track" />
        <path d="M12 3 a9 9 0 0 1 9 9" fill="none" strokeWidth="3" strokeLinecap="round" className="ring-fill" />
      </svg>
      <p>
        <strong>Limber lives in the tray.</strong> Look for its ring {platform ? whereText(platform) : 'near the clock'}
        . The ring fills as you sit. Click it for a break, a pause or this window.
        {platform !== null && platform !== 'darwin' && platform !== 'win32' && (
          <> Some desktops hide tray icons; then everything the tray offers is on the Today screen here.</>
        )}
      </p>
    </div>
  )
}
