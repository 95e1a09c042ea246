import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveFrame } from '../../workers/live-protocol';
import { type LiveSocket, subscribeLive } from './socket';

/** The worker's side, reduced to what subscribeLive uses: it hands frames to the watcher. */
function fakeSocket() {
  let deliver: ((f: LiveFrame) => void) | undefined;
  const socket = { watch: (_id: string, fn: (f: LiveFrame) => void) => ((deliver = fn), () => (deliver = undefined)) };
  return { socket: socket as unknown as LiveSocket, send: (f: LiveFrame) => deliver?.(f) };
}

const frame = (topologyVersion: number, healthVersion: number, over: Partial<LiveFrame> = {}): LiveFrame => ({
  clusterId: 'c',
  rowsId: 0,
  topology: null,
  topologyVersion,
  healthVersion,
  counts: { up: 0, down: 0, drained: 0, disabled: 0, missing: 0, unknown: 0 },
  total: 0,
  first: 0,
  rows: [],
  ...over,
});

// Animation frames by hand: the test says when the browser would draw.
let callbacks: Map<number, FrameRequestCallback>;
let nextId: number;
const runFrame = () => {
  const due = [...callbacks.values()];
  callbacks.clear();
  due.forEach((f) => f(0));
};

describe('subscribeLive (frames from the live worker to the page)', () => {
  beforeEach(() => {
    callbacks = new Map();
    nextId = 1;
    Object.assign(globalThis, {
      requestAnimationFrame: (f: FrameRequestCallback) => (callbacks.set(nextId, f), nextId++),
      cancelAnimationFrame: (id: number) => callbacks.delete(id),
      document: { visibilityState: 'visible' },
    });
  });
  afterEach(() => {
    for (const k of ['requestAnimationFrame', 'cancelAnimationFrame', 'document']) delete (globalThis as Record<string, unknown>)[k];
  });

  it('draws numbers-only frames once per animation frame (the latest), and a topology change at once', () => {
    const { socket, send } = fakeSocket();
    const drawn: LiveFrame[] = [];
    subscribeLive(socket, 'c', (v) => drawn.push(v));
    send(frame(1, 1, { total: 1 })); // the first frame: a topology the page has not drawn
    expect(drawn.map((f) => f.total)).toEqual([1]);
    expect(callbacks.size).toBe(0);

    // Ticks of numbers: held for the animation frame, and only the latest is drawn.
    send(frame(1, 1, { total: 2 }));
    send(frame(1, 1, { total: 3 }));
    expect(drawn).toHaveLength(1);
    expect(callbacks.size).toBe(1);
    runFrame();
    expect(drawn.map((f) => f.total)).toEqual([1, 3]);

    // A VIP moved (topologyVersion): handed over without waiting, and the pending frame is dropped.
    send(frame(1, 1, { total: 4 }));
    send(frame(2, 1, { total: 5 }));
    expect(drawn.map((f) => f.total)).toEqual([1, 3, 5]);
    expect(callbacks.size).toBe(0);
    runFrame();
    expect(drawn).toHaveLength(3);
  });

  it('keeps the health bytes of a frame for a later frame of the same health version', () => {
    const { socket, send } = fakeSocket();
    const drawn: LiveFrame[] = [];
    subscribeLive(socket, 'c', (v) => drawn.push(v));
    send(frame(1, 1));
    send(frame(1, 2, { health: Uint8Array.of(0, 1) }));
    send(frame(1, 2, { total: 9 }));
    runFrame();
    expect(drawn.at(-1)).toMatchObject({ total: 9, healthVersion: 2, health: Uint8Array.of(0, 1) });
  });

  it('in a hidden tab a topology change waits for an animation frame like the rest (nothing is drawn while hidden)', () => {
    (globalThis as unknown as { document: { visibilityState: string } }).document.visibilityState = 'hidden';
    const { socket, send } = fakeSocket();
    const drawn: LiveFrame[] = [];
    subscribeLive(socket, 'c', (v) => drawn.push(v));
    send(frame(1, 1));
    expect(drawn).toHaveLength(0);
    runFrame();
    expect(drawn).toHaveLength(1);
  });

  it('the unsubscribe cancels a pending frame', () => {
    const { socket, send } = fakeSocket();
    const drawn: LiveFrame[] = [];
    const stop = subscribeLive(socket, 'c', (v) => drawn.push(v));
    send(frame(1, 1));
    send(frame(1, 1, { total: 2 }));
    stop();
    runFrame();
    expect(drawn).toHaveLength(1);
  });
});
