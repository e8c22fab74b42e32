/** One line the child writes after a call the router acknowledged. */
export interface Ack {
  op:
    | 'conference.create'
    | 'person.create'
    | 'participant.add'
    | 'outlet.create'
    | 'live.start'
    | 'live.advance'
    | 'live.goTo'
    | 'live.extend'
    | 'question.register'
    | 'question.call'
    | 'question.close'
    | 'answer.record'
    | 'turn.add';
  /** the table that holds the row the call created or changed */
  table: 'conferences' | 'people' | 'participants' | 'outlets' | 'questions' | 'turns' | 'segments';
  id: number;
  /** for question.close: the status the question must keep */
  status?: string;
  /** for live.extend: the conference's extension at least this long */
  extendedSeconds?: number;
}

/** The first line: what opening the data folder found. */
export interface Opened {
  op: 'open';
  movedAside: string | null;
}

export type ChildLine = Ack | Opened;
