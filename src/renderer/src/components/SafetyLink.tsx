// The link every screen with exercise advice carries: warning signs and what to do about them.
import { href } from '../router'

export function SafetyLink() {
  return (
    <p className="safety-link">
      <a href={href('safety')}>Safety: warning signs and when to stop</a>
    </p>
  )
}
