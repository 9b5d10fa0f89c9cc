/**
 * The Segmap web UI: a hash-routed single page. Each page is one module that fetches from the API and draws
 * with the DOM builder and Vega-Lite charts.
 */
import { api, ApiError, captureToken } from './api.js';
import { h } from './dom.js';
import { accountsPage } from './pages/accounts.js';
import { callListPage } from './pages/calllist.js';
import { overviewPage } from './pages/overview.js';
import { segmentsPage } from './pages/segments.js';
import { typingPage } from './pages/typing.js';

type Page = (root: HTMLElement) => Promise<void>;

const pages: Record<string, Page> = {
  overview: overviewPage,
  segments: segmentsPage,
  accounts: accountsPage,
  calllist: callListPage,
  typing: typingPage,
};

async function show(): Promise<void> {
  const fromPath = window.location.pathname === '/typing' ? 'typing' : 'overview';
  const name = window.location.hash.replace(/^#\//, '') || fromPath;
  const page = pages[name] ?? overviewPage;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#nav a')) {
    link.classList.toggle('active', link.getAttribute('href') === `#/${name}`);
  }
  const root = document.getElementById('page');
  if (!root) return;
  // attached before drawing, so charts sized to their container see its real width
  const content = h('div', {});
  root.replaceChildren(content);
  try {
    await page(content);
  } catch (error) {
    const message =
      error instanceof ApiError && error.status === 401
        ? 'this page needs an access token: open the address that `segmap serve` or `segmap demo` printed'
        : error instanceof Error
          ? error.message
          : String(error);
    root.replaceChildren(h('p', { class: 'error' }, message));
  }
}

async function showWho(): Promise<void> {
  const who = document.getElementById('who');
  if (!who) return;
  try {
    const me = await api<{ name: string; role: string; territoryId: string | null }>('/api/me');
    who.textContent = `${me.name} · ${me.role}${me.territoryId ? ` · territory ${me.territoryId}` : ''}`;
  } catch {
    who.textContent = 'not signed in';
  }
}

captureToken();
window.addEventListener('hashchange', () => void show());
void showWho();
void show();
