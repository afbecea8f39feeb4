import { Fragment } from 'react';
import type { TextHit } from '../../api/client';
import { splitByHits } from './compiling';

/** A text with its hits (a search's, or a suggestion's key words) marked; the text itself is never read as HTML. */
export function Marked({ text, hits }: { text: string; hits?: readonly TextHit[] }) {
  return (
    <>
      {splitByHits(text, hits).map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : <Fragment key={i}>{piece.text}</Fragment>))}
    </>
  );
}
