// The life of a dialogue as the API names it: Draft → Announced → Open → Closed → Decided → FeedbackPublished, or
// Cancelled. What holds "once the dialogue has closed" holds for the later steps too (the API's DialogueStatusFacts).
import type { DialogueStatus } from '../api/client';

/** Closed, decided or with feedback published: the dialogue was open and has closed (and was not cancelled). */
export function hasClosed(status: DialogueStatus): boolean {
  return status === 'closed' || status === 'decided' || status === 'feedbackPublished';
}

/** Open, or closed and later: opinions exist to read, group and compile. */
export function hasOpened(status: DialogueStatus): boolean {
  return status === 'open' || hasClosed(status);
}
