import { useAppStore } from '../store';
import { MESSAGES } from './index';

export const useLang = () => useAppStore((s) => s.lang);
export const useMessages = () => MESSAGES[useLang()];
