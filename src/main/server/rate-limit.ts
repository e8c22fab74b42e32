/**
 * Token buckets in memory, one per key (a phone): `perMinute` calls at once, refilled evenly over a
 * minute. Checked before the router, so a flood costs a map lookup, not a transaction.
 */
export interface RateLimiter {
  /** 0 when the call may go ahead (and is counted); else the seconds until it may, for Retry-After */
  take(key: string, perMinute: number): number;
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
  /** its own rate: a device's and an address's buckets fill at different rates */
  perMinute: number;
}

/** Past this many keys, full buckets (no recent calls) are dropped: an address scan must not grow the map for ever. */
const SWEEP_ABOVE = 10_000;

export function createRateLimiter(now: () => number = () => Date.now()): RateLimiter {
  const buckets = new Map<string, Bucket>();

  function refill(bucket: Bucket, at: number): void {
    bucket.tokens = Math.min(bucket.perMinute, bucket.tokens + ((at - bucket.at) * bucket.perMinute) / 60_000);
    bucket.at = at;
  }

  function sweep(at: number): void {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= bucket.perMinute) buckets.delete(key);
    }
  }

  return {
    take(key, perMinute) {
      const at = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= SWEEP_ABOVE) sweep(at);
        bucket = { tokens: perMinute, at, perMinute };
        buckets.set(key, bucket);
      } else {
        refill(bucket, at);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60_000) / perMinute / 1000));
    },
    size: () => buckets.size
  };
}
