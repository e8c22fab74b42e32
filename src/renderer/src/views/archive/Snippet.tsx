import type { SnippetSegment } from '../../../../shared/schemas-archive';

/** A hit in context: the text as plain React text, the hits in <mark>. No HTML is built from stored text. */
export function Snippet({ segments }: { segments: SnippetSegment[] }) {
  return (
    <span className="snippet">
      {segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </span>
  );
}
