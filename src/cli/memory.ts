// Flat memory over long batches. V8 doubles a thread's young generation each time as many
// bytes have survived its scavenges as it holds, up to two 16 MB semi-spaces, so a thread
// that runs long enough always ends at 32 MB of young generation: the corpus (4 MB) takes a
// thread to 2 × 8 MB, five times the corpus to 2 × 16 MB, and peak RSS rose with the batch
// (83 → 113 MB over 1× → 5× the corpus in one thread; 121 → 174 MB with 2 workers). The
// larger young generation buys no speed here (a pass's objects die young either way:
// instructions within ±1.5%, the noise of a 2-worker run). The maximum cannot change after
// start-up, but the growth factor is read at each growth: once a thread has reached
// 2 × 8 MB, growth stops (for every thread: V8's flags are process-wide).
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Young generation (both semi-spaces) at which growth stops. */
const YOUNG_CAP = 16 << 20;
/** Calls between two looks at the heap (a look builds a few objects; a call comes per batch or per document). */
const LOOK_EVERY = 16;

let stopped = false;
let countdown = 0;

/** Call once per batch written or document done: stops the young generation's growth once this thread's has reached YOUNG_CAP. */
export function capYoungGeneration(): void {
  if (stopped || --countdown > 0) return;
  countdown = LOOK_EVERY;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'new_space' && space.space_size >= YOUNG_CAP) {
      setFlagsFromString('--semi-space-growth-factor=1');
      stopped = true;
    }
  }
}
