/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import type { OfflineController, OfflineState } from '../../src/taskpane/offline';
import { OfflineNote } from '../../src/taskpane/OfflineNote';
import { renderInFluent } from './render';

/** A controller whose state the test sets. */
function controller(initial: OfflineState) {
  let state = initial;
  const listeners = new Set<() => void>();
  let updates = 0;
  const c: OfflineController & { set(s: OfflineState): void; readonly updates: number } = {
    getState: () => state,
    subscribe: (l) => { listeners.add(l); return () => listeners.delete(l); },
    applyUpdate: () => { updates++; },
    set: (s) => { state = s; for (const l of listeners) l(); },
    get updates() { return updates; },
  };
  return c;
}

describe('the standalone page\'s offline note', () => {
  it('says the page is being saved, then that it works offline and files stay on the machine', () => {
    const c = controller('installing');
    renderInFluent(<OfflineNote controller={c} lang="vi" />);
    expect(screen.getByRole('status').textContent).toContain('Đang lưu trang này trên máy');
    act(() => c.set('ready'));
    expect(screen.getByRole('status').textContent).toContain('mở được cả khi không có mạng');
    expect(screen.getByRole('status').textContent).toContain('chỉ được xử lý trên máy này');
  });

  it('offers a newer version with «Tải lại», and reloads only when clicked', () => {
    const c = controller('update');
    renderInFluent(<OfflineNote controller={c} lang="vi" />);
    expect(screen.getByText('Đã có phiên bản mới của DCCS.')).toBeTruthy();
    expect(c.updates).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(c.updates).toBe(1);
  });

  it('speaks English when the page does, and says nothing where service workers are missing', () => {
    const { unmount } = renderInFluent(<OfflineNote controller={controller('update')} lang="en" />);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    unmount();
    const { container } = renderInFluent(<OfflineNote controller={controller('unsupported')} lang="vi" />);
    expect(container.textContent).toBe('');
  });
});
