// The main window: navigation plus one screen per route. Every screen can reach Safety.
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react'
import { limber } from './api'
import { NoticeBar } from './components/NoticeBar'
import { navigate, parseRoute, useRoute, type Route } from './router'
import { TodayScreen } from './screens/TodayScreen'
import { RoutinesScreen } from './screens/RoutinesScreen'
import { SafetyScreen } from './screens/SafetyScreen'

// Today, Routines and Safety load with the window; the rest (charts, the player, forms) on first
// visit, so the window is usable sooner. Each is a small local file: it arrives in milliseconds.
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })))
const ExerciseScreen = lazy(() => import('./screens/ExerciseScreen').then((m) => ({ default: m.ExerciseScreen })))
const HabitsScreen = lazy(() => import('./screens/HabitsScreen').then((m) => ({ default: m.HabitsScreen })))
const PlayerScreen = lazy(() => import('./screens/PlayerScreen').then((m) => ({ default: m.PlayerScreen })))
const RoutineEditScreen = lazy(() =>
  import('./screens/RoutineEditScreen').then((m) => ({ default: m.RoutineEditScreen }))
)
const CheckInScreen = lazy(() => import('./screens/CheckInScreen').then((m) => ({ default: m.CheckInScreen })))
const WelcomeScreen = lazy(() => import('./welcome/WelcomeScreen').then((m) => ({ default: m.WelcomeScreen })))
const ProgressScreen = lazy(() => import('./screens/ProgressScreen').then((m) => ({ default: m.ProgressScreen })))

interface NavItem {
  route: string
  label: string
}

const NAV: NavItem[] = [
  { route: 'today', label: 'Today' },
  // ----- Home mode -----
  { route: 'routines', label: 'Routines' },
  { route: 'habits', label: 'Daily habits' },
  { route: 'safety', label: 'Safety' },
  // ----- end Home mode -----
  // ----- Progress log -----
  { route: 'checkin', label: 'Check-in' },
  { route: 'progress', label: 'Progress' },
  // ----- end Progress log -----
  { route: 'settings', label: 'Settings' }
]

/** The nav item a route belongs to: an exercise, the player and the editor sit under Routines. */
function navSection(name: string): string {
  return ['exercise', 'player', 'play', 'routine-edit'].includes(name) ? 'routines' : name
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'settings':
      return <SettingsScreen />
    // ----- Home mode -----
    case 'routines':
      return <RoutinesScreen />
    case 'routine-edit':
      return <RoutineEditScreen routineId={route.param === 'new' ? null : route.param} />
    case 'exercise':
      return <ExerciseScreen exerciseId={route.param} />
    case 'player':
      return <PlayerScreen key={route.param} routineId={route.param} />
    case 'play':
      return <PlayerScreen key={`play/${route.param ?? ''}`} routineId={null} exerciseId={route.param} />
    case 'safety':
      return <SafetyScreen />
    case 'habits':
      return <HabitsScreen />
    // ----- end Home mode -----
    // ----- Progress log -----
    case 'checkin':
      return <CheckInScreen />
    case 'progress':
      return <ProgressScreen />
    // ----- end Progress log -----
    case 'welcome':
      return <WelcomeScreen />
    default:
      return <TodayScreen justWelcomed={route.param === 'welcomed'} />
  }
}

/** Moves focus to a new screen's heading once it is shown, so keyboard and screen-reader users know where they are. */
function FocusHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [])
  return <div ref={ref}>{children}</div>
}

/** Set when the user skips the welcome (WelcomeScreen writes it), so it is not offered again here. */
const WELCOME_SKIPPED_KEY = 'limber.welcome-skipped'

/**
 * On the first run (the safety questions never answered) Today opens the welcome instead, unless the
 * user skipped it. Until home mode answers, Today waits, so it never flashes before the welcome.
 */
function useFirstRunWelcome(): boolean {
  const [checked, setChecked] = useState(false)
  useEffect(() => {
    let skipped = false
    try {
      skipped = window.localStorage.getItem(WELCOME_SKIPPED_KEY) === 'yes'
    } catch {
      // No storage: offer the welcome.
    }
    limber()
      .invoke('home:get-state')
      .then(
        (home) => {
          if (!home.firstRunDone && !skipped && parseRoute(window.location.hash).name === 'today') {
            window.location.replace('#/welcome')
          }
        },
        () => undefined
      )
      .finally(() => setChecked(true))
  }, [])
  return checked
}

export function App() {
  const route = useRoute()
  const mainRef = useRef<HTMLElement>(null)
  const welcomeChecked = useFirstRunWelcome()

  useEffect(() => limber().on('app:navigate', (target) => navigate(target.replace(/^#?\/?/, ''))), [])

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault()
          mainRef.current?.focus()
        }}
      >
        Skip to content
      </a>
      <nav className="app-nav" aria-label="Limber">
        <span className="brand" aria-hidden="true">
          Limber
        </span>
        <ul>
          {NAV.map((item) => (
            <li key={item.route}>
              <a href={`#/${item.route}`} aria-current={navSection(route.name) === item.route ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <NoticeBar />
        <Suspense fallback={<p>Loading…</p>}>
          {welcomeChecked || route.name !== 'today' ? (
            <FocusHeading key={`${route.name}/${route.param ?? ''}`}>
              <Screen route={route} />
            </FocusHeading>
          ) : (
            <p>Loading…</p>
          )}
        </Suspense>
      </main>
    </div>
  )
}
