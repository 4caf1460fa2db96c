// A small warning marker whose explanation shows on hover and keyboard focus, and is always in the
// accessibility tree (so screen readers and tests read it).
import { useId } from 'react';

export function NoteMarker({ text, label }: { text: string; label: string }) {
  const id = useId();
  return (
    <span className="note-marker">
      <button type="button" className="note-icon" aria-describedby={id} aria-label={label}>
        ⚠
      </button>
      <span id={id} role="tooltip" className="note-text">
        {text}
      </span>
    </span>
  );
}
