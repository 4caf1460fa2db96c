// The map: composes the engine (MapLibre + deck.gl), what it draws, pointer interaction, the one
// camera controller, and the South China Sea inset.
import { CameraDriver } from './camera-driver';
import { LayerSync } from './layer-sync';
import { MapEngine } from './map-engine';
import { MapKeyboard } from './map-keyboard';
import { MapPointer } from './map-pointer';
import { SouthChinaSeaInset } from './south-china-sea-inset';
import { useLayerModel } from './use-layer-model';

export function MapView() {
  return (
    <>
      <MapEngine>
        <CameraDriver />
        <MapScene />
      </MapEngine>
      <SouthChinaSeaInset />
    </>
  );
}

function MapScene() {
  const { layers, drawn, labels } = useLayerModel();
  return (
    <>
      <LayerSync layers={layers} />
      <MapPointer drawn={drawn} labels={labels} />
      <MapKeyboard drawn={drawn} />
    </>
  );
}
