// The chooser a click on a cluster opens: the places too close to click apart on the map, as a short
// list of buttons. Keyboard: focus starts on the first place, ↑/↓ move, Enter chooses, Esc closes.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useAtlas } from '../data/atlas-context';
import { fill } from '../i18n';
import { useLang, useMessages } from '../i18n/use-messages';

interface Props {
  ids: string[];
  /** Where the click was (map px) and the map's size, to keep the chooser on the map. */
  x: number;
  y: number;
  bounds: { width: number; height: number };
  onChoose: (id: string) => void;
  onClose: () => void;
}

const WIDTH = 240;

export function ClusterChooser({ ids, x, y, bounds, onChoose, onClose }: Props) {
  const atlas = useAtlas();
  const m = useMessages();
  const lang = useLang();
  const other = lang === 'en' ? 'zh' : 'en';
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button[data-place-id]')?.focus();
  }, [ids]);
  const title = fill(m.map.clusterTitle, { count: ids.length });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button[data-place-id]') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = (i + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
  };
  const left = Math.max(8, Math.min(x + 12, bounds.width - WIDTH - 8));
  const top = Math.max(8, Math.min(y + 12, bounds.height - (56 + ids.length * 36)));
  return (
    <div
      ref={ref}
      className="cluster-chooser"
      role="dialog"
      aria-label={title}
      data-testid="cluster-chooser"
      style={{ left, top, width: WIDTH }}
      onKeyDown={onKeyDown}
    >
      <div className="cluster-chooser-head">
        <span>{title}</span>
        <button
          type="button"
          className="cluster-chooser-close"
          aria-label={m.map.clusterClose}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <ul>
        {ids.map((id) => {
          const p = atlas.placeById.get(id);
          if (!p) return null;
          return (
            <li key={id}>
              <button type="button" data-place-id={id} onClick={() => onChoose(id)}>
                {p.name[lang]}{' '}
                <span lang={other === 'zh' ? 'zh-Hans' : 'en'} className="cluster-chooser-alt">
                  {p.name[other]}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
