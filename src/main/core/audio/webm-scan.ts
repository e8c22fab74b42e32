/**
 * Reads a recording segment's WebM file far enough to know two things: where its
 * last whole element ends (so a torn or damaged tail can be cut) and how long its
 * audio is (the last block's time plus that Opus packet's own length). It does not
 * decode audio and does not build a tree; it walks the elements in order.
 *
 * Why by hand and not with a library: Chromium's MediaRecorder writes a live
 * WebM (Segment and Clusters of unknown size), and the point here is to survive
 * a file that ends anywhere, mid-element or in garbage, where parsers throw.
 * Joining the segments (which needs whole packets and writes a new file) uses
 * mediabunny: join.ts.
 *
 * The scan is resumable: an open segment keeps its state, and each appended
 * chunk is read from where the last scan stopped, so appends stay O(chunk).
 */

const ID = {
  ebml: 0x1a45dfa3,
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  tracks: 0x1654ae6b,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1
} as const;

/** Elements that may stand at the Segment's level or in a Cluster; anything else there is damage. */
// SeekHead, Info, Tracks, Cues, Tags, Chapters, Attachments, Void, CRC-32, Cluster
const SEGMENT_CHILDREN = new Set([0x114d9b74, ID.info, ID.tracks, 0x1c53bb6b, 0x1254c367, 0x1043a770, 0x1941a469, 0xec, 0xbf, ID.cluster]);
// Timecode, SimpleBlock, BlockGroup, Position, PrevSize, Void, CRC-32, SilentTracks
const CLUSTER_CHILDREN = new Set([ID.timecode, ID.simpleBlock, ID.blockGroup, 0xa7, 0xab, 0xec, 0xbf, 0x5854]);

/** Where a scan stopped and what it has seen; kept between appends of an open segment. */
export interface WebmScanState {
  /** the next byte to read: the end of the last whole element */
  position: number;
  /** inside the Segment (after its header) */
  inSegment: boolean;
  /** inside a Cluster: its children may follow */
  inCluster: boolean;
  sawTracks: boolean;
  /** nanoseconds per timecode tick (Info's TimecodeScale; 1 ms unless it says otherwise) */
  timecodeScale: number;
  clusterTimecode: number | null;
  /** ms: the end of the last whole block's audio (its time + its Opus packet's length) */
  durationMs: number;
  blocks: number;
  /** set when bytes that cannot be WebM were met at `position`: the file must be cut there */
  damaged: boolean;
}

export function newScanState(): WebmScanState {
  return {
    position: 0,
    inSegment: false,
    inCluster: false,
    sawTracks: false,
    timecodeScale: 1_000_000,
    clusterTimecode: null,
    durationMs: 0,
    blocks: 0,
    damaged: false
  };
}

/** Reads `length` bytes at `position` of the file (fewer at its end). */
export type ReadAt = (position: number, length: number) => Buffer;

interface Vint {
  value: number;
  length: number;
  /** all value bits set: an element of unknown size */
  unknown: boolean;
}

