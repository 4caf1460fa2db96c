// "About the data": what the figures rest on, the schematic basemap, and the open-data downloads.
import { useEffect, useRef } from 'react';
import { useAtlas } from '../data/atlas-context';
import { fill } from '../i18n';
import { formatDate, formatFigure } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { SourceRef } from './source-ref';
import { LAYER_GEOJSON_TEXT } from '../data/atlas';
import { openDataFiles } from '../data/open-data';
import { downloadBlob } from '../export/download';

/** Written next to the site by the build (vite.single.config.ts). */
const OFFLINE_FILE = 'icv-atlas-offline.html';

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const m = useMessages();
  const lang = useLang();
  const atlas = useAtlas();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close?.();
  }, [open]);
  return (
    <dialog ref={ref} className="about" onClose={onClose} aria-labelledby="about-title">
      <header className="panel-header">
        <h2 id="about-title">{m.about.title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={m.app.close}>
          ×
        </button>
      </header>
      <p>{m.about.body}</p>
      <p>
        {fill(m.about.counts, {
          zones: atlas.layers['national-test-zone'].length,
          iov: atlas.layers['iov-pilot-zone'].length,
          ds: atlas.layers['double-smart-city'].length,
          vrc: atlas.layers['vrc-pilot-city'].length,
        })}
      </p>
      <p className="caveat">{m.layers.reconstructed}</p>
      <p>{m.about.basemap}</p>
      <p>{m.about.coordinates}</p>
      <h3>{m.about.totals}</h3>
      <table className="totals" data-testid="national-totals">
        <tbody>
          {atlas.national.totals.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.label[lang]}</th>
              <td className="num">{formatFigure(t, lang, m)}</td>
              <td className="muted">
                {fill(m.place.asOf, { date: formatDate(t.asOf, lang) })} <SourceRef id={t.source} m={m} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* The built site only (the dev server has no such file; the single file is that file). */}
      {import.meta.env.PROD && !__ICV_SINGLE_FILE__ && (
        <p className="offline-download">
          <a href={OFFLINE_FILE} download data-testid="offline-download">
            {m.about.offline}
          </a>{' '}
          <span className="muted">{m.about.offlineNote}</span>
        </p>
      )}
      <h3>{m.about.downloads}</h3>
      <ul className="downloads">
        {openDataFiles(atlas, (l) => LAYER_GEOJSON_TEXT[l]).map((f) => (
          <li key={f.name}>
            <a
              href={`data/${f.name}`}
              download={f.name}
              onClick={(e) => {
                // The offline single file has no data/ folder beside it: make the file here instead.
                if (!__ICV_SINGLE_FILE__) return;
                e.preventDefault();
                downloadBlob(new Blob([f.text()], { type: f.type }), f.name);
              }}
            >
              {f.name}
            </a>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
