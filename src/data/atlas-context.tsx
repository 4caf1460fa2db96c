import { createContext, useContext } from 'react';
import type { Atlas } from './load-data';

export const AtlasContext = createContext<Atlas | null>(null);

export function useAtlas(): Atlas {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('useAtlas outside <AtlasContext.Provider>');
  return atlas;
}
