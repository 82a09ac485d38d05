/**
 * Counts how often each row key was seen in one file. Keys are 64 bits of the row's hash, kept in
 * typed arrays (open addressing, linear probing) rather than a Map: a million-row file costs ~24 MB outside
 * the JS heap instead of ~100 MB of heap objects the garbage collector would keep walking.
 */
export class OccurrenceCounter {
  private high = new Uint32Array(1024);
  private low = new Uint32Array(1024);
  /** Occurrences + 1 (0 = empty slot). */
  private counts = new Uint32Array(1024);
  private size = 0;

  /** Returns how many times this key (two unsigned 32-bit words) was seen before, and records one more. */
  next(high: number, low: number): number {
    if ((this.size + 1) * 2 > this.counts.length) this.grow();
    const mask = this.counts.length - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const count = this.counts[slot]!;
      if (count === 0) {
        this.high[slot] = high;
        this.low[slot] = low;
        this.counts[slot] = 1;
        this.size++;
        return 0;
      }
      if (this.high[slot] === high && this.low[slot] === low) {
        this.counts[slot] = count + 1;
        return count;
      }
    }
  }

  private grow(): void {
    const { high, low, counts } = this;
    const capacity = counts.length * 2;
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      let slot = low[i]! & mask;
      while (this.counts[slot] !== 0) slot = (slot + 1) & mask;
      this.high[slot] = high[i]!;
      this.low[slot] = low[i]!;
      this.counts[slot] = counts[i]!;
    }
  }
}
