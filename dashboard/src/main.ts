/** The dashboard: session, shell (navigation, live status), hash router, live events, shortcuts. */
import 'uplot/dist/uPlot.min.css'
import './styles.css'
import { api, setUnauthorizedHandler } from './api.js'
import { button, h, replaceChildren } from './dom.js'
import { openFlagDialog } from './flag-dialog.js'
import { roleLabel } from './format.js'
import { installKeys, showHelp } from './keys.js'
import { selectedPostIds } from './post-row.js'
import type { Screen } from './screen.js'
import { auditScreen } from './screens/audit.js'
import { caseDetailScreen } from './screens/case-detail.js'
import { casesScreen } from './screens/cases.js'
import { intakeScreen } from './screens/intake.js'
import { platformsScreen } from './screens/platforms.js'
import { liveScreen } from './screens/live.js'
import { loginScreen } from './screens/login.js'
import { reportScreen } from './screens/report.js'
import { reviewScreen } from './screens/review.js'
import { searchScreen } from './screens/search.js'
import { takedownsScreen } from './screens/takedowns.js'
import { referentsScreen } from './screens/referents.js'
import { usersScreen } from './screens/users.js'
import { waveDetailScreen } from './screens/wave-detail.js'
import { watchDetailScreen, watchesScreen } from './screens/watches.js'
import { can, currentUser, setSession } from './session.js'
import { toast } from './toast.js'
import type { SessionUser as User } from '../../contract/auth.js'
import { ws, type WsStatus } from './ws-client.js'

interface NavItem {
  route: string
  label: string
  allowed: () => boolean
}

const NAV: readonly NavItem[] = [
  { route: 'live', label: 'En direct', allowed: () => currentUser() !== null },
  { route: 'search', label: 'Recherche', allowed: can.search },
  { route: 'review', label: 'Relecture', allowed: can.readFlags },
  { route: 'takedowns', label: 'Retraits', allowed: can.readTakedowns },
  { route: 'report', label: 'Rapport', allowed: can.readTakedowns },
  { route: 'watches', label: 'Veilles', allowed: can.watches },
  { route: 'cases', label: 'Dossiers', allowed: can.cases },
  { route: 'intake', label: 'Signaler une URL', allowed: can.intake },
  { route: 'audit', label: 'Audit', allowed: can.admin },
  { route: 'users', label: 'Utilisateurs', allowed: can.admin },
  { route: 'referents', label: 'Référents', allowed: can.admin },
  { route: 'platforms', label: 'Plateformes', allowed: can.admin },
]

const WS_LABEL: Record<WsStatus, string> = { connecting: 'connexion…', live: 'en direct', reconnecting: 'reconnexion…', stopped: 'hors ligne' }

const root = document.getElementById('app') as HTMLElement
let screen: Screen | null = null
const main = h('main', { id: 'main', tabindex: -1 })
const nav = h('nav', { 'aria-label': 'Écrans' })
const wsStatus = h('span', { class: 'ws-status', 'data-testid': 'ws-status', role: 'status' }, WS_LABEL.stopped)
const who = h('span', { class: 'who' })

ws.onStatus((s) => {
  wsStatus.textContent = WS_LABEL[s]
  wsStatus.dataset.state = s
})
ws.onEvent((e) => {
  screen?.onEvent?.(e)
  if (e.type === 'alert.opened') announceAlert(e.alert.watchId, e.alert.hostile)
  if (e.type === 'takedown.overdue') toast(`En retard : la demande de retrait n° ${e.takedown.id} (${e.takedown.platform}) est toujours en ligne après une heure — voir Retraits`, 'error')
})
ws.onResync(() => screen?.onResync?.())
ws.sessionAlive = async () => {
  try {
    await api.get('/api/session')
    return true
  } catch (err) {
    return !(err instanceof Error && 'status' in err && (err as { status: number }).status === 401)
  }
}

/** A new alert on a watch (only its owner and admins receive them): say so whatever the screen. */
function announceAlert(watchId: number, hostile: number): void {
  api.get<{ watch: { label: string } }>(`/api/watches/${watchId}`).then(
    ({ watch }) => toast(`Alerte : « ${watch.label} » est visé·e (${hostile} message(s) hostile(s)) — voir Veilles`, 'error'),
    () => toast('Alerte sur une de vos veilles — voir Veilles', 'error'),
  )
}

function mount(next: Screen): void {
  screen?.dispose?.()
  screen = next
  replaceChildren(main, next.el)
}

