import { createContext, useContext } from 'react';

/**
 * The waiting cards' places in the queue, from 1, by question id. A call moves
 * every waiting question up one place; read through this context only the
 * small number element redraws, not each (memoized) card around it.
 */
export const QueueNumbersContext = createContext<ReadonlyMap<number, number>>(new Map());

export function QueueNumber({ questionId }: { questionId: number }) {
  const number = useContext(QueueNumbersContext).get(questionId) ?? 0;
  return number > 0 ? <span className="q-number">{number}</span> : null;
}
