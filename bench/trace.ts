/**
 * Reads a Chromium trace: the main thread of the renderer that showed one page, its work by kind (self
 * time, so nested events are never counted twice), its tasks, and which of them ran our scripts.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string }; beginData?: { url?: string } };
}

export type WorkKind = 'script' | 'style' | 'layout' | 'paint' | 'parse' | 'other';

const KIND_BY_NAME: Record<string, WorkKind> = {
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  MinorGC: 'script',
  MajorGC: 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  UpdateLayerTree: 'layout',
  ComputeIntersections: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  ParseHTML: 'parse',
};

export function kindOf(name: string): WorkKind | null {
  const kind = KIND_BY_NAME[name];
  if (kind !== undefined) return kind;
  if (/^(v8|V8)\.|GC/.test(name)) return 'script';
  return null;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

export interface Task {
  start: number;
  /** Milliseconds. */
  duration: number;
  /** It ran a script of the extension. */
  ours: boolean;
}

export interface MainThreadWork {
  /** Milliseconds of self time by kind. */
  byKind: Record<WorkKind, number>;
  /** All of the thread's tasks, in milliseconds. */
  total: number;
  tasks: Task[];
  /** Script self time in the extension's own scripts. */
  ourScript: number;
}

const scriptUrl = (event: TraceEvent) => event.args?.data?.url ?? event.args?.data?.scriptName ?? undefined;

/** The renderer main thread that parsed `url` (or, failing that, the busiest one): its pid and tid. */
export function pageThread(events: readonly TraceEvent[], url: string): { pid: number; tid: number } | null {
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url && mains.has(`${e.pid}:${e.tid}`));
  if (parse) return { pid: parse.pid, tid: parse.tid };
  // A trace begun after the page loaded has no parsing: the page is then the renderer that worked most.
  const busy = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && mains.has(key)) busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const [busiest] = [...busy.entries()].sort((a, b) => b[1] - a[1]);
  if (busiest === undefined) return null;
  const [pid, tid] = busiest[0].split(':').map(Number);
  return { pid: pid!, tid: tid! };
}

/**
 * The work of one thread. Events are complete ('X') events; each one's self time is its duration less
 * that of the events directly inside it, and goes to its own kind, or to the kind of the nearest
 * event around it that has one.
 */
export function mainThreadWork(events: readonly TraceEvent[], thread: { pid: number; tid: number }, ourPrefix: string): MainThreadWork {
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const byKind: Record<WorkKind, number> = { script: 0, style: 0, layout: 0, paint: 0, parse: 0, other: 0 };
  const tasks: Task[] = [];
  let ourScript = 0;

  interface Frame {
    event: TraceEvent;
    end: number;
    kind: WorkKind;
    ours: boolean;
    children: number;
    task: Task | null;
  }
  const stack: Frame[] = [];
  const close = (frame: Frame) => {
    const self = Math.max(0, frame.event.dur! - frame.children) / 1000;
    byKind[frame.kind] += self;
    if (frame.kind === 'script' && frame.ours) ourScript += self;
    if (frame.ours) {
      for (const open of stack) if (open.task) open.task.ours = true;
      if (frame.task) frame.task.ours = true;
    }
  };

  for (const event of own) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= event.ts) close(stack.pop()!);
    const parent = stack[stack.length - 1];
    if (parent) parent.children += event.dur!;
    const url = scriptUrl(event);
    const ours = url !== undefined && url !== '' ? url.startsWith(ourPrefix) : (parent?.ours ?? false);
    const kind = kindOf(event.name) ?? parent?.kind ?? 'other';
    let task: Task | null = null;
    if (parent === undefined) {
      task = { start: event.ts / 1000, duration: event.dur! / 1000, ours: false };
      tasks.push(task);
    }
    stack.push({ event, end: event.ts + event.dur!, kind: TASK_NAMES.has(event.name) ? 'other' : kind, ours, children: 0, task });
  }
  while (stack.length > 0) close(stack.pop()!);
  return { byKind, total: tasks.reduce((sum, t) => sum + t.duration, 0), tasks, ourScript };
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}
interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
  startTime?: number;
}

/** What V8's sampling profiler saw of our scripts on one thread: sample times and their total. */
export interface SampledScript {
  /** Milliseconds of samples with one of our functions anywhere on the stack (what it called included). */
  ourScript: number;
  /** The times (microseconds, trace clock) of those samples. */
  ourSampleTimes: number[];
}

/**
 * Reads the profiler's samples ('disabled-by-default-v8.cpu_profiler') of the thread. The trace's own
 * events name a script only where a task enters it by a call; work resumed from a promise (after an
 * await, as sliced work does) runs as a microtask that names none. A sample names the stack itself.
 */
export function sampledScript(events: readonly TraceEvent[], thread: { pid: number; tid: number }, ourPrefix: string): SampledScript {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid) as
    | (TraceEvent & { id?: string; args?: { data?: ProfileChunkData } })
    | undefined;
  const result: SampledScript = { ourScript: 0, ourSampleTimes: [] };
  if (profile === undefined) return result;
  const chunks = events.filter(
    (e) => e.name === 'ProfileChunk' && e.pid === thread.pid && (e as { id?: string }).id === profile.id,
  ) as (TraceEvent & { args?: { data?: ProfileChunkData } })[];
  const nodes = new Map<number, ProfileNode>();
  const oursMemo = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = oursMemo.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const value = node !== undefined && ((node.callFrame.url ?? '').startsWith(ourPrefix) || (node.parent !== undefined && isOurs(node.parent)));
    oursMemo.set(id, value);
    return value;
  };
  let time = profile.args?.data?.startTime ?? profile.ts;
  const samples: { at: number; ours: boolean }[] = [];
  for (const chunk of chunks.sort((a, b) => a.ts - b.ts)) {
    const data = chunk.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    ids.forEach((id, i) => {
      time += deltas[i] ?? 0;
      samples.push({ at: time, ours: isOurs(id) });
    });
  }
  for (let i = 0; i + 1 < samples.length; i += 1) {
    if (!samples[i]!.ours) continue;
    result.ourScript += Math.max(0, samples[i + 1]!.at - samples[i]!.at) / 1000;
    result.ourSampleTimes.push(samples[i]!.at);
  }
  return result;
}