function parseRoute(): { name: string; id: number | null; params: URLSearchParams } {
  const [path = '', search = ''] = location.hash.replace(/^#\/?/, '').split('?')
  const [name = '', raw] = path.split('/')
  const id = raw !== undefined && /^\d{1,10}$/.test(raw) ? Number(raw) : null
  return { name: name || 'live', id, params: new URLSearchParams(search) }
}

function renderShell(user: User): void {
  replaceChildren(
    nav,
    ...NAV.filter((n) => n.allowed()).map((n) => h('a', { href: `#/${n.route}`, 'data-testid': `nav-${n.route}`, 'data-route': n.route }, n.label)),
  )
  who.textContent = `${user.name} · ${roleLabel(user.role)}`
  replaceChildren(
    root,
    h('a', { class: 'skip', href: '#main' }, 'Aller au contenu'),
    h(
      'header',
      { class: 'top' },
      h('a', { class: 'brand', href: '#/live' }, 'Vigie'),
      nav,
      h(
        'div',
        { class: 'top-right' },
        wsStatus,
        who,
        button('?', showHelp, { class: 'help-btn', title: 'Raccourcis clavier (?)', 'aria-label': 'Raccourcis clavier' }),
        button('Se déconnecter', () => void logout(), { 'data-testid': 'logout' }),
      ),
    ),
    main,
  )
}

function route(): void {
  const user = currentUser()
  if (!user) {
    showLogin()
    return
  }
  if (!main.isConnected) renderShell(user)
  const { name, id, params } = parseRoute()
  for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[data-route]')) {
    const current = a.dataset.route === name || (name === 'waves' && a.dataset.route === 'live')
    if (current) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  }
  const item = NAV.find((n) => n.route === name)
  if (item && !item.allowed()) {
    mount({ el: h('section', {}, h('h1', {}, 'Accès refusé'), h('p', {}, 'Votre rôle ne donne pas accès à cet écran.')) })
    return
  }
  switch (name) {
    case 'live':
      mount(liveScreen())
      break
    case 'waves':
      mount(id !== null ? waveDetailScreen(id) : liveScreen())
      break
    case 'search':
      mount(searchScreen(params))
      break
    case 'review':
      mount(reviewScreen())
      break
    case 'takedowns':
      mount(takedownsScreen())
      break
    case 'report':
      mount(reportScreen())
      break
    case 'watches':
      mount(id !== null ? watchDetailScreen(id) : watchesScreen())
      break
    case 'cases':
      mount(id !== null ? caseDetailScreen(id) : casesScreen())
      break
    case 'referents':
      mount(referentsScreen())
      break
    case 'audit':
      mount(auditScreen())
      break
    case 'users':
      mount(usersScreen())
      break
    case 'intake':
      mount(intakeScreen(id))
      break
    case 'platforms':
      mount(platformsScreen())
      break
    default:
      location.hash = '#/live'
  }
}

function showLogin(): void {
  ws.stop()
  screen?.dispose?.()
  main.remove()
  const login = loginScreen(() => {
    ws.start()
    if (!location.hash || location.hash === '#/login') location.hash = '#/live'
    route()
  })
  screen = login
  replaceChildren(root, login.el)
}

async function logout(): Promise<void> {
  try {
    await api.post('/api/logout')
  } catch {
    // The session may already be gone: sign out locally anyway.
  }
  setSession(null)
  toast('Vous êtes déconnecté.', 'info')
  showLogin()
}

setUnauthorizedHandler(() => {
  if (screen && main.isConnected) toast('Session expirée : reconnectez-vous.', 'error')
  showLogin()
})

installKeys({
  go(name) {
    location.hash = `#/${name}`
  },
  flag() {
    if (!can.flag() || !main.isConnected) return
    if (screen?.flag) {
      screen.flag()
      return
    }
    let ids = selectedPostIds(main)
    if (ids.length === 0) {
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-post-id]') : null
      if (focused?.dataset.postId) ids = [focused.dataset.postId]
    }
    openFlagDialog(ids, () => {
      for (const box of main.querySelectorAll<HTMLInputElement>('input[data-testid="post-select"]:checked')) box.checked = false
    })
  },
})

window.addEventListener('hashchange', route)

async function boot(): Promise<void> {
  try {
    const s = await api.get<{ user: User; csrfToken: string }>('/api/session')
    setSession(s)
    ws.start()
    route()
  } catch {
    showLogin()
  }
}
void boot()
