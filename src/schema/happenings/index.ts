// What happened and what was said: the Event type and its timeline (`events`), the Statement type
// and `statements`, and the fields that lead from a measure to what answered and followed it.
import './event.ts';
import './timeline.ts';
import './statement.ts';
import './measure-reactions.ts';
