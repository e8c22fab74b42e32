// @vitest-environment happy-dom
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answererFor, chooseAnswerer, requestFocus, useFocusRequest, useLiveUi } from './live-ui';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function AnswerBox() {
  const ref = useRef<HTMLTextAreaElement>(null);
  useFocusRequest('answer', ref);
  return <textarea ref={ref} data-testid="answer" />;
}

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  useLiveUi.setState({ focusRequest: null, answeringParticipantId: null, answeringQuestionId: null });
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const box = () => host.querySelector('[data-testid="answer"]');

describe('focus requests', () => {
  it('focuses a mounted field once, and never applies an old request to a field mounted later', () => {
    act(() => root.render(<AnswerBox />));
    act(() => requestFocus('answer'));
    expect(document.activeElement).toBe(box());
    expect(useLiveUi.getState().focusRequest).toBeNull();

    act(() => root.render(<span />));
    (document.activeElement as HTMLElement | null)?.blur();
    // a request nobody was there to take (the old question's box had gone)
    act(() => requestFocus('answer'));
    act(() => root.render(<AnswerBox />));
    expect(box()).not.toBeNull();
    expect(document.activeElement).not.toBe(box());
    expect(useLiveUi.getState().focusRequest).toBeNull();
  });
});

describe('the chosen answerer', () => {
  it('belongs to the question it was chosen for: a newly called question starts from its addressee', () => {
    chooseAnswerer(7, 42);
    expect(answererFor(useLiveUi.getState(), 7)).toBe(42);
    expect(answererFor(useLiveUi.getState(), 8)).toBeNull();
  });
});