/** An EBML variable-length integer; 'short' when the bytes end inside it, null when it cannot be one. */
function readVint(bytes: Buffer, offset: number, keepMarker: boolean): Vint | 'short' | null {
  const first = bytes[offset];
  if (first === undefined) return 'short';
  if (first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (offset + length > bytes.length) return 'short';
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = bytes[offset + i]!;
    value = value * 256 + byte;
    if (byte !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

/** A vint wholly inside a whole element's bytes, or null. */
function vintIn(bytes: Buffer, offset: number, keepMarker: boolean): Vint | null {
  const vint = readVint(bytes, offset, keepMarker);
  return vint === 'short' ? null : vint;
}

/** The length of one Opus packet in ms, from its TOC byte (RFC 6716, 3.1); null when it cannot be one. */
export function opusPacketMs(packet: Buffer): number | null {
  const toc = packet[0];
  if (toc === undefined) return null;
  const config = toc >> 3;
  const frameMs = config < 12 ? [10, 20, 40, 60][config % 4]! : config < 16 ? [10, 20][config % 2]! : [2.5, 5, 10, 20][config % 4]!;
  const code = toc & 3;
  const frames = code === 0 ? 1 : code < 3 ? 2 : (packet[1] ?? 0) & 0x3f;
  return frames > 0 ? frames * frameMs : null;
}

const HEADER_BYTES = 12; // an ID (≤ 4) and a size (≤ 8)
/** Larger than any element a recording of speech writes (a block is a few hundred bytes); beyond it is garbage. */
const MAX_ELEMENT_BYTES = 1024 * 1024;

/**
 * Reads whole elements from `state.position` up to `fileLength` and advances the
 * state past each. Stops at the first element not wholly in the file (a torn tail,
 * read again when more has been appended) or at bytes that cannot be WebM
 * (`damaged`). Never throws on the file's content.
 */
export function scanWebm(readAt: ReadAt, fileLength: number, state: WebmScanState): WebmScanState {
  while (!state.damaged && state.position < fileLength) {
    const header = readAt(state.position, Math.min(HEADER_BYTES, fileLength - state.position));
    const id = readVint(header, 0, true);
    const size = id && id !== 'short' ? readVint(header, id.length, false) : id;
    if (id === 'short' || size === 'short') return state; // a header cut short: read again when more is appended
    if (!id || !size || !allowedHere(state, id.value)) {
      state.damaged = true;
      return state;
    }
    const dataStart = state.position + id.length + size.length;
    if (id.value === ID.segment || id.value === ID.cluster) {
      // entered, not skipped: their children follow (their size is unknown in a live recording)
      if (id.value === ID.segment) state.inSegment = true;
      state.inCluster = id.value === ID.cluster;
      state.clusterTimecode = null;
      state.position = dataStart;
      continue;
    }
    if (size.unknown || size.value > MAX_ELEMENT_BYTES) {
      state.damaged = true; // only the Segment and Clusters may be of unknown size; no block of speech is megabytes
      return state;
    }
    const end = dataStart + size.value;
    if (end > fileLength) return state; // torn: not all of it is written
    if (!CLUSTER_CHILDREN.has(id.value)) state.inCluster = false; // Cues, Tags…: back at the Segment's level
    if (!readElement(readAt, state, id.value, dataStart, size.value)) {
      state.damaged = true;
      return state;
    }
    state.position = end;
  }
  return state;
}

function allowedHere(state: WebmScanState, id: number): boolean {
  if (!state.inSegment) return id === ID.ebml || id === ID.segment;
  return SEGMENT_CHILDREN.has(id) || (state.inCluster && CLUSTER_CHILDREN.has(id));
}

function readUint(bytes: Buffer): number {
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  return value;
}

/** Takes what the scan needs from a whole element; false when its content cannot be right. */
function readElement(readAt: ReadAt, state: WebmScanState, id: number, start: number, size: number): boolean {
  switch (id) {
    case ID.info: {
      const info = readAt(start, size);
      for (let at = 0; at < info.length;) {
        const child = vintIn(info, at, true);
        const childSize = child && vintIn(info, at + child.length, false);
        if (!child || !childSize) return false;
        const from = at + child.length + childSize.length;
        if (child.value === ID.timecodeScale) state.timecodeScale = readUint(info.subarray(from, from + childSize.value)) || 1_000_000;
        at = from + childSize.value;
      }
      return true;
    }
    case ID.tracks:
      state.sawTracks = true;
      return true;
    case ID.timecode:
      if (size > 8) return false;
      state.clusterTimecode = readUint(readAt(start, size));
      return true;
    case ID.simpleBlock:
      return readBlock(readAt(start, size), state);
    case ID.blockGroup: {
      const group = readAt(start, size);
      const child = vintIn(group, 0, true);
      const childSize = child && vintIn(group, child.length, false);
      if (!child || !childSize || child.value !== ID.block) return true; // a group without a leading Block: nothing to time
      const from = child.length + childSize.length;
      return readBlock(group.subarray(from, from + childSize.value), state);
    }
    default:
      return true;
  }
}

/** A (Simple)Block: track, relative timecode, flags, then the Opus packet. */
function readBlock(block: Buffer, state: WebmScanState): boolean {
  if (state.clusterTimecode === null || !state.sawTracks) return false;
  const track = vintIn(block, 0, false);
  if (!track || block.length < track.length + 4) return false;
  const relative = block.readInt16BE(track.length);
  const lacing = (block[track.length + 2]! >> 1) & 3;
  const packetMs = lacing === 0 ? opusPacketMs(block.subarray(track.length + 3)) : 0;
  if (packetMs === null) return false;
  const atMs = ((state.clusterTimecode + relative) * state.timecodeScale) / 1e6;
  state.durationMs = Math.max(state.durationMs, Math.round(atMs + packetMs));
  state.blocks += 1;
  return true;
}
