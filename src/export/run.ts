// The export actions, loaded on first use (not in the initial bundle): each reads the store and the
// map at the moment of the click and downloads one file (or copies the citation).
import type { Atlas } from '../data/load-data';
import { MESSAGES } from '../i18n';
import { CHINA_BOUNDS, coveredEdges } from '../map/camera-fit';
import { getMapHandle } from '../map/map-context';
import { useAppStore } from '../store';
import { canvasMeasure, paintScene } from './canvas';
import { captureMap, frameOf } from './capture';
import { citationText } from './citation';
import { downloadBlob } from './download';
import { fitMap, type MapFrame } from './map-frame';
import { qrModules } from './qr';
import { SLIDE } from './scene';
import { toAspect, visibleMapArea, type Area } from './screen-area';
import { MAP_BOX, slideScene, type SlideInput } from './slide';
import { sceneToSvg } from './svg';
import { viewCsv } from './view-csv';
import { viewLink, type ViewLink } from './view-link';
import { exportFileName, exportStateOf, listedPlaces, viewTitle } from './view-model';

export type ExportKind = 'png' | 'png-2x' | 'svg' | 'csv' | 'citation' | 'copy-citation';

export interface ExportResult {
  /** The downloaded file's name (none for a copy to the clipboard). */
  file?: string;
}

const currentLink = (): ViewLink => viewLink(window.location, __ICV_ATLAS_URL__);

function mapArea(): Area | null {
  const handle = getMapHandle();
  if (!handle) return null;
  const { clientWidth: width, clientHeight: height } = handle.map.getContainer();
  const area = visibleMapArea({ width, height }, coveredEdges(useAppStore.getState().occluders));
  return toAspect(area, MAP_BOX.w / MAP_BOX.h, width, height);
}

/** The frame of the map on screen, or all of China at a national zoom when no map is drawn (SVG only). */
function currentFrame(): MapFrame {
  const handle = getMapHandle();
  const area = mapArea();
  return handle && area ? frameOf(handle.map, area) : { bounds: CHINA_BOUNDS, zoom: 4 };
}

/** The slide of the view on screen now: today's date, the view's link and its QR code. */
function currentSlide(input: Omit<SlideInput, 'date' | 'link' | 'qr'>) {
  const link = currentLink();
  return slideScene({
    ...input,
    date: new Date(),
    link,
    qr: link.kind === 'url' ? qrModules(link.url) : null,
  });
}

async function slidePng(atlas: Atlas, scale: 1 | 2): Promise<Blob> {
  const st = exportStateOf(useAppStore.getState());
  const m = MESSAGES[st.lang];
  const handle = getMapHandle();
  const area = mapArea();
  if (!handle || !area) throw new Error(m.export.noMap);
  const frame = frameOf(handle.map, area);
  const { fit } = fitMap(frame, MAP_BOX);
  const image = await captureMap(handle, area, (fit.w * scale) / (area.x1 - area.x0));
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE.width * scale;
  canvas.height = SLIDE.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  const scene = currentSlide({ atlas, state: st, m, frame, map: 'raster', measure: canvasMeasure(ctx) });
  paintScene(ctx, scene, image);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

export function slideSvg(atlas: Atlas): string {
  const st = exportStateOf(useAppStore.getState());
  const m = MESSAGES[st.lang];
  const scene = currentSlide({ atlas, state: st, m, frame: currentFrame(), map: 'vector' });
  return sceneToSvg(scene, SLIDE.width, SLIDE.height, viewTitle(atlas, st, m).title);
}

export async function runExport(kind: ExportKind, atlas: Atlas): Promise<ExportResult> {
  const st = exportStateOf(useAppStore.getState());
  const m = MESSAGES[st.lang];
  const now = new Date();
  const name = (ext: string, variant?: string) => exportFileName(st, ext, now, variant);
  switch (kind) {
    case 'png':
    case 'png-2x': {
      const file = kind === 'png' ? name('png') : name('png', '3840x2160');
      downloadBlob(await slidePng(atlas, kind === 'png' ? 1 : 2), file);
      return { file };
    }
    case 'svg': {
      const file = name('svg');
      downloadBlob(new Blob([slideSvg(atlas)], { type: 'image/svg+xml' }), file);
      return { file };
    }
    case 'csv': {
      const file = name('csv');
      downloadBlob(
        new Blob([viewCsv(atlas, listedPlaces(atlas, st))], { type: 'text/csv;charset=utf-8' }),
        file,
      );
      return { file };
    }
    case 'citation': {
      const file = name('txt', 'citation');
      downloadBlob(
        new Blob([citationText(atlas, st, currentLink(), m, now)], { type: 'text/plain;charset=utf-8' }),
        file,
      );
      return { file };
    }
    case 'copy-citation':
      await navigator.clipboard.writeText(citationText(atlas, st, currentLink(), m, now));
      return {};
  }
}
