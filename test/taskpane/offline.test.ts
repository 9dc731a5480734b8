/**
 * Where the standalone page's offline copy stands (src/taskpane/offline.ts), on a stand-in for the
 * browser's ServiceWorkerContainer: the first visit saves the page, a later release waits for the
 * user, and «Tải lại» hands over to it before reloading.
 */
import { startOffline, type ContainerLike, type RegistrationLike, type WorkerLike } from '../../src/taskpane/offline';

class Worker implements WorkerLike {
  private listeners: (() => void)[] = [];
  readonly messages: unknown[] = [];
  constructor(public state: string) {}
  postMessage(message: unknown) { this.messages.push(message); }
  addEventListener(_type: 'statechange', listener: () => void) { this.listeners.push(listener); }
  become(state: string) {
    this.state = state;
    for (const l of this.listeners) l();
  }
}

function browser(controlled: boolean, reg: Partial<RegistrationLike>) {
  const updateFound: (() => void)[] = [];
  const controllerChange: (() => void)[] = [];
  const registration = {
    installing: null, waiting: null, active: null, update: () => Promise.resolve(),
    addEventListener: (_t: 'updatefound', l: () => void) => { updateFound.push(l); },
    ...reg,
  } as RegistrationLike & { installing: WorkerLike | null; waiting: WorkerLike | null };
  const container: ContainerLike & { registered: string[] } = {
    controller: controlled ? {} : null,
    registered: [],
    register(url) { this.registered.push(url); return Promise.resolve(registration); },
    addEventListener: (_t: 'controllerchange', l: () => void) => { controllerChange.push(l); },
  };
  return { container, registration, updateFound, controllerChange };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the standalone page\'s offline copy', () => {
  it('says nothing where the browser has no service workers (http, old browsers)', () => {
    expect(startOffline(undefined, () => undefined, 0).getState()).toBe('unsupported');
  });

  it('is being saved on a first visit, then saved once the worker is active', async () => {
    const installing = new Worker('installing');
    const { container } = browser(false, { installing });
    const offline = startOffline(container, () => undefined, 0);
    const seen: string[] = [];
    offline.subscribe(() => seen.push(offline.getState()));
    await settle();
    expect(container.registered).toEqual(['sw.js']);
    expect(offline.getState()).toBe('installing');
    installing.become('installed');
    installing.become('activating');
    installing.become('activated');
    expect(seen).toEqual(['ready']);
  });

  it('is saved at once on a later visit the worker serves', async () => {
    const { container } = browser(true, { active: new Worker('activated') });
    const offline = startOffline(container, () => undefined, 0);
    await settle();
    expect(offline.getState()).toBe('ready');
  });

  it('offers a release found while the page runs, and reloads only when asked, after the hand-over', async () => {
    const { container, registration, updateFound, controllerChange } = browser(true, { active: new Worker('activated') });
    let reloads = 0;
    const offline = startOffline(container, () => { reloads++; }, 0);
    await settle();
    const next = new Worker('installing');
    registration.installing = next;
    for (const l of updateFound) l();
    next.become('installed');
    registration.installing = null;
    registration.waiting = next;
    expect(offline.getState()).toBe('update');
    expect(reloads).toBe(0); // the old build keeps running until the user chooses
    offline.applyUpdate();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reloads).toBe(0);
    for (const l of controllerChange) l();
    expect(reloads).toBe(1);
  });

  it('offers a release that was already waiting when the page opened', async () => {
    const { container } = browser(true, { active: new Worker('activated'), waiting: new Worker('installed') });
    const offline = startOffline(container, () => undefined, 0);
    await settle();
    expect(offline.getState()).toBe('update');
  });

  it('says so when the copy cannot be saved', async () => {
    const container: ContainerLike = { controller: null, register: () => Promise.reject(new Error('SecurityError')), addEventListener: () => undefined };
    const offline = startOffline(container, () => undefined, 0);
    await settle();
    expect(offline.getState()).toBe('failed');
  });
});
