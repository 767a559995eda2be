// Projector view: a class on <html> (large type, high contrast; see styles/app.css) that the
// top bar's button and the trainer home both toggle. The class itself is the state, so the two
// buttons stay in step through a MutationObserver without sharing code across features.
import { useSyncExternalStore } from 'react';

export const PROJECTOR_CLASS = 'projector';
export const PROJECTOR_STORAGE_KEY = 'gt.projector';

function isOn(): boolean {
  return document.documentElement.classList.contains(PROJECTOR_CLASS);
}

function subscribe(callback: () => void): () => void {
  const observer = new MutationObserver(callback);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

export function setProjectorView(on: boolean): void {
  document.documentElement.classList.toggle(PROJECTOR_CLASS, on);
  try {
    localStorage.setItem(PROJECTOR_STORAGE_KEY, on ? '1' : '0');
  } catch {
    // Storage may be unavailable (private window): the view still switches for this session.
  }
}

export function useProjectorView(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, isOn, () => false);
  return [on, setProjectorView];
}
