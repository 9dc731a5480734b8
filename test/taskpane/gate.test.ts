import { BusyError, createGate } from '../../src/taskpane/gate';
import { describeError } from '../../src/taskpane/describeError';
import { deferred } from './fixtures';

describe('createGate', () => {
  it('refuses a second task while one runs, running nothing, and says why in the user\'s words', async () => {
    const gate = createGate('Đang chạy một thao tác khác.');
    const first = deferred<string>();
    const running = gate.run(() => first.promise);
    const second = jest.fn(() => Promise.resolve('hai'));
    const refused = gate.run(second);
    await expect(refused).rejects.toBeInstanceOf(BusyError);
    await expect(refused.catch(describeError)).resolves.toBe('Đang chạy một thao tác khác.');
    expect(second).not.toHaveBeenCalled();
    first.resolve('một');
    await expect(running).resolves.toBe('một');
    await expect(gate.run(second)).resolves.toBe('hai');
  });

  it('opens again after a task fails, and tells its subscribers each time it opens or closes', async () => {
    const gate = createGate(() => 'bận');
    const seen: boolean[] = [];
    const unsubscribe = gate.subscribe(() => seen.push(gate.isBusy()));
    await expect(gate.run(() => Promise.reject(new Error('hỏng')))).rejects.toThrow('hỏng');
    expect(gate.isBusy()).toBe(false);
    expect(seen).toEqual([true, false]);
    unsubscribe();
    await gate.run(() => Promise.resolve());
    expect(seen).toEqual([true, false]);
  });
});
