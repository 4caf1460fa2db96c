// "Export" in the top bar: a small menu of one-click downloads of the view (PNG for a slide, SVG,
// CSV, citation). The export code itself loads on first use. Arrow keys move, Esc closes.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAtlas } from '../data/atlas-context';
import { fill } from '../i18n';
import { useMessages } from '../i18n/use-messages';
import type { ExportKind } from './run';

const loadRun = () => import('./run');

export function ExportMenu() {
  const m = useMessages();
  const atlas = useAtlas();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items: { kind: ExportKind; label: string; testId: string }[] = [
    { kind: 'png', label: m.export.png, testId: 'export-png' },
    { kind: 'png-2x', label: m.export.png2x, testId: 'export-png-2x' },
    { kind: 'svg', label: m.export.svg, testId: 'export-svg' },
    { kind: 'csv', label: m.export.csv, testId: 'export-csv' },
    { kind: 'citation', label: m.export.citationTxt, testId: 'export-citation' },
    { kind: 'copy-citation', label: m.export.copyCitation, testId: 'export-copy-citation' },
  ];

  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    if (!open) return;
    void loadRun();
    menuItems()[0]?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  useEffect(() => {
    if (!status || busy) return;
    const id = setTimeout(() => setStatus(''), 6000);
    return () => clearTimeout(id);
  }, [status, busy]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const list = menuItems();
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (j: number) => list[(j + list.length) % list.length]?.focus();
    if (e.key === 'Escape') {
      // The place panel also closes on Esc: this Esc is the menu's only.
      e.stopPropagation();
      close();
    } else if (e.key === 'ArrowDown') focus(i + 1);
    else if (e.key === 'ArrowUp') focus(i - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(list.length - 1);
    else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  const run = async (kind: ExportKind) => {
    close();
    setBusy(true);
    setStatus(m.export.working);
    try {
      const { runExport } = await loadRun();
      const { file } = await runExport(kind, atlas);
      setStatus(file ? fill(m.export.done, { file }) : m.export.copied);
    } catch (e) {
      console.warn('export failed', e);
      setStatus(fill(m.export.failed, { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu-list"
        aria-busy={busy}
        onClick={() => setOpen((o) => !o)}
        data-testid="export-button"
        aria-label={m.export.button}
        title={m.export.button}
      >
        <svg className="export-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
        <span className="export-text">{m.export.button}</span>
      </button>
      {open && (
        <div
          ref={menu}
          id="export-menu-list"
          className="export-menu-list"
          role="menu"
          aria-label={m.export.menuLabel}
          onKeyDown={onKeyDown}
        >
          {items.map((it) => (
            <button
              key={it.kind}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-testid={it.testId}
              disabled={busy}
              onClick={() => void run(it.kind)}
            >
              {it.label}
            </button>
          ))}
        </div>
      )}
      <p className="export-status" role="status" aria-live="polite" data-testid="export-status">
        {status}
      </p>
    </div>
  );
}
