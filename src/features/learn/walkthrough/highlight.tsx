import { createContext, useContext, useMemo, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

export type SegmentPart = 'header' | 'payload' | 'signature';

/** A highlighted piece: a whole segment (`group` null) or one base64url group of it. */
export interface Piece {
  part: SegmentPart;
  group: number | null;
}

interface HighlightValue {
  active: Piece | null;
  pinned: Piece | null;
}

const HighlightContext = createContext<HighlightValue>({ active: null, pinned: null });

/**
 * Data attributes that mark an element as a piece. The provider listens at the root, so a piece
 * needs no handlers of its own: hovering any element with these attributes highlights it, and
 * focusing or clicking a focusable one (a button) does too.
 */
export function pieceAttributes(part: SegmentPart, group: number | null = null) {
  return group === null ? { 'data-piece-part': part } : { 'data-piece-part': part, 'data-piece-group': group };
}

function pieceOf(target: EventTarget | null): Piece | null {
  if (!(target instanceof Element)) return null;
  const element = target.closest<HTMLElement>('[data-piece-part]');
  if (element === null) return null;
  const part = element.dataset.piecePart as SegmentPart;
  const group = element.dataset.pieceGroup;
  return { part, group: group === undefined ? null : Number(group) };
}

/**
 * Shares the highlighted piece across all steps. Hover wins over focus and focus over a pinned
 * piece, so pointing elsewhere previews without losing the pin. Pinning by click or Enter exists
 * because touch screens have no hover. Escape clears the pin.
 */
export function HighlightProvider({ children, className }: { children: ReactNode; className?: string }) {
  const [hovered, setHovered] = useState<Piece | null>(null);
  const [focused, setFocused] = useState<Piece | null>(null);
  const [pinned, setPinned] = useState<Piece | null>(null);

  const value = useMemo<HighlightValue>(() => ({ active: hovered ?? focused ?? pinned, pinned }), [hovered, focused, pinned]);

  const handleMouseOver = (event: MouseEvent) => setHovered(pieceOf(event.target));
  const handleFocus = (event: FocusEvent) => setFocused(pieceOf(event.target));
  const handleClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || event.target.closest('button[data-piece-part]') === null) return;
    const piece = pieceOf(event.target);
    if (piece !== null) setPinned((current) => (current !== null && samePiece(current, piece) ? null : piece));
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setPinned(null);
  };

  return (
    <HighlightContext.Provider value={value}>
      {/* The handlers only read which piece an event came from. Every piece that takes focus is a button. */}
      <div
        className={className}
        onMouseOver={handleMouseOver}
        onMouseLeave={() => setHovered(null)}
        onFocus={handleFocus}
        onBlur={() => setFocused(null)}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
      >
        {children}
      </div>
    </HighlightContext.Provider>
  );
}

export function useHighlight(): HighlightValue {
  return useContext(HighlightContext);
}

export function samePiece(a: Piece, b: Piece): boolean {
  return a.part === b.part && a.group === b.group;
}

/** Tells whether a piece is the pinned one, for `aria-pressed`. */
export function isPinned(pinned: Piece | null, part: SegmentPart, group: number | null = null): boolean {
  return pinned !== null && samePiece(pinned, { part, group });
}

/**
 * Tells whether an element showing `part` (and, when given, one of its groups) is highlighted.
 * A whole-segment highlight lights every group, and a group highlight lights the whole-segment
 * elements (the JSON editor, the segment in the token) that contain it.
 */
export function isLit(active: Piece | null, part: SegmentPart, group?: number): boolean {
  if (active === null || active.part !== part) return false;
  if (active.group === null || group === undefined) return true;
  return active.group === group;
}

/** Tells whether one base64url group is highlighted on its own (not as part of a whole segment). */
export function isGroupLit(active: Piece | null, part: SegmentPart, group: number): boolean {
  return active !== null && active.part === part && active.group === group;
}

export const LIT_CLASS = 'rounded-sm bg-amber-100 ring-2 ring-amber-500 dark:bg-amber-950 dark:ring-amber-400';

export const PART_TEXT_CLASS: Record<SegmentPart, string> = {
  header: 'text-part-header dark:text-part-header-dark',
  payload: 'text-part-payload dark:text-part-payload-dark',
  signature: 'text-part-signature dark:text-part-signature-dark',
};
